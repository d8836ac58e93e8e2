import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde.Ui

// One visit of the supervisor's list: the contact and when, its category,
// place and author, what was discussed and done, the follow-up, the note.
Control {
    id: root

    required property string detailText
    required property string followUp
    required property string followUpText
    required property string note
    required property string subjectText
    required property string title
    required property string whenText

    Accessible.name: root.title + ", " + root.whenText + ", " + root.detailText + ", " + root.subjectText
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
    contentItem: ColumnLayout {
        spacing: 2

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            Text {
                Layout.fillWidth: true
                color: Theme.text
                elide: Text.ElideRight
                font.bold: true
                font.pixelSize: Theme.fontBody
                text: root.title
            }
            Text {
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
                text: root.whenText
            }
        }
        Text {
            Layout.fillWidth: true
            color: Theme.textSecondary
            elide: Text.ElideRight
            font.pixelSize: Theme.fontSmall
            text: root.detailText
        }
        Text {
            Layout.fillWidth: true
            color: Theme.text
            elide: Text.ElideRight
            font.pixelSize: Theme.fontSmall
            text: root.subjectText
        }
        Text {
            Layout.fillWidth: true
            color: root.followUp === "open" ? Theme.fair : Theme.good
            elide: Text.ElideRight
            font.bold: true
            font.pixelSize: Theme.fontSmall
            text: root.followUpText
            visible: root.followUpText !== ""
        }
        Text {
            Layout.fillWidth: true
            color: Theme.textSecondary
            elide: Text.ElideRight
            font.italic: true
            font.pixelSize: Theme.fontSmall
            maximumLineCount: 2
            text: root.note
            visible: root.note !== ""
            wrapMode: Text.Wrap
        }
    }
}
