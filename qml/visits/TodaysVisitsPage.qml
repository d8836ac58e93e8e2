import QtQuick
import QtQuick.Controls
import Ronde.Core
import Ronde.Ui

// Today's conversations, in the order they happened; one opens its contact.
AppPage {
    id: root
    title: qsTr("Échanges du jour")

    ListView {
        id: list
        anchors.fill: parent
        clip: true
        objectName: "visitsList"

        ScrollBar.vertical: ScrollBar {
        }
        delegate: ListRow {
            required property string climateText
            required property string contactId
            required property bool followUp
            required property string syncText
            required property string timeText
            required property string title
            required property string topicsText

            detail: topicsText + (followUp ? qsTr(" · suivi") : "")
            enabled: contactId !== ""
            text: title
            trailing: timeText
            width: ListView.view.width

            onClicked: () => root.openRequested("contact", {
                        "contactId": contactId
                    }, true)
        }
        model: TodaysVisitsModel {
            id: visits
        }
    }
    EmptyState {
        anchors.centerIn: parent
        explanation: qsTr("Les échanges notés aujourd'hui apparaîtront ici.")
        title: qsTr("Aucun échange aujourd'hui")
        visible: visits.count === 0
        width: Math.min(parent.width - 2 * Theme.spacingL, 420)
    }
}
