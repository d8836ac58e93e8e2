import QtQuick
import Ronde.Ui

// The detail pane of a tablet before a page is opened.
Rectangle {
    color: Theme.background

    EmptyState {
        anchors.centerIn: parent
        explanation: qsTr("Touchez un contact à proximité pour noter un échange, ou « Nouveau contact ».")
        glyph: "☰"
        title: qsTr("Aucun contact sélectionné")
        width: Math.min(parent.width - 2 * Theme.spacingL, 420)
    }
}
