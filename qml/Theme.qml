pragma Singleton
import QtQuick
import Ronde.Core

// Colours and metrics of the app. Light: high contrast for sunlight; dark:
// low glare for night patrols. Follows AppSettings.darkTheme.
QtObject {

    // Colours (text on background ≥ 7:1 in both palettes).
    readonly property color background: dark ? "#0d1117" : "#ffffff"
    readonly property int bigTouchTarget: 64
    readonly property color border: dark ? "#3d4756" : "#7d8796"
    readonly property bool dark: AppSettings.darkTheme
    readonly property color divider: dark ? "#2a323e" : "#c9ced6"
    readonly property color error: dark ? "#ff8f86" : "#b3261e"
    readonly property color errorContainer: dark ? "#3d1714" : "#fde8e5"
    readonly property color fair: dark ? "#f3c15f" : "#8a5300"
    readonly property color focus: dark ? "#ffd54a" : "#005fcc"
    readonly property int fontBody: 16
    readonly property int fontHeadline: 26
    readonly property int fontLarge: 18
    readonly property int fontSmall: 14
    readonly property int fontTitle: 22
    readonly property color good: dark ? "#7fdc95" : "#146c2e"
    readonly property int maxContentWidth: 720
    readonly property color neutral: dark ? "#8a95a5" : "#5c6673"
    readonly property color poor: dark ? "#ff8f86" : "#b3261e"
    readonly property color primary: dark ? "#9cc2ff" : "#0a3a8c"
    readonly property color primaryContainer: dark ? "#1c3358" : "#dbe6fb"
    readonly property color primaryPressed: dark ? "#7eaaf5" : "#062a68"
    readonly property int radius: 12
    readonly property int radiusSmall: 8
    readonly property int sidePaneWidth: 440
    readonly property int spacing: 16
    readonly property int spacingL: 24
    readonly property int spacingS: 8
    readonly property int spacingXs: 4
    readonly property color surface: dark ? "#171d26" : "#eef1f5"
    readonly property color surfaceRaised: dark ? "#212936" : "#ffffff"
    readonly property color text: dark ? "#edf0f4" : "#0a0e14"
    readonly property color textOnErrorContainer: dark ? "#ffdad5" : "#5c0f0a"
    readonly property color textOnPrimary: dark ? "#071a36" : "#ffffff"
    readonly property color textOnPrimaryContainer: dark ? "#dbe6fb" : "#062a68"
    readonly property color textSecondary: dark ? "#aeb8c6" : "#39424f"

    // Metrics, in device-independent pixels.
    readonly property int touchTarget: 48

    // Layout: two panes from this window width up (tablets in landscape).
    readonly property int wideBreakpoint: 840
}
