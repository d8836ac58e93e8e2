// Options of `ronde-server serve` (see serve_options.hpp).
#include "cli/serve_options.hpp"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdlib>
#include <optional>
#include <ostream>

namespace ronde::server {

namespace {

constexpr const char* kServeUsage =
    R"(Usage: ronde-server serve --db FILE [--listen HOST:PORT] [options]

Serves the sync API until SIGINT or SIGTERM (requests in flight finish first).

  --db FILE                 SQLite database (created and migrated when needed);
                            default: $RONDE_DB
  --listen HOST:PORT        address to listen on; port 0 picks a free port;
                            default: $RONDE_LISTEN, else 127.0.0.1:8080
  --tls-cert FILE           PEM certificate chain: serve HTTPS (with --tls-key)
  --tls-key FILE            PEM private key
  --max-body BYTES          largest request body accepted (default 1048576)
  --token-idle-days N       device tokens expire after N idle days (default 14)
  --patrol-visit-days N     patrol devices pull visits of the last N days (default 90)
  --login-attempts N        login attempts per username and per client address
                            per 15 minutes before 429 (default 10)
  --batch-retention-days N  keep the answers of pushed batches N days for replays
                            (default 90; RONDE_BATCH_RETENTION_DAYS)
  --help                    this text

The first line on stdout is "listening on http(s)://HOST:PORT".
Logs (one line per request) go to stderr.
)";

std::optional<std::int64_t> parse_positive(const std::string& text) {
    std::int64_t v = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc{} || end != text.data() + text.size() || v < 1) {
        return std::nullopt;
    }
    return v;
}

}  // namespace

std::variant<ServeOptions, int> parse_serve_options(const Args& args, std::ostream& out,
                                                    std::ostream& err) {
    ServeOptions o;
    std::string& db = o.db;
    db = std::getenv("RONDE_DB") != nullptr ? std::getenv("RONDE_DB") : "";
    std::string listen =
        std::getenv("RONDE_LISTEN") != nullptr ? std::getenv("RONDE_LISTEN") : "127.0.0.1:8080";
    HttpServerConfig& http_config = o.http;
    ApiConfig& api_config = o.api;
    AuthConfig& auth_config = o.auth;
    SyncConfig& sync_config = o.sync;

    const auto usage_error = [&](const std::string& message) {
        err << "ronde-server serve: " << message << "\n(see ronde-server serve --help)\n";
        return 2;
    };
    const auto set_retention_days = [&](const std::string& text) {
        const auto n = parse_positive(text);
        if (!n || *n > 36500) {
            return false;
        }
        sync_config.batch_retention = std::chrono::hours(24 * *n);
        return true;
    };
    if (const char* env = std::getenv("RONDE_BATCH_RETENTION_DAYS"); env != nullptr) {
        if (!set_retention_days(env)) {
            return usage_error("RONDE_BATCH_RETENTION_DAYS needs a number of days from 1 to 36500");
        }
    }
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& flag = args[i];
        if (flag == "--help" || flag == "-h") {
            out << kServeUsage;
            return 0;
        }
        if (i + 1 >= args.size()) {
            return usage_error(flag.starts_with("--") ? flag + " needs a value"
                                                      : "unexpected argument '" + flag + "'");
        }
        const std::string& value = args[++i];
        if (flag == "--db") {
            db = value;
        } else if (flag == "--listen") {
            listen = value;
        } else if (flag == "--tls-cert") {
            http_config.tls_cert = value;
        } else if (flag == "--tls-key") {
            http_config.tls_key = value;
        } else if (flag == "--batch-retention-days") {
            if (!set_retention_days(value)) {
                return usage_error(flag + " needs a number of days from 1 to 36500");
            }
        } else if (flag == "--max-body" || flag == "--token-idle-days" ||
                   flag == "--token-idle-seconds" || flag == "--patrol-visit-days" ||
                   flag == "--login-attempts") {
            const auto n = parse_positive(value);
            if (!n || *n > (std::int64_t{1} << 40)) {
                return usage_error(flag + " needs a positive integer");
            }
            if (flag == "--max-body") {
                api_config.max_body_bytes = static_cast<std::size_t>(*n);
            } else if (flag == "--token-idle-days") {
                auth_config.token_idle_timeout = std::chrono::hours(24 * *n);
            } else if (flag == "--token-idle-seconds") {
                // Not in --help: lets tests see a token expire in seconds.
                auth_config.token_idle_timeout = std::chrono::seconds(*n);
            } else if (flag == "--patrol-visit-days") {
                sync_config.patrol_visit_days = static_cast<int>(std::min<std::int64_t>(*n, 36500));
            } else {
                auth_config.login_attempts_per_window =
                    static_cast<int>(std::min<std::int64_t>(*n, 1000000));
            }
        } else {
            return usage_error("unknown option '" + flag + "'");
        }
    }
    if (db.empty()) {
        return usage_error("--db FILE is required (or RONDE_DB)");
    }
    if (http_config.tls_cert.empty() != http_config.tls_key.empty()) {
        return usage_error("--tls-cert and --tls-key go together");
    }
    const auto colon = listen.rfind(':');
    const std::string port_text = colon == std::string::npos ? "" : listen.substr(colon + 1);
    int port = -1;
    const auto [port_end, port_ec] =
        std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
    if (colon == std::string::npos || colon == 0 || port_ec != std::errc{} ||
        port_end != port_text.data() + port_text.size() || port < 0 || port > 65535) {
        return usage_error("--listen needs HOST:PORT, e.g. 127.0.0.1:8080");
    }
    http_config.host = listen.substr(0, colon);
    http_config.port = static_cast<std::uint16_t>(port);
    return o;
}

}  // namespace ronde::server
