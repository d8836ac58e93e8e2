import QtQuick
import Ronde.Ui

// Several choices among many, as chips that wrap: `options` is a list of
// { value, label }; `selected` the chosen values. The owner toggles.
Flow {
    id: root

    required property string name
    required property var options
    property var selected: []

    signal toggled(string value)

    Accessible.name: root.name
    Accessible.role: Accessible.Grouping
    spacing: Theme.spacingS

    // The delegate reads the group's ids: qmllint 6.4 cannot tell without
    // `pragma ComponentBehavior: Bound`, which qmlformat 6.4 mangles.
    // qmllint disable unqualified
    Repeater {
        model: root.options

        Chip {
            required property var modelData

            checkable: false
            checked: root.selected.indexOf(modelData.value) >= 0
            objectName: "chip_" + modelData.value
            text: modelData.label
            width: Math.min(implicitWidth, root.width)

            onClicked: () => root.toggled(modelData.value)
        }
    }
    // qmllint enable unqualified
}
