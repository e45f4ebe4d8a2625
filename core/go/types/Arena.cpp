#include "go/types/Arena.h"

namespace cacophony::go {

Type *Arena::pointer(Type *elem)
{
    Type *t = newType(TypeKind::Pointer);
    t->m_elem = elem;
    return t;
}

Type *Arena::slice(Type *elem)
{
    Type *t = newType(TypeKind::Slice);
    t->m_elem = elem;
    return t;
}

Type *Arena::array(Type *elem, std::int64_t length)
{
    Type *t = newType(TypeKind::Array);
    t->m_elem = elem;
    t->m_length = length;
    return t;
}

Type *Arena::map(Type *key, Type *elem)
{
    Type *t = newType(TypeKind::Map);
    t->m_key = key;
    t->m_elem = elem;
    return t;
}

Type *Arena::chan(Type *elem, ChanDir dir)
{
    Type *t = newType(TypeKind::Chan);
    t->m_elem = elem;
    t->m_dir = dir;
    return t;
}

Type *Arena::tuple(std::vector<Object *> vars)
{
    Type *t = newType(TypeKind::Tuple);
    t->m_fields = std::move(vars);
    return t;
}

} // namespace cacophony::go
