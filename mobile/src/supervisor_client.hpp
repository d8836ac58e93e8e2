// The supervisor's live connection to the unit's server (DESIGN §1, §5):
// the supervisor screens query the server as they open (online data, never
// stored on the device). Asynchronous GET and POST with the bearer token and
// X-Ronde-Protocol, JSON answers, errors as French sentences, and downloads
// streamed to a file as they arrive. Published to QML as the
// SupervisorClient singleton; the supervisor models (supervisor_*.hpp) send
// their requests through it. GUI thread only.
//
// Same address rules as the sync transport (qt_network_transport.hpp):
// HTTPS to the unit's server, plain HTTP only to loopback unless the
// settings allow it; certificate errors are never ignored; redirects never
// downgrade to http.
//
// Credentials (the seam with the sign-in flow): followSignIn() takes the
// token and the role that the sign-in keeps in the device store while the
// app is signed in and unlocked; setCredentials() sets them directly (tests,
// screenshots). The screens show only while `available` (a token and the
// role supervisor or admin).
#pragma once

#include "ronde/error.hpp"

#include <QtQml/qqmlregistration.h>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>

class QJSEngine;
class QNetworkAccessManager;

class QQmlEngine;

namespace ronde::app {

class AppSettings;
class StoreSession;
class SyncController;

// The answer to one request: the JSON body of a 2xx, or the error.
struct SupervisorReply {
    int status = 0;              // HTTP status; 0 when no answer came
    QJsonDocument json;          // the body of a 2xx answer (may be empty)
    std::optional<Error> error;  // set when the request failed, whatever the reason
    QString errorText;           // the sentence to show for `error`
    bool ok() const { return !error.has_value(); }
};
using SupervisorHandler = std::function<void(const SupervisorReply&)>;

class SupervisorClient : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    // A token and a supervisor (or admin) role: the supervisor screens may show.
    Q_PROPERTY(bool available READ available NOTIFY credentialsChanged)
    Q_PROPERTY(QString role READ role NOTIFY credentialsChanged)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY serverChanged)
    // Requests under way (a busy indicator).
    Q_PROPERTY(int pending READ pending NOTIFY pendingChanged)
    // The unit's accounts for the pickers (author, assignee): [{value: id,
    // label: display name}], by name; read from GET /api/v1/admin/users when
    // credentials arrive.
    Q_PROPERTY(QVariantList userOptions READ userOptions NOTIFY usersChanged)
    // The unit's communes, for the commune picker: those of its contacts,
    // read from GET /api/v1/communes when credentials arrive.
    Q_PROPERTY(QStringList communes READ communes NOTIFY communesChanged)
    // The same as picker options, "every one" first.
    Q_PROPERTY(QVariantList communeOptions READ communeOptions NOTIFY communesChanged)
    Q_PROPERTY(QVariantList authorOptions READ authorOptions NOTIFY usersChanged)
    // "Personne" first, disabled accounts left out: the assignee of a
    // follow-up.
    Q_PROPERTY(QVariantList assigneeOptions READ assigneeOptions NOTIFY usersChanged)

public:
    // Follows `settings` (server address, plain HTTP allowed) when given.
    // No default argument: Qt 6.4 would build the singleton itself.
    SupervisorClient(AppSettings* settings, QObject* parent);
    ~SupervisorClient() override;

    static void provide(SupervisorClient* instance);
    static SupervisorClient* create(QQmlEngine* qml, QJSEngine* js);
    // The instance main() provided, or null (the models' default client).
    static SupervisorClient* provided();

    // Names of the credentials read from the device store: the sync
    // worker's token, and the role of the signed-in account.
    static constexpr const char* kTokenCredential = "device_token";
    static constexpr const char* kRoleCredential = "role";
    // Follows the sign-in: credentials from `session`'s store while it is
    // open and `sync` is signed in; none otherwise.
    void followSignIn(SyncController* sync, StoreSession* session);

    // Tests and tools without settings.
    void setServer(const QUrl& url, bool allowPlainHttp);
    void setCredentials(const QString& token, const QString& role);
    void clearCredentials();
    void setTimeout(int milliseconds) { timeoutMs_ = milliseconds; }

    bool available() const;
    QString role() const { return role_; }
    QString serverUrl() const { return base_.toString(); }
    int pending() const { return pending_; }
    QVariantList userOptions() const { return userOptions_; }
    // The display name of the unit's account `id` (empty when unknown).
    Q_INVOKABLE QString userName(const QString& id) const { return userNames_.value(id); }
    // Reads the unit's accounts again.
    Q_INVOKABLE void refreshUsers();

    // A contact as the lists name it (visit items carry theirs).
    struct ContactSummary {
        QString title;
        QString commune;
        QString category;  // code
    };
    QStringList communes() const { return communes_; }
    QVariantList communeOptions() const;
    QVariantList authorOptions() const;
    QVariantList assigneeOptions() const;
    bool communesLoaded() const { return communesLoaded_; }
    // Reads the unit's communes again.
    Q_INVOKABLE void refreshCommunes();

    // GET `path` ("/api/v1/visits") with `query`; `handler` runs on the GUI
    // thread unless `context` was destroyed first. The returned reply may be
    // aborted (the handler then gets "cancelled"); null when refused at once
    // (the handler has already run).
    QPointer<QNetworkReply> get(const QString& path, const QUrlQuery& query, QObject* context,
                                SupervisorHandler handler);
    // POST `body` as JSON.
    QPointer<QNetworkReply> post(const QString& path, const QJsonObject& body, QObject* context,
                                 SupervisorHandler handler);
    // GET `path` and write the body to `filePath` as it arrives (the file is
    // replaced only when the whole body came: QSaveFile). `progress` gets the
    // bytes written so far. The handler's json is empty.
    QPointer<QNetworkReply> download(const QString& path, const QUrlQuery& query,
                                     const QString& filePath, QObject* context,
                                     std::function<void(qint64 bytes)> progress,
                                     SupervisorHandler handler);

    // The sentence a supervisor screen shows for `error` (online wording:
    // nothing here is kept for later, unlike the patrol screens).
    static QString sentence(const Error& error);

signals:
    void credentialsChanged();
    void serverChanged();
    void pendingChanged();
    void usersChanged();
    void communesChanged();
    // The server refused the token (expired, revoked): the screens hide
    // until the app signs in again.
    void signInNeeded();

private:
    std::optional<Error> check() const;
    QNetworkAccessManager& network();
    void track(QNetworkReply* reply);
    void finish(QNetworkReply* reply, SupervisorReply& out, const QByteArray& body);
    void fail(QObject* context, const SupervisorHandler& handler, Error error);

    QPointer<AppSettings> settings_;
    QUrl base_;
    bool allowPlainHttp_ = false;
    QString token_;
    QString role_;
    int pending_ = 0;
    int timeoutMs_ = 30000;
    std::unique_ptr<QNetworkAccessManager> network_;
    QVariantList userOptions_;
    QHash<QString, QString> userNames_;
    QStringList communes_;
    bool communesLoaded_ = false;
    int communesGeneration_ = 0;  // a refresh drops the answer of the one before
    // id -> display name; whether a name was added or changed (then
    // usersChanged was emitted).
    bool addUsers(const QHash<QString, QString>& names);
    QSet<QString> disabledUsers_;  // ids of disabled accounts (no new assignment)
};

}  // namespace ronde::app
