import QtQuick
import QtQuick.Layouts
import Ronde.Ui

// The current patrol on the home page: its mode, area and time, or an
// invitation to start one. Filled by the patrol controller.
Card {
    id: root

    required property bool active
    property string detail: ""
    property string title: ""

    signal endRequested
    signal startRequested

    Text {
        Layout.fillWidth: true
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSmall
        text: root.active ? qsTr("Patrouille en cours") : qsTr("Aucune patrouille en cours")
    }
    Text {
        Layout.fillWidth: true
        color: Theme.text
        elide: Text.ElideRight
        font.bold: true
        font.pixelSize: Theme.fontLarge
        text: root.active ? root.title : qsTr("Commencez une patrouille pour y rattacher vos contacts.")
        wrapMode: root.active ? Text.NoWrap : Text.Wrap
    }
    Text {
        Layout.fillWidth: true
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSmall
        text: root.detail
        visible: root.active && root.detail !== ""
    }
    ActionButton {
        Layout.topMargin: Theme.spacingXs
        objectName: "patrolButton"
        text: root.active ? qsTr("Terminer la patrouille") : qsTr("Commencer une patrouille")

        onClicked: root.active ? root.endRequested() : root.startRequested()
    }
}
