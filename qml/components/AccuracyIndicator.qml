import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde.Core
import Ronde.Ui

// Where the position comes from and how good it is: a coloured dot (green
// good, amber fair, red poor or stale, blue manual), a short label and an
// optional `detail` line; `framed` draws it as a tappable card with a chevron.
AbstractButton {
    id: root

    required property string accuracyText
    property string detail: ""
    readonly property color dotColor: {
        if (root.origin === PositionProvider.Manual)
            return Theme.primary;
        switch (root.quality) {
        case PositionProvider.Good:
            return Theme.good;
        case PositionProvider.Fair:
            return Theme.fair;
        case PositionProvider.Poor:
        case PositionProvider.Stale:
            return Theme.poor;
        }
        return Theme.neutral;
    }
    property bool framed: false
    readonly property string label: {
        if (root.origin === PositionProvider.Manual)
            return qsTr("Position manuelle");
        if (root.origin === PositionProvider.NoOrigin)
            return qsTr("Pas de position");
        if (root.quality === PositionProvider.Stale)
            return qsTr("Position GPS ancienne");
        return qsTr("GPS %1").arg(root.accuracyText);
    }
    required property int origin
    required property int quality
    required property string statusText

    Accessible.name: qsTr("Position : %1").arg(root.statusText)
    Accessible.role: Accessible.Button
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    implicitWidth: implicitContentWidth + leftPadding + rightPadding
    leftPadding: root.framed ? Theme.spacing : 0
    padding: root.framed ? Theme.spacingS : Theme.spacingXs
    rightPadding: Theme.spacingS

    background: Rectangle {
        border.color: root.visualFocus ? Theme.focus : Theme.divider
        border.width: root.visualFocus ? 3 : (root.framed ? 1 : 0)
        color: root.down ? Theme.primaryContainer : (root.framed ? Theme.surface : "transparent")
        radius: Theme.radius
    }
    contentItem: RowLayout {
        spacing: Theme.spacingS

        Rectangle {
            Layout.alignment: Qt.AlignVCenter
            border.color: Theme.background
            border.width: 2
            color: root.dotColor
            implicitHeight: 16
            implicitWidth: 16
            radius: 8
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0

            Text {
                Layout.fillWidth: true
                color: Theme.text
                elide: Text.ElideRight
                font.bold: true
                font.pixelSize: Theme.fontBody
                text: root.label
            }
            Text {
                Layout.fillWidth: true
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
                text: root.detail
                visible: root.detail !== ""
                wrapMode: Text.Wrap
            }
        }
        Text {
            color: Theme.textSecondary
            font.pixelSize: Theme.fontTitle
            text: "›"
            visible: root.framed
        }
    }
}
