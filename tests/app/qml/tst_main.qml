import QtQuick
import QtTest
import Ronde.Ui

// The window: one pane on a phone, two on a tablet; pages open where they should.
TestCase {
    id: testCase
    function test_phone_stacks_pages_over_home() {
        const window = createTemporaryObject(mainWindow, testCase, {
                "width": 412,
                "height": 915
            });
        verify(!window.wide);
        window.open("settings");
        compare(window.currentPage, "settings");
        const header = findChild(window.contentItem, "backButton");
        verify(header);
        window.back();
        compare(window.currentPage, "home");
    }
    function test_tablet_shows_two_panes() {
        const window = createTemporaryObject(mainWindow, testCase, {
                "width": 1280,
                "height": 800
            });
        verify(window.wide);
        window.open("position");
        compare(window.currentPage, "position");
        window.width = 412;
        verify(!window.wide);
        compare(window.currentPage, "position");
    }

    name: "Main"

    Component {
        id: mainWindow
        Main {
            visible: false
        }
    }
}
