#include "go/types/Lookup.h"

#include "go/types/Object.h"
#include "go/types/Package.h"
#include "go/types/Type.h"

#include <QSet>

namespace cacophony::go {

namespace {

struct Candidate
{
    Type *type;
    std::vector<int> path;
    bool indirect;
};

bool sameName(const Object *obj, const QString &name, const Package *pkg)
{
    return obj->name() == name && (obj->exported() || !obj->m_pkg || obj->m_pkg == pkg);
}

void writeVars(QString &out, const Type *tuple, bool variadic, const Package *current)
{
    out += u'(';
    const auto &vars = tuple->m_fields;
    for (std::size_t i = 0; i < vars.size(); ++i) {
        if (i > 0)
            out += QLatin1String(", ");
        if (!vars[i]->name().isEmpty())
            out += vars[i]->name() + u' ';
        if (variadic && i + 1 == vars.size() && vars[i]->type()->kind() == TypeKind::Slice)
            out += QLatin1String("...") + typeString(vars[i]->type()->m_elem, current);
        else
            out += typeString(vars[i]->type(), current);
    }
    out += u')';
}

void writeSignature(QString &out, const Type *sig, const Package *current)
{
    writeVars(out, sig->m_params, sig->m_variadic, current);
    const auto &results = sig->m_results->m_fields;
    if (results.empty())
        return;
    out += u' ';
    if (results.size() == 1 && results[0]->name().isEmpty())
        out += typeString(results[0]->type(), current);
    else
        writeVars(out, sig->m_results, false, current);
}

} // namespace

Selection lookupFieldOrMethod(Type *t, const QString &name, const Package *pkg)
{
    Selection sel;
    if (name == QLatin1String("_"))
        return sel;
    bool startIndirect = false;
    if (t->kind() == TypeKind::Pointer) { // *T: look in T (a named pointer type has no methods)
        t = t->m_elem;
        startIndirect = true;
    }
    std::vector<Candidate> current{{t, {}, startIndirect}};
    QSet<const Type *> seen;
    while (!current.empty()) {
        std::vector<Candidate> next;
        int found = 0;
        for (const Candidate &c : current) {
            Type *typ = c.type;
            if (typ->isNamed()) {
                if (seen.contains(typ))
                    continue;
                seen.insert(typ);
                const int before = found;
                for (std::size_t i = 0; i < typ->m_methods.size(); ++i) {
                    Object *m = typ->m_methods[i];
                    if (sameName(m, name, pkg)) {
                        ++found;
                        sel.obj = m;
                        sel.path = c.path;
                        sel.path.push_back(int(i));
                        sel.indirect = c.indirect;
                    }
                }
                if (found > before)
                    continue; // a method hides the fields of the type's struct
            }
            Type *u = typ->underlying();
            if (u->kind() == TypeKind::Struct) {
                for (std::size_t i = 0; i < u->m_fields.size(); ++i) {
                    Object *f = u->m_fields[i];
                    std::vector<int> path = c.path;
                    path.push_back(int(i));
                    if (sameName(f, name, pkg)) {
                        ++found;
                        sel.obj = f;
                        sel.path = path;
                        sel.indirect = c.indirect;
                        continue;
                    }
                    if (f->m_embedded) {
                        Type *ft = f->type();
                        bool ptr = false;
                        if (ft->kind() == TypeKind::Pointer) {
                            ft = ft->m_elem;
                            ptr = true;
                        }
                        next.push_back({ft, std::move(path), c.indirect || ptr});
                    }
                }
            } else if (u->kind() == TypeKind::Interface) {
                const auto &methods = interfaceMethods(u);
                for (std::size_t i = 0; i < methods.size(); ++i) {
                    if (sameName(methods[i], name, pkg)) {
                        ++found;
                        sel.obj = methods[i];
                        sel.path = c.path;
                        sel.path.push_back(int(i));
                        sel.indirect = c.indirect;
                    }
                }
            }
        }
        if (found > 1) {
            sel = Selection{};
            sel.ambiguous = true;
            return sel;
        }
        if (found == 1) {
            sel.needsAddress = sel.obj->is(ObjectKind::Func) && sel.obj->m_pointerRecv && !sel.indirect;
            return sel;
        }
        current = std::move(next);
    }
    return Selection{};
}

QString typeString(const Type *t, const Package *current)
{
    if (!t)
        return QStringLiteral("<nil>");
    QString out;
    switch (t->kind()) {
    case TypeKind::Basic:
        return t->m_name;
    case TypeKind::Named: {
        const Object *obj = t->m_obj;
        if (obj->m_pkg && obj->m_pkg != current)
            return obj->m_pkg->name() + u'.' + obj->name();
        return obj->name();
    }
    case TypeKind::Pointer:
        return u'*' + typeString(t->m_elem, current);
    case TypeKind::Slice:
        return QLatin1String("[]") + typeString(t->m_elem, current);
    case TypeKind::Array:
        return QStringLiteral("[%1]").arg(t->m_length) + typeString(t->m_elem, current);
    case TypeKind::Map:
        return QLatin1String("map[") + typeString(t->m_key, current) + u']' + typeString(t->m_elem, current);
    case TypeKind::Chan: {
        QString elem = typeString(t->m_elem, current);
        const bool parens = t->m_dir == ChanDir::Both && t->m_elem->kind() == TypeKind::Chan
                            && t->m_elem->m_dir == ChanDir::RecvOnly;
        if (parens)
            elem = u'(' + elem + u')';
        switch (t->m_dir) {
        case ChanDir::Both: return QLatin1String("chan ") + elem;
        case ChanDir::SendOnly: return QLatin1String("chan<- ") + elem;
        case ChanDir::RecvOnly: return QLatin1String("<-chan ") + elem;
        }
        return {};
    }
    case TypeKind::Struct:
        out = QStringLiteral("struct{");
        for (std::size_t i = 0; i < t->m_fields.size(); ++i) {
            const Object *f = t->m_fields[i];
            if (i > 0)
                out += QLatin1String("; ");
            if (!f->m_embedded)
                out += f->name() + u' ';
            out += typeString(f->type(), current);
        }
        return out + u'}';
    case TypeKind::Signature:
        out = QStringLiteral("func");
        writeSignature(out, t, current);
        return out;
    case TypeKind::Interface: {
        if (!t->m_name.isEmpty())
            return t->m_name; // any
        out = QStringLiteral("interface{");
        bool first = true;
        for (const Type *e : t->m_embeddeds) {
            out += (first ? QString() : QStringLiteral("; ")) + typeString(e, current);
            first = false;
        }
        for (const Object *m : t->m_methods) {
            out += (first ? QString() : QStringLiteral("; ")) + m->name();
            writeSignature(out, m->type(), current);
            first = false;
        }
        return out + u'}';
    }
    case TypeKind::Tuple:
        writeVars(out, t, false, current);
        return out;
    }
    return out;
}

} // namespace cacophony::go
