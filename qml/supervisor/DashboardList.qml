import QtQuick
import QtQuick.Layouts
import Ronde.Ui

// A short list of the dashboard: the first rows of a supervisor model and a
// button to its screen. `rowText` and `rowDetail` turn a row (by role name)
// into its two lines.
Card {
    id: root

    property string emptyText: ""
    property int maxRows: 5
    required property var model
    required property string moreText
    required property var rowDetail
    required property var rowText
    required property string title

    signal moreRequested

    SectionHeader {
        Layout.fillWidth: true
        note: root.model.errorText !== "" ? "" : (root.model.hasMore ? root.model.count + "+" : String(root.model.count))
        title: root.title
    }
    Text {
        Layout.fillWidth: true
        color: root.model.errorText !== "" ? Theme.error : Theme.textSecondary
        font.pixelSize: Theme.fontSmall
        text: root.model.errorText !== "" ? root.model.errorText : root.emptyText
        visible: root.model.errorText !== "" || (root.model.loaded && root.model.count === 0)
        wrapMode: Text.Wrap
    }
    // qmllint disable unqualified
    Repeater {
        model: root.model

        ColumnLayout {
            id: entry

            required property int index
            required property var model

            Layout.fillWidth: true
            spacing: 0
            visible: entry.index < root.maxRows

            Text {
                Layout.fillWidth: true
                color: Theme.text
                elide: Text.ElideRight
                font.bold: true
                font.pixelSize: Theme.fontBody
                text: root.rowText(entry.model)
            }
            Text {
                Layout.fillWidth: true
                color: Theme.textSecondary
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSmall
                text: root.rowDetail(entry.model)
            }
        }
    }
    // qmllint enable unqualified
    ActionButton {
        Layout.alignment: Qt.AlignRight
        text: root.moreText

        onClicked: root.moreRequested()
    }
}
