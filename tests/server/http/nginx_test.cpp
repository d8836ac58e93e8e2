// deploy/nginx/ronde.conf in front of a real ronde-server: Debian's nginx
// runs as a child process with the site file (its ports and certificate
// paths rewritten), a self-signed certificate made with openssl at test time,
// and curl drives login, push and pull through HTTPS.
#include "fixture.hpp"

#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <fstream>
#include <regex>
#include <sstream>

using namespace ronde::test;

namespace {

std::string read_file(const std::string& path) {
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void write_file(const std::string& path, const std::string& text) {
    std::ofstream out(path);
    out << text;
}

std::uint16_t free_port() {
    // The same small race as ronde-server's own port 0: see http_server.hpp.
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
    ::close(fd);
    return ntohs(addr.sin_port);
}

bool have(const std::string& program) {
    return run_program({"sh", "-c", "command -v " + program}).exit_code == 0;
}

struct Curl {
    std::string cacert;
    std::uint16_t https_port;

    // Returns {status, body}.
    std::pair<int, std::string> operator()(const std::string& method, const std::string& path,
                                           const std::string& body = {},
                                           const std::string& token = {},
                                           const std::string& scheme_port = {}) const {
        std::vector<std::string> argv{
            "curl",       "-sS",
            "--max-time", "30",
            "--cacert",   cacert,
            "--resolve",  "ronde.example.fr:" + std::to_string(https_port) + ":127.0.0.1",
            "-X",         method,
            "-w",         "\n%{http_code}",
            "-H",         "X-Ronde-Protocol: 1"};
        if (!body.empty()) {
            argv.insert(argv.end(),
                        {"-H", "Content-Type: application/json", "--data-binary", "@-"});
        }
        if (!token.empty()) {
            argv.insert(argv.end(), {"-H", "Authorization: Bearer " + token});
        }
        argv.push_back(scheme_port.empty()
                           ? "https://ronde.example.fr:" + std::to_string(https_port) + path
                           : scheme_port + path);
        const CommandResult r = run_program(argv, body);
        const auto nl = r.output.rfind('\n');
        if (r.exit_code != 0 || nl == std::string::npos) {
            return {0, r.output};
        }
        return {std::stoi(r.output.substr(nl + 1)), r.output.substr(0, nl)};
    }
};

}  // namespace

TEST_CASE("login and push and pull work through nginx over HTTPS") {
    if (!have("nginx") || !have("openssl") || !have("curl")) {
        WARN("nginx, openssl or curl missing (scripts/deps installs them): test not run");
        CHECK(false);
        return;
    }
    ServerFixture f;
    ServerProcess& server = f.start();

    // A self-signed certificate for the site's name.
    TempDir ng;
    const CommandResult cert =
        run_program({"openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                     "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1", "-subj",
                     "/CN=ronde.example.fr", "-addext", "subjectAltName=DNS:ronde.example.fr",
                     "-keyout", ng.file("key.pem"), "-out", ng.file("cert.pem")});
    REQUIRE(cert.exit_code == 0);

    // The site as shipped, with this test's ports and files.
    const std::uint16_t https_port = free_port();
    const std::uint16_t http_port = free_port();
    std::string site = read_file(std::string(RONDE_SOURCE_DIR) + "/deploy/nginx/ronde.conf");
    REQUIRE(!site.empty());
    site = std::regex_replace(site, std::regex("server 127\\.0\\.0\\.1:8080;"),
                              "server 127.0.0.1:" + std::to_string(server.port()) + ";");
    site = std::regex_replace(site, std::regex("listen \\[::\\]:[^\\n]*\\n"), "");
    site = std::regex_replace(site, std::regex("listen 443 "),
                              "listen 127.0.0.1:" + std::to_string(https_port) + " ");
    site = std::regex_replace(site, std::regex("listen 80;"),
                              "listen 127.0.0.1:" + std::to_string(http_port) + ";");
    site =
        std::regex_replace(site, std::regex("/etc/ssl/ronde/fullchain\\.pem"), ng.file("cert.pem"));
    site = std::regex_replace(site, std::regex("/etc/ssl/ronde/privkey\\.pem"), ng.file("key.pem"));
    write_file(ng.file("ronde.conf"), site);
    const std::string temp = ng.path();
    write_file(ng.file("nginx.conf"),
               std::string(::geteuid() == 0 ? "user root;\n" : "") +
                   "worker_processes 1;\ndaemon off;\npid " + temp + "/nginx.pid;\nerror_log " +
                   temp +
                   "/error.log info;\nevents { worker_connections 64; }\nhttp {\n  access_log " +
                   temp + "/access.log;\n  client_body_temp_path " + temp +
                   "/body;\n  proxy_temp_path " + temp + "/proxy;\n  fastcgi_temp_path " + temp +
                   "/fastcgi;\n  uwsgi_temp_path " + temp + "/uwsgi;\n  scgi_temp_path " + temp +
                   "/scgi;\n  include " + temp + "/ronde.conf;\n}\n");
    const std::vector<std::string> nginx_argv{
        "nginx", "-p", temp, "-e", temp + "/error.log", "-c", temp + "/nginx.conf"};
    std::vector<std::string> test_argv = nginx_argv;
    test_argv.push_back("-t");
    const CommandResult syntax = run_program(test_argv);
    INFO(syntax.output);
    REQUIRE(syntax.exit_code == 0);
    ChildProcess nginx(nginx_argv, ng.file("nginx.out"), SIGTERM);
    REQUIRE(wait_for_port(https_port, std::chrono::seconds(20)));

    const Curl curl{ng.file("cert.pem"), https_port};
    const json login_body = {{"username", kPatrol.username},
                             {"password", kPatrol.password},
                             {"device", {{"id", new_id()}, {"name", "Tablette via nginx"}}}};
    const auto [login_status, login_answer] = curl("POST", "/api/v1/auth/login", login_body.dump());
    INFO(login_answer << read_file(ng.file("error.log")));
    REQUIRE(login_status == 200);
    const std::string token = json::parse(login_answer).at("token");

    const std::string contact_id = new_id();
    const auto [push_status, push_answer] =
        curl("POST", "/api/v1/sync/push",
             push_body({contact_change(contact_id, "Tabac-presse via HTTPS")}).dump(), token);
    REQUIRE(push_status == 200);
    CHECK(json::parse(push_answer).at("results").at(0).at("outcome") == "applied");

    const auto [pull_status, pull_answer] = curl("GET", "/api/v1/sync/pull?since=0", {}, token);
    INFO(pull_answer);
    REQUIRE(pull_status == 200);
    const json pulled = json::parse(pull_answer);
    REQUIRE(pulled.at("changes").size() == 1);
    CHECK(pulled["changes"][0]["id"] == contact_id);

    // nginx's own rules: /metrics is not exposed, big bodies stop at nginx,
    // plain HTTP redirects to HTTPS.
    CHECK(curl("GET", "/metrics").first == 404);
    CHECK(curl("POST", "/api/v1/sync/push", std::string(2 * 1024 * 1024, ' '), token).first == 413);
    CHECK(curl("GET", "/healthz", {}, {}, "http://127.0.0.1:" + std::to_string(http_port)).first ==
          301);
    CHECK(nginx.stop(SIGQUIT) == 0);
}

TEST_CASE("ronde-server serves HTTPS itself with --tls-cert and --tls-key") {
    if (!have("openssl") || !have("curl")) {
        WARN("openssl or curl missing (scripts/deps installs them): test not run");
        CHECK(false);
        return;
    }
    ServerFixture f;
    const CommandResult cert =
        run_program({"openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                     "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1", "-subj",
                     "/CN=ronde.example.fr", "-addext", "subjectAltName=DNS:ronde.example.fr",
                     "-keyout", f.dir.file("key.pem"), "-out", f.dir.file("cert.pem")});
    REQUIRE(cert.exit_code == 0);

    // A missing key is refused at start, not at the first connection.
    const CommandResult bad =
        run_ronde_server({"serve", "--db", f.db, "--listen", "127.0.0.1:0", "--tls-cert",
                          f.dir.file("cert.pem"), "--tls-key", f.dir.file("missing.pem")});
    CHECK(bad.exit_code == 1);
    CHECK_THAT(bad.output, Catch::Contains("TLS"));

    ServerProcess& server =
        f.start({"--tls-cert", f.dir.file("cert.pem"), "--tls-key", f.dir.file("key.pem")});
    CHECK(server.first_line() == "listening on https://127.0.0.1:" + std::to_string(server.port()));
    const Curl curl{f.dir.file("cert.pem"), server.port()};
    const json login_body = {{"username", kPatrol.username},
                             {"password", kPatrol.password},
                             {"device", {{"id", new_id()}, {"name", "Tablette TLS"}}}};
    const auto [status, answer] = curl("POST", "/api/v1/auth/login", login_body.dump());
    REQUIRE(status == 200);
    const std::string token = json::parse(answer).at("token");
    const auto [pull_status, pull_answer] = curl("GET", "/api/v1/sync/pull?since=0", {}, token);
    INFO(pull_answer);
    CHECK(pull_status == 200);
    CHECK(server.stop(SIGTERM) == 0);
}
