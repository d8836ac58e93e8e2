import QtQuick
import QtQuick.Controls
import QtTest
import Ronde.Core
import Ronde.Ui
import "ui_support.js" as Ui

// The 4-tap rule (issue 5): a repeat contact is logged in at most 4 taps from
// home. The real shell, pages and controllers over the real encrypted test
// store, seeded with the demo shopping centre around the manual position:
// "Boulangerie Le Fournil" was visited 6 days ago (shoplifting and
// incivilities, SECOPE awareness, positive).
Item {
    id: scene
    height: 915
    width: 412

    TestCase {
        id: testCase

        property int taps: 0

        // Every tap of the flow goes through here and is counted.
        function tap(item) {
            verify(item, "the item to tap exists and is visible");
            testCase.taps += 1;
            mouseClick(item);
        }
        function test_a_repeat_contact_is_logged_in_at_most_four_taps() {
            const shell = createTemporaryObject(appShell, scene, {
                    "width": scene.width,
                    "height": scene.height
                });
            const outboxBefore = StoreSession.outboxSize;
            let row = null;
            tryVerify(() => (row = Ui.nearbyRow(shell, "Boulangerie Le Fournil")) !== null, 5000, "the contact is in the nearby list");
            const history = createTemporaryObject(historyModel, scene, {
                    "contactId": row.contactId
                });
            tryVerify(() => history.count > 0, 5000, "the contact has an earlier visit");
            const visitsBefore = history.count;
            testCase.taps = 0;
            tap(row);  // 1: the contact in the nearby list
            let page = null;
            tryVerify(() => (page = Ui.named(shell, "capturePage")) !== null && page.StackView.status === StackView.Active, 5000);
            // Prefilled as last time.
            verify(Ui.named(page, "chosenContact"));
            verify(Ui.named(page, "chip_shoplifting").checked);
            verify(Ui.named(page, "chip_incivility").checked);
            verify(Ui.named(page, "chip_secope").checked);
            verify(!Ui.named(page, "chip_drugs").checked);
            tap(Ui.named(page, "saveVisitButton"));  // 2: save
            verify(testCase.taps <= 4, "logged in " + testCase.taps + " taps");
            compare(testCase.taps, 2);

            // Back home with a confirmation; the visit is in the store and the outbox.
            tryCompare(shell, "currentPage", "home");
            tryVerify(() => history.count === visitsBefore + 1, 5000, "the new visit is in the contact's history");
            const saved = history.get(0);
            compare(saved.topicsText, "Vols à l’étalage, Incivilités · Sensibilisation sûreté des commerces (SECOPE)");
            compare(saved.climate, "positive");
            compare(saved.dateText.indexOf("aujourd'hui"), 0);
            compare(saved.syncText, "En attente d'envoi");
            compare(StoreSession.outboxSize, outboxBefore + 1);
            tryVerify(() => Ui.settled(shell), 5000);  // see tst_patrol_flow
        }

        name: "RepeatVisit"
        when: windowShown
    }
    Component {
        id: appShell
        AppShell {
        }
    }
    Component {
        id: historyModel
        ContactHistoryModel {
        }
    }
}
