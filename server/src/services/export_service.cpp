#include "services/export_service.hpp"

#include "ronde/time.hpp"
#include "services/audit_service.hpp"
#include "services/export_format.hpp"
#include "services/query_params.hpp"
#include "store/export_source.hpp"
#include "store/store.hpp"

#include <memory>
#include <unordered_map>
#include <utility>
#include <vector>

namespace ronde::server {

namespace {

Result<ExportFilter> parse_filter(const Principal& who, ExportKind kind,
                                  const std::map<std::string, std::string>& query, Json& echo) {
    ExportFilter f;
    f.unit_id = who.unit_id;
    f.entity = kind == ExportKind::contacts_geojson ? Entity::contact : Entity::visit;
    echo = Json::object();
    for (const auto& [name, value] : query) {
        echo[name] = value;
    }
    if (f.entity == Entity::visit) {
        // The visit list's own parser and filters (query_params.hpp).
        const Params p(query, kVisitFilters, {});
        if (p.unknown()) {
            return *p.unknown();
        }
        RONDE_TRY(f.visits, visit_query_of(p, who.unit_id, true));
        return f;
    }
    const Params p(query, {"category", "commune"});
    if (p.unknown()) {
        return *p.unknown();
    }
    std::string category;
    std::string commune;
    RONDE_TRY(category, p.code<ContactCategory>("category"));
    RONDE_TRY(commune, p.commune());
    if (!category.empty()) {
        f.category = category;
    }
    if (p.raw("commune")) {
        f.commune = commune;
    }
    return f;
}

// What an export shows of a contact.
struct ContactSummary {
    std::string name;  // "Organisation — Person", either alone, or ""
    std::optional<ContactCategory> category;
    std::string commune;
};

std::string contact_name(const Contact& c) {
    if (!c.organisation.empty() && !c.person_name.empty()) {
        return c.organisation + " — " + c.person_name;
    }
    return c.organisation.empty() ? c.person_name : c.organisation;
}

template <class E>
std::string joined_labels(const std::vector<E>& values) {
    std::string out;
    for (const E v : values) {
        if (!out.empty()) {
            out += " | ";
        }
        out += label(v, Lang::fr);
    }
    return out;
}

template <class E>
Json codes_json(const std::vector<E>& values) {
    Json out = Json::array();
    for (const E v : values) {
        out.push_back(std::string(code(v)));
    }
    return out;
}

template <class E>
Json labels_json(const std::vector<E>& values) {
    Json out = Json::array();
    for (const E v : values) {
        out.push_back(std::string(label(v, Lang::fr)));
    }
    return out;
}

constexpr std::string_view kCsvHeader =
    "Identifiant;Date et heure (Paris);Auteur;Contact;Catégorie du contact;Commune;Lieu;"
    "Latitude;Longitude;Précision (m);Source de la position;Thèmes;Actions;Climat;Note;"
    "Suite à donner;Résumé de la suite;Échéance;Suite attribuée à;Statut de la suite;"
    "Suite close le\r\n";

// One of the service's max_concurrent export slots, given back when
// destroyed.
class Slot {
public:
    explicit Slot(std::shared_ptr<std::atomic<int>> running) : running_(std::move(running)) {}
    ~Slot() {
        if (running_) {
            running_->fetch_sub(1);
        }
    }
    Slot(Slot&& other) noexcept : running_(std::move(other.running_)) {}
    Slot& operator=(Slot&&) = delete;
    Slot(const Slot&) = delete;
    Slot& operator=(const Slot&) = delete;

private:
    std::shared_ptr<std::atomic<int>> running_;
};

// The state of one export while the HTTP layer pulls it.
class Producer {
public:
    Producer(Slot slot, std::unique_ptr<ExportReader> reader, ExportFilter filter, ExportPlan plan,
             ExportKind kind, const ExportConfig& config)
        : slot_(std::move(slot)),
          reader_(std::move(reader)),
          filter_(std::move(filter)),
          plan_(plan),
          kind_(kind),
          config_(config) {
        names_ = reader_->user_names(filter_.unit_id);
    }
    Producer(const Producer&) = delete;
    Producer& operator=(const Producer&) = delete;

    bool next(std::string& chunk) {
        if (!started_) {
            started_ = true;
            chunk += kind_ == ExportKind::visits_csv
                         ? std::string(kUtf8Bom) + std::string(kCsvHeader)
                         : R"({"type":"FeatureCollection","features":[)";
        }
        while (chunk.size() < config_.chunk_bytes) {
            if (index_ == page_.size()) {
                if (exhausted_) {
                    if (kind_ != ExportKind::visits_csv) {
                        chunk += "\n]}\n";
                    }
                    return false;
                }
                reader_->next_page(filter_, plan_, after_rowid_, config_.page_rows, page_);
                index_ = 0;
                if (page_.size() < static_cast<std::size_t>(config_.page_rows)) {
                    exhausted_ = true;
                }
                if (page_.empty()) {
                    continue;
                }
                after_rowid_ = page_.back().rowid;
            }
            const ExportRow& row = page_[index_++];
            switch (kind_) {
                case ExportKind::visits_csv:
                    visit_csv(chunk, row);
                    break;
                case ExportKind::visits_geojson:
                    visit_feature(chunk, row);
                    break;
                case ExportKind::contacts_geojson:
                    contact_feature(chunk, row);
                    break;
            }
        }
        return true;
    }

private:
    std::string user_name(const std::string& id) const {
        if (id.empty()) {
            return {};
        }
        const auto it = names_.find(id);
        return it == names_.end() ? id : it->second;
    }

    // The contact of a visit, read once per export (the cache is bounded:
    // it is emptied when it holds 20,000 contacts).
    const ContactSummary& contact(const std::string& id) {
        static const ContactSummary kNone;
        if (id.empty()) {
            return kNone;
        }
        if (const auto it = contacts_.find(id); it != contacts_.end()) {
            return it->second;
        }
        if (contacts_.size() >= 20000) {
            contacts_.clear();
        }
        ContactSummary summary;
        if (const auto data = reader_->contact_data(filter_.unit_id, id)) {
            if (Result<Json> j = parse_json(*data)) {
                if (Result<Contact> c = decode_contact(j.value())) {
                    summary.name = contact_name(c.value());
                    summary.category = c->category;
                    summary.commune = c->commune;
                }
            }
        }
        return contacts_.emplace(id, std::move(summary)).first->second;
    }

    // A stored record that no longer decodes is a bug elsewhere: the export
    // fails rather than silently leaving it out.
    static Visit decode_visit_row(const ExportRow& row) {
        Result<Json> j = parse_json(row.data);
        if (!j) {
            throw StoreError("export: visit " + row.id + " is not valid JSON");
        }
        Result<Visit> v = decode_visit(j.value());
        if (!v) {
            throw StoreError("export: visit " + row.id + " does not decode");
        }
        return std::move(v.value());
    }

    void visit_csv(std::string& out, const ExportRow& row) {
        const Visit v = decode_visit_row(row);
        const ContactSummary& c = contact(v.contact_id);
        append_csv_text(out, row.id);
        out += ';';
        append_csv_plain(out, french_datetime(v.occurred_at));
        out += ';';
        append_csv_text(out, user_name(row.author_id));
        out += ';';
        append_csv_text(out, c.name);
        out += ';';
        append_csv_text(out, c.category ? label(*c.category, Lang::fr) : std::string_view{});
        out += ';';
        append_csv_text(out, c.commune);
        out += ';';
        append_csv_text(out, v.place_label);
        out += ';';
        if (v.position) {
            append_csv_plain(out, french_decimal(v.position->lat, 6));
            out += ';';
            append_csv_plain(out, french_decimal(v.position->lon, 6));
            out += ';';
            if (v.position->accuracy_m) {
                append_csv_plain(out, french_decimal(*v.position->accuracy_m, 1));
            }
            out += ';';
            append_csv_text(out, label(v.position->source, Lang::fr));
        } else {
            out += ";;;\"\"";
        }
        out += ';';
        append_csv_text(out, joined_labels(v.topics));
        out += ';';
        append_csv_text(out, joined_labels(v.actions));
        out += ';';
        append_csv_text(out, label(v.climate, Lang::fr));
        out += ';';
        append_csv_text(out, v.note);
        out += ';';
        const FollowUp& f = v.follow_up;
        append_csv_text(out, f.needed ? "Oui" : "Non");
        out += ';';
        append_csv_text(out, f.needed ? f.summary : std::string());
        out += ';';
        if (f.needed && f.due_date) {
            append_csv_plain(out, french_date(*f.due_date));
        }
        out += ';';
        append_csv_text(out, f.needed ? user_name(f.assignee_id) : std::string());
        out += ';';
        append_csv_text(out, f.needed ? label(f.status, Lang::fr) : std::string_view{});
        out += ';';
        if (f.needed && f.status == FollowUpStatus::done && f.closed_at) {
            append_csv_plain(out, french_datetime(*f.closed_at));
        }
        out += "\r\n";
    }

    void begin_feature(std::string& out) {
        out += features_ == 0 ? "\n" : ",\n";
        ++features_;
    }

    static Json point(double lon, double lat) {
        return {{"type", "Point"}, {"coordinates", {lon, lat}}};
    }

    void visit_feature(std::string& out, const ExportRow& row) {
        const Visit v = decode_visit_row(row);
        const ContactSummary& c = contact(v.contact_id);
        const FollowUp& f = v.follow_up;
        Json props = {
            {"occurred_at", format_timestamp(v.occurred_at)},
            {"occurred_at_paris", french_datetime(v.occurred_at)},
            {"author_id", row.author_id},
            {"author", user_name(row.author_id)},
            {"patrol_id", v.patrol_id},
            {"contact_id", v.contact_id},
            {"contact", c.name},
            {"contact_category", c.category ? Json(std::string(code(*c.category))) : Json()},
            {"contact_category_label",
             c.category ? Json(std::string(label(*c.category, Lang::fr))) : Json()},
            {"commune", c.commune},
            {"place_label", v.place_label},
            {"topics", codes_json(v.topics)},
            {"topic_labels", labels_json(v.topics)},
            {"actions", codes_json(v.actions)},
            {"action_labels", labels_json(v.actions)},
            {"climate", std::string(code(v.climate))},
            {"climate_label", std::string(label(v.climate, Lang::fr))},
            {"note", v.note},
            {"follow_up_needed", f.needed},
        };
        if (f.needed) {
            props["follow_up_summary"] = f.summary;
            props["follow_up_due_date"] = f.due_date ? Json(format_date(*f.due_date)) : Json();
            props["follow_up_assignee_id"] = f.assignee_id;
            props["follow_up_assignee"] = user_name(f.assignee_id);
            props["follow_up_status"] = std::string(code(f.status));
            props["follow_up_status_label"] = std::string(label(f.status, Lang::fr));
        }
        Json geometry;  // null without a position (RFC 7946 §3.2)
        if (v.position) {
            geometry = point(v.position->lon, v.position->lat);
            props["position_source"] = std::string(code(v.position->source));
            props["position_source_label"] = std::string(label(v.position->source, Lang::fr));
            props["position_accuracy_m"] =
                v.position->accuracy_m ? Json(*v.position->accuracy_m) : Json();
        }
        const Json feature = {{"type", "Feature"},
                              {"id", row.id},
                              {"geometry", std::move(geometry)},
                              {"properties", std::move(props)}};
        begin_feature(out);
        out += feature.dump(-1, ' ', false, Json::error_handler_t::replace);
    }

    void contact_feature(std::string& out, const ExportRow& row) {
        Result<Json> j = parse_json(row.data);
        if (!j) {
            throw StoreError("export: contact " + row.id + " is not valid JSON");
        }
        Result<Contact> decoded = decode_contact(j.value());
        if (!decoded) {
            throw StoreError("export: contact " + row.id + " does not decode");
        }
        const Contact& c = decoded.value();
        // Phone, e-mail and free notes stay out of a file meant for maps
        // (data minimisation, DESIGN §3).
        Json props = {
            {"category", std::string(code(c.category))},
            {"category_label", std::string(label(c.category, Lang::fr))},
            {"name", contact_name(c)},
            {"organisation", c.organisation},
            {"person_name", c.person_name},
            {"role_title", c.role_title},
            {"address", c.address},
            {"commune", c.commune},
            {"referent_id", c.referent_id},
            {"referent", user_name(c.referent_id)},
            {"sms_alert_opt_in", c.sms_alert_opt_in},
            {"tags", c.tags},
        };
        Json geometry;
        if (c.position) {
            geometry = point(c.position->lon, c.position->lat);
        }
        const Json feature = {{"type", "Feature"},
                              {"id", row.id},
                              {"geometry", std::move(geometry)},
                              {"properties", std::move(props)}};
        begin_feature(out);
        out += feature.dump(-1, ' ', false, Json::error_handler_t::replace);
    }

    Slot slot_;
    std::unique_ptr<ExportReader> reader_;
    ExportFilter filter_;
    ExportPlan plan_;
    ExportKind kind_;
    ExportConfig config_;
    std::unordered_map<std::string, std::string> names_;
    std::unordered_map<std::string, ContactSummary> contacts_;
    std::vector<ExportRow> page_;
    std::size_t index_ = 0;
    std::int64_t after_rowid_ = 0;
    std::int64_t features_ = 0;
    bool started_ = false;
    bool exhausted_ = false;
};

}  // namespace

ExportJournal audit_journal(AuditService& audit) {
    return [&audit](const Principal& who, const ExportAuditEntry& e) -> std::optional<Error> {
        Result<AuditRecord> r = audit.append(AuditEntry::by(who, e.action, e.target, e.details));
        if (!r) {
            return r.error();
        }
        return std::nullopt;
    };
}

ExportService::ExportService(ExportSource& source, ExportJournal journal, ExportConfig config)
    : source_(source), journal_(std::move(journal)), config_(config) {}

std::string_view ExportService::route(ExportKind kind) noexcept {
    switch (kind) {
        case ExportKind::visits_csv:
            return "/api/v1/export/visits.csv";
        case ExportKind::visits_geojson:
            return "/api/v1/export/visits.geojson";
        case ExportKind::contacts_geojson:
            return "/api/v1/export/contacts.geojson";
    }
    return {};
}

Result<ExportStream> ExportService::open(const Principal& who, ExportKind kind,
                                         const std::map<std::string, std::string>& query) {
    // Admin accounts manage accounts and devices; they do not read records
    // (SUPERVISOR-API §1), exports included.
    if (who.role != Role::supervisor) {
        return make_error("forbidden", "Exports are for supervisors.");
    }
    Json filters;
    Result<ExportFilter> filter = parse_filter(who, kind, query, filters);
    if (!filter) {
        return filter.error();
    }
    // A slot among max_concurrent, held by the Producer until the stream
    // is destroyed.
    const bool over = running_->fetch_add(1) >= config_.max_concurrent;
    Slot slot(running_);
    if (over) {
        return make_error("unavailable", "Too many exports are running; try again shortly.");
    }
    std::unique_ptr<Producer> producer;
    ExportPlan plan;
    try {
        if (refresh_) {
            refresh_();
        }
        std::unique_ptr<ExportReader> reader = source_.open();
        plan = reader->plan(filter.value());
        producer = std::make_unique<Producer>(std::move(slot), std::move(reader), filter.value(),
                                              plan, kind, config_);
    } catch (const std::exception&) {
        return make_error("internal", "The export could not be read.");
    }

    const bool csv = kind == ExportKind::visits_csv;
    ExportAuditEntry entry;
    entry.action = kind == ExportKind::visits_csv       ? "export.visits_csv"
                   : kind == ExportKind::visits_geojson ? "export.visits_geojson"
                                                        : "export.contacts_geojson";
    entry.target = std::string(route(kind));
    entry.details = {
        {"filters", filters}, {"count", plan.rows}, {"format", csv ? "csv" : "geojson"}};
    if (journal_) {
        if (std::optional<Error> e = journal_(who, entry)) {
            return *e;
        }
    }

    ExportStream stream;
    stream.content_type = csv ? "text/csv; charset=utf-8" : "application/geo+json";
    stream.file_name = kind == ExportKind::visits_csv       ? "visites.csv"
                       : kind == ExportKind::visits_geojson ? "visites.geojson"
                                                            : "contacts.geojson";
    stream.rows = plan.rows;
    std::shared_ptr<Producer> shared(std::move(producer));
    stream.next = [shared](std::string& chunk) { return shared->next(chunk); };
    return stream;
}

}  // namespace ronde::server
