import QtQuick
import QtQuick.Layouts
import Ronde.Core
import Ronde.Ui

// Ending a patrol: its summary so far, then "Terminer" ends it and the
// summary stays on screen as the patrol's report.
AppPage {
    id: root

    required property PatrolController controller
    property bool ended: false

    objectName: "patrolSummaryPage"
    title: root.ended ? qsTr("Patrouille terminée") : qsTr("Terminer la patrouille")

    Component.onCompleted: root.controller.loadSummary()

    ColumnLayout {
        spacing: Theme.spacing
        width: Math.min(parent.width - 2 * Theme.spacing, Theme.maxContentWidth)
        x: (parent.width - width) / 2
        y: Theme.spacing

        Card {
            Layout.fillWidth: true
            objectName: "patrolSummary"

            Text {
                Layout.fillWidth: true
                color: Theme.text
                font.bold: true
                font.pixelSize: Theme.fontLarge
                text: root.controller.summaryTitle
                wrapMode: Text.Wrap
            }
            SummaryLine {
                label: qsTr("Durée")
                value: root.controller.summaryDuration
            }
            SummaryLine {
                label: qsTr("Contacts notés")
                objectName: "summaryVisits"
                value: String(root.controller.summaryVisits)
            }
            SummaryLine {
                label: qsTr("Suivis ouverts")
                value: String(root.controller.summaryFollowUps)
            }
            SummaryLine {
                label: qsTr("Distance")
                value: root.controller.summaryDistance
                visible: value !== ""
            }
            SummaryLine {
                label: qsTr("Sujets")
                value: root.controller.summaryTopics || qsTr("aucun")
            }
            SummaryLine {
                label: qsTr("Actions")
                value: root.controller.summaryActions || qsTr("aucune")
            }
        }
        ErrorBanner {
            Layout.fillWidth: true
            text: root.controller.errorText
            visible: root.controller.errorText !== ""
        }
        PrimaryButton {
            Layout.fillWidth: true
            objectName: "endPatrolButton"
            text: root.ended ? qsTr("Retour à l'accueil") : qsTr("Terminer la patrouille")

            onClicked: {
                if (root.ended)
                    root.finished("");
                else
                    root.ended = root.controller.end();
            }
        }
    }
}
