import QtQuick
import Ronde.Core
import Ronde.Ui

// Who the conversation was with: a chooser (nearby contacts, registry search,
// new contact, anonymous resident), then the chosen contact with "same as
// last time", or the form of a contact created on the spot.
// A Column, not a ColumnLayout: Qt 6.4's layouts keep the implicit width
// (all the category chips in one row) of an item that was hidden when laid out.
Column {
    id: root

    required property VisitCaptureController controller
    readonly property int mode: root.controller.contactMode

    spacing: Theme.spacingS

    SectionHeader {
        title: qsTr("Avec qui ?")
        width: root.width
    }
    ContactChooser {
        controller: root.controller
        visible: root.mode === VisitCaptureController.NoContact
        width: root.width
    }
    ChosenContactCard {
        controller: root.controller
        visible: root.mode === VisitCaptureController.Existing || root.mode === VisitCaptureController.Anonymous
        width: root.width
    }
    NewContactForm {
        form: root.controller.newContact
        visible: root.mode === VisitCaptureController.NewContact
        width: root.width

        onCancelled: root.controller.clearContact()
    }
}
