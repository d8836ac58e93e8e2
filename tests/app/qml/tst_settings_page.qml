import QtQuick
import QtTest
import Ronde.Core
import Ronde.Ui

// The settings page drives AppSettings for real: theme, language, server.
Item {
    id: scene
    height: 900
    width: 412

    TestCase {
        id: testCase
        function cleanup() {
            AppSettings.theme = AppSettings.LightTheme;
            AppSettings.language = "fr";
            AppSettings.allowPlainHttp = false;
        }
        function test_a_plain_http_address_is_explained_and_cannot_be_saved() {
            const page = createTemporaryObject(settingsPage, scene, {
                    "width": scene.width,
                    "height": scene.height
                });
            const field = findChild(page, "serverUrlField");
            const problem = findChild(page, "serverUrlProblem");
            const save = findChild(page, "saveServerUrl");
            verify(!problem.visible);
            field.forceActiveFocus();
            field.selectAll();
            keyClick(Qt.Key_Delete);
            for (const ch of "http://10.0.0.5")
                keyClick(ch);
            verify(problem.visible);
            verify(problem.text.startsWith("Une connexion non chiffrée (http://)"), problem.text);
            verify(!save.enabled);
            mouseClick(findChild(page, "allowPlainHttp"));
            verify(AppSettings.allowPlainHttp);
            verify(!problem.visible);
            verify(save.enabled);
            mouseClick(save);
            compare(AppSettings.serverUrl, "http://10.0.0.5");
            verify(!save.enabled);
        }
        function test_tapping_dark_switches_the_theme() {
            const page = createTemporaryObject(settingsPage, scene, {
                    "width": scene.width,
                    "height": scene.height
                });
            verify(!Theme.dark);
            const dark = findChild(page, "choice_" + AppSettings.DarkTheme);
            verify(dark);
            mouseClick(dark);
            compare(AppSettings.theme, AppSettings.DarkTheme);
            verify(Theme.dark);
            verify(dark.checked);
            mouseClick(findChild(page, "choice_" + AppSettings.LightTheme));
            verify(!Theme.dark);
        }
        function test_tapping_english_switches_the_language() {
            const page = createTemporaryObject(settingsPage, scene, {
                    "width": scene.width,
                    "height": scene.height
                });
            mouseClick(findChild(page, "choice_en"));
            compare(AppSettings.language, "en");
        }

        name: "SettingsPage"
        when: windowShown

        Component {
            id: settingsPage
            SettingsPage {
            }
        }
    }
}
