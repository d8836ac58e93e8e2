import QtQuick
import QtQuick.Controls
import Ronde.Ui

// A round 48 dp button showing one glyph; `text` is what a screen reader
// says (and is required: a glyph alone names nothing).
AbstractButton {
    id: root

    required property string glyph

    Accessible.name: root.text
    Accessible.role: Accessible.Button
    implicitHeight: Theme.touchTarget
    implicitWidth: Theme.touchTarget

    background: Rectangle {
        border.color: Theme.focus
        border.width: root.visualFocus ? 3 : 0
        color: root.down ? Theme.primaryContainer : "transparent"
        radius: width / 2
    }
    contentItem: Text {
        color: Theme.text
        font.pixelSize: Theme.fontTitle + 2
        horizontalAlignment: Text.AlignHCenter
        text: root.glyph
        verticalAlignment: Text.AlignVCenter
    }
}
