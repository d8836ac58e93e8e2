#include "formatting.hpp"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <cmath>

namespace ronde::app::format {

namespace {
QDateTime toLocal(Timestamp t) {
    return QDateTime::fromMSecsSinceEpoch(t.time_since_epoch().count()).toLocalTime();
}
QDate toQDate(Date d) {
    const std::chrono::year_month_day ymd{d};
    return QDate(static_cast<int>(ymd.year()), static_cast<int>(unsigned(ymd.month())),
                 static_cast<int>(unsigned(ymd.day())));
}
// lupdate files the tr() calls of this file under the namespace's name, so the
// lookup must use that context too.
QString tr(const char* text) {
    return QCoreApplication::translate("ronde::app::format", text);
}
}  // namespace

Lang lang() {
    return QLocale().language() == QLocale::English ? Lang::en : Lang::fr;
}

QString distance(double metres) {
    const QLocale locale;
    if (!std::isfinite(metres) || metres < 0) {
        return {};
    }
    if (metres < 995) {
        const double rounded = metres < 100 ? std::round(metres) : std::round(metres / 5) * 5;
        return tr("%1 m").arg(locale.toString(static_cast<int>(rounded)));
    }
    const double km = metres / 1000;
    return tr("%1 km").arg(km < 9.95 ? locale.toString(km, 'f', 1)
                                     : locale.toString(static_cast<int>(std::round(km))));
}

QString timeOfDay(Timestamp t) {
    return toLocal(t).time().toString(QStringLiteral("HH:mm"));
}

QString dateTime(Timestamp t, Timestamp now) {
    const QDateTime when = toLocal(t);
    const QDate today = toLocal(now).date();
    const QString time = when.time().toString(QStringLiteral("HH:mm"));
    if (when.date() == today) {
        return tr("aujourd'hui à %1").arg(time);
    }
    if (when.date() == today.addDays(-1)) {
        return tr("hier à %1").arg(time);
    }
    const QLocale locale;
    if (when.date().year() == today.year()) {
        return tr("%1 à %2").arg(locale.toString(when.date(), QStringLiteral("d MMM")), time);
    }
    return locale.toString(when.date(), QStringLiteral("d MMM yyyy"));
}

QString date(Date d, Date today) {
    const QLocale locale;
    const QDate q = toQDate(d);
    const QDate t = toQDate(today);
    if (q == t) {
        return tr("aujourd'hui");
    }
    if (q == t.addDays(1)) {
        return tr("demain");
    }
    if (q == t.addDays(-1)) {
        return tr("hier");
    }
    return locale.toString(
        q, q.year() == t.year() ? QStringLiteral("d MMM") : QStringLiteral("d MMM yyyy"));
}

QString duration(std::chrono::milliseconds d) {
    const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(d).count();
    if (minutes < 60) {
        return tr("%1 min").arg(std::max<long long>(minutes, 0));
    }
    return tr("%1 h %2")
        .arg(minutes / 60)
        .arg(QString::number(minutes % 60).rightJustified(2, QLatin1Char('0')));
}

std::chrono::minutes utcOffset() {
    return std::chrono::minutes(QDateTime::currentDateTime().offsetFromUtc() / 60);
}

Timestamp now() {
    return Timestamp(std::chrono::milliseconds(QDateTime::currentMSecsSinceEpoch()));
}

Date localDay(Timestamp t) {
    const QDate d = toLocal(t).date();
    return Date(std::chrono::year_month_day(std::chrono::year(d.year()),
                                            std::chrono::month(static_cast<unsigned>(d.month())),
                                            std::chrono::day(static_cast<unsigned>(d.day()))));
}

Date today() {
    return localDay(now());
}

QString contactTitle(const Contact& c) {
    return QString::fromStdString(c.organisation.empty() ? c.person_name : c.organisation);
}

QString contactSubtitle(const Contact& c) {
    QStringList parts{enumLabel(c.category)};
    if (!c.organisation.empty() && !c.person_name.empty()) {
        parts.append(QString::fromStdString(c.person_name));
    }
    if (!c.address.empty()) {
        parts.append(QString::fromStdString(c.address));
    } else if (!c.commune.empty()) {
        parts.append(QString::fromStdString(c.commune));
    }
    return parts.join(QStringLiteral(" · "));
}

}  // namespace ronde::app::format
