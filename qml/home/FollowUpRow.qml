import QtQuick
import Ronde.Ui

// An open follow-up near the patrol, as the follow-ups model gives it
// (roles: visitId, summary, subtitle, dueText, overdue, distanceText): the
// distance when the model knows it, else the due date.
ListRow {
    id: root

    required property string distanceText
    required property string dueText
    required property bool overdue
    required property string subtitle
    required property string summary
    required property string visitId

    signal chosen(string visitId)

    detail: root.subtitle
    objectName: "followUp_" + root.visitId
    text: root.summary
    trailing: root.distanceText !== "" ? root.distanceText : root.dueText
    trailingColor: root.overdue && root.distanceText === "" ? Theme.error : Theme.textSecondary

    onClicked: root.chosen(root.visitId)
}
