import QtQuick
import QtQuick.Controls
import QtTest
import Ronde.Core
import Ronde.Ui
import "ui_support.js" as Ui

// A patrol started from home (VTT, area, event), a visit logged during it,
// then ended with its summary, through the real shell and store.
Item {
    id: scene
    height: 915
    width: 412

    TestCase {
        id: testCase
        function activePage(shell, name) {
            let page = null;
            tryVerify(() => (page = Ui.named(shell, name)) !== null && page.StackView.status === StackView.Active && Ui.settled(shell), 5000, name);
            return page;
        }
        function test_start_log_and_end_a_patrol() {
            const shell = createTemporaryObject(appShell, scene, {
                    "width": scene.width,
                    "height": scene.height
                });
            const card = Ui.named(shell, "patrolButton");
            compare(card.text, "Commencer une patrouille");
            mouseClick(Ui.reveal(card));
            const start = testCase.activePage(shell, "patrolStartPage");
            mouseClick(Ui.named(start, "choice_bike"));
            mouseClick(Ui.named(start, "areaField").field);
            for (const ch of "Marche central")
                keyClick(ch);
            mouseClick(Ui.named(start, "startPatrolButton"));
            tryCompare(shell, "currentPage", "home");
            tryCompare(card, "text", "Terminer la patrouille");
            verify(Ui.find(shell, it => it.text === "VTT · Marche central" && it.visible));

            // A repeat visit during the patrol counts in its summary.
            tryVerify(() => Ui.settled(shell), 5000);
            let row = null;
            tryVerify(() => (row = Ui.nearbyRow(shell, "Pharmacie du Centre")) !== null, 5000);
            mouseClick(Ui.reveal(row));
            const capture = testCase.activePage(shell, "capturePage");
            mouseClick(Ui.named(capture, "saveVisitButton"));
            tryCompare(shell, "currentPage", "home");
            tryVerify(() => Ui.settled(shell), 5000);
            mouseClick(Ui.reveal(card));
            const summary = testCase.activePage(shell, "patrolSummaryPage");
            compare(Ui.named(summary, "summaryVisits").value, "1");
            const end = Ui.named(summary, "endPatrolButton");
            mouseClick(end);
            compare(summary.title, "Patrouille terminée");
            compare(Ui.named(summary, "summaryVisits").value, "1");
            mouseClick(end);
            tryCompare(shell, "currentPage", "home");
            tryCompare(card, "text", "Commencer une patrouille");
            // Qt 6.4 may crash destroying a StackView during a transition:
            // every test that navigates ends once the stacks are still.
            tryVerify(() => Ui.settled(shell), 5000);
        }

        name: "PatrolFlow"
        when: windowShown
    }
    Component {
        id: appShell
        AppShell {
        }
    }
}
