#pragma once

#include "gorun/lib/Natives.h"

#include <string>

namespace cacophony::go {
class Type;
}

namespace cacophony::gorun {

// fmt's printer: Go values as Print, Println and Printf show them. A value whose type has
// an Error or String method of the program's own needs that method's result: the printer
// takes the answers the VM gathered so far (NativeCall::callbacks, in the order the values
// are met) and, at the first one missing, asks for it (returns false with the call's
// callbackValue and callbackMethod set); the native then returns CallBack and is run again.
class Printer
{
public:
    explicit Printer(NativeCall &call) : m_call(call) {}

    // Print/Sprint (spaces between operands when neither is a string), Println/Sprintln.
    bool print(std::string &out, Word args, bool ln);
    bool printf(std::string &out, std::string_view format, Word args);

private:
    struct Spec
    {
        bool minus = false, plus = false, sharp = false, space = false, zero = false;
        int width = -1, prec = -1;
    };
    bool value(std::string &out, const go::Type *t, Word w, char verb, const Spec &spec, int depth);
    bool methods(std::string &out, const go::Type *t, Word w, char verb, const Spec &spec, bool *handled);
    void integer(std::string &out, const go::Type *t, Word w, char verb, const Spec &spec);
    void floating(std::string &out, double d, char verb, const Spec &spec);
    void pad(std::string &out, const std::string &s, const Spec &spec);
    void badVerb(std::string &out, const go::Type *t, Word w, char verb);

    NativeCall &m_call;
    std::size_t m_next = 0;
    bool m_plusV = false;
};

// The shortest decimal of d as Go's strconv.FormatFloat(d, fmt, -1, 64) gives it, for
// fmt 'g' with the exponent threshold eprec (fmt's %v: 21; strconv 'g': the digits).
std::string formatFloat(double d, char fmt, int prec);
// strconv.Quote.
std::string quote(std::string_view s);

} // namespace cacophony::gorun
