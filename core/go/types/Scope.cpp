#include "go/types/Scope.h"

namespace cacophony::go {

Object *Scope::lookupParent(const QString &name, Scope **where) const
{
    for (const Scope *s = this; s; s = s->m_parent) {
        if (Object *obj = s->lookup(name)) {
            if (where)
                *where = const_cast<Scope *>(s);
            return obj;
        }
    }
    return nullptr;
}

Object *Scope::insert(Object *obj)
{
    if (obj->name() == QLatin1String("_"))
        return nullptr; // the blank identifier declares nothing
    if (Object *old = m_names.value(obj->name()))
        return old;
    m_names.insert(obj->name(), obj);
    m_order.push_back(obj);
    if (!obj->m_parent)
        obj->m_parent = this;
    return nullptr;
}

const Scope *Scope::functionScope() const
{
    for (const Scope *s = this; s; s = s->m_parent)
        if (s->m_function)
            return s;
    return nullptr;
}

} // namespace cacophony::go
