// An export of the supervisor (DESIGN scenario 5): GET /api/v1/export/…
// with the filters of the visit screen, streamed to the file the user chose
// as it arrives (never held in memory; the file is replaced only once the
// whole export came). GUI thread.
#pragma once

#include "supervisor_client.hpp"
#include "supervisor_visit_filter.hpp"

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QPointer>
#include <QUrl>

namespace ronde::app {

class SupervisorExport : public QObject {
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(
        ronde::app::SupervisorVisitFilter* filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    Q_PROPERTY(qint64 bytes READ bytes NOTIFY progressChanged)
    // "1,2 Mo reçus"
    Q_PROPERTY(QString progressText READ progressText NOTIFY progressChanged)
    // "Export enregistré : visites.csv" / the error sentence.
    Q_PROPERTY(QString resultText READ resultText NOTIFY stateChanged)
    Q_PROPERTY(bool failed READ failed NOTIFY stateChanged)
    // Where the save dialog opens: the user's documents.
    Q_PROPERTY(QUrl defaultFolder READ defaultFolder CONSTANT)

public:
    enum Kind { VisitsCsv, VisitsGeoJson, ContactsGeoJson };
    Q_ENUM(Kind)

    explicit SupervisorExport(QObject* parent = nullptr);
    ~SupervisorExport() override;

    void setClient(SupervisorClient* client) { client_ = client; }
    SupervisorVisitFilter* filter() const { return filter_; }
    void setFilter(SupervisorVisitFilter* filter);
    bool busy() const { return reply_ != nullptr; }
    qint64 bytes() const { return bytes_; }
    QString progressText() const;
    QString resultText() const { return result_; }
    bool failed() const { return failed_; }
    QUrl defaultFolder() const;

    // The file name the save dialog proposes ("visites-2026-11-01-2026-11-30.csv").
    Q_INVOKABLE QString suggestedName(Kind kind) const;
    // Downloads export `kind` into `file` (a file: URL from the dialog, or a path).
    Q_INVOKABLE void start(Kind kind, const QUrl& file);
    Q_INVOKABLE void cancel();

    // The route and query of `kind` with the filter (tests).
    QString path(Kind kind) const;
    QUrlQuery query(Kind kind) const;

signals:
    void filterChanged();
    void stateChanged();
    void progressChanged();
    void finished(bool ok);

private:
    QPointer<SupervisorClient> client_;
    QPointer<SupervisorVisitFilter> filter_;
    QPointer<QNetworkReply> reply_;
    qint64 bytes_ = 0;
    QString result_;
    bool failed_ = false;
};

}  // namespace ronde::app
