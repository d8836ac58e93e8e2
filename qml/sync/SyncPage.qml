import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde.Core
import Ronde.Ui

// The sync screen: where things stand (last sync, changes waiting, the
// account), the progress of a sync under way, the error of the last one
// with a retry, the records the server refused with its reason, and
// signing in or out.
AppPage {
    id: root
    objectName: "syncPage"
    title: qsTr("Synchronisation")

    Flickable {
        anchors.fill: parent
        boundsBehavior: Flickable.StopAtBounds
        contentHeight: column.implicitHeight + 2 * Theme.spacing

        ScrollBar.vertical: ScrollBar {
        }

        ColumnLayout {
            id: column
            spacing: Theme.spacing
            width: Math.min(parent.width - 2 * Theme.spacing, Theme.maxContentWidth)
            x: (parent.width - width) / 2
            y: Theme.spacing

            SyncSummary {
                Layout.fillWidth: true
            }
            ErrorBanner {
                Layout.fillWidth: true
                actionText: SyncController.signedIn ? qsTr("Réessayer") : ""
                objectName: "syncError"
                text: SyncController.syncing ? "" : SyncStatus.errorText

                onActionTriggered: SyncController.syncNow()
            }
            PrimaryButton {
                Layout.fillWidth: true
                enabled: !SyncController.busy
                objectName: "syncNowButton"
                text: SyncController.signedIn ? qsTr("Synchroniser") : qsTr("Se connecter")

                onClicked: {
                    if (SyncController.signedIn)
                        SyncController.syncNow();
                    else
                        root.openRequested("signin", {}, true);
                }
            }
            SectionHeader {
                Layout.topMargin: Theme.spacingS
                note: rejected.count > 0 ? qsTr("%1 à revoir").arg(rejected.count) : ""
                title: qsTr("Refusés par le serveur")
            }
            Text {
                Layout.fillWidth: true
                color: Theme.textSecondary
                font.pixelSize: Theme.fontBody
                text: rejected.count > 0 ? qsTr("Ces saisies n'ont pas été acceptées : l'appareil montre la version du serveur. Corrigez-les si besoin, puis touchez « J'ai compris ».") : qsTr("Aucune saisie refusée.")
                wrapMode: Text.Wrap
            }
            Repeater {
                delegate: RejectedRow {
                    Layout.fillWidth: true

                    onDismissed: index => rejected.dismiss(index)
                }
                model: RejectedRecordsModel {
                    id: rejected
                    pagingEnabled: false
                }
            }
            ActionButton {
                Layout.alignment: Qt.AlignLeft
                Layout.topMargin: Theme.spacingL
                danger: true
                enabled: !SyncController.busy
                objectName: "signOutButton"
                text: qsTr("Se déconnecter")
                visible: SyncController.signedIn

                onClicked: {
                    if (!SyncController.signOut(false))
                        confirmSignOut.open();
                }
            }
        }
    }
    SignOutDialog {
        id: confirmSignOut
        pendingCount: SyncStatus.pendingCount
    }
}
