// Where the device is: the latest fix from Qt Positioning (the platform GPS,
// or an NMEA log replayed in real time for demos and tests), or a position
// entered by hand when there is no usable fix. Published to QML as the
// PositionProvider singleton. GUI thread only.
//
// A manual position pins the position until clearManualPosition(): GPS
// updates keep arriving but do not replace it.
#pragma once

#include <QtQml/qqmlregistration.h>
#include <QDateTime>
#include <QElapsedTimer>
#include <QGeoPositionInfo>
#include <QGeoPositionInfoSource>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class QFile;
class QJSEngine;
class QQmlEngine;

namespace ronde::app {

class PositionProvider : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(bool hasPosition READ hasPosition NOTIFY positionChanged)
    Q_PROPERTY(double latitude READ latitude NOTIFY positionChanged)
    Q_PROPERTY(double longitude READ longitude NOTIFY positionChanged)
    Q_PROPERTY(double horizontalAccuracy READ horizontalAccuracy NOTIFY positionChanged)
    Q_PROPERTY(Origin origin READ origin NOTIFY positionChanged)
    Q_PROPERTY(QString originCode READ originCode NOTIFY positionChanged)
    Q_PROPERTY(QDateTime fixTime READ fixTime NOTIFY positionChanged)
    Q_PROPERTY(int ageSeconds READ ageSeconds NOTIFY ageChanged)
    Q_PROPERTY(QString ageText READ ageText NOTIFY ageChanged)
    Q_PROPERTY(Quality quality READ quality NOTIFY qualityChanged)
    Q_PROPERTY(QString coordinatesText READ coordinatesText NOTIFY positionChanged)
    Q_PROPERTY(QString accuracyText READ accuracyText NOTIFY positionChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    Q_PROPERTY(QString detailText READ detailText NOTIFY statusChanged)
    Q_PROPERTY(QString sourceName READ sourceName NOTIFY sourceNameChanged)
    Q_PROPERTY(bool active READ active NOTIFY activeChanged)

public:
    // Where the current position comes from; the codes match the visit's
    // position source in the domain model ("gps", "manual").
    enum Origin { NoOrigin, Gps, Manual };
    Q_ENUM(Origin)
    // How far the current position can be trusted, for the accuracy indicator.
    enum Quality { NoFix, Good, Fair, Poor, Stale };
    Q_ENUM(Quality)

    static constexpr double kGoodAccuracyM = 20.0;
    static constexpr double kFairAccuracyM = 50.0;
    // NMEA gives HDOP, not metres. Qt reports 2 × HDOP × UERE (a 95 %
    // radius); 2.5 m is a typical user-equivalent range error of a consumer
    // receiver, so HDOP 1 reads ± 5 m.
    static constexpr double kNmeaUereM = 2.5;

    // No default argument on purpose: Qt 6.4 builds a QML singleton with
    // its default constructor when it has one, ignoring create().
    explicit PositionProvider(QObject* parent);
    ~PositionProvider() override;

    static void provide(PositionProvider* instance);
    static PositionProvider* create(QQmlEngine* qml, QJSEngine* js);
    // The instance main() provided, or null (the controllers' default).
    static PositionProvider* provided();

    // Replays an NMEA 0183 log (GGA/RMC) at the pace of its timestamps,
    // starting again at the end when `loop`. False (and a status text) when
    // the file cannot be read.
    bool useNmeaFile(const QString& path, bool loop = false);
    // The platform's default source (GPS); false when the device has none.
    bool useSystemSource();
    // Any source (tests, other plugins); takes ownership.
    void useSource(std::unique_ptr<QGeoPositionInfoSource> source);

    Q_INVOKABLE void start();
    Q_INVOKABLE void stop();

    Q_INVOKABLE bool setManualPosition(double latitude, double longitude);
    // Parses "48.1193, -1.6029" or "48,1193 ; -1,6029"; empty on success,
    // else a sentence saying what is wrong.
    Q_INVOKABLE QString setManualPositionText(const QString& text);
    Q_INVOKABLE void clearManualPosition();

    bool hasPosition() const { return origin_ != NoOrigin; }
    double latitude() const;
    double longitude() const;
    // Metres; -1 when unknown (always for a manual position).
    double horizontalAccuracy() const;
    Origin origin() const { return origin_; }
    QString originCode() const;
    QDateTime fixTime() const;
    int ageSeconds() const;
    // "à l'instant", "il y a 3 s", "il y a 2 min"; empty without a position.
    QString ageText() const;
    Quality quality() const { return quality_; }
    QString coordinatesText() const;
    QString accuracyText() const;
    QString statusText() const { return status_; }
    // The second line under the accuracy: where a fresh fix comes from,
    // otherwise the status (searching, stale, error, manual).
    QString detailText() const;
    QString sourceName() const;
    bool active() const { return active_; }

    // After this long without a GPS update the fix counts as stale.
    void setStaleAfterSeconds(int seconds);
    // Re-reads every text in the current language (after a language switch).
    void retranslate();

signals:
    void positionChanged();
    void ageChanged();
    void qualityChanged();
    void statusChanged();
    void sourceNameChanged();
    void activeChanged();

private:
    void onUpdate(const QGeoPositionInfo& info);
    void onError(QGeoPositionInfoSource::Error error);
    void onTick();
    void refresh();
    void setStatus(const QString& status);
    void setActive(bool active);
    void restartNmea();

    std::unique_ptr<QGeoPositionInfoSource> source_;
    std::unique_ptr<QFile> nmeaFile_;
    QString nmeaPath_;
    bool nmeaLoop_ = false;
    QGeoPositionInfo lastGps_;
    QElapsedTimer sinceGps_;
    double manualLat_ = 0;
    double manualLon_ = 0;
    QDateTime manualTime_;
    Origin origin_ = NoOrigin;
    Quality quality_ = NoFix;
    QString status_;
    enum class SourceKind { None, Nmea, System, Other };
    SourceKind sourceKind_ = SourceKind::None;
    QString error_;
    bool active_ = false;
    int staleAfter_ = 30;
    int lastAge_ = -1;
    QTimer tick_;
};

}  // namespace ronde::app
