// Package strings: the common functions and Builder.
#include "gorun/lib/Natives.h"

#include "gorun/vm/Machine.h"
#include "gorun/vm/SliceGrowth.h"
#include "gorun/vm/Utf8.h"

#include "go/types/Universe.h"

#include <algorithm>

namespace cacophony::gorun {

namespace {

using S = std::string_view;

S arg(NativeCall &c, int i) { return stringOf(c.args[i]); }
NativeStatus str(NativeCall &c, std::string s)
{
    c.results[0] = c.m.heap().strWord(std::move(s));
    return NativeStatus::Done;
}
NativeStatus num(NativeCall &c, std::int64_t v)
{
    c.results[0] = Word(v);
    return NativeStatus::Done;
}

Word stringSlice(NativeCall &c, const std::vector<std::string> &parts)
{
    BoxObj *b = c.m.heap().box(go::Universe::get().basic(go::BasicKind::String), parts.size(), true);
    for (std::size_t i = 0; i < parts.size(); ++i)
        b->set(i, c.m.heap().strWord(parts[i]));
    return word(c.m.heap().make<SliceObj>(0, b, 0, std::int64_t(parts.size()), std::int64_t(parts.size())));
}

std::vector<std::string> split(S s, S sep, std::int64_t n)
{
    std::vector<std::string> out;
    if (n == 0)
        return out;
    if (sep.empty()) {
        for (std::size_t i = 0; i < s.size();) {
            int w = 1;
            decodeRune(s.substr(i), &w);
            if (n > 0 && std::int64_t(out.size()) == n - 1) {
                out.emplace_back(s.substr(i));
                return out;
            }
            out.emplace_back(s.substr(i, std::size_t(w)));
            i += std::size_t(w);
        }
        return out;
    }
    std::size_t start = 0;
    while (n < 0 || std::int64_t(out.size()) < n - 1) {
        const std::size_t at = s.find(sep, start);
        if (at == S::npos)
            break;
        out.emplace_back(s.substr(start, at - start));
        start = at + sep.size();
    }
    out.emplace_back(s.substr(start));
    return out;
}

bool isSpace(std::int32_t r) { return r == ' ' || (r >= '\t' && r <= '\r') || r == 0x85 || r == 0xA0; }

std::string mapAscii(S s, bool upper)
{
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        int w = 1;
        std::int32_t r = decodeRune(s.substr(i), &w);
        const std::string piece(s.substr(i, std::size_t(w)));
        i += std::size_t(w);
        if (upper ? (r >= 'a' && r <= 'z') : (r >= 'A' && r <= 'Z'))
            out.push_back(char(upper ? r - 32 : r + 32));
        else if (upper ? (r >= 0xE0 && r <= 0xFE && r != 0xF7) : (r >= 0xC0 && r <= 0xDE && r != 0xD7))
            out += encodeRune(upper ? r - 32 : r + 32); // Latin-1 letters
        else
            out += piece;
    }
    return out;
}

bool inCutset(std::int32_t r, S cutset)
{
    for (std::size_t i = 0; i < cutset.size();) {
        int w = 1;
        if (decodeRune(cutset.substr(i), &w) == r)
            return true;
        i += std::size_t(w);
    }
    return false;
}

std::string trim(S s, S cutset, bool left, bool right)
{
    std::size_t b = 0, e = s.size();
    while (left && b < e) {
        int w = 1;
        if (!inCutset(decodeRune(s.substr(b), &w), cutset))
            break;
        b += std::size_t(w);
    }
    while (right && e > b) {
        std::size_t st = e - 1;
        while (st > b && (std::uint8_t(s[st]) & 0xC0) == 0x80)
            --st;
        int w = 1;
        if (!inCutset(decodeRune(s.substr(st, e - st), &w), cutset))
            break;
        e = st;
    }
    return std::string(s.substr(b, e - b));
}

std::string replace(S s, S from, S to, std::int64_t n)
{
    if (from.empty() && n != 0) {
        std::string out(to);
        std::int64_t done = 1;
        for (std::size_t i = 0; i < s.size();) {
            int w = 1;
            decodeRune(s.substr(i), &w);
            out += s.substr(i, std::size_t(w));
            i += std::size_t(w);
            if (n < 0 || done < n) {
                out += to;
                ++done;
            }
        }
        return out;
    }
    std::string out;
    std::size_t start = 0;
    for (std::int64_t k = 0; n < 0 || k < n; ++k) {
        const std::size_t at = s.find(from, start);
        if (at == S::npos || from.empty())
            break;
        out += s.substr(start, at - start);
        out += to;
        start = at + from.size();
    }
    return out + std::string(s.substr(start));
}

// *strings.Builder: a Box whose one cell is its []byte.
NativeStatus builderWrite(NativeCall &c, S text, int results)
{
    BoxObj *b = obj<BoxObj>(c.args[0]);
    if (!b)
        return c.runtimePanic("invalid memory address or nil pointer dereference");
    const SliceObj *s = obj<SliceObj>(b->get(0));
    const std::int64_t len = s ? s->len : 0, cap = s ? s->cap : 0;
    const std::int64_t need = len + std::int64_t(text.size());
    BoxObj *arr = s ? s->arr : nullptr;
    std::int64_t off = s ? s->off : 0, newCap = cap;
    if (need > cap) {
        newCap = growCap(cap, need, 1);
        BoxObj *grown = c.m.heap().box(go::Universe::get().basic(go::BasicKind::Uint8), std::size_t(newCap), true);
        for (std::int64_t i = 0; i < len; ++i)
            grown->set(std::size_t(i), arr->get(std::size_t(off + i)));
        arr = grown;
        off = 0;
    }
    for (std::size_t i = 0; i < text.size(); ++i)
        arr->set(std::size_t(off + len) + i, std::uint8_t(text[i]));
    b->set(0, word(c.m.heap().make<SliceObj>(0, arr, off, need, newCap)));
    if (results >= 1)
        c.results[0] = text.size();
    if (results >= 2)
        c.results[1] = 0;
    if (results == -1)
        c.results[0] = 0; // WriteByte's error
    return NativeStatus::Done;
}

std::string builderText(NativeCall &c)
{
    const BoxObj *b = obj<BoxObj>(c.args[0]);
    const SliceObj *s = b ? obj<SliceObj>(b->get(0)) : nullptr;
    std::string out;
    for (std::int64_t i = 0; s && i < s->len; ++i)
        out.push_back(char(s->arr->get(std::size_t(s->off + i))));
    return out;
}

} // namespace

std::vector<Native> stringsNatives()
{
    return {
        {"strings.Contains", [](NativeCall &c) { return num(c, arg(c, 0).find(arg(c, 1)) != S::npos); }},
        {"strings.ContainsRune", [](NativeCall &c) { return num(c, arg(c, 0).find(encodeRune(std::int64_t(c.args[1]))) != S::npos); }},
        {"strings.ContainsAny", [](NativeCall &c) {
             for (std::size_t i = 0; i < arg(c, 0).size();) {
                 int w = 1;
                 if (inCutset(decodeRune(arg(c, 0).substr(i), &w), arg(c, 1)))
                     return num(c, 1);
                 i += std::size_t(w);
             }
             return num(c, 0);
         }},
        {"strings.Count", [](NativeCall &c) {
             const S s = arg(c, 0), sub = arg(c, 1);
             if (sub.empty()) {
                 std::int64_t n = 0;
                 for (std::size_t i = 0; i < s.size(); ++i)
                     n += (std::uint8_t(s[i]) & 0xC0) != 0x80;
                 return num(c, n + 1);
             }
             std::int64_t n = 0;
             for (std::size_t at = s.find(sub); at != S::npos; at = s.find(sub, at + sub.size()))
                 ++n;
             return num(c, n);
         }},
        {"strings.EqualFold", [](NativeCall &c) { return num(c, mapAscii(arg(c, 0), false) == mapAscii(arg(c, 1), false)); }},
        {"strings.Fields", [](NativeCall &c) {
             std::vector<std::string> parts;
             std::string cur;
             const S s = arg(c, 0);
             for (std::size_t i = 0; i < s.size();) {
                 int w = 1;
                 const std::int32_t r = decodeRune(s.substr(i), &w);
                 if (isSpace(r)) {
                     if (!cur.empty())
                         parts.push_back(std::move(cur));
                     cur.clear();
                 } else {
                     cur += s.substr(i, std::size_t(w));
                 }
                 i += std::size_t(w);
             }
             if (!cur.empty())
                 parts.push_back(cur);
             c.results[0] = stringSlice(c, parts);
             return NativeStatus::Done;
         }},
        {"strings.HasPrefix", [](NativeCall &c) { return num(c, arg(c, 0).substr(0, arg(c, 1).size()) == arg(c, 1)); }},
        {"strings.HasSuffix", [](NativeCall &c) {
             const S s = arg(c, 0), x = arg(c, 1);
             return num(c, s.size() >= x.size() && s.substr(s.size() - x.size()) == x);
         }},
        {"strings.Index", [](NativeCall &c) { const auto at = arg(c, 0).find(arg(c, 1)); return num(c, at == S::npos ? -1 : std::int64_t(at)); }},
        {"strings.IndexByte", [](NativeCall &c) { const auto at = arg(c, 0).find(char(c.args[1])); return num(c, at == S::npos ? -1 : std::int64_t(at)); }},
        {"strings.IndexRune", [](NativeCall &c) {
             const auto at = arg(c, 0).find(encodeRune(std::int64_t(c.args[1])));
             return num(c, at == S::npos ? -1 : std::int64_t(at));
         }},
        {"strings.LastIndex", [](NativeCall &c) { const auto at = arg(c, 0).rfind(arg(c, 1)); return num(c, at == S::npos ? -1 : std::int64_t(at)); }},
        {"strings.Join", [](NativeCall &c) {
             std::string out;
             if (const SliceObj *s = obj<SliceObj>(c.args[0]))
                 for (std::int64_t i = 0; i < s->len; ++i) {
                     if (i)
                         out += arg(c, 1);
                     out += stringOf(s->arr->get(std::size_t(s->off + i)));
                 }
             return str(c, std::move(out));
         }},
        {"strings.Repeat", [](NativeCall &c) {
             const std::int64_t n = std::int64_t(c.args[1]);
             if (n < 0)
                 return c.runtimePanic("strings: negative Repeat count");
             if (n * std::int64_t(arg(c, 0).size()) > (std::int64_t(1) << 30))
                 return c.runtimePanic("strings: Repeat output length overflow");
             std::string out;
             for (std::int64_t i = 0; i < n; ++i)
                 out += arg(c, 0);
             return str(c, std::move(out));
         }},
        {"strings.Replace", [](NativeCall &c) { return str(c, replace(arg(c, 0), arg(c, 1), arg(c, 2), std::int64_t(c.args[3]))); }},
        {"strings.ReplaceAll", [](NativeCall &c) { return str(c, replace(arg(c, 0), arg(c, 1), arg(c, 2), -1)); }},
        {"strings.Split", [](NativeCall &c) {
             c.results[0] = stringSlice(c, split(arg(c, 0), arg(c, 1), -1));
             return NativeStatus::Done;
         }},
        {"strings.SplitN", [](NativeCall &c) {
             c.results[0] = std::int64_t(c.args[2]) == 0 ? 0 : stringSlice(c, split(arg(c, 0), arg(c, 1), std::int64_t(c.args[2])));
             return NativeStatus::Done;
         }},
        {"strings.Title", [](NativeCall &c) {
             std::string s(arg(c, 0));
             bool start = true;
             for (char &ch : s) {
                 if (start && ch >= 'a' && ch <= 'z')
                     ch = char(ch - 32);
                 start = ch == ' ' || ch == '\t' || ch == '\n';
             }
             return str(c, s);
         }},
        {"strings.ToLower", [](NativeCall &c) { return str(c, mapAscii(arg(c, 0), false)); }},
        {"strings.ToUpper", [](NativeCall &c) { return str(c, mapAscii(arg(c, 0), true)); }},
        {"strings.Trim", [](NativeCall &c) { return str(c, trim(arg(c, 0), arg(c, 1), true, true)); }},
        {"strings.TrimLeft", [](NativeCall &c) { return str(c, trim(arg(c, 0), arg(c, 1), true, false)); }},
        {"strings.TrimRight", [](NativeCall &c) { return str(c, trim(arg(c, 0), arg(c, 1), false, true)); }},
        {"strings.TrimSpace", [](NativeCall &c) { return str(c, trim(arg(c, 0), " \t\n\v\f\r\u0085\u00A0", true, true)); }},
        {"strings.TrimPrefix", [](NativeCall &c) {
             const S s = arg(c, 0), p = arg(c, 1);
             return str(c, std::string(s.substr(0, p.size()) == p ? s.substr(p.size()) : s));
         }},
        {"strings.TrimSuffix", [](NativeCall &c) {
             const S s = arg(c, 0), x = arg(c, 1);
             const bool has = s.size() >= x.size() && s.substr(s.size() - x.size()) == x;
             return str(c, std::string(has ? s.substr(0, s.size() - x.size()) : s));
         }},
        {"strings.Cut", [](NativeCall &c) {
             const S s = arg(c, 0), sep = arg(c, 1);
             const auto at = s.find(sep);
             c.results[0] = c.m.heap().strWord(std::string(at == S::npos ? s : s.substr(0, at)));
             c.results[1] = at == S::npos ? 0 : c.m.heap().strWord(std::string(s.substr(at + sep.size())));
             c.results[2] = at != S::npos;
             return NativeStatus::Done;
         }},
        {"strings.(*Builder).Len", [](NativeCall &c) { return num(c, std::int64_t(builderText(c).size())); }},
        {"strings.(*Builder).Cap", [](NativeCall &c) {
             const SliceObj *s = obj<BoxObj>(c.args[0]) ? obj<SliceObj>(obj<BoxObj>(c.args[0])->get(0)) : nullptr;
             return num(c, s ? s->cap : 0);
         }},
        {"strings.(*Builder).Reset", [](NativeCall &c) {
             if (BoxObj *b = obj<BoxObj>(c.args[0]))
                 b->set(0, 0);
             return NativeStatus::Done;
         }},
        {"strings.(*Builder).Grow", [](NativeCall &) { return NativeStatus::Done; }},
        {"strings.(*Builder).String", [](NativeCall &c) { return str(c, builderText(c)); }},
        {"strings.(*Builder).WriteString", [](NativeCall &c) { return builderWrite(c, arg(c, 1), 2); }},
        {"strings.(*Builder).WriteByte", [](NativeCall &c) {
             const char ch = char(c.args[1]);
             return builderWrite(c, S(&ch, 1), -1);
         }},
        {"strings.(*Builder).WriteRune", [](NativeCall &c) { return builderWrite(c, encodeRune(std::int64_t(c.args[1])), 2); }},
    };
}

} // namespace cacophony::gorun
