import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde.Core
import Ronde.Ui

// The unit's accounts and devices. A gendarme arriving gets an account here
// (a provisional password handed over in person), one who forgot theirs a
// new one; a lost tablet is revoked: its access dies at once and it erases
// its data at its next contact.
AppPage {
    id: root

    // "team" (the accounts) or "devices".
    property string view: "team"

    objectName: "teamPage"
    title: qsTr("Équipe et appareils")

    SupervisorUsersModel {
        id: users
    }
    SupervisorDevicesModel {
        id: devices
    }
    ConfirmDialog {
        id: confirm

        property string deviceId: ""

        confirmText: qsTr("Révoquer")
        danger: true
        title: qsTr("Révoquer cet appareil ?")

        onConfirmed: devices.revoke(confirm.deviceId)
    }
    ConfirmDialog {
        id: accountConfirm

        property bool disable: true
        property string name: ""
        property string userId: ""

        confirmText: accountConfirm.disable ? qsTr("Désactiver") : qsTr("Réactiver")
        danger: accountConfirm.disable
        message: accountConfirm.disable ? qsTr("%1 ne pourra plus se connecter. Ses appareils sont déconnectés à l'instant, sans effacer leurs données ; ses visites restent à son nom. Faites d'abord synchroniser ses tablettes : ce qu'elles n'ont pas envoyé ne pourra l'être qu'après une réactivation du compte.").arg(accountConfirm.name) : qsTr("%1 pourra de nouveau se connecter avec son mot de passe actuel.").arg(accountConfirm.name)
        title: accountConfirm.disable ? qsTr("Désactiver ce compte ?") : qsTr("Réactiver ce compte ?")

        onConfirmed: {
            notice.text = "";
            if (users.setDisabled(accountConfirm.userId, accountConfirm.disable))
                disabling.enabled = true;
        }
    }
    Connections {
        id: disabling
        function onActionFinished(ok: bool) {
            disabling.enabled = false;
            if (!ok)
                return;
            notice.text = accountConfirm.disable ? qsTr("Compte de %1 désactivé.").arg(accountConfirm.name) : qsTr("Compte de %1 réactivé.").arg(accountConfirm.name);
            devices.reload();
            SupervisorClient.refreshUsers();
        }

        enabled: false
        target: users
    }
    AccountDialog {
        id: accountDialog
        users: users

        onAboutToShow: notice.text = ""
        onDone: message => {
            notice.text = message;
            devices.reload();
        }
    }
    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            spacing: Theme.spacing

            ChoiceRow {
                Layout.fillWidth: true
                currentValue: root.view
                name: qsTr("Afficher")
                objectName: "teamView"
                options: [{
                        "value": "team",
                        "label": users.loaded ? qsTr("Équipe (%1)").arg(users.count) : qsTr("Équipe")
                    }, {
                        "value": "devices",
                        "label": devices.loaded ? qsTr("Appareils (%1)").arg(devices.count) : qsTr("Appareils")
                    }]

                onChosen: value => {
                    root.view = value;
                    notice.text = "";
                }
            }
            ActionButton {
                objectName: "newAccountButton"
                text: qsTr("Nouveau compte")
                visible: root.view === "team"

                onClicked: accountDialog.openFor("", "")
            }
        }
        Text {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall
            text: root.view === "team" ? (users.unitName !== "" ? qsTr("Les comptes de l'unité (%1). Un mot de passe oublié se remplace ici ; le compte d'un gendarme qui quitte l'unité se désactive.").arg(users.unitName) : qsTr("Les comptes de l'unité. Un mot de passe oublié se remplace ici ; le compte d'un gendarme qui quitte l'unité se désactive.")) : qsTr("Un appareil perdu ou volé se révoque ici : il ne peut plus se synchroniser et efface ses données à sa prochaine connexion.")
            wrapMode: Text.Wrap
        }
        Text {
            id: notice
            Accessible.role: Accessible.AlertMessage
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            Layout.topMargin: Theme.spacingS
            color: Theme.good
            font.bold: true
            font.pixelSize: Theme.fontSmall
            objectName: "teamNotice"
            visible: text !== ""
            wrapMode: Text.Wrap
        }
        ErrorBanner {
            readonly property var model: root.view === "team" ? users : devices

            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            Layout.topMargin: Theme.spacingS
            actionText: model.actionError === "" ? qsTr("Réessayer") : ""
            text: model.actionError !== "" && !accountDialog.visible ? model.actionError : model.errorText

            onActionTriggered: model.reload()
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingS
            color: Theme.divider
            implicitHeight: 1
        }
        ListView {
            id: userList
            Layout.fillHeight: true
            Layout.fillWidth: true
            clip: true
            model: users
            objectName: "userList"
            visible: root.view === "team" && users.count > 0

            ScrollBar.vertical: ScrollBar {
            }
            // qmllint disable unqualified
            delegate: UserRow {
                canDisable: (role !== "admin" || SupervisorClient.role === "admin") && !ownAccount
                canReset: role !== "admin" || SupervisorClient.role === "admin"
                width: ListView.view.width

                onDisableRequested: (userId, name, disable) => {
                    accountConfirm.userId = userId;
                    accountConfirm.name = name;
                    accountConfirm.disable = disable;
                    accountConfirm.open();
                }
                onPasswordRequested: (userId, name) => accountDialog.openFor(userId, name)
            }
            // qmllint enable unqualified
        }
        ListView {
            id: deviceList
            Layout.fillHeight: true
            Layout.fillWidth: true
            clip: true
            model: devices
            objectName: "deviceList"
            visible: root.view === "devices" && devices.count > 0

            ScrollBar.vertical: ScrollBar {
            }
            // qmllint disable unqualified
            delegate: DeviceRow {
                width: ListView.view.width

                onRevokeRequested: (deviceId, name, user) => {
                    confirm.deviceId = deviceId;
                    confirm.message = qsTr("« %1 » (%2) ne pourra plus se synchroniser et effacera ses données locales à sa prochaine connexion. Ses saisies non envoyées seront perdues.").arg(name).arg(user);
                    confirm.open();
                }
            }
            // qmllint enable unqualified
        }
        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            running: root.view === "team" ? users.loading : devices.loading
            visible: running
        }
        EmptyState {
            id: noDevice
            Layout.fillHeight: true
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            title: qsTr("Aucun appareil inscrit")
            visible: root.view === "devices" && devices.loaded && !devices.loading && devices.count === 0 && devices.errorText === ""
        }
        Item {
            Layout.fillHeight: true
            visible: !userList.visible && !deviceList.visible && !noDevice.visible
        }
    }
}
