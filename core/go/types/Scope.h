#pragma once

#include "go/types/Object.h"

#include <QHash>
#include <QString>

#include <vector>

namespace cacophony::go {

// A lexical scope: names to objects, with its parent (the universe's parent is null).
// Function scopes record their extent so a nested function's use of an outer variable can
// be recognised as a capture.
class Scope
{
public:
    Scope(Scope *parent, bool isFunction) : m_parent(parent), m_function(isFunction) {}

    Scope *parent() const { return m_parent; }
    bool isFunction() const { return m_function; }

    // The object named in this scope only, or null.
    Object *lookup(const QString &name) const { return m_names.value(name); }
    // The object named here or in an enclosing scope, and the scope that declares it.
    Object *lookupParent(const QString &name, Scope **where = nullptr) const;
    // Declares obj here; returns the object already declared under its name, or null.
    Object *insert(Object *obj);
    // The objects in declaration order.
    const std::vector<Object *> &objects() const { return m_order; }
    // The innermost function scope containing this scope (itself if it is one), or null.
    const Scope *functionScope() const;

private:
    Scope *m_parent;
    bool m_function;
    QHash<QString, Object *> m_names;
    std::vector<Object *> m_order;
};

} // namespace cacophony::go
