#include "supervisor_visits_model.hpp"

namespace ronde::app {

using namespace supervisor_text;

SupervisorVisitsModel::SupervisorVisitsModel(QObject* parent) : SupervisorListModel(parent) {}

QHash<int, QByteArray> SupervisorVisitsModel::roleNames() const {
    return {{VisitIdRole, "visitId"},
            {ContactIdRole, "contactId"},
            {TitleRole, "title"},
            {CommuneRole, "commune"},
            {CategoryTextRole, "categoryText"},
            {WhenTextRole, "whenText"},
            {OccurredAtRole, "occurredAt"},
            {TopicsTextRole, "topicsText"},
            {ActionsTextRole, "actionsText"},
            {ClimateRole, "climate"},
            {ClimateTextRole, "climateText"},
            {AuthorRole, "author"},
            {NoteRole, "note"},
            {PlaceRole, "place"},
            {FollowUpRole, "followUp"},
            {FollowUpSummaryRole, "followUpSummary"},
            {DetailTextRole, "detailText"},
            {SubjectTextRole, "subjectText"},
            {FollowUpTextRole, "followUpText"}};
}

void SupervisorVisitsModel::setFilter(SupervisorVisitFilter* filter) {
    if (filter_ == filter) {
        return;
    }
    QObject::disconnect(filterConnection_);
    filter_ = filter;
    if (filter_) {
        filterConnection_ =
            connect(filter_, &SupervisorVisitFilter::changed, this, &SupervisorVisitsModel::reload);
    }
    emit filterChanged();
    reload();
}

QUrlQuery SupervisorVisitsModel::query() const {
    return filter_ ? filter_->query() : QUrlQuery();
}

void SupervisorVisitsModel::answered(const QJsonObject& answer, bool firstPage) {
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

SupervisorListModel::Row SupervisorVisitsModel::rowFrom(const QJsonObject& item) const {
    const QJsonObject v = dataOf(item);
    const QJsonObject followUp = v.value(u"follow_up").toObject();
    const QString contactId = v.value(u"contact_id").toString();
    // The names come with the item (joined by the server in the unit).
    const SupervisorClient::ContactSummary contact = contactOf(item);
    const QString author = userName(item.value(u"author"));
    QString followUpState = QStringLiteral("none");
    if (followUp.value(u"needed").toBool()) {
        followUpState = followUp.value(u"status").toString(QStringLiteral("open"));
    }
    const QString climate = v.value(u"climate").toString(QStringLiteral("neutral"));
    const QString categoryText =
        contact.category.isEmpty() ? QString() : categoryLabel(contact.category);
    QString place = v.value(u"place_label").toString();
    if (place == contact.title) {
        place.clear();  // the place is the contact's own premises
    }
    const auto joined = [](QStringList parts) {
        parts.removeAll(QString());
        return parts.join(QStringLiteral(" · "));
    };
    QStringList subject{topicLabels(v.value(u"topics").toArray()),
                        actionLabels(v.value(u"actions").toArray())};
    if (climate == QLatin1String("tense")) {
        subject.append(tr("échange tendu"));
    }
    const QString summary = followUp.value(u"summary").toString();
    QString followUpText;
    if (followUpState == QLatin1String("open")) {
        followUpText = tr("Suivi en cours : %1").arg(summary);
    } else if (followUpState == QLatin1String("done")) {
        followUpText = tr("Suivi clos : %1").arg(summary);
    }
    return {
        {DetailTextRole, joined({categoryText, contact.commune, place, author})},
        {SubjectTextRole, joined(subject)},
        {FollowUpTextRole, followUpText},
        {VisitIdRole, item.value(u"id").toString()},
        {ContactIdRole, contactId},
        {TitleRole, contactId.isEmpty() ? contactTitle({}) : contact.title},
        {CommuneRole, contact.commune},
        {CategoryTextRole, categoryText},
        {WhenTextRole, dateTimeText(v.value(u"occurred_at"))},
        {OccurredAtRole, millis(v.value(u"occurred_at"))},
        {TopicsTextRole, topicLabels(v.value(u"topics").toArray())},
        {ActionsTextRole, actionLabels(v.value(u"actions").toArray())},
        {ClimateRole, climate},
        {ClimateTextRole, climateLabel(climate)},
        {AuthorRole, author},
        {NoteRole, v.value(u"note").toString()},
        {PlaceRole, place},
        {FollowUpRole, followUpState},
        {FollowUpSummaryRole, summary},
    };
}

}  // namespace ronde::app
