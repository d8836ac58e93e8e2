// ronde-sim's engine: N simulated devices, each with its own DeviceStore in a
// folder and its own device id, signed in as one account, doing random user
// actions (contacts shared by every device; visits and patrols of their own)
// with syncs in between, as a device would, also while the server cannot be
// reached. verify() then proves that nothing was lost or applied twice and
// that everything converged.
//
// How verify() decides (the "server's content" is what a fresh device pulls):
//   1. every device syncs until its sync succeeds (bounded by verify_timeout),
//      twice round the devices, so that each one pulls what the others pushed;
//   2. a fresh device (a new store and device id, same account) pulls
//      everything from cursor 0: that is the server's content as a device of
//      this account sees it;
//   3. converged: every device's content digest (FNV-1a over the canonical
//      form of every record of the run: entity, id, HLC, record JSON, or
//      "absent") equals the fresh device's, and every outbox is empty;
//   4. lost: a record the run saved that the server lacks, a delete it does
//      not have, a visit or patrol whose server version is not the last one
//      its device saved, a contact key whose value is not the one of the
//      latest (by HLC) save that set it, or a change the server rejected for
//      another reason than an earlier delete of its record;
//   5. duplicated: a change (entity, id, HLC) answered "applied" more than
//      once.
// A supervisor account is not needed: the run's records all lie within a
// patrol account's scope (contacts of the unit, its own recent visits and
// patrols).
//
// Not thread-safe; every call from one thread.
#pragma once

#include "ronde/codec.hpp"
#include "ronde/error.hpp"
#include "ronde/store/device_store.hpp"
#include "ronde/sync/sync_engine.hpp"

#include <chrono>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <tuple>
#include <vector>

namespace ronde::sim {

// A device already signed in (tests reuse one enrolment across many runs:
// a sign-in costs an Argon2id verification on the server).
struct Session {
    std::string device_id;
    std::string token;
    std::string user_id;
    std::string unit_id;
};

struct SimOptions {
    int devices = 4;
    int ops = 50;  // random user actions per device
    std::uint64_t seed = 1;
    std::string username;
    std::string password;
    std::string work_dir;           // the stores go here (the caller creates and removes it)
    double sync_probability = 0.2;  // a device syncs after an action with this probability
    sync::RetryPolicy retry{3, std::chrono::milliseconds(200), std::chrono::milliseconds(2000),
                            0.2};
    // The final syncs and the sign-ins retry for at most this long (by the clock).
    std::chrono::milliseconds verify_timeout{std::chrono::seconds(60)};
    bool seeded_ids = false;  // device and record ids from the seed (tests); else random
    // Device i uses sessions[i] instead of signing in, when there is one; the
    // fresh device of verify() uses sessions[devices].
    std::vector<Session> sessions;
    std::ostream* log = nullptr;
};

struct SimReport {
    int devices = 0;
    std::size_t operations = 0;
    std::size_t changes_saved = 0;
    std::size_t changes_pushed = 0;  // answered applied or duplicate
    std::size_t changes_rejected = 0;
    std::size_t changes_pulled = 0;
    std::size_t syncs = 0;
    std::size_t syncs_failed = 0;  // offline, failed... (the run carries on)
    bool verified = false;
    std::size_t lost = 0;
    std::size_t duplicated = 0;
    std::size_t mismatched = 0;  // device records that differ from the server's
    bool converged = false;
    std::string digest;                 // the server's content digest (hex)
    std::vector<std::string> problems;  // readable, at most 50

    bool ok() const { return verified && converged && lost == 0 && duplicated == 0; }
    // {"devices":4,"changes_pushed":...,"lost":0,"duplicated":0,"converged":true,...}
    nlohmann::ordered_json to_json() const;
};

// Makes the transport of device `index` (-1: the fresh verifying device).
using TransportFactory = std::function<std::unique_ptr<sync::Transport>(int index)>;

class Simulator {
public:
    Simulator(SimOptions options, TransportFactory transports, sync::Clock& clock);
    ~Simulator();
    Simulator(const Simulator&) = delete;
    Simulator& operator=(const Simulator&) = delete;

    // Opens every device's store and signs it in (retrying up to
    // verify_timeout while the server cannot be reached).
    std::optional<Error> start();
    // One random action of a random device, then maybe a sync of it.
    void step();
    // devices * ops steps.
    void run();
    // One sync of a device (signs it in again when its token was refused).
    sync::SyncResult sync(int index);
    // The app was killed: closes the device's store and opens it from disk.
    void reopen(int index);
    // See the top of this file.
    SimReport verify();

    int device_count() const { return static_cast<int>(devices_.size()); }
    store::DeviceStore& store(int index);
    std::mt19937_64& rng() { return rng_; }
    const SimReport& report() const { return report_; }

private:
    struct Device;
    struct Expected;

    void open(Device& d);
    Result<sync::SignIn> sign_in(Device& d);
    std::optional<Error> enrol(Device& d, std::size_t slot);
    void act(Device& d);
    void create_contact(Device& d);
    void edit_contact(Device& d);
    void delete_contact(Device& d);
    void create_visit(Device& d);
    void edit_visit(Device& d);
    void delete_visit(Device& d);
    void start_patrol(Device& d);
    void end_patrol(Device& d);
    void record_contact(Device& d, const std::string& id, const std::vector<std::string>& keys,
                        const std::string& before_hlc);
    void record_whole(Device& d, Entity entity, const std::string& id,
                      const std::string& before_hlc, bool deleted);
    void problem(std::string text);
    std::int64_t now_ms();
    std::string text(std::string_view prefix);

    SimOptions options_;
    TransportFactory transports_;
    sync::Clock& clock_;
    std::mt19937_64 rng_;
    std::vector<std::unique_ptr<Device>> devices_;
    std::map<std::string, Expected> expected_;
    std::map<std::tuple<Entity, std::string, std::string>, int> applied_;
    std::set<std::string> pulled_ids_;
    SimReport report_;
    std::uint64_t counter_ = 0;
};

}  // namespace ronde::sim
