import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde.Core
import Ronde.Ui

// Settings: display (theme, language), the unit's server, locking and the
// device's name. Every value is read and written through AppSettings.
Page {
    id: root

    property bool showBack: false

    signal backRequested
    signal openRequested(string name, var props, bool nested)

    Accessible.name: title
    title: qsTr("Réglages")

    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        showBack: root.showBack
        title: root.title

        onBackRequested: root.backRequested()
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

            SectionHeader {
                Layout.fillWidth: true
                title: qsTr("Affichage")
            }
            FieldLabel {
                text: qsTr("Thème")
            }
            ChoiceRow {
                Layout.fillWidth: true
                currentValue: AppSettings.theme
                name: qsTr("Thème")
                options: [{
                        "value": AppSettings.LightTheme,
                        "label": qsTr("Clair")
                    }, {
                        "value": AppSettings.DarkTheme,
                        "label": qsTr("Sombre")
                    }, {
                        "value": AppSettings.SystemTheme,
                        "label": qsTr("Auto")
                    }]

                onChosen: value => AppSettings.theme = value
            }
            Text {
                Layout.fillWidth: true
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
                text: qsTr("Clair pour le plein soleil, sombre pour la nuit ; « Auto » suit l'appareil.")
                wrapMode: Text.Wrap
            }
            FieldLabel {
                text: qsTr("Langue")
            }
            ChoiceRow {
                Layout.fillWidth: true
                currentValue: AppSettings.language
                name: qsTr("Langue")
                // Language names stay in their own language.
                options: [{
                        "value": "fr",
                        "label": "Français"
                    }, {
                        "value": "en",
                        "label": "English"
                    }]

                onChosen: value => AppSettings.language = value
            }
            ServerSettings {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingS
            }
            DeviceSettings {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingS

                onPinChangeRequested: root.openRequested("pinChange", {}, true)
            }
            Text {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Ronde %1").arg(Qt.application.version)
            }
        }
    }
}
