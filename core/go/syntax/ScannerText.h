#pragma once

// The scanner's character classes and the way gc's messages print characters. Internal
// to the scanner (Scanner.cpp, ScannerLiterals.cpp); stateless, thread-safe.

#include <QString>

namespace cacophony::go::scannertext {

constexpr char32_t kEof = char32_t(-1);

constexpr char32_t lower(char32_t c) { return ('a' - 'A') | c; } // lower case iff c is an ASCII letter
constexpr bool isLetter(char32_t c) { return ('a' <= lower(c) && lower(c) <= 'z') || c == '_'; }
constexpr bool isDecimal(char32_t c) { return '0' <= c && c <= '9'; }
constexpr bool isHex(char32_t c) { return isDecimal(c) || ('a' <= lower(c) && lower(c) <= 'f'); }

// Go's %#U: U+0040 '@' (the character only if printable).
QString unicodeText(char32_t c);
// Go's %q of a rune: 'x', '\n', '\x00'.
QString quoteRune(char32_t c);

} // namespace cacophony::go::scannertext
