import QtQuick
import QtQuick.Layouts
import Ronde.Core
import Ronde.Ui

// Starting a patrol: how (on foot, VTT, vehicle), where, and for what event.
// The visits logged until it ends are attached to it.
AppPage {
    id: root

    required property PatrolController controller

    objectName: "patrolStartPage"
    title: qsTr("Commencer une patrouille")

    Connections {
        function onStarted() {
            root.finished(qsTr("Patrouille commencée"));
        }

        target: root.controller
    }
    ColumnLayout {
        spacing: Theme.spacing
        width: Math.min(parent.width - 2 * Theme.spacing, Theme.maxContentWidth)
        x: (parent.width - width) / 2
        y: Theme.spacing

        SectionHeader {
            Layout.fillWidth: true
            title: qsTr("Mode")
        }
        ChoiceRow {
            Layout.fillWidth: true
            currentValue: root.controller.mode
            name: qsTr("Mode de patrouille")
            options: root.controller.modeOptions

            onChosen: value => root.controller.mode = value
        }
        FormField {
            Layout.fillWidth: true
            label: qsTr("Secteur")
            objectName: "areaField"
            placeholderText: qsTr("ex. Centre commercial Grand Quartier")
            text: root.controller.areaLabel

            onEdited: text => root.controller.areaLabel = text
        }
        FormField {
            Layout.fillWidth: true
            label: qsTr("Évènement (facultatif)")
            objectName: "eventField"
            placeholderText: qsTr("ex. Marché du samedi")
            text: root.controller.eventLabel

            onEdited: text => root.controller.eventLabel = text
        }
        ErrorBanner {
            Layout.fillWidth: true
            text: root.controller.errorText
            visible: root.controller.errorText !== ""
        }
        PrimaryButton {
            Layout.fillWidth: true
            objectName: "startPatrolButton"
            text: qsTr("Commencer")

            onClicked: root.controller.start()
        }
    }
}
