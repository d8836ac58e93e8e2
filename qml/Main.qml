import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Ronde.Core
import Ronde.Ui

// The window: the app (AppShell) once the local store is unlocked and the
// device enrolled, the PIN page while it is locked (first run: the PIN is
// chosen), then the sign-in page until the device is enrolled. The shell is
// hidden, not just covered, while locked.
ApplicationWindow {
    id: root

    readonly property alias currentPage: shell.currentPage

    // The page to open at start: home, or a name of PageDirectory ("repeat":
    // the capture page with the nearest contact, for screenshots).
    property string startPage: "home"
    readonly property bool wide: width >= Theme.wideBreakpoint

    function back() {
        shell.back();
    }
    function open(name: string) {
        shell.open(name, {}, false);
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

    Component.onCompleted: {
        if (root.startPage === "repeat")
            shell.openNearest("capture");
        else if (root.startPage === "contactEdit")
            shell.openNearest("contactEdit");
        else if (root.startPage === "patrol")
            shell.open("patrolEnd", {}, false);
        else if (root.startPage === "followups")
            shell.open("followups", {}, false);
        else if (root.startPage !== "home" && root.startPage !== "pin")
            root.open(root.startPage);
        if (root.startPage === "pin")
            StoreSession.lock();
    }

    AppShell {
        id: shell
        anchors.fill: parent
        visible: !StoreSession.locked && StoreSession.enrolled
        wide: root.wide
    }
    SignInPage {
        anchors.fill: parent
        visible: !StoreSession.locked && !StoreSession.enrolled
    }
    PinPage {
        anchors.fill: parent
        visible: StoreSession.locked
    }
    // Why the PIN is asked again after a revocation.
    ErrorBanner {
        anchors.left: parent.left
        anchors.margins: Theme.spacing
        anchors.right: parent.right
        anchors.top: parent.top
        objectName: "lockNotice"
        text: StoreSession.locked ? SyncController.noticeText : ""
    }
}
