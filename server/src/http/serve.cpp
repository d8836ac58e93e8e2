// ronde-server serve: opens the store, builds the services and the Api, and
// serves them over HTTP(S) until SIGINT or SIGTERM. Lives beside the adapter
// (not in cli/) so that the static libraries link in one direction:
// ronde-server-http -> ronde-server-core.
#include "api/supervisor_routes.hpp"
#include "cli/serve_options.hpp"
#include "ronde/hlc.hpp"
#include "services/admin_service.hpp"
#include "services/audit_service.hpp"
#include "services/device_event_service.hpp"
#include "services/export_service.hpp"
#include "services/supervisor_service.hpp"
#include "store/export_source.hpp"
#include "store/store.hpp"

#include <pthread.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <exception>
#include <mutex>
#include <ostream>
#include <stop_token>
#include <thread>

namespace ronde::server {

int run_serve(const Args& args, std::ostream& out, std::ostream& err) {
    auto parsed = parse_serve_options(args, out, err);
    if (const int* exit_code = std::get_if<int>(&parsed)) {
        return *exit_code;
    }
    const ServeOptions& o = std::get<ServeOptions>(parsed);

    // SIGINT/SIGTERM are taken by sigwait() below: block them before any
    // thread exists so that every thread inherits the mask.
    sigset_t stop_signals;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGINT);
    sigaddset(&stop_signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

#if defined(__GLIBC__)
    // glibc gives each thread of cpprestsdk's pool its own malloc arena and
    // keeps the pages of freed request bodies in each: 150 MB of RSS after a
    // 50,000-change sync instead of under 50 MB with two arenas, at no
    // measurable cost in throughput (docs/PERFORMANCE.md).
    mallopt(M_ARENA_MAX, 2);
#endif
    try {
        const std::unique_ptr<Store> store = open_sqlite_store(o.db);
        AuthService auth(*store, o.auth, &system_millis);
        SyncService sync(*store, o.sync, &system_millis);
        AuditService audit(*store, &system_millis);
        const std::unique_ptr<ExportSource> export_source = open_sqlite_export_source(o.db);
        ExportService exports(*export_source, audit_journal(audit));
        Api api(auth, sync, o.api, &err);
        api.set_exports(&exports);
        DeviceEventService device_events(*store, audit, &system_millis);
        api.set_device_events(&device_events);
        SupervisorConfig supervisor_config;
        supervisor_config.patrol_visit_days = o.sync.patrol_visit_days;
        SupervisorService supervisor(*store, audit, supervisor_config, &system_millis);
        // Filtered exports read the derived tables: bring them up to date first.
        exports.set_refresh([&supervisor] { supervisor.derive_pending_records(); });
        AdminService admin(*store, auth, audit);
        SupervisorRoutes supervisor_routes(supervisor, admin);
        api.set_supervisor(&supervisor_routes);
        // The supervisor tables are derived after the pushes, off their
        // path (migration 0003): here once no device has synced for 3 s (a
        // chunk at a time, giving way as soon as one does), and before any
        // supervisor query.
        std::jthread deriver([&supervisor, &api, &err](std::stop_token stop) {
            const auto devices_idle = [&api, &stop] {
                return !stop.stop_requested() &&
                       api.since_last_sync_request() >= std::chrono::seconds(3);
            };
            std::mutex m;
            std::condition_variable_any wake;
            std::unique_lock lock(m);
            for (;;) {
                wake.wait_for(lock, stop, std::chrono::seconds(3), [] { return false; });
                if (stop.stop_requested()) {
                    return;
                }
                try {
                    if (devices_idle()) {
                        supervisor.derive_pending_records(devices_idle);
                    }
                } catch (const std::exception& e) {
                    err << "ronde-server: deriving the supervisor tables: " << e.what()
                        << std::endl;
                }
            }
        });
        // Stored push answers past their retention (PROTOCOL.md §6.2) are
        // deleted at start and then hourly, a chunk per short transaction.
        std::jthread pruner([&sync, &err](std::stop_token stop) {
            std::mutex m;
            std::condition_variable_any wake;
            std::unique_lock lock(m);
            while (!stop.stop_requested()) {
                try {
                    sync.prune_batches([&stop] { return !stop.stop_requested(); });
                } catch (const std::exception& e) {
                    err << "ronde-server: deleting old push answers: " << e.what() << std::endl;
                }
                wake.wait_for(lock, stop, std::chrono::hours(1), [] { return false; });
            }
        });
        HttpServer server(api, o.http);
        server.start();
        out << "listening on " << server.url() << std::endl;

        int signal_number = 0;
        sigwait(&stop_signals, &signal_number);
        err << "ronde-server: " << (signal_number == SIGINT ? "SIGINT" : "SIGTERM")
            << ", stopping (requests in flight finish)" << std::endl;
        server.stop(std::chrono::seconds(10));
        err << "ronde-server: stopped" << std::endl;
        // Then the Api, the services and last the store are destroyed, in
        // reverse order of construction.
    } catch (const std::exception& e) {
        err << "ronde-server serve: " << e.what() << "\n";
        return 1;
    }
    return 0;
}

}  // namespace ronde::server
