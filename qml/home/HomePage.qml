import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde.Core
import Ronde.Ui

// Home: the position, the current patrol, shortcuts to the registry, today's
// visits and follow-ups, known contacts nearby (one tap logs a conversation
// with one, prefilled "as last time"), open follow-ups, and the big
// "Nouveau contact" action at the bottom. The lists
// take the models of the device store (see NearbyContactRow and FollowUpRow
// for their roles); until they are set, each section says why it is empty.
Page {
    id: root

    property var followUpModel: null
    property var nearbyModel: null
    property bool patrolActive: false
    property string patrolDetail: ""
    property string patrolTitle: ""

    signal contactChosen(string contactId)
    signal followUpChosen(string visitId)
    signal newContactRequested
    signal patrolEndRequested
    signal patrolStartRequested
    signal positionRequested
    signal sectionRequested(string name)
    signal settingsRequested
    signal syncRequested

    Accessible.name: qsTr("Accueil")
    title: qsTr("Ronde")

    background: Rectangle {
        color: Theme.background
    }
    // The big action sits at the bottom, under the thumb of the hand that
    // holds the phone.
    footer: Rectangle {
        color: Theme.background
        implicitHeight: newContact.implicitHeight + 2 * Theme.spacing

        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            color: Theme.divider
            height: 1
        }
        PrimaryButton {
            id: newContact
            anchors.centerIn: parent
            glyph: "+"
            objectName: "newContactButton"
            text: qsTr("Nouveau contact")
            width: Math.min(parent.width - 2 * Theme.spacing, Theme.maxContentWidth)

            onClicked: root.newContactRequested()
        }
    }
    header: PageHeader {
        title: root.title

        SyncBadge {
            everSynced: SyncStatus.everSynced
            lastSyncText: SyncStatus.lastSyncText
            pendingCount: SyncStatus.pendingCount
            syncState: SyncStatus.state

            onClicked: root.syncRequested()
        }
        IconButton {
            glyph: "⚙"
            text: qsTr("Réglages")

            onClicked: root.settingsRequested()
        }
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
            width: Math.min(parent.width - 2 * Theme.spacing, Theme.maxContentWidth)
            x: (parent.width - width) / 2
            y: Theme.spacing

            AccuracyIndicator {
                Layout.fillWidth: true
                accuracyText: PositionProvider.accuracyText
                detail: PositionProvider.detailText
                framed: true
                origin: PositionProvider.origin
                quality: PositionProvider.quality
                statusText: PositionProvider.statusText

                onClicked: root.positionRequested()
            }
            PatrolCard {
                Layout.fillWidth: true
                active: root.patrolActive
                detail: root.patrolDetail
                title: root.patrolTitle

                onEndRequested: root.patrolEndRequested()
                onStartRequested: root.patrolStartRequested()
            }
            HomeShortcuts {
                Layout.fillWidth: true

                onChosen: name => root.sectionRequested(name)
            }
            // The supervisor's screens (signed in as supervisor or admin).
            ActionButton {
                Layout.fillWidth: true
                objectName: "supervisorShortcut"
                text: qsTr("Commandement : tableau de bord")
                visible: SupervisorClient.available

                onClicked: root.sectionRequested("dashboard")
            }
            SectionHeader {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingS
                note: nearby.count > 0 ? String(nearby.count) : ""
                title: qsTr("Contacts à proximité")
            }
            Repeater {
                id: nearby
                model: root.nearbyModel

                NearbyContactRow {
                    Layout.fillWidth: true

                    onChosen: contactId => root.contactChosen(contactId)
                }
            }
            EmptyState {
                Layout.fillWidth: true
                explanation: qsTr("Les contacts du registre apparaîtront ici, du plus proche au plus éloigné.")
                objectName: "nearbyEmpty"
                title: qsTr("Aucun contact connu à proximité")
                visible: nearby.count === 0
            }
            SectionHeader {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingS
                note: followUps.count > 0 ? String(followUps.count) : ""
                title: qsTr("Suivis ouverts près de moi")
            }
            Repeater {
                id: followUps
                model: root.followUpModel

                FollowUpRow {
                    Layout.fillWidth: true

                    onChosen: visitId => root.followUpChosen(visitId)
                }
            }
            EmptyState {
                Layout.fillWidth: true
                explanation: qsTr("Un contact marqué « suivi nécessaire » reste ici jusqu'à sa clôture.")
                objectName: "followUpsEmpty"
                title: qsTr("Aucun suivi ouvert")
                visible: followUps.count === 0
            }
        }
    }
}
