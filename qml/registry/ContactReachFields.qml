import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde.Core
import Ronde.Ui

// How to reach the contact: phone, e-mail, SMS alerts. All optional.
ColumnLayout {
    id: root

    required property ContactEditController form

    spacing: Theme.spacingS

    SectionHeader {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingS
        title: qsTr("Joindre")
    }
    FormField {
        Layout.fillWidth: true
        error: root.form.fieldErrors["phone"] ?? ""
        field.inputMethodHints: Qt.ImhDialableCharactersOnly
        label: qsTr("Téléphone (facultatif)")
        objectName: "phoneField"
        placeholderText: qsTr("ex. 06 12 34 56 78")
        text: root.form.phone

        onEdited: text => root.form.phone = text
    }
    FormField {
        Layout.fillWidth: true
        error: root.form.fieldErrors["email"] ?? ""
        field.inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
        label: qsTr("E-mail (facultatif)")
        objectName: "emailField"
        placeholderText: qsTr("ex. nom@exemple.fr")
        text: root.form.email

        onEdited: text => root.form.email = text
    }
    Switch {
        Accessible.name: text
        Layout.fillWidth: true
        checked: root.form.smsAlertOptIn
        font.pixelSize: Theme.fontBody
        implicitHeight: Theme.touchTarget
        objectName: "smsAlertSwitch"
        text: qsTr("Inscrit aux alertes SMS")

        onToggled: root.form.smsAlertOptIn = checked
    }
}
