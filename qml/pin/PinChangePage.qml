import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde.Core
import Ronde.Ui

// Changing the PIN: the current one, the new one twice. The local data are
// encrypted again with the new PIN (a few seconds on a full tablet); until
// the change is done, the current PIN still opens them.
AppPage {
    id: root
    function submit() {
        if (controller.change(current.text, next.text, confirmation.text))
            return;
        if (controller.fieldErrors["currentPin"])
            current.field.forceActiveFocus();
        else if (controller.fieldErrors["newPin"])
            next.field.forceActiveFocus();
    }

    objectName: "pinChangePage"
    title: qsTr("Code PIN")

    PinChangeController {
        id: controller
        onDone: root.finished(qsTr("Code PIN modifié"))
    }
    Flickable {
        anchors.fill: parent
        boundsBehavior: Flickable.StopAtBounds
        contentHeight: column.implicitHeight + 2 * Theme.spacing

        ScrollBar.vertical: ScrollBar {
        }

        ColumnLayout {
            id: column
            spacing: Theme.spacing
            width: Math.min(parent.width - 2 * Theme.spacing, 480)
            x: (parent.width - width) / 2
            y: Theme.spacing

            Text {
                Layout.fillWidth: true
                color: Theme.textSecondary
                font.pixelSize: Theme.fontBody
                text: qsTr("Le code PIN chiffre les données de l'unité sur cet appareil. Le nouveau code doit compter %1 chiffres au moins.").arg(controller.minPinLength)
                wrapMode: Text.Wrap
            }
            FormField {
                id: current
                Layout.fillWidth: true
                enabled: !controller.busy
                error: controller.fieldErrors["currentPin"] ?? ""
                field.echoMode: TextInput.Password
                field.inputMethodHints: Qt.ImhDigitsOnly
                label: qsTr("Code PIN actuel")
                objectName: "currentPinField"
            }
            FormField {
                id: next
                Layout.fillWidth: true
                enabled: !controller.busy
                error: controller.fieldErrors["newPin"] ?? ""
                field.echoMode: TextInput.Password
                field.inputMethodHints: Qt.ImhDigitsOnly
                label: qsTr("Nouveau code PIN")
                objectName: "newPinField"
            }
            FormField {
                id: confirmation
                Layout.fillWidth: true
                enabled: !controller.busy
                error: controller.fieldErrors["confirmation"] ?? ""
                field.echoMode: TextInput.Password
                field.inputMethodHints: Qt.ImhDigitsOnly
                label: qsTr("Confirmez le nouveau code PIN")
                objectName: "confirmPinField"

                Component.onCompleted: confirmation.field.accepted.connect(root.submit)
            }
            ErrorBanner {
                Layout.fillWidth: true
                text: controller.errorText
                visible: controller.errorText !== ""
            }
            PrimaryButton {
                Layout.fillWidth: true
                enabled: !controller.busy && current.text.length > 0 && next.text.length > 0
                objectName: "changePinButton"
                text: controller.busy ? qsTr("Chiffrement en cours…") : qsTr("Changer le code PIN")

                onClicked: root.submit()
            }
            BusyIndicator {
                Accessible.name: qsTr("Chiffrement en cours")
                Layout.alignment: Qt.AlignHCenter
                running: controller.busy
                visible: controller.busy
            }
            Text {
                Layout.fillWidth: true
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
                text: qsTr("Si l'application s'arrête pendant le changement, l'ancien ou le nouveau code ouvre les données : rien n'est perdu.")
                wrapMode: Text.Wrap
            }
        }
    }
}
