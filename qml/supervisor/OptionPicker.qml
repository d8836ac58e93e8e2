import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde.Ui

// One filter of the supervisor's screens: a label over a drop-down of
// `options` ([{value, label}]); `value` is the chosen one.
ColumnLayout {
    id: root

    required property string label
    required property var options
    property string value: ""

    signal picked(string value)

    spacing: 2

    Text {
        Layout.fillWidth: true
        color: Theme.textSecondary
        elide: Text.ElideRight
        font.pixelSize: Theme.fontSmall
        text: root.label
    }
    ComboBox {
        id: box
        Accessible.name: root.label
        Layout.fillWidth: true
        currentIndex: Math.max(0, root.options.findIndex(o => o.value === root.value))
        font.pixelSize: Theme.fontBody
        implicitHeight: Theme.touchTarget
        model: root.options
        textRole: "label"
        valueRole: "value"

        onActivated: index => root.picked(root.options[index].value)
    }
}
