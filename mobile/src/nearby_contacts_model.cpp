#include "nearby_contacts_model.hpp"

#include "formatting.hpp"
#include "ronde/store/geo.hpp"

namespace ronde::app {

NearbyContactsModel::NearbyContactsModel(QObject* parent) : StoreListModel(parent) {
    setPagingEnabled(false);
    setPageSize(30);
}

QHash<int, QByteArray> NearbyContactsModel::roleNames() const {
    return {{ContactIdRole, "contactId"}, {NameRole, "name"},
            {SubtitleRole, "subtitle"},   {DistanceTextRole, "distanceText"},
            {DistanceMRole, "distanceM"}, {LastVisitTextRole, "lastVisitText"}};
}

void NearbyContactsModel::setHasOrigin(bool has) {
    if (has != hasOrigin_) {
        hasOrigin_ = has;
        loaded_ = false;
        emit originChanged();
        reload();
    }
}

void NearbyContactsModel::setLatitude(double lat) {
    if (lat != lat_) {
        lat_ = lat;
        emit originChanged();
        originMoved();
    }
}

void NearbyContactsModel::setLongitude(double lon) {
    if (lon != lon_) {
        lon_ = lon;
        emit originChanged();
        originMoved();
    }
}

void NearbyContactsModel::setOrigin(double lat, double lon) {
    lat_ = lat;
    lon_ = lon;
    hasOrigin_ = true;
    emit originChanged();
    originMoved();
}

void NearbyContactsModel::setRadiusM(double metres) {
    if (metres > 0 && metres != radius_) {
        radius_ = metres;
        emit originChanged();
        reload();
    }
}

void NearbyContactsModel::originMoved() {
    if (!loaded_ || store::haversine_m(lat_, lon_, loadedLat_, loadedLon_) > kReloadAfterM) {
        reload();
    }
}

Result<std::vector<StoreListModel::Row>> NearbyContactsModel::loadPage(store::DeviceStore& store,
                                                                       store::Page page) {
    loaded_ = true;
    loadedLat_ = lat_;
    loadedLon_ = lon_;
    auto found = store.nearby_contacts(lat_, lon_, radius_, page.limit);
    if (!found) {
        return found.error();
    }
    const Timestamp now = format::now();
    std::vector<Row> rows;
    rows.reserve(found->size());
    for (const auto& n : found.value()) {
        QString last;
        if (n.last_visit_at) {
            last = tr("vu %1").arg(format::dateTime(*n.last_visit_at, now));
        }
        rows.push_back({{ContactIdRole, QString::fromStdString(n.contact.id)},
                        {NameRole, format::contactTitle(n.contact.record)},
                        {SubtitleRole, format::contactSubtitle(n.contact.record)},
                        {DistanceTextRole, format::distance(n.distance_m)},
                        {DistanceMRole, n.distance_m},
                        {LastVisitTextRole, last}});
    }
    return rows;
}

}  // namespace ronde::app
