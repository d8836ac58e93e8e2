// Flag parsing shared by the admin subcommands (unit add, user add, backup,
// demo-seed): "--flag VALUE" pairs and --help, with usage errors that name
// the command.
#pragma once

#include "cli/commands.hpp"

#include <initializer_list>
#include <iosfwd>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace ronde::server::cli {

struct ParsedFlags {
    std::map<std::string, std::string, std::less<>> values;
    std::string get(std::string_view flag) const {
        auto it = values.find(flag);
        return it == values.end() ? std::string() : it->second;
    }
};

// Parses `args` against the allowed flags (all take a value). Returns the
// exit code when the command must stop: 0 after --help (usage printed to
// `out`), 2 on a missing value, an unknown flag or a missing required flag
// (message to `err`). --db falls back to $RONDE_DB.
std::optional<int> parse_flags(std::string_view command, std::string_view usage, const Args& args,
                               std::initializer_list<std::string_view> allowed,
                               std::initializer_list<std::string_view> required,
                               ParsedFlags& out_flags, std::ostream& out, std::ostream& err);

}  // namespace ronde::server::cli
