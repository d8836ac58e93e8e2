#include "ronde/store/text_fold.hpp"

#include <cstdint>

namespace ronde::store {
namespace {

// U+00C0..U+00FF, one entry per code point; null: keep the character.
constexpr const char* kLatin1[64] = {
    "a", "a", "a", "a", "a", "a", "ae", "c",     "e", "e", "e", "e", "i", "i", "i",  "i",   // C0
    "d", "n", "o", "o", "o", "o", "o",  nullptr, "o", "u", "u", "u", "u", "y", "th", "ss",  // D0
    "a", "a", "a", "a", "a", "a", "ae", "c",     "e", "e", "e", "e", "i", "i", "i",  "i",   // E0
    "d", "n", "o", "o", "o", "o", "o",  nullptr, "o", "u", "u", "u", "u", "y", "th", "y",   // F0
};

// U+0100..U+017F (Latin Extended-A) as ranges of one base letter.
struct Range {
    char32_t first;
    char32_t last;
    const char* folded;
};
constexpr Range kExtendedA[] = {
    {0x100, 0x105, "a"}, {0x106, 0x10D, "c"},  {0x10E, 0x111, "d"}, {0x112, 0x11B, "e"},
    {0x11C, 0x123, "g"}, {0x124, 0x127, "h"},  {0x128, 0x131, "i"}, {0x132, 0x133, "ij"},
    {0x134, 0x135, "j"}, {0x136, 0x138, "k"},  {0x139, 0x142, "l"}, {0x143, 0x14B, "n"},
    {0x14C, 0x151, "o"}, {0x152, 0x153, "oe"}, {0x154, 0x159, "r"}, {0x15A, 0x161, "s"},
    {0x162, 0x167, "t"}, {0x168, 0x173, "u"},  {0x174, 0x175, "w"}, {0x176, 0x178, "y"},
    {0x179, 0x17E, "z"}, {0x17F, 0x17F, "s"},
};

// Decodes one UTF-8 sequence at text[i]; returns its length, 0 when invalid.
std::size_t decode(std::string_view text, std::size_t i, char32_t& cp) {
    const auto b0 = static_cast<unsigned char>(text[i]);
    std::size_t len = 0;
    if (b0 < 0x80) {
        cp = b0;
        return 1;
    }
    if ((b0 & 0xE0) == 0xC0) {
        len = 2;
        cp = b0 & 0x1F;
    } else if ((b0 & 0xF0) == 0xE0) {
        len = 3;
        cp = b0 & 0x0F;
    } else if ((b0 & 0xF8) == 0xF0) {
        len = 4;
        cp = b0 & 0x07;
    } else {
        return 0;
    }
    if (i + len > text.size()) {
        return 0;
    }
    for (std::size_t k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(text[i + k]);
        if ((b & 0xC0) != 0x80) {
            return 0;
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    return len;
}

}  // namespace

std::string fold_for_search(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    std::size_t i = 0;
    while (i < utf8.size()) {
        char32_t cp = 0;
        const std::size_t len = decode(utf8, i, cp);
        if (len == 0) {
            out.push_back(utf8[i]);  // not UTF-8: keep the byte
            ++i;
            continue;
        }
        const char* folded = nullptr;
        if (cp < 0x80) {
            const char c = static_cast<char>(cp);
            out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
            i += len;
            continue;
        }
        if (cp >= 0xC0 && cp <= 0xFF) {
            folded = kLatin1[cp - 0xC0];
        } else if (cp >= 0x100 && cp <= 0x17F) {
            for (const Range& r : kExtendedA) {
                if (cp >= r.first && cp <= r.last) {
                    folded = r.folded;
                    break;
                }
            }
        } else if (cp >= 0x300 && cp <= 0x36F) {
            folded = "";  // combining accent of decomposed text
        } else if (cp == 0x2018 || cp == 0x2019 || cp == 0x02BC) {
            folded = "'";
        }
        if (folded != nullptr) {
            out += folded;
        } else {
            out.append(utf8.substr(i, len));
        }
        i += len;
    }
    return out;
}

}  // namespace ronde::store
