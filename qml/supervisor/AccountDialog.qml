import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde.Ui

// A new account of the unit, or a new password for one (`userId` set): the
// commander types a provisional password twice and hands it over in person.
// What is wrong shows under its field; the dialog stays open until the
// server has done it.
Dialog {
    id: root

    property string accountName: ""
    readonly property bool creating: root.userId === ""
    property string role: "patrol"
    // The account whose password is reset; "" for a new account.
    property string userId: ""

    // The accounts' model (SupervisorUsersModel).
    required property var users

    signal done(string message)

    function openFor(userId: string, name: string) {
        root.userId = userId;
        root.accountName = name;
        root.role = "patrol";
        displayName.text = "";
        username.text = "";
        password.text = "";
        confirmation.text = "";
        root.users.clearErrors();
        root.open();
        (root.creating ? displayName : password).field.forceActiveFocus();
    }
    function submit() {
        const sent = root.creating ? root.users.createAccount(displayName.text, username.text, root.role, password.text, confirmation.text) : root.users.resetPassword(root.userId, password.text, confirmation.text);
        if (sent)
            waiting.enabled = true;
    }

    anchors.centerIn: Overlay.overlay
    closePolicy: root.users.acting ? Popup.NoAutoClose : Popup.CloseOnEscape
    modal: true
    objectName: "accountDialog"
    width: Math.min(520, (parent ? parent.width : 520) - 2 * Theme.spacing)

    background: Rectangle {
        color: Theme.surfaceRaised
        radius: Theme.radius
    }
    header: Item {
    }

    // No typed password and no stale error outlive the dialog.
    onClosed: {
        password.text = "";
        confirmation.text = "";
        if (!root.users.acting)
            root.users.clearErrors();
    }

    // A child rather than contentItem: the fields have ids, which a
    // deferred contentItem would not allow (qmllint). It scrolls when the
    // window is too low for the form (a phone held sideways, a keyboard).
    Flickable {
        id: scroller
        // Brings the field being typed in into view, its label and error
        // with it: focus moved by Tab, or a soft keyboard that made the
        // window lower.
        function reveal() {
            const row = scroller.rowOf(scroller.Window.activeFocusItem);
            if (!root.visible || row === null)
                return;
            const top = row.y - Theme.spacingS;
            const bottom = row.y + row.height + Theme.spacingS;
            if (top < scroller.contentY)
                scroller.contentY = Math.max(0, top);
            else if (bottom > scroller.contentY + scroller.height)
                scroller.contentY = Math.min(bottom - scroller.height, Math.max(0, scroller.contentHeight - scroller.height));
        }
        // The form's child that holds `item` (a field with its label), or null.
        function rowOf(item: Item): Item {
            for (let it = item; it !== null; it = it.parent) {
                if (it.parent === form)
                    return it;
            }
            return null;
        }

        boundsBehavior: Flickable.StopAtBounds
        clip: true
        contentHeight: form.implicitHeight
        contentWidth: width
        height: root.availableHeight
        implicitHeight: form.implicitHeight
        implicitWidth: form.implicitWidth
        width: root.availableWidth

        ScrollBar.vertical: ScrollBar {
            objectName: "accountScrollBar"
        }

        onHeightChanged: scroller.reveal()

        Connections {
            function onActiveFocusItemChanged() {
                scroller.reveal();
            }

            target: scroller.Window.window
        }
        ColumnLayout {
            id: form
            spacing: Theme.spacing
            width: scroller.width

            Text {
                Accessible.name: text
                Accessible.role: Accessible.Heading
                Layout.fillWidth: true
                color: Theme.text
                font.bold: true
                font.pixelSize: Theme.fontLarge
                text: root.creating ? qsTr("Nouveau compte") : qsTr("Nouveau mot de passe pour %1").arg(root.accountName)
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
                text: root.creating ? qsTr("Le gendarme se connecte avec cet identifiant et ce mot de passe provisoire, que vous lui remettez en main propre.") : qsTr("L'ancien mot de passe ne fonctionnera plus. Les appareils déjà connectés le restent ; révoquez-les s'ils sont perdus.")
                wrapMode: Text.Wrap
            }
            FormField {
                id: displayName
                Layout.fillWidth: true
                error: root.users.fieldErrors.displayName || ""
                label: qsTr("Grade, prénom et nom")
                objectName: "displayNameField"
                placeholderText: qsTr("Gendarme Léa Tanguy")
                visible: root.creating
            }
            FormField {
                id: username
                Layout.fillWidth: true
                error: root.users.fieldErrors.username || ""
                label: qsTr("Identifiant de connexion")
                objectName: "usernameField"
                placeholderText: qsTr("l.tanguy")
                visible: root.creating

                Component.onCompleted: {
                    username.field.inputMethodHints = Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText | Qt.ImhPreferLowercase;
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingXs
                visible: root.creating

                Text {
                    Layout.fillWidth: true
                    color: Theme.textSecondary
                    font.bold: true
                    font.pixelSize: Theme.fontSmall
                    text: qsTr("Rôle")
                }
                ChoiceRow {
                    Layout.fillWidth: true
                    currentValue: root.role
                    name: qsTr("Rôle")
                    objectName: "roleChoice"
                    options: [{
                            "value": "patrol",
                            "label": qsTr("Patrouille")
                        }, {
                            "value": "supervisor",
                            "label": qsTr("Commandement")
                        }]

                    onChosen: value => root.role = value
                }
            }
            FormField {
                id: password
                Layout.fillWidth: true
                error: root.users.fieldErrors.password || ""
                label: qsTr("Mot de passe provisoire (8 caractères au moins)")
                objectName: "passwordField"

                Component.onCompleted: password.field.echoMode = TextInput.Password
            }
            FormField {
                id: confirmation
                Layout.fillWidth: true
                error: root.users.fieldErrors.confirmation || ""
                label: qsTr("Le même, une seconde fois")
                objectName: "confirmationField"

                Component.onCompleted: confirmation.field.echoMode = TextInput.Password
            }
            ErrorBanner {
                Layout.fillWidth: true
                text: root.users.actionError
            }
            RowLayout {
                Layout.alignment: Qt.AlignRight
                spacing: Theme.spacingS

                BusyIndicator {
                    Layout.preferredHeight: Theme.touchTarget
                    Layout.preferredWidth: Theme.touchTarget
                    running: root.users.acting
                    visible: root.users.acting
                }
                ActionButton {
                    enabled: !root.users.acting
                    objectName: "cancelButton"
                    text: qsTr("Annuler")

                    onClicked: root.reject()
                }
                ActionButton {
                    enabled: !root.users.acting
                    objectName: "submitButton"
                    text: root.creating ? qsTr("Créer le compte") : qsTr("Changer le mot de passe")

                    onClicked: root.submit()
                }
            }
        }
    }
    Connections {
        id: waiting
        function onActionFinished(ok: bool) {
            waiting.enabled = false;
            if (!ok)
                return;
            const message = root.creating ? qsTr("Compte « %1 » créé. Remettez son mot de passe provisoire en main propre.").arg(username.text.trim().toLowerCase()) : qsTr("Mot de passe de %1 changé.").arg(root.accountName);
            password.text = "";
            confirmation.text = "";
            root.accept();
            root.done(message);
        }

        enabled: false
        target: root.users
    }
}
