#include "supervisor_follow_ups_model.hpp"

#include "formatting.hpp"

#include <QDateTime>
#include <QLocale>

namespace ronde::app {

using namespace supervisor_text;

SupervisorFollowUpsModel::SupervisorFollowUpsModel(QObject* parent) : SupervisorListModel(parent) {}

QHash<int, QByteArray> SupervisorFollowUpsModel::roleNames() const {
    return {{VisitIdRole, "visitId"},
            {SummaryRole, "summary"},
            {ContactTitleRole, "contactTitle"},
            {CommuneRole, "commune"},
            {WhenTextRole, "whenText"},
            {DueTextRole, "dueText"},
            {OverdueRole, "overdue"},
            {AssigneeIdRole, "assigneeId"},
            {AssigneeRole, "assignee"},
            {AuthorRole, "author"},
            {StatusRole, "status"},
            {ClosedTextRole, "closedText"},
            {DetailTextRole, "detailText"},
            {StateTextRole, "stateText"}};
}

void SupervisorFollowUpsModel::setStatus(const QString& status) {
    const QString s = status == QLatin1String("done") ? status : QStringLiteral("open");
    if (s != status_) {
        status_ = s;
        emit criteriaChanged();
        filtersChanged();
    }
}

void SupervisorFollowUpsModel::setAssignee(const QString& id) {
    if (id != assignee_) {
        assignee_ = id;
        emit criteriaChanged();
        filtersChanged();
    }
}

QUrlQuery SupervisorFollowUpsModel::query() const {
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("follow_up"), status_);
    if (!assignee_.isEmpty()) {
        q.addQueryItem(QStringLiteral("assignee"), assignee_);
    }
    return q;
}

void SupervisorFollowUpsModel::answered(const QJsonObject& answer, bool firstPage) {
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

SupervisorListModel::Row SupervisorFollowUpsModel::rowFrom(const QJsonObject& item) const {
    const QJsonObject v = dataOf(item);
    const QJsonObject f = v.value(u"follow_up").toObject();
    const QString contactId = v.value(u"contact_id").toString();
    // The names come with the item (joined by the server in the unit); the
    // closer's from the unit's accounts.
    const SupervisorClient::ContactSummary contact = contactOf(item);
    const QString status = f.value(u"status").toString(QStringLiteral("open"));
    const QString assigneeId = f.value(u"assignee_id").toString();
    const auto name = [this](const QString& id) {
        return client() ? client()->userName(id) : QString();
    };
    const QString author = userName(item.value(u"author"));
    const QString assignee = userName(item.value(u"assignee"));
    const QDate due = QDate::fromString(f.value(u"due_date").toString(), Qt::ISODate);
    const QDate today = QDate::currentDate();
    const QLocale locale;
    const auto dayText = [&](const QDate& d) {
        return locale.toString(
            d, d.year() == today.year() ? QStringLiteral("d MMM") : QStringLiteral("d MMM yyyy"));
    };
    QString closed;
    if (status == QLatin1String("done")) {
        const qint64 at = millis(f.value(u"closed_at"));
        const QString by = name(f.value(u"closed_by").toString());
        const QString day = at > 0 ? dayText(QDateTime::fromMSecsSinceEpoch(at).date()) : QString();
        closed = by.isEmpty() ? tr("Clos le %1").arg(day) : tr("Clos le %1 par %2").arg(day, by);
    }
    const QString dueText = due.isValid() ? tr("échéance %1").arg(dayText(due)) : QString();
    const bool overdue = status == QLatin1String("open") && due.isValid() && due < today;
    QStringList detail{contactId.isEmpty() ? contactTitle({}) : contact.title, contact.commune};
    const QString when = dateTimeText(v.value(u"occurred_at"));
    detail.append(author.isEmpty() ? tr("signalé %1").arg(when)
                                   : tr("signalé %1 par %2").arg(when, author));
    detail.removeAll(QString());
    return {
        {DetailTextRole, detail.join(QStringLiteral(" · "))},
        {StateTextRole, !closed.isEmpty() ? closed
                        : overdue         ? tr("En retard : %1").arg(dueText)
                                          : dueText},
        {VisitIdRole, item.value(u"id").toString()},
        {SummaryRole, f.value(u"summary").toString()},
        {ContactTitleRole, contactId.isEmpty() ? contactTitle({}) : contact.title},
        {CommuneRole, contact.commune},
        {WhenTextRole, dateTimeText(v.value(u"occurred_at"))},
        {DueTextRole, dueText},
        {OverdueRole, overdue},
        {AssigneeIdRole, assigneeId},
        {AssigneeRole, assignee},
        {AuthorRole, author},
        {StatusRole, status},
        {ClosedTextRole, closed},
    };
}

void SupervisorFollowUpsModel::assign(int row, const QString& userId) {
    act(row, QStringLiteral("assign"), {{QStringLiteral("assignee_id"), userId}});
}

void SupervisorFollowUpsModel::close(int row) {
    act(row, QStringLiteral("close"), {{QStringLiteral("status"), QStringLiteral("done")}});
}

void SupervisorFollowUpsModel::act(int row, const QString& action, const QJsonObject& body) {
    const QString id = item(row).value(u"id").toString();
    if (id.isEmpty() || !client()) {
        return;
    }
    ++acting_;
    emit actingChanged();
    client()->post(
        QStringLiteral("/api/v1/visits/%1/follow-up").arg(id), body, this,
        [this, id, action](const SupervisorReply& reply) {
            --acting_;
            emit actingChanged();
            if (!reply.ok()) {
                setActionError(reply.errorText);
                emit actionFinished(false);
                return;
            }
            setActionError({});
            // The answer is the visit as listed; the row may have moved meanwhile.
            const int r = rowOf(id);
            if (r >= 0) {
                replaceItem(r, reply.json.object());
                if (action == QLatin1String("close") && status_ == QLatin1String("open")) {
                    removeRow(r);
                    if (total_ > 0) {
                        --total_;
                        emit totalChanged();
                    }
                }
            }
            emit actionFinished(true);
        });
}

void SupervisorFollowUpsModel::setActionError(const QString& text) {
    if (text != actionError_) {
        actionError_ = text;
        emit actionErrorChanged();
    }
}

}  // namespace ronde::app
