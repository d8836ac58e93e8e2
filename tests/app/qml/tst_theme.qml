import QtQuick
import QtTest
import Ronde.Core
import Ronde.Ui

// The theme follows the setting, and both palettes stay readable.
TestCase {
    id: testCase
    function cleanup() {
        AppSettings.theme = AppSettings.LightTheme;
    }
    // WCAG contrast ratio of two colours.
    function contrast(a, b) {
        const la = testCase.luminance(a);
        const lb = testCase.luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }
    function luminance(c) {
        const lin = v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
    }
    function test_palettes_are_readable(data) {
        AppSettings.theme = data.theme;
        verify(testCase.contrast(Theme.text, Theme.background) >= 7, "body text");
        verify(testCase.contrast(Theme.text, Theme.surface) >= 7, "text on cards");
        verify(testCase.contrast(Theme.textSecondary, Theme.background) >= 4.5, "secondary text");
        verify(testCase.contrast(Theme.textOnPrimary, Theme.primary) >= 7, "primary button");
        verify(testCase.contrast(Theme.primary, Theme.background) >= 4.5, "outlined buttons");
        verify(testCase.contrast(Theme.textOnErrorContainer, Theme.errorContainer) >= 7, "errors");
    }
    function test_palettes_are_readable_data() {
        return [{
                "tag": "light",
                "theme": AppSettings.LightTheme
            }, {
                "tag": "dark",
                "theme": AppSettings.DarkTheme
            }];
    }
    function test_switching_the_setting_switches_the_palette() {
        AppSettings.theme = AppSettings.LightTheme;
        verify(!Theme.dark);
        const lightBackground = String(Theme.background);
        AppSettings.theme = AppSettings.DarkTheme;
        verify(Theme.dark);
        verify(String(Theme.background) !== lightBackground);
        verify(testCase.luminance(Theme.background) < 0.05);
        AppSettings.theme = AppSettings.LightTheme;
        verify(!Theme.dark);
        compare(String(Theme.background), lightBackground);
    }
    function test_touch_targets_are_at_least_48_dp() {
        verify(Theme.touchTarget >= 48);
        verify(Theme.bigTouchTarget >= Theme.touchTarget);
    }

    name: "Theme"
}
