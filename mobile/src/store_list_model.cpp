#include "store_list_model.hpp"

#include "error_text.hpp"
#include "store_session.hpp"

#include <QTimer>

namespace ronde::app {

StoreListModel::StoreListModel(QObject* parent) : QAbstractListModel(parent) {
    setSession(StoreSession::provided());
}

void StoreListModel::setSession(StoreSession* session) {
    if (session_ == session) {
        return;
    }
    QObject::disconnect(sessionConnection_);
    session_ = session;
    if (session_) {
        sessionConnection_ =
            connect(session_, &StoreSession::dataChanged, this, &StoreListModel::reload);
    }
    reload();
}

int StoreListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant StoreListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    return rows_[static_cast<std::size_t>(index.row())].value(role);
}

bool StoreListModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && paging_ && !exhausted_ && !changing_ && session_ &&
           session_->store();
}

void StoreListModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent)) {
        return;
    }
    auto page = loadPage(*session_->store(), {pageSize_, rows_.size()});
    if (!page) {
        exhausted_ = true;
        setError(ErrorText::sentence(page.error()));
        return;
    }
    auto& more = page.value();
    exhausted_ = more.size() < pageSize_;
    if (more.empty()) {
        return;
    }
    const int first = static_cast<int>(rows_.size());
    changing_ = true;  // no nested fetch from a view reacting to the insertion
    beginInsertRows({}, first, first + static_cast<int>(more.size()) - 1);
    for (Row& row : more) {
        rows_.push_back(std::move(row));
    }
    endInsertRows();
    changing_ = false;
    emit countChanged();
}

void StoreListModel::setPageSize(int size) {
    const auto s = static_cast<std::size_t>(std::max(1, size));
    if (s != pageSize_) {
        pageSize_ = s;
        emit pageSizeChanged();
        reload();
    }
}

void StoreListModel::setPagingEnabled(bool enabled) {
    if (enabled != paging_) {
        paging_ = enabled;
        emit pageSizeChanged();
        reload();
    }
}

QVariant StoreListModel::get(int row) const {
    QVariantMap out;
    if (row < 0 || row >= count()) {
        return out;
    }
    const auto names = roleNames();
    const Row& r = rows_[static_cast<std::size_t>(row)];
    for (auto it = r.begin(); it != r.end(); ++it) {
        out.insert(QString::fromUtf8(names.value(it.key())), it.value());
    }
    return out;
}

void StoreListModel::reload() {
    if (reloadQueued_) {
        return;
    }
    reloadQueued_ = true;
    QTimer::singleShot(0, this, &StoreListModel::reloadNow);
}

void StoreListModel::reloadNow() {
    reloadQueued_ = false;
    const int before = count();
    // Views may ask for more while the reset is announced: not before it ends.
    changing_ = true;
    beginResetModel();
    rows_.clear();
    exhausted_ = true;
    QString error;
    if (session_ && session_->store() && ready()) {
        auto page = loadPage(*session_->store(), {pageSize_, 0});
        if (page) {
            rows_ = std::move(page.value());
            exhausted_ = rows_.size() < pageSize_;
        } else {
            error = ErrorText::sentence(page.error());
        }
    }
    endResetModel();
    changing_ = false;
    setError(error);
    if (count() != before) {
        emit countChanged();
    }
}

void StoreListModel::setError(const QString& text) {
    if (text != error_) {
        error_ = text;
        emit errorTextChanged();
    }
}

}  // namespace ronde::app
