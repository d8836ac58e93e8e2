import QtQuick
import QtQuick.Controls
import QtTest
import Ronde.Core
import Ronde.Ui
import "ui_support.js" as Ui

// A contact edited from its page: the change is saved at once and shown on
// the contact page; a wrong field is refused with a French sentence under
// it; deleting asks first. The contacts are made here (not the demo's, which
// other tests use), away from the position.
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
        // A new contact in the store; its id.
        function createContact(organisation) {
            const form = createTemporaryObject(controller, scene);
            form.startNew();
            form.organisation = organisation;
            form.useCurrentPosition = false;
            verify(form.save(), form.errorText);
            return form.contactId;
        }
        // The edit page of a new contact, opened from its contact page.
        function openEditPage(shell, organisation) {
            const id = testCase.createContact(organisation);
            shell.open("contact", {
                    "contactId": id
                }, false);
            const contact = testCase.activePage(shell, "contactPage");
            compare(contact.title, organisation);
            mouseClick(Ui.named(contact, "editContactButton"));
            return testCase.activePage(shell, "contactEditPage");
        }
        function replaceText(formField, text) {
            const input = Ui.reveal(formField).field;
            mouseClick(input);
            input.selectAll();
            for (const ch of text)
                keyClick(ch);
            compare(input.text, text);
        }
        function test_a_wrong_phone_is_refused_under_its_field() {
            const shell = createTemporaryObject(appShell, scene, {
                    "width": scene.width,
                    "height": scene.height
                });
            const edit = testCase.openEditPage(shell, "Cordonnerie du Marché");
            const phone = Ui.named(edit, "phoneField");
            testCase.replaceText(phone, "12 34");
            mouseClick(Ui.named(edit, "saveContactButton"));
            compare(phone.error, "Le numéro de téléphone n'est pas un numéro français (ex. 06 12 34 56 78).");
            compare(Ui.named(edit, "organisationField").error, "");
            // Still on the edit page, nothing saved.
            verify(edit.StackView.status === StackView.Active);
            testCase.replaceText(phone, "06 12 34 56 78");
            mouseClick(Ui.named(edit, "saveContactButton"));
            testCase.activePage(shell, "contactPage");
            testCase.waitUntilSettled(shell);
        }
        function test_deleting_asks_first_then_leaves_a_tombstone() {
            const shell = createTemporaryObject(appShell, scene, {
                    "width": scene.width,
                    "height": scene.height
                });
            const edit = testCase.openEditPage(shell, "Fiche en double");
            const id = edit.contactId;
            mouseClick(Ui.reveal(Ui.named(edit, "deleteContactButton")));
            mouseClick(Ui.reveal(Ui.named(edit, "cancelDeleteButton")));
            verify(Ui.named(edit, "confirmDeleteButton") === null, "cancelled");
            mouseClick(Ui.reveal(Ui.named(edit, "deleteContactButton")));
            const pending = StoreSession.outboxSize;
            mouseClick(Ui.reveal(Ui.named(edit, "confirmDeleteButton")));
            // Back home; the contact is gone from the store, its delete queued.
            tryCompare(shell, "currentPage", "home");
            const form = createTemporaryObject(controller, scene);
            verify(!form.load(id));
            compare(StoreSession.outboxSize, pending + 1);
            testCase.waitUntilSettled(shell);
        }
        function test_editing_saves_at_once_and_the_contact_page_shows_it() {
            const shell = createTemporaryObject(appShell, scene, {
                    "width": scene.width,
                    "height": scene.height
                });
            const edit = testCase.openEditPage(shell, "Quincaillerie Moderne");
            const id = edit.contactId;
            testCase.replaceText(Ui.named(edit, "personField"), "M. Tanguy");
            testCase.replaceText(Ui.named(edit, "communeField"), "Cesson");
            const sms = Ui.reveal(Ui.named(edit, "smsAlertSwitch"));
            mouseClick(sms, sms.indicator.x + sms.indicator.width / 2, sms.height / 2);
            verify(sms.checked, "SMS alerts switched on");
            mouseClick(Ui.named(edit, "saveContactButton"));
            const contact = testCase.activePage(shell, "contactPage");
            tryVerify(() => Ui.find(contact, it => it.text !== undefined && String(it.text).indexOf("M. Tanguy") >= 0 && it.visible) !== null, 5000, "the page shows the new person");
            const form = createTemporaryObject(controller, scene);
            verify(form.load(id));
            compare(form.personName, "M. Tanguy");
            compare(form.commune, "Cesson");
            verify(form.smsAlertOptIn);
            testCase.waitUntilSettled(shell);
        }
        function waitUntilSettled(shell) {
            tryVerify(() => Ui.settled(shell), 5000, "no transition running");
        }

        name: "ContactEdit"
        when: windowShown
    }
    Component {
        id: appShell
        AppShell {
        }
    }
    Component {
        id: controller
        ContactEditController {
        }
    }
}
