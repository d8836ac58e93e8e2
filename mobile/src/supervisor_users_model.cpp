#include "supervisor_users_model.hpp"

#include <QRegularExpression>

namespace ronde::app {

using namespace supervisor_text;

namespace {
// The server's rules (ronde-server user add), checked here first so that the
// commander reads what is wrong before anything is sent.
constexpr int kMinPasswordLength = 8;  // characters
constexpr int kMaxPasswordBytes = 1024;
constexpr int kMaxNameLength = 200;

bool validUsername(const QString& s) {
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._@-]{1,64}$"));
    return pattern.match(s).hasMatch();
}

int characters(const QString& s) {
    return static_cast<int>(s.toUcs4().size());
}
}  // namespace

SupervisorUsersModel::SupervisorUsersModel(QObject* parent) : SupervisorListModel(parent) {}

QHash<int, QByteArray> SupervisorUsersModel::roleNames() const {
    return {{UserIdRole, "userId"},
            {DisplayNameRole, "displayName"},
            {UsernameRole, "username"},
            {RoleRole, "role"},
            {RoleTextRole, "roleText"},
            {IdentityTextRole, "identityText"},
            {LastSeenTextRole, "lastSeenText"},
            {DevicesTextRole, "devicesText"},
            {StatusTextRole, "statusText"},
            {DisabledRole, "disabled"},
            {SelfRole, "ownAccount"}};
}

void SupervisorUsersModel::answered(const QJsonObject& answer, bool /*firstPage*/) {
    const QString name = answer.value(u"unit").toObject().value(u"name").toString();
    if (name != unitName_) {
        unitName_ = name;
        emit unitNameChanged();
    }
}

SupervisorListModel::Row SupervisorUsersModel::rowFrom(const QJsonObject& item) const {
    const QString username = item.value(u"username").toString();
    const QString role = item.value(u"role").toString();
    const QString roleText = roleLabel(role);
    const QString lastSeen = dateTimeText(item.value(u"last_seen_at"));
    const int devices = item.value(u"devices").toInt();
    const int signedIn = item.value(u"signed_in_devices").toInt();
    const QString lastSeenText =
        lastSeen.isEmpty() ? tr("Jamais connecté") : tr("Dernier contact : %1").arg(lastSeen);
    QString devicesText;
    if (devices == 0) {
        devicesText = tr("Aucun appareil");
    } else if (signedIn == devices) {
        devicesText = tr("%n appareil(s) connecté(s)", nullptr, devices);
    } else {
        devicesText = tr("%n appareil(s)", nullptr, devices) +
                      (signedIn > 0 ? tr(", dont %n connecté(s)", nullptr, signedIn)
                                    : tr(", aucun connecté"));
    }
    QString displayName = item.value(u"display_name").toString();
    if (displayName.isEmpty()) {
        displayName = username;
    }
    const bool disabled = item.value(u"disabled_at").isString();
    return {
        {UserIdRole, item.value(u"id").toString()},
        {DisplayNameRole, displayName},
        {UsernameRole, username},
        {RoleRole, role},
        {RoleTextRole, roleText},
        {IdentityTextRole, tr("%1 · %2").arg(username, roleText)},
        {LastSeenTextRole, lastSeenText},
        {DevicesTextRole, devicesText},
        {StatusTextRole, disabled ? tr("Compte désactivé %1 · %2")
                                        .arg(dateTimeText(item.value(u"disabled_at")), lastSeenText)
                                  : tr("%1 · %2").arg(lastSeenText, devicesText)},
        {DisabledRole, disabled},
        {SelfRole, item.value(u"self").toBool()},
    };
}

bool SupervisorUsersModel::checkPassword(const QString& password, const QString& confirmation,
                                         QVariantMap& errors) {
    if (characters(password) < kMinPasswordLength) {
        errors.insert(
            QStringLiteral("password"),
            tr("Le mot de passe doit compter au moins %1 caractères.").arg(kMinPasswordLength));
    } else if (password.toUtf8().size() > kMaxPasswordBytes) {
        errors.insert(QStringLiteral("password"), tr("Le mot de passe est trop long."));
    } else if (password != confirmation) {
        errors.insert(QStringLiteral("confirmation"),
                      tr("Les deux mots de passe ne sont pas identiques."));
    }
    return errors.isEmpty();
}

bool SupervisorUsersModel::createAccount(const QString& displayName, const QString& username,
                                         const QString& role, const QString& password,
                                         const QString& confirmation) {
    if (acting_ || !client()) {
        return false;
    }
    QVariantMap errors;
    const QString name = displayName.simplified();
    const QString login = username.trimmed().toLower();
    if (name.isEmpty()) {
        errors.insert(QStringLiteral("displayName"),
                      tr("Indiquez le grade, le prénom et le nom (ex. Gendarme Léa Tanguy)."));
    } else if (characters(name) > kMaxNameLength) {
        errors.insert(QStringLiteral("displayName"),
                      tr("Le nom est trop long : %1 caractères au plus.").arg(kMaxNameLength));
    }
    if (!validUsername(login)) {
        errors.insert(
            QStringLiteral("username"),
            tr("L'identifiant compte 1 à 64 lettres sans accent, chiffres, « . », « _ », « - » "
               "ou « @ » (ex. l.tanguy)."));
    }
    checkPassword(password, confirmation, errors);
    if (role != QLatin1String("patrol") && role != QLatin1String("supervisor")) {
        errors.insert(QStringLiteral("role"), tr("Choisissez le rôle du compte."));
    }
    if (!errors.isEmpty()) {
        setErrors({}, errors);
        return false;
    }
    send(QStringLiteral("/api/v1/admin/users"), {{QStringLiteral("display_name"), name},
                                                 {QStringLiteral("username"), login},
                                                 {QStringLiteral("role"), role},
                                                 {QStringLiteral("password"), password}});
    return true;
}

bool SupervisorUsersModel::resetPassword(const QString& userId, const QString& password,
                                         const QString& confirmation) {
    if (userId.isEmpty() || acting_ || !client()) {
        return false;
    }
    QVariantMap errors;
    if (!checkPassword(password, confirmation, errors)) {
        setErrors({}, errors);
        return false;
    }
    send(QStringLiteral("/api/v1/admin/users/%1/password").arg(userId),
         {{QStringLiteral("password"), password}});
    return true;
}

bool SupervisorUsersModel::setDisabled(const QString& userId, bool disabled) {
    if (userId.isEmpty() || acting_ || !client()) {
        return false;
    }
    send(QStringLiteral("/api/v1/admin/users/%1/%2")
             .arg(userId, disabled ? QStringLiteral("disable") : QStringLiteral("enable")),
         {});
    return true;
}

void SupervisorUsersModel::clearErrors() {
    setErrors({}, {});
}

void SupervisorUsersModel::setErrors(const QString& text, const QVariantMap& fields) {
    if (text == actionError_ && fields == fieldErrors_) {
        return;
    }
    actionError_ = text;
    fieldErrors_ = fields;
    emit actionErrorChanged();
}

void SupervisorUsersModel::send(const QString& path, const QJsonObject& body) {
    setErrors({}, {});
    acting_ = true;
    emit actingChanged();
    client()->post(path, body, this, [this](const SupervisorReply& reply) {
        acting_ = false;
        emit actingChanged();
        if (reply.ok()) {
            reload();  // the new account, or the same list (nothing shown changed)
            emit actionFinished(true);
            return;
        }
        // What the server refused in what was typed, next to its field.
        const std::string& code = reply.error->code;
        const std::string& field = reply.error->field;
        QVariantMap fields;
        if (code == "already_exists" && field == "username") {
            fields.insert(QStringLiteral("username"),
                          tr("Cet identifiant est déjà pris : choisissez-en un autre."));
        } else if (code == "invalid_value" && field == "username") {
            fields.insert(QStringLiteral("username"),
                          tr("Le serveur refuse cet identifiant : lettres sans accent, chiffres, "
                             "« . », « _ », « - » ou « @ »."));
        } else if (code == "invalid_value" && field == "display_name") {
            fields.insert(QStringLiteral("displayName"), tr("Le serveur refuse ce nom."));
        } else if (code == "invalid_value" && field == "password") {
            fields.insert(QStringLiteral("password"),
                          tr("Le serveur refuse ce mot de passe : au moins %1 caractères.")
                              .arg(kMinPasswordLength));
        }
        setErrors(fields.isEmpty() ? reply.errorText : QString(), fields);
        emit actionFinished(false);
    });
}

}  // namespace ronde::app
