#pragma once

#include "gorun/vm/Bytecode.h"
#include "gorun/vm/Heap.h"

#include <QString>

#include <map>
#include <memory>
#include <utility>
#include <vector>

namespace cacophony::go {
class Object;
class Source;
class Type;
} // namespace cacophony::go

namespace cacophony::gorun {

// A compiled program: its functions, its package-level variables, its methods by receiver
// base type and name (for calls through interfaces), and the constants' objects (owned by
// `constants`, never collected). Immutable once compiled: goroutines share it.
struct Program
{
    std::vector<std::unique_ptr<Function>> functions;
    std::vector<std::unique_ptr<SelectDesc>> selects;
    const Function *init = nullptr; // package variables' initialisation, then init()s, then main
    std::vector<const go::Type *> globalTypes;
    std::map<std::pair<const go::Object *, QString>, const Function *> methods; // (type name, method)
    std::unique_ptr<Heap> constants = std::make_unique<Heap>(SIZE_MAX);
    std::shared_ptr<const go::Source> source;

    // The method `name` of a value of dynamic type t: the function, and whether its
    // receiver is a pointer. Null when t has no such method of the program's own.
    const Function *method(const go::Type *t, const QString &name, bool *pointerRecv = nullptr) const;
};

} // namespace cacophony::gorun
