import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde.Core
import Ronde.Ui

// The lock screen: on the first run the PIN that will encrypt the local
// data is chosen (twice); then it unlocks the app. The store locks itself
// after the inactivity delay of the settings.
Page {
    id: root

    readonly property bool choosing: StoreSession.firstRun

    function submit() {
        if (root.choosing)
            StoreSession.choosePin(pin.text, confirmation.text);
        else
            StoreSession.unlock(pin.text);
        pin.text = "";
        confirmation.text = "";
    }

    Accessible.name: root.choosing ? qsTr("Choix du code PIN") : qsTr("Déverrouillage")

    background: Rectangle {
        color: Theme.background
    }

    ColumnLayout {
        anchors.centerIn: parent
        spacing: Theme.spacing
        width: Math.min(parent.width - 2 * Theme.spacingL, 420)

        Text {
            Layout.alignment: Qt.AlignHCenter
            color: Theme.primary
            font.bold: true
            font.pixelSize: Theme.fontHeadline
            text: qsTr("Ronde")
        }
        Text {
            Layout.fillWidth: true
            color: Theme.text
            font.bold: true
            font.pixelSize: Theme.fontHeadline
            horizontalAlignment: Text.AlignHCenter
            text: root.choosing ? qsTr("Choisissez votre code PIN") : qsTr("Ronde est verrouillée")
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            color: Theme.textSecondary
            font.pixelSize: Theme.fontBody
            horizontalAlignment: Text.AlignHCenter
            text: root.choosing ? qsTr("Il chiffre les données de l'unité sur cet appareil : %1 chiffres au moins. Sans lui, elles sont illisibles.").arg(StoreSession.minPinLength) : qsTr("Saisissez votre code PIN.")
            wrapMode: Text.Wrap
        }
        FormField {
            id: pin
            Layout.fillWidth: true
            field.echoMode: TextInput.Password
            field.inputMethodHints: Qt.ImhDigitsOnly
            label: qsTr("Code PIN")
            objectName: "pinField"

            Component.onCompleted: pin.field.accepted.connect(root.submit)
        }
        FormField {
            id: confirmation
            Layout.fillWidth: true
            field.echoMode: TextInput.Password
            field.inputMethodHints: Qt.ImhDigitsOnly
            label: qsTr("Confirmez le code PIN")
            objectName: "pinConfirmationField"
            visible: root.choosing
        }
        ErrorBanner {
            Layout.fillWidth: true
            text: StoreSession.errorText
            visible: StoreSession.errorText !== ""
        }
        PrimaryButton {
            Layout.fillWidth: true
            enabled: !StoreSession.busy && pin.text.length > 0
            objectName: "pinSubmit"
            text: StoreSession.busy ? qsTr("Ouverture…") : (root.choosing ? qsTr("Enregistrer le code") : qsTr("Déverrouiller"))

            onClicked: root.submit()
        }
    }
}
