import QtQuick
import QtQuick.Layouts
import Ronde.Ui

// A clear sentence about what went wrong, with an optional action
// ("Réessayer"). Hidden while `text` is empty.
Rectangle {
    id: root

    property string actionText: ""
    required property string text

    signal actionTriggered

    Accessible.description: root.text
    Accessible.name: qsTr("Erreur")
    Accessible.role: Accessible.AlertMessage
    border.color: Theme.error
    border.width: 2
    color: Theme.errorContainer
    implicitHeight: layout.implicitHeight + 2 * Theme.spacingS
    implicitWidth: layout.implicitWidth + 2 * Theme.spacing
    radius: Theme.radiusSmall
    visible: root.text !== ""

    RowLayout {
        id: layout
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacingS
        spacing: Theme.spacingS

        Text {
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            color: Theme.textOnErrorContainer
            font.pixelSize: Theme.fontBody
            text: root.text
            verticalAlignment: Text.AlignVCenter
            wrapMode: Text.Wrap
        }
        ActionButton {
            danger: true
            text: root.actionText
            visible: root.actionText !== ""

            onClicked: root.actionTriggered()
        }
    }
}
