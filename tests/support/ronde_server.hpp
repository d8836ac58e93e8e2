// Runs the real ronde-server binary for tests: admin subcommands as child
// processes (password on stdin), and `serve` on 127.0.0.1 with a free port
// and a temporary SQLite file. The binary is RONDE_BINARY_DIR/bin/ronde-server.
#pragma once

#include "http_client.hpp"

#include <sys/types.h>

#include <chrono>
#include <csignal>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ronde::test {

// A fresh directory under the system temp dir, removed with its contents.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::string& path() const { return path_; }
    std::string file(std::string_view name) const { return path_ + "/" + std::string(name); }

private:
    std::string path_;
};

std::string ronde_server_binary();

struct CommandResult {
    int exit_code = -1;
    std::string output;  // stdout and stderr, interleaved
};

// Runs `ronde-server args...` with `stdin_text` on its standard input.
CommandResult run_ronde_server(const std::vector<std::string>& args,
                               std::string_view stdin_text = {});

// Runs `program args...` (found on PATH) and returns its exit code and output.
CommandResult run_program(const std::vector<std::string>& argv, std::string_view stdin_text = {});

// Any program as a child process (stdout and stderr to `log_path`), sent
// `final_signal` (and waited for) when destroyed if still running. nginx
// needs SIGTERM there: its workers outlive a SIGKILLed master.
class ChildProcess {
public:
    ChildProcess(const std::vector<std::string>& argv, const std::string& log_path,
                 int final_signal = SIGKILL);
    ~ChildProcess();
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;
    pid_t pid() const { return pid_; }
    // Sends `sig` and waits for the exit: the exit code, or 128 + signal.
    int stop(int sig = SIGTERM);

private:
    pid_t pid_ = -1;
    int final_signal_ = SIGKILL;
};

// True once something accepts TCP connections on 127.0.0.1:port (polls
// until `timeout`).
bool wait_for_port(std::uint16_t port, std::chrono::milliseconds timeout);

// `ronde-server serve` as a child process.
class ServerProcess {
public:
    // Starts serving `db` on 127.0.0.1:0 with `extra` flags, and waits (up
    // to 30 s) for the "listening on http://127.0.0.1:PORT" line. stderr (the
    // request log) goes to `log_path`. Throws std::runtime_error on failure.
    ServerProcess(std::string db, std::string log_path, std::vector<std::string> extra = {});
    ~ServerProcess();  // SIGKILL if still running
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    std::uint16_t port() const { return port_; }
    pid_t pid() const { return pid_; }
    const std::string& first_line() const { return first_line_; }
    HttpClient client() const { return HttpClient(port_); }

    // Sends `sig` and waits for the exit: the exit code, or 128 + signal.
    int stop(int sig = SIGTERM);
    bool running() const { return pid_ > 0; }
    // Resident memory of the process, from /proc/PID/status (VmRSS).
    long rss_kb() const;
    std::string log() const;

private:
    pid_t pid_ = -1;
    int stdout_fd_ = -1;
    std::uint16_t port_ = 0;
    std::string first_line_;
    std::string log_path_;
};

// A unit with accounts, made through the CLI, and a server on it.
struct Account {
    std::string username;
    std::string password;
    std::string role;
};

void add_unit(const std::string& db, const std::string& code, const std::string& name);
void add_user(const std::string& db, const std::string& unit_code, const Account& account);

// A device that logged in: its id and its bearer token.
struct DeviceSession {
    std::string device_id;
    std::string token;
    std::string user_id;
    std::string unit_id;
};

// Logs in with a new random device id; throws when the login fails.
DeviceSession login(const HttpClient& client, const std::string& username,
                    const std::string& password, const std::string& device_id = {});

}  // namespace ronde::test
