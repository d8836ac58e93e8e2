import QtQuick
import QtQuick.Layouts
import Ronde.Ui

// The bar at the top of a page: an optional back button, the title, and
// whatever the page puts on the right (badges, icon buttons).
Rectangle {
    id: root

    property bool showBack: false
    required property string title
    default property alias trailing: trailingRow.data

    signal backRequested

    color: Theme.background
    implicitHeight: Theme.bigTouchTarget
    implicitWidth: layout.implicitWidth

    RowLayout {
        id: layout
        anchors.fill: parent
        anchors.leftMargin: root.showBack ? Theme.spacingXs : Theme.spacing
        anchors.rightMargin: Theme.spacingS
        spacing: Theme.spacingS

        IconButton {
            glyph: "←"
            objectName: "backButton"
            text: qsTr("Retour")
            visible: root.showBack

            onClicked: root.backRequested()
        }
        Text {
            Accessible.name: root.title
            Accessible.role: Accessible.Heading
            Layout.fillWidth: true
            color: Theme.text
            elide: Text.ElideRight
            font.bold: true
            font.pixelSize: Theme.fontTitle
            text: root.title
        }
        RowLayout {
            id: trailingRow
            spacing: Theme.spacingXs
        }
    }
    Rectangle {
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        color: Theme.divider
        height: 1
    }
}
