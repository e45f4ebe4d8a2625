#pragma once

#include "go/types/Constant.h"

#include <QString>

#include <cstdint>

namespace cacophony::go {

class Type;
class Scope;
class Package;

enum class ObjectKind : std::uint8_t { Var, Const, TypeName, Func, PkgName, Builtin, Label, Nil };

// The builtin functions of the universe.
enum class BuiltinId : std::uint8_t { None, Append, Cap, Close, Copy, Delete, Len, Make, New, Panic, Print, Println, Recover };

// A named language entity (go/types' Object): one class with a kind, owned by an Arena.
class Object
{
public:
    Object(ObjectKind kind, QString name, Type *type, int pos)
        : m_kind(kind), m_name(std::move(name)), m_type(type), m_pos(pos) {}

    ObjectKind kind() const { return m_kind; }
    const QString &name() const { return m_name; }
    Type *type() const { return m_type; }
    // Byte offset of the declaring name in the source; -1 when predeclared or from a package.
    int pos() const { return m_pos; }
    bool exported() const { return !m_name.isEmpty() && m_name.at(0).isUpper(); }
    bool is(ObjectKind k) const { return m_kind == k; }

    ObjectKind m_kind;
    QString m_name;
    Type *m_type;
    int m_pos;
    Package *m_pkg = nullptr;     // the declaring package; null for the universe
    Scope *m_parent = nullptr;    // the scope the object is declared in

    Constant m_value;             // Const
    BuiltinId m_builtin = BuiltinId::None; // Builtin
    Package *m_imported = nullptr; // PkgName: the imported package

    bool m_used = false;          // Var, PkgName, Label: referenced at least once
    bool m_field = false;         // Var: a struct field
    bool m_embedded = false;      // Var: an embedded struct field
    bool m_captured = false;      // Var: referenced from a function literal nested in its function
    bool m_perIteration = false;  // Var: a loop variable fresh in each iteration (Go >= 1.22)
    bool m_pointerRecv = false;   // Func: a method with a pointer receiver
    int m_declOrder = 0;          // package-level objects: index of the declaration
    const void *m_decl = nullptr; // the declaring syntax node, for the runtime and editors
    // Package-level objects: 0 not yet checked, 1 being checked (a cycle when met again), 2 done.
    std::uint8_t m_color = 0;
};

} // namespace cacophony::go
