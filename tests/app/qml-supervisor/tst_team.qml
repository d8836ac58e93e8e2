import QtQuick
import QtTest
import Ronde.Core
import Ronde.Ui
import "../qml/ui_support.js" as Ui

// Team and devices: the unit's accounts are listed; "Nouveau compte" refuses
// a mistyped confirmation next to its field, then creates the account, which
// joins the list, and is disabled after a question; the devices' view lists
// the enrolled devices.
Item {
    id: scene
    height: 800
    width: 1280

    TestCase {
        id: testCase
        function test_a_new_account_joins_the_team() {
            const page = createTemporaryObject(teamPage, scene, {
                    "width": scene.width,
                    "height": scene.height
                });
            const users = Ui.find(page, it => it.objectName === "userList");
            tryVerify(() => users !== null && users.model.loaded && !users.model.loading && users.count >= 4, 20000);
            const before = users.count;
            mouseClick(Ui.named(page, "newAccountButton"));
            // The dialog lives in the window's overlay, not under the page.
            const overlay = scene.Window.window.contentItem;
            tryVerify(() => Ui.named(overlay, "accountDialog") !== null || Ui.named(overlay, "usernameField") !== null, 5000);
            const field = name => Ui.named(overlay, name).field;
            field("displayNameField").text = "Gendarme Paul Quéméner";
            field("usernameField").text = "p.quemener";
            field("passwordField").text = "provisoire-26";
            field("confirmationField").text = "provisoire-62";
            mouseClick(Ui.named(overlay, "submitButton"));
            tryVerify(() => Ui.named(overlay, "confirmationField").error !== "", 5000, "the confirmation is refused");
            compare(Ui.named(overlay, "passwordField").error, "");
            field("confirmationField").text = "provisoire-26";
            mouseClick(Ui.named(overlay, "submitButton"));
            tryVerify(() => Ui.named(page, "teamNotice") !== null, 20000, "the account is created");
            verify(Ui.named(page, "teamNotice").text.indexOf("p.quemener") >= 0);
            tryVerify(() => users.model.loaded && !users.model.loading && users.count === before + 1, 20000);
            let found = false;
            for (let i = 0; i < users.count; ++i)
                found = found || users.model.get(i).displayName === "Gendarme Paul Quéméner";
            verify(found, "listed by name");
            // Paul leaves the unit: his account is disabled, after a question.
            // His row, found again after each reload of the list.
            const paul = () => Ui.find(users, it => it.displayName === "Gendarme Paul Quéméner" && it.userId !== undefined);
            // The list lays its rows out at its next polish, after the count.
            tryVerify(() => paul() !== null, 5000, "his row is shown");
            // The account dialog has finished closing (its dimmer takes taps).
            tryVerify(() => Ui.named(overlay, "submitButton") === null, 5000);
            // Paul forgot his password: a new one, for his account by id.
            mouseClick(Ui.reveal(Ui.named(paul(), "passwordButton")));
            tryVerify(() => Ui.named(overlay, "passwordField") !== null && Ui.named(overlay, "usernameField") === null, 5000);
            field("passwordField").text = "nouveau-secret-26";
            field("confirmationField").text = "nouveau-secret-26";
            mouseClick(Ui.named(overlay, "submitButton"));
            tryVerify(() => Ui.named(page, "teamNotice") !== null && Ui.named(page, "teamNotice").text.indexOf("Gendarme Paul Quéméner") >= 0, 20000, "the password is changed");
            tryVerify(() => Ui.named(overlay, "submitButton") === null, 5000);
            tryVerify(() => users.model.loaded && !users.model.loading && paul() !== null, 20000);
            // A typed password never outlives the dialog: reopened, it is empty.
            mouseClick(Ui.reveal(Ui.named(paul(), "passwordButton")));
            tryVerify(() => Ui.named(overlay, "passwordField") !== null, 5000);
            compare(field("passwordField").text, "");
            field("passwordField").text = "oublie-moi";
            mouseClick(Ui.named(overlay, "cancelButton"));
            tryVerify(() => Ui.named(overlay, "submitButton") === null, 5000);
            mouseClick(Ui.reveal(Ui.named(paul(), "disableButton")));
            tryVerify(() => Ui.named(overlay, "confirmButton") !== null, 5000);
            mouseClick(Ui.named(overlay, "confirmButton"));
            tryVerify(() => Ui.named(page, "teamNotice") !== null && Ui.named(page, "teamNotice").text.indexOf("désactivé") >= 0, 20000, "the account is disabled");
            tryVerify(() => {
                    const row = Ui.find(users, it => it.displayName === "Gendarme Paul Quéméner" && it.userId !== undefined);
                    return row !== null && row.disabled && Ui.named(row, "enableButton") !== null;
                }, 20000, "shown as disabled, with a way back");
            Ui.named(page, "teamView").chosen("devices");
            const devices = Ui.find(page, it => it.objectName === "deviceList");
            tryVerify(() => devices !== null && devices.visible && devices.count > 0, 20000);
            verify(!users.visible);
        }
        function test_the_form_scrolls_in_a_low_window() {
            const window = scene.Window.window;
            const tall = window.height;
            window.height = 360;  // a phone held sideways
            const page = createTemporaryObject(teamPage, scene, {
                    "width": scene.width,
                    "height": 360
                });
            const users = Ui.find(page, it => it.objectName === "userList");
            tryVerify(() => users !== null && users.model.loaded && !users.model.loading, 20000);
            mouseClick(Ui.named(page, "newAccountButton"));
            const overlay = window.contentItem;
            // The popup's own item is the scroll bar's ancestor in the overlay.
            tryVerify(() => Ui.named(overlay, "accountScrollBar") !== null, 5000);
            const scrollBar = Ui.named(overlay, "accountScrollBar");
            let box = scrollBar;
            while (box.parent !== overlay)
                box = box.parent;
            tryVerify(() => box.opacity === 1, 5000);
            verify(box.y >= 0 && box.y + box.height <= 360, "the dialog fits the window: " + box.y + " + " + box.height);
            verify(scrollBar.size < 1, "the form scrolls: " + scrollBar.size);
            // The field typed in is brought into view, down then up again.
            const scroller = scrollBar.parent;
            const shown = name => {
                const item = Ui.named(overlay, name);
                const top = item.mapToItem(scroller, 0, 0).y;
                return top >= 0 && top + item.height <= scroller.height;
            };
            verify(!shown("confirmationField"), "the last field starts out of view");
            Ui.named(overlay, "confirmationField").field.forceActiveFocus();
            tryVerify(() => shown("confirmationField"), 5000, "the focused field is shown");
            Ui.named(overlay, "displayNameField").field.forceActiveFocus();
            tryVerify(() => shown("displayNameField") && !shown("confirmationField"), 5000, "and back up");
            scrollBar.position = 1 - scrollBar.size;
            const submit = Ui.named(overlay, "submitButton");
            const bottom = submit.mapToItem(overlay, 0, submit.height).y;
            verify(bottom <= box.y + box.height, "the last button can be reached: " + bottom);
            mouseClick(Ui.named(overlay, "cancelButton"));
            window.height = tall;
        }

        name: "Team"
        when: windowShown
    }
    Component {
        id: teamPage
        TeamPage {
        }
    }
}
