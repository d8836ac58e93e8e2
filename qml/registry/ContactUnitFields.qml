import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde.Core
import Ronde.Ui

// What the unit keeps about the contact: its referent, SIRET, tags and
// notes (with the reminder to keep sensitive data out of them).
ColumnLayout {
    id: root

    required property ContactEditController form

    spacing: Theme.spacingS

    SectionHeader {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingS
        title: qsTr("Suivi par l'unité")
    }
    Switch {
        Accessible.name: text
        Layout.fillWidth: true
        checked: root.form.referentIsMe
        font.pixelSize: Theme.fontBody
        implicitHeight: Theme.touchTarget
        objectName: "referentSwitch"
        text: qsTr("Je suis le référent de ce contact")

        onToggled: root.form.referentIsMe = checked
    }
    Text {
        Layout.fillWidth: true
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSmall
        text: root.form.referentIsMe ? qsTr("Vous remplacerez le référent actuel, un autre gendarme de l'unité.") : qsTr("Un autre gendarme de l'unité est le référent.")
        visible: root.form.otherReferent
        wrapMode: Text.Wrap
    }
    FormField {
        Layout.fillWidth: true
        error: root.form.fieldErrors["siret"] ?? ""
        field.inputMethodHints: Qt.ImhDigitsOnly
        label: qsTr("SIRET (entreprises, facultatif)")
        objectName: "siretField"
        text: root.form.siret

        onEdited: text => root.form.siret = text
    }
    FormField {
        Layout.fillWidth: true
        error: root.form.fieldErrors["tags"] ?? ""
        label: qsTr("Mots-clés, séparés par des virgules")
        objectName: "tagsField"
        placeholderText: qsTr("ex. marché du samedi, galerie")
        text: root.form.tagsText

        onEdited: text => root.form.tagsText = text
    }
    FieldLabel {
        Layout.topMargin: Theme.spacingS
        text: qsTr("Notes")
    }
    Text {
        Layout.fillWidth: true
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSmall
        text: qsTr("Pas de données sensibles : santé, origine, opinions, religion, vie privée, infractions reprochées à une personne.")
        wrapMode: Text.Wrap
    }
    TextArea {
        Accessible.description: root.form.fieldErrors["notes"] ?? ""
        Accessible.name: qsTr("Notes")
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.bigTouchTarget * 1.5
        font.pixelSize: Theme.fontBody
        objectName: "notesField"
        placeholderText: qsTr("Horaires, accès, habitudes utiles à la patrouille")
        text: root.form.notes
        wrapMode: TextEdit.Wrap

        onTextChanged: root.form.notes = text
    }
    Text {
        Layout.fillWidth: true
        color: Theme.error
        font.pixelSize: Theme.fontSmall
        text: root.form.fieldErrors["notes"] ?? ""
        visible: text !== ""
        wrapMode: Text.Wrap
    }
}
