// The unit's contacts to maintain (DESIGN scenario 3; GET /api/v1/contacts):
// those not visited for `staleDays` days or never, never-visited first, then
// the oldest last visit, with their referent and a freshness the list
// colours (visited within 30 days, within 90, older, never).
#pragma once

#include "supervisor_list_model.hpp"

namespace ronde::app {

class SupervisorContactsModel
    : public ronde::app::SupervisorListModel {  // qualified: qmltyperegistrar 6.4 needs it
    Q_OBJECT
    QML_ELEMENT

    // Not visited for this many days (or never); 0 lists every contact.
    Q_PROPERTY(int staleDays READ staleDays WRITE setStaleDays NOTIFY criteriaChanged)
    Q_PROPERTY(QString commune READ commune WRITE setCommune NOTIFY criteriaChanged)
    Q_PROPERTY(QString category READ category WRITE setCategory NOTIFY criteriaChanged)
    Q_PROPERTY(QString referent READ referent WRITE setReferent NOTIFY criteriaChanged)
    // Free text (every contact only: staleDays 0).
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY criteriaChanged)
    // The number matching, when the server says it (-1 otherwise).
    Q_PROPERTY(int total READ total NOTIFY totalChanged)
    // The choices of the staleness picker: [{value: days, label}].
    Q_PROPERTY(QVariantList staleOptions READ staleOptions CONSTANT)

public:
    // How recently a contact was visited.
    enum Freshness { Recent, Month, Old, Never };
    Q_ENUM(Freshness)

    enum Roles {
        ContactIdRole = Qt::UserRole + 1,
        TitleRole,
        SubtitleRole,  // "Commerçant · Cesson-Sévigné"
        CommuneRole,
        ReferentRole,       // the referent's name, or empty
        LastVisitTextRole,  // "Vu le 3 sept." / "Jamais visité"
        LastVisitAtRole,    // Unix ms, 0 when never
        VisitCountRole,
        FreshnessRole,      // Freshness
        FreshnessTextRole,  // "Moins de 30 jours", ...
        PhoneRole,
    };
    Q_ENUM(Roles)

    explicit SupervisorContactsModel(QObject* parent = nullptr);
    QHash<int, QByteArray> roleNames() const override;

    int staleDays() const { return staleDays_; }
    void setStaleDays(int days);
    QString commune() const { return commune_; }
    void setCommune(const QString& v);
    QString category() const { return category_; }
    void setCategory(const QString& v);
    QString referent() const { return referent_; }
    void setReferent(const QString& v);
    QString text() const { return text_; }
    void setText(const QString& v);
    int total() const { return total_; }
    QVariantList staleOptions() const;

    // The freshness of a last visit at `lastVisitMs` (0: never) seen at `nowMs`.
    static Freshness freshness(qint64 lastVisitMs, qint64 nowMs);
    static QString freshnessText(Freshness f);

signals:
    void criteriaChanged();
    void totalChanged();

protected:
    // The contacts to maintain, or every contact when staleDays is 0.
    QString path() const override {
        return staleDays_ > 0 ? QStringLiteral("/api/v1/contacts/to-maintain")
                              : QStringLiteral("/api/v1/contacts");
    }
    QUrlQuery query() const override;
    Row rowFrom(const QJsonObject& item) const override;
    void answered(const QJsonObject& answer, bool firstPage) override;

private:
    void setCriterion(QString& field, const QString& value);

    int staleDays_ = 90;
    QString commune_;
    QString category_;
    QString referent_;
    QString text_;
    int total_ = -1;
};

}  // namespace ronde::app
