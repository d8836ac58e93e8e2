import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde.Core
import Ronde.Ui

// The contacts nobody visited for a while (never visited first, then the
// oldest last visit), with their referent: who should go and see whom.
AppPage {
    id: root
    objectName: "contactsToMaintainPage"
    title: qsTr("Contacts à entretenir")

    SupervisorContactsModel {
        id: contacts
    }
    // The category choices (the same as the visit filters').
    SupervisorVisitFilter {
        id: choices
    }
    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        ChoiceRow {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            Layout.topMargin: Theme.spacing
            currentValue: contacts.staleDays
            name: qsTr("Contacts à afficher")
            objectName: "staleChooser"
            options: contacts.staleOptions

            onChosen: value => contacts.staleDays = value
        }
        GridLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            columnSpacing: Theme.spacingS
            columns: root.width >= 600 ? 3 : 1

            OptionPicker {
                Layout.fillWidth: true
                label: qsTr("Commune")
                objectName: "communePicker"
                options: SupervisorClient.communeOptions
                value: contacts.commune

                onPicked: value => contacts.commune = value
            }
            OptionPicker {
                Layout.fillWidth: true
                label: qsTr("Catégorie")
                options: choices.categoryOptions
                value: contacts.category

                onPicked: value => contacts.category = value
            }
            OptionPicker {
                Layout.fillWidth: true
                label: qsTr("Référent")
                options: SupervisorClient.authorOptions
                value: contacts.referent

                onPicked: value => contacts.referent = value
            }
        }
        FreshnessLegend {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
        }
        ErrorBanner {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            actionText: qsTr("Réessayer")
            text: contacts.errorText

            onActionTriggered: contacts.reload()
        }
        Rectangle {
            Layout.fillWidth: true
            color: Theme.divider
            implicitHeight: 1
        }
        ListView {
            Layout.fillHeight: true
            Layout.fillWidth: true
            clip: true
            model: contacts
            objectName: "contactsList"
            visible: contacts.count > 0

            ScrollBar.vertical: ScrollBar {
            }
            delegate: FreshnessRow {
                width: ListView.view.width
            }
        }
        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            running: contacts.loading
            visible: contacts.loading
        }
        EmptyState {
            Layout.fillHeight: true
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            explanation: qsTr("Chaque contact de ces critères a été vu pendant la période.")
            title: qsTr("Aucun contact à entretenir")
            visible: contacts.loaded && !contacts.loading && contacts.count === 0 && contacts.errorText === ""
        }
    }
}
