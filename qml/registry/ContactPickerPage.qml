import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde.Core
import Ronde.Ui

// The unit's contact registry, searched as one types (accents and case do
// not matter); a contact opens its page. Pages in as the list scrolls.
AppPage {
    id: root
    objectName: "registryPage"
    title: qsTr("Registre des contacts")

    ColumnLayout {
        anchors.fill: parent
        anchors.topMargin: Theme.spacingS
        spacing: Theme.spacingS

        TextField {
            id: search
            Accessible.name: qsTr("Rechercher dans le registre")
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            font.pixelSize: Theme.fontBody
            implicitHeight: Theme.touchTarget + 8
            inputMethodHints: Qt.ImhNoPredictiveText
            objectName: "registrySearch"
            placeholderText: qsTr("Nom, commerce, adresse, commune…")
        }
        ListView {
            id: list
            Layout.fillHeight: true
            Layout.fillWidth: true
            clip: true
            objectName: "registryList"

            ScrollBar.vertical: ScrollBar {
            }
            delegate: ListRow {
                required property string contactId
                required property string name
                required property string subtitle

                detail: subtitle
                objectName: "contact_" + contactId
                text: name
                width: ListView.view.width

                onClicked: () => root.openRequested("contact", {
                            "contactId": contactId
                        }, true)
            }
            model: RegistrySearchModel {
                id: results
                query: search.text
            }
        }
        EmptyState {
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            explanation: search.text === "" ? qsTr("Le registre se remplit à la synchronisation et quand vous créez une fiche.") : qsTr("Vérifiez l'orthographe, ou créez la fiche depuis « Nouveau contact ».")
            objectName: "registryEmpty"
            title: search.text === "" ? qsTr("Registre vide") : qsTr("Aucun contact ne correspond")
            visible: results.count === 0
        }
    }
}
