// One error type for the whole core: a stable snake_case code, a readable
// English sentence, and the path of the offending field ("data.position.lat").
// The server maps codes to HTTP statuses; the app maps them to translated
// sentences. Result<T> carries a value or an Error, never both.
#pragma once

#include <string>
#include <type_traits>
#include <utility>
#include <variant>

namespace ronde {

struct Error {
    std::string code;     // stable snake_case, e.g. "invalid_enum"
    std::string message;  // readable English sentence
    std::string field;    // dotted path, empty when the error is not about a field

    bool operator==(const Error&) const = default;
};

// Builds an Error; `field` may be empty.
Error make_error(std::string code, std::string message, std::string field = {});

template <class T>
class Result {
public:
    // Both implicit by design. Result<Error> has only the first (its Error is
    // the value); build its failures with Result::failure.
    Result(T value) : v_(std::in_place_index<0>, std::move(value)) {}  // NOLINT
    Result(Error error) requires(!std::is_same_v<T, Error>)            // NOLINT
        : v_(std::in_place_index<1>, std::move(error)) {}
    // The failure alternative, spelled out; works for every T.
    static Result failure(Error error) { return Result(std::in_place_index<1>, std::move(error)); }

    bool ok() const noexcept { return v_.index() == 0; }
    explicit operator bool() const noexcept { return ok(); }

    T& value() & { return std::get<0>(v_); }
    const T& value() const& { return std::get<0>(v_); }
    T&& value() && { return std::get<0>(std::move(v_)); }
    const Error& error() const { return std::get<1>(v_); }

    T* operator->() { return &std::get<0>(v_); }
    const T* operator->() const { return &std::get<0>(v_); }

private:
    Result(std::in_place_index_t<1> tag, Error error) : v_(tag, std::move(error)) {}

    std::variant<T, Error> v_;
};

}  // namespace ronde
