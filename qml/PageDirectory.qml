import QtQuick
import Ronde.Ui

// The pages the shell opens by name, and the routing of their requests:
// every page may emit backRequested(), openRequested(name, props, nested)
// and finished(message) (saved: back to home with a confirmation).
QtObject {
    id: root

    readonly property Component capture: Component {
        VisitCapturePage {
        }
    }
    readonly property Component contact: Component {
        ContactPage {
        }
    }
    readonly property Component contactEdit: Component {
        ContactEditPage {
        }
    }
    // The supervisor's screens (shown to supervisors only, see HomePage).
    readonly property Component dashboard: Component {
        DashboardPage {
        }
    }
    readonly property Component followUps: Component {
        FollowUpsPage {
        }
    }
    readonly property var pages: ({
            "capture": root.capture,
            "contact": root.contact,
            "contactEdit": root.contactEdit,
            "dashboard": root.dashboard,
            "followups": root.followUps,
            "patrolEnd": root.patrolEnd,
            "patrolStart": root.patrolStart,
            "pinChange": root.pinChange,
            "position": root.position,
            "registry": root.registry,
            "settings": root.settings,
            "signin": root.signIn,
            "supervisorConflicts": root.supervisorConflicts,
            "supervisorContacts": root.supervisorContacts,
            "supervisorFollowUps": root.supervisorFollowUps,
            "supervisorTeam": root.supervisorTeam,
            "supervisorVisits": root.supervisorVisits,
            "sync": root.sync,
            "visits": root.visits
        })
    readonly property Component patrolEnd: Component {
        PatrolSummaryPage {
        }
    }
    readonly property Component patrolStart: Component {
        PatrolStartPage {
        }
    }
    readonly property Component pinChange: Component {
        PinChangePage {
        }
    }
    readonly property Component position: Component {
        PositionPage {
        }
    }
    readonly property Component registry: Component {
        ContactPickerPage {
        }
    }
    readonly property Component settings: Component {
        SettingsPage {
        }
    }
    required property var shell
    readonly property Component signIn: Component {
        SignInPage {
        }
    }
    readonly property Component supervisorConflicts: Component {
        ConflictsPage {
        }
    }
    readonly property Component supervisorContacts: Component {
        ContactsToMaintainPage {
        }
    }
    readonly property Component supervisorFollowUps: Component {
        FollowUpBoardPage {
        }
    }
    readonly property Component supervisorTeam: Component {
        TeamPage {
        }
    }
    readonly property Component supervisorVisits: Component {
        VisitsPage {
        }
    }
    readonly property Component sync: Component {
        SyncPage {
        }
    }
    readonly property Component visits: Component {
        TodaysVisitsPage {
        }
    }
    readonly property Component welcome: Component {
        WelcomePane {
        }
    }

    // Routes the requests of a page the shell just opened.
    function connect(item: var) {
        if (!item)
            return;
        item.backRequested.connect(root.shell.back);
        if (item.openRequested)
            item.openRequested.connect(root.shell.open);
        if (item.finished)
            item.finished.connect(root.shell.done);
    }
    function page(name: string): Component {
        return root.pages[name] ?? null;
    }
}
