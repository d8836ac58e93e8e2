import QtQuick
import QtQuick.Controls
import QtTest
import Ronde.Core
import Ronde.Ui
import "ui_support.js" as Ui

// The registry searched as one types (accents and case ignored), a contact's
// page with its history (its opening journaled for the audit), and a
// conversation logged from there.
Item {
    id: scene
    height: 915
    width: 412

    TestCase {
        id: testCase
        function activePage(shell, name) {
            let page = null;
            tryVerify(() => (page = Ui.named(shell, name)) !== null && page.StackView.status === StackView.Active, 5000, name);
            return page;
        }
        function test_a_search_without_match_says_so() {
            const shell = createTemporaryObject(appShell, scene, {
                    "width": scene.width,
                    "height": scene.height
                });
            shell.open("registry", {}, false);
            const registry = testCase.activePage(shell, "registryPage");
            mouseClick(Ui.named(registry, "registrySearch"));
            for (const ch of "zzzz")
                keyClick(ch);
            tryVerify(() => Ui.named(registry, "registryEmpty") !== null, 5000);
        }
        function test_opening_a_contact_page_journals_one_consultation() {
            const shell = createTemporaryObject(appShell, scene, {
                    "width": scene.width,
                    "height": scene.height
                });
            const before = StoreSession.unsentConsultations();
            mouseClick(Ui.named(shell, "registryShortcut"));
            const registry = testCase.activePage(shell, "registryPage");
            const list = Ui.named(registry, "registryList");
            tryVerify(() => list.count >= 6, 5000);
            compare(StoreSession.unsentConsultations(), before, "a list is not a consultation");
            let row = null;
            tryVerify(() => (row = Ui.find(registry, it => it.text === "Boulangerie Le Fournil" && it.visible)) !== null, 5000);
            mouseClick(row);
            const contact = testCase.activePage(shell, "contactPage");
            compare(contact.title, "Boulangerie Le Fournil");
            compare(StoreSession.unsentConsultations(), before + 1);
            // Moving on to log a visit from the page journals nothing more.
            mouseClick(Ui.named(contact, "logVisitButton"));
            testCase.activePage(shell, "capturePage");
            compare(StoreSession.unsentConsultations(), before + 1);
        }
        function test_search_opens_a_contact_and_its_history() {
            const shell = createTemporaryObject(appShell, scene, {
                    "width": scene.width,
                    "height": scene.height
                });
            mouseClick(Ui.named(shell, "registryShortcut"));
            const registry = testCase.activePage(shell, "registryPage");
            const list = Ui.named(registry, "registryList");
            tryVerify(() => list.count >= 6, 5000, "every contact without a query");
            mouseClick(Ui.named(registry, "registrySearch"));
            for (const ch of "LEFEVRE")
                keyClick(ch);
            tryCompare(list, "count", 1);  // "Mme Lefèvre", accent and case ignored
            let row = null;
            tryVerify(() => (row = Ui.find(registry, it => it.text === "Boulangerie Le Fournil" && it.visible)) !== null, 5000);
            mouseClick(row);
            const contact = testCase.activePage(shell, "contactPage");
            compare(contact.title, "Boulangerie Le Fournil");
            const history = Ui.named(contact, "historyList");
            tryVerify(() => history.count >= 1, 5000);
            mouseClick(Ui.named(contact, "logVisitButton"));
            const capture = testCase.activePage(shell, "capturePage");
            verify(Ui.named(capture, "chosenContact"));
            verify(Ui.named(capture, "chip_shoplifting").checked);
        }

        name: "Registry"
        when: windowShown
    }
    Component {
        id: appShell
        AppShell {
        }
    }
}
