#include "ronde_server.hpp"

#include "ronde/uuid.hpp"

#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace ronde::test {

namespace {

// Forks and execs argv with stdin from a pipe fed `stdin_text`; stdout to
// `stdout_fd` and stderr to `stderr_fd` (-1: inherit). Returns the pid.
pid_t spawn(const std::vector<std::string>& argv, std::string_view stdin_text, int stdout_fd,
            int stderr_fd, bool search_path) {
    int in_pipe[2];
    if (::pipe2(in_pipe, O_CLOEXEC) != 0) {
        throw std::runtime_error("pipe failed");
    }
    std::vector<char*> args;
    for (const auto& a : argv) {
        args.push_back(const_cast<char*>(a.c_str()));
    }
    args.push_back(nullptr);
    const pid_t pid = ::fork();
    if (pid < 0) {
        throw std::runtime_error("fork failed");
    }
    if (pid == 0) {
        ::dup2(in_pipe[0], 0);
        if (stdout_fd >= 0) {
            ::dup2(stdout_fd, 1);
        }
        if (stderr_fd >= 0) {
            ::dup2(stderr_fd, 2);
        }
        if (search_path) {
            ::execvp(args[0], args.data());
        } else {
            ::execv(args[0], args.data());
        }
        ::_exit(127);
    }
    ::close(in_pipe[0]);
    std::string_view rest = stdin_text;
    while (!rest.empty()) {
        const ssize_t n = ::write(in_pipe[1], rest.data(), rest.size());
        if (n <= 0) {
            break;
        }
        rest.remove_prefix(static_cast<std::size_t>(n));
    }
    ::close(in_pipe[1]);
    return pid;
}

CommandResult run_capture(const std::vector<std::string>& argv, std::string_view stdin_text,
                          bool search_path) {
    int out_pipe[2];
    if (::pipe2(out_pipe, O_CLOEXEC) != 0) {
        throw std::runtime_error("pipe failed");
    }
    const pid_t pid = spawn(argv, stdin_text, out_pipe[1], out_pipe[1], search_path);
    ::close(out_pipe[1]);
    CommandResult result;
    char buf[4096];
    ssize_t n;
    while ((n = ::read(out_pipe[0], buf, sizeof buf)) > 0) {
        result.output.append(buf, static_cast<std::size_t>(n));
    }
    ::close(out_pipe[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return result;
}

}  // namespace

TempDir::TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "ronde-test-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) {
        throw std::runtime_error("mkdtemp failed");
    }
    path_ = pattern;
}

TempDir::~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
}

std::string ronde_server_binary() {
    return std::string(RONDE_BINARY_DIR) + "/bin/ronde-server";
}

CommandResult run_ronde_server(const std::vector<std::string>& args, std::string_view stdin_text) {
    std::vector<std::string> argv{ronde_server_binary()};
    argv.insert(argv.end(), args.begin(), args.end());
    return run_capture(argv, stdin_text, false);
}

CommandResult run_program(const std::vector<std::string>& argv, std::string_view stdin_text) {
    return run_capture(argv, stdin_text, true);
}

ServerProcess::ServerProcess(std::string db, std::string log_path, std::vector<std::string> extra)
    : log_path_(std::move(log_path)) {
    std::vector<std::string> argv{ronde_server_binary(), "serve", "--db", db, "--listen",
                                  "127.0.0.1:0"};
    argv.insert(argv.end(), extra.begin(), extra.end());
    int out_pipe[2];
    if (::pipe2(out_pipe, O_CLOEXEC) != 0) {
        throw std::runtime_error("pipe failed");
    }
    const int log_fd = ::open(log_path_.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    pid_ = spawn(argv, {}, out_pipe[1], log_fd, false);
    ::close(out_pipe[1]);
    ::close(log_fd);
    stdout_fd_ = out_pipe[0];

    // The first line, within 30 s.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (first_line_.find('\n') == std::string::npos) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        pollfd p{stdout_fd_, POLLIN, 0};
        if (left.count() <= 0 || ::poll(&p, 1, static_cast<int>(left.count())) <= 0) {
            stop(SIGKILL);
            throw std::runtime_error("ronde-server printed no first line in 30 s; log: " + log());
        }
        char c;
        if (::read(stdout_fd_, &c, 1) != 1) {
            stop(SIGKILL);
            throw std::runtime_error("ronde-server exited before listening; log: " + log());
        }
        first_line_ += c;
    }
    first_line_.pop_back();
    const std::string prefix = "listening on http://127.0.0.1:";
    const std::string tls_prefix = "listening on https://127.0.0.1:";
    const std::string& p = first_line_.starts_with(prefix) ? prefix : tls_prefix;
    if (!first_line_.starts_with(p)) {
        stop(SIGKILL);
        throw std::runtime_error("unexpected first line: " + first_line_);
    }
    port_ = static_cast<std::uint16_t>(std::stoi(first_line_.substr(p.size())));
}

ServerProcess::~ServerProcess() {
    if (pid_ > 0) {
        stop(SIGKILL);
    }
}

int ServerProcess::stop(int sig) {
    if (pid_ <= 0) {
        return -1;
    }
    ::kill(pid_, sig);
    int status = 0;
    ::waitpid(pid_, &status, 0);
    pid_ = -1;
    if (stdout_fd_ >= 0) {
        ::close(stdout_fd_);
        stdout_fd_ = -1;
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

long ServerProcess::rss_kb() const {
    std::ifstream status("/proc/" + std::to_string(pid_) + "/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.starts_with("VmRSS:")) {
            return std::stol(line.substr(6));
        }
    }
    return -1;
}

std::string ServerProcess::log() const {
    std::ifstream in(log_path_);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

ChildProcess::ChildProcess(const std::vector<std::string>& argv, const std::string& log_path,
                           int final_signal)
    : final_signal_(final_signal) {
    const int log_fd = ::open(log_path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    pid_ = spawn(argv, {}, log_fd, log_fd, true);
    ::close(log_fd);
}

ChildProcess::~ChildProcess() {
    if (pid_ > 0) {
        stop(final_signal_);
    }
}

int ChildProcess::stop(int sig) {
    if (pid_ <= 0) {
        return -1;
    }
    ::kill(pid_, sig);
    int status = 0;
    ::waitpid(pid_, &status, 0);
    pid_ = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

bool wait_for_port(std::uint16_t port, std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
        if (HttpClient(port).can_connect()) {
            return true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return false;
}

void add_unit(const std::string& db, const std::string& code, const std::string& name) {
    const auto r = run_ronde_server({"unit", "add", "--db", db, "--code", code, "--name", name});
    if (r.exit_code != 0) {
        throw std::runtime_error("unit add failed: " + r.output);
    }
}

void add_user(const std::string& db, const std::string& unit_code, const Account& account) {
    const auto r = run_ronde_server(
        {"user", "add", "--db", db, "--unit", unit_code, "--username", account.username, "--role",
         account.role, "--display-name", "Gendarme " + account.username},
        account.password + "\n");
    if (r.exit_code != 0) {
        throw std::runtime_error("user add failed: " + r.output);
    }
}

DeviceSession login(const HttpClient& client, const std::string& username,
                    const std::string& password, const std::string& device_id) {
    DeviceSession s;
    s.device_id = device_id.empty() ? UuidV7Generator().next() : device_id;
    const nlohmann::json body = {{"username", username},
                                 {"password", password},
                                 {"device", {{"id", s.device_id}, {"name", "Tablette test"}}}};
    const HttpReply reply = client.post_json("/api/v1/auth/login", body.dump());
    if (reply.status != 200) {
        throw std::runtime_error("login of " + username + " failed: " +
                                 std::to_string(reply.status) + " " + reply.body + reply.error);
    }
    const auto j = nlohmann::json::parse(reply.body);
    s.token = j.at("token").get<std::string>();
    s.user_id = j.at("user").at("id").get<std::string>();
    s.unit_id = j.at("unit").at("id").get<std::string>();
    return s;
}

}  // namespace ronde::test
