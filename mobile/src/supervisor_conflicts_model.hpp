// The conflict log for the supervisor's review (GET /api/v1/conflicts,
// PROTOCOL.md §7.6): for each concurrent edit the server settled, the value
// kept and the value lost, who wrote each and when. resolve() chooses the
// value to keep (POST /api/v1/conflicts/{id}/resolve {"choose"}); the
// choice then syncs like any change.
#pragma once

#include "supervisor_list_model.hpp"

namespace ronde::app {

class SupervisorConflictsModel
    : public ronde::app::SupervisorListModel {  // qualified: qmltyperegistrar 6.4 needs it
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString actionError READ actionError NOTIFY actionErrorChanged)
    Q_PROPERTY(bool acting READ acting NOTIFY actingChanged)

public:
    enum Roles {
        ConflictIdRole = Qt::UserRole + 1,
        RecordTextRole,  // "Contact · Boulangerie Le Fournil"
        FieldTextRole,   // "Téléphone", "Suivi", "Fiche entière"
        ReasonTextRole,  // "Modifications simultanées" / "Modifié après suppression"
        WhenTextRole,
        KeptValueRole,  // the value as text
        KeptByRole,     // "Gendarme Le Goff, 21 nov. à 09:42"
        LostValueRole,
        LostByRole,
        ResolvedRole,
        RecordDeletedRole,  // the record was deleted since: nothing to choose
    };
    Q_ENUM(Roles)

    explicit SupervisorConflictsModel(QObject* parent = nullptr);
    QHash<int, QByteArray> roleNames() const override;

    QString actionError() const { return actionError_; }
    bool acting() const { return acting_; }

    // Keeps the value `choice` ("kept" or "lost") of row `row`.
    // By the entry's id, not its row: the list may reload meanwhile.
    Q_INVOKABLE void resolve(const QString& conflictId, const QString& choice);

    // A value of the log as one line of text (tests).
    static QString valueText(const QJsonValue& value);

signals:
    void actionErrorChanged();
    void actingChanged();
    void actionFinished(bool ok);

protected:
    QString path() const override { return QStringLiteral("/api/v1/conflicts"); }
    Row rowFrom(const QJsonObject& item) const override;

private:
    QString actionError_;
    bool acting_ = false;
};

}  // namespace ronde::app
