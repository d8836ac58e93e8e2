import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde.Core
import Ronde.Ui

// One contact: who and where, a big "Noter un échange", and the history of
// the unit's visits, newest first (the first one is the last visit).
AppPage {
    id: root

    required property string contactId

    objectName: "contactPage"
    title: contact.displayTitle

    // Opening the page journals the consultation (audit, synced later).
    Component.onCompleted: contact.open(root.contactId)

    ContactEditController {
        id: contact
    }
    // An edit (or a pulled change) shows at once.
    Connections {
        function onDataChanged() {
            contact.load(root.contactId);
        }

        target: StoreSession
    }
    ListView {
        id: list
        anchors.fill: parent
        clip: true
        objectName: "historyList"

        ScrollBar.vertical: ScrollBar {
        }
        delegate: HistoryRow {
            width: ListView.view.width
        }
        // The header reads the page's ids: qmllint 6.4 cannot tell without
        // `pragma ComponentBehavior: Bound`, which qmlformat 6.4 mangles.
        // qmllint disable unqualified
        header: ColumnLayout {
            spacing: Theme.spacingS
            width: ListView.view.width

            Text {
                Layout.bottomMargin: 0
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                color: Theme.textSecondary
                font.pixelSize: Theme.fontBody
                text: contact.displaySubtitle
                wrapMode: Text.Wrap
            }
            ErrorBanner {
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                text: contact.errorText
                visible: contact.errorText !== ""
            }
            PrimaryButton {
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                glyph: "+"
                objectName: "logVisitButton"
                text: qsTr("Noter un échange")

                onClicked: () => root.openRequested("capture", {
                            "contactId": root.contactId
                        }, true)
            }
            ActionButton {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                objectName: "editContactButton"
                text: qsTr("Modifier la fiche")

                onClicked: () => root.openRequested("contactEdit", {
                            "contactId": root.contactId
                        }, true)
            }
            SectionHeader {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                note: history.count > 0 ? String(history.count) : ""
                title: qsTr("Historique des échanges")
            }
            EmptyState {
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                title: qsTr("Aucun échange enregistré avec ce contact")
                visible: history.count === 0
            }
        }
        // qmllint enable unqualified
        model: ContactHistoryModel {
            id: history
            contactId: root.contactId
        }
    }
}
