import QtQuick
import QtTest
import Ronde.Core
import Ronde.Ui

// The sync page and the sign-in page on the real controller, with no server:
// not signed in, the page offers to sign in; what waits is counted; a
// sign-in that meets no server says so in French; the PIN-store device stays
// usable.
Item {
    id: scene
    height: 900
    width: 412

    TestCase {
        id: testCase
        function cleanup() {
            tryCompare(SyncController, "busy", false, 20000);
        }
        function test_a_sign_in_that_meets_no_server_says_so() {
            const page = createTemporaryObject(signInPage, scene, {
                    "width": scene.width,
                    "height": scene.height
                });
            const server = findChild(page, "serverField");
            const username = findChild(page, "usernameField");
            const password = findChild(page, "passwordField");
            const submit = findChild(page, "signInButton");
            verify(submit.height >= Theme.touchTarget);
            server.text = "http://ronde.exemple.fr";
            verify(server.error.startsWith("Une connexion non chiffrée (http://)"), server.error);
            server.text = "http://127.0.0.1:9";  // the discard port: nothing listens
            compare(server.error, "");
            username.text = "gnd.tanguy";
            verify(!submit.enabled);  // no password yet
            password.text = "mot-de-passe";
            verify(submit.enabled);
            mouseClick(submit);
            tryVerify(() => SyncController.signInError !== "", 20000);
            verify(SyncController.signInError.startsWith("Le serveur ne répond pas"), SyncController.signInError);
            verify(findChild(page, "signInError").visible);
            compare(password.text, "");  // the password is not kept
            verify(!SyncController.signedIn);
        }
        function test_not_signed_in_the_sync_page_offers_to_sign_in() {
            const page = createTemporaryObject(syncPage, scene, {
                    "width": scene.width,
                    "height": scene.height
                });
            tryCompare(SyncController, "busy", false, 20000);
            verify(!SyncController.signedIn);
            compare(SyncStatus.state, SyncStatus.SignInNeeded);
            const button = findChild(page, "syncNowButton");
            compare(button.text, "Se connecter");
            verify(button.height >= Theme.touchTarget);
            verify(!findChild(page, "signOutButton").visible);
            const pending = findChild(page, "pendingText");
            if (SyncStatus.pendingCount > 0)
                compare(pending.text, SyncStatus.pendingCount + " saisie(s) en attente d'envoi");
            else
                compare(pending.text, "Toutes les saisies sont envoyées");
            const spy = createTemporaryObject(signalSpy, scene, {
                    "target": page,
                    "signalName": "openRequested"
                });
            mouseClick(button);
            compare(spy.count, 1);
            compare(spy.signalArguments[0][0], "signin");
        }

        name: "SyncPage"
        when: windowShown

        Component {
            id: signalSpy
            SignalSpy {
            }
        }
        Component {
            id: syncPage
            SyncPage {
            }
        }
        Component {
            id: signInPage
            SignInPage {
            }
        }
    }
}
