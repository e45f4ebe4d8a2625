#pragma once

#include "go/syntax/Token.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace cacophony::go {

class Object;

enum class TypeKind : std::uint8_t { Basic, Named, Pointer, Array, Slice, Map, Chan, Struct, Signature, Interface, Tuple };

// The basic kinds, typed then untyped (as go/types' BasicKind). Invalid marks an erroneous
// expression: every predicate accepts it so one error does not cascade into others.
enum class BasicKind : std::uint8_t {
    Invalid,
    Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr, Float32, Float64, String,
    UntypedBool, UntypedInt, UntypedRune, UntypedFloat, UntypedString, UntypedNil,
};



// One Go type. A single class with a kind rather than a hierarchy: the checker switches on kinds
// everywhere (as go/types does with type switches) and the few fields are shared between kinds.
// Types are created by an Arena (or the Universe) and never freed while a check's result lives;
// once a check has finished they are immutable, so a checked program may be read from any thread.
class Type
{
public:
    explicit Type(TypeKind kind) : m_kind(kind) {}

    TypeKind kind() const { return m_kind; }
    BasicKind basic() const { return m_basic; }

    // The type's underlying type (itself unless Named). Never null once declared.
    Type *underlying();
    const Type *underlying() const { return const_cast<Type *>(this)->underlying(); }

    bool isNamed() const { return m_kind == TypeKind::Named; }
    bool is(TypeKind k) const { return underlying()->m_kind == k; }
    bool isBasic(BasicKind b) const { return is(TypeKind::Basic) && underlying()->m_basic == b; }

    // Basic-kind classes of the underlying type (false for non-basic types).
    bool isBoolean() const;
    bool isInteger() const;
    bool isUnsigned() const;
    bool isFloat() const;
    bool isNumeric() const;
    bool isString() const;
    bool isUntyped() const;
    bool isInvalid() const { return m_kind == TypeKind::Basic && m_basic == BasicKind::Invalid; }
    bool isConstType() const { return is(TypeKind::Basic) && underlying()->m_basic != BasicKind::UntypedNil && !isInvalid(); }
    bool isInterface() const { return is(TypeKind::Interface); }

    // Basic: name ("int", "untyped int").
    QString m_name;
    BasicKind m_basic = BasicKind::Invalid;
    TypeKind m_kind;

    // Pointer, Array, Slice, Map (value), Chan: element type. Map: m_key.
    Type *m_elem = nullptr;
    Type *m_key = nullptr;
    std::int64_t m_length = 0; // Array
    ChanDir m_dir = ChanDir::Both;

    // Struct: fields (Var objects, embedded ones marked). Tuple: variables.
    // Signature: m_params and m_results are Tuples; m_recv the receiver variable or null.
    std::vector<Object *> m_fields;
    Type *m_params = nullptr;
    Type *m_results = nullptr;
    Object *m_recv = nullptr;
    bool m_variadic = false;

    // Interface: explicitly declared methods and embedded interfaces; m_allMethods is the
    // complete method set sorted by name, computed once by completeInterface().
    // Named: the methods declared with this receiver base type, in source order.
    std::vector<Object *> m_methods;
    std::vector<Type *> m_embeddeds;
    std::vector<Object *> m_allMethods;
    bool m_complete = false;

    // Named: its type name object and its underlying type (null while being declared).
    Object *m_obj = nullptr;
    Type *m_underlying = nullptr;
};

// Type predicates and relations of the Go specification (go/types' predicates.go and
// operand.go). All are pure functions of their arguments.
bool identical(const Type *x, const Type *y);
bool comparable(const Type *t);
bool hasNil(const Type *t);
// The default type of an untyped type (int for untyped int, ...); t itself otherwise.
Type *defaultType(Type *t);
// The complete method set of an interface (embedded interfaces included), sorted by name.
// Computed on first use and kept: not thread-safe for a type still being checked; the
// universe's and the supported packages' interfaces are completed before they are shared.
const std::vector<Object *> &interfaceMethods(Type *iface);
// Why t does not implement iface ("missing method N", ...) or empty if it does.
QString missingMethod(Type *t, Type *iface);
// Whether a value of type v is assignable to type t (not considering untyped constants' values).
bool assignableTo(Type *v, Type *t, QString *reason = nullptr);
// Whether a non-constant value of type v converts to type t.
bool convertibleTo(Type *v, Type *t);

} // namespace cacophony::go
