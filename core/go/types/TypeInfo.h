#pragma once

#include "go/types/Arena.h"
#include "go/types/Constant.h"
#include "go/types/Lookup.h"

#include <QHash>

#include <cstdint>
#include <memory>
#include <vector>

namespace cacophony::go {

class SyntaxTree;

// The typed program: side tables over a SyntaxTree's nodes (indexed by Node::id), as
// go/types' Info. The tree is not modified. Owns every type and object it mentions (its
// Arena); the supported packages' objects are shared and live for the whole process.
// Immutable once the checker returns it: safe to read from several threads.
class TypeInfo
{
public:
    explicit TypeInfo(std::size_t nodeCount) : m_types(nodeCount, nullptr), m_objects(nodeCount, nullptr) {}

    // The type of an expression node (after untyped constants took their final type), or null.
    Type *type(std::uint32_t id) const { return id < m_types.size() ? m_types[id] : nullptr; }
    // The object a Name node declares or refers to, or null.
    Object *object(std::uint32_t id) const { return id < m_objects.size() ? m_objects[id] : nullptr; }
    // The value of a constant expression node (Unknown if not constant).
    Constant value(std::uint32_t id) const { return m_values.value(id); }
    // The field or method a SelectorExpr selects (not for package-qualified names).
    const Selection *selection(std::uint32_t id) const
    {
        auto it = m_selections.find(id);
        return it == m_selections.end() ? nullptr : &it.value();
    }
    // The variable a type switch case clause (CaseClause id) declares implicitly.
    Object *implicit(std::uint32_t id) const { return m_implicits.value(id); }
    // The variables of enclosing functions that a FuncLit (id) refers to, in first-use order.
    std::vector<Object *> captures(std::uint32_t id) const { return m_captures.value(id); }
    // Whether a CallExpr (id) is a conversion T(x) rather than a call.
    bool isConversion(std::uint32_t id) const { return m_conversions.contains(id); }

    Package *package() const { return m_package; }
    // The program's Go version decides loop variables: per iteration (>= 1.22) or per loop.
    bool perIterationLoopVars() const { return m_perIteration; }

    // Checker side.
    Arena &arena() { return m_arena; }
    void setType(std::uint32_t id, Type *t) { if (id < m_types.size()) m_types[id] = t; }
    void setObject(std::uint32_t id, Object *obj) { if (id < m_objects.size()) m_objects[id] = obj; }
    void setValue(std::uint32_t id, const Constant &v) { m_values.insert(id, v); }
    void setSelection(std::uint32_t id, const Selection &s) { m_selections.insert(id, s); }
    void setImplicit(std::uint32_t id, Object *obj) { m_implicits.insert(id, obj); }
    void addCapture(std::uint32_t funcLit, Object *var)
    {
        auto &list = m_captures[funcLit];
        if (std::find(list.begin(), list.end(), var) == list.end())
            list.push_back(var);
    }
    void setConversion(std::uint32_t id) { m_conversions.insert(id, true); }
    void setPackage(Package *pkg) { m_package = pkg; }
    void setPerIteration(bool on) { m_perIteration = on; }

private:
    Arena m_arena;
    std::vector<Type *> m_types;
    std::vector<Object *> m_objects;
    QHash<std::uint32_t, Constant> m_values;
    QHash<std::uint32_t, Selection> m_selections;
    QHash<std::uint32_t, Object *> m_implicits;
    QHash<std::uint32_t, std::vector<Object *>> m_captures;
    QHash<std::uint32_t, bool> m_conversions;
    Package *m_package = nullptr;
    bool m_perIteration = true;
};

} // namespace cacophony::go
