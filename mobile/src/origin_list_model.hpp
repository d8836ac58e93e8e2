// A store list read around a point (the position's fix): nearest contacts,
// open follow-ups near me. The point comes from QML or C++; the list reloads
// when the point first appears and then only when it moves more than the
// subclass's reload distance, so a walking fix does not reset the list every
// second. GUI thread.
#pragma once

#include "store_list_model.hpp"

namespace ronde::app {

class OriginListModel
    : public ronde::app::StoreListModel {  // qualified: qmltyperegistrar 6.4 needs it
    Q_OBJECT
    QML_ANONYMOUS

    Q_PROPERTY(bool hasOrigin READ hasOrigin WRITE setHasOrigin NOTIFY originChanged)
    Q_PROPERTY(double latitude READ latitude WRITE setLatitude NOTIFY originChanged)
    Q_PROPERTY(double longitude READ longitude WRITE setLongitude NOTIFY originChanged)

public:
    // `reloadAfterM`: how far the point moves before the list reloads.
    OriginListModel(double reloadAfterM, QObject* parent);

    bool hasOrigin() const { return hasOrigin_; }
    void setHasOrigin(bool has);
    double latitude() const { return lat_; }
    void setLatitude(double lat);
    double longitude() const { return lon_; }
    void setLongitude(double lon);
    // Sets both coordinates at once (C++ callers and tests).
    void setOrigin(double lat, double lon);

signals:
    void originChanged();

protected:
    // Whether the rows depend on the point now (e.g. the "near" scope).
    virtual bool usesOrigin() const { return true; }
    // Called by loadPage(): the rows being loaded are for the current point.
    void noteLoadedAtOrigin();

private:
    void originMoved();

    double reloadAfterM_;
    bool hasOrigin_ = false;
    double lat_ = 0;
    double lon_ = 0;
    bool loaded_ = false;
    double loadedLat_ = 0;
    double loadedLon_ = 0;
};

}  // namespace ronde::app
