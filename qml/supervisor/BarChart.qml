import QtQuick
import QtCharts
import Ronde.Ui

// A bar chart of counts in the app's colours: vertical bars for a time
// series (weeks), horizontal ones (`horizontal`) for long labels (topics,
// categories; the first label on top). Needs a QApplication (Qt Charts).
// The axes are ValuesAxis, the other name of ValueAxis: qmllint 6.4 cannot
// resolve ValueAxis (Qt Charts declares its class twice).
Item {
    id: root

    property bool horizontal: false
    required property var labels
    // The largest value: the axis goes a little above it.
    property int maximum: 0
    required property string title
    required property var values

    // An axis end that reads well: 5, 10, 20, 50, 100...
    function niceMax(value: int): int {
        let step = 1;
        while (step * 5 < value)
            step *= 10;
        for (const k of [1, 2, 5, 10]) {
            if (value <= step * k)
                return Math.max(step * k, 5);
        }
        return value;
    }

    Accessible.description: root.labels.map((label, i) => label + " : " + root.values[i]).join(", ")
    Accessible.name: root.title
    Accessible.role: Accessible.Chart
    implicitHeight: 280

    ChartView {
        anchors.fill: parent
        antialiasing: true
        backgroundColor: Theme.surface
        backgroundRoundness: Theme.radius
        legend.visible: false
        theme: Theme.dark ? ChartView.ChartThemeDark : ChartView.ChartThemeLight
        title: root.title
        titleColor: Theme.text
        titleFont.bold: true
        titleFont.pixelSize: Theme.fontBody
        visible: !root.horizontal

        BarSeries {
            barWidth: 0.7
            labelsPosition: AbstractBarSeries.LabelsOutsideEnd
            labelsVisible: true

            axisX: BarCategoryAxis {
                categories: root.labels
                color: Theme.divider
                gridVisible: false
                labelsColor: Theme.textSecondary
                labelsFont.pixelSize: Theme.fontSmall - 2
            }
            axisY: ValuesAxis {
                color: Theme.divider
                gridLineColor: Theme.divider
                labelFormat: "%d"
                labelsColor: Theme.textSecondary
                labelsFont.pixelSize: Theme.fontSmall - 2
                // Room above the tallest bar for its count.
                max: root.niceMax(Math.ceil(root.maximum * 1.15))
                min: 0
                tickCount: 6
            }

            BarSet {
                borderColor: Theme.primary
                color: Theme.primary
                label: root.title
                labelColor: Theme.text
                values: root.values
            }
        }
    }
    ChartView {
        anchors.fill: parent
        antialiasing: true
        backgroundColor: Theme.surface
        backgroundRoundness: Theme.radius
        legend.visible: false
        theme: Theme.dark ? ChartView.ChartThemeDark : ChartView.ChartThemeLight
        title: root.title
        titleColor: Theme.text
        titleFont.bold: true
        titleFont.pixelSize: Theme.fontBody
        visible: root.horizontal

        HorizontalBarSeries {
            barWidth: 0.7
            labelsPosition: AbstractBarSeries.LabelsOutsideEnd
            labelsVisible: true

            axisX: ValuesAxis {
                color: Theme.divider
                gridLineColor: Theme.divider
                labelFormat: "%d"
                labelsColor: Theme.textSecondary
                labelsFont.pixelSize: Theme.fontSmall - 2
                max: root.niceMax(Math.ceil(root.maximum * 1.15))
                min: 0
                tickCount: 6
            }
            axisY: BarCategoryAxis {
                categories: root.labels.slice().reverse()
                color: Theme.divider
                gridVisible: false
                labelsColor: Theme.text
                labelsFont.pixelSize: Theme.fontSmall - 1
            }

            BarSet {
                borderColor: Theme.primary
                color: Theme.primary
                label: root.title
                labelColor: Theme.text
                values: root.values.slice().reverse()
            }
        }
    }
}
