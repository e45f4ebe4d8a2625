// Package fmt: Print*, Sprint*, Fprint*, Errorf.
#include "gorun/lib/Natives.h"
#include "gorun/lib/Printer.h"

#include "gorun/vm/Machine.h"

#include "go/types/Type.h"

namespace cacophony::gorun {

namespace {

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
    const bool ok = kind == Kind::Printf ? p.printf(out, stringOf(c.args[first]), c.args[first + 1])
                                         : p.print(out, c.args[first], kind == Kind::Println);
    return ok ? NativeStatus::Done : NativeStatus::CallBack;
}

// Print* (Writer false: stdout) and Fprint* (the first argument says where).
template <Kind K, bool Writer> NativeStatus printTo(NativeCall &c)
{
    std::string out;
    if (format(c, K, Writer ? 1 : 0, out) == NativeStatus::CallBack)
        return NativeStatus::CallBack;
    c.m.write(Writer && toStderr(c.args[0]), out, c.g);
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

std::vector<Native> fmtNatives()
{
    return {
        {"fmt.Print", printTo<Kind::Print, false>},
        {"fmt.Println", printTo<Kind::Println, false>},
        {"fmt.Printf", printTo<Kind::Printf, false>},
        {"fmt.Sprint", sprint<Kind::Print>},
        {"fmt.Sprintln", sprint<Kind::Println>},
        {"fmt.Sprintf", sprint<Kind::Printf>},
        {"fmt.Fprint", printTo<Kind::Print, true>},
        {"fmt.Fprintln", printTo<Kind::Println, true>},
        {"fmt.Fprintf", printTo<Kind::Printf, true>},
        {"fmt.Errorf", errorf},
    };
}

} // namespace cacophony::gorun
