// The supervisor's follow-ups board (DESIGN scenario 4): the unit's visits
// that need a follow-up (GET /api/v1/visits?follow_up=open|done), newest
// first, with the actions of the board: assign or re-assign, close (POST
// /api/v1/visits/{id}/follow-up). An action changes the row in place once
// the server accepted it; the closing then syncs to the patrols like any
// change.
#pragma once

#include "supervisor_list_model.hpp"

namespace ronde::app {

class SupervisorFollowUpsModel
    : public ronde::app::SupervisorListModel {  // qualified: qmltyperegistrar 6.4 needs it
    Q_OBJECT
    QML_ELEMENT

    // "open" or "done".
    Q_PROPERTY(QString status READ status WRITE setStatus NOTIFY criteriaChanged)
    // Only those assigned to this user id ("" for all).
    Q_PROPERTY(QString assignee READ assignee WRITE setAssignee NOTIFY criteriaChanged)
    Q_PROPERTY(int total READ total NOTIFY totalChanged)
    // The sentence of the last refused action (empty when it went through).
    Q_PROPERTY(QString actionError READ actionError NOTIFY actionErrorChanged)
    Q_PROPERTY(bool acting READ acting NOTIFY actingChanged)

public:
    enum Roles {
        VisitIdRole = Qt::UserRole + 1,
        SummaryRole,
        ContactTitleRole,
        CommuneRole,
        WhenTextRole,  // when the visit raised it
        DueTextRole,   // "échéance 28 nov." / ""
        OverdueRole,   // open and past its due date
        AssigneeIdRole,
        AssigneeRole,  // name, or "" when nobody
        AuthorRole,
        StatusRole,      // "open" / "done"
        ClosedTextRole,  // "Clos le 21 nov. par Major Kerleau"
        DetailTextRole,  // "Boulangerie · Chantepie · signalé hier à 17:05 par …"
        StateTextRole,   // closedText, "En retard : échéance 20 nov.", dueText
    };
    Q_ENUM(Roles)

    explicit SupervisorFollowUpsModel(QObject* parent = nullptr);
    QHash<int, QByteArray> roleNames() const override;

    QString status() const { return status_; }
    void setStatus(const QString& status);
    QString assignee() const { return assignee_; }
    void setAssignee(const QString& id);
    int total() const { return total_; }
    QString actionError() const { return actionError_; }
    bool acting() const { return acting_ > 0; }

    // Assigns the follow-up of row `row` to user `userId` ("" unassigns).
    Q_INVOKABLE void assign(int row, const QString& userId);
    // Closes the follow-up of row `row` (it leaves an "open" list).
    Q_INVOKABLE void close(int row);

signals:
    void criteriaChanged();
    void totalChanged();
    void actionErrorChanged();
    void actingChanged();
    // An action finished (ok or not): tests and toasts.
    void actionFinished(bool ok);

protected:
    QString path() const override { return QStringLiteral("/api/v1/visits"); }
    QUrlQuery query() const override;
    Row rowFrom(const QJsonObject& item) const override;
    void answered(const QJsonObject& answer, bool firstPage) override;

private:
    void act(int row, const QString& action, const QJsonObject& body);
    void setActionError(const QString& text);

    QString status_ = QStringLiteral("open");
    QString assignee_;
    int total_ = -1;
    int acting_ = 0;
    QString actionError_;
};

}  // namespace ronde::app
