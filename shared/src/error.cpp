#include "ronde/error.hpp"

namespace ronde {

Error make_error(std::string code, std::string message, std::string field) {
    return Error{std::move(code), std::move(message), std::move(field)};
}

}  // namespace ronde
