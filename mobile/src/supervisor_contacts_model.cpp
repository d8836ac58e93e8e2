#include "supervisor_contacts_model.hpp"

#include "formatting.hpp"

#include <QDateTime>
#include <QLocale>

namespace ronde::app {

using namespace supervisor_text;

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
}

SupervisorContactsModel::SupervisorContactsModel(QObject* parent) : SupervisorListModel(parent) {}

QHash<int, QByteArray> SupervisorContactsModel::roleNames() const {
    return {{ContactIdRole, "contactId"},
            {TitleRole, "title"},
            {SubtitleRole, "subtitle"},
            {CommuneRole, "commune"},
            {ReferentRole, "referent"},
            {LastVisitTextRole, "lastVisitText"},
            {LastVisitAtRole, "lastVisitAt"},
            {VisitCountRole, "visitCount"},
            {FreshnessRole, "freshness"},
            {FreshnessTextRole, "freshnessText"},
            {PhoneRole, "phone"}};
}

void SupervisorContactsModel::setStaleDays(int days) {
    days = std::clamp(days, 0, 3650);
    if (days != staleDays_) {
        staleDays_ = days;
        emit criteriaChanged();
        filtersChanged();
    }
}

void SupervisorContactsModel::setCriterion(QString& field, const QString& value) {
    if (field != value) {
        field = value;
        emit criteriaChanged();
        filtersChanged();
    }
}

void SupervisorContactsModel::setCommune(const QString& v) {
    setCriterion(commune_, v.trimmed());
}
void SupervisorContactsModel::setCategory(const QString& v) {
    setCriterion(category_, v);
}
void SupervisorContactsModel::setReferent(const QString& v) {
    setCriterion(referent_, v);
}
void SupervisorContactsModel::setText(const QString& v) {
    setCriterion(text_, v.trimmed());
}

QVariantList SupervisorContactsModel::staleOptions() const {
    const auto opt = [](int days, const QString& label) {
        return QVariantMap{{QStringLiteral("value"), days}, {QStringLiteral("label"), label}};
    };
    return {opt(30, tr("Pas vus depuis 30 jours")), opt(90, tr("Pas vus depuis 90 jours")),
            opt(180, tr("Pas vus depuis 6 mois")), opt(0, tr("Tous les contacts"))};
}

SupervisorContactsModel::Freshness SupervisorContactsModel::freshness(qint64 lastVisitMs,
                                                                      qint64 nowMs) {
    if (lastVisitMs <= 0) {
        return Never;
    }
    const qint64 age = nowMs - lastVisitMs;
    if (age <= 30 * kDayMs) {
        return Recent;
    }
    return age <= 90 * kDayMs ? Month : Old;
}

QString SupervisorContactsModel::freshnessText(Freshness f) {
    switch (f) {
        case Recent:
            return tr("Vu il y a moins de 30 jours");
        case Month:
            return tr("Vu il y a 30 à 90 jours");
        case Old:
            return tr("Pas vu depuis plus de 90 jours");
        case Never:
            break;
    }
    return tr("Jamais visité");
}

QUrlQuery SupervisorContactsModel::query() const {
    QUrlQuery q;
    if (staleDays_ > 0) {
        q.addQueryItem(QStringLiteral("days"), QString::number(staleDays_));
    }
    const auto add = [&q](const char* name, const QString& value) {
        if (!value.isEmpty()) {
            q.addQueryItem(QString::fromLatin1(name), value);
        }
    };
    add("commune", commune_);
    add("category", category_);
    add("referent", referent_);
    if (staleDays_ == 0) {
        add("q", text_);
    }
    return q;
}

void SupervisorContactsModel::answered(const QJsonObject& answer, bool firstPage) {
    if (!firstPage) {
        return;
    }
    const QJsonValue total = answer.value(u"total");
    const int n = total.isDouble() ? total.toInt() : -1;
    if (n != total_) {
        total_ = n;
        emit totalChanged();
    }
}

SupervisorListModel::Row SupervisorContactsModel::rowFrom(const QJsonObject& item) const {
    const QJsonObject c = dataOf(item);
    const qint64 last = millis(item.value(u"last_visit_at"));
    const Freshness f = freshness(last, QDateTime::currentMSecsSinceEpoch());
    QString referent =
        item.value(u"referent").isObject() ? userName(item.value(u"referent")) : QString();
    if (referent.isEmpty() && client()) {
        referent = client()->userName(c.value(u"referent_id").toString());
    }
    const QString commune = c.value(u"commune").toString();
    QStringList subtitle{categoryLabel(c.value(u"category").toString())};
    if (!commune.isEmpty()) {
        subtitle.append(commune);
    }
    const QString person = c.value(u"person_name").toString();
    if (!person.isEmpty() && !c.value(u"organisation").toString().isEmpty()) {
        subtitle.append(person);
    }
    QString lastText = freshnessText(Never);
    if (last > 0) {
        const QDate day = QDateTime::fromMSecsSinceEpoch(last).toLocalTime().date();
        const QDate today = QDate::currentDate();
        lastText = tr("Dernière visite : %1")
                       .arg(QLocale().toString(day, day.year() == today.year()
                                                        ? QStringLiteral("d MMM")
                                                        : QStringLiteral("d MMM yyyy")));
    }
    return {
        {ContactIdRole, item.value(u"id").toString()},
        {TitleRole, contactTitle(c)},
        {SubtitleRole, subtitle.join(QStringLiteral(" · "))},
        {CommuneRole, commune},
        {ReferentRole, referent},
        {LastVisitTextRole, lastText},
        {LastVisitAtRole, last},
        {VisitCountRole, item.value(u"visit_count").toInt()},
        {FreshnessRole, static_cast<int>(f)},
        {FreshnessTextRole, freshnessText(f)},
        {PhoneRole, c.value(u"phone").toString()},
    };
}

}  // namespace ronde::app
