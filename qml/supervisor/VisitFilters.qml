import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde.Core
import Ronde.Ui

// The filters of the visit list (the API's): commune, category, topic,
// action, gendarme, follow-up and free text. Changes `filter`.
GridLayout {
    id: root

    required property SupervisorVisitFilter filter

    columnSpacing: Theme.spacingS
    columns: width >= 720 ? 3 : (width >= 440 ? 2 : 1)
    rowSpacing: Theme.spacingS

    OptionPicker {
        Layout.fillWidth: true
        label: qsTr("Commune")
        objectName: "communeFilter"
        options: SupervisorClient.communeOptions
        value: root.filter.commune

        onPicked: value => root.filter.commune = value
    }
    OptionPicker {
        Layout.fillWidth: true
        label: qsTr("Catégorie de contact")
        objectName: "categoryFilter"
        options: root.filter.categoryOptions
        value: root.filter.category

        onPicked: value => root.filter.category = value
    }
    OptionPicker {
        Layout.fillWidth: true
        label: qsTr("Sujet")
        objectName: "topicFilter"
        options: root.filter.topicOptions
        value: root.filter.topic

        onPicked: value => root.filter.topic = value
    }
    OptionPicker {
        Layout.fillWidth: true
        label: qsTr("Action menée")
        objectName: "actionFilter"
        options: root.filter.actionOptions
        value: root.filter.action

        onPicked: value => root.filter.action = value
    }
    OptionPicker {
        Layout.fillWidth: true
        label: qsTr("Gendarme")
        objectName: "authorFilter"
        options: SupervisorClient.authorOptions
        value: root.filter.author

        onPicked: value => root.filter.author = value
    }
    OptionPicker {
        Layout.fillWidth: true
        label: qsTr("Suivi")
        objectName: "followUpFilter"
        options: root.filter.followUpOptions
        value: root.filter.followUp

        onPicked: value => root.filter.followUp = value
    }
    TextField {
        Accessible.name: qsTr("Rechercher dans les notes, lieux et suivis")
        Layout.columnSpan: root.columns
        Layout.fillWidth: true
        font.pixelSize: Theme.fontBody
        implicitHeight: Theme.touchTarget
        objectName: "textFilter"
        placeholderText: qsTr("Rechercher dans les notes, lieux et suivis")
        text: root.filter.text

        // Applied when typing pauses, not at every key.
        onTextEdited: typing.restart()

        Timer {
            id: typing
            interval: 400

            onTriggered: root.filter.text = parent.text
        }
    }
}
