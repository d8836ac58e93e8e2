import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde.Core
import Ronde.Ui

// The unit's devices and who uses them. Revoking one (a lost tablet) kills
// its access at once; the device erases its data at its next contact.
AppPage {
    id: root
    objectName: "teamPage"
    title: qsTr("Équipe et appareils")

    SupervisorDevicesModel {
        id: devices
    }
    ConfirmDialog {
        id: confirm

        property int row: -1

        confirmText: qsTr("Révoquer")
        danger: true
        title: qsTr("Révoquer cet appareil ?")

        onConfirmed: devices.revoke(confirm.row)
    }
    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Text {
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall
            text: qsTr("Un appareil perdu ou volé se révoque ici : il ne peut plus se synchroniser et efface ses données à sa prochaine connexion.")
            wrapMode: Text.Wrap
        }
        ErrorBanner {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            actionText: devices.actionError === "" ? qsTr("Réessayer") : ""
            text: devices.actionError !== "" ? devices.actionError : devices.errorText

            onActionTriggered: devices.reload()
        }
        Rectangle {
            Layout.fillWidth: true
            color: Theme.divider
            implicitHeight: 1
        }
        ListView {
            Layout.fillHeight: true
            Layout.fillWidth: true
            clip: true
            model: devices
            objectName: "deviceList"
            visible: devices.count > 0

            ScrollBar.vertical: ScrollBar {
            }
            // qmllint disable unqualified
            delegate: DeviceRow {
                width: ListView.view.width

                onRevokeRequested: (row, name, user) => {
                    confirm.row = row;
                    confirm.message = qsTr("« %1 » (%2) ne pourra plus se synchroniser et effacera ses données locales à sa prochaine connexion. Ses saisies non envoyées seront perdues.").arg(name).arg(user);
                    confirm.open();
                }
            }
            // qmllint enable unqualified
        }
        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            running: devices.loading
            visible: devices.loading
        }
        EmptyState {
            Layout.fillHeight: true
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            title: qsTr("Aucun appareil inscrit")
            visible: devices.loaded && !devices.loading && devices.count === 0 && devices.errorText === ""
        }
    }
}
