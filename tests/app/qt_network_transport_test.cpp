// The Qt Network transport of the sync engine against a tiny HTTP responder
// on 127.0.0.1: an answer of any status, no answer in time, a refused
// connection, and plain HTTP refused to anything but this device.
#include "qt_network_transport.hpp"

#include <catch2/catch.hpp>

#include <QTcpServer>
#include <QTcpSocket>

using namespace ronde::app;
using namespace std::chrono_literals;

namespace {

// Answers every request with `answer` once its headers have arrived (or
// never, when `answer` is empty); keeps what it received.
class Responder : public QObject {
public:
    explicit Responder(QByteArray answer) : answer_(std::move(answer)) {
        REQUIRE(server_.listen(QHostAddress::LocalHost));
        connect(&server_, &QTcpServer::newConnection, this, [this] {
            QTcpSocket* socket = server_.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                received += socket->readAll();
                if (!answer_.isEmpty() && received.contains("\r\n\r\n")) {
                    socket->write(answer_);
                    socket->disconnectFromHost();
                }
            });
        });
    }
    QUrl url() const {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server_.serverPort()));
    }
    QByteArray received;

private:
    QTcpServer server_;
    QByteArray answer_;
};

}  // namespace

TEST_CASE("the transport returns the server's answer whatever its status") {
    Responder server(
        "HTTP/1.1 422 Unprocessable Entity\r\nContent-Type: application/json\r\n"
        "Retry-After: 3\r\nContent-Length: 11\r\n\r\n{\"a\": true}");
    QtNetworkTransport transport(server.url(), false, 5s);
    ronde::sync::TransportRequest request{
        "POST",
        "/api/v1/sync/push?x=1",
        {{"Authorization", "Bearer t0k3n"}, {"Content-Type", "application/json"}},
        "{}"};
    auto answer = transport.send(request);
    REQUIRE(answer);
    CHECK(answer->status == 422);
    CHECK(answer->body == "{\"a\": true}");
    CHECK(answer->header("retry-after") == "3");
    CHECK(server.received.startsWith("POST /api/v1/sync/push?x=1 HTTP/1.1"));
    CHECK(server.received.contains("Authorization: Bearer t0k3n"));
}

TEST_CASE("no answer in time is a timeout, a closed port a network error") {
    Responder silent{QByteArray()};
    QtNetworkTransport slow(silent.url(), false, 300ms);
    auto late = slow.send({"GET", "/healthz", {}, {}});
    REQUIRE_FALSE(late);
    CHECK(late.error().code == "timeout");

    QTcpServer closed;
    REQUIRE(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    QtNetworkTransport nowhere(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), false, 5s);
    auto refused = nowhere.send({"GET", "/healthz", {}, {}});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == "network");
}

TEST_CASE("plain HTTP to another machine is refused before anything is sent") {
    QtNetworkTransport transport(QUrl(QStringLiteral("http://192.0.2.10:8080")), false, 1s);
    auto answer = transport.send({"GET", "/healthz", {}, {}});
    REQUIRE_FALSE(answer);
    CHECK(answer.error().code == "insecure_transport");
}
