// The subcommands of ronde-server. Each takes the arguments after its name,
// reads stdin only where it says so, writes to out/err, and returns the
// process exit code (0 success, 1 failure, 2 usage error). Each accepts
// --help. Each creates and migrates the database when needed.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace ronde::server {

using Args = std::vector<std::string>;

// serve --db FILE --listen HOST:PORT [--tls-cert F --tls-key F] [--max-body BYTES] ...
int run_serve(const Args& args, std::ostream& out, std::ostream& err);
// unit add --db FILE --code CODE --name NAME
int run_unit_add(const Args& args, std::ostream& out, std::ostream& err);
// user add --db FILE --unit CODE --username NAME --role R --display-name TEXT
// (password: first line of `in`)
int run_user_add(const Args& args, std::istream& in, std::ostream& out, std::ostream& err);
// user disable|enable --db FILE --username NAME
int run_user_set_disabled(const Args& args, bool disabled, std::ostream& out, std::ostream& err);
// user password --db FILE --username NAME (password: first line of `in`)
int run_user_password(const Args& args, std::istream& in, std::ostream& out, std::ostream& err);
// demo-seed --db FILE
int run_demo_seed(const Args& args, std::ostream& out, std::ostream& err);
// backup --db FILE --to FILE
int run_backup(const Args& args, std::ostream& out, std::ostream& err);
// restore --from BACKUP --db FILE (FILE must not exist)
int run_restore(const Args& args, std::ostream& out, std::ostream& err);
// device revoke --db FILE --device ID
int run_device_revoke(const Args& args, std::ostream& out, std::ostream& err);
// audit verify --db FILE (exit 1 naming the first bad entry)
int run_audit_verify(const Args& args, std::ostream& out, std::ostream& err);
// audit list --db FILE [--unit CODE] [--user NAME] [--after SEQ] [--limit N] [--format F]
int run_audit_list(const Args& args, std::ostream& out, std::ostream& err);

}  // namespace ronde::server
