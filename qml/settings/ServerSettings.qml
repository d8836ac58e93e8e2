import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde.Core
import Ronde.Ui

// The unit's server address, checked by AppSettings as it is typed (https,
// or plain http to this device only unless allowed), and the plain-HTTP switch.
ColumnLayout {
    id: root

    readonly property bool edited: urlField.text.trim() !== AppSettings.serverUrl
    readonly property string problem: edited ? AppSettings.serverUrlProblem(urlField.text, AppSettings.allowPlainHttp) : ""
    property string saveError: ""

    spacing: Theme.spacingS

    SectionHeader {
        Layout.fillWidth: true
        title: qsTr("Serveur de l'unité")
    }
    FieldLabel {
        text: qsTr("Adresse du serveur")
    }
    TextField {
        id: urlField
        Accessible.name: qsTr("Adresse du serveur")
        Layout.fillWidth: true
        font.pixelSize: Theme.fontBody
        implicitHeight: Theme.touchTarget + 8
        inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
        objectName: "serverUrlField"
        placeholderText: "https://ronde.exemple.fr"
        text: AppSettings.serverUrl

        onAccepted: save.clicked()
        onTextEdited: root.saveError = ""
    }
    ErrorBanner {
        Layout.fillWidth: true
        objectName: "serverUrlProblem"
        text: root.saveError !== "" ? root.saveError : (urlField.text.trim() === "" ? "" : root.problem)
    }
    ActionButton {
        id: save
        enabled: root.edited && root.problem === ""
        objectName: "saveServerUrl"
        text: qsTr("Enregistrer l'adresse")

        onClicked: root.saveError = AppSettings.setServerUrl(urlField.text)
    }
    // The label wraps beside the switch; a tap on either toggles it.
    Item {
        Layout.fillWidth: true
        implicitHeight: Math.max(plainHttpLabel.implicitHeight, plainHttp.implicitHeight)

        Text {
            id: plainHttpLabel
            anchors.left: parent.left
            anchors.right: plainHttp.left
            anchors.rightMargin: Theme.spacingS
            anchors.verticalCenter: parent.verticalCenter
            color: Theme.text
            font.pixelSize: Theme.fontBody
            text: qsTr("Autoriser le HTTP non chiffré vers un autre appareil")
            wrapMode: Text.Wrap

            TapHandler {
                onTapped: AppSettings.allowPlainHttp = !AppSettings.allowPlainHttp
            }
        }
        Switch {
            id: plainHttp
            Accessible.name: plainHttpLabel.text
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            checked: AppSettings.allowPlainHttp
            objectName: "allowPlainHttp"

            // Keeps following the setting after a tap (a tap replaces the binding).
            onToggled: {
                AppSettings.allowPlainHttp = checked;
                checked = Qt.binding(() => AppSettings.allowPlainHttp);
            }
        }
    }
    Text {
        Layout.fillWidth: true
        color: plainHttp.checked ? Theme.error : Theme.textSecondary
        font.pixelSize: Theme.fontSmall
        text: qsTr("À réserver aux essais : sans https, les données des contacts circulent en clair sur le réseau.")
        wrapMode: Text.Wrap
    }
}
