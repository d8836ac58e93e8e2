import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde.Ui

// Where the conversation will be placed, and a way to correct it.
AbstractButton {
    id: root
    Accessible.name: qsTr("Position : %1. Corriger").arg(root.text)
    Accessible.role: Accessible.Button
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight)
    implicitWidth: implicitContentWidth

    contentItem: RowLayout {
        spacing: Theme.spacingS

        Text {
            color: Theme.textSecondary
            font.pixelSize: Theme.fontBody
            text: "⌖"
        }
        Text {
            Layout.fillWidth: true
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall
            text: root.text
            wrapMode: Text.Wrap
        }
        Text {
            color: Theme.primary
            font.bold: true
            font.pixelSize: Theme.fontSmall
            text: qsTr("Corriger")
        }
    }
}
