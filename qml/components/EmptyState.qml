import QtQuick
import QtQuick.Layouts
import Ronde.Ui

// What a list or a pane shows when it has nothing yet: a sentence that
// says why, and what to do (optionally a button).
ColumnLayout {
    id: root

    property string actionText: ""
    property string explanation: ""
    property string glyph: ""
    required property string title

    signal actionTriggered

    spacing: Theme.spacingS

    Text {
        Layout.alignment: Qt.AlignHCenter
        color: Theme.neutral
        font.pixelSize: 40
        text: root.glyph
        visible: root.glyph !== ""
    }
    Text {
        Accessible.name: root.title
        Accessible.role: Accessible.StaticText
        Layout.fillWidth: true
        color: Theme.text
        font.bold: true
        font.pixelSize: Theme.fontBody
        horizontalAlignment: Text.AlignHCenter
        text: root.title
        wrapMode: Text.Wrap
    }
    Text {
        Layout.fillWidth: true
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSmall
        horizontalAlignment: Text.AlignHCenter
        text: root.explanation
        visible: root.explanation !== ""
        wrapMode: Text.Wrap
    }
    ActionButton {
        Layout.alignment: Qt.AlignHCenter
        Layout.topMargin: Theme.spacingS
        objectName: "emptyStateAction"
        text: root.actionText
        visible: root.actionText !== ""

        onClicked: root.actionTriggered()
    }
}
