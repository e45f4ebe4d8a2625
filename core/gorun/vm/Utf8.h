#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace cacophony::gorun {

// UTF-8 as Go's unicode/utf8: an invalid or truncated sequence decodes to U+FFFD of width 1;
// an invalid rune (a surrogate, above U+10FFFF, negative) encodes as U+FFFD.
std::int32_t decodeRune(std::string_view s, int *width);
std::string encodeRune(std::int64_t r);

} // namespace cacophony::gorun
