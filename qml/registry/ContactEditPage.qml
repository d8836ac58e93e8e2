import QtQuick
import QtQuick.Controls
import Ronde.Core
import Ronde.Ui

// Editing a contact of the registry: who, how to reach them, where, and what
// the unit keeps about them. Saving is instant and offline (the change syncs
// later); each wrong field says why under it. Deleting asks first.
AppPage {
    id: root

    required property string contactId

    objectName: "contactEditPage"
    title: qsTr("Modifier la fiche")

    // The big action sits at the bottom, under the thumb.
    footer: Rectangle {
        color: Theme.background
        implicitHeight: saveButton.implicitHeight + 2 * Theme.spacingS

        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            color: Theme.divider
            height: 1
        }
        PrimaryButton {
            id: saveButton
            anchors.centerIn: parent
            objectName: "saveContactButton"
            text: qsTr("Enregistrer la fiche")
            width: Math.min(parent.width - 2 * Theme.spacing, Theme.maxContentWidth)

            onClicked: {
                if (!form.save())
                    flick.contentY = 0;  // the first error is near the top
            }
        }
    }

    Component.onCompleted: form.load(root.contactId)

    ContactEditController {
        id: form
        onRemoved: root.finished(qsTr("Fiche supprimée"))
        onSaved: root.backRequested()
    }
    Flickable {
        id: flick
        anchors.fill: parent
        boundsBehavior: Flickable.StopAtBounds
        contentHeight: column.implicitHeight + 2 * Theme.spacing

        ScrollBar.vertical: ScrollBar {
        }

        // A Column, not a ColumnLayout: the sections get their width at once
        // (nested layouts in Qt 6.4 misplace wrapped labels otherwise).
        Column {
            id: column
            spacing: Theme.spacing
            width: Math.min(parent.width - 2 * Theme.spacing, Theme.maxContentWidth)
            x: (parent.width - width) / 2
            y: Theme.spacing

            ErrorBanner {
                objectName: "contactEditError"
                text: form.errorText
                visible: form.errorText !== ""
                width: column.width
            }
            ContactIdentityFields {
                form: form
                width: column.width
            }
            ContactReachFields {
                form: form
                width: column.width
            }
            ContactPlaceFields {
                form: form
                width: column.width
            }
            ContactUnitFields {
                form: form
                width: column.width
            }
            ContactDeleteCard {
                contactTitle: form.displayTitle
                width: column.width

                onConfirmed: form.remove()
            }
        }
    }
}
