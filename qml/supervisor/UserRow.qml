import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde.Ui

// One account of the unit: name, username and role, last contact and
// devices; "Mot de passe" gives it a new one.
Control {
    id: root

    // A supervisor cannot reset an admin's password.
    property bool canReset: true
    required property string displayName
    required property string identityText
    required property string role
    required property string statusText
    required property string userId

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
                color: Theme.text
                font.bold: true
                font.pixelSize: Theme.fontBody
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
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
                text: root.statusText
                wrapMode: Text.Wrap
            }
        }
        ActionButton {
            objectName: "passwordButton"
            text: qsTr("Mot de passe")
            visible: root.canReset

            onClicked: root.passwordRequested(root.userId, root.displayName)
        }
    }
}
