import QtQuick
import QtQuick.Layouts
import Ronde.Core
import Ronde.Ui

// Who the contact is: organisation, person, role, and the category (shown as
// chosen; its chips open on demand, as it rarely changes).
ColumnLayout {
    id: root

    property bool choosingCategory: false
    required property ContactEditController form

    spacing: Theme.spacingS

    SectionHeader {
        Layout.fillWidth: true
        title: qsTr("Qui")
    }
    FormField {
        Layout.fillWidth: true
        error: root.form.fieldErrors["organisation"] ?? ""
        label: qsTr("Organisme")
        objectName: "organisationField"
        placeholderText: qsTr("commerce, mairie, entreprise…")
        text: root.form.organisation

        onEdited: text => root.form.organisation = text
    }
    FormField {
        Layout.fillWidth: true
        label: qsTr("Personne rencontrée")
        objectName: "personField"
        placeholderText: qsTr("ex. Mme Lefèvre")
        text: root.form.personName

        onEdited: text => root.form.personName = text
    }
    FormField {
        Layout.fillWidth: true
        error: root.form.fieldErrors["roleTitle"] ?? ""
        label: qsTr("Fonction")
        objectName: "roleField"
        placeholderText: qsTr("ex. gérante, maire, directeur")
        text: root.form.roleTitle

        onEdited: text => root.form.roleTitle = text
    }
    FieldLabel {
        Layout.topMargin: Theme.spacingS
        text: qsTr("Catégorie")
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS
        visible: !root.choosingCategory

        Text {
            Layout.fillWidth: true
            color: Theme.text
            font.pixelSize: Theme.fontBody
            objectName: "categoryLabel"
            text: root.form.categoryLabel
            wrapMode: Text.Wrap
        }
        ActionButton {
            Accessible.name: qsTr("Changer la catégorie")
            objectName: "changeCategoryButton"
            text: qsTr("Changer")

            onClicked: root.choosingCategory = true
        }
    }
    ChoiceRow {
        Layout.fillWidth: true
        currentValue: root.form.category
        name: qsTr("Catégorie")
        options: root.form.categoryOptions
        visible: root.choosingCategory

        onChosen: value => {
            root.form.category = value;
            root.choosingCategory = false;
        }
    }
}
