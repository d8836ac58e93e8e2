import QtQuick
import QtQuick.Layouts
import Ronde.Ui

// The label above a settings field.
Text {
    Layout.fillWidth: true
    color: Theme.textSecondary
    font.bold: true
    font.pixelSize: Theme.fontSmall
    wrapMode: Text.Wrap
}
