#pragma once

// The natives: Go functions of the supported packages implemented in C++. A native runs on
// the calling goroutine's worker and returns at once: Done (results written), Panic (a Go
// panic with `panicValue`, or a runtime error with `panicMessage`), CallBack (it needs the
// result of a Go method first: the VM calls `callbackMethod` on `callbackValue`, appends the
// string result to `callbacks` and calls the native again from the start, so formatting
// restarts with one more answer known; nothing of the native stays on the C++ stack), Exit
// (os.Exit, log.Fatal) or Yield (runtime.Gosched).

#include "gorun/vm/Value.h"

#include <string>
#include <string_view>
#include <vector>

namespace cacophony::gorun {

class Machine;
struct Goroutine;
enum class GoStateResume : std::uint8_t { None, Recv, Send, Select, Value };

// Park: a primitive parked the goroutine (resume says how its result comes back); Retry: it
// parked (a Gosched) and the native runs again from the start; Fatal: the program ends with
// "fatal error: " + panicMessage.
enum class NativeStatus { Done, Panic, CallBack, Exit, Yield, Park, Retry, Fatal };

struct NativeCall
{
    NativeCall(Machine &machine, const Word *a, int n, Word *r, const std::vector<std::string> &answers)
        : m(machine), args(a), nargs(n), results(r), callbacks(answers)
    {
    }
    Machine &m;
    const Word *args;
    int nargs;
    Word *results;
    const std::vector<std::string> &callbacks;
    Word callbackValue = 0;
    std::string callbackMethod;
    Word panicValue = 0;
    std::string panicMessage;
    int exitCode = 0;
    int pos = 0;
    Goroutine *g = nullptr; // the calling goroutine (primitives park it)
    // Park: how the VM reads Goroutine::resume when the goroutine runs again.
    GoStateResume resume = GoStateResume::None;

    NativeStatus runtimePanic(std::string message)
    {
        panicMessage = std::move(message);
        return NativeStatus::Panic;
    }
};

using NativeFn = NativeStatus (*)(NativeCall &);

struct Native
{
    const char *name; // "fmt.Println", "strings.(*Builder).WriteString"
    NativeFn fn;
};

// The native of a qualified name, or null (the program cannot be run: a compile-time error).
const Native *findNative(std::string_view name);

// One table per package (lib/*.cpp).
std::vector<Native> fmtNatives();
std::vector<Native> stringsNatives();
std::vector<Native> strconvNatives();
std::vector<Native> osNatives();
std::vector<Native> errorsNatives();
std::vector<Native> runtimeNatives();
std::vector<Native> randNatives();
std::vector<Native> logNatives();
std::vector<Native> syncNatives();
std::vector<Native> timeNatives();

// Helpers for natives.
inline std::string_view stringOf(Word w) { return w ? std::string_view(obj<StrObj>(w)->s) : std::string_view(); }

} // namespace cacophony::gorun
