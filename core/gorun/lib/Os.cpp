// Package os: Exit, Args, Stdout, Stderr.
#include "gorun/lib/Natives.h"

#include "gorun/vm/Machine.h"

#include "go/types/Universe.h"

namespace cacophony::gorun {

namespace {

// *os.File: a Box whose one cell is the file descriptor.
Word file(NativeCall &c, int fd)
{
    BoxObj *b = c.m.heap().box(go::Universe::get().basic(go::BasicKind::Int), 1, true);
    b->set(0, Word(fd));
    return word(b);
}

NativeStatus write(NativeCall &c, std::string_view text)
{
    const BoxObj *f = obj<BoxObj>(c.args[0]);
    if (!f)
        return c.runtimePanic("invalid memory address or nil pointer dereference");
    c.m.write(f->get(0) == 2, text, c.g);
    c.results[0] = text.size();
    c.results[1] = 0;
    return NativeStatus::Done;
}

} // namespace

std::vector<Native> osNatives()
{
    return {
        {"os.Exit", [](NativeCall &c) {
             c.exitCode = int(std::int64_t(c.args[0]));
             return NativeStatus::Exit;
         }},
        {"os.Stdout", [](NativeCall &c) {
             c.results[0] = file(c, 1);
             return NativeStatus::Done;
         }},
        {"os.Stderr", [](NativeCall &c) {
             c.results[0] = file(c, 2);
             return NativeStatus::Done;
         }},
        {"os.Args", [](NativeCall &c) {
             BoxObj *b = c.m.heap().box(go::Universe::get().basic(go::BasicKind::String), 1, true);
             b->set(0, c.m.heap().strWord("/tmp/main"));
             c.results[0] = word(c.m.heap().make<SliceObj>(0, b, 0, 1, 1));
             return NativeStatus::Done;
         }},
        {"os.(*File).WriteString", [](NativeCall &c) { return write(c, stringOf(c.args[1])); }},
        {"os.(*File).Write", [](NativeCall &c) {
             std::string s;
             if (const SliceObj *b = obj<SliceObj>(c.args[1]))
                 for (std::int64_t i = 0; i < b->len; ++i)
                     s.push_back(char(b->arr->get(std::size_t(b->off + i))));
             return write(c, s);
         }},
    };
}

} // namespace cacophony::gorun
