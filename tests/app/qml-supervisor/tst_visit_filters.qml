import QtQuick
import QtTest
import Ronde.Core
import Ronde.Ui
import "../qml/ui_support.js" as Ui

// The visit list with the API's filters: a topic narrows it to visits of
// that topic, a commune to that commune, "Tout effacer" brings every visit
// of the period back.
Item {
    id: scene
    height: 800
    width: 1280

    TestCase {
        id: testCase
        function rows(list: var): var {
            const out = [];
            for (let i = 0; i < list.count; ++i)
                out.push(list.model.get(i));
            return out;
        }
        function test_filters_narrow_the_list_and_clear_brings_it_back() {
            const page = createTemporaryObject(visitsPage, scene, {
                    "width": scene.width,
                    "height": scene.height
                });
            const list = Ui.find(page, it => it.objectName === "supervisorVisitList");
            tryVerify(() => list.model.loaded && !list.model.loading && list.count > 0, 20000);
            const all = list.count;
            Ui.named(page, "topicFilter").picked("burglary");
            tryVerify(() => list.model.loaded && !list.model.loading && list.count < all, 20000, "fewer visits");
            verify(list.count > 0, "the demo has burglaries");
            verify(testCase.rows(list).every(r => r.topicsText.indexOf("Cambriolages") >= 0));
            verify(Ui.named(page, "clearFilters") !== null, "a filter is set: it can be cleared");
            Ui.named(page, "communeFilter").picked("Chantepie");
            tryVerify(() => !list.model.loading && testCase.rows(list).every(r => r.commune === "Chantepie" && r.topicsText.indexOf("Cambriolages") >= 0), 20000);
            mouseClick(Ui.reveal(Ui.named(page, "clearFilters")));
            tryVerify(() => list.model.loaded && !list.model.loading && list.count === all, 20000, "every visit again");
        }
        function test_text_search_finds_notes() {
            const page = createTemporaryObject(visitsPage, scene, {
                    "width": scene.width,
                    "height": scene.height
                });
            const list = Ui.find(page, it => it.objectName === "supervisorVisitList");
            tryVerify(() => list.model.loaded && !list.model.loading && list.count > 0, 20000);
            const all = list.count;
            const field = Ui.named(page, "textFilter");
            mouseClick(field);
            for (const ch of "zzzqqq")
                keyClick(ch);
            tryVerify(() => list.model.loaded && !list.model.loading && list.count === 0, 20000, "nothing matches");
            verify(Ui.find(page, it => it.text === "Aucune visite ne correspond" && it.visible) !== null);
            field.clear();
            field.textEdited();
            tryVerify(() => list.count === all, 20000);
        }

        name: "VisitFilters"
        when: windowShown
    }
    Component {
        id: visitsPage
        VisitsPage {
        }
    }
}
