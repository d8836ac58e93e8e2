#include "services/audit_service.hpp"

#include "services/crypto.hpp"
#include "store/queries.hpp"
#include "store/store.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <stdexcept>

namespace ronde::server {
namespace {

AuditRecord record_of(const AuditRow& row, Json details) {
    AuditRecord r;
    r.seq = row.seq;
    r.at_ms = row.at_ms;
    r.entry.unit_id = row.unit_id;
    r.entry.user_id = row.user_id;
    r.entry.device_id = row.device_id;
    r.entry.action = row.action;
    r.entry.target = row.target;
    r.entry.details = std::move(details);
    r.prev_hash = row.prev_hash;
    r.hash = row.hash;
    return r;
}

std::string describe(const AuditRow& row) {
    return "entry " + std::to_string(row.seq) + " (" + row.action + " " + row.target + ")";
}

}  // namespace

AuditEntry AuditEntry::by(const Principal& who, std::string action, std::string target,
                          Json details) {
    AuditEntry e;
    e.unit_id = who.unit_id;
    e.user_id = who.user_id;
    e.device_id = who.device_id;
    e.action = std::move(action);
    e.target = std::move(target);
    e.details = std::move(details);
    return e;
}

AuditService::AuditService(Store& store, MillisClock clock)
    : store_(store), clock_(std::move(clock)) {}

std::string AuditService::genesis_hash() {
    return std::string(64, '0');
}

std::string AuditService::chain_hash(const std::string& prev_hash, std::int64_t seq,
                                     std::int64_t at_ms, const AuditEntry& entry) {
    const Json canonical = Json::array({seq, at_ms, entry.unit_id, entry.user_id, entry.device_id,
                                        entry.action, entry.target, entry.details});
    return sha256_hex(prev_hash + canonical.dump());
}

AuditRecord AuditService::append(WriteTx& tx, const AuditEntry& entry) {
    if (entry.action.empty() || !entry.details.is_object()) {
        throw std::invalid_argument("an audit entry needs an action and an object of details");
    }
    const std::optional<AuditRow> last = audit_last(tx);
    AuditRow row;
    row.seq = last ? last->seq + 1 : 1;
    // Never before the previous entry, even if the wall clock went back.
    row.at_ms = std::max(clock_(), last ? last->at_ms : 0);
    row.unit_id = entry.unit_id;
    row.user_id = entry.user_id;
    row.device_id = entry.device_id;
    row.action = entry.action;
    row.target = entry.target;
    row.details = entry.details.dump();
    row.prev_hash = last ? last->hash : genesis_hash();
    row.hash = chain_hash(row.prev_hash, row.seq, row.at_ms, entry);
    audit_insert(tx, row);
    return record_of(row, entry.details);
}

Result<AuditRecord> AuditService::append(const AuditEntry& entry) {
    if (entry.action.empty()) {
        return make_error("invalid_value", "An audit entry needs an action.", "action");
    }
    if (!entry.details.is_object()) {
        return make_error("invalid_value", "The details of an audit entry must be an object.",
                          "details");
    }
    try {
        auto tx = store_.begin_write();
        AuditRecord r = append(*tx, entry);
        tx->commit();
        return r;
    } catch (const std::exception&) {
        return make_error("internal", "The audit journal could not be written.");
    }
}

Result<std::vector<AuditRecord>> AuditService::entries(const std::string& unit_id,
                                                       std::int64_t after_seq, int limit) {
    try {
        auto tx = store_.begin_read();
        std::vector<AuditRecord> out;
        for (const AuditRow& row : audit_rows(*tx, unit_id, std::max<std::int64_t>(after_seq, 0),
                                              std::clamp(limit, 1, 1000))) {
            Json details = Json::parse(row.details, nullptr, false);
            out.push_back(record_of(row, details.is_discarded() ? Json::object() : details));
        }
        return out;
    } catch (const std::exception&) {
        return make_error("internal", "The audit journal could not be read.");
    }
}

AuditVerification AuditService::verify() {
    AuditVerification v;
    const auto bad = [&v](const AuditRow& row, const std::string& why) {
        v.ok = false;
        v.bad_seq = row.seq;
        v.problem = describe(row) + ": " + why;
        return v;
    };
    try {
        auto tx = store_.begin_read();
        std::string prev = genesis_hash();
        std::int64_t expected_seq = 1;
        std::int64_t after = 0;
        for (;;) {
            const std::vector<AuditRow> rows = audit_rows(*tx, "", after, 1000);
            for (const AuditRow& row : rows) {
                ++v.entries;
                if (row.seq != expected_seq) {
                    // Entries expected_seq..row.seq-1 are gone: the first
                    // missing one is the entry to name.
                    v.ok = false;
                    v.bad_seq = expected_seq;
                    v.problem =
                        "entry " + std::to_string(expected_seq) +
                        (row.seq > expected_seq ? " is missing (the next entry present is " +
                                                      std::to_string(row.seq) + ")"
                                                : " is out of order");
                    return v;
                }
                if (row.prev_hash != prev) {
                    return bad(row,
                               "its previous hash does not match the entry before it "
                               "(an entry was removed, inserted or reordered)");
                }
                Json details = Json::parse(row.details, nullptr, false);
                if (details.is_discarded() || !details.is_object()) {
                    return bad(row, "its details are not a JSON object (edited)");
                }
                AuditEntry e;
                e.unit_id = row.unit_id;
                e.user_id = row.user_id;
                e.device_id = row.device_id;
                e.action = row.action;
                e.target = row.target;
                e.details = std::move(details);
                if (chain_hash(prev, row.seq, row.at_ms, e) != row.hash) {
                    return bad(row, "its hash does not match its content (edited)");
                }
                prev = row.hash;
                ++expected_seq;
                after = row.seq;
            }
            if (rows.size() < 1000) {
                break;
            }
        }
        const auto head = audit_head(*tx);
        const std::int64_t last_seq = expected_seq - 1;
        if (head && (head->first != last_seq || head->second != (last_seq == 0 ? "" : prev))) {
            v.ok = false;
            v.bad_seq = head->first > last_seq ? last_seq + 1 : head->first;
            v.problem = head->first > last_seq
                            ? "entry " + std::to_string(last_seq + 1) +
                                  " is missing (the journal ends at " + std::to_string(last_seq) +
                                  ", its head says " + std::to_string(head->first) + ")"
                            : "the head (entry " + std::to_string(head->first) +
                                  ") does not match the last entry";
            return v;
        }
        if (!head && last_seq > 0) {
            v.ok = false;
            v.bad_seq = last_seq;
            v.problem = "the head of the journal is missing";
            return v;
        }
        v.head_hash = last_seq == 0 ? "" : prev;
        return v;
    } catch (const std::exception& e) {
        v.ok = false;
        v.problem = std::string("the journal could not be read: ") + e.what();
        return v;
    }
}

}  // namespace ronde::server
