import QtQuick
import QtQuick.Controls
import Ronde.Ui

// A secondary action: outlined, 48 dp high. `danger` for destructive ones.
AbstractButton {
    id: root

    property bool danger: false
    readonly property color tone: root.danger ? Theme.error : Theme.primary

    Accessible.name: root.text
    Accessible.role: Accessible.Button
    font.bold: true
    font.pixelSize: Theme.fontBody
    implicitHeight: Theme.touchTarget
    implicitWidth: Math.max(Theme.touchTarget * 2, implicitContentWidth + leftPadding + rightPadding)
    leftPadding: Theme.spacing
    opacity: enabled ? 1 : 0.45
    rightPadding: Theme.spacing

    background: Rectangle {
        border.color: root.visualFocus ? Theme.focus : root.tone
        border.width: root.visualFocus ? 3 : 2
        color: root.down ? Theme.primaryContainer : "transparent"
        radius: Theme.radius
    }
    contentItem: Text {
        color: root.tone
        elide: Text.ElideRight
        font: root.font
        horizontalAlignment: Text.AlignHCenter
        text: root.text
        verticalAlignment: Text.AlignVCenter
    }
}
