// Reads a push request body (POST /api/v1/sync/push) straight from its text,
// decoding visit changes into Visit without building a JSON tree: the common
// case of the push route, where the tree cost about a third of the push.
// It answers only when it agrees with the tree path (parse_json, then
// decode_push_request, decode_change and decode_visit): on any error or
// doubt (malformed text, a refused envelope, a non-canonical visit, a value
// of the wrong type, an unknown key...) it returns nothing and the caller
// takes the tree path, which words every error as before. Contacts, patrols,
// tombstones and visits it does not take get their own tree, parsed from
// their text: the same tree as the document's.
#pragma once

#include "ronde/codec.hpp"
#include "ronde/domain.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ronde::server {

// A visit change decoded from canonical text (what dump() writes: sorted
// keys, no spaces, no escapes, numbers in dump()'s form).
struct DirectVisit {
    Change change;               // the envelope; change.data stays null
    Visit visit;                 // what decode_visit(data) returns
    bool has_follow_up = false;  // data has a follow_up that is not null
    std::string_view data_text;  // data as received; equal to data.dump()
};

// One change of the body, in request order.
struct BodyChange {
    std::string_view text;              // the change's text in the body
    std::optional<DirectVisit> direct;  // set when decoded without a tree
    Json tree;                          // the change's value otherwise
};

// A push body the tree path would accept (decode_push_request succeeds).
// Views point into the text given to read_push_body.
struct PushBody {
    std::string batch_id;
    std::vector<BodyChange> changes;
    std::string_view changes_text;   // the "changes" array as received
    bool changes_canonical = false;  // changes_text == body["changes"].dump()
};

// Nothing unless the body is exactly {"batch_id":…,"changes":[…],"protocol":1}
// with no spaces outside the changes, a valid batch id and at most
// max_changes changes; then each change is a DirectVisit when it is a
// canonical, decodable visit, else its tree. Never throws.
std::optional<PushBody> read_push_body(std::string_view text, std::size_t max_changes);

// body["changes"].dump() of the body read (the push digest's input), from
// the text of the changes already canonical and the trees of the others.
std::string canonical_changes(const PushBody& body);

}  // namespace ronde::server
