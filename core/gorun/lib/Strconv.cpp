// Package strconv: the common conversions. Errors read as Go's *NumError prints them.
#include "gorun/lib/Natives.h"
#include "gorun/lib/Printer.h"

#include "gorun/vm/Machine.h"
#include "gorun/vm/Utf8.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>

namespace cacophony::gorun {

namespace {

using S = std::string_view;

Word error(NativeCall &c, const char *fn, S input, const char *why)
{
    const std::string text = std::string("strconv.") + fn + ": parsing " + quote(input) + ": " + why;
    return word(c.m.heap().make<IfaceObj>(0, Heap::errorStringType(), c.m.heap().strWord(text)));
}

// Go's ParseInt/ParseUint syntax: optional sign (signed only), base prefixes when base is 0, underscores only with base 0.
bool parseInteger(S s, int base, bool isSigned, int bits, std::int64_t *out, const char **why)
{
    *why = "invalid syntax";
    if (s.empty())
        return false;
    bool neg = false;
    std::size_t i = 0;
    if (isSigned && (s[0] == '+' || s[0] == '-')) {
        neg = s[0] == '-';
        i = 1;
    }
    bool underscores = false;
    if (base == 0) {
        base = 10;
        underscores = true;
        if (s.size() > i + 1 && s[i] == '0') {
            const char p = char(s[i + 1] | 0x20);
            if (p == 'x') base = 16, i += 2;
            else if (p == 'b') base = 2, i += 2;
            else if (p == 'o') base = 8, i += 2;
            else base = 8, i += 1;
        }
    }
    if (base < 2 || base > 36) {
        *why = "invalid base";
        return false;
    }
    if (i >= s.size())
        return false;
    std::uint64_t v = 0;
    bool overflow = false;
    for (; i < s.size(); ++i) {
        const char ch = s[i];
        if (ch == '_' && underscores)
            continue;
        int d = ch >= '0' && ch <= '9' ? ch - '0' : (ch | 0x20) >= 'a' && (ch | 0x20) <= 'z' ? (ch | 0x20) - 'a' + 10 : 99;
        if (d >= base)
            return false;
        overflow = overflow || __builtin_mul_overflow(v, std::uint64_t(base), &v)
                   || __builtin_add_overflow(v, std::uint64_t(d), &v);
    }
    const std::uint64_t limit = isSigned ? (std::uint64_t(1) << (bits - 1)) - (neg ? 0 : 1)
                                         : bits == 64 ? ~std::uint64_t(0) : (std::uint64_t(1) << bits) - 1;
    if (overflow || v > limit) {
        *why = "value out of range"; // Go's result: the limit, with its sign
        *out = neg ? std::int64_t(Word(0) - limit) : std::int64_t(limit);
        return false;
    }
    *out = neg ? std::int64_t(Word(0) - Word(v)) : std::int64_t(Word(v));
    return true;
}

NativeStatus parseInt(NativeCall &c, const char *fn, bool isSigned, int base, int bits)
{
    std::int64_t v = 0;
    const char *why = nullptr;
    const bool ok = parseInteger(stringOf(c.args[0]), base, isSigned, bits == 0 ? 64 : bits, &v, &why);
    c.results[0] = Word(v);
    c.results[1] = ok ? 0 : error(c, fn, stringOf(c.args[0]), why);
    if (!ok && std::string_view(why) == "invalid syntax")
        c.results[0] = 0;
    return NativeStatus::Done;
}

std::string formatInt(Word v, bool isSigned, int base)
{
    if (base < 2 || base > 36)
        return {};
    const bool neg = isSigned && std::int64_t(v) < 0;
    Word m = neg ? Word(0) - v : v;
    std::string s;
    do {
        s.insert(s.begin(), "0123456789abcdefghijklmnopqrstuvwxyz"[m % Word(base)]);
        m /= Word(base);
    } while (m);
    return neg ? "-" + s : s;
}

} // namespace

std::vector<Native> strconvNatives()
{
    return {
        {"strconv.Atoi", [](NativeCall &c) { return parseInt(c, "Atoi", true, 10, 64); }},
        {"strconv.ParseInt", [](NativeCall &c) { return parseInt(c, "ParseInt", true, int(c.args[1]), int(c.args[2])); }},
        {"strconv.ParseUint", [](NativeCall &c) { return parseInt(c, "ParseUint", false, int(c.args[1]), int(c.args[2])); }},
        {"strconv.Itoa", [](NativeCall &c) {
             c.results[0] = c.m.heap().strWord(formatInt(c.args[0], true, 10));
             return NativeStatus::Done;
         }},
        {"strconv.FormatInt", [](NativeCall &c) {
             if (std::int64_t(c.args[1]) < 2 || std::int64_t(c.args[1]) > 36)
                 return c.runtimePanic("strconv: illegal AppendInt/FormatInt base");
             c.results[0] = c.m.heap().strWord(formatInt(c.args[0], true, int(c.args[1])));
             return NativeStatus::Done;
         }},
        {"strconv.FormatUint", [](NativeCall &c) {
             if (std::int64_t(c.args[1]) < 2 || std::int64_t(c.args[1]) > 36)
                 return c.runtimePanic("strconv: illegal AppendInt/FormatInt base");
             c.results[0] = c.m.heap().strWord(formatInt(c.args[0], false, int(c.args[1])));
             return NativeStatus::Done;
         }},
        {"strconv.ParseBool", [](NativeCall &c) {
             const S s = stringOf(c.args[0]);
             const bool t = s == "1" || s == "t" || s == "T" || s == "TRUE" || s == "true" || s == "True";
             const bool f = s == "0" || s == "f" || s == "F" || s == "FALSE" || s == "false" || s == "False";
             c.results[0] = t;
             c.results[1] = t || f ? 0 : error(c, "ParseBool", s, "invalid syntax");
             return NativeStatus::Done;
         }},
        {"strconv.FormatBool", [](NativeCall &c) {
             c.results[0] = c.m.heap().strWord(c.args[0] ? "true" : "false");
             return NativeStatus::Done;
         }},
        {"strconv.ParseFloat", [](NativeCall &c) {
             const std::string s(stringOf(c.args[0]));
             char *end = nullptr;
             errno = 0;
             const double d = s.empty() || std::isspace(static_cast<unsigned char>(s[0])) ? 0 : std::strtod(s.c_str(), &end);
             const bool ok = !s.empty() && end == s.c_str() + s.size();
             c.results[0] = fromFloat(ok ? d : 0);
             c.results[1] = !ok ? error(c, "ParseFloat", s, "invalid syntax")
                          : errno == ERANGE && std::isinf(d) ? error(c, "ParseFloat", s, "value out of range") : 0;
             return NativeStatus::Done;
         }},
        {"strconv.FormatFloat", [](NativeCall &c) {
             const char f = char(c.args[1]);
             const int prec = int(std::int64_t(c.args[2]));
             std::string s = formatFloat(asFloat(c.args[0]), f == 'f' || f == 'e' ? f : 'g', prec);
             c.results[0] = c.m.heap().strWord(std::move(s));
             return NativeStatus::Done;
         }},
        {"strconv.Quote", [](NativeCall &c) {
             c.results[0] = c.m.heap().strWord(quote(stringOf(c.args[0])));
             return NativeStatus::Done;
         }},
        {"strconv.Unquote", [](NativeCall &c) {
             const S s = stringOf(c.args[0]);
             const bool ok = s.size() >= 2 && ((s.front() == '"' && s.back() == '"') || (s.front() == '`' && s.back() == '`'));
             std::string out;
             bool good = ok;
             for (std::size_t i = 1; good && i + 1 < s.size(); ++i) {
                 char ch = s[i];
                 if (ch == '\\' && s.front() == '"') {
                     if (i + 2 >= s.size()) { good = false; break; }
                     const char e = s[++i];
                     switch (e) {
                     case 'n': out += '\n'; break;
                     case 't': out += '\t'; break;
                     case 'r': out += '\r'; break;
                     case '\\': out += '\\'; break;
                     case '"': out += '"'; break;
                     case 'a': out += '\a'; break;
                     case 'b': out += '\b'; break;
                     case 'f': out += '\f'; break;
                     case 'v': out += '\v'; break;
                     default: good = false;
                     }
                 } else {
                     out += ch;
                 }
             }
             c.results[0] = good ? c.m.heap().strWord(out) : 0;
             c.results[1] = good ? 0 : word(c.m.heap().make<IfaceObj>(0, Heap::errorStringType(), c.m.heap().strWord("invalid syntax")));
             return NativeStatus::Done;
         }},
    };
}

} // namespace cacophony::gorun
