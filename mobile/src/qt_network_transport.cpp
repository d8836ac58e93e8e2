#include "qt_network_transport.hpp"

#include "app_settings.hpp"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace ronde::app {

QtNetworkTransport::QtNetworkTransport(QUrl baseUrl, bool allowPlainHttp,
                                       std::chrono::milliseconds timeout)
    : base_(std::move(baseUrl)), allowPlainHttp_(allowPlainHttp), timeout_(timeout) {}

QtNetworkTransport::~QtNetworkTransport() = default;

Result<sync::TransportResponse> QtNetworkTransport::send(const sync::TransportRequest& request) {
    switch (AppSettings::checkServerUrl(base_.toString(), allowPlainHttp_)) {
        case AppSettings::UrlCheck::Ok:
            break;
        case AppSettings::UrlCheck::PlainHttpRefused:
            return make_error("insecure_transport",
                              "Plain HTTP is only allowed to this device unless the settings "
                              "allow it.");
        default:
            return make_error("invalid_url", "The server address is not usable.");
    }
    const auto cancelled = [this] { return cancel_ && cancel_->load(); };
    if (cancelled()) {
        return make_error("cancelled", "The request was cancelled.");
    }
    if (!network_) {
        network_ = std::make_unique<QNetworkAccessManager>();
    }
    QString base = base_.toString();
    while (base.endsWith(QLatin1Char('/'))) {
        base.chop(1);
    }
    QNetworkRequest http(QUrl(base + QString::fromStdString(request.target)));
    http.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                      QNetworkRequest::NoLessSafeRedirectPolicy);
    http.setTransferTimeout(static_cast<int>(timeout_.count()));
    for (const auto& [name, value] : request.headers) {
        http.setRawHeader(QByteArray::fromStdString(name), QByteArray::fromStdString(value));
    }
    QNetworkReply* reply = network_->sendCustomRequest(
        http, QByteArray::fromStdString(request.method), QByteArray::fromStdString(request.body));

    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    deadline.start(static_cast<int>(timeout_.count()));
    bool aborted = false;
    QTimer poll;
    if (cancel_) {
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (cancelled() && !aborted) {
                aborted = true;
                reply->abort();
            }
        });
        poll.start(100);
    }
    if (!reply->isFinished()) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    std::unique_ptr<QNetworkReply> owned(reply);

    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (aborted) {
        return make_error("cancelled", "The request was cancelled.");
    }
    if (timedOut || reply->error() == QNetworkReply::TimeoutError ||
        (reply->error() == QNetworkReply::OperationCanceledError && !status.isValid())) {
        return make_error("timeout", "The server did not answer in time.");
    }
    if (!status.isValid()) {
        return make_error("network", reply->errorString().toStdString());
    }
    sync::TransportResponse out;
    out.status = status.toInt();
    for (const auto& [name, value] : reply->rawHeaderPairs()) {
        out.headers[name.toLower().toStdString()] = value.toStdString();
    }
    out.body = reply->readAll().toStdString();
    return out;
}

}  // namespace ronde::app
