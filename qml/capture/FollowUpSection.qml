import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde.Core
import Ronde.Ui

// Whether the conversation needs a follow-up: what to do, and by when.
ColumnLayout {
    id: root

    required property VisitCaptureController controller

    spacing: Theme.spacingS

    Switch {
        Accessible.name: qsTr("Suivi nécessaire")
        Layout.fillWidth: true
        checked: root.controller.followUpNeeded
        font.pixelSize: Theme.fontBody
        implicitHeight: Theme.touchTarget
        objectName: "followUpSwitch"
        text: qsTr("Suivi nécessaire")

        onToggled: root.controller.followUpNeeded = checked
    }
    FormField {
        Layout.fillWidth: true
        error: root.controller.fieldErrors["followUp"] ?? ""
        label: qsTr("Suivi à faire")
        objectName: "followUpSummaryField"
        placeholderText: qsTr("ex. Repasser un soir pour les bruits")
        text: root.controller.followUpSummary
        visible: root.controller.followUpNeeded

        onEdited: text => root.controller.followUpSummary = text
    }
    ChoiceRow {
        Layout.fillWidth: true
        currentValue: root.controller.followUpDueDays
        name: qsTr("Échéance du suivi")
        options: root.controller.dueOptions
        visible: root.controller.followUpNeeded

        onChosen: value => root.controller.followUpDueDays = value
    }
    Text {
        Layout.fillWidth: true
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSmall
        text: root.controller.followUpDueText
        visible: root.controller.followUpNeeded && root.controller.followUpDueDays > 0
    }
}
