// How the app writes distances, dates, durations and enumeration labels, in
// the current UI language (QLocale's default, set by the Localizer). One
// place, so that every list and page says "1,2 km" and "21 nov. à 09:42"
// the same way. Pure functions of their arguments and the default locale.
#pragma once

#include "ronde/domain.hpp"
#include "ronde/enums.hpp"

#include <QString>
#include <QVariantList>

#include <optional>
#include <string_view>

namespace ronde::app::format {

// The language of the enumeration labels: English when the default locale
// is English, French otherwise.
Lang lang();

inline QString qstr(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

template <class E>
QString enumLabel(E value) {
    return qstr(ronde::label(value, lang()));
}
template <class E>
QString enumCode(E value) {
    return qstr(ronde::code(value));
}
// [{ value: code, label }] for a ChoiceRow or a chip group, in table order.
template <class E>
QVariantList options() {
    QVariantList out;
    const auto table = ronde::entries<E>();
    for (std::size_t i = 0; i < table.size(); ++i) {
        const auto value = static_cast<E>(i);
        out.append(QVariantMap{{QStringLiteral("value"), enumCode(value)},
                               {QStringLiteral("label"), enumLabel(value)}});
    }
    return out;
}
// "Boulangerie, Vols · Cambriolages" style lists of labels.
template <class E>
QString labels(const std::vector<E>& values, const QString& separator = QStringLiteral(", ")) {
    QStringList out;
    for (E v : values) {
        out.append(enumLabel(v));
    }
    return out.join(separator);
}

// "35 m", "120 m", "1,2 km", "12 km" (rounded to 5 m under 1 km).
QString distance(double metres);
// "09:42" in local time.
QString timeOfDay(Timestamp t);
// "aujourd'hui à 09:42", "hier à 17:05", "21 nov. à 09:42", "21 nov. 2025"
// (another year), relative to `now`.
QString dateTime(Timestamp t, Timestamp now);
// "21 nov." / "21 nov. 2027" for a calendar date.
QString date(Date d, Date today);
// "1 h 05", "25 min".
QString duration(std::chrono::milliseconds d);
// Local calendar day of a timestamp, and today.
Date localDay(Timestamp t);
Date today();
Timestamp now();
// Minutes east of UTC of the local time zone, now.
std::chrono::minutes utcOffset();

// The title of a contact in lists: the organisation, else the person.
QString contactTitle(const Contact& c);
// The line under it: "Commerçant · M. Durand · 3 rue …".
QString contactSubtitle(const Contact& c);

}  // namespace ronde::app::format
