#include "supervisor_client.hpp"

#include "app_settings.hpp"
#include "error_text.hpp"
#include "store_session.hpp"
#include "sync_controller.hpp"

#include <QJSEngine>
#include <QJsonArray>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <type_traits>

namespace ronde::app {

namespace {

QPointer<SupervisorClient> g_instance;
static_assert(!std::is_default_constructible_v<SupervisorClient>,
              "QML must get the instance of main() through create()");

constexpr const char* kTimedOut = "ronde_timed_out";

// The error of a non-2xx answer: the API's {"error": {code, message}} or,
// failing that, a code from the status.
Error httpError(int status, const QByteArray& body) {
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(u"error").toObject();
    const QString code = error.value(u"code").toString();
    if (!code.isEmpty()) {
        // PROTOCOL.md §9: the offending field, when there is one, is in details.
        return make_error(
            code.toStdString(), error.value(u"message").toString().toStdString(),
            error.value(u"details").toObject().value(u"field").toString().toStdString());
    }
    switch (status) {
        case 401:
            return make_error("unauthenticated", "The server refused the token.");
        case 403:
            return make_error("forbidden", "The account may not do this.");
        case 404:
            return make_error("not_found", "No such route or record.");
        default:
            return make_error("invalid_response", "HTTP status " + std::to_string(status));
    }
}

bool needsSignIn(const Error& e) {
    return e.code == "unauthenticated" || e.code == "token_expired" || e.code == "device_revoked" ||
           e.code == "unauthorized";
}

}  // namespace

SupervisorClient::SupervisorClient(AppSettings* settings, QObject* parent)
    : QObject(parent), settings_(settings) {
    if (settings_) {
        const auto follow = [this] {
            setServer(QUrl(settings_->serverUrl()), settings_->allowPlainHttp());
        };
        follow();
        connect(settings_, &AppSettings::serverUrlChanged, this, follow);
        connect(settings_, &AppSettings::allowPlainHttpChanged, this, follow);
    }
}

SupervisorClient::~SupervisorClient() = default;

void SupervisorClient::provide(SupervisorClient* instance) {
    g_instance = instance;
}

SupervisorClient* SupervisorClient::create(QQmlEngine*, QJSEngine*) {
    if (!g_instance) {
        // A program without the supervisor's screens (the patrol UI's tests):
        // a client without credentials, so `available` stays false.
        return new SupervisorClient(nullptr, nullptr);  // owned by the QML engine
    }
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

SupervisorClient* SupervisorClient::provided() {
    return g_instance;
}

void SupervisorClient::setServer(const QUrl& url, bool allowPlainHttp) {
    if (url == base_ && allowPlainHttp == allowPlainHttp_) {
        return;
    }
    base_ = url;
    allowPlainHttp_ = allowPlainHttp;
    emit serverChanged();
}

void SupervisorClient::followSignIn(SyncController* sync, StoreSession* session) {
    const auto read = [this, sync = QPointer<SyncController>(sync),
                       session = QPointer<StoreSession>(session)] {
        store::DeviceStore* store = session ? session->store() : nullptr;
        if (!sync || !sync->signedIn() || store == nullptr) {
            clearCredentials();
            return;
        }
        const auto credential = [store](const char* name) {
            auto value = store->credential(name);
            return value && value.value() ? QString::fromStdString(*value.value()) : QString();
        };
        setCredentials(credential(kTokenCredential), credential(kRoleCredential));
    };
    connect(sync, &SyncController::signedInChanged, this, read);
    connect(session, &StoreSession::stateChanged, this, read);
    read();
}

void SupervisorClient::setCredentials(const QString& token, const QString& role) {
    if (token == token_ && role == role_) {
        return;
    }
    token_ = token;
    role_ = role;
    if (!userNames_.isEmpty()) {
        userNames_.clear();
        userOptions_.clear();
        disabledUsers_.clear();
        emit usersChanged();
    }
    emit credentialsChanged();
    communes_.clear();
    communesLoaded_ = false;
    ++communesGeneration_;
    emit communesChanged();
    if (available()) {
        refreshUsers();
        if (role_ == QLatin1String("supervisor")) {  // admins read no records
            refreshCommunes();
        }
    }
}

void SupervisorClient::refreshUsers() {
    if (!available()) {
        return;
    }
    // The unit's accounts (GET /api/v1/admin/users), by display name.
    get(QStringLiteral("/api/v1/admin/users"), {}, this, [this](const SupervisorReply& reply) {
        if (!reply.ok()) {
            return;
        }
        QHash<QString, QString> names;
        QSet<QString> disabled;
        for (const auto& v : reply.json.object().value(u"items").toArray()) {
            const QJsonObject u = v.toObject();
            const QString name = u.value(u"display_name").toString();
            const QString id = u.value(u"id").toString();
            names.insert(id, name.isEmpty() ? u.value(u"username").toString() : name);
            if (u.value(u"disabled_at").isString()) {
                disabled.insert(id);
            }
        }
        const bool changed = disabled != disabledUsers_;
        disabledUsers_ = disabled;
        if (!addUsers(names) && changed) {
            emit usersChanged();
        }
    });
}

bool SupervisorClient::addUsers(const QHash<QString, QString>& names) {
    bool added = false;
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        if (!it.key().isEmpty() && !it.value().isEmpty() &&
            userNames_.value(it.key()) != it.value()) {
            userNames_.insert(it.key(), it.value());
            added = true;
        }
    }
    if (!added) {
        return false;
    }
    QList<QPair<QString, QString>> users;
    for (auto it = userNames_.cbegin(); it != userNames_.cend(); ++it) {
        users.append({it.value(), it.key()});
    }
    std::sort(users.begin(), users.end(), [](const auto& a, const auto& b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    userOptions_.clear();
    for (const auto& [name, id] : users) {
        userOptions_.append(
            QVariantMap{{QStringLiteral("value"), id}, {QStringLiteral("label"), name}});
    }
    emit usersChanged();
    return true;
}

QVariantList SupervisorClient::communeOptions() const {
    QVariantList out{QVariantMap{{QStringLiteral("value"), QString()},
                                 {QStringLiteral("label"), tr("Toutes les communes")}}};
    for (const QString& c : communes_) {
        out.append(QVariantMap{{QStringLiteral("value"), c}, {QStringLiteral("label"), c}});
    }
    return out;
}

QVariantList SupervisorClient::authorOptions() const {
    QVariantList out{QVariantMap{{QStringLiteral("value"), QString()},
                                 {QStringLiteral("label"), tr("Tous les gendarmes")}}};
    out.append(userOptions_);
    return out;
}

QVariantList SupervisorClient::assigneeOptions() const {
    QVariantList out{QVariantMap{{QStringLiteral("value"), QString()},
                                 {QStringLiteral("label"), tr("Personne")}}};
    // A disabled account is handed nothing new (the server refuses it).
    for (const QVariant& option : userOptions_) {
        if (!disabledUsers_.contains(option.toMap().value(QStringLiteral("value")).toString())) {
            out.append(option);
        }
    }
    return out;
}

void SupervisorClient::refreshCommunes() {
    if (!available()) {
        return;
    }
    // The communes of the unit's contacts (GET /api/v1/communes): one small
    // answer, one journal entry, instead of reading every contact.
    get(QStringLiteral("/api/v1/communes"), {}, this,
        [this, generation = ++communesGeneration_](const SupervisorReply& reply) {
            if (generation != communesGeneration_ || !reply.ok()) {
                return;
            }
            QStringList communes;
            for (const auto& v : reply.json.object().value(u"items").toArray()) {
                const QString name = v.toObject().value(u"name").toString().trimmed();
                if (!name.isEmpty()) {
                    communes.append(name);
                }
            }
            std::sort(communes.begin(), communes.end(), [](const QString& a, const QString& b) {
                return QString::localeAwareCompare(a, b) < 0;
            });
            communes_ = communes;
            communesLoaded_ = true;
            emit communesChanged();
        });
}

void SupervisorClient::clearCredentials() {
    setCredentials({}, {});
}

bool SupervisorClient::available() const {
    return !token_.isEmpty() &&
           (role_ == QLatin1String("supervisor") || role_ == QLatin1String("admin"));
}

std::optional<Error> SupervisorClient::check() const {
    if (token_.isEmpty()) {
        return make_error("not_signed_in", "No token: the app has not signed in.");
    }
    switch (AppSettings::checkServerUrl(base_.toString(), allowPlainHttp_)) {
        case AppSettings::UrlCheck::Ok:
            return std::nullopt;
        case AppSettings::UrlCheck::PlainHttpRefused:
            return make_error("insecure_transport",
                              "Plain HTTP is only allowed to this device unless the settings "
                              "allow it.");
        default:
            return make_error("invalid_url", "The server address is not usable.");
    }
}

QNetworkAccessManager& SupervisorClient::network() {
    if (!network_) {
        network_ = std::make_unique<QNetworkAccessManager>();
    }
    return *network_;
}

void SupervisorClient::fail(QObject* context, const SupervisorHandler& handler, Error error) {
    SupervisorReply out;
    out.errorText = sentence(error);
    out.error = std::move(error);
    (void)context;  // still alive: the caller is on the stack
    handler(out);
}

// Counts the reply as pending and arms its timeout.
void SupervisorClient::track(QNetworkReply* reply) {
    ++pending_;
    emit pendingChanged();
    auto* deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply] {
        reply->setProperty(kTimedOut, true);
        reply->abort();
    });
    deadline->start(timeoutMs_);
    // Downloads keep the deadline moving while bytes arrive.
    connect(reply, &QNetworkReply::readyRead, deadline,
            [deadline, this] { deadline->start(timeoutMs_); });
    connect(reply, &QNetworkReply::finished, this, [this] {
        --pending_;
        emit pendingChanged();
    });
}

// Fills `out` from the finished `reply` (status, error) and `body`.
void SupervisorClient::finish(QNetworkReply* reply, SupervisorReply& out, const QByteArray& body) {
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    out.status = status.isValid() ? status.toInt() : 0;
    if (reply->property(kTimedOut).toBool()) {
        out.error = make_error("timeout", "The server did not answer in time.");
    } else if (reply->error() == QNetworkReply::OperationCanceledError && !status.isValid()) {
        out.error = make_error("cancelled", "The request was cancelled.");
    } else if (!status.isValid()) {
        out.error = make_error("network", reply->errorString().toStdString());
    } else if (out.status < 200 || out.status >= 300) {
        out.error = httpError(out.status, body);
    } else if (!body.isEmpty()) {
        QJsonParseError parse{};
        out.json = QJsonDocument::fromJson(body, &parse);
        if (parse.error != QJsonParseError::NoError) {
            out.error = make_error("invalid_response", "The answer is not JSON.");
        }
    }
    if (out.error) {
        out.errorText = sentence(*out.error);
        if (needsSignIn(*out.error)) {
            clearCredentials();
            emit signInNeeded();
        }
    }
}

namespace {
QNetworkRequest makeRequest(const QUrl& base, const QString& path, const QUrlQuery& query,
                            const QString& token) {
    QString root = base.toString();
    while (root.endsWith(QLatin1Char('/'))) {
        root.chop(1);
    }
    QUrl url(root + path);
    url.setQuery(query);
    QNetworkRequest http(url);
    http.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                      QNetworkRequest::NoLessSafeRedirectPolicy);
    http.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    http.setRawHeader("X-Ronde-Protocol", "1");
    http.setRawHeader("Accept", "application/json");
    return http;
}
}  // namespace

QPointer<QNetworkReply> SupervisorClient::get(const QString& path, const QUrlQuery& query,
                                              QObject* context, SupervisorHandler handler) {
    if (auto refused = check()) {
        fail(context, handler, std::move(*refused));
        return nullptr;
    }
    QNetworkReply* reply = network().get(makeRequest(base_, path, query, token_));
    track(reply);
    connect(reply, &QNetworkReply::finished, context ? context : this,
            [this, reply, handler = std::move(handler)] {
                reply->deleteLater();
                SupervisorReply out;
                finish(reply, out, reply->isOpen() ? reply->readAll() : QByteArray());
                handler(out);
            });
    return reply;
}

QPointer<QNetworkReply> SupervisorClient::post(const QString& path, const QJsonObject& body,
                                               QObject* context, SupervisorHandler handler) {
    if (auto refused = check()) {
        fail(context, handler, std::move(*refused));
        return nullptr;
    }
    QNetworkRequest http = makeRequest(base_, path, {}, token_);
    http.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply* reply = network().post(http, QJsonDocument(body).toJson(QJsonDocument::Compact));
    track(reply);
    connect(reply, &QNetworkReply::finished, context ? context : this,
            [this, reply, handler = std::move(handler)] {
                reply->deleteLater();
                SupervisorReply out;
                finish(reply, out, reply->isOpen() ? reply->readAll() : QByteArray());
                handler(out);
            });
    return reply;
}

QPointer<QNetworkReply> SupervisorClient::download(const QString& path, const QUrlQuery& query,
                                                   const QString& filePath, QObject* context,
                                                   std::function<void(qint64)> progress,
                                                   SupervisorHandler handler) {
    if (auto refused = check()) {
        fail(context, handler, std::move(*refused));
        return nullptr;
    }
    auto file = std::make_shared<QSaveFile>(filePath);
    if (!file->open(QIODevice::WriteOnly)) {
        fail(context, handler, make_error("write_failed", file->errorString().toStdString()));
        return nullptr;
    }
    QNetworkRequest http = makeRequest(base_, path, query, token_);
    http.setRawHeader("Accept", "*/*");
    QNetworkReply* reply = network().get(http);
    track(reply);
    // Written as it arrives: only a 2xx body goes to the file; an error's
    // body stays in the reply for finish().
    auto written = std::make_shared<qint64>(0);
    auto writeFailed = std::make_shared<bool>(false);
    const auto isSuccess = [reply] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        return status >= 200 && status < 300;
    };
    connect(reply, &QNetworkReply::readyRead, context ? context : this,
            [reply, file, written, writeFailed, isSuccess, progress] {
                if (!isSuccess() || *writeFailed) {
                    return;
                }
                const QByteArray chunk = reply->readAll();
                if (file->write(chunk) != chunk.size()) {
                    *writeFailed = true;
                    reply->abort();
                    return;
                }
                *written += chunk.size();
                if (progress) {
                    progress(*written);
                }
            });
    connect(reply, &QNetworkReply::finished, context ? context : this,
            [this, reply, file, written, writeFailed, isSuccess, handler = std::move(handler)] {
                reply->deleteLater();
                SupervisorReply out;
                if (*writeFailed) {
                    file->cancelWriting();
                    file->commit();
                    out.error = make_error("write_failed", file->errorString().toStdString());
                    out.errorText = sentence(*out.error);
                    handler(out);
                    return;
                }
                const QByteArray rest = reply->isOpen() ? reply->readAll() : QByteArray();
                if (isSuccess() && reply->error() == QNetworkReply::NoError) {
                    if (file->write(rest) != rest.size() || !file->commit()) {
                        out.error = make_error("write_failed", file->errorString().toStdString());
                        out.errorText = sentence(*out.error);
                    }
                    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                    handler(out);
                    return;
                }
                file->cancelWriting();
                file->commit();
                finish(reply, out, rest);
                if (!out.error) {
                    out.error = make_error("network", reply->errorString().toStdString());
                    out.errorText = sentence(*out.error);
                }
                handler(out);
            });
    return reply;
}

QString SupervisorClient::sentence(const Error& e) {
    const std::string& c = e.code;
    if (c == "network" || c == "network_error" || c == "timeout" || c == "no_network") {
        return tr(
            "Le serveur de l'unité ne répond pas : vérifiez la connexion de l'appareil, puis "
            "réessayez.");
    }
    if (c == "not_signed_in") {
        return tr("Connectez-vous au serveur de l'unité pour consulter ses données.");
    }
    if (c == "unauthenticated" || c == "token_expired" || c == "unauthorized") {
        return tr(
            "Votre session a expiré : reconnectez-vous pour consulter les données de l'unité.");
    }
    if (c == "forbidden") {
        return tr(
            "Votre compte n'a pas accès à cet écran : il est réservé au commandement de l'unité.");
    }
    if (c == "not_found") {
        return tr("Cette fiche n'existe plus sur le serveur : actualisez la liste.");
    }
    if (c == "write_failed") {
        return tr(
            "Le fichier n'a pas pu être écrit : choisissez un autre dossier, puis réessayez.");
    }
    if (c == "cancelled") {
        return tr("Opération annulée.");
    }
    if (c == "conflict" || c == "already_resolved" || c == "already_closed") {
        return tr("Quelqu'un l'a modifié entre-temps : actualisez la liste, puis réessayez.");
    }
    if (c == "unavailable") {
        return tr("Le serveur est occupé : réessayez dans une minute.");
    }
    return ErrorText::sentence(e);
}

}  // namespace ronde::app
