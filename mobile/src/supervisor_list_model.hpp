// The base of the supervisor's lists, read live from the server: one GET per
// page, with the filters of the subclass and the cursor of the page before
// (canFetchMore/fetchMore). A change of filter, of credentials or of server
// reloads the first page (coalesced). A request under way is aborted by a
// reload. Subclasses turn the API's items into rows of role values,
// formatted in C++. GUI thread.
#pragma once

#include "supervisor_client.hpp"

#include <QtQml/qqmlregistration.h>
#include <QAbstractListModel>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QString>
#include <QUrlQuery>
#include <QVariant>

#include <vector>

namespace ronde::app {

class SupervisorListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ANONYMOUS

    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int pageSize READ pageSize WRITE setPageSize NOTIFY pageSizeChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool hasMore READ hasMore NOTIFY loadingChanged)
    // The request of the first page answered (with rows or not).
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadingChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    using Row = QHash<int, QVariant>;

    // Uses the client main() provided unless setClient() says otherwise.
    explicit SupervisorListModel(QObject* parent = nullptr);
    ~SupervisorListModel() override;

    void setClient(SupervisorClient* client);
    SupervisorClient* client() const { return client_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    int count() const { return static_cast<int>(rows_.size()); }
    int pageSize() const { return pageSize_; }
    void setPageSize(int size);
    // A page is asked for, or about to be (a reload is queued).
    bool loading() const { return reply_ != nullptr || reloadQueued_; }
    bool hasMore() const { return !cursor_.isEmpty(); }
    bool loaded() const { return loaded_; }
    QString errorText() const { return error_; }

    // The row's values by role name (a QVariant holding a map: qmllint 6.4).
    Q_INVOKABLE QVariant get(int row) const;
    // Loads the first page again (coalesced: several calls, one request).
    Q_INVOKABLE void reload();
    // The API's item behind row `row` (empty when out of range).
    QJsonObject item(int row) const;
    // The row of the item with this "id", or -1.
    int rowOf(const QString& id) const;
    // Replaces the item of row `row` (after an action on it) and its row.
    void replaceItem(int row, const QJsonObject& item);
    // Removes the row `row` (closed, resolved...).
    void removeRow(int row);

signals:
    void countChanged();
    void pageSizeChanged();
    void loadingChanged();
    void errorTextChanged();
    // A page arrived (tests wait for it).
    void pageLoaded();

protected:
    // The route ("/api/v1/visits") and its filters, without cursor and limit.
    virtual QString path() const = 0;
    virtual QUrlQuery query() const { return {}; }
    // Whether the route pages (limit and cursor); false: one answer holds all.
    virtual bool paged() const { return true; }
    // Whether the list can be asked for yet (a contact id is set...).
    virtual bool ready() const { return true; }
    // The rows of one item of the answer's "items".
    virtual Row rowFrom(const QJsonObject& item) const = 0;
    // The whole answer, before its rows are added (totals, names of users).
    virtual void answered(const QJsonObject& /*answer*/, bool /*firstPage*/) {}
    // A filter changed: reload.
    void filtersChanged() { reload(); }

private:
    void request(bool firstPage);
    void setError(const QString& text);
    void refreshRows();  // names of users arrived

    QPointer<SupervisorClient> client_;
    QList<QMetaObject::Connection> clientConnections_;
    std::vector<Row> rows_;
    std::vector<QJsonObject> items_;  // the API's, row by row
    QString cursor_;                  // of the next page; empty at the end
    QPointer<QNetworkReply> reply_;
    int pageSize_ = 50;
    bool loaded_ = false;
    bool reloadQueued_ = false;
    QString error_;
};

// Helpers of the supervisor models: what the API sends, in the app's words.
namespace supervisor_text {
// The record's fields: item["data"] when the API wraps them, else the item.
QJsonObject dataOf(const QJsonObject& item);
// "21 nov. à 09:42" from an ISO time or Unix milliseconds.
QString dateTimeText(const QJsonValue& time);
// Milliseconds since 1970 from an ISO time or a number; 0 when absent.
qint64 millis(const QJsonValue& time);
// The label of a code of enum E in the UI language (the code itself when unknown).
QString topicLabel(const QString& code);
QString actionLabel(const QString& code);
QString categoryLabel(const QString& code);
QString climateLabel(const QString& code);
QString roleLabel(const QString& code);
// The labels of an array of codes, joined.
QString topicLabels(const QJsonArray& codes);
QString actionLabels(const QJsonArray& codes);
// A contact's title: organisation, else person name, else "Habitant anonyme".
QString contactTitle(const QJsonObject& contact);
// A user's name from {display_name, username} or a plain string; "" for null.
QString userName(const QJsonValue& user);
// The contact named by a visit item (its "contact": {name, organisation,
// person_name, commune, category}): title, commune, category code. A visit
// of an anonymous resident has an empty title; one whose contact the
// server did not name (deleted since) is titled "Contact".
SupervisorClient::ContactSummary contactOf(const QJsonObject& visitItem);
}  // namespace supervisor_text

}  // namespace ronde::app
