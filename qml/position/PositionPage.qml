import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde.Core
import Ronde.Ui

// The current position in full (coordinates, accuracy, source, age) and the
// manual fallback: type a position when the GPS has none, or go back to GPS.
Page {
    id: root

    property string manualError: ""
    property bool showBack: false

    signal backRequested

    Accessible.name: title
    title: qsTr("Position")

    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        showBack: root.showBack
        title: root.title

        onBackRequested: root.backRequested()
    }

    Flickable {
        anchors.fill: parent
        boundsBehavior: Flickable.StopAtBounds
        contentHeight: column.implicitHeight + 2 * Theme.spacing

        ColumnLayout {
            id: column
            spacing: Theme.spacing
            width: Math.min(parent.width - 2 * Theme.spacing, Theme.maxContentWidth)
            x: (parent.width - width) / 2
            y: Theme.spacing

            Card {
                Layout.fillWidth: true

                AccuracyIndicator {
                    Layout.fillWidth: true
                    accuracyText: PositionProvider.accuracyText
                    detail: PositionProvider.detailText
                    focusPolicy: Qt.NoFocus
                    origin: PositionProvider.origin
                    quality: PositionProvider.quality
                    statusText: PositionProvider.statusText
                }
                Text {
                    Layout.fillWidth: true
                    color: Theme.text
                    font.family: "monospace"
                    font.pixelSize: Theme.fontLarge
                    text: PositionProvider.coordinatesText
                    visible: PositionProvider.hasPosition
                }
                Text {
                    Layout.fillWidth: true
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSmall
                    text: qsTr("Mise à jour %1").arg(PositionProvider.ageText)
                    visible: PositionProvider.hasPosition
                    wrapMode: Text.Wrap
                }
            }
            ActionButton {
                text: qsTr("Revenir au GPS")
                visible: PositionProvider.origin === PositionProvider.Manual

                onClicked: PositionProvider.clearManualPosition()
            }
            SectionHeader {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingS
                title: qsTr("Saisir la position à la main")
            }
            Text {
                Layout.fillWidth: true
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
                text: qsTr("Quand le GPS ne capte pas (sous un toit, en sous-sol), indiquez la latitude et la longitude du lieu.")
                wrapMode: Text.Wrap
            }
            TextField {
                id: manualField
                Accessible.name: qsTr("Latitude et longitude")
                Layout.fillWidth: true
                font.pixelSize: Theme.fontBody
                implicitHeight: Theme.touchTarget + 8
                inputMethodHints: Qt.ImhFormattedNumbersOnly | Qt.ImhNoPredictiveText
                placeholderText: "48.1193, -1.6029"

                onAccepted: useManual.clicked()
                onTextEdited: root.manualError = ""
            }
            ErrorBanner {
                Layout.fillWidth: true
                text: root.manualError
            }
            ActionButton {
                id: useManual
                enabled: manualField.text.trim() !== ""
                text: qsTr("Utiliser cette position")

                onClicked: {
                    root.manualError = PositionProvider.setManualPositionText(manualField.text);
                    if (root.manualError === "")
                        manualField.clear();
                }
            }
        }
    }
}
