import QtQuick
import QtQuick.Layouts
import Ronde.Core
import Ronde.Ui

// The contact of the conversation, with its last visit and "same as last
// time" (taken automatically when the contact is picked).
Card {
    id: root

    required property VisitCaptureController controller

    objectName: "chosenContact"

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Text {
                Layout.fillWidth: true
                color: Theme.text
                font.bold: true
                font.pixelSize: Theme.fontLarge
                text: root.controller.contactTitle
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
                text: root.controller.contactSubtitle
                wrapMode: Text.Wrap
            }
        }
        ActionButton {
            objectName: "changeContactButton"
            text: qsTr("Changer")

            onClicked: root.controller.clearContact()
        }
    }
    Text {
        Layout.fillWidth: true
        color: Theme.text
        font.pixelSize: Theme.fontSmall
        text: root.controller.lastVisitText
        visible: root.controller.hasLastVisit
        wrapMode: Text.Wrap
    }
    Rectangle {
        Layout.fillWidth: true
        color: Theme.primaryContainer
        implicitHeight: prefilled.implicitHeight + 2 * Theme.spacingS
        radius: Theme.radiusSmall
        visible: root.controller.prefilledFromLast

        RowLayout {
            id: prefilled
            anchors.fill: parent
            anchors.margins: Theme.spacingS

            Text {
                Layout.fillWidth: true
                color: Theme.textOnPrimaryContainer
                font.bold: true
                font.pixelSize: Theme.fontSmall
                text: qsTr("✓ Même chose que la dernière fois : sujets, actions et climat repris.")
                wrapMode: Text.Wrap
            }
            ActionButton {
                objectName: "clearFormButton"
                text: qsTr("Effacer")

                onClicked: root.controller.clearForm()
            }
        }
    }
    ActionButton {
        objectName: "sameAsLastTimeButton"
        text: qsTr("Même chose que la dernière fois")
        visible: root.controller.hasLastVisit && !root.controller.prefilledFromLast

        onClicked: root.controller.sameAsLastTime()
    }
}
