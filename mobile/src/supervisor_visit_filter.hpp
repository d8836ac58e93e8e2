// The filters of the supervisor's visit queries (issue 6: period, commune,
// category, topic, action, author, patrol, follow-up status, free text, near
// a point), shared by the visit list, the statistics and the exports so that
// what the screen shows is what the file holds. Empty values filter
// nothing. GUI thread.
#pragma once

#include <QtQml/qqmlregistration.h>
#include <QDate>
#include <QObject>
#include <QString>
#include <QUrlQuery>
#include <QVariantList>

namespace ronde::app {

class SupervisorVisitFilter : public QObject {
    Q_OBJECT
    QML_ELEMENT

    // Days of the period, "yyyy-MM-dd", both included; empty: open-ended.
    Q_PROPERTY(QString fromDate READ fromDate WRITE setFromDate NOTIFY changed)
    Q_PROPERTY(QString toDate READ toDate WRITE setToDate NOTIFY changed)
    Q_PROPERTY(QString commune READ commune WRITE setCommune NOTIFY changed)
    Q_PROPERTY(QString category READ category WRITE setCategory NOTIFY changed)
    Q_PROPERTY(QString topic READ topic WRITE setTopic NOTIFY changed)
    Q_PROPERTY(QString action READ action WRITE setAction NOTIFY changed)
    Q_PROPERTY(QString author READ author WRITE setAuthor NOTIFY changed)
    Q_PROPERTY(QString patrol READ patrol WRITE setPatrol NOTIFY changed)
    // "", "open", "done" or "none".
    Q_PROPERTY(QString followUp READ followUp WRITE setFollowUp NOTIFY changed)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY changed)
    // Near a point: radiusKm > 0 turns it on.
    Q_PROPERTY(double nearLat READ nearLat WRITE setNearLat NOTIFY changed)
    Q_PROPERTY(double nearLon READ nearLon WRITE setNearLon NOTIFY changed)
    Q_PROPERTY(double radiusKm READ radiusKm WRITE setRadiusKm NOTIFY changed)
    // The period as the dashboard's chooser names it: "4w", "3m", "6m" (up to
    // today) or "custom"; setting one of the first three sets the days.
    Q_PROPERTY(QString period READ period WRITE setPeriod NOTIFY changed)
    // The days as a French user types them ("03/11/2026").
    Q_PROPERTY(QString fromText READ fromText NOTIFY changed)
    Q_PROPERTY(QString toText READ toText NOTIFY changed)
    Q_PROPERTY(QVariantList periodOptions READ periodOptions CONSTANT)
    // How many filters are set besides the period (the "Filtres (3)" button).
    Q_PROPERTY(int activeCount READ activeCount NOTIFY changed)
    // "Du 3 nov. au 30 nov. 2026", "Depuis le …", "Toute la période".
    Q_PROPERTY(QString periodText READ periodText NOTIFY changed)
    // The choices of the pickers: [{value: code, label}] with "" first
    // ("Toutes", "Tous"), in the UI language.
    Q_PROPERTY(QVariantList categoryOptions READ categoryOptions CONSTANT)
    Q_PROPERTY(QVariantList topicOptions READ topicOptions CONSTANT)
    Q_PROPERTY(QVariantList actionOptions READ actionOptions CONSTANT)
    Q_PROPERTY(QVariantList followUpOptions READ followUpOptions CONSTANT)

public:
    explicit SupervisorVisitFilter(QObject* parent = nullptr);

    QString fromDate() const { return from_; }
    void setFromDate(const QString& day);
    QString toDate() const { return to_; }
    void setToDate(const QString& day);
    QString commune() const { return commune_; }
    void setCommune(const QString& v) { set(commune_, v.trimmed()); }
    QString category() const { return category_; }
    void setCategory(const QString& v) { set(category_, v); }
    QString topic() const { return topic_; }
    void setTopic(const QString& v) { set(topic_, v); }
    QString action() const { return action_; }
    void setAction(const QString& v) { set(action_, v); }
    QString author() const { return author_; }
    void setAuthor(const QString& v) { set(author_, v); }
    QString patrol() const { return patrol_; }
    void setPatrol(const QString& v) { set(patrol_, v); }
    QString followUp() const { return followUp_; }
    void setFollowUp(const QString& v) { set(followUp_, v); }
    QString text() const { return text_; }
    void setText(const QString& v) { set(text_, v.trimmed()); }
    double nearLat() const { return lat_; }
    void setNearLat(double v);
    double nearLon() const { return lon_; }
    void setNearLon(double v);
    double radiusKm() const { return radiusKm_; }
    void setRadiusKm(double v);
    QString period() const;
    void setPeriod(const QString& period);
    QString fromText() const;
    QString toText() const;
    QVariantList periodOptions() const;
    int activeCount() const;
    QString periodText() const;
    QVariantList categoryOptions() const;
    QVariantList topicOptions() const;
    QVariantList actionOptions() const;
    QVariantList followUpOptions() const;

    // The last `days` days up to today (local calendar).
    Q_INVOKABLE void setLastDays(int days);
    // A custom period typed as "jj/mm/aaaa" (or "aaaa-mm-jj"); empty when
    // set, else the sentence that says what is wrong (nothing changes).
    Q_INVOKABLE QString setCustomPeriod(const QString& fromText, const QString& toText);
    // Everything but the period back to empty.
    Q_INVOKABLE void clearCriteria();

    // The query parameters of GET /api/v1/visits (the statistics and the
    // exports take some of them: see SupervisorStats and SupervisorExport).
    QUrlQuery query() const;
    // Only the period (the statistics of the dashboard).
    QUrlQuery periodQuery() const;

signals:
    void changed();

private:
    void set(QString& field, const QString& value);

    bool custom_ = false;  // the days were typed, not chosen
    QString from_;
    QString to_;
    QString commune_;
    QString category_;
    QString topic_;
    QString action_;
    QString author_;
    QString patrol_;
    QString followUp_;
    QString text_;
    double lat_ = 0;
    double lon_ = 0;
    double radiusKm_ = 0;
};

}  // namespace ronde::app
