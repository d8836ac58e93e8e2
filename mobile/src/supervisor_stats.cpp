#include "supervisor_stats.hpp"

#include "supervisor_list_model.hpp"

#include <QDate>
#include <QJsonArray>
#include <QMap>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>

namespace ronde::app {

namespace {

// {key: count} from the API's [{key|code|week, count|n}] or {key: count}.
QMap<QString, int> countsOf(const QJsonValue& value) {
    QMap<QString, int> out;
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            out.insert(it.key(), it.value().toInt());
        }
        return out;
    }
    for (const auto& entry : value.toArray()) {
        const QJsonObject e = entry.toObject();
        QString key;
        for (auto name : {u"key", u"code", u"week", u"value"}) {
            if (e.contains(name)) {
                key = e.value(name).toString();
                break;
            }
        }
        const int n = e.contains(u"count") ? e.value(u"count").toInt() : e.value(u"n").toInt();
        out[key] += n;
    }
    return out;
}

// "2026-W47" of a day.
QString isoWeek(const QDate& day) {
    int year = 0;
    const int week = day.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

// Labels (largest count first, then by label) of the non-zero counts.
template <class Label>
void ranked(const QMap<QString, int>& counts, Label label, QStringList& labels,
            QVariantList& values, int& max) {
    QList<QPair<int, QString>> rows;
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (it.value() > 0) {
            rows.append({it.value(), label(it.key())});
        }
    }
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first
                                  : QString::localeAwareCompare(a.second, b.second) < 0;
    });
    labels.clear();
    values.clear();
    max = 0;
    for (const auto& [n, text] : rows) {
        labels.append(text);
        values.append(n);
        max = std::max(max, n);
    }
}

}  // namespace

SupervisorStats::SupervisorStats(QObject* parent) : QObject(parent) {
    setClient(SupervisorClient::provided());
}

SupervisorStats::~SupervisorStats() {
    if (reply_) {
        reply_->abort();
    }
}

void SupervisorStats::setClient(SupervisorClient* client) {
    if (client_ == client) {
        return;
    }
    QObject::disconnect(clientConnection_);
    client_ = client;
    if (client_) {
        clientConnection_ =
            connect(client_, &SupervisorClient::credentialsChanged, this, &SupervisorStats::reload);
    }
    reload();
}

void SupervisorStats::setFilter(SupervisorVisitFilter* filter) {
    if (filter_ == filter) {
        return;
    }
    QObject::disconnect(filterConnection_);
    filter_ = filter;
    if (filter_) {
        filterConnection_ =
            connect(filter_, &SupervisorVisitFilter::changed, this, &SupervisorStats::reload);
    }
    emit filterChanged();
    reload();
}

void SupervisorStats::reload() {
    if (queued_) {
        return;
    }
    queued_ = true;
    emit changed();
    QTimer::singleShot(0, this, [this] {
        queued_ = false;
        request();
        emit changed();
    });
}

void SupervisorStats::request() {
    if (reply_) {
        QNetworkReply* old = reply_;
        reply_ = nullptr;
        old->abort();
    }
    if (!client_ || !client_->available() || !filter_) {
        return;  // the caller says it changed
    }
    // The statistics take the visit filters but the text, the place and the
    // assignee (an unknown parameter is refused).
    QUrlQuery query;
    for (const auto& [name, value] : filter_->query().queryItems()) {
        if (name != QLatin1String("q") && name != QLatin1String("lat") &&
            name != QLatin1String("lon") && name != QLatin1String("radius_m")) {
            query.addQueryItem(name, value);
        }
    }
    const QPointer<QNetworkReply> sent = client_->get(
        QStringLiteral("/api/v1/stats"), query, this, [this](const SupervisorReply& r) {
            if (r.error && r.error->code == "cancelled") {
                return;
            }
            reply_ = nullptr;
            loaded_ = true;
            error_ = r.ok() ? QString() : r.errorText;
            if (r.ok()) {
                apply(r.json.object());
            } else {
                emit changed();
            }
            emit finished();
        });
    reply_ = sent;
    emit changed();
}

void SupervisorStats::apply(const QJsonObject& answer) {
    // The API may nest the counts under "by": {"week": ..., "topic": ...}.
    const QJsonObject by = answer.value(u"by").toObject();
    const auto series = [&](const char16_t* flat, const char16_t* nested) {
        return answer.contains(flat) ? answer.value(flat) : by.value(nested);
    };
    const QMap<QString, int> weeks = countsOf(series(u"by_week", u"week"));
    total_ = answer.value(u"total").toInt();

    // Every ISO week of the period, from the filter's days (else the weeks
    // the server sent).
    weekLabels_.clear();
    weekCounts_.clear();
    weekMax_ = 0;
    QStringList keys;
    QDate from = filter_ ? QDate::fromString(filter_->fromDate(), Qt::ISODate) : QDate();
    QDate to = filter_ ? QDate::fromString(filter_->toDate(), Qt::ISODate) : QDate();
    if (from.isValid() && to.isValid() && from <= to && from.daysTo(to) <= 3 * 366) {
        for (QDate d = from.addDays(1 - from.dayOfWeek()); d <= to; d = d.addDays(7)) {
            keys.append(isoWeek(d));
        }
    } else {
        keys = weeks.keys();
    }
    for (const QString& key : keys) {
        const int n = weeks.value(key);
        weekLabels_.append(tr("S%1").arg(key.mid(key.indexOf(QLatin1Char('W')) + 1).toInt()));
        weekCounts_.append(n);
        weekMax_ = std::max(weekMax_, n);
    }
    if (total_ == 0) {
        for (int n : weeks) {
            total_ += n;
        }
    }
    ranked(countsOf(series(u"by_topic", u"topic")), supervisor_text::topicLabel, topicLabels_,
           topicCounts_, topicMax_);
    ranked(
        countsOf(series(u"by_category", u"category")),
        [](const QString& code) {
            return code.isEmpty() ? tr("Habitant anonyme") : supervisor_text::categoryLabel(code);
        },
        categoryLabels_, categoryCounts_, categoryMax_);
    emit changed();
}

}  // namespace ronde::app
