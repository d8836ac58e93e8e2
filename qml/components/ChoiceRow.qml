import QtQuick
import Ronde.Ui

// One choice among a few, as chips that wrap: `options` is a list of
// { value, label }; `currentValue` is the chosen value.
Flow {
    id: root

    property var currentValue
    required property string name
    required property var options

    signal chosen(var value)

    Accessible.name: root.name
    Accessible.role: Accessible.Grouping
    spacing: Theme.spacingS

    Repeater {
        model: root.options

        Chip {
            required property var modelData

            checkable: false
            checked: modelData.value === root.currentValue
            objectName: "choice_" + modelData.value
            text: modelData.label

            onClicked: () => root.chosen(modelData.value)
        }
    }
}
