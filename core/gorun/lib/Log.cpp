// Package log: the standard logger (stderr, "2009/11/10 23:00:00 " by default).
#include "gorun/lib/Natives.h"
#include "gorun/lib/Printer.h"

#include "gorun/vm/Machine.h"

#include "go/types/Universe.h"

#include <QDateTime>
#include <QFileInfo>

namespace cacophony::gorun {

namespace {

enum Flag { Ldate = 1, Ltime = 2, Lmicroseconds = 4, Llongfile = 8, Lshortfile = 16, LUTC = 32, Lmsgprefix = 64 };
enum class Kind { Print, Println, Printf };
enum class Then { Nothing, Exit, Panic };

std::string header(NativeCall &c)
{
    const int flags = c.m.logFlags;
    std::string h = flags & Lmsgprefix ? std::string() : c.m.logPrefix;
    QDateTime now = QDateTime::currentDateTime();
    if (flags & LUTC)
        now = now.toUTC();
    if (flags & Ldate)
        h += now.toString(QStringLiteral("yyyy/MM/dd ")).toStdString();
    if (flags & (Ltime | Lmicroseconds)) {
        h += now.toString(QStringLiteral("HH:mm:ss")).toStdString();
        if (flags & Lmicroseconds) {
            char us[16];
            std::snprintf(us, sizeof us, ".%06lld", static_cast<long long>(now.time().msec()) * 1000);
            h += us;
        }
        h += ' ';
    }
    if (flags & (Lshortfile | Llongfile)) {
        std::string where = c.m.sourceLine(c.pos);
        if (flags & Lshortfile)
            where = where.substr(where.rfind('/') + 1);
        h += where + ": ";
    }
    if (flags & Lmsgprefix)
        h += c.m.logPrefix;
    return h;
}

template <Kind K, Then T> NativeStatus log(NativeCall &c)
{
    std::string msg;
    Printer p(c);
    const bool ok = K == Kind::Printf ? p.printf(msg, stringOf(c.args[0]), c.args[1]) : p.print(msg, c.args[0], K == Kind::Println);
    if (!ok)
        return NativeStatus::CallBack;
    std::string line = header(c) + msg;
    if (line.empty() || line.back() != '\n')
        line += '\n';
    c.m.write(true, line, c.g);
    if (T == Then::Exit) {
        c.exitCode = 1;
        return NativeStatus::Exit;
    }
    if (T == Then::Panic) {
        if (K == Kind::Println && !msg.empty() && msg.back() == '\n')
            msg.pop_back();
        c.panicValue = word(c.m.heap().make<IfaceObj>(0, go::Universe::get().basic(go::BasicKind::String), c.m.heap().strWord(msg)));
        return NativeStatus::Panic;
    }
    return NativeStatus::Done;
}

} // namespace

std::vector<Native> logNatives()
{
    return {
        {"log.Print", log<Kind::Print, Then::Nothing>},
        {"log.Println", log<Kind::Println, Then::Nothing>},
        {"log.Printf", log<Kind::Printf, Then::Nothing>},
        {"log.Fatal", log<Kind::Print, Then::Exit>},
        {"log.Fatalln", log<Kind::Println, Then::Exit>},
        {"log.Fatalf", log<Kind::Printf, Then::Exit>},
        {"log.Panic", log<Kind::Print, Then::Panic>},
        {"log.Panicln", log<Kind::Println, Then::Panic>},
        {"log.Panicf", log<Kind::Printf, Then::Panic>},
        {"log.Flags", [](NativeCall &c) {
             c.results[0] = Word(c.m.logFlags);
             return NativeStatus::Done;
         }},
        {"log.SetFlags", [](NativeCall &c) {
             c.m.logFlags = int(c.args[0]);
             return NativeStatus::Done;
         }},
        {"log.Prefix", [](NativeCall &c) {
             c.results[0] = c.m.heap().strWord(c.m.logPrefix);
             return NativeStatus::Done;
         }},
        {"log.SetPrefix", [](NativeCall &c) {
             c.m.logPrefix = std::string(stringOf(c.args[0]));
             return NativeStatus::Done;
         }},
    };
}

} // namespace cacophony::gorun
