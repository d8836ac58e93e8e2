#include "nearby_contacts_model.hpp"

#include "formatting.hpp"

namespace ronde::app {

NearbyContactsModel::NearbyContactsModel(QObject* parent) : OriginListModel(kReloadAfterM, parent) {
    setPagingEnabled(false);
    setPageSize(30);
}

QHash<int, QByteArray> NearbyContactsModel::roleNames() const {
    return {{ContactIdRole, "contactId"}, {NameRole, "name"},
            {SubtitleRole, "subtitle"},   {DistanceTextRole, "distanceText"},
            {DistanceMRole, "distanceM"}, {LastVisitTextRole, "lastVisitText"}};
}

void NearbyContactsModel::setRadiusM(double metres) {
    if (metres > 0 && metres != radius_) {
        radius_ = metres;
        emit radiusChanged();
        reload();
    }
}

Result<std::vector<StoreListModel::Row>> NearbyContactsModel::loadPage(store::DeviceStore& store,
                                                                       store::Page page) {
    noteLoadedAtOrigin();
    auto found = store.nearby_contacts(latitude(), longitude(), radius_, page.limit);
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
