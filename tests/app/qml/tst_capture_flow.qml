import QtQuick
import QtQuick.Controls
import QtTest
import Ronde.Core
import Ronde.Ui
import "ui_support.js" as Ui

// Logging a conversation with a contact created on the spot, through the
// real shell and store: the refusals are French sentences on their field,
// then the contact and the visit are saved together, offline.
Item {
    id: scene
    height: 915
    width: 412

    TestCase {
        id: testCase
        function openCapture(shell) {
            mouseClick(Ui.named(shell, "newContactButton"));
            let page = null;
            tryVerify(() => (page = Ui.named(shell, "capturePage")) !== null && page.StackView.status === StackView.Active && Ui.settled(shell), 5000);
            return page;
        }
        function test_a_new_contact_and_its_visit_are_saved_together() {
            const shell = createTemporaryObject(appShell, scene, {
                    "width": scene.width,
                    "height": scene.height
                });
            const page = testCase.openCapture(shell);
            const outbox = StoreSession.outboxSize;
            mouseClick(Ui.reveal(Ui.named(page, "createContactButton")));
            verify(Ui.named(page, "newContactForm"));
            wait(20);

            // Nothing typed: the name is missing, said in French, nothing saved.
            mouseClick(Ui.reveal(Ui.named(page, "saveVisitButton")));
            verify(Ui.find(page, it => it.text === "Indiquez au moins l'organisme ou le nom de la personne." && it.visible));
            compare(StoreSession.outboxSize, outbox);
            mouseClick(Ui.reveal(Ui.named(page, "choice_shopkeeper")));
            testCase.typeInto(Ui.named(page, "organisationField").field, "Fleuriste Les Iris");
            testCase.typeInto(Ui.named(page, "phoneField").field, "12");
            mouseClick(Ui.reveal(Ui.named(page, "chip_road_safety")));
            mouseClick(Ui.reveal(Ui.named(page, "chip_sms_alert")));
            mouseClick(Ui.reveal(Ui.named(page, "choice_tense")));
            wait(20);
            const toggle = Ui.named(page, "followUpSwitch");
            mouseClick(Ui.reveal(toggle));
            verify(toggle.checked);

            // A wrong phone and an empty follow-up summary: both refused.
            mouseClick(Ui.reveal(Ui.named(page, "saveVisitButton")));
            verify(Ui.find(page, it => String(it.text).startsWith("Le numéro de téléphone n'est pas un numéro français") && it.visible));
            compare(StoreSession.outboxSize, outbox);
            const phone = Ui.named(page, "phoneField").field;
            mouseClick(Ui.reveal(phone));
            phone.selectAll();
            keyClick(Qt.Key_Backspace);
            compare(phone.text, "");
            mouseClick(Ui.reveal(Ui.named(page, "saveVisitButton")));
            verify(Ui.find(page, it => it.text === "Décrivez en une phrase le suivi à faire." && it.visible));
            compare(StoreSession.outboxSize, outbox);
            testCase.typeInto(Ui.named(page, "followUpSummaryField").field, "Rappeler pour la video");
            mouseClick(Ui.reveal(Ui.named(page, "choice_7")));
            mouseClick(Ui.reveal(Ui.named(page, "saveVisitButton")));
            tryCompare(shell, "currentPage", "home");
            compare(StoreSession.outboxSize, outbox + 2);  // the contact and the visit
            const found = createTemporaryObject(searchModel, scene, {
                    "query": "iris"
                });
            tryCompare(found, "count", 1);
            compare(found.get(0).subtitle, "Commerçant");
            const history = createTemporaryObject(historyModel, scene, {
                    "contactId": found.get(0).contactId
                });
            tryCompare(history, "count", 1);
            compare(history.get(0).topicsText, "Sécurité routière · Inscription à l’alerte SMS");
            compare(history.get(0).climate, "tense");
            compare(history.get(0).followUpText, "Suivi ouvert : Rappeler pour la video");
            tryVerify(() => Ui.settled(shell), 5000);  // see tst_patrol_flow
        }
        function test_a_visit_needs_a_contact_or_an_anonymous_resident() {
            const shell = createTemporaryObject(appShell, scene, {
                    "width": scene.width,
                    "height": scene.height
                });
            const page = testCase.openCapture(shell);
            const outbox = StoreSession.outboxSize;
            mouseClick(Ui.reveal(Ui.named(page, "saveVisitButton")));
            verify(Ui.find(page, it => it.text === "Choisissez un contact, créez-en un, ou choisissez « Habitant anonyme »." && it.visible));
            compare(StoreSession.outboxSize, outbox);
        }
        function typeInto(field, text) {
            wait(20);  // a frame: layouts and positioners settle at polish time
            mouseClick(Ui.reveal(field));
            verify(field.activeFocus, "the tapped field has the focus: " + field.Accessible.name);
            for (const ch of text)
                keyClick(ch);
        }

        name: "CaptureFlow"
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
    Component {
        id: searchModel
        RegistrySearchModel {
        }
    }
}
