import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde.Core
import Ronde.Ui

// Locking after inactivity, the PIN and the name this device shows to
// supervisors.
ColumnLayout {
    id: root
    signal pinChangeRequested

    spacing: Theme.spacingS

    SectionHeader {
        Layout.fillWidth: true
        title: qsTr("Sécurité et appareil")
    }
    FieldLabel {
        text: qsTr("Verrouiller après une inactivité de")
    }
    ChoiceRow {
        Layout.fillWidth: true
        currentValue: AppSettings.lockDelayMinutes
        name: qsTr("Délai de verrouillage")
        options: [{
                "value": 1,
                "label": qsTr("%1 min").arg(1)
            }, {
                "value": 2,
                "label": qsTr("%1 min").arg(2)
            }, {
                "value": 5,
                "label": qsTr("%1 min").arg(5)
            }, {
                "value": 10,
                "label": qsTr("%1 min").arg(10)
            }, {
                "value": 15,
                "label": qsTr("%1 min").arg(15)
            }, {
                "value": 30,
                "label": qsTr("%1 min").arg(30)
            }]

        onChosen: value => AppSettings.lockDelayMinutes = value
    }
    FieldLabel {
        Layout.topMargin: Theme.spacingS
        text: qsTr("Code PIN")
    }
    ActionButton {
        Layout.fillWidth: true
        objectName: "pinChangeButton"
        text: qsTr("Changer le code PIN")

        onClicked: root.pinChangeRequested()
    }
    FieldLabel {
        Layout.topMargin: Theme.spacingS
        text: qsTr("Nom de l'appareil")
    }
    TextField {
        Accessible.name: qsTr("Nom de l'appareil")
        Layout.fillWidth: true
        font.pixelSize: Theme.fontBody
        implicitHeight: Theme.touchTarget + 8
        maximumLength: AppSettings.maxDeviceNameLength
        placeholderText: qsTr("Par exemple : Tablette 2 BTA Cesson")
        text: AppSettings.deviceName

        onEditingFinished: AppSettings.deviceName = text
    }
}
