import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde.Ui

// One account of the unit: name, username and role, last contact and
// devices; "Mot de passe" gives it a new one, "Désactiver" closes it (a
// gendarme leaving the unit) and "Réactiver" opens it again.
Control {
    id: root

    // A supervisor cannot reset an admin's password nor disable an admin's
    // account; nobody disables their own.
    property bool canDisable: true
    property bool canReset: true
    required property bool disabled
    required property string displayName
    required property string identityText
    required property bool ownAccount
    required property string role
    required property string statusText
    required property string userId

    signal disableRequested(string userId, string name, bool disable)
    signal passwordRequested(string userId, string name)

    Accessible.name: root.displayName + ", " + root.identityText + ", " + root.statusText
    Accessible.role: Accessible.ListItem
    bottomPadding: Theme.spacingS
    implicitHeight: Math.max(Theme.bigTouchTarget, implicitContentHeight + topPadding + bottomPadding)
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    topPadding: Theme.spacingS

    background: Item {
        Rectangle {
            anchors.bottom: parent.bottom
            anchors.left: parent.left
            anchors.leftMargin: Theme.spacing
            anchors.right: parent.right
            color: Theme.divider
            height: 1
        }
    }
    contentItem: RowLayout {
        spacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Text {
                Layout.fillWidth: true
                color: root.disabled ? Theme.textSecondary : Theme.text
                font.bold: true
                font.pixelSize: Theme.fontBody
                font.strikeout: root.disabled
                text: root.displayName
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                color: Theme.textSecondary
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSmall
                text: root.identityText
            }
            Text {
                Layout.fillWidth: true
                color: root.disabled ? Theme.fair : Theme.textSecondary
                font.bold: root.disabled
                font.pixelSize: Theme.fontSmall
                text: root.statusText
                wrapMode: Text.Wrap
            }
        }
        ColumnLayout {
            Layout.alignment: Qt.AlignVCenter
            // The buttons take their own width, not the row's spare room.
            Layout.fillWidth: false
            spacing: Theme.spacingXs

            ActionButton {
                Layout.fillWidth: true
                objectName: "passwordButton"
                text: qsTr("Mot de passe")
                visible: root.canReset && !root.disabled

                onClicked: root.passwordRequested(root.userId, root.displayName)
            }
            ActionButton {
                Layout.fillWidth: true
                objectName: root.disabled ? "enableButton" : "disableButton"
                text: root.disabled ? qsTr("Réactiver") : qsTr("Désactiver")
                visible: root.canDisable

                onClicked: root.disableRequested(root.userId, root.displayName, !root.disabled)
            }
        }
    }
}
