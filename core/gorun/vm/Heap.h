#pragma once

#include "gorun/vm/Value.h"

#include <cstddef>
#include <mutex>
#include <string>

namespace cacophony::go {
class Type;
}

namespace cacophony::gorun {

// A Go run-time panic raised by a helper (the interpreter turns it into a Go panic whose
// value is a runtime.Error with this message, "runtime error: " included).
struct RuntimeError
{
    std::string message;
    bool runtimePrefix = true; // false: a TypeAssertionError or a plain runtime panic message
};

// A fatal error: not recoverable, ends the program ("fatal error: " + message).
struct FatalError
{
    std::string message;
};

// Owns every object a run allocates; knows the layout of values by their Go types: zero
// values, copies, equality and map keys. Allocation is thread-safe (a lock); the other
// methods only read the objects they are given.
class Heap
{
public:
    explicit Heap(std::size_t limitBytes = std::size_t(1) << 30) : m_limit(limitBytes) {}
    ~Heap();
    Heap(const Heap &) = delete;
    Heap &operator=(const Heap &) = delete;

    template <class T, class... A> T *make(std::size_t extraBytes, A &&...args)
    {
        T *o = new T(std::forward<A>(args)...);
        link(o, sizeof(T) + extraBytes);
        return o;
    }
    StrObj *str(std::string s);
    Word strWord(std::string s) { return s.empty() ? 0 : word(str(std::move(s))); }
    BoxObj *box(const go::Type *t, std::size_t n, bool elems);
    std::size_t bytes() const;
    // Counts bytes allocated beside an object (a map's entries).
    void account(std::size_t n);
    std::size_t limit() const { return m_limit; }

    // The zero value of t (a fresh Box for structs and arrays, deep).
    Word zero(const go::Type *t);
    // A value of type t as an assignment copies it: aggregates deep-copied, others as they are.
    Word copy(const go::Type *t, Word w);
    void copyInto(const go::Type *t, BoxObj *dst, const BoxObj *src);
    // Go's == for values of type t (interfaces compare dynamic types and values; comparing
    // uncomparable dynamic types throws RuntimeError as Go panics).
    bool equal(const go::Type *t, Word x, Word y) const;
    // The bytes that identify a map key of type t (equal keys, equal bytes).
    std::string key(const go::Type *t, Word w) const;

    static bool isAggregate(const go::Type *t);
    static const go::Type *cellType(const BoxObj *b, std::size_t i);
    // The type runtime errors have as panic values (printed "runtime.Error").
    static const go::Type *runtimeErrorType();
    // The type of errors.New's and fmt.Errorf's values (*errors.errorString).
    static const go::Type *errorStringType();

private:
    void link(HeapObj *o, std::size_t size);

    mutable std::mutex m_mutex;
    HeapObj *m_objects = nullptr;
    std::size_t m_bytes = 0;
    std::size_t m_limit;
};

} // namespace cacophony::gorun
