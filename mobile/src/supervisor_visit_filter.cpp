#include "supervisor_visit_filter.hpp"

#include "formatting.hpp"

#include <QLocale>

#include <cmath>

namespace ronde::app {

namespace {
constexpr auto kDayFormat = "yyyy-MM-dd";

QDate parseDay(const QString& day) {
    return QDate::fromString(day, QLatin1String(kDayFormat));
}

QVariantMap option(const QString& value, const QString& label) {
    return {{QStringLiteral("value"), value}, {QStringLiteral("label"), label}};
}

template <class E>
QVariantList withAll(const QString& all) {
    QVariantList out{option({}, all)};
    out.append(format::options<E>());
    return out;
}
}  // namespace

SupervisorVisitFilter::SupervisorVisitFilter(QObject* parent) : QObject(parent) {}

void SupervisorVisitFilter::set(QString& field, const QString& value) {
    if (field != value) {
        field = value;
        emit changed();
    }
}

void SupervisorVisitFilter::setFromDate(const QString& day) {
    set(from_, parseDay(day).isValid() ? day : QString());
}

void SupervisorVisitFilter::setToDate(const QString& day) {
    set(to_, parseDay(day).isValid() ? day : QString());
}

void SupervisorVisitFilter::setNearLat(double v) {
    if (std::isfinite(v) && v >= -90 && v <= 90 && v != lat_) {
        lat_ = v;
        emit changed();
    }
}

void SupervisorVisitFilter::setNearLon(double v) {
    if (std::isfinite(v) && v >= -180 && v <= 180 && v != lon_) {
        lon_ = v;
        emit changed();
    }
}

void SupervisorVisitFilter::setRadiusKm(double v) {
    v = std::isfinite(v) ? std::clamp(v, 0.0, 100.0) : 0.0;
    if (v != radiusKm_) {
        radiusKm_ = v;
        emit changed();
    }
}

int SupervisorVisitFilter::activeCount() const {
    int n = 0;
    for (const QString* f :
         {&commune_, &category_, &topic_, &action_, &author_, &patrol_, &followUp_, &text_}) {
        n += f->isEmpty() ? 0 : 1;
    }
    return n + (radiusKm_ > 0 ? 1 : 0);
}

QString SupervisorVisitFilter::periodText() const {
    const QLocale locale;
    const QDate from = parseDay(from_);
    const QDate to = parseDay(to_);
    const auto day = [&](const QDate& d) {
        return locale.toString(d, QStringLiteral("d MMM yyyy"));
    };
    if (from.isValid() && to.isValid()) {
        return tr("Du %1 au %2").arg(day(from), day(to));
    }
    if (from.isValid()) {
        return tr("Depuis le %1").arg(day(from));
    }
    if (to.isValid()) {
        return tr("Jusqu'au %1").arg(day(to));
    }
    return tr("Toute la période");
}

QVariantList SupervisorVisitFilter::categoryOptions() const {
    return withAll<ContactCategory>(tr("Toutes les catégories"));
}

QVariantList SupervisorVisitFilter::topicOptions() const {
    return withAll<Topic>(tr("Tous les sujets"));
}

QVariantList SupervisorVisitFilter::actionOptions() const {
    return withAll<Action>(tr("Toutes les actions"));
}

QVariantList SupervisorVisitFilter::followUpOptions() const {
    return {option({}, tr("Avec ou sans suivi")),
            option(QStringLiteral("open"), tr("Suivi en cours")),
            option(QStringLiteral("done"), tr("Suivi clos")),
            option(QStringLiteral("none"), tr("Sans suivi"))};
}

void SupervisorVisitFilter::setLastDays(int days) {
    const QDate today = QDate::currentDate();
    const QString to = today.toString(QLatin1String(kDayFormat));
    const QString from = today.addDays(1 - std::max(days, 1)).toString(QLatin1String(kDayFormat));
    if (from == from_ && to == to_ && !custom_) {
        return;
    }
    custom_ = false;
    from_ = from;
    to_ = to;
    emit changed();
}

namespace {
// The first day of the last `months` months up to today ("3m" on 26 Nov:
// from 27 Aug).
QDate monthsBack(int months) {
    return QDate::currentDate().addMonths(-months).addDays(1);
}
}  // namespace

QString SupervisorVisitFilter::period() const {
    if (custom_) {
        return QStringLiteral("custom");
    }
    const QDate today = QDate::currentDate();
    if (parseDay(to_) == today) {
        const QDate from = parseDay(from_);
        if (from == today.addDays(-27)) {
            return QStringLiteral("4w");
        }
        if (from == monthsBack(3)) {
            return QStringLiteral("3m");
        }
        if (from == monthsBack(6)) {
            return QStringLiteral("6m");
        }
    }
    return QStringLiteral("custom");
}

void SupervisorVisitFilter::setPeriod(const QString& period) {
    if (period == QLatin1String("4w")) {
        setLastDays(28);
        return;
    }
    const int months = period == QLatin1String("3m") ? 3 : period == QLatin1String("6m") ? 6 : 0;
    if (months == 0) {
        if (!custom_) {
            custom_ = true;  // the days stay until others are typed
            emit changed();
        }
        return;
    }
    custom_ = false;
    from_ = monthsBack(months).toString(QLatin1String(kDayFormat));
    to_ = QDate::currentDate().toString(QLatin1String(kDayFormat));
    emit changed();
}

QString SupervisorVisitFilter::fromText() const {
    return parseDay(from_).toString(QStringLiteral("dd/MM/yyyy"));
}

QString SupervisorVisitFilter::toText() const {
    return parseDay(to_).toString(QStringLiteral("dd/MM/yyyy"));
}

QVariantList SupervisorVisitFilter::periodOptions() const {
    return {option(QStringLiteral("4w"), tr("4 semaines")),
            option(QStringLiteral("3m"), tr("3 mois")), option(QStringLiteral("6m"), tr("6 mois")),
            option(QStringLiteral("custom"), tr("Dates choisies"))};
}

QString SupervisorVisitFilter::setCustomPeriod(const QString& fromText, const QString& toText) {
    const auto read = [](const QString& text) {
        const QString t = text.trimmed();
        QDate d = QDate::fromString(t, QStringLiteral("dd/MM/yyyy"));
        if (!d.isValid()) {
            d = QDate::fromString(t, QStringLiteral("d/M/yyyy"));
        }
        if (!d.isValid()) {
            d = parseDay(t);
        }
        return d;
    };
    const QDate from = read(fromText);
    const QDate to = read(toText);
    if (!from.isValid() || !to.isValid()) {
        return tr("Saisissez deux dates au format jj/mm/aaaa (ex. 01/09/2026).");
    }
    if (from > to) {
        return tr("La date de début doit précéder la date de fin.");
    }
    if (from.daysTo(to) > 3660) {
        return tr("Choisissez une période de dix ans au plus.");
    }
    custom_ = true;
    from_ = from.toString(QLatin1String(kDayFormat));
    to_ = to.toString(QLatin1String(kDayFormat));
    emit changed();
    return {};
}

void SupervisorVisitFilter::clearCriteria() {
    if (activeCount() == 0) {
        return;
    }
    for (QString* f :
         {&commune_, &category_, &topic_, &action_, &author_, &patrol_, &followUp_, &text_}) {
        f->clear();
    }
    radiusKm_ = 0;
    emit changed();
}

QUrlQuery SupervisorVisitFilter::periodQuery() const {
    QUrlQuery q;
    if (!from_.isEmpty()) {
        q.addQueryItem(QStringLiteral("from"), from_);
    }
    if (!to_.isEmpty()) {
        q.addQueryItem(QStringLiteral("to"), to_);
    }
    return q;
}

QUrlQuery SupervisorVisitFilter::query() const {
    QUrlQuery q = periodQuery();
    const auto add = [&q](const char* name, const QString& value) {
        if (!value.isEmpty()) {
            q.addQueryItem(QString::fromLatin1(name), value);
        }
    };
    add("commune", commune_);
    add("category", category_);
    add("topic", topic_);
    add("action", action_);
    add("author", author_);
    add("patrol", patrol_);
    add("follow_up", followUp_);
    add("q", text_);
    if (radiusKm_ > 0) {
        add("lat", QString::number(lat_, 'f', 6));
        add("lon", QString::number(lon_, 'f', 6));
        add("radius_m", QString::number(std::lround(radiusKm_ * 1000)));
    }
    return q;
}

}  // namespace ronde::app
