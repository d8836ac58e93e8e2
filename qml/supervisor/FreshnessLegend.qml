import QtQuick
import Ronde.Ui

// What the colours of the contacts to maintain mean.
Flow {
    id: root
    Accessible.name: qsTr("Légende des couleurs")
    Accessible.role: Accessible.StaticText
    spacing: Theme.spacing

    Repeater {
        model: [{
                "tone": Theme.good,
                "label": qsTr("vu il y a moins de 30 jours")
            }, {
                "tone": Theme.fair,
                "label": qsTr("vu il y a 30 à 90 jours")
            }, {
                "tone": Theme.poor,
                "label": qsTr("pas vu depuis plus de 90 jours")
            }, {
                "tone": Theme.neutral,
                "label": qsTr("jamais visité")
            }]

        Row {
            id: entry

            required property var modelData

            spacing: Theme.spacingXs

            Rectangle {
                anchors.verticalCenter: parent.verticalCenter
                color: entry.modelData.tone
                height: 12
                radius: 6
                width: 12
            }
            Text {
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
                text: entry.modelData.label
            }
        }
    }
}
