import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde.Ui

// One tappable row of a list: a title, an optional detail line and an
// optional trailing text (a distance, a date). At least 64 dp high.
AbstractButton {
    id: root

    property string detail: ""
    property bool showDivider: true
    property string trailing: ""
    property color trailingColor: Theme.textSecondary

    Accessible.name: root.text + (root.detail !== "" ? ", " + root.detail : "") + (root.trailing !== "" ? ", " + root.trailing : "")
    Accessible.role: Accessible.ListItem
    bottomPadding: Theme.spacingS
    implicitHeight: Math.max(Theme.bigTouchTarget, implicitContentHeight + topPadding + bottomPadding)
    implicitWidth: implicitContentWidth + leftPadding + rightPadding
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    topPadding: Theme.spacingS

    background: Rectangle {
        border.color: Theme.focus
        border.width: root.visualFocus ? 3 : 0
        color: root.down ? Theme.primaryContainer : "transparent"

        Rectangle {
            anchors.bottom: parent.bottom
            anchors.left: parent.left
            anchors.leftMargin: Theme.spacing
            anchors.right: parent.right
            color: Theme.divider
            height: 1
            visible: root.showDivider
        }
    }
    contentItem: RowLayout {
        spacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Text {
                Layout.fillWidth: true
                color: Theme.text
                elide: Text.ElideRight
                font.bold: true
                font.pixelSize: Theme.fontBody
                text: root.text
            }
            Text {
                Layout.fillWidth: true
                color: Theme.textSecondary
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSmall
                text: root.detail
                visible: root.detail !== ""
            }
        }
        Text {
            color: root.trailingColor
            font.bold: true
            font.pixelSize: Theme.fontSmall
            text: root.trailing
            visible: root.trailing !== ""
        }
    }
}
