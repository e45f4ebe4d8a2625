#pragma once

#include "go/types/Arena.h"

#include <array>

namespace cacophony::go {

// The universe scope: predeclared types (bool … float64, byte, rune, string, error, any),
// constants (true, false, iota), nil and the builtin functions. Built once, immutable
// afterwards, shared by every check (thread-safe to read).
class Universe
{
public:
    static const Universe &get();

    Scope *scope() const { return m_scope; }
    Type *basic(BasicKind kind) const { return m_basic[std::size_t(kind)]; }
    Type *byteType() const { return m_byte; }
    Type *runeType() const { return m_rune; }
    Type *errorType() const { return m_error; }
    Type *anyType() const { return m_any; }
    Object *iota() const { return m_iota; }
    Object *nil() const { return m_nil; }

private:
    Universe();

    Arena m_arena;
    Scope *m_scope = nullptr;
    std::array<Type *, std::size_t(BasicKind::UntypedNil) + 1> m_basic{};
    Type *m_byte = nullptr;
    Type *m_rune = nullptr;
    Type *m_error = nullptr;
    Type *m_any = nullptr;
    Object *m_iota = nullptr;
    Object *m_nil = nullptr;
};

} // namespace cacophony::go
