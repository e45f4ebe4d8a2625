#pragma once

// The VM's value model. Every Go value fits in one Word: scalars (bool, integers, the bits
// of a float64) directly; everything else as a pointer to a heap object, 0 being the zero
// value where Go has nil (and the empty string). A struct or array value is a Box of cells
// owned by exactly one variable, field or element: assignment copies the cells, so a
// pointer to a struct is its Box and in-place updates are visible through every pointer.
// Strings, slice headers, interface values and closures are immutable once built and are
// published by storing one pointer; a Box's cells are relaxed atomics, so a racy program
// reads and writes unpredictably (as in Go) but never tears a pointer.

#include <atomic>
#include <mutex>
#include <unordered_map>
#include <cstdint>
#include <string>
#include <vector>

namespace cacophony::go {
class Type;
}

namespace cacophony::gorun {

using Word = std::uint64_t;

enum class ObjKind : std::uint8_t { String, Box, Slice, Iface, Map, Func, Ref, Chan };

// The header of every heap object; the Heap links them for the collector.
struct HeapObj
{
    explicit HeapObj(ObjKind k) : kind(k) {}
    virtual ~HeapObj() = default;
    const ObjKind kind;
    bool marked = false;
    HeapObj *next = nullptr;
};

struct StrObj : HeapObj
{
    explicit StrObj(std::string v) : HeapObj(ObjKind::String), s(std::move(v)) {}
    const std::string s;
};

// Cells of a struct, an array, a slice's backing array or an escaping variable.
// `type` says what the cells hold: the struct or array type, or (elemBox) the type of every cell.
struct BoxObj : HeapObj
{
    BoxObj(const go::Type *t, std::size_t n, bool elems) : HeapObj(ObjKind::Box), type(t), elemBox(elems), cells(n) {}
    const go::Type *type;
    const bool elemBox;
    std::vector<std::atomic<Word>> cells;
    Word get(std::size_t i) const { return cells[i].load(std::memory_order_relaxed); }
    void set(std::size_t i, Word w) { cells[i].store(w, std::memory_order_relaxed); }
};

struct SliceObj : HeapObj
{
    SliceObj(BoxObj *a, std::int64_t o, std::int64_t l, std::int64_t c) : HeapObj(ObjKind::Slice), arr(a), off(o), len(l), cap(c) {}
    BoxObj *const arr;
    const std::int64_t off, len, cap;
};

// A non-nil interface value: its dynamic type and the value (an owned copy for aggregates).
struct IfaceObj : HeapObj
{
    IfaceObj(const go::Type *t, Word v) : HeapObj(ObjKind::Iface), type(t), value(v) {}
    const go::Type *const type;
    const Word value;
};

// A pointer to a non-aggregate cell: a variable that escaped, a field, an element.
struct RefObj : HeapObj
{
    RefObj(BoxObj *b, std::size_t i) : HeapObj(ObjKind::Ref), box(b), index(i) {}
    BoxObj *const box;
    const std::size_t index;
};

struct Function;

// A func value: the code, and either the closure's captured variables (Boxes) or a bound
// method's receiver (captures[0]).
struct FuncObj : HeapObj
{
    FuncObj(const Function *f, std::vector<Word> c, bool b = false) : HeapObj(ObjKind::Func), fn(f), captures(std::move(c)), bound(b) {}
    const Function *const fn;
    const std::vector<Word> captures;
    const bool bound; // a method value: captures[0] is the receiver, passed as the first argument
};

// A map: entries by their key's encoding (Heap::key), guarded by a lock: a racy program
// may lose updates but never corrupts the table.
struct MapObj : HeapObj
{
    explicit MapObj(const go::Type *t) : HeapObj(ObjKind::Map), type(t) {}
    const go::Type *const type;
    std::mutex mutex;
    std::unordered_map<std::string, std::pair<Word, Word>> entries;
};

template <class T> T *obj(Word w) { return reinterpret_cast<T *>(static_cast<std::uintptr_t>(w)); }
inline Word word(const void *p) { return static_cast<Word>(reinterpret_cast<std::uintptr_t>(p)); }

inline double asFloat(Word w) { double d; static_assert(sizeof d == sizeof w); __builtin_memcpy(&d, &w, sizeof d); return d; }
inline Word fromFloat(double d) { Word w; __builtin_memcpy(&w, &d, sizeof d); return w; }

} // namespace cacophony::gorun
