import QtQuick
import QtTest
import Ronde.Ui

// Home takes the store's models as they come (the roles of NearbyContactRow
// and FollowUpRow), and says why a section is empty until then.
Item {
    id: scene
    height: 915
    width: 412

    ListModel {
        id: nearby
        ListElement {
            contactId: "0192a1b2-0000-7000-8000-000000000001"
            distanceText: "40 m"
            name: "Boulangerie Le Fournil"
            subtitle: "Commerçant · Galerie nord"
        }
        ListElement {
            contactId: "0192a1b2-0000-7000-8000-000000000002"
            distanceText: "120 m"
            name: "Pharmacie du Centre"
            subtitle: "Commerçant · Galerie est"
        }
    }
    ListModel {
        id: followUps
        ListElement {
            distanceText: "80 m"
            dueText: "hier"
            overdue: true
            subtitle: "Tabac-presse · Galerie ouest"
            summary: "Bruits nocturnes derrière la réserve"
            visitId: "0192a1b2-0000-7000-8000-0000000000f1"
        }
    }
    TestCase {
        id: testCase
        function test_models_fill_the_sections_and_rows_are_tappable() {
            const page = createTemporaryObject(homePage, scene, {
                    "width": scene.width,
                    "height": scene.height,
                    "nearbyModel": nearby,
                    "followUpModel": followUps
                });
            const chosen = createTemporaryObject(signalSpy, scene, {
                    "target": page,
                    "signalName": "contactChosen"
                });
            const row = findChild(page, "nearby_0192a1b2-0000-7000-8000-000000000002");
            verify(row, "second nearby row");
            compare(row.Accessible.name, "Pharmacie du Centre, Commerçant · Galerie est, 120 m");
            mouseClick(row);
            compare(chosen.count, 1);
            compare(chosen.signalArguments[0][0], "0192a1b2-0000-7000-8000-000000000002");
            verify(!findChild(page, "nearbyEmpty").visible);
            const followUp = findChild(page, "followUp_0192a1b2-0000-7000-8000-0000000000f1");
            verify(followUp);
            compare(followUp.trailing, "80 m", "near me: the distance");
            verify(!findChild(page, "followUpsEmpty").visible);
        }
        function test_new_contact_is_one_big_tap_away() {
            const page = createTemporaryObject(homePage, scene, {
                    "width": scene.width,
                    "height": scene.height
                });
            const requested = createTemporaryObject(signalSpy, scene, {
                    "target": page,
                    "signalName": "newContactRequested"
                });
            const button = findChild(page, "newContactButton");
            verify(button.height >= Theme.bigTouchTarget);
            // In the bottom third of a phone screen: under the thumb.
            verify(button.mapToItem(scene, 0, 0).y > scene.height * 2 / 3);
            mouseClick(button);
            compare(requested.count, 1);
        }
        function test_sections_explain_themselves_without_models() {
            const page = createTemporaryObject(homePage, scene, {
                    "width": scene.width,
                    "height": scene.height
                });
            verify(findChild(page, "nearbyEmpty").visible);
            verify(findChild(page, "followUpsEmpty").visible);
        }

        name: "HomePage"
        when: windowShown
    }
    Component {
        id: homePage
        HomePage {
        }
    }
    Component {
        id: signalSpy
        SignalSpy {
        }
    }
}
