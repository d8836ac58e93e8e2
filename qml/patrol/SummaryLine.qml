import QtQuick
import QtQuick.Layouts
import Ronde.Ui

// "Durée    1 h 05": one figure of a summary.
RowLayout {
    id: root

    required property string label
    required property string value

    Layout.fillWidth: true
    spacing: Theme.spacing

    Text {
        Layout.alignment: Qt.AlignTop
        Layout.preferredWidth: 130
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSmall
        text: root.label
    }
    Text {
        Layout.fillWidth: true
        color: Theme.text
        font.bold: true
        font.pixelSize: Theme.fontBody
        text: root.value
        wrapMode: Text.Wrap
    }
}
