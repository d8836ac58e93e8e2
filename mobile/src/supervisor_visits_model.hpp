// The unit's visits as the supervisor filters them (GET /api/v1/visits),
// newest first, a page at a time. The filter object is shared with the
// statistics and the exports of the same screen.
#pragma once

#include "supervisor_list_model.hpp"
#include "supervisor_visit_filter.hpp"

namespace ronde::app {

class SupervisorVisitsModel
    : public ronde::app::SupervisorListModel {  // qualified: qmltyperegistrar 6.4 needs it
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(
        ronde::app::SupervisorVisitFilter* filter READ filter WRITE setFilter NOTIFY filterChanged)
    // The number of visits matching, when the server says it (-1 otherwise).
    Q_PROPERTY(int total READ total NOTIFY totalChanged)

public:
    enum Roles {
        VisitIdRole = Qt::UserRole + 1,
        ContactIdRole,
        TitleRole,         // the contact, or "Habitant anonyme"
        CommuneRole,       // the contact's commune
        CategoryTextRole,  // the contact's category
        WhenTextRole,      // "21 nov. à 09:42"
        OccurredAtRole,    // Unix ms
        TopicsTextRole,    // "Vols, Incivilités"
        ActionsTextRole,   // "OTV expliquée"
        ClimateRole,       // code
        ClimateTextRole,
        AuthorRole,  // display name of the author
        NoteRole,
        PlaceRole,
        FollowUpRole,  // "none", "open", "done"
        FollowUpSummaryRole,
        DetailTextRole,    // "Commerçant · Chantepie · Gendarme Tanguy"
        SubjectTextRole,   // "Vols · OTV expliquée · échange tendu"
        FollowUpTextRole,  // "Suivi en cours : …" / "Suivi clos : …" / ""
    };
    Q_ENUM(Roles)

    explicit SupervisorVisitsModel(QObject* parent = nullptr);
    QHash<int, QByteArray> roleNames() const override;

    SupervisorVisitFilter* filter() const { return filter_; }
    void setFilter(SupervisorVisitFilter* filter);
    int total() const { return total_; }

signals:
    void filterChanged();
    void totalChanged();

protected:
    QString path() const override { return QStringLiteral("/api/v1/visits"); }
    QUrlQuery query() const override;
    bool ready() const override { return filter_ != nullptr; }
    Row rowFrom(const QJsonObject& item) const override;
    void answered(const QJsonObject& answer, bool firstPage) override;

private:
    QPointer<SupervisorVisitFilter> filter_;
    QMetaObject::Connection filterConnection_;
    int total_ = -1;
};

}  // namespace ronde::app
