import QtQuick
import QtQuick.Controls
import Ronde.Ui

// A page of the app: the header with its back button, the background, and
// the requests the shell routes (see PageDirectory).
Page {
    id: root

    property bool showBack: false

    signal backRequested
    signal finished(string message)
    signal openRequested(string name, var props, bool nested)

    Accessible.name: root.title

    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        showBack: root.showBack
        title: root.title

        onBackRequested: root.backRequested()
    }
}
