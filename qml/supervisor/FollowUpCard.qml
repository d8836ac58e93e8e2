import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde.Core
import Ronde.Ui

// One follow-up of the board: what to do, about whom, since when, until
// when, who holds it; re-assign it or close it (open ones).
Card {
    id: root

    required property string assigneeId
    required property string detailText
    required property int index
    required property bool overdue
    required property string stateText
    required property string status
    required property string summary

    signal assignRequested(int row, string userId)
    signal closeRequested(int row, string summary)

    Accessible.name: root.summary
    Accessible.role: Accessible.ListItem

    Text {
        Layout.fillWidth: true
        color: Theme.text
        elide: Text.ElideRight
        font.bold: true
        font.pixelSize: Theme.fontBody
        maximumLineCount: 3
        text: root.summary
        wrapMode: Text.Wrap
    }
    Text {
        Layout.fillWidth: true
        color: Theme.textSecondary
        elide: Text.ElideRight
        font.pixelSize: Theme.fontSmall
        text: root.detailText
    }
    Text {
        Layout.fillWidth: true
        color: root.overdue ? Theme.poor : Theme.textSecondary
        font.bold: root.overdue
        font.pixelSize: Theme.fontSmall
        text: root.stateText
        visible: root.stateText !== ""
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS
        visible: root.status === "open"

        OptionPicker {
            Layout.fillWidth: true
            Layout.maximumWidth: 380
            label: qsTr("Attribué à")
            objectName: "assigneePicker"
            options: SupervisorClient.assigneeOptions
            value: root.assigneeId

            onPicked: value => {
                if (value !== root.assigneeId)
                    root.assignRequested(root.index, value);
            }
        }
        Item {
            Layout.fillWidth: true
        }
        ActionButton {
            Layout.alignment: Qt.AlignBottom
            objectName: "closeFollowUp"
            text: qsTr("Clore")

            onClicked: root.closeRequested(root.index, root.summary)
        }
    }
}
