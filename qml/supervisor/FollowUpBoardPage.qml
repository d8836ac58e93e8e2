import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde.Core
import Ronde.Ui

// The follow-ups board: the unit's open follow-ups (or the closed ones),
// everyone's or one gendarme's; assign, re-assign and close. A closing
// reaches the patrols at their next sync.
AppPage {
    id: root
    objectName: "followUpBoardPage"
    title: qsTr("Suivis de l'unité")

    SupervisorFollowUpsModel {
        id: board
    }
    ConfirmDialog {
        id: confirm

        property int row: -1

        confirmText: qsTr("Clore le suivi")
        title: qsTr("Clore ce suivi ?")

        onConfirmed: board.close(confirm.row)
    }
    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            Layout.topMargin: Theme.spacing
            spacing: Theme.spacing

            ChoiceRow {
                Layout.alignment: Qt.AlignBottom
                Layout.fillWidth: true
                currentValue: board.status
                name: qsTr("Suivis à afficher")
                objectName: "statusChooser"
                options: [{
                        "value": "open",
                        "label": qsTr("Ouverts")
                    }, {
                        "value": "done",
                        "label": qsTr("Clos")
                    }]

                onChosen: value => board.status = value
            }
            OptionPicker {
                Layout.preferredWidth: 280
                label: qsTr("Attribués à")
                options: SupervisorClient.authorOptions
                value: board.assignee

                onPicked: value => board.assignee = value
            }
        }
        ErrorBanner {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            objectName: "boardError"
            text: board.actionError !== "" ? board.actionError : board.errorText
        }
        ListView {
            Layout.fillHeight: true
            Layout.fillWidth: true
            clip: true
            model: board
            objectName: "followUpBoard"
            spacing: Theme.spacingS
            visible: board.count > 0

            ScrollBar.vertical: ScrollBar {
            }
            // qmllint disable unqualified
            delegate: FollowUpCard {
                width: ListView.view.width - 2 * Theme.spacing
                x: Theme.spacing

                onAssignRequested: (row, userId) => board.assign(row, userId)
                onCloseRequested: (row, summary) => {
                    confirm.row = row;
                    confirm.message = qsTr("« %1 » passera en suivi clos, pour vous et pour les patrouilles.").arg(summary);
                    confirm.open();
                }
            }
            // qmllint enable unqualified
        }
        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            running: board.loading
            visible: board.loading
        }
        EmptyState {
            Layout.fillHeight: true
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            explanation: board.status === "open" ? qsTr("Un échange marqué « suivi nécessaire » apparaît ici jusqu'à sa clôture.") : ""
            title: board.status === "open" ? qsTr("Aucun suivi ouvert") : qsTr("Aucun suivi clos")
            visible: board.loaded && !board.loading && board.count === 0 && board.errorText === ""
        }
    }
}
