// The visits of today (local calendar day), in the order they happened, a
// page at a time: "what did we do this morning".
#pragma once

#include "store_list_model.hpp"

#include <QHash>

namespace ronde::app {

class TodaysVisitsModel
    : public ronde::app::StoreListModel {  // qualified: qmltyperegistrar 6.4 needs it
    Q_OBJECT
    QML_ELEMENT

public:
    enum Roles {
        VisitIdRole = Qt::UserRole + 1,
        ContactIdRole,
        TitleRole,
        TimeTextRole,
        TopicsTextRole,
        ClimateRole,
        ClimateTextRole,
        FollowUpRole,
        SyncTextRole,
    };
    Q_ENUM(Roles)

    explicit TodaysVisitsModel(QObject* parent = nullptr);
    QHash<int, QByteArray> roleNames() const override;

protected:
    Result<std::vector<Row>> loadPage(store::DeviceStore& store, store::Page page) override;
};

// What a visit's list rows show (shared by the visit lists).
namespace visit_text {
// "Habitant anonyme" or the contact's title; `cache` avoids reading a
// contact twice in one page.
QString contactTitle(store::DeviceStore& store, const std::string& contactId,
                     QHash<QString, QString>& cache);
// "Vols, Incivilités · OTV expliquée" (topics, then actions), or "Contact
// entretenu" when the visit has neither.
QString topicsAndActions(const Visit& v);
// "En attente d'envoi", "Refusé par le serveur" or empty when synced.
QString syncText(store::SyncStatus s);
}  // namespace visit_text

}  // namespace ronde::app
