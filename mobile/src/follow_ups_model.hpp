// Open follow-ups, a page at a time: those assigned to me (due date first),
// those of the unit that nobody was assigned to, or every open follow-up of
// the unit nearest first from a point (home's "near me"; the point reloads
// the list when it moves more than kReloadAfterM).
#pragma once

#include "store_list_model.hpp"

namespace ronde::app {

class FollowUpsModel
    : public ronde::app::StoreListModel {  // qualified: qmltyperegistrar 6.4 needs it
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(Scope scope READ scope WRITE setScope NOTIFY scopeChanged)
    // The point of the Near scope (without one: no distances, due first).
    Q_PROPERTY(bool hasOrigin READ hasOrigin WRITE setHasOrigin NOTIFY originChanged)
    Q_PROPERTY(double latitude READ latitude WRITE setLatitude NOTIFY originChanged)
    Q_PROPERTY(double longitude READ longitude WRITE setLongitude NOTIFY originChanged)

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
    bool hasOrigin() const { return hasOrigin_; }
    void setHasOrigin(bool has);
    double latitude() const { return lat_; }
    void setLatitude(double lat);
    double longitude() const { return lon_; }
    void setLongitude(double lon);
    // Sets both coordinates at once (C++ callers and tests).
    void setOrigin(double lat, double lon);

signals:
    void scopeChanged();
    void originChanged();

protected:
    Result<std::vector<Row>> loadPage(store::DeviceStore& store, store::Page page) override;

private:
    void originMoved();
    Result<std::vector<Row>> loadNearPage(store::DeviceStore& store, store::Page page);

    Scope scope_ = Mine;
    bool hasOrigin_ = false;
    double lat_ = 0;
    double lon_ = 0;
    double loadedLat_ = 0;
    double loadedLon_ = 0;
    bool loadedWithOrigin_ = false;
};

}  // namespace ronde::app
