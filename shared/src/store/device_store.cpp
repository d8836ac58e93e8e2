// DeviceStore: opening, identity and clock, the row helpers, the user actions
// and the record getters. Sync lives in sync.cpp, the app's queries in
// queries.cpp.
#include "ronde/store/device_store.hpp"
#include "migrations.hpp"
#include "ronde/store/text_fold.hpp"
#include "ronde/validate.hpp"
#include "store_impl.hpp"

#include <algorithm>
#include <filesystem>
#include <utility>

namespace ronde::store {

using detail::fail;
using detail::guarded;
using detail::guarded_status;
using detail::Stmt;

std::string_view code(SyncStatus s) noexcept {
    switch (s) {
        case SyncStatus::pending:
            return "pending";
        case SyncStatus::synced:
            return "synced";
        case SyncStatus::rejected:
            return "rejected";
    }
    return "synced";
}

namespace detail {

std::string entity_text(Entity e) {
    return std::string(code(e));
}

Entity parse_entity_text(std::string_view text) {
    if (auto e = parse_enum<Entity>(text)) {
        return *e;
    }
    fail("corrupt_record", "Unknown entity in the store: " + std::string(text));
}

std::optional<SyncStatus> parse_status(std::string_view text) {
    if (text == "pending") {
        return SyncStatus::pending;
    }
    if (text == "rejected") {
        return SyncStatus::rejected;
    }
    if (text == "synced") {
        return SyncStatus::synced;
    }
    return std::nullopt;
}

Json parse_stored_json(const std::string& text) {
    return Json::parse(text);
}

const char* table_of(Entity e) {
    switch (e) {
        case Entity::contact:
            return "contacts";
        case Entity::patrol:
            return "patrols";
        case Entity::visit:
            return "visits";
    }
    return "contacts";
}

}  // namespace detail

namespace {

[[noreturn]] void fail_with(const Error& e) {
    throw detail::StoreFailure(e);
}

void check(const std::optional<Error>& e) {
    if (e) {
        fail_with(*e);
    }
}

// Every key a contact record can have (optional ones included).
const Json& contact_keys() {
    static const Json keys = [] {
        Contact c;
        c.position = GeoPoint{};
        return encode(c);
    }();
    return keys;
}

std::optional<std::string> non_empty(const std::string& s) {
    return s.empty() ? std::nullopt : std::optional<std::string>(s);
}

sqlite3* open_connection(const std::string& path, const std::optional<StoreKey>& key,
                         bool full_sync) {
    sqlite3* db = nullptr;
    const int rc =
        sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        std::string message = "Cannot open the store: ";
        message += db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
        sqlite3_close(db);
        fail("sqlite_error", message);
    }
    try {
        sqlite3_extended_result_codes(db, 1);
        sqlite3_busy_timeout(db, 5000);
        if (key) {
            if (auto failed = apply_key(db, *key)) {
                fail_with(*failed);
            }
        }
        // The first read of the schema tells a wrong key from a good one.
        try {
            detail::exec(db, "SELECT count(*) FROM sqlite_master");
        } catch (const detail::StoreFailure& e) {
            if (e.error.code == "not_a_database" && key) {
                fail("wrong_pin", "The PIN does not open this store.");
            }
            throw;
        }
        detail::exec(db, "PRAGMA journal_mode = WAL");
        detail::exec(db, full_sync ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL");
        // 32 MiB of page cache (the default is 2 MB): with SQLCipher every
        // page read from disk is decrypted again, and the app's queries scan
        // indexes of up to 100,000 contacts (docs/PERFORMANCE.md).
        detail::exec(db, "PRAGMA cache_size = -32768");
        detail::migrate(db);
    } catch (...) {
        sqlite3_close(db);
        throw;
    }
    return db;
}

}  // namespace

// --- Impl -----------------------------------------------------------------------

DeviceStore::Impl::Impl(sqlite3* db_, StoreOptions options)
    : db(db_),
      stmts(db_),
      millis(options.clock ? std::move(options.clock)
                           : std::function<std::int64_t()>(&system_millis)),
      uuids(millis, options.uuid_seed ? *options.uuid_seed : std::random_device{}()),
      max_skew(options.max_clock_skew),
      clock(0, millis, options.max_clock_skew) {}

std::string DeviceStore::Impl::stamp() {
    refresh_clock();
    const std::string s = clock.now().to_string();
    persist_clock();
    return s;
}

// Another connection to the same file (the app's sync thread) may have
// issued or merged a later stamp since this one last looked: go on after it.
// Called inside the write transaction (BEGIN IMMEDIATE), so no other
// connection writes in between.
void DeviceStore::Impl::refresh_clock() {
    Stmt st = sql("SELECT last_hlc FROM hlc_state");
    if (st.step()) {
        if (auto last = HlcStamp::parse(st.text(0))) {
            clock.restore(last.value());
        }
    }
}

void DeviceStore::Impl::persist_clock() {
    refresh_clock();
    sql("INSERT OR REPLACE INTO hlc_state (singleton, last_hlc) VALUES (1, ?)")
        .bind_all(clock.last().to_string())
        .run();
}

void DeviceStore::Impl::reset_clock(std::uint64_t node) {
    const HlcStamp last = clock.last();
    clock = HybridLogicalClock(node, millis, max_skew);
    clock.restore(last);
}

namespace {

std::optional<Json> opt_json(const std::optional<std::string>& text) {
    if (!text) {
        return std::nullopt;
    }
    return detail::parse_stored_json(*text);
}

void bind_nulls(Stmt& st, int first, int last) {
    for (int i = first; i <= last; ++i) {
        st.bind(i, std::nullopt);
    }
}

}  // namespace

std::optional<RecordRow> DeviceStore::Impl::load(Entity entity, const std::string& id) {
    Stmt st = sql(entity == Entity::contact
                      ? "SELECT hlc, deleted, data, base_hlc, base_data, field_hlcs FROM contacts "
                        "WHERE id = ?"
                  : entity == Entity::visit
                      ? "SELECT hlc, deleted, data, base_hlc, base_data FROM visits WHERE id = ?"
                      : "SELECT hlc, deleted, data, base_hlc, base_data FROM patrols WHERE id = ?");
    st.bind_all(id);
    if (!st.step()) {
        return std::nullopt;
    }
    RecordRow row;
    row.entity = entity;
    row.id = id;
    row.hlc = st.text(0);
    row.deleted = st.integer(1) != 0;
    row.data = detail::parse_stored_json(st.text(2));
    row.base_hlc = st.opt_text(3);
    row.base_data = opt_json(st.opt_text(4));
    if (entity == Entity::contact) {
        row.field_hlcs = detail::parse_stored_json(st.text(5));
    }
    if (row.base_hlc && !row.base_data && !row.deleted) {
        row.base_data = row.data;  // stored as NULL: the base is the record itself
    }
    return row;
}

// Columns for the queries come from the decoded record. A record that does
// not decode is kept (its data is the truth) but stays out of the queries.
void DeviceStore::Impl::write(const RecordRow& row, const DecodedRecord& decoded,
                              const std::string* data_text, bool fresh) {
    const bool live = !row.deleted;
    // A record known to be new gets a plain INSERT: INSERT OR REPLACE (a
    // possible delete, then an insert that may still abort) makes SQLite
    // copy every page the statement touches to a statement journal first,
    // and SQLCipher encrypts each copy (docs/PERFORMANCE.md).
    const auto insert = [&](std::string_view rest) {
        return sql(std::string(fresh ? "INSERT INTO " : "INSERT OR REPLACE INTO ") +
                   std::string(rest));
    };
    std::string dumped;
    if (data_text == nullptr) {
        dumped = row.data.dump();
        data_text = &dumped;
    }
    const std::string& data = *data_text;
    // A record without local changes since its base stores no copy of it.
    const std::optional<std::string> base_text =
        row.base_data && !(live && row.hlc == row.base_hlc && *row.base_data == row.data)
            ? std::optional<std::string>(row.base_data->dump())
            : std::nullopt;
    if (row.entity == Entity::contact) {
        std::optional<Contact> c;
        if (live) {
            if (const auto* given = std::get_if<Contact>(&decoded)) {
                c = *given;
            } else if (auto d = decode_contact(row.data)) {
                c = std::move(d).value();
            }
        }
        Stmt st = insert(
            "contacts (id, hlc, deleted, data, field_hlcs, base_hlc, "
            "base_data, category, lat, lon, referent_id, sort_key, search_text) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        st.bind_all(row.id, row.hlc, row.deleted, data, row.field_hlcs.dump(), row.base_hlc,
                    base_text);
        if (c) {
            st.bind(8, std::string(code(c->category)));
            if (c->position) {
                st.bind(9, c->position->lat).bind(10, c->position->lon);
            } else {
                bind_nulls(st, 9, 10);
            }
            st.bind(11, non_empty(c->referent_id));
            st.bind(12, fold_for_search(c->organisation.empty()
                                            ? c->person_name
                                            : c->organisation + " " + c->person_name));
            st.bind(13, fold_for_search(c->organisation + "\n" + c->person_name + "\n" +
                                        c->address + "\n" + c->commune));
        } else {
            bind_nulls(st, 8, 11);
            st.bind(12, "").bind(13, "");
        }
        st.run();
        return;
    }
    if (row.entity == Entity::visit) {
        std::optional<Visit> v;
        if (live) {
            if (const auto* given = std::get_if<Visit>(&decoded)) {
                v = *given;
            } else if (auto d = decode_visit(row.data)) {
                v = std::move(d).value();
            }
        }
        Stmt st = insert(
            "visits (id, hlc, deleted, data, base_hlc, base_data, "
            "patrol_id, contact_id, occurred_at, author_id, follow_up_needed, follow_up_status, "
            "follow_up_assignee, follow_up_due) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        st.bind_all(row.id, row.hlc, row.deleted, data, row.base_hlc, base_text);
        if (v) {
            st.bind(7, non_empty(v->patrol_id)).bind(8, non_empty(v->contact_id));
            st.bind(9, format_timestamp(v->occurred_at)).bind(10, non_empty(v->author_id));
            st.bind(11, v->follow_up.needed);
            st.bind(12, std::string(code(v->follow_up.status)));
            st.bind(13, non_empty(v->follow_up.assignee_id));
            st.bind(14, v->follow_up.due_date
                            ? std::optional<std::string>(format_date(*v->follow_up.due_date))
                            : std::nullopt);
        } else {
            bind_nulls(st, 7, 14);
            st.bind(11, false);
        }
        st.run();
        return;
    }
    std::optional<Patrol> p;
    if (live) {
        if (const auto* given = std::get_if<Patrol>(&decoded)) {
            p = *given;
        } else if (auto d = decode_patrol(row.data)) {
            p = std::move(d).value();
        }
    }
    Stmt st = insert(
        "patrols (id, hlc, deleted, data, base_hlc, base_data, mode, "
        "started_at, ended_at, author_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind_all(row.id, row.hlc, row.deleted, data, row.base_hlc, base_text);
    if (p) {
        st.bind(7, std::string(code(p->mode))).bind(8, format_timestamp(p->started_at));
        st.bind(9, p->ended_at ? std::optional<std::string>(format_timestamp(*p->ended_at))
                               : std::nullopt);
        st.bind(10, non_empty(p->author_id));
    } else {
        bind_nulls(st, 7, 10);
    }
    st.run();
}

void DeviceStore::Impl::append_outbox(Entity entity, const std::string& id, const std::string& hlc,
                                      bool deleted, const Json& data) {
    Change change;
    change.entity = entity;
    change.id = id;
    change.hlc = hlc;
    change.deleted = deleted;
    change.data = data;
    sql("INSERT INTO outbox (change_id, entity, record_id, hlc, change, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?)")
        .bind_all(random_uuid_v4(), detail::entity_text(entity), id, hlc, encode(change).dump(),
                  now_text())
        .run();
    set_status(entity, id, SyncStatus::pending);
}

bool DeviceStore::Impl::has_pending(Entity entity, const std::string& id) {
    Stmt st = sql("SELECT 1 FROM outbox WHERE entity = ? AND record_id = ? LIMIT 1");
    st.bind_all(detail::entity_text(entity), id);
    return st.step();
}

std::vector<Json> DeviceStore::Impl::pending_changes(Entity entity, const std::string& id) {
    std::vector<Json> out;
    Stmt st = sql("SELECT change FROM outbox WHERE entity = ? AND record_id = ? ORDER BY seq");
    st.bind_all(detail::entity_text(entity), id);
    while (st.step()) {
        out.push_back(detail::parse_stored_json(st.text(0)));
    }
    return out;
}

void DeviceStore::Impl::set_status(Entity entity, const std::string& id, SyncStatus status,
                                   const std::optional<Error>& error, const Json* rejected_change) {
    Stmt st =
        sql("INSERT OR REPLACE INTO record_sync (entity, record_id, status, error_code, "
            "error_message, error_field, rejected_change, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind_all(detail::entity_text(entity), id, std::string(code(status)));
    if (error) {
        st.bind(4, error->code).bind(5, error->message).bind(6, error->field);
    } else {
        bind_nulls(st, 4, 6);
    }
    st.bind(7, rejected_change != nullptr ? std::optional<std::string>(rejected_change->dump())
                                          : std::nullopt);
    st.bind(8, now_text());
    st.run();
}

void DeviceStore::Impl::rebase(RecordRow& row, const std::vector<Json>& confirmed) {
    if (!row.base_hlc || !row.base_data) {
        return;
    }
    row.data = *row.base_data;
    row.hlc = *row.base_hlc;
    row.deleted = false;
    row.field_hlcs = Json::object();  // keys not listed have the base's version
    std::vector<Json> changes = confirmed;
    for (Json& change : pending_changes(row.entity, row.id)) {
        changes.push_back(std::move(change));
    }
    for (const Json& change : changes) {
        const std::string hlc = change.at("hlc").get<std::string>();
        if (hlc > row.hlc) {
            row.hlc = hlc;
        }
        if (row.deleted) {
            continue;  // a pending delete is final
        }
        if (change.value("deleted", false)) {
            row.deleted = true;
            row.data = Json::object();
            continue;
        }
        const Json& data = change.at("data");
        if (row.entity == Entity::contact) {
            // A patch: its keys, null resetting a key to its default.
            for (auto it = data.begin(); it != data.end(); ++it) {
                if (it.value().is_null()) {
                    row.data.erase(it.key());
                } else {
                    row.data[it.key()] = it.value();
                }
                row.field_hlcs[it.key()] = hlc;
            }
        } else if (row.entity == Entity::visit) {
            // The body, and the follow-up only when the change carries one.
            Json follow_up = data.contains("follow_up")       ? data.at("follow_up")
                             : row.data.contains("follow_up") ? row.data.at("follow_up")
                                                              : Json();
            row.data = data;
            if (!follow_up.is_null()) {
                row.data["follow_up"] = std::move(follow_up);
            }
        } else {
            row.data = data;
        }
    }
}

// --- DeviceStore ------------------------------------------------------------------

DeviceStore::DeviceStore(std::string path, sqlite3* db, StoreOptions options)
    : path_(std::move(path)), db_(db), impl_(std::make_unique<Impl>(db, std::move(options))) {}

DeviceStore::~DeviceStore() {
    impl_.reset();  // finalizes the statements first
    if (db_ != nullptr) {
        sqlite3_close(db_);
    }
}

int DeviceStore::schema_version() noexcept {
    return detail::latest_schema_version();
}

Result<std::unique_ptr<DeviceStore>> DeviceStore::open(const std::string& path,
                                                       const std::optional<StoreKey>& key,
                                                       StoreOptions options) {
    return guarded([&]() -> std::unique_ptr<DeviceStore> {
#ifndef RONDE_STORE_SQLCIPHER
        if (key) {
            fail("encryption_unavailable", "This build of the store cannot encrypt.");
        }
#endif
        sqlite3* db = open_connection(path, key, options.flush_every_commit);
        std::unique_ptr<DeviceStore> store(new DeviceStore(path, db, std::move(options)));
        Impl& impl = *store->impl_;
        {
            Stmt st = impl.sql("SELECT device_id, user_id, unit_id FROM device_identity");
            if (st.step()) {
                store->identity_ = DeviceIdentity{st.text(0), st.text(1), st.text(2)};
            }
        }
        if (store->identity_) {
            impl.reset_clock(node_from_uuid(store->identity_->device_id));
        }
        Stmt st = impl.sql("SELECT last_hlc FROM hlc_state");
        if (st.step()) {
            if (auto last = HlcStamp::parse(st.text(0))) {
                impl.clock.restore(last.value());
            }
        }
        return store;
    });
}

Result<std::unique_ptr<DeviceStore>> DeviceStore::open_with_pin(const std::string& path,
                                                                std::string_view pin,
                                                                StoreOptions options,
                                                                const KeyParams& params) {
#ifndef RONDE_STORE_SQLCIPHER
    (void)path;
    (void)pin;
    (void)params;
    (void)options;
    return make_error("encryption_unavailable", "This build of the store cannot encrypt.");
#else
    auto salt = read_salt_file(path);
    if (!salt) {
        std::error_code ec;
        const bool has_db =
            std::filesystem::exists(path, ec) && std::filesystem::file_size(path, ec) > 0;
        if (salt.error().code != "missing_salt" || has_db) {
            return salt.error();
        }
        salt = create_salt_file(path, params);
        if (!salt) {
            return salt.error();
        }
    }
    auto key = derive_key(pin, salt->salt, salt->params);
    if (!key) {
        return key.error();
    }
    return open(path, key.value(), std::move(options));
#endif
}

namespace {

#ifdef RONDE_STORE_SQLCIPHER
// Whether `key` reads the store file, checked on a connection of its own.
bool key_opens(const std::string& path, const StoreKey& key) {
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        fail("sqlite_error", "Cannot open the store.");
    }
    bool opens = false;
    if (!apply_key(db, key)) {
        opens = sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr) ==
                SQLITE_OK;
    }
    sqlite3_close(db);
    return opens;
}
#endif

}  // namespace

// The salt and the Argon2 parameters stay. A new salt would have to be
// written beside the database, and two files cannot be replaced at once: a
// crash between them would leave a salt that no PIN opens the database
// with. The salt is there against precomputed tables; it stays unique to
// this device, so keeping it costs nothing.
Result<StoreKey> DeviceStore::change_pin(std::string_view current_pin, std::string_view new_pin) {
#ifndef RONDE_STORE_SQLCIPHER
    (void)current_pin;
    (void)new_pin;
    return make_error("encryption_unavailable", "This build of the store cannot encrypt.");
#else
    return guarded([&] {
        if (!impl_) {
            fail("store_closed", "The store is closed.");
        }
        if (new_pin.empty()) {
            fail_with(make_error("invalid_value", "The new PIN is empty.", "pin"));
        }
        auto salt = read_salt_file(path_);
        if (!salt) {
            fail_with(salt.error());
        }
        auto current = derive_key(current_pin, salt->salt, salt->params);
        if (!current) {
            fail_with(current.error().code == "invalid_value"
                          ? make_error("wrong_pin", "The PIN does not open this store.")
                          : current.error());
        }
        if (!key_opens(path_, current.value())) {
            fail("wrong_pin", "The PIN does not open this store.");
        }
        auto next = derive_key(new_pin, salt->salt, salt->params);
        if (!next) {
            fail_with(next.error());
        }
        // SQLCipher 3.4 rewrites every page with the new key in one write
        // transaction (in WAL mode: every page goes to the WAL, whose commit
        // frame makes the change). PRAGMA takes no parameters; the key is hex
        // digits we made.
        std::string pragma = "PRAGMA rekey = \"x'" + next.value().hex() + "'\"";
        detail::exec(db_, pragma.c_str());
        std::fill(pragma.begin(), pragma.end(), '\0');
        // sqlite3_rekey reports no failure of its own: a new connection must
        // read the file with the new key.
        if (!key_opens(path_, next.value())) {
            fail("rekey_failed", "The store could not be encrypted with the new PIN.");
        }
        // Back to a small WAL (the rekey put the whole database in it).
        detail::exec(db_, "PRAGMA wal_checkpoint(TRUNCATE)");
        return next.value();
    });
#endif
}

Result<Transaction> DeviceStore::begin() {
    return guarded([&] { return detail::begin_transaction(db_); });
}

HlcStamp DeviceStore::last_hlc() const {
    return impl_ ? impl_->clock.last() : HlcStamp{};
}

Status DeviceStore::set_identity(const DeviceIdentity& identity) {
    return guarded_status([&] {
        if (!impl_) {
            fail("store_closed", "The store is closed.");
        }
        if (!is_valid_uuid(identity.device_id)) {
            fail("invalid_uuid", "The device id is not a UUID.");
        }
        if (identity_ && identity_->device_id != identity.device_id) {
            fail("identity_mismatch", "This store belongs to another device.");
        }
        Transaction tx = detail::begin_transaction(db_);
        impl_
            ->sql(
                "INSERT OR REPLACE INTO device_identity (singleton, device_id, user_id, unit_id) "
                "VALUES (1, ?, ?, ?)")
            .bind_all(identity.device_id, identity.user_id, identity.unit_id)
            .run();
        detail::commit(tx);
        identity_ = identity;
        impl_->reset_clock(node_from_uuid(identity.device_id));
    });
}

// --- user actions -----------------------------------------------------------------------

namespace {

DeviceStore::Impl& open_impl(const std::unique_ptr<DeviceStore::Impl>& impl) {
    if (!impl) {
        fail("store_closed", "The store is closed.");
    }
    return *impl;
}

const DeviceIdentity& enrolled(const std::optional<DeviceIdentity>& identity) {
    if (!identity) {
        fail("not_enrolled", "The device is not enrolled yet.");
    }
    return *identity;
}

RecordRow load_live(DeviceStore::Impl& impl, Entity entity, const std::string& id) {
    auto row = impl.load(entity, id);
    if (!row) {
        fail("not_found", "No " + detail::entity_text(entity) + " " + id + ".");
    }
    if (row->deleted) {
        fail("deleted", "The " + detail::entity_text(entity) + " " + id + " was deleted.");
    }
    return std::move(*row);
}

// True when the server has (or will have, from the outbox) a version of the
// record: edits may then send only what changed. A record whose creation was
// rejected and never pulled is sent whole again.
bool server_has(DeviceStore::Impl& impl, const RecordRow& row) {
    if (row.base_hlc) {
        return true;
    }
    Stmt st = impl.sql("SELECT status FROM record_sync WHERE entity = ? AND record_id = ?");
    st.bind_all(detail::entity_text(row.entity), row.id);
    return !st.step() || st.text(0) != "rejected";
}

// Writes a new version of a new or live visit or patrol (record + outbox).
// `sent` is what the change carries (a visit update may leave out its
// follow-up).
void save_record(DeviceStore::Impl& impl, RecordRow& row, const Json& data, const Json& sent) {
    row.data = data;
    row.hlc = impl.stamp();
    impl.write(row);
    impl.append_outbox(row.entity, row.id, row.hlc, false, sent);
}

void delete_record(DeviceStore::Impl& impl, sqlite3* db, Entity entity, const std::string& id) {
    Transaction tx = detail::begin_transaction(db);
    auto row = impl.load(entity, id);
    if (!row) {
        fail("not_found", "No " + detail::entity_text(entity) + " " + id + ".");
    }
    if (row->deleted) {
        return;  // already a tombstone
    }
    row->deleted = true;
    row->hlc = impl.stamp();
    row->data = Json::object();
    impl.write(*row);
    impl.append_outbox(entity, id, row->hlc, true, Json::object());
    detail::commit(tx);
}

// A visit update leaves out an unchanged follow-up (protocol §7.2), so that a
// stale copy never reopens a follow-up closed elsewhere.
Json visit_change(DeviceStore::Impl& impl, const RecordRow& row, const Json& next) {
    if (!server_has(impl, row) || !row.data.contains("follow_up") ||
        row.data.at("follow_up") != next.at("follow_up")) {
        return next;
    }
    Json sent = next;
    sent.erase("follow_up");
    return sent;
}

}  // namespace

Result<std::string> DeviceStore::save_contact(const std::optional<std::string>& id,
                                              const Contact& contact,
                                              const std::vector<std::string>& changed_keys) {
    return guarded([&]() -> std::string {
        Impl& impl = open_impl(impl_);
        enrolled(identity_);
        check(validate(contact));
        const Json next = encode(contact);
        Transaction tx = detail::begin_transaction(db_);
        if (!id) {
            RecordRow row;
            row.entity = Entity::contact;
            row.id = impl.uuids.next();
            row.hlc = impl.stamp();
            row.data = next;
            for (auto it = next.begin(); it != next.end(); ++it) {
                row.field_hlcs[it.key()] = row.hlc;
            }
            impl.write(row);
            impl.append_outbox(Entity::contact, row.id, row.hlc, false, next);
            detail::commit(tx);
            return row.id;
        }
        RecordRow row = load_live(impl, Entity::contact, *id);
        // Keys absent from `next` are optional values now unset: the patch
        // carries them as null, which resets a key to its default.
        std::vector<std::string> keys;
        if (changed_keys.empty()) {
            for (auto it = next.begin(); it != next.end(); ++it) {
                if (!row.data.contains(it.key()) || row.data[it.key()] != it.value()) {
                    keys.push_back(it.key());
                }
            }
            for (auto it = row.data.begin(); it != row.data.end(); ++it) {
                if (!next.contains(it.key()) && !it.value().is_null()) {
                    keys.push_back(it.key());
                }
            }
        } else {
            const Json& known = contact_keys();
            for (const std::string& key : changed_keys) {
                if (!known.contains(key)) {
                    throw detail::StoreFailure(
                        make_error("invalid_value", "A contact has no field " + key + ".", key));
                }
                if (std::find(keys.begin(), keys.end(), key) == keys.end()) {
                    keys.push_back(key);
                }
            }
        }
        if (keys.empty()) {
            return *id;  // nothing changed: nothing to write or to send
        }
        Json patch = Json::object();
        for (const std::string& key : keys) {
            if (next.contains(key)) {
                patch[key] = next[key];
                row.data[key] = next[key];
            } else {
                patch[key] = nullptr;
                row.data.erase(key);
            }
        }
        // The stored record is the old one with the changed keys: check it whole.
        auto merged = decode_contact(row.data);
        if (!merged) {
            fail_with(merged.error());
        }
        check(validate(merged.value()));
        const bool whole = !server_has(impl, row);
        row.hlc = impl.stamp();
        for (const std::string& key : keys) {
            row.field_hlcs[key] = row.hlc;
        }
        if (whole) {
            for (auto it = row.data.begin(); it != row.data.end(); ++it) {
                row.field_hlcs[it.key()] = row.hlc;
            }
        }
        impl.write(row);
        impl.append_outbox(Entity::contact, *id, row.hlc, false, whole ? row.data : patch);
        detail::commit(tx);
        return *id;
    });
}

Status DeviceStore::delete_contact(const std::string& id) {
    return guarded_status([&] {
        Impl& impl = open_impl(impl_);
        enrolled(identity_);
        delete_record(impl, db_, Entity::contact, id);
    });
}

Result<std::string> DeviceStore::save_visit(const std::optional<std::string>& id,
                                            const Visit& visit) {
    return guarded([&]() -> std::string {
        Impl& impl = open_impl(impl_);
        const DeviceIdentity& me = enrolled(identity_);
        Visit v = visit;
        if (v.author_id.empty()) {
            v.author_id = me.user_id;
        }
        if (v.device_id.empty()) {
            v.device_id = me.device_id;
        }
        check(validate(v));
        const Json next = encode(v);
        Transaction tx = detail::begin_transaction(db_);
        RecordRow row;
        row.entity = Entity::visit;
        Json sent = next;
        if (id) {
            row = load_live(impl, Entity::visit, *id);
            if (row.data == next) {
                return *id;
            }
            sent = visit_change(impl, row, next);
        } else {
            row.id = impl.uuids.next();
        }
        save_record(impl, row, next, sent);
        detail::commit(tx);
        return row.id;
    });
}

Status DeviceStore::delete_visit(const std::string& id) {
    return guarded_status([&] {
        Impl& impl = open_impl(impl_);
        enrolled(identity_);
        delete_record(impl, db_, Entity::visit, id);
    });
}

Status DeviceStore::close_follow_up(const std::string& visit_id) {
    return guarded_status([&] {
        Impl& impl = open_impl(impl_);
        const DeviceIdentity& me = enrolled(identity_);
        Transaction tx = detail::begin_transaction(db_);
        RecordRow row = load_live(impl, Entity::visit, visit_id);
        auto visit = decode_visit(row.data);
        if (!visit) {
            fail_with(visit.error());
        }
        Visit v = std::move(visit).value();
        if (!v.follow_up.needed) {
            throw detail::StoreFailure(make_error(
                "invalid_value", "This visit has no follow-up to close.", "follow_up.needed"));
        }
        if (v.follow_up.status == FollowUpStatus::done) {
            return;
        }
        v.follow_up.status = FollowUpStatus::done;
        v.follow_up.closed_at = impl.now();
        v.follow_up.closed_by = me.user_id;
        check(validate(v));
        const Json next = encode(v);
        save_record(impl, row, next, next);
        detail::commit(tx);
    });
}

Result<std::string> DeviceStore::start_patrol(Patrol patrol) {
    return guarded([&]() -> std::string {
        Impl& impl = open_impl(impl_);
        const DeviceIdentity& me = enrolled(identity_);
        if (patrol.started_at == Timestamp{}) {
            patrol.started_at = impl.now();
        }
        if (patrol.members.empty()) {
            patrol.members.push_back(me.user_id);
        }
        if (patrol.author_id.empty()) {
            patrol.author_id = me.user_id;
        }
        if (patrol.device_id.empty()) {
            patrol.device_id = me.device_id;
        }
        check(validate(patrol));
        Transaction tx = detail::begin_transaction(db_);
        RecordRow row;
        row.entity = Entity::patrol;
        row.id = impl.uuids.next();
        const Json data = encode(patrol);
        save_record(impl, row, data, data);
        detail::commit(tx);
        return row.id;
    });
}

Status DeviceStore::end_patrol(const std::string& id, std::optional<Timestamp> ended_at) {
    return guarded_status([&] {
        Impl& impl = open_impl(impl_);
        enrolled(identity_);
        Transaction tx = detail::begin_transaction(db_);
        RecordRow row = load_live(impl, Entity::patrol, id);
        auto patrol = decode_patrol(row.data);
        if (!patrol) {
            fail_with(patrol.error());
        }
        Patrol p = std::move(patrol).value();
        p.ended_at = ended_at ? *ended_at : impl.now();
        check(validate(p));
        const Json data = encode(p);
        save_record(impl, row, data, data);
        detail::commit(tx);
    });
}

Status DeviceStore::update_patrol(const std::string& id, const Patrol& patrol) {
    return guarded_status([&] {
        Impl& impl = open_impl(impl_);
        enrolled(identity_);
        Transaction tx = detail::begin_transaction(db_);
        RecordRow row = load_live(impl, Entity::patrol, id);
        auto old = decode_patrol(row.data);
        if (!old) {
            fail_with(old.error());
        }
        Patrol p = patrol;
        if (p.author_id.empty()) {
            p.author_id = old->author_id;
        }
        if (p.device_id.empty()) {
            p.device_id = old->device_id;
        }
        check(validate(p));
        const Json data = encode(p);
        if (data == row.data) {
            return;
        }
        save_record(impl, row, data, data);
        detail::commit(tx);
    });
}

Status DeviceStore::delete_patrol(const std::string& id) {
    return guarded_status([&] {
        Impl& impl = open_impl(impl_);
        enrolled(identity_);
        delete_record(impl, db_, Entity::patrol, id);
    });
}

// --- records ------------------------------------------------------------------------------

Result<SyncStatus> DeviceStore::sync_status(Entity entity, const std::string& id) {
    return guarded([&] {
        Impl& impl = open_impl(impl_);
        Stmt st = impl.sql("SELECT status FROM record_sync WHERE entity = ? AND record_id = ?");
        st.bind_all(detail::entity_text(entity), id);
        if (st.step()) {
            return detail::parse_status(st.text(0)).value_or(SyncStatus::synced);
        }
        return SyncStatus::synced;  // pulled and never edited here
    });
}

namespace {

template <class T, class Decode>
std::optional<Stored<T>> stored_record(DeviceStore::Impl& impl, Entity entity,
                                       const std::string& id, Decode decode) {
    auto row = impl.load(entity, id);
    if (!row || row->deleted) {
        return std::nullopt;
    }
    auto record = decode(row->data);
    if (!record) {
        fail_with(record.error());
    }
    Stored<T> out{id, row->hlc, std::move(record).value(), SyncStatus::synced};
    Stmt st = impl.sql("SELECT status FROM record_sync WHERE entity = ? AND record_id = ?");
    st.bind_all(detail::entity_text(entity), id);
    if (st.step()) {
        out.sync = detail::parse_status(st.text(0)).value_or(SyncStatus::synced);
    }
    return out;
}

}  // namespace

Result<std::optional<StoredContact>> DeviceStore::contact(const std::string& id) {
    return guarded([&] {
        return stored_record<Contact>(open_impl(impl_), Entity::contact, id,
                                      [](const Json& j) { return decode_contact(j); });
    });
}

Result<std::optional<StoredVisit>> DeviceStore::visit(const std::string& id) {
    return guarded([&] {
        return stored_record<Visit>(open_impl(impl_), Entity::visit, id,
                                    [](const Json& j) { return decode_visit(j); });
    });
}

Result<std::optional<StoredPatrol>> DeviceStore::patrol(const std::string& id) {
    return guarded([&] {
        return stored_record<Patrol>(open_impl(impl_), Entity::patrol, id,
                                     [](const Json& j) { return decode_patrol(j); });
    });
}

Status apply_key(sqlite3* db, const StoreKey& key) {
    return guarded_status([&] {
        // PRAGMA takes no parameters; the key is hex digits we made.
        std::string pragma = "PRAGMA key = \"x'" + key.hex() + "'\"";
        detail::exec(db, pragma.c_str());
        std::fill(pragma.begin(), pragma.end(), '\0');
#ifdef RONDE_STORE_SQLCIPHER
        // 4 KiB pages (SQLCipher 3's default is 1 KiB): a quarter of the
        // page decryptions per byte read (docs/PERFORMANCE.md).
        detail::exec(db, "PRAGMA cipher_page_size = 4096");
#endif
    });
}

}  // namespace ronde::store
