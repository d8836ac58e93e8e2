// CpprestTransport: TransportRequest -> web::http::http_request and back.
#include "cpprest_transport.hpp"

#include <cpprest/http_client.h>

#include <algorithm>
#include <cctype>
#include <system_error>
#include <utility>

namespace ronde::sim {

namespace http = web::http;

struct CpprestTransport::Impl {
    http::client::http_client client;
    explicit Impl(const std::string& base_url, const http::client::http_client_config& config)
        : client(utility::conversions::to_string_t(base_url), config) {}
};

namespace {

http::client::http_client_config config_for(std::chrono::milliseconds timeout) {
    http::client::http_client_config config;
    config.set_timeout(std::chrono::duration_cast<std::chrono::microseconds>(timeout));
    return config;
}

std::string lowercase(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

}  // namespace

CpprestTransport::CpprestTransport(const std::string& base_url, std::chrono::milliseconds timeout)
    : impl_(std::make_unique<Impl>(base_url, config_for(timeout))) {}

CpprestTransport::~CpprestTransport() = default;

Result<sync::TransportResponse> CpprestTransport::send(const sync::TransportRequest& request) {
    try {
        http::http_request req(utility::conversions::to_string_t(request.method));
        req.set_request_uri(web::uri(utility::conversions::to_string_t(request.target)));
        std::string content_type = "application/json";
        for (const auto& [name, value] : request.headers) {
            if (lowercase(name) == "content-type") {
                content_type = value;
            } else {
                req.headers().add(utility::conversions::to_string_t(name),
                                  utility::conversions::to_string_t(value));
            }
        }
        if (!request.body.empty() || request.method == "POST") {
            req.set_body(request.body, content_type);
        }
        http::http_response response = impl_->client.request(req).get();
        sync::TransportResponse out;
        out.status = response.status_code();
        for (const auto& [name, value] : response.headers()) {
            out.headers[lowercase(utility::conversions::to_utf8string(name))] =
                utility::conversions::to_utf8string(value);
        }
        out.body = response.extract_utf8string(true).get();
        return out;
    } catch (const http::http_exception& e) {
        if (e.error_code() == std::errc::timed_out) {
            return make_error("timeout", std::string("No answer in time: ") + e.what());
        }
        return make_error("network", std::string("No answer: ") + e.what());
    } catch (const std::exception& e) {
        return make_error("network", std::string("No answer: ") + e.what());
    }
}

}  // namespace ronde::sim
