#include "supervisor_export.hpp"

#include <QFileInfo>
#include <QLocale>
#include <QNetworkReply>
#include <QStandardPaths>

namespace ronde::app {

SupervisorExport::SupervisorExport(QObject* parent)
    : QObject(parent), client_(SupervisorClient::provided()) {}

SupervisorExport::~SupervisorExport() {
    if (reply_) {
        reply_->abort();
    }
}

void SupervisorExport::setFilter(SupervisorVisitFilter* filter) {
    if (filter_ != filter) {
        filter_ = filter;
        emit filterChanged();
    }
}

QUrl SupervisorExport::defaultFolder() const {
    return QUrl::fromLocalFile(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
}

QString SupervisorExport::progressText() const {
    return tr("%1 reçus").arg(QLocale().formattedDataSize(bytes_, 1, QLocale::DataSizeSIFormat));
}

QString SupervisorExport::path(Kind kind) const {
    switch (kind) {
        case VisitsCsv:
            return QStringLiteral("/api/v1/export/visits.csv");
        case VisitsGeoJson:
            return QStringLiteral("/api/v1/export/visits.geojson");
        case ContactsGeoJson:
            break;
    }
    return QStringLiteral("/api/v1/export/contacts.geojson");
}

QUrlQuery SupervisorExport::query(Kind kind) const {
    if (!filter_) {
        return {};
    }
    // The exports of visits take every filter of the visit list: the file
    // holds exactly the visits the screen lists. The contacts export takes
    // the category and the commune only (it refuses any other filter: a
    // typo must never export more than asked).
    const QUrlQuery all = filter_->query();
    if (kind != ContactsGeoJson) {
        return all;
    }
    QUrlQuery out;
    for (const auto& [name, value] : all.queryItems()) {
        if (name == QLatin1String("category") || name == QLatin1String("commune")) {
            out.addQueryItem(name, value);
        }
    }
    return out;
}

QString SupervisorExport::suggestedName(Kind kind) const {
    QString base = kind == ContactsGeoJson ? QStringLiteral("contacts") : QStringLiteral("visites");
    if (filter_ && kind != ContactsGeoJson) {
        if (!filter_->fromDate().isEmpty()) {
            base += QLatin1Char('-') + filter_->fromDate();
        }
        if (!filter_->toDate().isEmpty()) {
            base += QLatin1Char('-') + filter_->toDate();
        }
    }
    return base + (kind == VisitsCsv ? QStringLiteral(".csv") : QStringLiteral(".geojson"));
}

void SupervisorExport::start(Kind kind, const QUrl& file) {
    if (!client_ || reply_) {
        return;
    }
    const QString filePath = file.isLocalFile() ? file.toLocalFile() : file.toString();
    bytes_ = 0;
    failed_ = false;
    result_.clear();
    emit progressChanged();
    const QString name = QFileInfo(filePath).fileName();
    const QPointer<QNetworkReply> sent = client_->download(
        path(kind), query(kind), filePath, this,
        [this](qint64 bytes) {
            bytes_ = bytes;
            emit progressChanged();
        },
        [this, name](const SupervisorReply& reply) {
            reply_ = nullptr;
            failed_ = !reply.ok();
            result_ = reply.ok() ? tr("Export enregistré : %1").arg(name) : reply.errorText;
            emit stateChanged();
            emit finished(reply.ok());
        });
    reply_ = sent;
    emit stateChanged();
}

void SupervisorExport::cancel() {
    if (reply_) {
        reply_->abort();
    }
}

}  // namespace ronde::app
