import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde.Core
import Ronde.Ui

// The app under the window: home and the pages it opens, one pane on a phone
// (pages stack over home), two on a tablet in landscape (home on the left,
// the opened page on the right). Pages are listed in PageDirectory.
Item {
    id: root

    property string currentPage: "home"
    // The supervisor's screens take the whole window on a tablet or desktop:
    // the patrol's home beside them is of no use at a desk.
    readonly property bool fullWidth: root.wide && (root.currentPage === "dashboard" || root.currentPage.startsWith("supervisor"))
    property string nearestPage: "capture"
    property bool nearestPending: false
    // Two panes (the window sets it from its own width).
    property bool wide: width >= Theme.wideBreakpoint

    // Closes the top page.
    function back() {
        if (root.wide && detailStack.depth > 1)
            detailStack.pop();
        else if (root.fullWidth)
            root.done("");
        else if (!root.wide && mainStack.depth > 1)
            mainStack.pop();
        if (!root.wide && mainStack.depth === 1)
            root.currentPage = "home";
    }

    // Back to home (after a save), with a confirmation.
    function done(message: string) {
        if (root.wide)
            detailStack.replace(null, directory.welcome);
        else
            mainStack.pop(null);
        root.currentPage = "home";
        toast.show(message);
    }

    // Opens page `name` (see PageDirectory) with `props`: in the detail pane
    // (tablet) or over home (phone). `nested` pages stack over the current
    // page on a tablet too (a contact opened from the registry).
    function open(name: string, props: var, nested: bool): Item {
        const page = directory.page(name);
        if (!page)
            return null;
        root.currentPage = name;
        const args = Object.assign({}, props || {});
        if (name.startsWith("patrol"))
            args.controller = patrol;
        let item;
        if (root.wide) {
            args.showBack = nested === true || root.fullWidth;
            item = nested === true ? detailStack.push(page, args) : detailStack.replace(null, page, args);
        } else {
            args.showBack = true;
            item = mainStack.push(page, args);
        }
        directory.connect(item);
        return item;
    }

    // Opens the capture page (or `page`) with the nearest contact once it is
    // known (screenshots of a repeat visit, of a contact's edit page).
    function openNearest(page: string) {
        root.nearestPage = page || "capture";
        root.nearestPending = true;
        root.openNearestWhenKnown();
    }
    function openNearestWhenKnown() {
        if (!root.nearestPending || homeNearby.count === 0)
            return;
        root.nearestPending = false;
        root.open(root.nearestPage, {
                "contactId": homeNearby.get(0)["contactId"]
            }, false);
    }

    onWideChanged: {
        const page = root.currentPage;
        mainStack.pop(null);
        detailStack.replace(null, directory.welcome);
        root.currentPage = "home";
        if (page !== "home")
            root.open(page, {}, false);
    }

    PageDirectory {
        id: directory
        shell: root
    }
    PatrolController {
        id: patrol
    }
    NearbyContactsModel {
        id: homeNearby
        hasOrigin: PositionProvider.hasPosition
        latitude: PositionProvider.latitude
        longitude: PositionProvider.longitude
        pageSize: 8

        onCountChanged: root.openNearestWhenKnown()
    }
    RowLayout {
        anchors.fill: parent
        spacing: 0

        StackView {
            id: mainStack
            Layout.fillHeight: true
            Layout.fillWidth: !root.wide
            Layout.preferredWidth: root.wide ? Theme.sidePaneWidth : -1
            visible: !root.fullWidth

            initialItem: HomePage {
                nearbyModel: homeNearby
                patrolActive: patrol.active
                patrolDetail: patrol.detail
                patrolTitle: patrol.title

                // The unit's open follow-ups, nearest first.
                followUpModel: FollowUpsModel {
                    hasOrigin: PositionProvider.hasPosition
                    latitude: PositionProvider.latitude
                    longitude: PositionProvider.longitude
                    pageSize: 5
                    pagingEnabled: false
                    scope: FollowUpsModel.Near
                }

                onContactChosen: id => root.open("capture", {
                            "contactId": id
                        }, false)
                onFollowUpChosen: () => root.open("followups", {}, false)
                onNewContactRequested: root.open("capture", {}, false)
                onPatrolEndRequested: root.open("patrolEnd", {}, false)
                onPatrolStartRequested: root.open("patrolStart", {}, false)
                onPositionRequested: root.open("position", {}, false)
                onSectionRequested: name => root.open(name, {}, false)
                onSettingsRequested: root.open("settings", {}, false)
                onSyncRequested: root.open("sync", {}, false)
            }
        }
        Rectangle {
            Layout.fillHeight: true
            color: Theme.divider
            implicitWidth: 1
            visible: root.wide && !root.fullWidth
        }
        StackView {
            id: detailStack
            Layout.fillHeight: true
            Layout.fillWidth: true
            initialItem: directory.welcome
            visible: root.wide
        }
    }
    Toast {
        id: toast
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 96
        anchors.horizontalCenter: parent.horizontalCenter
    }
}
