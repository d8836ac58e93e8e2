// Folding of text for accent- and case-insensitive search: ASCII letters are
// lowercased, the letters of Latin-1 Supplement and Latin Extended-A lose
// their accents ("Élodie Lefèvre" -> "elodie lefevre", "Œuvre" -> "oeuvre"),
// combining accents are dropped and typographic apostrophes become "'".
// Other characters are kept as they are. Pure function, thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace ronde::store {

std::string fold_for_search(std::string_view utf8);

}  // namespace ronde::store
