import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde.Ui

// A labelled one-line text field with its error sentence under it.
ColumnLayout {
    id: root

    property string error: ""
    property alias field: input
    required property string label
    property alias placeholderText: input.placeholderText
    property alias text: input.text

    signal edited(string text)

    spacing: Theme.spacingXs

    Text {
        Layout.fillWidth: true
        color: Theme.textSecondary
        font.bold: true
        font.pixelSize: Theme.fontSmall
        text: root.label
        wrapMode: Text.Wrap
    }
    TextField {
        id: input
        Accessible.description: root.error
        Accessible.name: root.label
        Layout.fillWidth: true
        font.pixelSize: Theme.fontBody
        implicitHeight: Theme.touchTarget + 8

        onTextEdited: root.edited(input.text)
    }
    Text {
        Layout.fillWidth: true
        color: Theme.error
        font.pixelSize: Theme.fontSmall
        text: root.error
        visible: root.error !== ""
        wrapMode: Text.Wrap
    }
}
