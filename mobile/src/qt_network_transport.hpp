// The sync engine's HTTP transport on Qt Network (ronde::sync::Transport).
// One blocking request at a time, from the engine's thread: the request runs
// in a nested event loop on that thread, with a QNetworkAccessManager made on
// first use there. HTTPS to the unit's server; plain HTTP only to this device
// (loopback) unless the settings allow it (AppSettings::checkServerUrl).
// Certificate errors are never ignored; redirects never downgrade to http.
#pragma once

#include "ronde/sync/transport.hpp"

#include <QUrl>

#include <atomic>
#include <chrono>
#include <memory>

class QNetworkAccessManager;

namespace ronde::app {

class QtNetworkTransport final : public sync::Transport {
public:
    // `baseUrl`: the server ("https://ronde.exemple.fr"); request targets are
    // appended to it.
    QtNetworkTransport(QUrl baseUrl, bool allowPlainHttp,
                       std::chrono::milliseconds timeout = std::chrono::seconds(30));
    ~QtNetworkTransport() override;

    // Once `flag` turns true (from any thread), a request under way is
    // aborted within about 100 ms and new ones are not sent: "cancelled".
    // The app sets it to stop a sync at lock or quit without waiting for
    // the timeout.
    void setCancelFlag(std::shared_ptr<const std::atomic<bool>> flag) { cancel_ = std::move(flag); }

    // An HTTP answer of any status, or an Error: "network" (refused, cut,
    // TLS failure), "timeout", "insecure_transport" (plain HTTP refused, sent
    // nothing), "invalid_url", "cancelled".
    Result<sync::TransportResponse> send(const sync::TransportRequest& request) override;

private:
    QUrl base_;
    bool allowPlainHttp_;
    std::chrono::milliseconds timeout_;
    std::unique_ptr<QNetworkAccessManager> network_;
    std::shared_ptr<const std::atomic<bool>> cancel_;
};

}  // namespace ronde::app
