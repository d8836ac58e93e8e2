import QtQuick
import QtQuick.Layouts
import Ronde.Ui

// One open follow-up with its "Clore" button (the follow-ups model's roles).
Rectangle {
    id: root

    required property string dueText
    required property bool overdue
    required property string subtitle
    required property string summary
    required property string visitId

    signal closeRequested(string visitId)

    color: Theme.background
    implicitHeight: row.implicitHeight + 2 * Theme.spacingS
    objectName: "followUpItem_" + root.visitId

    RowLayout {
        id: row
        anchors.left: parent.left
        anchors.margins: Theme.spacing
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.spacingS

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Text {
                Layout.fillWidth: true
                color: Theme.text
                font.bold: true
                font.pixelSize: Theme.fontBody
                text: root.summary
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
                text: root.subtitle
                wrapMode: Text.Wrap
            }
            Text {
                color: root.overdue ? Theme.error : Theme.textSecondary
                font.bold: root.overdue
                font.pixelSize: Theme.fontSmall
                text: root.overdue ? qsTr("En retard : %1").arg(root.dueText) : qsTr("Échéance : %1").arg(root.dueText)
            }
        }
        ActionButton {
            objectName: "closeFollowUp_" + root.visitId
            text: qsTr("Clore")

            onClicked: root.closeRequested(root.visitId)
        }
    }
    Rectangle {
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        anchors.leftMargin: Theme.spacing
        anchors.right: parent.right
        color: Theme.divider
        height: 1
    }
}
