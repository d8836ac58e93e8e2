import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde.Core
import Ronde.Ui

// The free note, with the reminder to keep sensitive data out of it.
ColumnLayout {
    id: root

    required property VisitCaptureController controller

    spacing: Theme.spacingXs

    SectionHeader {
        Layout.fillWidth: true
        note: note.length > 0 ? qsTr("%1 / %2").arg(note.length).arg(root.controller.maxNoteLength) : ""
        title: qsTr("Note")
    }
    Text {
        Layout.fillWidth: true
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSmall
        text: qsTr("Pas de données sensibles : santé, origine, opinions, religion, vie privée, infractions reprochées à une personne.")
        wrapMode: Text.Wrap
    }
    TextArea {
        id: note
        Accessible.name: qsTr("Note")
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.bigTouchTarget * 1.5
        font.pixelSize: Theme.fontBody
        objectName: "noteField"
        placeholderText: qsTr("Ce qui a été dit, en quelques mots")
        text: root.controller.note
        wrapMode: TextEdit.Wrap

        onTextChanged: root.controller.note = text
    }
    Text {
        Layout.fillWidth: true
        color: Theme.error
        font.pixelSize: Theme.fontSmall
        text: root.controller.fieldErrors["note"] ?? ""
        visible: text !== ""
        wrapMode: Text.Wrap
    }
}
