import QtQuick
import QtQuick.Layouts
import Ronde.Ui

// The other lists of the app, one tap from home.
RowLayout {
    id: root
    signal chosen(string name)

    spacing: Theme.spacingS

    ActionButton {
        Layout.fillWidth: true
        objectName: "registryShortcut"
        text: qsTr("Registre")

        onClicked: root.chosen("registry")
    }
    ActionButton {
        Layout.fillWidth: true
        objectName: "visitsShortcut"
        text: qsTr("Aujourd'hui")

        onClicked: root.chosen("visits")
    }
    ActionButton {
        Layout.fillWidth: true
        objectName: "followUpsShortcut"
        text: qsTr("Suivis")

        onClicked: root.chosen("followups")
    }
}
