#include "gorun/vm/TypeName.h"

#include "go/types/Object.h"
#include "go/types/Package.h"
#include "go/types/Type.h"

namespace cacophony::gorun {

using go::TypeKind;

std::string runtimeTypeName(const go::Type *t)
{
    if (!t)
        return "<nil>";
    switch (t->kind()) {
    case TypeKind::Basic:
        if (t->basic() == go::BasicKind::Uint8 && t->m_name == QLatin1String("byte"))
            return "uint8";
        if (t->basic() == go::BasicKind::Int32 && t->m_name == QLatin1String("rune"))
            return "int32";
        return t->m_name.toStdString();
    case TypeKind::Named: {
        const go::Object *obj = t->m_obj;
        const std::string name = obj->name().toStdString();
        if (name == "error" && !obj->m_pkg)
            return "error";
        return obj->m_pkg ? obj->m_pkg->name().toStdString() + "." + name : name;
    }
    case TypeKind::Pointer: return "*" + runtimeTypeName(t->m_elem);
    case TypeKind::Slice: return "[]" + runtimeTypeName(t->m_elem);
    case TypeKind::Array: return "[" + std::to_string(t->m_length) + "]" + runtimeTypeName(t->m_elem);
    case TypeKind::Map: return "map[" + runtimeTypeName(t->m_key) + "]" + runtimeTypeName(t->m_elem);
    case TypeKind::Chan:
        return (t->m_dir == go::ChanDir::SendOnly ? "chan<- " : t->m_dir == go::ChanDir::RecvOnly ? "<-chan " : "chan ")
            + runtimeTypeName(t->m_elem);
    case TypeKind::Struct: {
        if (t->m_fields.empty())
            return "struct {}";
        std::string s = "struct { ";
        for (std::size_t i = 0; i < t->m_fields.size(); ++i) {
            if (i)
                s += "; ";
            if (!t->m_fields[i]->m_embedded)
                s += t->m_fields[i]->name().toStdString() + " ";
            s += runtimeTypeName(t->m_fields[i]->type());
        }
        return s + " }";
    }
    case TypeKind::Interface:
        if (t->m_methods.empty() && t->m_embeddeds.empty())
            return "interface {}";
        return "interface { ... }";
    case TypeKind::Signature: {
        std::string s = "func(";
        for (std::size_t i = 0; t->m_params && i < t->m_params->m_fields.size(); ++i)
            s += (i ? ", " : "") + runtimeTypeName(t->m_params->m_fields[i]->type());
        s += ")";
        const std::size_t n = t->m_results ? t->m_results->m_fields.size() : 0;
        if (n == 1)
            s += " " + runtimeTypeName(t->m_results->m_fields[0]->type());
        else if (n > 1) {
            s += " (";
            for (std::size_t i = 0; i < n; ++i)
                s += (i ? ", " : "") + runtimeTypeName(t->m_results->m_fields[i]->type());
            s += ")";
        }
        return s;
    }
    default:
        return "?";
    }
}

} // namespace cacophony::gorun
