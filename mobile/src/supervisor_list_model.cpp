#include "supervisor_list_model.hpp"

#include "formatting.hpp"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkReply>
#include <QTimer>

namespace ronde::app {

SupervisorListModel::SupervisorListModel(QObject* parent) : QAbstractListModel(parent) {
    setClient(SupervisorClient::provided());
}

SupervisorListModel::~SupervisorListModel() {
    if (reply_) {
        reply_->abort();
    }
}

void SupervisorListModel::setClient(SupervisorClient* client) {
    if (client_ == client) {
        return;
    }
    for (const auto& c : std::as_const(clientConnections_)) {
        QObject::disconnect(c);
    }
    clientConnections_.clear();
    client_ = client;
    if (client_) {
        clientConnections_ = {
            connect(client_, &SupervisorClient::credentialsChanged, this,
                    &SupervisorListModel::reload),
            connect(client_, &SupervisorClient::usersChanged, this,
                    &SupervisorListModel::refreshRows),
        };
    }
    reload();
}

int SupervisorListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant SupervisorListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    return rows_[static_cast<std::size_t>(index.row())].value(role);
}

bool SupervisorListModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !cursor_.isEmpty() && reply_ == nullptr && !reloadQueued_;
}

void SupervisorListModel::fetchMore(const QModelIndex& parent) {
    if (canFetchMore(parent)) {
        request(false);
    }
}

void SupervisorListModel::setPageSize(int size) {
    size = std::clamp(size, 1, 500);
    if (size == pageSize_) {
        return;
    }
    pageSize_ = size;
    emit pageSizeChanged();
    reload();
}

QVariant SupervisorListModel::get(int row) const {
    QVariantMap out;
    if (row < 0 || row >= count()) {
        return out;
    }
    const auto names = roleNames();
    const Row& values = rows_[static_cast<std::size_t>(row)];
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        out.insert(QString::fromUtf8(names.value(it.key())), it.value());
    }
    return out;
}

void SupervisorListModel::reload() {
    if (reloadQueued_) {
        return;
    }
    reloadQueued_ = true;
    emit loadingChanged();
    QTimer::singleShot(0, this, [this] {
        reloadQueued_ = false;
        request(true);
    });
}

QJsonObject SupervisorListModel::item(int row) const {
    return row >= 0 && row < count() ? items_[static_cast<std::size_t>(row)] : QJsonObject();
}

int SupervisorListModel::rowOf(const QString& id) const {
    for (std::size_t r = 0; r < items_.size(); ++r) {
        if (items_[r].value(u"id").toVariant().toString() == id) {
            return static_cast<int>(r);
        }
    }
    return -1;
}

void SupervisorListModel::replaceItem(int row, const QJsonObject& item) {
    if (row < 0 || row >= count()) {
        return;
    }
    items_[static_cast<std::size_t>(row)] = item;
    rows_[static_cast<std::size_t>(row)] = rowFrom(item);
    emit dataChanged(index(row), index(row));
}

void SupervisorListModel::refreshRows() {
    if (rows_.empty()) {
        return;
    }
    for (std::size_t r = 0; r < rows_.size(); ++r) {
        rows_[r] = rowFrom(items_[r]);
    }
    emit dataChanged(index(0), index(count() - 1));
}

void SupervisorListModel::removeRow(int row) {
    if (row < 0 || row >= count()) {
        return;
    }
    beginRemoveRows({}, row, row);
    rows_.erase(rows_.begin() + row);
    items_.erase(items_.begin() + row);
    endRemoveRows();
    emit countChanged();
}

void SupervisorListModel::request(bool firstPage) {
    if (reply_) {
        QNetworkReply* old = reply_;
        reply_ = nullptr;
        old->abort();  // its handler sees a cancelled answer and ignores it
    }
    if (firstPage) {
        const bool had = !rows_.empty();
        beginResetModel();
        rows_.clear();
        items_.clear();
        cursor_.clear();
        loaded_ = false;
        endResetModel();
        if (had) {
            emit countChanged();
        }
    }
    if (!client_ || !client_->available() || !ready()) {
        setError({});
        emit loadingChanged();
        return;
    }
    QUrlQuery q = query();
    if (paged()) {
        q.addQueryItem(QStringLiteral("limit"), QString::number(pageSize_));
    }
    if (!firstPage) {
        q.addQueryItem(QStringLiteral("cursor"), cursor_);
    }
    const QPointer<QNetworkReply> sent =
        client_->get(path(), q, this, [this, firstPage](const SupervisorReply& reply) {
            // A reply that is no longer the current one (aborted by a reload).
            if (reply.error && reply.error->code == "cancelled") {
                return;
            }
            reply_ = nullptr;
            loaded_ = true;
            if (!reply.ok()) {
                cursor_.clear();
                setError(reply.errorText);
                emit loadingChanged();
                emit pageLoaded();
                return;
            }
            setError({});
            const QJsonObject answer = reply.json.object();
            answered(answer, firstPage);
            const QJsonArray items = answer.value(u"items").toArray();
            cursor_ = answer.value(u"next_cursor").toString();
            if (!items.isEmpty()) {
                const int first = count();
                beginInsertRows({}, first, first + static_cast<int>(items.size()) - 1);
                for (const auto& item : items) {
                    items_.push_back(item.toObject());
                    rows_.push_back(rowFrom(items_.back()));
                }
                endInsertRows();
                emit countChanged();
            }
            emit loadingChanged();
            emit pageLoaded();
        });
    reply_ = sent;
    emit loadingChanged();
}

void SupervisorListModel::setError(const QString& text) {
    if (text != error_) {
        error_ = text;
        emit errorTextChanged();
    }
}

namespace supervisor_text {

namespace {
template <class E>
QString labelOf(const QString& code) {
    const QByteArray utf8 = code.toUtf8();
    if (auto value = parse_enum<E>(std::string_view(utf8.constData(), utf8.size()))) {
        return format::enumLabel(*value);
    }
    return code;
}
template <class E>
QString labelsOf(const QJsonArray& codes) {
    QStringList out;
    for (const auto& c : codes) {
        out.append(labelOf<E>(c.toString()));
    }
    return out.join(QStringLiteral(", "));
}
}  // namespace

QJsonObject dataOf(const QJsonObject& item) {
    const QJsonValue data = item.value(u"data");
    return data.isObject() ? data.toObject() : item;
}

qint64 millis(const QJsonValue& time) {
    if (time.isDouble()) {
        return static_cast<qint64>(time.toDouble());
    }
    const QDateTime t = QDateTime::fromString(time.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

QString dateTimeText(const QJsonValue& time) {
    const qint64 ms = millis(time);
    if (ms == 0) {
        return {};
    }
    return format::dateTime(Timestamp(std::chrono::milliseconds(ms)), format::now());
}

QString topicLabel(const QString& code) {
    return labelOf<Topic>(code);
}
QString actionLabel(const QString& code) {
    return labelOf<Action>(code);
}
QString categoryLabel(const QString& code) {
    return labelOf<ContactCategory>(code);
}
QString climateLabel(const QString& code) {
    return labelOf<Climate>(code);
}
QString roleLabel(const QString& code) {
    if (code == QLatin1String("patrol")) {
        return QCoreApplication::translate("SupervisorText", "Patrouille");
    }
    if (code == QLatin1String("supervisor")) {
        return QCoreApplication::translate("SupervisorText", "Commandement");
    }
    if (code == QLatin1String("admin")) {
        return QCoreApplication::translate("SupervisorText", "Administrateur");
    }
    return code;
}
QString topicLabels(const QJsonArray& codes) {
    return labelsOf<Topic>(codes);
}
QString actionLabels(const QJsonArray& codes) {
    return labelsOf<Action>(codes);
}

QString contactTitle(const QJsonObject& contact) {
    const QJsonObject c = dataOf(contact);
    const QString organisation = c.value(u"organisation").toString().trimmed();
    if (!organisation.isEmpty()) {
        return organisation;
    }
    const QString person = c.value(u"person_name").toString().trimmed();
    if (!person.isEmpty()) {
        return person;
    }
    return QCoreApplication::translate("VisitText", "Habitant anonyme");
}

QString userName(const QJsonValue& user) {
    if (user.isString()) {
        return user.toString();
    }
    const QJsonObject u = user.toObject();
    const QString display = u.value(u"display_name").toString();
    return display.isEmpty() ? u.value(u"username").toString() : display;
}

SupervisorClient::ContactSummary contactOf(const QJsonObject& visitItem) {
    const QJsonValue named = visitItem.value(u"contact");
    if (!named.isObject()) {
        const bool hasContact = !dataOf(visitItem).value(u"contact_id").toString().isEmpty();
        return {hasContact
                    ? QCoreApplication::translate("ronde::app::SupervisorVisitsModel", "Contact")
                    : QString(),
                {},
                {}};
    }
    const QJsonObject c = named.toObject();
    return {contactTitle(c), c.value(u"commune").toString().trimmed(),
            c.value(u"category").toString()};
}

}  // namespace supervisor_text

}  // namespace ronde::app
