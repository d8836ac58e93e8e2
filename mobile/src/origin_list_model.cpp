#include "origin_list_model.hpp"

#include "ronde/store/geo.hpp"

namespace ronde::app {

OriginListModel::OriginListModel(double reloadAfterM, QObject* parent)
    : StoreListModel(parent), reloadAfterM_(reloadAfterM) {}

void OriginListModel::setHasOrigin(bool has) {
    if (has != hasOrigin_) {
        hasOrigin_ = has;
        loaded_ = false;
        emit originChanged();
        if (usesOrigin()) {
            reload();
        }
    }
}

void OriginListModel::setLatitude(double lat) {
    if (lat != lat_) {
        lat_ = lat;
        emit originChanged();
        originMoved();
    }
}

void OriginListModel::setLongitude(double lon) {
    if (lon != lon_) {
        lon_ = lon;
        emit originChanged();
        originMoved();
    }
}

void OriginListModel::setOrigin(double lat, double lon) {
    lat_ = lat;
    lon_ = lon;
    hasOrigin_ = true;
    emit originChanged();
    originMoved();
}

void OriginListModel::noteLoadedAtOrigin() {
    loaded_ = hasOrigin_;
    loadedLat_ = lat_;
    loadedLon_ = lon_;
}

void OriginListModel::originMoved() {
    if (!usesOrigin() || !hasOrigin_) {
        return;
    }
    if (!loaded_ || store::haversine_m(lat_, lon_, loadedLat_, loadedLon_) > reloadAfterM_) {
        reload();
    }
}

}  // namespace ronde::app
