import QtQuick
import QtQuick.Controls
import Ronde.Ui

// A toggle for a topic, an action or one choice of a set: 48 dp touch
// target, a tick and full colour when checked.
AbstractButton {
    id: root
    Accessible.checkable: true
    Accessible.checked: root.checked
    Accessible.name: root.text
    Accessible.role: Accessible.CheckBox
    checkable: true
    font.pixelSize: Theme.fontBody
    implicitHeight: Theme.touchTarget
    // Sized for the checked text, so a tap never moves its neighbours.
    implicitWidth: Math.ceil(widest.advanceWidth) + 2 * Theme.spacing

    background: Item {
        Rectangle {
            anchors.bottomMargin: 4
            anchors.fill: parent
            anchors.topMargin: 4
            border.color: root.visualFocus ? Theme.focus : (root.checked ? Theme.primary : Theme.border)
            border.width: root.visualFocus ? 3 : 1
            color: root.checked ? Theme.primary : (root.down ? Theme.primaryContainer : Theme.surface)
            radius: height / 2
        }
    }
    contentItem: Text {
        color: root.checked ? Theme.textOnPrimary : Theme.text
        elide: Text.ElideRight
        font.bold: root.checked
        font.pixelSize: root.font.pixelSize
        horizontalAlignment: Text.AlignHCenter
        text: root.checked ? "✓ " + root.text : root.text
        verticalAlignment: Text.AlignVCenter
    }

    TextMetrics {
        id: widest
        font.bold: true
        font.pixelSize: root.font.pixelSize
        text: "✓ " + root.text
    }
}
