// The supervisor exports over real HTTP: the visits CSV read back as a
// French spreadsheet would (BOM, ';', CRLF, quoted fields, local times,
// formula injection neutralised), the GeoJSON files checked for validity and
// coordinate order, roles and units, an export larger than one streamed
// chunk, the audit journal entry of every export, and the server's memory
// during a large export.
#include "fixture.hpp"

#include "services/audit_service.hpp"
#include "store/store.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <map>
#include <set>
#include <thread>

using namespace ronde::test;

namespace {

using Table = std::vector<std::vector<std::string>>;

// RFC 4180 with ';' as the separator: records end with CRLF; a field in
// double quotes may hold ';', CR, LF and doubled quotes. Throws on a
// malformed text (a quote inside an unquoted field, text after a closing
// quote, an unterminated quoted field).
Table parse_csv(std::string_view text) {
    Table table;
    std::vector<std::string> record;
    std::string field;
    std::size_t i = 0;
    bool field_started = false;
    const auto end_field = [&] {
        record.push_back(std::move(field));
        field.clear();
        field_started = false;
    };
    while (i < text.size()) {
        const char c = text[i];
        if (!field_started && c == '"') {
            ++i;
            for (;;) {
                if (i >= text.size()) {
                    throw std::runtime_error("unterminated quoted field");
                }
                if (text[i] == '"') {
                    if (i + 1 < text.size() && text[i + 1] == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text[i++];
            }
            field_started = true;
            if (i < text.size() && text[i] != ';' && text[i] != '\r') {
                throw std::runtime_error("text after a closing quote");
            }
            continue;
        }
        if (c == ';') {
            end_field();
            ++i;
        } else if (c == '\r') {
            if (i + 1 >= text.size() || text[i + 1] != '\n') {
                throw std::runtime_error("CR without LF between records");
            }
            end_field();
            table.push_back(std::move(record));
            record.clear();
            i += 2;
        } else if (c == '"' || c == '\n') {
            throw std::runtime_error("quote or bare LF in an unquoted field");
        } else {
            field += c;
            field_started = true;
            ++i;
        }
    }
    if (field_started || !record.empty()) {
        end_field();
        table.push_back(std::move(record));
    }
    return table;
}

const std::string kBom = "\xEF\xBB\xBF";
const std::string kTrickyNote =
    "=HYPERLINK(\"http://example.invalid\";\"cliquer\")\r\nLe gérant dit : \"bruit; tard\"\n"
    "2e ligne; fin";

json contact_with(const std::string& id, const std::string& organisation, double lat, double lon,
                  const std::string& commune = "Cesson-Sévigné") {
    json c = contact_change(id, organisation);
    c["data"]["position"] = {{"lat", lat}, {"lon", lon}};
    c["data"]["commune"] = commune;
    return c;
}

// A visit with every field an export shows.
json full_visit(const std::string& id, const std::string& occurred_at, const std::string& note,
                const std::string& contact_id = {},
                std::optional<std::pair<double, double>> lat_lon = {}) {
    json v = visit_change(id, note);
    v["data"]["occurred_at"] = occurred_at;
    v["data"]["topics"] = {"property_damage_theft", "neighbourhood_disturbance"};
    v["data"]["actions"] = {"otv"};
    v["data"]["climate"] = "tense";
    v["data"]["place_label"] = "Galerie marchande";
    if (!contact_id.empty()) {
        v["data"]["contact_id"] = contact_id;
    }
    if (lat_lon) {
        v["data"]["position"] = {{"lat", lat_lon->first},
                                 {"lon", lat_lon->second},
                                 {"accuracy_m", 8.5},
                                 {"source", "gps"}};
    }
    return v;
}

void push_ok(const HttpClient& client, const std::string& token, const std::vector<json>& changes) {
    const HttpReply r = client.post_json("/api/v1/sync/push", push_body(changes).dump(), token);
    REQUIRE(r.status == 200);
    const json answer = json::parse(r.body);
    for (const auto& result : answer.at("results")) {
        INFO(result.dump());
        REQUIRE(result.at("outcome") == "applied");
    }
}

std::size_t column(const Table& t, const std::string& name) {
    const auto& header = t.at(0);
    const auto it = std::find(header.begin(), header.end(), name);
    if (it == header.end()) {
        throw std::runtime_error("no column " + name);
    }
    return static_cast<std::size_t>(it - header.begin());
}

// The CSV without its BOM, parsed.
Table csv_of(const HttpReply& r) {
    REQUIRE(r.body.substr(0, 3) == kBom);
    return parse_csv(std::string_view(r.body).substr(3));
}

struct Seeded {
    ServerFixture f{true};
    DeviceSession patrol, supervisor, other_unit;
    std::string contact_id = new_id();
    std::string far_contact_id = new_id();
    std::string tricky_id = new_id(), summer_id = new_id(), no_position_id = new_id();
    std::string other_unit_visit = new_id(), other_unit_contact = new_id();

    Seeded() {
        f.start();
        const HttpClient c = f.client();
        patrol = login(c, kPatrol.username, kPatrol.password);
        supervisor = login(c, kSupervisor.username, kSupervisor.password);
        other_unit = login(c, kOtherUnitPatrol.username, kOtherUnitPatrol.password);
        push_ok(c, patrol.token,
                {contact_with(contact_id, "Boulangerie du Marché", 48.12483, -1.59076),
                 contact_with(far_contact_id, "Mairie", -33.8688, 151.2093, "Sydney"),
                 full_visit(tricky_id, "2026-01-10T09:30:00.000Z", kTrickyNote, contact_id,
                            std::pair{48.12483, -1.59076}),
                 full_visit(summer_id, "2026-07-14T12:05:00.000Z", "RAS", far_contact_id,
                            std::pair{-33.8688, 151.2093}),
                 full_visit(no_position_id, "2026-11-02T23:30:00.000Z", "-1 vitrine cassée")});
        push_ok(c, other_unit.token,
                {contact_with(other_unit_contact, "Crêperie de Quimper", 47.996, -4.102),
                 full_visit(other_unit_visit, "2026-02-01T10:00:00.000Z", "autre brigade",
                            other_unit_contact, std::pair{47.996, -4.102})});
    }
};

std::vector<ronde::server::AuditRecord> journal(const std::string& db, const std::string& unit) {
    const auto store = ronde::server::open_sqlite_store(db);
    ronde::server::AuditService audit(*store, [] { return std::int64_t{0}; });
    auto entries = audit.entries(unit, 0, 1000);
    REQUIRE(entries.ok());
    return entries.value();
}

}  // namespace

TEST_CASE("the visits CSV reads back in a French spreadsheet with the tricky note intact") {
    Seeded s;
    const HttpReply r = s.f.client().get("/api/v1/export/visits.csv", s.supervisor.token);
    REQUIRE(r.status == 200);
    CHECK(r.header("content-type") == "text/csv; charset=utf-8");
    CHECK(r.header("content-disposition").find("visites.csv") != std::string::npos);
    CHECK(r.body.find("\r\n") != std::string::npos);

    const Table t = csv_of(r);
    REQUIRE(t.size() == 1 + 3);  // header and the unit's three visits
    CHECK(t[0].at(0) == "Identifiant");
    CHECK(t[0].at(1) == "Date et heure (Paris)");
    for (const auto& row : t) {
        CHECK(row.size() == t[0].size());
    }
    std::map<std::string, std::vector<std::string>> by_id;
    for (std::size_t i = 1; i < t.size(); ++i) {
        by_id[t[i].at(0)] = t[i];
    }
    REQUIRE(by_id.count(s.tricky_id) == 1);
    const auto& tricky = by_id[s.tricky_id];
    // A formula gets a leading apostrophe; everything else survives.
    CHECK(tricky.at(column(t, "Note")) == "'" + kTrickyNote);
    CHECK(tricky.at(column(t, "Date et heure (Paris)")) == "10/01/2026 10:30");  // UTC+1
    CHECK(tricky.at(column(t, "Auteur")) == "Gendarme g.lebris");
    CHECK(tricky.at(column(t, "Contact")) == "Boulangerie du Marché");
    CHECK(tricky.at(column(t, "Catégorie du contact")) == "Commerçant");
    CHECK(tricky.at(column(t, "Commune")) == "Cesson-Sévigné");
    CHECK(tricky.at(column(t, "Latitude")) == "48,12483");
    CHECK(tricky.at(column(t, "Longitude")) == "-1,59076");  // a number, not neutralised
    CHECK(tricky.at(column(t, "Précision (m)")) == "8,5");
    CHECK(tricky.at(column(t, "Thèmes")) ==
          "Atteintes aux biens (dégradations, vols) | Troubles du voisinage");
    CHECK(tricky.at(column(t, "Climat")) == "Tendu");
    CHECK(tricky.at(column(t, "Suite à donner")) == "Non");

    CHECK(by_id.at(s.summer_id).at(column(t, "Date et heure (Paris)")) == "14/07/2026 14:05");
    const auto& no_position = by_id.at(s.no_position_id);
    // 23:30 UTC on 2 November is 00:30 on the 3rd in Paris.
    CHECK(no_position.at(column(t, "Date et heure (Paris)")) == "03/11/2026 00:30");
    CHECK(no_position.at(column(t, "Latitude")).empty());
    CHECK(no_position.at(column(t, "Note")) == "'-1 vitrine cassée");
    CHECK(by_id.count(s.other_unit_visit) == 0);
}

TEST_CASE("the visits GeoJSON is a FeatureCollection with lon, lat coordinates") {
    Seeded s;
    const HttpReply r = s.f.client().get("/api/v1/export/visits.geojson", s.supervisor.token);
    REQUIRE(r.status == 200);
    CHECK(r.header("content-type") == "application/geo+json");
    const json j = json::parse(r.body);
    CHECK(j.at("type") == "FeatureCollection");
    const json& features = j.at("features");
    REQUIRE(features.size() == 3);
    const std::map<std::string, std::pair<double, double>> expected{
        {s.tricky_id, {-1.59076, 48.12483}}, {s.summer_id, {151.2093, -33.8688}}};
    for (const json& feature : features) {
        CHECK(feature.at("type") == "Feature");
        const std::string id = feature.at("id");
        CHECK(id != s.other_unit_visit);
        const json& props = feature.at("properties");
        CHECK(props.at("topics") == json{"property_damage_theft", "neighbourhood_disturbance"});
        CHECK(props.at("climate") == "tense");
        CHECK(props.at("climate_label") == "Tendu");
        if (id == s.no_position_id) {
            CHECK(feature.at("geometry").is_null());
            continue;
        }
        const json& geometry = feature.at("geometry");
        CHECK(geometry.at("type") == "Point");
        const double lon = geometry.at("coordinates").at(0);
        const double lat = geometry.at("coordinates").at(1);
        CHECK(geometry.at("coordinates").size() == 2);
        CHECK(std::abs(lon) <= 180);
        CHECK(std::abs(lat) <= 90);
        REQUIRE(expected.count(id) == 1);
        CHECK(lon == Approx(expected.at(id).first));
        CHECK(lat == Approx(expected.at(id).second));
    }
    CHECK(json::parse(r.body).at("features").at(0).at("properties").at("note") == kTrickyNote);
}

TEST_CASE("the contacts GeoJSON holds the unit's contacts only, lon first") {
    Seeded s;
    const HttpReply r = s.f.client().get("/api/v1/export/contacts.geojson", s.supervisor.token);
    REQUIRE(r.status == 200);
    const json j = json::parse(r.body);
    CHECK(j.at("type") == "FeatureCollection");
    REQUIRE(j.at("features").size() == 2);
    for (const json& feature : j.at("features")) {
        const std::string id = feature.at("id");
        CHECK(id != s.other_unit_contact);
        const json& c = feature.at("geometry").at("coordinates");
        if (id == s.contact_id) {
            CHECK(c == json{-1.59076, 48.12483});
            CHECK(feature.at("properties").at("category") == "shopkeeper");
            CHECK(feature.at("properties").at("category_label") == "Commerçant");
        } else {
            CHECK(c == json{151.2093, -33.8688});
        }
    }
    // Filtered by commune.
    const HttpReply sydney =
        s.f.client().get("/api/v1/export/contacts.geojson?commune=Sydney", s.supervisor.token);
    REQUIRE(sydney.status == 200);
    CHECK(json::parse(sydney.body).at("features").size() == 1);
}

TEST_CASE("exports are for supervisors: a patrol token gets 403 and no token 401") {
    Seeded s;
    const HttpClient c = s.f.client();
    for (const std::string route : {"/api/v1/export/visits.csv", "/api/v1/export/visits.geojson",
                                    "/api/v1/export/contacts.geojson"}) {
        INFO(route);
        const HttpReply patrol = c.get(route, s.patrol.token);
        CHECK(patrol.status == 403);
        CHECK(error_code(patrol) == "forbidden");
        CHECK(c.get(route, s.other_unit.token).status == 403);
        CHECK(c.get(route).status == 401);
    }
}

TEST_CASE("export filters: a period in Paris days, and unknown or bad filters refused") {
    Seeded s;
    const HttpClient c = s.f.client();
    // 3 November in Paris holds the visit made at 23:30 UTC on the 2nd.
    const HttpReply day =
        c.get("/api/v1/export/visits.csv?from=2026-11-03&to=2026-11-03", s.supervisor.token);
    REQUIRE(day.status == 200);
    const Table t = csv_of(day);
    REQUIRE(t.size() == 2);
    CHECK(t[1].at(0) == s.no_position_id);
    CHECK(day.header("x-ronde-export-rows") == "1");

    const HttpReply winter =
        c.get("/api/v1/export/visits.geojson?from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z",
              s.supervisor.token);
    REQUIRE(winter.status == 200);
    CHECK(json::parse(winter.body).at("features").size() == 1);

    const auto rows = [&](const std::string& query) {
        const HttpReply r = c.get("/api/v1/export/visits.csv?" + query, s.supervisor.token);
        REQUIRE(r.status == 200);
        return csv_of(r).size() - 1;
    };
    CHECK(rows("action=otv") == 3);
    CHECK(rows("action=sms_alert") == 0);
    CHECK(rows("follow_up=none") == 3);
    CHECK(rows("follow_up=open") == 0);
    CHECK(rows("author=" + s.patrol.user_id + "&topic=burglary") == 0);
    CHECK(rows("author=" + s.patrol.user_id + "&topic=property_damage_theft") == 3);

    const HttpReply unknown = c.get("/api/v1/export/visits.csv?frm=2026-01-01", s.supervisor.token);
    CHECK(unknown.status == 422);
    CHECK(error_code(unknown) == "invalid_value");
    CHECK(c.get("/api/v1/export/visits.csv?from=2026-13-01", s.supervisor.token).status == 422);
    CHECK(c.get("/api/v1/export/visits.csv?topic=nope", s.supervisor.token).status == 422);
}

TEST_CASE("every export is written to the audit journal with its filters and row count") {
    Seeded s;
    const HttpClient c = s.f.client();
    REQUIRE(c.get("/api/v1/export/visits.csv?from=2026-11-03", s.supervisor.token).status == 200);
    REQUIRE(c.get("/api/v1/export/contacts.geojson", s.supervisor.token).status == 200);
    REQUIRE(c.get("/api/v1/export/visits.csv", s.patrol.token).status == 403);

    std::vector<json> exports;
    for (const auto& record : journal(s.f.db, s.supervisor.unit_id)) {
        if (record.entry.action.rfind("export.", 0) == 0) {
            CHECK(record.entry.user_id == s.supervisor.user_id);
            CHECK(record.entry.device_id == s.supervisor.device_id);
            CHECK(record.at_ms > 0);
            exports.push_back({{"action", record.entry.action},
                               {"target", record.entry.target},
                               {"details", record.entry.details}});
        }
    }
    REQUIRE(exports.size() == 2);
    CHECK(exports[0].at("action") == "export.visits_csv");
    CHECK(exports[0].at("target") == "/api/v1/export/visits.csv");
    CHECK(exports[0].at("details").at("filters") == json{{"from", "2026-11-03"}});
    CHECK(exports[0].at("details").at("count") == 1);
    CHECK(exports[1].at("action") == "export.contacts_geojson");
    CHECK(exports[1].at("details").at("count") == 2);
}

TEST_CASE("an export larger than one streamed chunk arrives whole, chunked") {
    ServerFixture f;
    f.start();
    const HttpClient c = f.client();
    const DeviceSession patrol = login(c, kPatrol.username, kPatrol.password);
    const DeviceSession supervisor = login(c, kSupervisor.username, kSupervisor.password);
    // 1,800 visits of about 1 kB: some 30 chunks of 64 kB, and pages of 500
    // rows read in 4 transactions.
    std::set<std::string> ids;
    const std::string note = std::string(900, 'n') + "; \"quoted\"\nnext line";
    for (int batch = 0; batch < 6; ++batch) {
        std::vector<json> changes;
        for (int i = 0; i < 300; ++i) {
            changes.push_back(full_visit(new_id(), "2026-05-01T08:00:00.000Z", note));
            ids.insert(changes.back().at("id").get<std::string>());
        }
        push_ok(c, patrol.token, changes);
    }
    const HttpReply r = c.get("/api/v1/export/visits.csv", supervisor.token);
    REQUIRE(r.status == 200);
    CHECK(r.header("transfer-encoding") == "chunked");
    CHECK(r.body.size() > 1'800'000);
    const Table t = csv_of(r);
    REQUIRE(t.size() == 1 + ids.size());
    std::set<std::string> exported;
    for (std::size_t i = 1; i < t.size(); ++i) {
        exported.insert(t[i].at(0));
        CHECK(t[i].at(column(t, "Note")) == note);
    }
    CHECK(exported == ids);

    const HttpReply geo = c.get("/api/v1/export/visits.geojson", supervisor.token);
    REQUIRE(geo.status == 200);
    CHECK(json::parse(geo.body).at("features").size() == ids.size());
}

TEST_CASE("a large CSV export keeps the server's memory flat") {
    ServerFixture f;
    f.start();
    const HttpClient c = f.client();
    const DeviceSession patrol = login(c, kPatrol.username, kPatrol.password);
    const DeviceSession supervisor = login(c, kSupervisor.username, kSupervisor.password);
    // 12,000 visits with 3,900-character notes: a CSV of about 48 MB.
    const std::string note(3900, 'x');
    for (int batch = 0; batch < 60; ++batch) {
        std::vector<json> changes;
        for (int i = 0; i < 200; ++i) {
            changes.push_back(full_visit(new_id(), "2026-05-01T08:00:00.000Z", note));
        }
        push_ok(c, patrol.token, changes);
    }
    const long before_kb = f.server->rss_kb();
    std::atomic<bool> done{false};
    std::atomic<long> peak_kb{before_kb};
    std::thread sampler([&] {
        while (!done) {
            peak_kb = std::max(peak_kb.load(), f.server->rss_kb());
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    });
    const HttpReply r = c.get("/api/v1/export/visits.csv", supervisor.token);
    done = true;
    sampler.join();
    REQUIRE(r.status == 200);
    CHECK(r.body.size() > 45'000'000);
    CHECK(csv_of(r).size() == 1 + 12000);
    INFO("server RSS before " << before_kb << " kB, peak " << peak_kb << " kB");
    // Without streaming the body alone would add about 48 MB.
    CHECK(peak_kb - before_kb < 16 * 1024);
}

namespace {

// A download that reads the answer's head and a little of its body, then
// stops reading (a slow client), until destroyed.
class StalledDownload {
public:
    StalledDownload(std::uint16_t port, const std::string& target, const std::string& token) {
        fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(port);
        ::inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
        REQUIRE(::connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
        const std::string request = "GET " + target +
                                    " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                                    token + "\r\nX-Ronde-Protocol: 1\r\n\r\n";
        REQUIRE(::send(fd_, request.data(), request.size(), 0) ==
                static_cast<ssize_t>(request.size()));
        char buffer[4096];
        const ssize_t n = ::recv(fd_, buffer, sizeof buffer, 0);
        REQUIRE(n > 0);
        head_.assign(buffer, static_cast<std::size_t>(n));
    }
    ~StalledDownload() { ::close(fd_); }
    StalledDownload(const StalledDownload&) = delete;
    StalledDownload& operator=(const StalledDownload&) = delete;
    const std::string& head() const { return head_; }

private:
    int fd_ = -1;
    std::string head_;
};

}  // namespace

TEST_CASE("a client that stops reading an export blocks neither pushes nor a shutdown") {
    ServerFixture f;
    f.start();
    const HttpClient c = f.client();
    const DeviceSession patrol = login(c, kPatrol.username, kPatrol.password);
    const DeviceSession supervisor = login(c, kSupervisor.username, kSupervisor.password);
    // About 13 MB of CSV: more than the socket buffers and the server's
    // queue hold, so that the server waits for the client.
    const std::string note(2000, 'x');
    for (int batch = 0; batch < 15; ++batch) {
        std::vector<json> changes;
        for (int i = 0; i < 400; ++i) {
            changes.push_back(full_visit(new_id(), "2026-05-01T08:00:00.000Z", note));
        }
        push_ok(c, patrol.token, changes);
    }
    {
        StalledDownload stalled(f.server->port(), "/api/v1/export/visits.csv", supervisor.token);
        CHECK(stalled.head().rfind("HTTP/1.1 200", 0) == 0);
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        // Each page of the export is its own short read transaction: a push
        // goes through while the download waits.
        const auto start = std::chrono::steady_clock::now();
        push_ok(c, patrol.token, {full_visit(new_id(), "2026-05-02T08:00:00.000Z", "pendant")});
        CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));

        // A second stalled export, then SIGTERM: the server does not wait
        // for the downloads.
        StalledDownload second(f.server->port(), "/api/v1/export/visits.geojson", supervisor.token);
        const auto stop_start = std::chrono::steady_clock::now();
        CHECK(f.server->stop(SIGTERM) == 0);
        CHECK(std::chrono::steady_clock::now() - stop_start < std::chrono::seconds(8));
    }
}

TEST_CASE("a client that goes away in the middle of an export frees its slot") {
    ServerFixture f;
    f.start();
    const HttpClient c = f.client();
    const DeviceSession patrol = login(c, kPatrol.username, kPatrol.password);
    const DeviceSession supervisor = login(c, kSupervisor.username, kSupervisor.password);
    const std::string note(2000, 'y');
    for (int batch = 0; batch < 15; ++batch) {
        std::vector<json> changes;
        for (int i = 0; i < 400; ++i) {
            changes.push_back(full_visit(new_id(), "2026-05-01T08:00:00.000Z", note));
        }
        push_ok(c, patrol.token, changes);
    }
    // The server runs at most 4 exports at once: ten abandoned downloads in
    // a row only succeed if each gives its slot back once the server
    // notices the closed connection (a 503 meanwhile is retried).
    int started = 0;
    for (int attempt = 0; attempt < 200 && started < 10; ++attempt) {
        StalledDownload abandoned(f.server->port(), "/api/v1/export/visits.csv", supervisor.token);
        if (abandoned.head().rfind("HTTP/1.1 200", 0) == 0) {
            ++started;
        } else {
            REQUIRE(abandoned.head().rfind("HTTP/1.1 503", 0) == 0);
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    }
    CHECK(started == 10);
    int status = 0;
    for (int attempt = 0; attempt < 100 && status != 200; ++attempt) {
        status = c.get("/api/v1/export/contacts.geojson", supervisor.token).status;
        if (status != 200) {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    }
    CHECK(status == 200);
}

TEST_CASE("an export with filters holds exactly the visits of the list with the same filters") {
    Seeded s;
    const HttpClient c = s.f.client();
    const auto listed = [&](const std::string& query) {
        std::set<std::string> ids;
        const HttpReply r = c.get("/api/v1/visits?limit=200&" + query, s.supervisor.token);
        INFO(query << " -> " << r.body);
        REQUIRE(r.status == 200);
        const json page = json::parse(r.body);
        REQUIRE(page.at("next_cursor").is_null());
        for (const auto& item : page.at("items")) {
            ids.insert(item.at("id").get<std::string>());
        }
        return ids;
    };
    const auto exported = [&](const std::string& query) {
        std::set<std::string> csv_ids;
        const HttpReply csv = c.get("/api/v1/export/visits.csv?" + query, s.supervisor.token);
        INFO(query << " -> " << csv.body);
        REQUIRE(csv.status == 200);
        const Table t = csv_of(csv);
        for (std::size_t i = 1; i < t.size(); ++i) {
            csv_ids.insert(t[i].at(0));
        }
        CHECK(csv.header("x-ronde-export-rows") == std::to_string(csv_ids.size()));
        std::set<std::string> geo_ids;
        const HttpReply geo = c.get("/api/v1/export/visits.geojson?" + query, s.supervisor.token);
        REQUIRE(geo.status == 200);
        const json collection = json::parse(geo.body);
        for (const auto& feature : collection.at("features")) {
            geo_ids.insert(feature.at("id").get<std::string>());
        }
        CHECK(geo_ids == csv_ids);
        return csv_ids;
    };
    using Ids = std::set<std::string>;
    // Each filter with the visits it must give, so that a filter ignored by
    // both sides cannot pass.
    const std::vector<std::pair<std::string, Ids>> cases = {
        {"commune=cesson-s%C3%A9vign%C3%A9", {s.tricky_id}},
        {"commune=Sydney", {s.summer_id}},
        {"category=shopkeeper", {s.tricky_id, s.summer_id}},
        {"contact=" + s.far_contact_id, {s.summer_id}},
        {"q=cassee", {s.no_position_id}},
        {"q=ras", {s.summer_id}},
        {"lat=48.12483&lon=-1.59076&radius_m=1000", {s.tricky_id}},
        {"follow_up=none&from=2026-07-01", {s.summer_id, s.no_position_id}},
        {"author=" + s.patrol.user_id + "&action=otv&commune=Sydney", {s.summer_id}},
        {"assignee=" + s.patrol.user_id, {}},
        {"patrol=" + new_id(), {}},
        {"topic=burglary", {}},
    };
    for (const auto& [query, expected] : cases) {
        INFO(query);
        const Ids list = listed(query);
        CHECK(list == expected);
        CHECK(exported(query) == list);
    }
    // The other unit's visits never, whatever the filter.
    CHECK(exported("commune=Quimper").empty());
    CHECK(exported("contact=" + s.other_unit_contact).empty());
    // Bad values refused as on the list, with the same status and field.
    const std::vector<std::string> bad_queries = {"lat=48.1", "radius_m=abc&lat=1&lon=1",
                                                  "topic=nope", "author=Alice",
                                                  "q=" + std::string(201, 'a')};
    for (const std::string& query : bad_queries) {
        INFO(query);
        const HttpReply list = c.get("/api/v1/visits?" + query, s.supervisor.token);
        const HttpReply bad = c.get("/api/v1/export/visits.csv?" + query, s.supervisor.token);
        CHECK(list.status >= 400);
        CHECK(bad.status == list.status);
        CHECK(json::parse(bad.body)["error"] == json::parse(list.body)["error"]);
    }
    // Pagination is the list's alone.
    CHECK(c.get("/api/v1/export/visits.csv?limit=10", s.supervisor.token).status == 422);
}

TEST_CASE("exports refuse an admin account: admins do not read records") {
    ServerFixture f{true};
    add_user(f.db, "BTA-35-CESSON", Account{"root", "Administrateur 35!", "admin"});
    f.start();
    const HttpClient c = f.client();
    const DeviceSession admin = login(c, "root", "Administrateur 35!");
    for (const std::string route : {"/api/v1/export/visits.csv", "/api/v1/export/visits.geojson",
                                    "/api/v1/export/contacts.geojson"}) {
        INFO(route);
        const HttpReply r = c.get(route, admin.token);
        CHECK(r.status == 403);
        CHECK(error_code(r) == "forbidden");
    }
}
