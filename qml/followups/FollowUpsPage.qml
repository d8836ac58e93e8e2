import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde.Core
import Ronde.Ui

// Open follow-ups, due date first: mine, or those nobody was assigned to.
// "Clore" marks one done (synced back to the unit).
AppPage {
    id: root
    title: qsTr("Suivis ouverts")

    FollowUpController {
        id: closer
    }
    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ChoiceRow {
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            currentValue: followUps.scope
            name: qsTr("Suivis à afficher")
            options: [{
                    "value": FollowUpsModel.Mine,
                    "label": qsTr("Les miens")
                }, {
                    "value": FollowUpsModel.Unassigned,
                    "label": qsTr("Non attribués")
                }]

            onChosen: value => followUps.scope = value
        }
        ErrorBanner {
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            text: closer.errorText
            visible: closer.errorText !== ""
        }
        ListView {
            Layout.fillHeight: true
            Layout.fillWidth: true
            clip: true

            ScrollBar.vertical: ScrollBar {
            }
            delegate: FollowUpItem {
                width: ListView.view.width

                onCloseRequested: id => closer.close(id)
            }
            model: FollowUpsModel {
                id: followUps
            }
        }
        EmptyState {
            Layout.fillHeight: true
            Layout.fillWidth: true
            explanation: qsTr("Un échange marqué « suivi nécessaire » reste ici jusqu'à sa clôture.")
            title: qsTr("Aucun suivi ouvert")
            visible: followUps.count === 0
        }
    }
}
