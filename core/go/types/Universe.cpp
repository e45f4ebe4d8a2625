#include "go/types/Universe.h"

namespace cacophony::go {

namespace {

struct BasicName
{
    BasicKind kind;
    const char *name;
};

constexpr BasicName kBasics[] = {
    {BasicKind::Invalid, "invalid type"},
    {BasicKind::Bool, "bool"}, {BasicKind::Int, "int"}, {BasicKind::Int8, "int8"}, {BasicKind::Int16, "int16"},
    {BasicKind::Int32, "int32"}, {BasicKind::Int64, "int64"}, {BasicKind::Uint, "uint"}, {BasicKind::Uint8, "uint8"},
    {BasicKind::Uint16, "uint16"}, {BasicKind::Uint32, "uint32"}, {BasicKind::Uint64, "uint64"},
    {BasicKind::Uintptr, "uintptr"}, {BasicKind::Float32, "float32"}, {BasicKind::Float64, "float64"},
    {BasicKind::String, "string"},
    {BasicKind::UntypedBool, "untyped bool"}, {BasicKind::UntypedInt, "untyped int"},
    {BasicKind::UntypedRune, "untyped rune"}, {BasicKind::UntypedFloat, "untyped float"},
    {BasicKind::UntypedString, "untyped string"}, {BasicKind::UntypedNil, "untyped nil"},
};

struct BuiltinName
{
    BuiltinId id;
    const char *name;
};

constexpr BuiltinName kBuiltins[] = {
    {BuiltinId::Append, "append"}, {BuiltinId::Cap, "cap"}, {BuiltinId::Close, "close"}, {BuiltinId::Copy, "copy"},
    {BuiltinId::Delete, "delete"}, {BuiltinId::Len, "len"}, {BuiltinId::Make, "make"}, {BuiltinId::New, "new"},
    {BuiltinId::Panic, "panic"}, {BuiltinId::Print, "print"}, {BuiltinId::Println, "println"},
    {BuiltinId::Recover, "recover"},
};

} // namespace

const Universe &Universe::get()
{
    static const Universe universe; // thread-safe initialisation, immutable afterwards
    return universe;
}

Universe::Universe()
{
    m_scope = m_arena.newScope(nullptr);
    for (const BasicName &b : kBasics) {
        Type *t = m_arena.newType(TypeKind::Basic);
        t->m_basic = b.kind;
        t->m_name = QString::fromLatin1(b.name);
        m_basic[std::size_t(b.kind)] = t;
        if (b.kind != BasicKind::Invalid && b.kind < BasicKind::UntypedBool)
            m_scope->insert(m_arena.newObject(ObjectKind::TypeName, t->m_name, t));
    }
    // byte and rune are aliases: the same kinds under their own names, for messages.
    auto alias = [&](BasicKind kind, const char *name) {
        Type *t = m_arena.newType(TypeKind::Basic);
        t->m_basic = kind;
        t->m_name = QString::fromLatin1(name);
        m_scope->insert(m_arena.newObject(ObjectKind::TypeName, t->m_name, t));
        return t;
    };
    m_byte = alias(BasicKind::Uint8, "byte");
    m_rune = alias(BasicKind::Int32, "rune");

    m_any = m_arena.newType(TypeKind::Interface);
    m_any->m_name = QStringLiteral("any");
    m_scope->insert(m_arena.newObject(ObjectKind::TypeName, QStringLiteral("any"), m_any));

    // type error interface { Error() string }
    Object *errorName = m_arena.newObject(ObjectKind::TypeName, QStringLiteral("error"), nullptr);
    m_error = m_arena.newType(TypeKind::Named);
    m_error->m_obj = errorName;
    errorName->m_type = m_error;
    Type *errorIface = m_arena.newType(TypeKind::Interface);
    Type *sig = m_arena.newType(TypeKind::Signature);
    sig->m_params = m_arena.tuple({});
    sig->m_results = m_arena.tuple({m_arena.newObject(ObjectKind::Var, QString(), basic(BasicKind::String))});
    errorIface->m_methods.push_back(m_arena.newObject(ObjectKind::Func, QStringLiteral("Error"), sig));
    m_error->m_underlying = errorIface;
    m_scope->insert(errorName);
    interfaceMethods(errorIface); // complete now: the universe is shared, never written later
    interfaceMethods(m_any);

    Type *untypedBool = basic(BasicKind::UntypedBool);
    for (const bool v : {true, false}) {
        Object *c = m_arena.newObject(ObjectKind::Const, v ? QStringLiteral("true") : QStringLiteral("false"), untypedBool);
        c->m_value = Constant::makeBool(v);
        m_scope->insert(c);
    }
    m_iota = m_arena.newObject(ObjectKind::Const, QStringLiteral("iota"), basic(BasicKind::UntypedInt));
    m_iota->m_value = Constant::makeInt(0);
    m_scope->insert(m_iota);
    m_nil = m_arena.newObject(ObjectKind::Nil, QStringLiteral("nil"), basic(BasicKind::UntypedNil));
    m_scope->insert(m_nil);

    for (const BuiltinName &b : kBuiltins) {
        Object *f = m_arena.newObject(ObjectKind::Builtin, QString::fromLatin1(b.name), basic(BasicKind::Invalid));
        f->m_builtin = b.id;
        m_scope->insert(f);
    }
}

} // namespace cacophony::go
