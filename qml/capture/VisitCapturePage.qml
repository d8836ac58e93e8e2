import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde.Core
import Ronde.Ui

// Logging a conversation. For now it shows where the visit will be placed;
// the contact picker, topics, actions and the note come with the device
// store (visit capture controller).
Page {
    id: root

    property bool showBack: false

    signal backRequested
    signal positionRequested

    Accessible.name: title
    title: qsTr("Nouveau contact")

    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        showBack: root.showBack
        title: root.title

        onBackRequested: root.backRequested()
    }

    ColumnLayout {
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
        EmptyState {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingL
            explanation: qsTr("Le registre local de l'unité n'est pas encore ouvert sur cet appareil : la saisie sera possible après la connexion au serveur.")
            glyph: "☰"
            title: qsTr("Registre local indisponible")
        }
    }
}
