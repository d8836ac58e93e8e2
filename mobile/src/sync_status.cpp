#include "sync_status.hpp"

#include <QJSEngine>
#include <QLocale>
#include <QNetworkInformation>
#include <QPointer>

#include <type_traits>

namespace ronde::app {

namespace {
QPointer<SyncStatus> g_instance;
static_assert(!std::is_default_constructible_v<SyncStatus>,
              "QML must get the instance of main() through create()");
}  // namespace

SyncStatus::SyncStatus(QObject* parent) : QObject(parent) {
    minute_.setInterval(60 * 1000);
    connect(&minute_, &QTimer::timeout, this, &SyncStatus::changed);
    minute_.start();
}

void SyncStatus::provide(SyncStatus* instance) {
    g_instance = instance;
}

SyncStatus* SyncStatus::create(QQmlEngine*, QJSEngine*) {
    if (!g_instance) {
        qFatal("SyncStatus: main() must call SyncStatus::provide() before loading QML");
    }
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

bool SyncStatus::watchNetwork() {
    if (!QNetworkInformation::loadDefaultBackend() &&
        !QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        return false;
    }
    auto* info = QNetworkInformation::instance();
    if (info == nullptr || !info->supports(QNetworkInformation::Feature::Reachability)) {
        return false;
    }
    const auto apply = [this](QNetworkInformation::Reachability r) {
        setOnline(r == QNetworkInformation::Reachability::Online ||
                  r == QNetworkInformation::Reachability::Site ||
                  r == QNetworkInformation::Reachability::Unknown);
    };
    connect(info, &QNetworkInformation::reachabilityChanged, this, apply);
    apply(info->reachability());
    return true;
}

SyncStatus::State SyncStatus::state() const {
    if (syncing_) {
        return Syncing;
    }
    if (signInNeeded_) {
        return SignInNeeded;
    }
    if (!online_ || unreachable_) {
        return Offline;
    }
    return error_.isEmpty() ? Idle : Failed;
}

QString SyncStatus::lastSyncText() const {
    if (!lastSync_.isValid()) {
        return tr("Jamais synchronisé");
    }
    const qint64 secs = lastSync_.secsTo(QDateTime::currentDateTimeUtc());
    if (secs < 60) {
        return tr("Synchronisé à l'instant");
    }
    if (secs < 3600) {
        return tr("Synchronisé il y a %1 min").arg(secs / 60);
    }
    const QLocale locale;
    const QDateTime local = lastSync_.toLocalTime();
    if (local.date() == QDate::currentDate()) {
        return tr("Synchronisé à %1").arg(locale.toString(local.time(), QLocale::ShortFormat));
    }
    return tr("Synchronisé le %1 à %2")
        .arg(locale.toString(local.date(), QLocale::ShortFormat),
             locale.toString(local.time(), QLocale::ShortFormat));
}

void SyncStatus::setOnline(bool online) {
    if (online != online_) {
        online_ = online;
        emit changed();
    }
}

void SyncStatus::setPendingCount(int count) {
    if (count != pending_) {
        pending_ = count;
        emit changed();
    }
}

void SyncStatus::setSyncing(bool syncing) {
    if (syncing != syncing_) {
        syncing_ = syncing;
        emit changed();
    }
}

void SyncStatus::setLastSync(const QDateTime& when) {
    lastSync_ = when.toUTC();
    emit changed();
}

void SyncStatus::setUnreachable(bool unreachable) {
    if (unreachable != unreachable_) {
        unreachable_ = unreachable;
        emit changed();
    }
}

void SyncStatus::setSignInNeeded(bool needed) {
    if (needed != signInNeeded_) {
        signInNeeded_ = needed;
        emit changed();
    }
}

void SyncStatus::setError(const QString& sentence) {
    if (sentence != error_) {
        error_ = sentence;
        emit changed();
    }
}

}  // namespace ronde::app
