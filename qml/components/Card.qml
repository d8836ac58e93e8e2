import QtQuick
import QtQuick.Layouts
import Ronde.Ui

// A bordered surface that groups related content; children are laid out
// in a column with the card's padding.
Rectangle {
    id: root

    default property alias content: column.data
    property int padding: Theme.spacing

    border.color: Theme.divider
    border.width: 1
    color: Theme.surface
    implicitHeight: column.implicitHeight + 2 * root.padding
    implicitWidth: column.implicitWidth + 2 * root.padding
    radius: Theme.radius

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: root.padding
        spacing: Theme.spacingS
    }
}
