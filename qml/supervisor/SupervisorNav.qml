import QtQuick
import QtQuick.Layouts
import Ronde.Ui

// The supervisor's screens, one tap from the dashboard.
Flow {
    id: root
    signal chosen(string name)

    Accessible.name: qsTr("Écrans du commandement")
    Accessible.role: Accessible.Grouping
    spacing: Theme.spacingS

    // qmllint disable unqualified
    Repeater {
        model: [{
                "name": "supervisorVisits",
                "label": qsTr("Visites et exports")
            }, {
                "name": "supervisorContacts",
                "label": qsTr("Contacts à entretenir")
            }, {
                "name": "supervisorFollowUps",
                "label": qsTr("Suivis")
            }, {
                "name": "supervisorConflicts",
                "label": qsTr("Conflits")
            }, {
                "name": "supervisorTeam",
                "label": qsTr("Équipe et appareils")
            }]

        ActionButton {
            required property var modelData

            objectName: modelData.name + "Link"
            text: modelData.label

            onClicked: root.chosen(modelData.name)
        }
    }
    // qmllint enable unqualified
}
