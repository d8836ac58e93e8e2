import QtQuick
import QtQuick.Layouts
import Ronde.Ui

// The title of a section of a page, with an optional count or note on the right.
RowLayout {
    id: root

    property string note: ""
    required property string title

    spacing: Theme.spacingS

    Text {
        Accessible.name: root.title
        Accessible.role: Accessible.Heading
        Layout.fillWidth: true
        color: Theme.text
        elide: Text.ElideRight
        font.bold: true
        font.pixelSize: Theme.fontLarge
        text: root.title
    }
    Text {
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSmall
        text: root.note
        visible: root.note !== ""
    }
}
