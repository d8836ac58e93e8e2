import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde.Core
import Ronde.Ui

// A contact to maintain: a bar in the colour of its freshness (green:
// visited within 30 days, amber: within 90, red: older, grey: never), with
// the same words beside it, its referent and its last visit.
Control {
    id: root

    required property int freshness
    required property string freshnessText
    required property string lastVisitText
    required property string referent
    required property string subtitle
    required property string title
    readonly property color tone: root.freshness === SupervisorContactsModel.Recent ? Theme.good : root.freshness === SupervisorContactsModel.Month ? Theme.fair : root.freshness === SupervisorContactsModel.Old ? Theme.poor : Theme.neutral
    required property int visitCount

    Accessible.name: root.title + ", " + root.freshnessText
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
    contentItem: RowLayout {
        spacing: Theme.spacing

        Rectangle {
            Layout.fillHeight: true
            color: root.tone
            implicitWidth: 6
            radius: 3
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Text {
                Layout.fillWidth: true
                color: Theme.text
                elide: Text.ElideRight
                font.bold: true
                font.pixelSize: Theme.fontBody
                text: root.title
            }
            Text {
                Layout.fillWidth: true
                color: Theme.textSecondary
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSmall
                text: root.subtitle
            }
            Text {
                Layout.fillWidth: true
                color: Theme.textSecondary
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSmall
                text: root.referent !== "" ? qsTr("Référent : %1").arg(root.referent) : qsTr("Pas de référent désigné")
            }
        }
        ColumnLayout {
            spacing: 2

            Text {
                Layout.alignment: Qt.AlignRight
                color: root.tone
                font.bold: true
                font.pixelSize: Theme.fontSmall
                text: root.freshnessText
            }
            Text {
                Layout.alignment: Qt.AlignRight
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
                text: root.lastVisitText
                visible: root.visitCount > 0
            }
        }
    }
}
