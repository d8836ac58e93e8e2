// The unit's accounts for the "team and devices" screen (GET
// /api/v1/admin/users): name, username, role, last contact and devices.
// createAccount() adds a gendarme arriving at the unit (POST
// /api/v1/admin/users); resetPassword() gives an account a new password
// (POST .../password) — the commander hands it over in person;
// setDisabled() closes the account of one who leaves the unit. Both check
// what was typed before asking the server, and say what is wrong, field by
// field, in the UI language. GUI thread.
#pragma once

#include "supervisor_list_model.hpp"

#include <QVariantMap>

namespace ronde::app {

class SupervisorUsersModel
    : public ronde::app::SupervisorListModel {  // qualified: qmltyperegistrar 6.4 needs it
    Q_OBJECT
    QML_ELEMENT

    // The sentence of the last refused action, for the whole form ("" when none).
    Q_PROPERTY(QString actionError READ actionError NOTIFY actionErrorChanged)
    // Field name ("username", "displayName", "password", "confirmation")
    // -> the sentence saying what is wrong with it.
    Q_PROPERTY(QVariantMap fieldErrors READ fieldErrors NOTIFY actionErrorChanged)
    Q_PROPERTY(bool acting READ acting NOTIFY actingChanged)
    // The unit's name, from the answer ("Brigade de Cesson-Sévigné").
    Q_PROPERTY(QString unitName READ unitName NOTIFY unitNameChanged)

public:
    enum Roles {
        UserIdRole = Qt::UserRole + 1,
        DisplayNameRole,
        UsernameRole,
        RoleRole,          // "patrol", "supervisor", "admin"
        RoleTextRole,      // "Patrouille"
        IdentityTextRole,  // "t.rivoal · Commandement"
        LastSeenTextRole,  // "Dernier contact : hier à 17:05" / "Jamais connecté"
        DevicesTextRole,   // "2 appareils, dont 1 connecté" / "Aucun appareil"
        StatusTextRole,    // the last two joined, or "Compte désactivé le …"
        DisabledRole,      // the account cannot sign in
        SelfRole,          // the signed-in account itself
    };
    Q_ENUM(Roles)

    explicit SupervisorUsersModel(QObject* parent = nullptr);
    QHash<int, QByteArray> roleNames() const override;

    QString actionError() const { return actionError_; }
    QVariantMap fieldErrors() const { return fieldErrors_; }
    bool acting() const { return acting_; }
    QString unitName() const { return unitName_; }

    // Creates an account of the unit; `role` is "patrol" or "supervisor".
    // Returns false (with fieldErrors) when what was typed cannot be sent.
    Q_INVOKABLE bool createAccount(const QString& displayName, const QString& username,
                                   const QString& role, const QString& password,
                                   const QString& confirmation);
    // Sets a new password on the account `userId` (by id, not by row: the
    // list may reload while the dialog is open).
    Q_INVOKABLE bool resetPassword(const QString& userId, const QString& password,
                                   const QString& confirmation);
    // Disables the account `userId` (it can no longer sign in; its devices
    // are signed out at once, without wiping them) or enables it again.
    Q_INVOKABLE bool setDisabled(const QString& userId, bool disabled);
    // Forgets the errors of the last action (a dialog opens again).
    Q_INVOKABLE void clearErrors();

signals:
    void actionErrorChanged();
    void actingChanged();
    void unitNameChanged();
    // An action answered; `ok` when the server did it.
    void actionFinished(bool ok);

protected:
    QString path() const override { return QStringLiteral("/api/v1/admin/users"); }
    bool paged() const override { return false; }
    Row rowFrom(const QJsonObject& item) const override;
    void answered(const QJsonObject& answer, bool firstPage) override;

private:
    bool checkPassword(const QString& password, const QString& confirmation, QVariantMap& errors);
    void setErrors(const QString& text, const QVariantMap& fields);
    void send(const QString& path, const QJsonObject& body);

    QString actionError_;
    QVariantMap fieldErrors_;
    bool acting_ = false;
    QString unitName_;
};

}  // namespace ronde::app
