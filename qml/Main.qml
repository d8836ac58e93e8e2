import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Ronde.Ui

// The window: one pane on a phone (pages stack over home), two on a tablet
// in landscape (home on the left, the opened page on the right).
ApplicationWindow {
    id: root

    property string currentPage: "home"
    readonly property var pages: ({
            "settings": settingsPage,
            "position": positionPage,
            "capture": capturePage
        })

    // The page to open at start: home, settings, position or capture.
    property string startPage: "home"
    readonly property bool wide: width >= Theme.wideBreakpoint

    function back() {
        if (!root.wide && mainStack.depth > 1)
            mainStack.pop();
        if (!root.wide && mainStack.depth === 1)
            root.currentPage = "home";
    }

    // Opens `name` in the detail pane (tablet) or over home (phone).
    function open(name: string) {
        const page = root.pages[name];
        if (!page)
            return;
        root.currentPage = name;
        const item = root.wide ? detailStack.replace(null, page, {
                "showBack": false
            }) : mainStack.push(page, {
                "showBack": true
            });
        item.backRequested.connect(root.back);
        if (name === "capture")
            item.positionRequested.connect(() => root.open("position"));
    }

    Material.accent: Theme.primary
    Material.background: Theme.background
    Material.foreground: Theme.text
    Material.primary: Theme.primary
    Material.theme: Theme.dark ? Material.Dark : Material.Light
    color: Theme.background
    height: 915
    title: qsTr("Ronde")
    visible: true
    width: 412

    Component.onCompleted: root.open(root.startPage)
    onWideChanged: {
        const page = root.currentPage;
        mainStack.pop(null);
        detailStack.replace(null, welcomePane);
        root.currentPage = "home";
        root.open(page);
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        StackView {
            id: mainStack
            Layout.fillHeight: true
            Layout.fillWidth: !root.wide
            Layout.preferredWidth: root.wide ? Theme.sidePaneWidth : -1

            initialItem: HomePage {
                onNewContactRequested: root.open("capture")
                onPositionRequested: root.open("position")
                onSettingsRequested: root.open("settings")
            }
        }
        Rectangle {
            Layout.fillHeight: true
            color: Theme.divider
            implicitWidth: 1
            visible: root.wide
        }
        StackView {
            id: detailStack
            Layout.fillHeight: true
            Layout.fillWidth: true
            initialItem: welcomePane
            visible: root.wide
        }
    }
    Component {
        id: welcomePane
        Rectangle {
            color: Theme.background

            EmptyState {
                anchors.centerIn: parent
                explanation: qsTr("Touchez un contact à proximité pour voir son historique, ou « Nouveau contact » pour noter un échange.")
                glyph: "☰"
                title: qsTr("Aucun contact sélectionné")
                width: Math.min(parent.width - 2 * Theme.spacingL, 420)
            }
        }
    }
    Component {
        id: settingsPage
        SettingsPage {
        }
    }
    Component {
        id: positionPage
        PositionPage {
        }
    }
    Component {
        id: capturePage
        VisitCapturePage {
        }
    }
}
