import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde.Core
import Ronde.Ui

// Sign-in and enrolment: the unit's server, the account and a name for this
// device. The first time, it enrols the device (the window shows this page
// until then); later it renews an expired session (opened from the sync
// page). The password is never kept: the device keeps a token, encrypted
// with the local data.
AppPage {
    id: root
    function submit() {
        SyncController.signIn(server.text, username.text, password.text, deviceName.text);
    }

    objectName: "signInPage"
    title: qsTr("Connexion")

    Connections {
        function onSignInFinished(ok: bool) {
            password.text = "";
            if (ok)
                root.finished(qsTr("Connecté : synchronisation en cours"));
        }

        target: SyncController
    }
    Flickable {
        anchors.fill: parent
        boundsBehavior: Flickable.StopAtBounds
        contentHeight: column.implicitHeight + 2 * Theme.spacingL

        ScrollBar.vertical: ScrollBar {
        }

        ColumnLayout {
            id: column
            spacing: Theme.spacing
            width: Math.min(parent.width - 2 * Theme.spacing, 480)
            x: (parent.width - width) / 2
            y: Theme.spacingL

            Text {
                Layout.fillWidth: true
                color: Theme.textSecondary
                font.pixelSize: Theme.fontBody
                text: StoreSession.enrolled ? qsTr("Reconnectez-vous pour reprendre la synchronisation. Vos saisies restent sur l'appareil en attendant.") : qsTr("Connectez-vous une fois au serveur de votre unité pour inscrire cet appareil. Ensuite, Ronde fonctionne aussi sans réseau.")
                wrapMode: Text.Wrap
            }
            ErrorBanner {
                Layout.fillWidth: true
                objectName: "signInNotice"
                text: SyncController.noticeText
            }
            FormField {
                id: server
                Layout.fillWidth: true
                error: server.text === "" ? "" : AppSettings.serverUrlProblem(server.text, AppSettings.allowPlainHttp)
                field.inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                label: qsTr("Adresse du serveur de l'unité")
                objectName: "serverField"
                placeholderText: qsTr("https://ronde.exemple.fr")
                text: AppSettings.serverUrl
            }
            FormField {
                id: username
                Layout.fillWidth: true
                field.inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                label: qsTr("Identifiant")
                objectName: "usernameField"
                text: SyncController.username
            }
            FormField {
                id: password
                Layout.fillWidth: true
                field.echoMode: TextInput.Password
                label: qsTr("Mot de passe")
                objectName: "passwordField"

                Component.onCompleted: password.field.accepted.connect(root.submit)
            }
            FormField {
                id: deviceName
                Layout.fillWidth: true
                field.maximumLength: AppSettings.maxDeviceNameLength
                label: qsTr("Nom de cet appareil (vu par votre commandant d'unité)")
                objectName: "deviceNameField"
                placeholderText: qsTr("Tablette patrouille 2")
                text: AppSettings.deviceName
                visible: !StoreSession.enrolled
            }
            ErrorBanner {
                Layout.fillWidth: true
                objectName: "signInError"
                text: SyncController.signInError
            }
            PrimaryButton {
                Layout.fillWidth: true
                enabled: !SyncController.busy && username.text.trim() !== "" && password.text !== "" && server.text.trim() !== ""
                objectName: "signInButton"
                text: SyncController.phase === SyncController.SigningIn ? qsTr("Connexion…") : qsTr("Se connecter")

                onClicked: root.submit()
            }
            BusyIndicator {
                Accessible.name: qsTr("Connexion en cours")
                Layout.alignment: Qt.AlignHCenter
                running: SyncController.phase === SyncController.SigningIn
                visible: running
            }
        }
    }
}
