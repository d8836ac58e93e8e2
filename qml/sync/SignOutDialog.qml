import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde.Core
import Ronde.Ui

// Asks before signing out while changes wait to be sent: they stay on the
// device and leave at the next sign-in with the same account.
Dialog {
    id: root

    required property int pendingCount

    anchors.centerIn: Overlay.overlay
    modal: true
    objectName: "signOutDialog"
    title: qsTr("Se déconnecter ?")
    width: Math.min(Overlay.overlay ? Overlay.overlay.width - 2 * Theme.spacing : 400, 480)

    footer: RowLayout {
        spacing: Theme.spacingS

        Item {
            Layout.fillWidth: true
        }
        ActionButton {
            objectName: "signOutCancel"
            text: qsTr("Annuler")

            onClicked: root.close()
        }
        ActionButton {
            Layout.bottomMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            danger: true
            objectName: "signOutConfirm"
            text: qsTr("Se déconnecter")

            onClicked: {
                root.close();
                SyncController.signOut(true);
            }
        }
    }

    Text {
        color: Theme.text
        font.pixelSize: Theme.fontBody
        text: qsTr("%1 saisie(s) ne sont pas encore envoyées. Elles restent sur cet appareil et partiront à votre prochaine connexion avec ce compte.").arg(root.pendingCount)
        width: parent.width
        wrapMode: Text.Wrap
    }
}
