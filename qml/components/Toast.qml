import QtQuick
import Ronde.Ui

// A short confirmation ("Contact enregistré") that fades after 3 s.
Rectangle {
    id: root
    function show(message: string) {
        label.text = message;
        root.opacity = message === "" ? 0 : 1;
        hide.restart();
    }

    Accessible.name: label.text
    Accessible.role: Accessible.AlertMessage
    color: Theme.text
    implicitHeight: label.implicitHeight + 2 * Theme.spacing
    implicitWidth: Math.min(label.implicitWidth + 2 * Theme.spacingL, 380)
    objectName: "toast"
    opacity: 0
    radius: Theme.radius
    visible: opacity > 0

    Behavior on opacity  {
        NumberAnimation {
            duration: 200
        }
    }

    Text {
        id: label
        anchors.centerIn: parent
        color: Theme.background
        font.bold: true
        font.pixelSize: Theme.fontBody
        horizontalAlignment: Text.AlignHCenter
        width: Math.min(implicitWidth, 380 - 2 * Theme.spacingL)
        wrapMode: Text.Wrap
    }
    Timer {
        id: hide
        interval: 3000

        onTriggered: root.opacity = 0
    }
}
