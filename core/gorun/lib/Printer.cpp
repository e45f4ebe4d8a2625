#include "gorun/lib/Printer.h"

#include "gorun/vm/Machine.h"
#include "gorun/vm/TypeName.h"
#include "gorun/vm/Utf8.h"

#include "go/types/Object.h"
#include "go/types/Package.h"
#include "go/types/Type.h"
#include "go/types/Universe.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace cacophony::gorun {

using go::TypeKind;

namespace {

std::string_view sv(Word w) { return w ? std::string_view(obj<StrObj>(w)->s) : std::string_view(); }

Word argAt(const SliceObj *s, std::int64_t i) { return s->arr->get(std::size_t(s->off + i)); }
const go::Type *typeOf(Word iface) { return iface ? obj<IfaceObj>(iface)->type : nullptr; }
Word valueOf(Word iface) { return iface ? obj<IfaceObj>(iface)->value : 0; }

} // namespace

std::string formatFloat(double d, char fmt, int prec)
{
    if (std::isnan(d))
        return "NaN";
    if (std::isinf(d))
        return d > 0 ? "+Inf" : "-Inf";
    char buf[512];
    if (prec >= 0) {
        const char f[] = {'%', '.', '*', fmt, 0};
        std::snprintf(buf, sizeof buf, f, prec, d);
        return buf;
    }
    // shortest: the digits and exponent of to_chars' shortest scientific form
    auto res = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
    const std::string sci(buf, res.ptr);
    const bool neg = sci[0] == '-';
    const std::size_t e = sci.find('e');
    std::string digits;
    for (std::size_t i = neg ? 1 : 0; i < e; ++i)
        if (sci[i] != '.')
            digits += sci[i];
    const int exp = std::stoi(sci.substr(e + 1));
    std::string out = neg ? "-" : "";
    auto expForm = [&] {
        std::string s = out + digits.substr(0, 1);
        if (digits.size() > 1)
            s += "." + digits.substr(1);
        char eb[16];
        std::snprintf(eb, sizeof eb, "e%c%02d", exp < 0 ? '-' : '+', std::abs(exp));
        return s + eb;
    };
    auto fixedForm = [&] {
        std::string s = out;
        if (exp < 0) {
            s += "0." + std::string(std::size_t(-exp - 1), '0') + digits;
        } else if (std::size_t(exp + 1) >= digits.size()) {
            s += digits + std::string(std::size_t(exp + 1) - digits.size(), '0');
        } else {
            s += digits.substr(0, std::size_t(exp + 1)) + "." + digits.substr(std::size_t(exp + 1));
        }
        return s;
    };
    if (fmt == 'e')
        return expForm();
    if (fmt == 'f')
        return fixedForm();
    const int eprec = 6; // strconv: the shortest form decides by precision 6
    if (exp < -4 || exp >= eprec)
        return expForm();
    return fixedForm();
}

std::string quote(std::string_view s)
{
    std::string out = "\"";
    for (std::size_t i = 0; i < s.size();) {
        int w = 1;
        const std::int32_t r = decodeRune(s.substr(i), &w);
        if (r == 0xFFFD && w == 1 && !(s.substr(i, 3) == "\xEF\xBF\xBD")) {
            char b[8];
            std::snprintf(b, sizeof b, "\\x%02x", std::uint8_t(s[i]));
            out += b;
            ++i;
            continue;
        }
        i += std::size_t(w);
        switch (r) {
        case '"': out += "\\\""; continue;
        case '\\': out += "\\\\"; continue;
        case '\a': out += "\\a"; continue;
        case '\b': out += "\\b"; continue;
        case '\f': out += "\\f"; continue;
        case '\n': out += "\\n"; continue;
        case '\r': out += "\\r"; continue;
        case '\t': out += "\\t"; continue;
        case '\v': out += "\\v"; continue;
        default: break;
        }
        if (r < 0x20 || r == 0x7f) {
            char b[8];
            std::snprintf(b, sizeof b, "\\x%02x", unsigned(r));
            out += b;
        } else if (r >= 0x80 && r < 0xA0) {
            char b[12];
            std::snprintf(b, sizeof b, "\\u%04x", unsigned(r));
            out += b;
        } else {
            out += encodeRune(r);
        }
    }
    return out + "\"";
}

void Printer::pad(std::string &out, const std::string &s, const Spec &spec)
{
    std::size_t runes = 0;
    for (unsigned char c : s)
        runes += (c & 0xC0) != 0x80;
    if (spec.width < 0 || runes >= std::size_t(spec.width)) {
        out += s;
        return;
    }
    const std::size_t n = std::size_t(spec.width) - runes;
    if (spec.minus) {
        out += s + std::string(n, ' ');
    } else if (spec.zero) {
        const bool sign = !s.empty() && (s[0] == '-' || s[0] == '+');
        out += (sign ? s.substr(0, 1) : "") + std::string(n, '0') + (sign ? s.substr(1) : s);
    } else {
        out += std::string(n, ' ') + s;
    }
}

void Printer::badVerb(std::string &out, const go::Type *t, Word w, char verb)
{
    out += "%!";
    out += verb;
    out += "(";
    if (!t) {
        out += "<nil>)";
        return;
    }
    out += runtimeTypeName(t) + "=";
    Spec plain;
    value(out, t, w, 'v', plain, 0);
    out += ")";
}

void Printer::integer(std::string &out, const go::Type *t, Word w, char verb, const Spec &spec)
{
    const bool u = t->isUnsigned();
    const bool neg = !u && std::int64_t(w) < 0;
    Word mag = neg ? Word(0) - w : w;
    std::string digits;
    if (verb == 'c') {
        pad(out, encodeRune(std::int64_t(w)), spec);
        return;
    }
    if (verb == 'q') {
        const std::string q = quote(encodeRune(std::int64_t(w)));
        pad(out, "'" + (q.substr(1, q.size() - 2) == "'" ? "\\'" : q.substr(1, q.size() - 2)) + "'", spec);
        return;
    }
    if (verb == 'U') {
        char b[32];
        std::snprintf(b, sizeof b, "U+%04llX", static_cast<unsigned long long>(w));
        pad(out, b, spec);
        return;
    }
    const int base = verb == 'x' || verb == 'X' ? 16 : verb == 'o' ? 8 : verb == 'b' ? 2 : 10;
    const char *chars = verb == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    do {
        digits.insert(digits.begin(), chars[mag % Word(base)]);
        mag /= Word(base);
    } while (mag);
    if (spec.prec >= 0 && digits.size() < std::size_t(spec.prec))
        digits.insert(0, std::size_t(spec.prec) - digits.size(), '0');
    if (spec.sharp && base == 16)
        digits.insert(0, verb == 'X' ? "0X" : "0x");
    const std::string sign = neg ? "-" : spec.plus ? "+" : spec.space ? " " : "";
    pad(out, sign + digits, spec);
}

void Printer::floating(std::string &out, double d, char verb, const Spec &spec)
{
    std::string s;
    switch (verb) {
    case 'v': s = formatFloat(d, 'g', spec.prec); break;
    case 'f': case 'F': s = formatFloat(d, 'f', spec.prec < 0 ? 6 : spec.prec); break;
    case 'e': s = formatFloat(d, 'e', spec.prec < 0 ? 6 : spec.prec); break;
    case 'g': s = formatFloat(d, 'g', spec.prec); break;
    default: s = formatFloat(d, 'g', -1); break;
    }
    if (spec.plus && s[0] != '-' && s[0] != '+')
        s = "+" + s;
    else if (spec.space && s[0] != '-')
        s = " " + s;
    if (s == "+Inf" && !spec.plus)
        s = spec.space ? " Inf" : "+Inf";
    pad(out, s, spec);
}

// Error() or String() of the program's own types, for the verbs fmt calls them for.
bool Printer::methods(std::string &out, const go::Type *t, Word w, char verb, const Spec &spec, bool *handled)
{
    *handled = false;
    if (verb != 'v' && verb != 's' && verb != 'q' && verb != 'x' && verb != 'X')
        return true;
    if (t == Heap::errorStringType() || t == Heap::runtimeErrorType()) {
        *handled = true;
        const std::string s(sv(w));
        pad(out, verb == 'q' ? quote(s) : s, spec);
        return true;
    }
    // The supported packages' types with a String method (time.Duration): their native.
    if (t->isNamed() && t->m_obj->m_pkg && t->m_obj->m_pkg->path() != QLatin1String("main")) {
        if (const Native *n = findNative(runtimeTypeName(t) + ".String")) {
            Word result = 0;
            NativeCall inner{m_call.m, &w, 1, &result, m_call.callbacks};
            if (n->fn(inner) == NativeStatus::Done) {
                *handled = true;
                const std::string s(stringOf(result));
                pad(out, verb == 'q' ? quote(s) : s, spec);
                return true;
            }
        }
    }
    const Program &p = m_call.m.program();
    for (const char *name : {"Error", "String"}) {
        bool ptrRecv = false;
        const Function *fn = p.method(t, QString::fromLatin1(name), &ptrRecv);
        if (!fn || (ptrRecv && t->underlying()->kind() != TypeKind::Pointer))
            continue;
        if (t->underlying()->kind() == TypeKind::Pointer && !w) {
            *handled = true;
            pad(out, "<nil>", spec);
            return true;
        }
        *handled = true;
        if (m_next < m_call.callbacks.size()) {
            const std::string &s = m_call.callbacks[m_next++];
            pad(out, verb == 'q' ? quote(s) : s, spec);
            return true;
        }
        m_call.callbackValue = word(m_call.m.heap().make<IfaceObj>(0, t, w));
        m_call.callbackMethod = name;
        return false;
    }
    return true;
}

bool Printer::value(std::string &out, const go::Type *t, Word w, char verb, const Spec &spec, int depth)
{
    if (!t) {
        pad(out, verb == 'v' || verb == 's' ? "<nil>" : "%!" + std::string(1, verb) + "(<nil>)", spec);
        return true;
    }
    if (verb == 'T') {
        pad(out, runtimeTypeName(t), spec);
        return true;
    }
    if (verb == 'p') {
        pad(out, w ? "0xc000010000" : "%!p(<nil>)", spec);
        return true;
    }
    bool handled = false;
    if (!methods(out, t, w, verb, spec, &handled))
        return false;
    if (handled)
        return true;
    const go::Type *u = t->underlying();
    const bool plusV = spec.plus && verb == 'v';
    if (plusV && u->kind() != TypeKind::Basic) {
        // %+v: field names; the + is not a sign for the values inside
        Spec inner = spec;
        inner.plus = false;
        m_plusV = true;
        const bool ok = value(out, t, w, verb, inner, depth);
        m_plusV = false;
        return ok;
    }
    switch (u->kind()) {
    case TypeKind::Basic:
        if (u->isBoolean()) {
            if (verb != 'v' && verb != 't')
                return badVerb(out, t, w, verb), true;
            pad(out, w ? "true" : "false", spec);
        } else if (u->isInteger()) {
            if (verb == 's' || verb == 'f' || verb == 't' || verb == 'e' || verb == 'g')
                return badVerb(out, t, w, verb), true;
            integer(out, t, w, verb == 'v' ? 'd' : verb, spec);
        } else if (u->isFloat()) {
            if (verb != 'v' && verb != 'f' && verb != 'F' && verb != 'e' && verb != 'g')
                return badVerb(out, t, w, verb), true;
            floating(out, asFloat(w), verb, spec);
        } else if (u->isString()) {
            std::string s(sv(w));
            if (verb == 'q') {
                pad(out, quote(s), spec);
            } else if (verb == 'x' || verb == 'X') {
                std::string h;
                char b[4];
                for (unsigned char c : s) {
                    std::snprintf(b, sizeof b, verb == 'x' ? "%02x" : "%02X", c);
                    h += b;
                }
                pad(out, h, spec);
            } else if (verb == 'v' || verb == 's') {
                if (spec.prec >= 0 && s.size() > std::size_t(spec.prec))
                    s.resize(std::size_t(spec.prec));
                pad(out, s, spec);
            } else {
                badVerb(out, t, w, verb);
            }
        }
        return true;
    case TypeKind::Pointer:
        if (!w) {
            pad(out, "<nil>", spec);
            return true;
        }
        if (depth == 0 && Heap::isAggregate(u->m_elem) && (verb == 'v' || verb == 's')) {
            out += "&";
            return value(out, u->m_elem, w, verb, spec, depth + 1);
        }
        pad(out, "0xc000010000", spec);
        return true;
    case TypeKind::Interface:
        if (!w) {
            pad(out, "<nil>", spec);
            return true;
        }
        return value(out, obj<IfaceObj>(w)->type, obj<IfaceObj>(w)->value, verb, spec, depth);
    case TypeKind::Struct: {
        const BoxObj *b = obj<BoxObj>(w);
        out += "{";
        for (std::size_t i = 0; i < u->m_fields.size(); ++i) {
            if (i)
                out += " ";
            if (m_plusV)
                out += u->m_fields[i]->name().toStdString() + ":";
            if (!value(out, u->m_fields[i]->type(), b->get(i), verb, spec, depth + 1))
                return false;
        }
        out += "}";
        return true;
    }
    case TypeKind::Array:
    case TypeKind::Slice: {
        const go::Type *elem = u->m_elem;
        std::int64_t off = 0, len = 0;
        const BoxObj *arr = nullptr;
        if (u->kind() == TypeKind::Array) {
            arr = obj<BoxObj>(w);
            len = std::int64_t(arr->cells.size());
        } else if (const SliceObj *s = obj<SliceObj>(w)) {
            arr = s->arr;
            off = s->off;
            len = s->len;
        }
        if (elem->underlying()->basic() == go::BasicKind::Uint8 && (verb == 's' || verb == 'q' || verb == 'x')) {
            std::string bytes;
            for (std::int64_t i = 0; i < len; ++i)
                bytes.push_back(char(arr->get(std::size_t(off + i))));
            std::string tmp;
            value(tmp, go::Universe::get().basic(go::BasicKind::String), m_call.m.heap().strWord(bytes), verb, spec, depth);
            out += tmp;
            return true;
        }
        out += "[";
        for (std::int64_t i = 0; i < len; ++i) {
            if (i)
                out += " ";
            if (!value(out, elem, arr->get(std::size_t(off + i)), verb, spec, depth + 1))
                return false;
        }
        out += "]";
        return true;
    }
    case TypeKind::Map: {
        MapObj *m = obj<MapObj>(w);
        std::vector<std::pair<Word, Word>> entries;
        if (m) {
            std::lock_guard lock(m->mutex);
            for (const auto &e : m->entries)
                entries.push_back(e.second);
        }
        // fmt prints maps sorted by key
        const go::Type *kt = u->m_key;
        std::sort(entries.begin(), entries.end(), [&](const auto &a, const auto &b) {
            const go::Type *ku = kt->underlying();
            if (ku->isString())
                return sv(a.first) < sv(b.first);
            if (ku->isFloat())
                return asFloat(a.first) < asFloat(b.first);
            if (ku->isInteger())
                return ku->isUnsigned() ? a.first < b.first : std::int64_t(a.first) < std::int64_t(b.first);
            return a.first < b.first;
        });
        out += "map[";
        for (std::size_t i = 0; i < entries.size(); ++i) {
            if (i)
                out += " ";
            if (!value(out, kt, entries[i].first, verb, spec, depth + 1))
                return false;
            out += ":";
            if (!value(out, u->m_elem, entries[i].second, verb, spec, depth + 1))
                return false;
        }
        out += "]";
        return true;
    }
    default:
        pad(out, w ? "0xc000010000" : "<nil>", spec);
        return true;
    }
}

bool Printer::print(std::string &out, Word args, bool ln)
{
    const SliceObj *s = obj<SliceObj>(args);
    const std::int64_t n = s ? s->len : 0;
    bool prevString = false;
    Spec spec;
    for (std::int64_t i = 0; i < n; ++i) {
        const Word a = argAt(s, i);
        const bool isString = a && typeOf(a)->underlying()->isString();
        if (i > 0 && (ln || (!isString && !prevString)))
            out += ' ';
        if (!value(out, typeOf(a), valueOf(a), 'v', spec, 0))
            return false;
        prevString = isString;
    }
    if (ln)
        out += '\n';
    return true;
}

bool Printer::printf(std::string &out, std::string_view f, Word args)
{
    const SliceObj *s = obj<SliceObj>(args);
    const std::int64_t n = s ? s->len : 0;
    std::int64_t arg = 0;
    for (std::size_t i = 0; i < f.size();) {
        if (f[i] != '%') {
            out += f[i++];
            continue;
        }
        ++i;
        Spec spec;
        for (; i < f.size(); ++i) {
            const char ch = f[i];
            if (ch == '-') spec.minus = true;
            else if (ch == '+') spec.plus = true;
            else if (ch == '#') spec.sharp = true;
            else if (ch == ' ') spec.space = true;
            else if (ch == '0') spec.zero = !spec.minus;
            else break;
        }
        auto number = [&](int &dst) {
            if (i < f.size() && f[i] == '*') {
                ++i;
                if (arg < n) {
                    const Word a = argAt(s, arg++);
                    dst = int(std::int64_t(valueOf(a)));
                }
                return;
            }
            if (i < f.size() && f[i] >= '0' && f[i] <= '9') {
                dst = 0;
                while (i < f.size() && f[i] >= '0' && f[i] <= '9')
                    dst = dst * 10 + (f[i++] - '0');
            }
        };
        number(spec.width);
        if (spec.width < -1) {
            spec.minus = true;
            spec.width = -spec.width;
        }
        if (i < f.size() && f[i] == '.') {
            ++i;
            spec.prec = 0;
            number(spec.prec);
        }
        if (i >= f.size()) {
            out += "%!(NOVERB)";
            break;
        }
        const char verb = f[i++];
        if (verb == '%') {
            out += '%';
            continue;
        }
        if (arg >= n) {
            out += "%!";
            out += verb;
            out += "(MISSING)";
            continue;
        }
        const Word a = argAt(s, arg++);
        if (!value(out, typeOf(a), valueOf(a), verb == 'w' ? 'v' : verb, spec, 0))
            return false;
    }
    if (arg < n) {
        out += "%!(EXTRA ";
        for (std::int64_t j = arg; j < n; ++j) {
            const Word a = argAt(s, j);
            if (j > arg)
                out += ", ";
            std::string v;
            Spec plain;
            if (!value(v, typeOf(a), valueOf(a), 'v', plain, 0))
                return false;
            out += (a ? runtimeTypeName(typeOf(a)) : std::string("<nil>")) + "=" + v;
        }
        out += ")";
    }
    return true;
}

} // namespace cacophony::gorun
