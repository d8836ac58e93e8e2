import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde.Ui

// One entry of the conflict log: the record and the field, the value the
// server kept and the one it dropped, who wrote each; the supervisor keeps
// one of them.
Card {
    id: root

    required property string conflictId
    required property string fieldText
    required property string keptBy
    required property string keptValue
    required property string lostBy
    required property string lostValue
    required property string reasonText
    required property bool recordDeleted
    required property string recordText
    required property bool resolved
    required property string whenText

    signal chosen(string conflictId, string choice)

    Accessible.name: root.recordText + ", " + root.fieldText
    Accessible.role: Accessible.ListItem

    RowLayout {
        Layout.fillWidth: true

        // The record's name wraps to a second line on a phone rather than
        // losing its end; the field gets its own line below.
        Text {
            Layout.alignment: Qt.AlignTop
            Layout.fillWidth: true
            color: Theme.text
            elide: Text.ElideRight
            font.bold: true
            font.pixelSize: Theme.fontBody
            maximumLineCount: 2
            text: root.recordText
            wrapMode: Text.Wrap
        }
        Text {
            Layout.alignment: Qt.AlignTop
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall
            text: root.whenText
        }
    }
    Text {
        Layout.fillWidth: true
        color: Theme.text
        font.pixelSize: Theme.fontBody
        text: qsTr("Champ : %1").arg(root.fieldText)
        wrapMode: Text.Wrap
    }
    Text {
        Layout.fillWidth: true
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSmall
        text: root.resolved ? qsTr("%1 · tranché").arg(root.reasonText) : root.recordDeleted ? qsTr("%1 · rien à trancher").arg(root.reasonText) : root.reasonText
        wrapMode: Text.Wrap
    }
    GridLayout {
        Layout.fillWidth: true
        columnSpacing: Theme.spacing
        columns: width >= 520 ? 2 : 1

        // qmllint disable unqualified
        Repeater {
            model: [{
                    "choice": "kept",
                    "caption": qsTr("Valeur retenue"),
                    "value": root.keptValue,
                    "by": root.keptBy
                }, {
                    "choice": "lost",
                    "caption": qsTr("Valeur écartée"),
                    "value": root.lostValue,
                    "by": root.lostBy
                }]

            ColumnLayout {
                id: side

                required property var modelData

                Layout.alignment: Qt.AlignTop
                Layout.fillWidth: true
                spacing: 2

                Text {
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSmall
                    text: side.modelData.caption
                }
                Text {
                    Layout.fillWidth: true
                    color: Theme.text
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontBody
                    maximumLineCount: 4
                    text: side.modelData.value
                    wrapMode: Text.Wrap
                }
                Text {
                    Layout.fillWidth: true
                    color: Theme.textSecondary
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontSmall
                    text: side.modelData.by
                }
                ActionButton {
                    objectName: "keep_" + side.modelData.choice
                    text: qsTr("Garder cette valeur")
                    visible: !root.resolved && !root.recordDeleted

                    onClicked: root.chosen(root.conflictId, side.modelData.choice)
                }
            }
        }
        // qmllint enable unqualified
    }
}
