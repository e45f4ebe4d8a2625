// Package fmt: Print*, Sprint*, Fprint*, Errorf.
#include "gorun/lib/Natives.h"
#include "gorun/lib/Printer.h"

#include "gorun/vm/Machine.h"
#include "gorun/vm/TypeName.h"

#include "go/types/Type.h"

namespace cacophony::gorun {

namespace {

std::string_view sv(Word w) { return w ? std::string_view(obj<StrObj>(w)->s) : std::string_view(); }

const SliceObj *argsOf(Word w) { return obj<SliceObj>(w); }

Word argAt(const SliceObj *s, std::int64_t i) { return s->arr->get(std::size_t(s->off + i)); }

const go::Type *typeOf(Word iface) { return iface ? obj<IfaceObj>(iface)->type : nullptr; }
Word valueOf(Word iface) { return iface ? obj<IfaceObj>(iface)->value : 0; }

// Which stream an io.Writer argument is (os.Stdout or os.Stderr: a *os.File whose one field is the fd).
bool toStderr(Word writer)
{
    const Word file = valueOf(writer);
    return file && obj<BoxObj>(file)->get(0) == 2;
}

enum class Kind { Print, Println, Printf };

NativeStatus format(NativeCall &c, Kind kind, int first, std::string &out)
{
    Printer p(c);
    const bool ok = kind == Kind::Printf ? p.printf(out, sv(c.args[first]), c.args[first + 1])
                                         : p.print(out, c.args[first], kind == Kind::Println);
    return ok ? NativeStatus::Done : NativeStatus::CallBack;
}

template <Kind K> NativeStatus printTo(NativeCall &c)
{
    std::string out;
    if (format(c, K, 0, out) == NativeStatus::CallBack)
        return NativeStatus::CallBack;
    c.m.write(false, out);
    c.results[0] = out.size();
    c.results[1] = 0;
    return NativeStatus::Done;
}

template <Kind K> NativeStatus fprint(NativeCall &c)
{
    std::string out;
    if (format(c, K, 1, out) == NativeStatus::CallBack)
        return NativeStatus::CallBack;
    c.m.write(toStderr(c.args[0]), out);
    c.results[0] = out.size();
    c.results[1] = 0;
    return NativeStatus::Done;
}

template <Kind K> NativeStatus sprint(NativeCall &c)
{
    std::string out;
    if (format(c, K, 0, out) == NativeStatus::CallBack)
        return NativeStatus::CallBack;
    c.results[0] = c.m.heap().strWord(std::move(out));
    return NativeStatus::Done;
}

NativeStatus errorf(NativeCall &c)
{
    std::string out;
    if (format(c, Kind::Printf, 0, out) == NativeStatus::CallBack)
        return NativeStatus::CallBack;
    c.results[0] = word(c.m.heap().make<IfaceObj>(0, Heap::errorStringType(), c.m.heap().strWord(std::move(out))));
    return NativeStatus::Done;
}

} // namespace

bool Printer::print(std::string &out, Word args, bool ln)
{
    const SliceObj *s = argsOf(args);
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
    const SliceObj *s = argsOf(args);
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

std::vector<Native> fmtNatives()
{
    return {
        {"fmt.Print", printTo<Kind::Print>},
        {"fmt.Println", printTo<Kind::Println>},
        {"fmt.Printf", printTo<Kind::Printf>},
        {"fmt.Sprint", sprint<Kind::Print>},
        {"fmt.Sprintln", sprint<Kind::Println>},
        {"fmt.Sprintf", sprint<Kind::Printf>},
        {"fmt.Fprint", fprint<Kind::Print>},
        {"fmt.Fprintln", fprint<Kind::Println>},
        {"fmt.Fprintf", fprint<Kind::Printf>},
        {"fmt.Errorf", errorf},
    };
}

} // namespace cacophony::gorun
