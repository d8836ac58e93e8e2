import QtQuick
import Ronde.Ui

// A known contact near the patrol, as the nearby-contacts model gives it
// (roles: contactId, name, subtitle, distanceText).
ListRow {
    id: root

    required property string contactId
    required property string distanceText
    required property string name
    required property string subtitle

    signal chosen(string contactId)

    detail: root.subtitle
    objectName: "nearby_" + root.contactId
    text: root.name
    trailing: root.distanceText

    onClicked: root.chosen(root.contactId)
}
