import QtQuick
import QtTest
import Ronde.Core
import Ronde.Ui
import "../qml/ui_support.js" as Ui

// The supervisor's dashboard against the demo unit: charts of the period in
// French, figures that agree with the charts, the period chooser.
Item {
    id: scene
    height: 800
    width: 1280

    TestCase {
        id: testCase
        function chartSum(chart: var): int {
            return chart.values.reduce((a, b) => a + b, 0);
        }
        function test_a_wrong_custom_period_is_explained() {
            const page = createTemporaryObject(dashboard, scene, {
                    "width": scene.width,
                    "height": scene.height
                });
            mouseClick(Ui.named(page, "choice_custom"));
            const from = Ui.named(page, "fromField");
            verify(from !== null);
            from.text = "31/02/2026";
            mouseClick(Ui.named(page, "applyPeriod"));
            verify(Ui.find(page, it => it.text === "Saisissez deux dates au format jj/mm/aaaa (ex. 01/09/2026)." && it.visible) !== null);
        }
        function test_charts_count_the_period_by_week_topic_and_category() {
            const page = createTemporaryObject(dashboard, scene, {
                    "width": scene.width,
                    "height": scene.height
                });
            const weeks = Ui.named(page, "weeksChart");
            const figure = Ui.named(page, "visitsFigure");
            tryVerify(() => figure.value !== "…" && weeks.values.length > 0, 20000, "statistics loaded");
            verify(weeks.labels.length >= 4 && weeks.labels.length <= 5, "4 weeks: " + weeks.labels);
            verify(weeks.labels.every(l => /^S\d+$/.test(l)), String(weeks.labels));
            const total = Number(figure.value);
            verify(total > 0);
            compare(testCase.chartSum(weeks), total);
            const topics = Ui.named(page, "topicsChart");
            verify(topics.labels.length > 0);
            verify(topics.labels.every(l => l.indexOf("_") < 0), "French labels: " + topics.labels);
            const categories = Ui.named(page, "categoriesChart");
            verify(categories.labels.indexOf("Commerçant") >= 0, String(categories.labels));
            compare(testCase.chartSum(categories), total);  // one category per visit
            // Largest first.
            for (let i = 1; i < topics.values.length; ++i)
                verify(topics.values[i - 1] >= topics.values[i]);
        }
        function test_lists_of_open_follow_ups_and_contacts_to_maintain() {
            const page = createTemporaryObject(dashboard, scene, {
                    "width": scene.width,
                    "height": scene.height
                });
            const followUps = Ui.named(page, "followUpsFigure");
            tryVerify(() => followUps.value !== "…", 20000);
            verify(Number(followUps.value.replace("+", "")) > 0, "the demo has open follow-ups");
            const contacts = Ui.named(page, "contactsFigure");
            tryVerify(() => contacts.value !== "…", 20000);
            verify(Ui.named(page, "followUpsList") !== null);
        }
        function test_six_months_has_more_weeks_than_four() {
            const page = createTemporaryObject(dashboard, scene, {
                    "width": scene.width,
                    "height": scene.height
                });
            const weeks = Ui.named(page, "weeksChart");
            const figure = Ui.named(page, "visitsFigure");
            tryVerify(() => figure.value !== "…" && weeks.labels.length > 0, 20000);
            const fourWeeks = Number(figure.value);
            mouseClick(Ui.named(page, "choice_6m"));
            tryVerify(() => weeks.labels.length >= 26, 20000, "six months of weeks");
            tryVerify(() => Number(figure.value) >= fourWeeks, 20000);
            compare(testCase.chartSum(weeks), Number(figure.value));
        }

        name: "Dashboard"
        when: windowShown
    }
    Component {
        id: dashboard
        DashboardPage {
        }
    }
}
