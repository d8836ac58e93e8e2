import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Ronde.Core
import Ronde.Ui

// The exports of the visit screen, with its filters: the visits as a
// spreadsheet (CSV for LibreOffice or Excel in French) or a map layer
// (GeoJSON for QGIS), the contacts as a map layer. The user chooses the
// file; the download goes straight into it.
ColumnLayout {
    id: root

    required property SupervisorVisitFilter filter
    property int pendingKind: SupervisorExport.VisitsCsv

    function choose(kind: int) {
        root.pendingKind = kind;
        dialog.selectedFile = dialog.currentFolder + "/" + exporter.suggestedName(kind);
        dialog.open();
    }

    spacing: Theme.spacingS

    SupervisorExport {
        id: exporter
        filter: root.filter
    }
    FileDialog {
        id: dialog
        currentFolder: exporter.defaultFolder
        fileMode: FileDialog.SaveFile
        nameFilters: root.pendingKind === SupervisorExport.VisitsCsv ? [qsTr("Tableur CSV (*.csv)")] : [qsTr("Couche GeoJSON (*.geojson)")]
        title: qsTr("Enregistrer l'export")

        onAccepted: exporter.start(root.pendingKind, dialog.selectedFile)
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacingS

        ActionButton {
            enabled: !exporter.busy
            objectName: "exportCsv"
            text: qsTr("Visites en tableur (CSV)")

            onClicked: root.choose(SupervisorExport.VisitsCsv)
        }
        ActionButton {
            enabled: !exporter.busy
            objectName: "exportVisitsGeoJson"
            text: qsTr("Visites sur carte (GeoJSON)")

            onClicked: root.choose(SupervisorExport.VisitsGeoJson)
        }
        ActionButton {
            enabled: !exporter.busy
            objectName: "exportContactsGeoJson"
            text: qsTr("Contacts sur carte (GeoJSON)")

            onClicked: root.choose(SupervisorExport.ContactsGeoJson)
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS
        visible: exporter.busy

        BusyIndicator {
            implicitHeight: Theme.touchTarget
            implicitWidth: Theme.touchTarget
            running: exporter.busy
        }
        Text {
            Layout.fillWidth: true
            color: Theme.text
            font.pixelSize: Theme.fontSmall
            text: exporter.progressText
        }
        ActionButton {
            danger: true
            text: qsTr("Annuler")

            onClicked: exporter.cancel()
        }
    }
    Text {
        Accessible.name: exporter.resultText
        Accessible.role: exporter.failed ? Accessible.AlertMessage : Accessible.StaticText
        Layout.fillWidth: true
        color: exporter.failed ? Theme.error : Theme.good
        font.bold: true
        font.pixelSize: Theme.fontSmall
        text: exporter.resultText
        visible: !exporter.busy && exporter.resultText !== ""
        wrapMode: Text.Wrap
    }
    Text {
        Layout.fillWidth: true
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSmall
        text: qsTr("Les exports reprennent la période, le gendarme, le sujet et le suivi choisis (les contacts : la commune et la catégorie). Chaque export est tracé dans le journal de l'unité.")
        wrapMode: Text.Wrap
    }
}
