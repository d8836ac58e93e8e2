import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde.Core
import Ronde.Ui

// The unit's visits with the API's filters, newest first, paged as the
// list scrolls; the exports with the same filters. Wide: the filters on the
// left, the list on the right; narrow: the filters fold above the list.
AppPage {
    id: root

    property bool filtersShown: false
    readonly property bool wide: width >= 700

    objectName: "supervisorVisitsPage"
    title: qsTr("Visites de l'unité")

    SupervisorVisitFilter {
        id: filter
        Component.onCompleted: filter.period = "4w"
    }
    SupervisorVisitsModel {
        id: visits
        filter: filter
    }
    GridLayout {
        anchors.fill: parent
        columnSpacing: 0
        columns: root.wide ? 3 : 1
        rowSpacing: 0

        ScrollView {
            id: panel
            Layout.fillHeight: root.wide
            Layout.fillWidth: !root.wide
            Layout.maximumHeight: root.wide ? -1 : root.height * 0.6
            Layout.preferredHeight: root.wide ? -1 : panelColumn.implicitHeight
            Layout.preferredWidth: root.wide ? 360 : -1
            contentWidth: availableWidth
            visible: root.wide || root.filtersShown

            ColumnLayout {
                id: panelColumn
                spacing: Theme.spacing
                width: panel.availableWidth

                PeriodChooser {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacing
                    Layout.rightMargin: Theme.spacing
                    Layout.topMargin: Theme.spacing
                    filter: filter
                }
                VisitFilters {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacing
                    Layout.rightMargin: Theme.spacing
                    filter: filter
                }
                ActionButton {
                    Layout.leftMargin: Theme.spacing
                    objectName: "clearFilters"
                    text: qsTr("Effacer les filtres")
                    visible: filter.activeCount > 0

                    onClicked: filter.clearCriteria()
                }
                Card {
                    Layout.bottomMargin: Theme.spacing
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacing
                    Layout.rightMargin: Theme.spacing

                    SectionHeader {
                        Layout.fillWidth: true
                        title: qsTr("Exporter")
                    }
                    ExportBar {
                        Layout.fillWidth: true
                        filter: filter
                    }
                }
            }
        }
        Rectangle {
            Layout.fillHeight: true
            color: Theme.divider
            implicitWidth: 1
            visible: root.wide
        }
        ColumnLayout {
            Layout.fillHeight: true
            Layout.fillWidth: true
            spacing: 0

            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.margins: Theme.spacingS
                spacing: Theme.spacingS

                ActionButton {
                    objectName: "filtersToggle"
                    text: filter.activeCount > 0 ? qsTr("Filtres (%1)").arg(filter.activeCount) : qsTr("Filtres")
                    visible: !root.wide

                    onClicked: root.filtersShown = !root.filtersShown
                }
                Text {
                    Layout.fillWidth: true
                    color: Theme.text
                    elide: Text.ElideRight
                    font.bold: true
                    font.pixelSize: Theme.fontBody
                    objectName: "visitCount"
                    text: !visits.loaded ? "" : (visits.hasMore ? qsTr("%1 premières visites, %2").arg(visits.count).arg(filter.periodText.toLowerCase()) : qsTr("%n visite(s), %1", "", visits.count).arg(filter.periodText.toLowerCase()))
                }
                Text {
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSmall
                    text: filter.activeCount > 0 ? qsTr("%n filtre(s)", "", filter.activeCount) : ""
                    visible: root.wide && filter.activeCount > 0
                }
            }
            ErrorBanner {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                actionText: qsTr("Réessayer")
                text: visits.errorText

                onActionTriggered: visits.reload()
            }
            Rectangle {
                Layout.fillWidth: true
                color: Theme.divider
                implicitHeight: 1
            }
            ListView {
                id: list
                Layout.fillHeight: true
                Layout.fillWidth: true
                clip: true
                model: visits
                objectName: "supervisorVisitList"
                visible: visits.count > 0

                ScrollBar.vertical: ScrollBar {
                }
                delegate: VisitRow {
                    width: ListView.view.width
                }
            }
            BusyIndicator {
                Layout.alignment: Qt.AlignHCenter
                running: visits.loading
                visible: visits.loading
            }
            EmptyState {
                Layout.fillHeight: true
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                explanation: qsTr("Élargissez la période ou retirez un filtre.")
                title: qsTr("Aucune visite ne correspond")
                visible: visits.loaded && !visits.loading && visits.count === 0 && visits.errorText === ""
            }
        }
    }
}
