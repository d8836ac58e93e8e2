import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde.Core
import Ronde.Ui

// Picking the contact of a new conversation: the nearest known contacts,
// a search in the registry, or a new contact / an anonymous resident.
ColumnLayout {
    id: root

    required property VisitCaptureController controller

    spacing: Theme.spacingS

    Repeater {
        model: search.text.trim() === "" ? nearby : found

        ListRow {
            required property string contactId
            required property string name
            required property string subtitle

            Layout.fillWidth: true
            detail: subtitle
            objectName: "pick_" + contactId
            text: name

            onClicked: () => root.controller.chooseContact(contactId)
        }
    }
    TextField {
        id: search
        Accessible.name: qsTr("Rechercher dans le registre")
        Layout.fillWidth: true
        font.pixelSize: Theme.fontBody
        implicitHeight: Theme.touchTarget + 8
        inputMethodHints: Qt.ImhNoPredictiveText
        objectName: "contactSearch"
        placeholderText: qsTr("Rechercher : nom, commerce, adresse…")
    }
    Text {
        Layout.fillWidth: true
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSmall
        text: qsTr("Aucun contact ne correspond : créez une fiche.")
        visible: search.text.trim() !== "" && found.count === 0
        wrapMode: Text.Wrap
    }
    // One under the other: side by side, a phone cuts their labels.
    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS

        ActionButton {
            Layout.fillWidth: true
            objectName: "createContactButton"
            text: qsTr("+ Nouvelle fiche de contact")

            onClicked: root.controller.createContact()
        }
        ActionButton {
            Layout.fillWidth: true
            objectName: "anonymousButton"
            text: qsTr("Habitant anonyme (sans fiche)")

            onClicked: root.controller.chooseAnonymous()
        }
    }
    Text {
        Layout.fillWidth: true
        color: Theme.error
        font.pixelSize: Theme.fontSmall
        text: root.controller.fieldErrors["contact"] ?? ""
        visible: text !== ""
        wrapMode: Text.Wrap
    }
    NearbyContactsModel {
        id: nearby
        hasOrigin: PositionProvider.hasPosition
        latitude: PositionProvider.latitude
        longitude: PositionProvider.longitude
        pageSize: 3
    }
    RegistrySearchModel {
        id: found
        pageSize: 5
        pagingEnabled: false
        query: search.text
    }
}
