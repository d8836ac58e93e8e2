#include "services/admin_service.hpp"

#include "ronde/time.hpp"
#include "services/audit_service.hpp"
#include "services/auth_service.hpp"
#include "store/queries.hpp"
#include "store/store.hpp"

#include <nlohmann/json.hpp>

namespace ronde::server {
namespace {

Error internal_error() {
    return make_error("internal", "The server could not complete the request.");
}

bool manages(const Principal& who) {
    return who.role == Role::supervisor || who.role == Role::admin;
}

Result<std::string> string_field(const Json& body, const char* key) {
    const auto it = body.find(key);
    if (it == body.end() || it->is_null()) {
        return make_error("missing_field", std::string("The field '") + key + "' is required.",
                          key);
    }
    if (!it->is_string()) {
        return make_error("invalid_type", std::string("The field '") + key + "' must be a string.",
                          key);
    }
    return it->get<std::string>();
}

Json time_or_null(const std::optional<Timestamp>& t) {
    return t ? Json(format_timestamp(*t)) : Json(nullptr);
}

Json ms_or_null(const std::optional<std::int64_t>& ms) {
    return ms ? Json(format_timestamp(Timestamp{std::chrono::milliseconds{*ms}})) : Json(nullptr);
}

// Only `unit` (a unit code) is a parameter of the team routes.
std::optional<Error> only_unit_param(const std::map<std::string, std::string>& params) {
    for (const auto& [key, value] : params) {
        if (key != "unit") {
            return make_error("invalid_value", "'" + key + "' is not a parameter of this route.",
                              key);
        }
    }
    return std::nullopt;
}

// The unit a call is about: the caller's, or `?unit=CODE` (another unit's
// code is for admins: "not_found" for a supervisor, like an absent one).
Result<Unit> unit_of_call(ReadTx& tx, const Principal& who,
                          const std::map<std::string, std::string>& params) {
    std::optional<Unit> unit;
    if (const auto it = params.find("unit"); it != params.end()) {
        unit = tx.unit_by_code(it->second);
        if (!unit || (who.role != Role::admin && unit->id != who.unit_id)) {
            return make_error("not_found", "No unit has this code.", "unit");
        }
    } else {
        unit = tx.unit_by_id(who.unit_id);
        if (!unit) {
            return internal_error();
        }
    }
    return *unit;
}

// The account `user_id` as `who` may manage it: another unit's is absent
// unless `who` is an admin, and only an admin manages an admin's
// (`admin_refusal` says what was refused).
Result<UserRecord> managed_user(Store& store, const Principal& who, const std::string& user_id,
                                const char* admin_refusal) {
    std::optional<UserRecord> target;
    {
        auto tx = store.begin_read();
        target = tx->user_by_id(user_id);
    }
    if (!target || (who.role != Role::admin && target->user.unit_id != who.unit_id)) {
        return make_error("not_found", "No user of your unit has this id.");
    }
    if (who.role != Role::admin && target->user.role == Role::admin) {
        return make_error("forbidden", admin_refusal);
    }
    return *target;
}

}  // namespace

AdminService::AdminService(Store& store, AuthService& auth, AuditService& audit)
    : store_(store), auth_(auth), audit_(audit) {}

Result<Json> AdminService::create_user(const Principal& who, const Json& body) {
    try {
        if (!manages(who)) {
            return make_error("forbidden", "Only a supervisor or an admin creates accounts.");
        }
        if (!body.is_object()) {
            return make_error("invalid_type", "The body must be a JSON object.");
        }
        Result<std::string> username = string_field(body, "username");
        if (!username) {
            return username.error();
        }
        Result<std::string> display_name = string_field(body, "display_name");
        if (!display_name) {
            return display_name.error();
        }
        Result<std::string> role_text = string_field(body, "role");
        if (!role_text) {
            return role_text.error();
        }
        Result<std::string> password = string_field(body, "password");
        if (!password) {
            return password.error();
        }
        const auto role = parse_enum<Role>(role_text.value());
        if (!role) {
            return make_error("invalid_enum", "role is patrol, supervisor or admin.", "role");
        }
        if (who.role != Role::admin && *role == Role::admin) {
            return make_error("forbidden", "Only an admin creates admin accounts.", "role");
        }
        std::string unit_code;
        {
            auto tx = store_.begin_read();
            auto own = tx->unit_by_id(who.unit_id);
            if (!own) {
                return internal_error();
            }
            unit_code = own->code;
        }
        if (body.contains("unit") && !body["unit"].is_null()) {
            Result<std::string> unit = string_field(body, "unit");
            if (!unit) {
                return unit.error();
            }
            if (unit.value() != unit_code && who.role != Role::admin) {
                return make_error("forbidden", "A supervisor creates accounts in their own unit.",
                                  "unit");
            }
            unit_code = unit.value();
        }
        Result<User> user =
            auth_.create_user(unit_code, username.value(), display_name.value(), *role,
                              password.value(), [&](WriteTx& tx, const User& created) {
                                  audit_.append(tx, AuditEntry::by(who, "user.create", created.id,
                                                                   {{"username", created.username},
                                                                    {"role", role_text.value()},
                                                                    {"unit", unit_code}}));
                              });
        if (!user) {
            return user.error();
        }
        return encode(user.value());
    } catch (const std::exception&) {
        return internal_error();
    }
}

Result<Json> AdminService::reset_password(const Principal& who, const std::string& user_id,
                                          const Json& body) {
    try {
        if (!manages(who)) {
            return make_error("forbidden", "Only a supervisor or an admin resets passwords.");
        }
        if (!body.is_object()) {
            return make_error("invalid_type", "The body must be a JSON object.");
        }
        Result<UserRecord> target =
            managed_user(store_, who, user_id, "Only an admin resets an admin's password.");
        if (!target) {
            return target.error();
        }
        Result<std::string> password = string_field(body, "password");
        if (!password) {
            return password.error();
        }
        if (auto e = auth_.set_password(user_id, password.value(), [&](WriteTx& tx) {
                audit_.append(tx, AuditEntry::by(who, "user.password_reset", user_id,
                                                 {{"username", target->user.username},
                                                  {"unit_id", target->user.unit_id}}));
            })) {
            return *e;
        }
        return Json{{"user", encode(target->user)}};
    } catch (const std::exception&) {
        return internal_error();
    }
}

Result<Json> AdminService::set_disabled(const Principal& who, const std::string& user_id,
                                        bool disabled) {
    try {
        if (!manages(who)) {
            return make_error("forbidden", "Only a supervisor or an admin disables accounts.");
        }
        Result<UserRecord> target =
            managed_user(store_, who, user_id, "Only an admin disables an admin's account.");
        if (!target) {
            return target.error();
        }
        if (disabled && target->user.id == who.user_id) {
            return make_error("forbidden", "An account cannot disable itself.");
        }
        Result<std::optional<std::int64_t>> disabled_at =
            auth_.set_disabled(user_id, disabled, [&](WriteTx& tx) {
                audit_.append(
                    tx, AuditEntry::by(who, disabled ? "user.disable" : "user.enable", user_id,
                                       {{"username", target->user.username},
                                        {"unit_id", target->user.unit_id}}));
            });
        if (!disabled_at) {
            return disabled_at.error();
        }
        Json user = encode(target->user);
        user["disabled_at"] = ms_or_null(disabled_at.value());
        return Json{{"user", std::move(user)}};
    } catch (const std::exception&) {
        return internal_error();
    }
}

Result<Json> AdminService::devices(const Principal& who,
                                   const std::map<std::string, std::string>& params) {
    try {
        if (!manages(who)) {
            return make_error("forbidden", "Only a supervisor or an admin lists devices.");
        }
        if (auto e = only_unit_param(params)) {
            return *e;
        }
        Json items = Json::array();
        std::string unit_id;
        {
            auto tx = store_.begin_read();
            Result<Unit> unit = unit_of_call(*tx, who, params);
            if (!unit) {
                return unit.error();
            }
            unit_id = unit->id;
            std::map<std::string, User> users;
            for (User& u : tx->users_of_unit(unit_id)) {
                users.emplace(u.id, std::move(u));
            }
            const std::int64_t cutoff = auth_.session_cutoff_ms();
            for (const DeviceRecord& d : tx->devices_of_unit(unit_id)) {
                Json user = nullptr;
                if (auto it = users.find(d.device.user_id); it != users.end()) {
                    user = {{"id", it->second.id},
                            {"username", it->second.username},
                            {"display_name", it->second.display_name},
                            {"role", std::string(code(it->second.role))}};
                }
                const auto push = device_last_push_ms(*tx, d.device.id);
                items.push_back(
                    {{"id", d.device.id},
                     {"name", d.device.name},
                     {"user", std::move(user)},
                     {"enrolled_at", format_timestamp(d.device.enrolled_at)},
                     {"last_seen_at", time_or_null(d.device.last_seen_at)},
                     {"last_push_at",
                      push ? Json(format_timestamp(Timestamp{std::chrono::milliseconds{*push}}))
                           : Json(nullptr)},
                     {"revoked_at", time_or_null(d.device.revoked_at)},
                     {"signed_in",
                      !d.token_hash.empty() && !d.device.revoked_at &&
                          (d.device.last_seen_at ? *d.device.last_seen_at : d.device.enrolled_at)
                                  .time_since_epoch()
                                  .count() >= cutoff}});
            }
        }
        Json details{{"unit_id", unit_id}, {"count", items.size()}};
        auto journaled =
            audit_.append(AuditEntry::by(who, "devices.list", "/api/v1/admin/devices", details));
        if (!journaled) {
            return journaled.error();
        }
        return Json{{"items", std::move(items)}};
    } catch (const std::exception&) {
        return internal_error();
    }
}

Result<Json> AdminService::revoke_device(const Principal& who, const std::string& device_id) {
    try {
        if (!manages(who)) {
            return make_error("forbidden", "Only a supervisor or an admin revokes a device.");
        }
        Principal acting = who;
        std::string owner_unit;
        {
            auto tx = store_.begin_read();
            if (auto device = tx->device_by_id(device_id)) {
                if (auto owner = tx->user_by_id(device->device.user_id)) {
                    owner_unit = owner->user.unit_id;
                }
            }
        }
        // An admin manages every unit: revoke as an admin of the device's.
        if (who.role == Role::admin && !owner_unit.empty()) {
            acting.unit_id = owner_unit;
        }
        if (auto e = auth_.revoke_device(acting, device_id, [&](WriteTx& tx) {
                audit_.append(tx, AuditEntry::by(who, "device.revoke", device_id,
                                                 {{"unit_id", acting.unit_id}}));
            })) {
            if (e->code == "not_found") {
                e->field.clear();
            }
            return *e;
        }
        return Json{{"id", device_id}, {"revoked", true}};
    } catch (const std::exception&) {
        return internal_error();
    }
}

}  // namespace ronde::server

namespace ronde::server {

Result<Json> AdminService::users(const Principal& who,
                                 const std::map<std::string, std::string>& params) {
    try {
        if (!manages(who)) {
            return make_error("forbidden", "Only a supervisor or an admin lists accounts.");
        }
        if (auto e = only_unit_param(params)) {
            return *e;
        }
        Json items = Json::array();
        Unit unit;
        {
            auto tx = store_.begin_read();
            Result<Unit> u = unit_of_call(*tx, who, params);
            if (!u) {
                return u.error();
            }
            unit = u.value();
            for (const UserListing& l : list_users(*tx, unit.id, auth_.session_cutoff_ms())) {
                items.push_back({{"id", l.user.id},
                                 {"username", l.user.username},
                                 {"display_name", l.user.display_name},
                                 {"role", std::string(code(l.user.role))},
                                 {"unit_id", l.user.unit_id},
                                 {"created_at", ms_or_null(l.created_at_ms)},
                                 {"last_seen_at", ms_or_null(l.last_seen_ms)},
                                 {"devices", l.devices},
                                 {"signed_in_devices", l.signed_in_devices},
                                 {"disabled_at", ms_or_null(l.disabled_at_ms)},
                                 {"self", l.user.id == who.user_id}});
            }
        }
        Json details{{"unit_id", unit.id}, {"count", items.size()}};
        auto journaled =
            audit_.append(AuditEntry::by(who, "users.list", "/api/v1/admin/users", details));
        if (!journaled) {
            return journaled.error();
        }
        return Json{{"unit", {{"id", unit.id}, {"code", unit.code}, {"name", unit.name}}},
                    {"items", std::move(items)}};
    } catch (const std::exception&) {
        return internal_error();
    }
}

Result<Json> AdminService::units(const Principal& who,
                                 const std::map<std::string, std::string>& params) {
    try {
        if (who.role != Role::admin) {
            return make_error("forbidden", "Only an admin lists the units.");
        }
        if (!params.empty()) {
            return make_error("invalid_value",
                              "'" + params.begin()->first + "' is not a parameter of this route.",
                              params.begin()->first);
        }
        Json items = Json::array();
        {
            auto tx = store_.begin_read();
            for (const UnitListing& u : list_units(*tx, auth_.session_cutoff_ms())) {
                items.push_back({{"id", u.unit.id},
                                 {"code", u.unit.code},
                                 {"name", u.unit.name},
                                 {"users", u.users},
                                 {"signed_in_devices", u.signed_in_devices}});
            }
        }
        auto journaled = audit_.append(
            AuditEntry::by(who, "units.list", "/api/v1/admin/units", {{"count", items.size()}}));
        if (!journaled) {
            return journaled.error();
        }
        return Json{{"items", std::move(items)}};
    } catch (const std::exception&) {
        return internal_error();
    }
}

Result<Json> AdminService::create_unit(const Principal& who, const Json& body) {
    try {
        if (who.role != Role::admin) {
            return make_error("forbidden", "Only an admin creates units.");
        }
        if (!body.is_object()) {
            return make_error("invalid_type", "The body must be a JSON object.");
        }
        Result<std::string> code = string_field(body, "code");
        if (!code) {
            return code.error();
        }
        Result<std::string> name = string_field(body, "name");
        if (!name) {
            return name.error();
        }
        Result<Unit> unit =
            auth_.create_unit(code.value(), name.value(), [&](WriteTx& tx, const Unit& created) {
                audit_.append(tx, AuditEntry::by(who, "unit.create", created.id,
                                                 {{"code", created.code}, {"name", created.name}}));
            });
        if (!unit) {
            return unit.error();
        }
        return Json{{"id", unit->id}, {"code", unit->code}, {"name", unit->name}};
    } catch (const std::exception&) {
        return internal_error();
    }
}

}  // namespace ronde::server
