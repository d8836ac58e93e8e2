import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde.Ui

// One figure of the dashboard ("42 visites"), tappable to open its list.
AbstractButton {
    id: root

    required property string caption
    property color tone: Theme.primary
    required property string value

    Accessible.name: root.value + " " + root.caption
    Accessible.role: Accessible.Button
    implicitHeight: Math.max(Theme.bigTouchTarget + Theme.spacing, implicitContentHeight + topPadding + bottomPadding)
    implicitWidth: 160
    padding: Theme.spacing

    background: Rectangle {
        border.color: root.visualFocus ? Theme.focus : Theme.divider
        border.width: root.visualFocus ? 3 : 1
        color: root.down ? Theme.primaryContainer : Theme.surface
        radius: Theme.radius
    }
    contentItem: ColumnLayout {
        spacing: 0

        Text {
            Layout.fillWidth: true
            color: root.tone
            font.bold: true
            font.pixelSize: Theme.fontHeadline
            text: root.value
        }
        Text {
            Layout.fillWidth: true
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall
            text: root.caption
            wrapMode: Text.Wrap
        }
    }
}
