// The base of the lists fed by the device store: rows loaded a page at a time
// (canFetchMore/fetchMore), reloaded when the session's data changes or it
// locks (a locked session shows nothing). Subclasses turn records into rows
// of role values, formatted in C++ (labels, distances, dates). GUI thread.
#pragma once

#include "ronde/store/device_store.hpp"
#include "store_session.hpp"

#include <QtQml/qqmlregistration.h>
#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QString>
#include <QVariant>

#include <vector>

namespace ronde::app {

class StoreListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ANONYMOUS

    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int pageSize READ pageSize WRITE setPageSize NOTIFY pageSizeChanged)
    Q_PROPERTY(bool pagingEnabled READ pagingEnabled WRITE setPagingEnabled NOTIFY pageSizeChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    using Row = QHash<int, QVariant>;

    // Uses the session main() provided unless setSession() says otherwise.
    explicit StoreListModel(QObject* parent = nullptr);

    void setSession(StoreSession* session);
    StoreSession* session() const { return session_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    int count() const { return static_cast<int>(rows_.size()); }
    int pageSize() const { return static_cast<int>(pageSize_); }
    void setPageSize(int size);
    // false: the first page is the whole list (home shows the nearest few).
    bool pagingEnabled() const { return paging_; }
    void setPagingEnabled(bool enabled);
    QString errorText() const { return error_; }

    // The row's values by role name, for QML and tests (a QVariant holding
    // a map, so that qmllint 6.4 lets QML read its keys).
    Q_INVOKABLE QVariant get(int row) const;
    // Loads the first page again (coalesced: several calls, one reload).
    Q_INVOKABLE void reload();
    // Reloads now.
    void reloadNow();

signals:
    void countChanged();
    void pageSizeChanged();
    void errorTextChanged();

protected:
    // One page of rows from `store`; fewer than page.limit means the end.
    virtual Result<std::vector<Row>> loadPage(store::DeviceStore& store, store::Page page) = 0;
    // Whether the list can have rows yet (e.g. a contact id is set).
    virtual bool ready() const { return true; }

private:
    void setError(const QString& text);

    QPointer<StoreSession> session_;
    QMetaObject::Connection sessionConnection_;
    std::vector<Row> rows_;
    std::size_t pageSize_ = 50;
    bool paging_ = true;
    bool exhausted_ = true;
    bool reloadQueued_ = false;
    bool changing_ = false;  // inside a reset or an insertion
    QString error_;
};

}  // namespace ronde::app
