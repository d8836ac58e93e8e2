import QtQuick
import QtQuick.Controls
import Ronde.Ui

// The big action of a screen ("Nouveau contact"): full contrast, 64 dp high,
// easy to hit with a glove.
AbstractButton {
    id: root

    property string glyph: ""

    Accessible.name: root.text
    Accessible.role: Accessible.Button
    font.bold: true
    font.pixelSize: Theme.fontLarge
    implicitHeight: Theme.bigTouchTarget
    implicitWidth: Math.max(Theme.bigTouchTarget * 3, implicitContentWidth + leftPadding + rightPadding)
    leftPadding: Theme.spacingL
    opacity: enabled ? 1 : 0.5
    rightPadding: Theme.spacingL

    background: Rectangle {
        border.color: Theme.focus
        border.width: root.visualFocus ? 3 : 0
        color: root.down ? Theme.primaryPressed : Theme.primary
        radius: Theme.radius
    }
    contentItem: Text {
        color: Theme.textOnPrimary
        elide: Text.ElideRight
        font: root.font
        horizontalAlignment: Text.AlignHCenter
        text: root.glyph === "" ? root.text : root.glyph + "  " + root.text
        verticalAlignment: Text.AlignVCenter
    }
}
