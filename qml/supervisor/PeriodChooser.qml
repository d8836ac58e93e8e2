import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde.Core
import Ronde.Ui

// The period of the supervisor's figures: 4 weeks, 3 months, 6 months up to
// today, or two typed dates. Changes `filter` (a SupervisorVisitFilter).
ColumnLayout {
    id: root

    required property SupervisorVisitFilter filter
    property string problem: ""

    spacing: Theme.spacingS

    ChoiceRow {
        Layout.fillWidth: true
        currentValue: root.filter.period
        name: qsTr("Période")
        objectName: "periodChooser"
        options: root.filter.periodOptions

        onChosen: value => {
            root.problem = "";
            root.filter.period = value;
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS
        visible: root.filter.period === "custom"

        TextField {
            id: fromField
            Accessible.name: qsTr("Du (jj/mm/aaaa)")
            Layout.preferredWidth: 150
            font.pixelSize: Theme.fontBody
            implicitHeight: Theme.touchTarget
            inputMethodHints: Qt.ImhDate
            objectName: "fromField"
            placeholderText: qsTr("Du jj/mm/aaaa")
            text: root.filter.fromText

            onAccepted: apply.clicked()
        }
        TextField {
            id: toField
            Accessible.name: qsTr("Au (jj/mm/aaaa)")
            Layout.preferredWidth: 150
            font.pixelSize: Theme.fontBody
            implicitHeight: Theme.touchTarget
            inputMethodHints: Qt.ImhDate
            objectName: "toField"
            placeholderText: qsTr("Au jj/mm/aaaa")
            text: root.filter.toText

            onAccepted: apply.clicked()
        }
        ActionButton {
            id: apply
            objectName: "applyPeriod"
            text: qsTr("Appliquer")

            onClicked: root.problem = root.filter.setCustomPeriod(fromField.text, toField.text)
        }
        Item {
            Layout.fillWidth: true
        }
    }
    Text {
        Accessible.name: root.problem
        Accessible.role: Accessible.AlertMessage
        Layout.fillWidth: true
        color: Theme.error
        font.pixelSize: Theme.fontSmall
        text: root.problem
        visible: root.problem !== ""
        wrapMode: Text.Wrap
    }
}
