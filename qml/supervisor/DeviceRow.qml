import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde.Ui

// One device of the unit: its name, its user, its last contact; "Révoquer"
// (asked first) for a lost or stolen one.
Control {
    id: root

    required property string deviceId
    required property string name
    required property bool revoked
    required property string statusText
    required property string user
    required property string userText

    signal revokeRequested(string deviceId, string name, string user)

    Accessible.name: root.name + ", " + root.userText + ", " + root.statusText
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
                color: root.revoked ? Theme.textSecondary : Theme.text
                elide: Text.ElideRight
                font.bold: true
                font.pixelSize: Theme.fontBody
                font.strikeout: root.revoked
                text: root.name
            }
            Text {
                Layout.fillWidth: true
                color: Theme.textSecondary
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSmall
                text: root.userText
            }
            Text {
                Layout.fillWidth: true
                color: root.revoked ? Theme.poor : Theme.textSecondary
                elide: Text.ElideRight
                font.bold: root.revoked
                font.pixelSize: Theme.fontSmall
                text: root.statusText
            }
        }
        ActionButton {
            danger: true
            objectName: "revokeButton"
            text: qsTr("Révoquer")
            visible: !root.revoked

            onClicked: root.revokeRequested(root.deviceId, root.name, root.user)
        }
    }
}
