import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde.Core
import Ronde.Ui

// Logging a conversation in under 30 seconds: who, topics and actions as
// chips, climate, note, follow-up, and where. Opened with a contactId (from
// the nearby list) the form is already filled "as last time": one tap on
// "Enregistrer" logs it. Saving is local, instant and works offline.
Page {
    id: root

    property string contactId: ""
    property bool showBack: false

    signal backRequested
    signal finished(string message)
    signal openRequested(string name, var props, bool nested)

    Accessible.name: title
    objectName: "capturePage"
    title: qsTr("Noter un échange")

    background: Rectangle {
        color: Theme.background
    }
    footer: Rectangle {
        color: Theme.background
        implicitHeight: footerColumn.implicitHeight + 2 * Theme.spacingS

        Rectangle {
            color: Theme.divider
            height: 1
            width: parent.width
        }
        ColumnLayout {
            id: footerColumn
            anchors.centerIn: parent
            spacing: Theme.spacingS
            width: Math.min(parent.width - 2 * Theme.spacing, Theme.maxContentWidth)

            ErrorBanner {
                Layout.fillWidth: true
                objectName: "captureError"
                text: controller.errorText
                visible: controller.errorText !== ""
            }
            PrimaryButton {
                Layout.fillWidth: true
                glyph: "✓"
                objectName: "saveVisitButton"
                text: qsTr("Enregistrer")

                onClicked: controller.save()
            }
        }
    }
    header: PageHeader {
        showBack: root.showBack
        title: root.title

        onBackRequested: root.backRequested()
    }

    Component.onCompleted: {
        if (root.contactId !== "")
            controller.chooseContact(root.contactId);
    }

    VisitCaptureController {
        id: controller
        onSaved: root.finished(qsTr("Échange enregistré sur l'appareil"))
    }
    Flickable {
        id: flick
        anchors.fill: parent
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        contentHeight: column.implicitHeight + 2 * Theme.spacing

        ScrollBar.vertical: ScrollBar {
        }

        ColumnLayout {
            id: column
            spacing: Theme.spacing
            width: Math.min(flick.width - 2 * Theme.spacing, Theme.maxContentWidth)
            x: (flick.width - width) / 2
            y: Theme.spacing

            ContactSection {
                Layout.fillWidth: true
                controller: controller
            }
            SectionHeader {
                Layout.fillWidth: true
                note: controller.topics.length > 0 ? String(controller.topics.length) : ""
                title: qsTr("Sujets abordés")
            }
            ChipGroup {
                Layout.fillWidth: true
                name: qsTr("Sujets abordés")
                objectName: "topics"
                options: controller.topicOptions
                selected: controller.topics

                onToggled: value => controller.toggleTopic(value)
            }
            SectionHeader {
                Layout.fillWidth: true
                note: controller.actions.length > 0 ? String(controller.actions.length) : ""
                title: qsTr("Actions menées")
            }
            ChipGroup {
                Layout.fillWidth: true
                name: qsTr("Actions menées")
                objectName: "actions"
                options: controller.actionOptions
                selected: controller.actions

                onToggled: value => controller.toggleAction(value)
            }
            SectionHeader {
                Layout.fillWidth: true
                title: qsTr("Climat de l'échange")
            }
            ChoiceRow {
                Layout.fillWidth: true
                currentValue: controller.climate
                name: qsTr("Climat de l'échange")
                options: controller.climateOptions

                onChosen: value => controller.climate = value
            }
            NoteSection {
                Layout.fillWidth: true
                controller: controller
            }
            FollowUpSection {
                Layout.fillWidth: true
                controller: controller
            }
            PositionLine {
                Layout.fillWidth: true
                text: controller.positionText

                onClicked: root.openRequested("position", {}, true)
            }
        }
    }
}
