import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde.Core
import Ronde.Ui

// Where the contact is: address, commune and the position that sorts the
// nearby list (kept, or replaced by the device's current one).
ColumnLayout {
    id: root

    required property ContactEditController form

    spacing: Theme.spacingS

    SectionHeader {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingS
        title: qsTr("Où")
    }
    FormField {
        Layout.fillWidth: true
        error: root.form.fieldErrors["address"] ?? ""
        label: qsTr("Adresse")
        objectName: "addressField"
        text: root.form.address

        onEdited: text => root.form.address = text
    }
    FormField {
        Layout.fillWidth: true
        error: root.form.fieldErrors["commune"] ?? ""
        label: qsTr("Commune")
        objectName: "communeField"
        text: root.form.commune

        onEdited: text => root.form.commune = text
    }
    FieldLabel {
        Layout.topMargin: Theme.spacingS
        text: qsTr("Position sur la carte")
    }
    Text {
        Layout.fillWidth: true
        color: Theme.text
        font.pixelSize: Theme.fontBody
        objectName: "storedPosition"
        text: root.form.positionText !== "" ? root.form.positionText : qsTr("Aucune position enregistrée")
        wrapMode: Text.Wrap
    }
    Switch {
        Accessible.name: text
        Layout.fillWidth: true
        checked: root.form.useCurrentPosition
        enabled: PositionProvider.hasPosition
        font.pixelSize: Theme.fontBody
        implicitHeight: Theme.touchTarget
        objectName: "useCurrentPositionSwitch"
        text: qsTr("Utiliser ma position actuelle")

        onToggled: root.form.useCurrentPosition = checked
    }
    Text {
        Layout.fillWidth: true
        color: root.form.fieldErrors["position"] ? Theme.error : Theme.textSecondary
        font.pixelSize: Theme.fontSmall
        text: root.form.fieldErrors["position"] ?? (PositionProvider.hasPosition ? qsTr("Position actuelle : %1").arg(PositionProvider.accuracyText) : PositionProvider.statusText)
        wrapMode: Text.Wrap
    }
}
