// The dashboard's statistics (GET /api/v1/stats): counts of the unit's
// visits over the filter's period by ISO week (every week of the period,
// zero included), by topic and by contact category (largest first), ready
// for Qt Charts (labels and values side by side). Reloads when the filter
// or the credentials change. GUI thread.
#pragma once

#include "supervisor_client.hpp"
#include "supervisor_visit_filter.hpp"

#include <QtQml/qqmlregistration.h>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantList>

namespace ronde::app {

class SupervisorStats : public QObject {
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(
        ronde::app::SupervisorVisitFilter* filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY changed)
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    Q_PROPERTY(int total READ total NOTIFY changed)
    // "S47" per ISO week of the period, and the visits of each.
    Q_PROPERTY(QStringList weekLabels READ weekLabels NOTIFY changed)
    Q_PROPERTY(QVariantList weekCounts READ weekCounts NOTIFY changed)
    // Topic and category labels with their counts, largest first, zeros left out.
    Q_PROPERTY(QStringList topicLabels READ topicLabels NOTIFY changed)
    Q_PROPERTY(QVariantList topicCounts READ topicCounts NOTIFY changed)
    Q_PROPERTY(QStringList categoryLabels READ categoryLabels NOTIFY changed)
    Q_PROPERTY(QVariantList categoryCounts READ categoryCounts NOTIFY changed)
    // The largest count of each series (the charts' axis range).
    Q_PROPERTY(int weekMax READ weekMax NOTIFY changed)
    Q_PROPERTY(int topicMax READ topicMax NOTIFY changed)
    Q_PROPERTY(int categoryMax READ categoryMax NOTIFY changed)

public:
    explicit SupervisorStats(QObject* parent = nullptr);
    ~SupervisorStats() override;

    void setClient(SupervisorClient* client);
    SupervisorVisitFilter* filter() const { return filter_; }
    void setFilter(SupervisorVisitFilter* filter);

    bool loading() const { return reply_ != nullptr || queued_; }
    bool loaded() const { return loaded_; }
    QString errorText() const { return error_; }
    int total() const { return total_; }
    QStringList weekLabels() const { return weekLabels_; }
    QVariantList weekCounts() const { return weekCounts_; }
    QStringList topicLabels() const { return topicLabels_; }
    QVariantList topicCounts() const { return topicCounts_; }
    QStringList categoryLabels() const { return categoryLabels_; }
    QVariantList categoryCounts() const { return categoryCounts_; }
    int weekMax() const { return weekMax_; }
    int topicMax() const { return topicMax_; }
    int categoryMax() const { return categoryMax_; }

    Q_INVOKABLE void reload();
    // Reads an answer of /api/v1/stats (public for the tests).
    void apply(const QJsonObject& answer);

signals:
    void filterChanged();
    void changed();
    // An answer (or an error) arrived.
    void finished();

private:
    void request();

    QPointer<SupervisorClient> client_;
    QMetaObject::Connection clientConnection_;
    QPointer<SupervisorVisitFilter> filter_;
    QMetaObject::Connection filterConnection_;
    QPointer<QNetworkReply> reply_;
    bool queued_ = false;
    bool loaded_ = false;
    QString error_;
    int total_ = 0;
    QStringList weekLabels_;
    QVariantList weekCounts_;
    QStringList topicLabels_;
    QVariantList topicCounts_;
    QStringList categoryLabels_;
    QVariantList categoryCounts_;
    int weekMax_ = 0;
    int topicMax_ = 0;
    int categoryMax_ = 0;
};

}  // namespace ronde::app
