import QtQuick
import QtQuick.Layouts
import Ronde.Ui

// One past conversation with a contact (the contact history model's roles).
Rectangle {
    id: root

    required property string climateText
    required property string dateText
    required property string followUpText
    required property string note
    required property string syncText
    required property string topicsText

    color: Theme.background
    implicitHeight: column.implicitHeight + 2 * Theme.spacingS

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.margins: Theme.spacing
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        spacing: 2

        Text {
            Layout.fillWidth: true
            color: Theme.text
            font.bold: true
            font.pixelSize: Theme.fontBody
            text: root.dateText + " · " + root.climateText
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            color: Theme.text
            font.pixelSize: Theme.fontSmall
            text: root.topicsText
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall
            text: root.note
            visible: root.note !== ""
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            color: Theme.fair
            font.pixelSize: Theme.fontSmall
            text: root.followUpText
            visible: root.followUpText !== ""
            wrapMode: Text.Wrap
        }
        Text {
            color: Theme.textSecondary
            font.italic: true
            font.pixelSize: Theme.fontSmall
            text: root.syncText
            visible: root.syncText !== ""
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
