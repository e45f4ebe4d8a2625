#pragma once

#include "go/types/Object.h"
#include "go/types/Package.h"
#include "go/types/Scope.h"
#include "go/types/Type.h"

#include <deque>

namespace cacophony::go {

// Owns the types, objects, scopes and packages of one check (or of the universe, or of the
// supported packages' declarations). Addresses stay stable; everything is freed with the arena.
// Not thread-safe: one check fills its own arena.
class Arena
{
public:
    Arena() = default;
    Arena(const Arena &) = delete;
    Arena &operator=(const Arena &) = delete;

    Type *newType(TypeKind kind) { return &m_types.emplace_back(kind); }
    Object *newObject(ObjectKind kind, const QString &name, Type *type, int pos = -1)
    {
        return &m_objects.emplace_back(kind, name, type, pos);
    }
    Scope *newScope(Scope *parent, bool isFunction = false) { return &m_scopes.emplace_back(parent, isFunction); }
    Package *newPackage(const QString &path, const QString &name, Scope *scope)
    {
        return &m_packages.emplace_back(path, name, scope);
    }

    // Calls f on every type of the arena (to finish them before they are shared).
    template <class F> void forEachType(F f)
    {
        for (Type &t : m_types)
            f(&t);
    }

    // Composite type constructors.
    Type *pointer(Type *elem);
    Type *slice(Type *elem);
    Type *array(Type *elem, std::int64_t length);
    Type *map(Type *key, Type *elem);
    Type *chan(Type *elem, ChanDir dir);
    Type *tuple(std::vector<Object *> vars);

private:
    std::deque<Type> m_types;
    std::deque<Object> m_objects;
    std::deque<Scope> m_scopes;
    std::deque<Package> m_packages;
};

} // namespace cacophony::go
