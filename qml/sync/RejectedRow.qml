import QtQuick
import QtQuick.Layouts
import Ronde.Ui

// A record the server refused: what it is, why (a French sentence), when,
// and "J'ai compris" once read.
Rectangle {
    id: root

    required property int index
    required property string kind
    required property string message
    required property string title
    required property string when

    signal dismissed(int index)

    border.color: Theme.error
    border.width: 1
    color: Theme.surface
    implicitHeight: layout.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius

    ColumnLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacingXs

        Text {
            Layout.fillWidth: true
            color: Theme.text
            font.bold: true
            font.pixelSize: Theme.fontBody
            text: qsTr("%1 · %2").arg(root.kind).arg(root.title)
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            color: Theme.error
            font.pixelSize: Theme.fontBody
            text: root.message
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            Text {
                Layout.fillWidth: true
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
                text: root.when
                wrapMode: Text.Wrap
            }
            ActionButton {
                Accessible.name: qsTr("J'ai compris : %1").arg(root.title)
                text: qsTr("J'ai compris")

                onClicked: root.dismissed(root.index)
            }
        }
    }
}
