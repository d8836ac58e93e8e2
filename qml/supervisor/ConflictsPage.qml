import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde.Core
import Ronde.Ui

// The conflict log: edits made at the same time on different devices, where
// the server kept one value and set the other aside. Choosing a value
// writes it like any change, and the devices get it at their next sync.
AppPage {
    id: root
    objectName: "conflictsPage"
    title: qsTr("Conflits de modification")

    SupervisorConflictsModel {
        id: conflicts
    }
    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        ErrorBanner {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            Layout.topMargin: Theme.spacing
            actionText: conflicts.actionError === "" ? qsTr("Réessayer") : ""
            text: conflicts.actionError !== "" ? conflicts.actionError : conflicts.errorText

            onActionTriggered: conflicts.reload()
        }
        ListView {
            Layout.fillHeight: true
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            clip: true
            model: conflicts
            objectName: "conflictList"
            spacing: Theme.spacingS
            visible: conflicts.count > 0

            ScrollBar.vertical: ScrollBar {
            }
            // qmllint disable unqualified
            delegate: ConflictCard {
                width: ListView.view.width - 2 * Theme.spacing
                x: Theme.spacing

                onChosen: (conflictId, choice) => conflicts.resolve(conflictId, choice)
            }
            // qmllint enable unqualified
        }
        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            running: conflicts.loading
            visible: conflicts.loading
        }
        EmptyState {
            Layout.fillHeight: true
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            explanation: qsTr("Quand deux gendarmes modifient la même fiche hors réseau, la valeur écartée apparaît ici : vous choisissez celle à garder.")
            glyph: "✓"
            title: qsTr("Aucun conflit")
            visible: conflicts.loaded && !conflicts.loading && conflicts.count === 0 && conflicts.errorText === ""
        }
    }
}
