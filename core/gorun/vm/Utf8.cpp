#include "gorun/vm/Utf8.h"

namespace cacophony::gorun {

std::int32_t decodeRune(std::string_view s, int *width)
{
    *width = 1;
    if (s.empty())
        return 0xFFFD;
    const auto b = [&](std::size_t i) { return std::uint8_t(s[i]); };
    const std::uint8_t c = b(0);
    if (c < 0x80)
        return c;
    int n = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
    if (n == 0 || s.size() < std::size_t(n))
        return 0xFFFD;
    std::int32_t r = n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;
    for (int i = 1; i < n; ++i) {
        if ((b(std::size_t(i)) & 0xC0) != 0x80)
            return 0xFFFD;
        r = (r << 6) | (b(std::size_t(i)) & 0x3F);
    }
    if ((n == 3 && (r < 0x800 || (r >= 0xD800 && r <= 0xDFFF))) || (n == 4 && (r < 0x10000 || r > 0x10FFFF)))
        return 0xFFFD;
    *width = n;
    return r;
}

std::string encodeRune(std::int64_t r)
{
    if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
        r = 0xFFFD;
    std::string s;
    if (r < 0x80) {
        s.push_back(char(r));
    } else if (r < 0x800) {
        s.push_back(char(0xC0 | (r >> 6)));
        s.push_back(char(0x80 | (r & 0x3F)));
    } else if (r < 0x10000) {
        s.push_back(char(0xE0 | (r >> 12)));
        s.push_back(char(0x80 | ((r >> 6) & 0x3F)));
        s.push_back(char(0x80 | (r & 0x3F)));
    } else {
        s.push_back(char(0xF0 | (r >> 18)));
        s.push_back(char(0x80 | ((r >> 12) & 0x3F)));
        s.push_back(char(0x80 | ((r >> 6) & 0x3F)));
        s.push_back(char(0x80 | (r & 0x3F)));
    }
    return s;
}

} // namespace cacophony::gorun
