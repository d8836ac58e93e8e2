import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde.Core
import Ronde.Ui

// The commander's dashboard: the unit's visits over a period (per ISO week,
// by topic, by category of contact), the open follow-ups and the contacts
// nobody visited for 90 days. Live from the server (SupervisorClient).
AppPage {
    id: root

    // The charts side by side from this width.
    readonly property bool wide: width >= 1000

    objectName: "dashboardPage"
    title: qsTr("Tableau de bord")

    SupervisorVisitFilter {
        id: period
        Component.onCompleted: period.period = "4w"
    }
    SupervisorStats {
        id: stats
        filter: period
    }
    SupervisorFollowUpsModel {
        id: openFollowUps
        pageSize: 200
    }
    SupervisorContactsModel {
        id: toMaintain
        pageSize: 200
        staleDays: 90
    }
    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            spacing: Theme.spacing
            width: scroll.availableWidth

            SupervisorNav {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                Layout.topMargin: Theme.spacing

                onChosen: name => root.openRequested(name, {}, true)
            }
            PeriodChooser {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                filter: period
            }
            Text {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
                objectName: "periodText"
                text: period.periodText
            }
            ErrorBanner {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                actionText: qsTr("Réessayer")
                objectName: "dashboardError"
                text: stats.errorText

                onActionTriggered: stats.reload()
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                spacing: Theme.spacingS

                KeyFigure {
                    Layout.fillHeight: true
                    Layout.fillWidth: true
                    caption: qsTr("visites sur la période")
                    objectName: "visitsFigure"
                    value: stats.loaded ? String(stats.total) : "…"

                    onClicked: root.openRequested("supervisorVisits", {}, true)
                }
                KeyFigure {
                    Layout.fillHeight: true
                    Layout.fillWidth: true
                    caption: qsTr("suivis ouverts")
                    objectName: "followUpsFigure"
                    tone: openFollowUps.count > 0 ? Theme.fair : Theme.good
                    value: openFollowUps.loaded ? (openFollowUps.hasMore ? openFollowUps.count + "+" : String(openFollowUps.count)) : "…"

                    onClicked: root.openRequested("supervisorFollowUps", {}, true)
                }
                KeyFigure {
                    Layout.fillHeight: true
                    Layout.fillWidth: true
                    caption: qsTr("contacts à entretenir (90 jours)")
                    objectName: "contactsFigure"
                    tone: toMaintain.count > 0 ? Theme.poor : Theme.good
                    value: toMaintain.loaded ? (toMaintain.hasMore ? toMaintain.count + "+" : String(toMaintain.count)) : "…"

                    onClicked: root.openRequested("supervisorContacts", {}, true)
                }
            }
            BarChart {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                labels: stats.weekLabels
                maximum: stats.weekMax
                objectName: "weeksChart"
                title: qsTr("Visites par semaine")
                values: stats.weekCounts
            }
            GridLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                columnSpacing: Theme.spacing
                columns: root.wide ? 2 : 1
                rowSpacing: Theme.spacing

                BarChart {
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.max(220, 70 + 28 * Math.max(stats.topicLabels.length, stats.categoryLabels.length))
                    horizontal: true
                    labels: stats.topicLabels
                    maximum: stats.topicMax
                    objectName: "topicsChart"
                    title: qsTr("Par sujet")
                    values: stats.topicCounts
                }
                BarChart {
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.max(220, 70 + 28 * Math.max(stats.topicLabels.length, stats.categoryLabels.length))
                    horizontal: true
                    labels: stats.categoryLabels
                    maximum: stats.categoryMax
                    objectName: "categoriesChart"
                    title: qsTr("Par catégorie de contact")
                    values: stats.categoryCounts
                }
            }
            GridLayout {
                Layout.bottomMargin: Theme.spacing
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                columnSpacing: Theme.spacing
                columns: root.wide ? 2 : 1
                rowSpacing: Theme.spacing

                DashboardList {
                    Layout.alignment: Qt.AlignTop
                    Layout.fillWidth: true
                    emptyText: qsTr("Aucun suivi ouvert.")
                    model: openFollowUps
                    moreText: qsTr("Tableau des suivis")
                    objectName: "followUpsList"
                    rowDetail: row => (row.assignee !== "" ? row.assignee : qsTr("non attribué")) + " · " + row.detailText
                    rowText: row => row.summary
                    title: qsTr("Suivis ouverts")

                    onMoreRequested: root.openRequested("supervisorFollowUps", {}, true)
                }
                DashboardList {
                    Layout.alignment: Qt.AlignTop
                    Layout.fillWidth: true
                    emptyText: qsTr("Tous les contacts ont été vus ces 90 derniers jours.")
                    model: toMaintain
                    moreText: qsTr("Tous les contacts à entretenir")
                    objectName: "contactsList"
                    rowDetail: row => row.referent !== "" ? qsTr("%1 · référent : %2").arg(row.lastVisitText).arg(row.referent) : row.lastVisitText
                    rowText: row => row.title
                    title: qsTr("Contacts à entretenir")

                    onMoreRequested: root.openRequested("supervisorContacts", {}, true)
                }
            }
        }
    }
}
