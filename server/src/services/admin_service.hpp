// Team and devices (issue 6, sync-protocol/SUPERVISOR-API.md): create and
// list accounts, reset passwords, list the unit's devices with their last
// contact, revoke a device; an admin also lists and creates the units. A supervisor manages their
// own unit (patrol and supervisor accounts); an admin manages any unit (`unit` names it by code,
// default their own) and any role. Patrol accounts get "forbidden"; users and devices of another
// unit are "not_found" for a supervisor. Every action is written to the audit journal (never the
// password). Thread-safe.
#pragma once

#include "ronde/codec.hpp"
#include "ronde/error.hpp"
#include "services/principal.hpp"

#include <map>
#include <string>

namespace ronde::server {

class Store;
class AuthService;
class AuditService;

class AdminService {
public:
    AdminService(Store& store, AuthService& auth, AuditService& audit);

    // body: {username, display_name, role, password, unit?}. Returns the
    // user (201 on the route). Errors of AuthService::create_user too.
    Result<Json> create_user(const Principal& who, const Json& body);
    // body: {password}.
    Result<Json> reset_password(const Principal& who, const std::string& user_id, const Json& body);
    // Disables the account (its devices' tokens end; they are not wiped) or
    // enables it again. Not one's own account; a supervisor's unit only, and
    // not an admin's. Returns {"user": {..., disabled_at}}.
    Result<Json> set_disabled(const Principal& who, const std::string& user_id, bool disabled);
    // params: unit? (admin). {"items": [{id, name, user, enrolled_at,
    // last_seen_at, last_push_at, revoked_at}]}.
    Result<Json> devices(const Principal& who, const std::map<std::string, std::string>& params);
    Result<Json> revoke_device(const Principal& who, const std::string& device_id);
    // params: unit? (a unit code; another unit's is for admins). {"unit":
    // {id, code, name}, "items": [{id, username, display_name, role,
    // created_at, last_seen_at, devices, signed_in_devices, disabled_at,
    // self (the caller's own account)}]}.
    Result<Json> users(const Principal& who, const std::map<std::string, std::string>& params);
    // Admins only. {"items": [{id, code, name, users, signed_in_devices}]}.
    Result<Json> units(const Principal& who, const std::map<std::string, std::string>& params);
    // Admins only. body: {code, name}. Returns the unit {id, code, name}
    // (201 on the route). Errors of AuthService::create_unit too.
    Result<Json> create_unit(const Principal& who, const Json& body);

private:
    Store& store_;
    AuthService& auth_;
    AuditService& audit_;
};

}  // namespace ronde::server
