// Known contacts around a point (the position's fix), nearest first, for the
// home page and the capture page's contact picker. Reloads when the point
// moves more than `kReloadAfterM`, so a walking fix does not reset the list
// every second. Not paged: the nearest `pageSize` contacts.
#pragma once

#include "store_list_model.hpp"

namespace ronde::app {

class NearbyContactsModel
    : public ronde::app::StoreListModel {  // qualified: qmltyperegistrar 6.4 needs it
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(bool hasOrigin READ hasOrigin WRITE setHasOrigin NOTIFY originChanged)
    Q_PROPERTY(double latitude READ latitude WRITE setLatitude NOTIFY originChanged)
    Q_PROPERTY(double longitude READ longitude WRITE setLongitude NOTIFY originChanged)
    Q_PROPERTY(double radiusM READ radiusM WRITE setRadiusM NOTIFY originChanged)

public:
    enum Roles {
        ContactIdRole = Qt::UserRole + 1,
        NameRole,
        SubtitleRole,
        DistanceTextRole,
        DistanceMRole,
        LastVisitTextRole,
    };
    Q_ENUM(Roles)

    static constexpr double kReloadAfterM = 15;

    explicit NearbyContactsModel(QObject* parent = nullptr);
    QHash<int, QByteArray> roleNames() const override;

    bool hasOrigin() const { return hasOrigin_; }
    void setHasOrigin(bool has);
    double latitude() const { return lat_; }
    void setLatitude(double lat);
    double longitude() const { return lon_; }
    void setLongitude(double lon);
    double radiusM() const { return radius_; }
    void setRadiusM(double metres);
    // Sets both coordinates at once (C++ callers and tests).
    void setOrigin(double lat, double lon);

signals:
    void originChanged();

protected:
    Result<std::vector<Row>> loadPage(store::DeviceStore& store, store::Page page) override;
    bool ready() const override { return hasOrigin_; }

private:
    void originMoved();

    bool hasOrigin_ = false;
    double lat_ = 0;
    double lon_ = 0;
    double radius_ = 2000;
    double loadedLat_ = 0;
    double loadedLon_ = 0;
    bool loaded_ = false;
};

}  // namespace ronde::app
