#include "position_provider.hpp"

#include <QFile>
#include <QJSEngine>
#include <QLocale>
#include <QNmeaPositionInfoSource>
#include <QPointer>
#include <QRegularExpression>

#include <cmath>
#include <type_traits>

namespace ronde::app {

namespace {

QPointer<PositionProvider> g_instance;
static_assert(!std::is_default_constructible_v<PositionProvider>,
              "QML must get the instance of main() through create()");

bool validCoordinates(double lat, double lon) {
    return std::isfinite(lat) && std::isfinite(lon) && lat >= -90.0 && lat <= 90.0 &&
           lon >= -180.0 && lon <= 180.0;
}

QString formatAge(int seconds) {
    if (seconds < 60) {
        return PositionProvider::tr("%1 s").arg(seconds);
    }
    return PositionProvider::tr("%1 min").arg(seconds / 60);
}

}  // namespace

PositionProvider::PositionProvider(QObject* parent) : QObject(parent) {
    tick_.setInterval(1000);
    connect(&tick_, &QTimer::timeout, this, &PositionProvider::onTick);
    refresh();
}

PositionProvider::~PositionProvider() {
    if (source_) {
        source_->stopUpdates();
    }
}

PositionProvider* PositionProvider::provided() {
    return g_instance;
}

void PositionProvider::provide(PositionProvider* instance) {
    g_instance = instance;
}

PositionProvider* PositionProvider::create(QQmlEngine*, QJSEngine*) {
    if (!g_instance) {
        qFatal("PositionProvider: main() must call PositionProvider::provide() before loading QML");
    }
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

bool PositionProvider::useNmeaFile(const QString& path, bool loop) {
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        error_ = tr("Le fichier de positions %1 est illisible.").arg(path);
        refresh();
        return false;
    }
    auto nmea = std::make_unique<QNmeaPositionInfoSource>(QNmeaPositionInfoSource::SimulationMode);
    nmea->setUserEquivalentRangeError(kNmeaUereM);
    nmea->setDevice(file.get());
    nmeaPath_ = path;
    nmeaLoop_ = loop;
    useSource(std::move(nmea));
    nmeaFile_ = std::move(file);  // after useSource(), which drops the previous file
    sourceKind_ = SourceKind::Nmea;
    emit sourceNameChanged();
    return true;
}

bool PositionProvider::useSystemSource() {
    std::unique_ptr<QGeoPositionInfoSource> source(
        QGeoPositionInfoSource::createDefaultSource(nullptr));
    if (!source) {
        error_ = tr("Pas de GPS sur cet appareil : saisissez la position à la main.");
        refresh();
        return false;
    }
    useSource(std::move(source));
    sourceKind_ = SourceKind::System;
    emit sourceNameChanged();
    return true;
}

void PositionProvider::useSource(std::unique_ptr<QGeoPositionInfoSource> source) {
    const bool wasActive = active_;
    if (source_) {
        source_->stopUpdates();
        source_->disconnect(this);
    }
    source_ = std::move(source);
    nmeaFile_.reset();
    error_.clear();
    sourceKind_ = source_ ? SourceKind::Other : SourceKind::None;
    emit sourceNameChanged();
    if (source_) {
        source_->setUpdateInterval(1000);
        connect(source_.get(), &QGeoPositionInfoSource::positionUpdated, this,
                &PositionProvider::onUpdate);
        connect(source_.get(), &QGeoPositionInfoSource::errorOccurred, this,
                &PositionProvider::onError);
        if (wasActive) {
            source_->startUpdates();
        }
    }
    refresh();
}

void PositionProvider::start() {
    tick_.start();
    if (source_) {
        error_.clear();
        source_->startUpdates();
    }
    setActive(source_ != nullptr);
    refresh();
}

void PositionProvider::stop() {
    tick_.stop();
    if (source_) {
        source_->stopUpdates();
    }
    setActive(false);
    refresh();
}

bool PositionProvider::setManualPosition(double latitude, double longitude) {
    if (!validCoordinates(latitude, longitude)) {
        return false;
    }
    manualLat_ = latitude;
    manualLon_ = longitude;
    manualTime_ = QDateTime::currentDateTimeUtc();
    origin_ = Manual;
    emit positionChanged();
    refresh();
    return true;
}

QString PositionProvider::setManualPositionText(const QString& text) {
    const QString t = text.trimmed();
    QStringList parts;
    if (t.contains(QLatin1Char(';'))) {
        parts = t.split(QLatin1Char(';'));
    } else if (t.contains(QLatin1String(", "))) {
        parts = t.split(QLatin1String(", "));
    } else if (t.contains(QLatin1Char(' '))) {
        parts = t.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    } else {
        parts = t.split(QLatin1Char(','));
    }
    const QString example =
        tr("Écrivez la latitude puis la longitude, par exemple 48.1193, -1.6029.");
    if (parts.size() != 2) {
        return example;
    }
    bool okLat = false;
    bool okLon = false;
    const double lat =
        parts[0].trimmed().replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&okLat);
    const double lon =
        parts[1].trimmed().replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&okLon);
    if (!okLat || !okLon) {
        return example;
    }
    if (!setManualPosition(lat, lon)) {
        return tr(
            "La latitude doit être comprise entre -90 et 90, la longitude entre -180 et 180.");
    }
    return {};
}

void PositionProvider::clearManualPosition() {
    if (origin_ != Manual) {
        return;
    }
    origin_ = lastGps_.isValid() ? Gps : NoOrigin;
    emit positionChanged();
    refresh();
}

double PositionProvider::latitude() const {
    if (origin_ == Manual) {
        return manualLat_;
    }
    return origin_ == Gps ? lastGps_.coordinate().latitude() : 0.0;
}

double PositionProvider::longitude() const {
    if (origin_ == Manual) {
        return manualLon_;
    }
    return origin_ == Gps ? lastGps_.coordinate().longitude() : 0.0;
}

double PositionProvider::horizontalAccuracy() const {
    if (origin_ != Gps || !lastGps_.hasAttribute(QGeoPositionInfo::HorizontalAccuracy)) {
        return -1.0;
    }
    const double a = lastGps_.attribute(QGeoPositionInfo::HorizontalAccuracy);
    return std::isfinite(a) && a >= 0 ? a : -1.0;
}

QString PositionProvider::originCode() const {
    switch (origin_) {
        case Gps:
            return QStringLiteral("gps");
        case Manual:
            return QStringLiteral("manual");
        case NoOrigin:
            break;
    }
    return {};
}

QDateTime PositionProvider::fixTime() const {
    if (origin_ == Manual) {
        return manualTime_;
    }
    return origin_ == Gps ? lastGps_.timestamp() : QDateTime();
}

int PositionProvider::ageSeconds() const {
    if (origin_ == Manual) {
        return static_cast<int>(manualTime_.secsTo(QDateTime::currentDateTimeUtc()));
    }
    if (origin_ != Gps || !sinceGps_.isValid()) {
        return -1;
    }
    // Measured from reception, not from the fix's own timestamp: a replayed
    // log carries old times, and a device clock may be off.
    return static_cast<int>(sinceGps_.elapsed() / 1000);
}

QString PositionProvider::detailText() const {
    const bool freshGps = origin_ == Gps && quality_ != Stale;
    return freshGps ? sourceName() : status_;
}

QString PositionProvider::ageText() const {
    const int age = ageSeconds();
    if (age < 0) {
        return {};
    }
    return age < 2 ? tr("à l'instant") : tr("il y a %1").arg(formatAge(age));
}

QString PositionProvider::coordinatesText() const {
    if (!hasPosition()) {
        return {};
    }
    const QLocale locale;
    const double lat = latitude();
    const double lon = longitude();
    const QString latText = lat >= 0 ? tr("%1 N").arg(locale.toString(lat, 'f', 5))
                                     : tr("%1 S").arg(locale.toString(-lat, 'f', 5));
    const QString lonText = lon >= 0 ? tr("%1 E").arg(locale.toString(lon, 'f', 5))
                                     : tr("%1 O", "west").arg(locale.toString(-lon, 'f', 5));
    return latText + QStringLiteral(" · ") + lonText;
}

QString PositionProvider::accuracyText() const {
    if (origin_ == Manual) {
        return tr("saisie à la main");
    }
    const double a = horizontalAccuracy();
    if (a < 0) {
        return origin_ == Gps ? tr("précision inconnue") : QString();
    }
    return tr("± %1 m").arg(static_cast<int>(std::lround(a)));
}

void PositionProvider::setStaleAfterSeconds(int seconds) {
    staleAfter_ = seconds;
    refresh();
}

void PositionProvider::onUpdate(const QGeoPositionInfo& info) {
    if (!info.isValid() ||
        !validCoordinates(info.coordinate().latitude(), info.coordinate().longitude())) {
        return;
    }
    lastGps_ = info;
    sinceGps_.start();
    error_.clear();
    if (origin_ != Manual) {
        origin_ = Gps;
        emit positionChanged();
    }
    refresh();
}

void PositionProvider::onError(QGeoPositionInfoSource::Error error) {
    switch (error) {
        case QGeoPositionInfoSource::AccessError:
            error_ =
                tr("L'accès à la position est refusé : autorisez-le dans les réglages "
                   "de l'appareil, ou saisissez la position à la main.");
            break;
        case QGeoPositionInfoSource::ClosedError:
            error_ = tr("La localisation est désactivée sur l'appareil.");
            break;
        case QGeoPositionInfoSource::UpdateTimeoutError:
            error_ = tr("Pas de signal GPS pour l'instant.");
            break;
        case QGeoPositionInfoSource::UnknownSourceError:
            error_ = tr("Le GPS ne répond pas.");
            break;
        case QGeoPositionInfoSource::NoError:
            error_.clear();
            break;
    }
    refresh();
}

void PositionProvider::onTick() {
    if (nmeaLoop_ && nmeaFile_ && nmeaFile_->atEnd() && sinceGps_.isValid() &&
        sinceGps_.elapsed() > 3000) {
        restartNmea();
    }
    refresh();
}

void PositionProvider::restartNmea() {
    const QString path = nmeaPath_;
    const bool loop = nmeaLoop_;
    useNmeaFile(path, loop);
}

void PositionProvider::refresh() {
    Quality q = NoFix;
    QString status;
    const int age = ageSeconds();
    if (origin_ == Manual) {
        q = Good;
        status = tr("Position saisie à la main");
    } else if (origin_ == Gps) {
        const double a = horizontalAccuracy();
        if (age > staleAfter_) {
            q = Stale;
            status = tr("Dernière position GPS %1").arg(ageText());
        } else {
            q = a < 0 ? Poor : a <= kGoodAccuracyM ? Good : a <= kFairAccuracyM ? Fair : Poor;
            status = a < 0 ? tr("Position GPS, précision inconnue")
                           : tr("Position GPS à ± %1 m").arg(static_cast<int>(std::lround(a)));
        }
    } else if (!error_.isEmpty()) {
        status = error_;
    } else if (!source_) {
        status = tr("Pas de GPS sur cet appareil : saisissez la position à la main.");
    } else if (active_) {
        status = tr("Recherche du signal GPS…");
    } else {
        status = tr("GPS arrêté");
    }
    if (q != quality_) {
        quality_ = q;
        emit qualityChanged();
        emit statusChanged();  // detailText
    }
    if (age != lastAge_) {
        lastAge_ = age;
        emit ageChanged();
    }
    setStatus(status);
}

void PositionProvider::setStatus(const QString& status) {
    if (status != status_) {
        status_ = status;
        emit statusChanged();
    }
}

QString PositionProvider::sourceName() const {
    switch (sourceKind_) {
        case SourceKind::Nmea:
            return tr("Trace NMEA enregistrée");
        case SourceKind::System:
            return tr("GPS de l'appareil");
        case SourceKind::Other:
            return source_ ? source_->sourceName() : QString();
        case SourceKind::None:
            break;
    }
    return {};
}

void PositionProvider::retranslate() {
    emit sourceNameChanged();
    emit statusChanged();    // detailText
    emit positionChanged();  // coordinatesText, accuracyText
    emit ageChanged();       // ageText
    status_.clear();         // refresh() emits statusChanged
    refresh();
}

void PositionProvider::setActive(bool active) {
    if (active != active_) {
        active_ = active;
        emit activeChanged();
    }
}

}  // namespace ronde::app
