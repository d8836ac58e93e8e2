import QtQuick
import QtTest
import Ronde.Core
import Ronde.Ui

// The house components: touch targets, accessible names, states and signals.
Item {
    id: scene
    height: 600
    width: 400

    TestCase {
        id: testCase
        function test_accuracy_indicator_says_where_the_position_comes_from() {
            const gps = createTemporaryObject(accuracy, scene, {
                    "origin": PositionProvider.Gps,
                    "quality": PositionProvider.Good,
                    "accuracyText": "± 6 m",
                    "statusText": "Position GPS à ± 6 m"
                });
            compare(gps.label, "GPS ± 6 m");
            compare(gps.dotColor, Theme.good);
            compare(gps.Accessible.name, "Position : Position GPS à ± 6 m");
            const manual = createTemporaryObject(accuracy, scene, {
                    "origin": PositionProvider.Manual,
                    "quality": PositionProvider.Good,
                    "accuracyText": "",
                    "statusText": "Position saisie à la main"
                });
            compare(manual.label, "Position manuelle");
            const stale = createTemporaryObject(accuracy, scene, {
                    "origin": PositionProvider.Gps,
                    "quality": PositionProvider.Stale,
                    "accuracyText": "± 6 m",
                    "statusText": ""
                });
            compare(stale.dotColor, Theme.poor);
            verify(stale.height >= Theme.touchTarget);
        }
        function test_buttons_are_big_enough_and_named(data) {
            const button = createTemporaryObject(data.component, scene);
            verify(button.height >= data.min, "height " + button.height);
            verify(button.width >= Theme.touchTarget, "width " + button.width);
            compare(button.Accessible.name, "Nouveau contact");
            const spy = createTemporaryObject(signalSpy, scene, {
                    "target": button,
                    "signalName": "clicked"
                });
            mouseClick(button);
            compare(spy.count, 1);
        }
        function test_buttons_are_big_enough_and_named_data() {
            return [{
                    "tag": "primary",
                    "component": primaryButton,
                    "min": Theme.bigTouchTarget
                }, {
                    "tag": "action",
                    "component": actionButton,
                    "min": Theme.touchTarget
                }, {
                    "tag": "icon",
                    "component": iconButton,
                    "min": Theme.touchTarget
                }, {
                    "tag": "chip",
                    "component": chip,
                    "min": Theme.touchTarget
                }];
        }
        function test_chip_toggles_without_moving() {
            const c = createTemporaryObject(chip, scene);
            const width = c.width;
            verify(!c.checked);
            mouseClick(c);
            verify(c.checked);
            compare(c.Accessible.checked, true);
            compare(c.width, width);
            mouseClick(c);
            verify(!c.checked);
        }
        function test_choice_row_reports_the_chosen_value() {
            const row = createTemporaryObject(choiceRow, scene, {
                    "width": 400
                });
            const spy = createTemporaryObject(signalSpy, scene, {
                    "target": row,
                    "signalName": "chosen"
                });
            const second = findChild(row, "choice_b");
            verify(second);
            verify(!second.checked);
            mouseClick(second);
            compare(spy.count, 1);
            compare(spy.signalArguments[0][0], "b");
            row.currentValue = "b";
            verify(second.checked);
        }
        function test_empty_state_action_and_error_banner() {
            const empty = createTemporaryObject(emptyState, scene, {
                    "width": 300
                });
            const spy = createTemporaryObject(signalSpy, scene, {
                    "target": empty,
                    "signalName": "actionTriggered"
                });
            const button = findChild(empty, "emptyStateAction");
            verify(button.visible);
            mouseClick(button);
            compare(spy.count, 1);
            const banner = createTemporaryObject(errorBanner, scene, {
                    "text": ""
                });
            verify(!banner.visible);
            banner.text = "Pas de réseau : les contacts restent sur la tablette.";
            verify(banner.visible);
            compare(banner.Accessible.description, banner.text);
        }
        function test_list_row_reads_as_one_sentence() {
            const row = createTemporaryObject(listRow, scene, {
                    "width": 380
                });
            compare(row.Accessible.name, "Boulangerie Le Fournil, Galerie nord, 40 m");
            verify(row.height >= Theme.bigTouchTarget);
        }
        function test_page_header_back_button() {
            const header = createTemporaryObject(pageHeader, scene, {
                    "width": 400,
                    "showBack": true
                });
            const spy = createTemporaryObject(signalSpy, scene, {
                    "target": header,
                    "signalName": "backRequested"
                });
            const back = findChild(header, "backButton");
            compare(back.Accessible.name, "Retour");
            mouseClick(back);
            compare(spy.count, 1);
        }
        function test_sync_badge_states(data) {
            const badge = createTemporaryObject(syncBadge, scene, {
                    "syncState": data.state,
                    "pendingCount": data.pending,
                    "everSynced": data.ever,
                    "lastSyncText": "Synchronisé à 09:30"
                });
            compare(badge.label, data.label);
            compare(badge.Accessible.name, "Synchronisation : " + data.label + ". Synchronisé à 09:30");
            verify(badge.height >= Theme.touchTarget);
        }
        function test_sync_badge_states_data() {
            return [{
                    "tag": "never synced",
                    "state": SyncStatus.Idle,
                    "pending": 0,
                    "ever": false,
                    "label": "Jamais synchronisé"
                }, {
                    "tag": "up to date",
                    "state": SyncStatus.Idle,
                    "pending": 0,
                    "ever": true,
                    "label": "À jour"
                }, {
                    "tag": "waiting",
                    "state": SyncStatus.Idle,
                    "pending": 3,
                    "ever": true,
                    "label": "3 en attente"
                }, {
                    "tag": "offline",
                    "state": SyncStatus.Offline,
                    "pending": 8,
                    "ever": true,
                    "label": "Hors ligne · 8 en attente"
                }, {
                    "tag": "syncing",
                    "state": SyncStatus.Syncing,
                    "pending": 8,
                    "ever": true,
                    "label": "Synchronisation…"
                }, {
                    "tag": "failed",
                    "state": SyncStatus.Failed,
                    "pending": 1,
                    "ever": true,
                    "label": "Échec de synchro"
                }, {
                    "tag": "sign-in needed",
                    "state": SyncStatus.SignInNeeded,
                    "pending": 2,
                    "ever": true,
                    "label": "Connexion requise"
                }];
        }

        name: "Components"
        when: windowShown

        Component {
            id: signalSpy
            SignalSpy {
            }
        }
        Component {
            id: accuracy
            AccuracyIndicator {
            }
        }
        Component {
            id: primaryButton
            PrimaryButton {
                text: "Nouveau contact"
            }
        }
        Component {
            id: actionButton
            ActionButton {
                text: "Nouveau contact"
            }
        }
        Component {
            id: iconButton
            IconButton {
                glyph: "+"
                text: "Nouveau contact"
            }
        }
        Component {
            id: chip
            Chip {
                text: "Nouveau contact"
            }
        }
        Component {
            id: choiceRow
            ChoiceRow {
                currentValue: "a"
                name: "Choix"
                options: [{
                        "value": "a",
                        "label": "Premier"
                    }, {
                        "value": "b",
                        "label": "Second"
                    }]
            }
        }
        Component {
            id: emptyState
            EmptyState {
                actionText: "Commencer une patrouille"
                title: "Aucune patrouille"
            }
        }
        Component {
            id: errorBanner
            ErrorBanner {
            }
        }
        Component {
            id: listRow
            ListRow {
                detail: "Galerie nord"
                text: "Boulangerie Le Fournil"
                trailing: "40 m"
            }
        }
        Component {
            id: pageHeader
            PageHeader {
                title: "Réglages"
            }
        }
        Component {
            id: syncBadge
            SyncBadge {
            }
        }
    }
}
