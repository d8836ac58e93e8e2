import QtQuick
import QtQuick.Layouts
import Ronde.Ui

// Deleting a contact: a button, then a confirmation that says what happens.
Card {
    id: root

    property bool asking: false
    required property string contactTitle

    signal confirmed

    objectName: "contactDeleteCard"

    Text {
        Layout.fillWidth: true
        color: Theme.text
        font.pixelSize: Theme.fontBody
        text: root.asking ? qsTr("Supprimer « %1 » du registre ?").arg(root.contactTitle) : qsTr("Une fiche en double ou erronée peut être supprimée.")
        wrapMode: Text.Wrap
    }
    Text {
        Layout.fillWidth: true
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSmall
        text: qsTr("Elle disparaîtra aussi des autres appareils de l'unité à la prochaine synchronisation. Les échanges déjà notés sont conservés.")
        visible: root.asking
        wrapMode: Text.Wrap
    }
    ActionButton {
        Layout.fillWidth: true
        danger: true
        objectName: "deleteContactButton"
        text: qsTr("Supprimer la fiche…")
        visible: !root.asking

        onClicked: root.asking = true
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS
        visible: root.asking

        ActionButton {
            Layout.fillWidth: true
            objectName: "cancelDeleteButton"
            text: qsTr("Annuler")

            onClicked: root.asking = false
        }
        ActionButton {
            Layout.fillWidth: true
            danger: true
            objectName: "confirmDeleteButton"
            text: qsTr("Supprimer")

            onClicked: root.confirmed()
        }
    }
}
