// Known contacts around a point (the position's fix), nearest first, for the
// home page and the capture page's contact picker. Reloads when the point
// moves more than `kReloadAfterM`, so a walking fix does not reset the list
// every second. Not paged: the nearest `pageSize` contacts.
#pragma once

#include "origin_list_model.hpp"

namespace ronde::app {

class NearbyContactsModel
    : public ronde::app::OriginListModel {  // qualified: qmltyperegistrar 6.4 needs it
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(double radiusM READ radiusM WRITE setRadiusM NOTIFY radiusChanged)

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

    double radiusM() const { return radius_; }
    void setRadiusM(double metres);

signals:
    void radiusChanged();

protected:
    Result<std::vector<Row>> loadPage(store::DeviceStore& store, store::Page page) override;
    bool ready() const override { return hasOrigin(); }

private:
    double radius_ = 2000;
};

}  // namespace ronde::app
