import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde.Core
import Ronde.Ui

// The sync state in a pill: a coloured dot and a few words (offline,
// changes waiting, error). Tapping it opens the sync screen.
AbstractButton {
    id: root

    readonly property color dotColor: {
        switch (root.syncState) {
        case SyncStatus.Syncing:
            return Theme.primary;
        case SyncStatus.Failed:
            return Theme.error;
        case SyncStatus.Offline:
            return Theme.neutral;
        case SyncStatus.SignInNeeded:
            return Theme.fair;
        }
        return root.pendingCount > 0 || !root.everSynced ? Theme.fair : Theme.good;
    }
    required property bool everSynced
    readonly property string label: {
        switch (root.syncState) {
        case SyncStatus.Syncing:
            return qsTr("Synchronisation…");
        case SyncStatus.Failed:
            return qsTr("Échec de synchro");
        case SyncStatus.Offline:
            return root.pendingCount > 0 ? qsTr("Hors ligne · %1 en attente").arg(root.pendingCount) : qsTr("Hors ligne");
        case SyncStatus.SignInNeeded:
            return qsTr("Connexion requise");
        }
        if (root.pendingCount > 0)
            return qsTr("%1 en attente").arg(root.pendingCount);
        return root.everSynced ? qsTr("À jour") : qsTr("Jamais synchronisé");
    }
    required property string lastSyncText
    required property int pendingCount
    required property int syncState

    Accessible.name: qsTr("Synchronisation : %1. %2").arg(root.label).arg(root.lastSyncText)
    Accessible.role: Accessible.Button
    implicitHeight: Theme.touchTarget
    implicitWidth: implicitContentWidth + leftPadding + rightPadding
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing

    background: Item {
        Rectangle {
            anchors.bottomMargin: 6
            anchors.fill: parent
            anchors.topMargin: 6
            border.color: root.visualFocus ? Theme.focus : Theme.border
            border.width: root.visualFocus ? 3 : 1
            color: root.down ? Theme.primaryContainer : Theme.surface
            radius: height / 2
        }
    }
    contentItem: RowLayout {
        spacing: Theme.spacingS

        Rectangle {
            color: root.dotColor
            implicitHeight: 12
            implicitWidth: 12
            radius: 6
        }
        Text {
            color: Theme.text
            font.bold: true
            font.pixelSize: Theme.fontSmall
            text: root.label
        }
    }
}
