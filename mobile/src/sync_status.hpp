// What the sync badge shows: network reachability, changes waiting to be
// sent, the last successful sync and the last error. Published to QML as the
// SyncStatus singleton. GUI thread only.
//
// The network state comes from QNetworkInformation when the platform has a
// backend. The other fields are set by the SyncController.
#pragma once

#include <QtQml/qqmlregistration.h>
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>

class QJSEngine;
class QQmlEngine;

namespace ronde::app {

class SyncStatus : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(bool online READ online NOTIFY changed)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY changed)
    Q_PROPERTY(QDateTime lastSync READ lastSync NOTIFY changed)
    Q_PROPERTY(bool everSynced READ everSynced NOTIFY changed)
    Q_PROPERTY(QString lastSyncText READ lastSyncText NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)

public:
    // SignInNeeded: enrolled, but no valid token (signed out or expired).
    enum State { Idle, Offline, Syncing, Failed, SignInNeeded };
    Q_ENUM(State)

    // No default argument: see PositionProvider (Qt 6.4 would ignore create()).
    explicit SyncStatus(QObject* parent);

    static void provide(SyncStatus* instance);
    static SyncStatus* create(QQmlEngine* qml, QJSEngine* js);

    // Follows QNetworkInformation when a backend loads; false when none does
    // (the state then says nothing about the network).
    bool watchNetwork();

    State state() const;
    bool online() const { return online_; }
    int pendingCount() const { return pending_; }
    QDateTime lastSync() const { return lastSync_; }
    bool everSynced() const { return lastSync_.isValid(); }
    // "Jamais synchronisé", "Synchronisé à l'instant", "… il y a 12 min", "… le 21/11 à 09:30".
    QString lastSyncText() const;
    QString errorText() const { return error_; }

    // Re-reads lastSyncText in the current language.
    void retranslate() { emit changed(); }

    // For the sync controller.
    void setOnline(bool online);
    void setPendingCount(int count);
    void setSyncing(bool syncing);
    void setLastSync(const QDateTime& when);
    void setError(const QString& sentence);  // empty clears it
    // The last sync found no server (network up or not): shown as offline.
    void setUnreachable(bool unreachable);
    void setSignInNeeded(bool needed);

signals:
    void changed();

private:
    bool online_ = true;
    bool syncing_ = false;
    bool unreachable_ = false;
    bool signInNeeded_ = false;
    int pending_ = 0;
    QDateTime lastSync_;
    QString error_;
    QTimer minute_;  // keeps "il y a N min" current
};

}  // namespace ronde::app
