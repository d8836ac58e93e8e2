import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde.Ui

// Asks before an action that cannot be taken back (revoking a device,
// closing a follow-up): a sentence, "Annuler" and the action's own words.
Dialog {
    id: root

    property string confirmText: ""
    property bool danger: false
    property string message: ""

    signal confirmed

    anchors.centerIn: Overlay.overlay
    modal: true
    width: Math.min(480, (parent ? parent.width : 480) - 2 * Theme.spacing)

    background: Rectangle {
        color: Theme.surfaceRaised
        radius: Theme.radius
    }
    contentItem: ColumnLayout {
        spacing: Theme.spacing

        Text {
            Accessible.name: root.title
            Accessible.role: Accessible.Heading
            Layout.fillWidth: true
            color: Theme.text
            font.bold: true
            font.pixelSize: Theme.fontLarge
            text: root.title
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            color: Theme.text
            font.pixelSize: Theme.fontBody
            text: root.message
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: Theme.spacingS

            ActionButton {
                objectName: "cancelButton"
                text: qsTr("Annuler")

                onClicked: root.reject()
            }
            ActionButton {
                danger: root.danger
                objectName: "confirmButton"
                text: root.confirmText

                onClicked: {
                    root.accept();
                    root.confirmed();
                }
            }
        }
    }
    header: Item {
    }
}
