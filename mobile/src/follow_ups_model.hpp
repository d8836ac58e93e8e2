// Open follow-ups, a page at a time: those assigned to me (due date first),
// those of the unit that nobody was assigned to, or every open follow-up of
// the unit nearest first from a point (home's "near me"; the point reloads
// the list when it moves more than kReloadAfterM).
#pragma once

#include "origin_list_model.hpp"

namespace ronde::app {

class FollowUpsModel
    : public ronde::app::OriginListModel {  // qualified: qmltyperegistrar 6.4 needs it
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(Scope scope READ scope WRITE setScope NOTIFY scopeChanged)

public:
    enum Scope { Mine, Unassigned, Near };
    Q_ENUM(Scope)
    enum Roles {
        VisitIdRole = Qt::UserRole + 1,
        ContactIdRole,
        SummaryRole,
        SubtitleRole,
        DueTextRole,
        OverdueRole,
        DistanceTextRole,  // Near scope: "120 m", empty without a position
    };
    Q_ENUM(Roles)

    static constexpr double kReloadAfterM = 25;

    explicit FollowUpsModel(QObject* parent = nullptr);
    QHash<int, QByteArray> roleNames() const override;

    Scope scope() const { return scope_; }
    void setScope(Scope scope);

signals:
    void scopeChanged();

protected:
    Result<std::vector<Row>> loadPage(store::DeviceStore& store, store::Page page) override;
    // The point (hasOrigin, latitude, longitude) matters in the Near scope
    // only; without one the Near scope has no distances, due dates first.
    bool usesOrigin() const override { return scope_ == Near; }

private:
    Result<std::vector<Row>> loadNearPage(store::DeviceStore& store, store::Page page);

    Scope scope_ = Mine;
};

}  // namespace ronde::app
