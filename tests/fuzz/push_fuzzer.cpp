// Fuzzes what the server does with a push body before touching storage:
// parse_json → decode_push_request → decode_change → validate_change, and the
// encoders on what decoded. Any crash, leak, UB or escaped exception is a bug.
#include "ronde/codec.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto json = ronde::parse_json(text);
    if (!json) {
        return 0;
    }
    auto push = ronde::decode_push_request(json.value());
    if (!push) {
        // A bare change is worth exercising too.
        if (auto change = ronde::decode_change(json.value())) {
            (void)ronde::validate_change(change.value());
            (void)ronde::encode(change.value()).dump();
        }
        return 0;
    }
    for (const auto& raw : push->changes) {
        auto change = ronde::decode_change(raw);
        if (!change) {
            (void)ronde::encode_error(change.error()).dump();
            continue;
        }
        if (auto error = ronde::validate_change(change.value())) {
            (void)ronde::encode_error(*error).dump();
        }
        (void)ronde::encode(change.value()).dump();
    }
    (void)ronde::encode(push.value()).dump();
    return 0;
}
