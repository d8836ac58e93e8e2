import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde.Core
import Ronde.Ui

// Where the sync stands: the account, the last sync, what waits to be sent,
// and the progress bar while a sync runs.
Card {
    id: root
    Text {
        Layout.fillWidth: true
        color: Theme.text
        font.bold: true
        font.pixelSize: Theme.fontLarge
        objectName: "syncStateText"
        text: SyncController.syncing ? qsTr("Synchronisation en cours") : SyncStatus.lastSyncText
        wrapMode: Text.Wrap
    }
    Text {
        Layout.fillWidth: true
        color: SyncStatus.pendingCount > 0 ? Theme.fair : Theme.good
        font.pixelSize: Theme.fontBody
        objectName: "pendingText"
        text: SyncStatus.pendingCount > 0 ? qsTr("%1 saisie(s) en attente d'envoi").arg(SyncStatus.pendingCount) : qsTr("Toutes les saisies sont envoyées")
        wrapMode: Text.Wrap
    }
    Text {
        Layout.fillWidth: true
        color: Theme.textSecondary
        font.pixelSize: Theme.fontBody
        text: SyncController.signedIn ? qsTr("Connecté en tant que %1").arg(SyncController.username) : qsTr("Non connecté : les saisies restent sur l'appareil.")
        wrapMode: Text.Wrap
    }
    ProgressBar {
        Accessible.name: SyncController.phaseText
        Layout.fillWidth: true
        from: 0
        indeterminate: SyncController.progress < 0
        objectName: "syncProgress"
        to: 1
        value: Math.max(0, SyncController.progress)
        visible: SyncController.syncing
    }
    Text {
        Layout.fillWidth: true
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSmall
        text: SyncController.syncing ? SyncController.phaseText : SyncController.resultText
        visible: text !== ""
        wrapMode: Text.Wrap
    }
}
