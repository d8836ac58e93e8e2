import QtQuick
import QtQuick.Layouts
import Ronde.Core
import Ronde.Ui

// A contact created on the spot with the conversation: category, names,
// address; placed at the current position. Saved with the visit.
Card {
    id: root

    required property ContactEditController form

    signal cancelled

    objectName: "newContactForm"

    RowLayout {
        Layout.fillWidth: true

        Text {
            Layout.fillWidth: true
            color: Theme.text
            font.bold: true
            font.pixelSize: Theme.fontLarge
            text: qsTr("Nouvelle fiche")
        }
        ActionButton {
            text: qsTr("Annuler")

            onClicked: root.cancelled()
        }
    }
    Text {
        Layout.fillWidth: true
        color: Theme.textSecondary
        font.bold: true
        font.pixelSize: Theme.fontSmall
        text: qsTr("Catégorie")
    }
    ChoiceRow {
        Layout.fillWidth: true
        currentValue: root.form.category
        name: qsTr("Catégorie")
        options: root.form.categoryOptions

        onChosen: value => root.form.category = value
    }
    FormField {
        Layout.fillWidth: true
        error: root.form.fieldErrors["organisation"] ?? ""
        label: qsTr("Organisme (commerce, mairie, entreprise…)")
        objectName: "organisationField"
        text: root.form.organisation

        onEdited: text => root.form.organisation = text
    }
    FormField {
        Layout.fillWidth: true
        label: qsTr("Personne rencontrée")
        objectName: "personField"
        placeholderText: qsTr("ex. Mme Lefèvre, gérante")
        text: root.form.personName

        onEdited: text => root.form.personName = text
    }
    FormField {
        Layout.fillWidth: true
        error: root.form.fieldErrors["address"] ?? ""
        label: qsTr("Adresse")
        text: root.form.address

        onEdited: text => root.form.address = text
    }
    FormField {
        Layout.fillWidth: true
        error: root.form.fieldErrors["phone"] ?? ""
        field.inputMethodHints: Qt.ImhDialableCharactersOnly
        label: qsTr("Téléphone (facultatif)")
        objectName: "phoneField"
        text: root.form.phone

        onEdited: text => root.form.phone = text
    }
    Text {
        Layout.fillWidth: true
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSmall
        text: qsTr("La fiche est placée à votre position actuelle.")
        wrapMode: Text.Wrap
    }
}
