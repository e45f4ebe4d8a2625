// Type relations of the Go specification on hand-built types: identity, assignability,
// convertibility, comparability, printing, field and method lookup with embedding.
#include "go/types/Arena.h"
#include "go/types/Lookup.h"
#include "go/types/Universe.h"

#include <QTest>

using namespace cacophony::go;

namespace {

// A little world of types: T struct{ Base; n int } with Base's method M promoted,
// P's pointer method, Stringer, chan types and the basics.
struct World
{
    Arena a;
    const Universe &u = Universe::get();
    Package *pkg = a.newPackage(QStringLiteral("main"), QStringLiteral("main"), a.newScope(u.scope()));
    Type *intT = u.basic(BasicKind::Int);
    Type *strT = u.basic(BasicKind::String);

    Type *sig(std::vector<Type *> params, std::vector<Type *> results, bool variadic = false)
    {
        std::vector<Object *> p, r;
        for (Type *t : params)
            p.push_back(a.newObject(ObjectKind::Var, QString(), t));
        for (Type *t : results)
            r.push_back(a.newObject(ObjectKind::Var, QString(), t));
        Type *s = a.newType(TypeKind::Signature);
        s->m_params = a.tuple(p);
        s->m_results = a.tuple(r);
        s->m_variadic = variadic;
        return s;
    }
    Type *named(const QString &name, Type *underlying)
    {
        Object *obj = a.newObject(ObjectKind::TypeName, name, nullptr);
        obj->m_pkg = pkg;
        Type *t = a.newType(TypeKind::Named);
        t->m_obj = obj;
        t->m_underlying = underlying;
        obj->m_type = t;
        return t;
    }
    Object *method(Type *recv, const QString &name, Type *signature, bool pointer)
    {
        Object *m = a.newObject(ObjectKind::Func, name, signature);
        m->m_pkg = pkg;
        m->m_pointerRecv = pointer;
        recv->m_methods.push_back(m);
        return m;
    }
    Type *structOf(std::vector<std::pair<QString, Type *>> fields)
    {
        Type *s = a.newType(TypeKind::Struct);
        for (auto &[name, t] : fields) {
            Object *f = a.newObject(ObjectKind::Var, name.isEmpty() ? typeString(t, pkg) : name, t);
            f->m_pkg = pkg;
            f->m_field = true;
            f->m_embedded = name.isEmpty();
            s->m_fields.push_back(f);
        }
        return s;
    }
    Type *iface(std::vector<std::pair<QString, Type *>> methods)
    {
        Type *i = a.newType(TypeKind::Interface);
        for (auto &[name, s] : methods) {
            Object *m = a.newObject(ObjectKind::Func, name, s);
            m->m_pkg = pkg;
            i->m_methods.push_back(m);
        }
        return i;
    }
};

} // namespace

class tst_Type : public QObject
{
    Q_OBJECT

private slots:
    void printing();
    void identity();
    void assignability();
    void convertibility();
    void comparability();
    void promotion();
    void interfaceSatisfaction();
    void defaults();
};

void tst_Type::printing()
{
    World w;
    QCOMPARE(typeString(w.a.chan(w.intT, ChanDir::RecvOnly), w.pkg), QStringLiteral("<-chan int"));
    QCOMPARE(typeString(w.a.chan(w.intT, ChanDir::SendOnly), w.pkg), QStringLiteral("chan<- int"));
    QCOMPARE(typeString(w.a.chan(w.a.chan(w.intT, ChanDir::RecvOnly), ChanDir::Both), w.pkg), QStringLiteral("chan (<-chan int)"));
    QCOMPARE(typeString(w.a.map(w.strT, w.a.slice(w.intT)), w.pkg), QStringLiteral("map[string][]int"));
    QCOMPARE(typeString(w.a.array(w.a.pointer(w.intT), 3), w.pkg), QStringLiteral("[3]*int"));
    QCOMPARE(typeString(w.sig({w.intT, w.a.slice(w.u.anyType())}, {w.intT, w.u.errorType()}, true), w.pkg),
             QStringLiteral("func(int, ...any) (int, error)"));
    QCOMPARE(typeString(w.sig({}, {w.strT}), w.pkg), QStringLiteral("func() string"));
    QCOMPARE(typeString(w.structOf({{"n", w.intT}, {"", w.u.errorType()}}), w.pkg), QStringLiteral("struct{n int; error}"));
    QCOMPARE(typeString(w.iface({{"M", w.sig({}, {})}}), w.pkg), QStringLiteral("interface{M()}"));
    QCOMPARE(typeString(w.u.byteType(), w.pkg), QStringLiteral("byte"));
    Package other(QStringLiteral("time"), QStringLiteral("time"), nullptr);
    Type *duration = w.named(QStringLiteral("Duration"), w.u.basic(BasicKind::Int64));
    duration->m_obj->m_pkg = &other;
    QCOMPARE(typeString(duration, w.pkg), QStringLiteral("time.Duration"));
    QCOMPARE(typeString(duration, &other), QStringLiteral("Duration"));
}

void tst_Type::identity()
{
    World w;
    QVERIFY(identical(w.a.slice(w.intT), w.a.slice(w.intT)));
    QVERIFY(!identical(w.a.slice(w.intT), w.a.slice(w.strT)));
    QVERIFY(identical(w.u.byteType(), w.u.basic(BasicKind::Uint8)));
    QVERIFY(!identical(w.a.array(w.intT, 2), w.a.array(w.intT, 3)));
    QVERIFY(!identical(w.a.chan(w.intT, ChanDir::RecvOnly), w.a.chan(w.intT, ChanDir::Both)));
    QVERIFY(identical(w.sig({w.intT}, {w.strT}), w.sig({w.intT}, {w.strT})));
    QVERIFY(!identical(w.sig({w.a.slice(w.intT)}, {}, true), w.sig({w.a.slice(w.intT)}, {}, false)));
    QVERIFY(identical(w.iface({}), w.u.anyType()));
    QVERIFY(!identical(w.named("A", w.intT), w.named("A", w.intT)));
}

void tst_Type::assignability()
{
    World w;
    Type *myInt = w.named("MyInt", w.intT);
    Type *ints = w.a.slice(w.intT);
    Type *myInts = w.named("Ints", ints);
    QVERIFY(assignableTo(w.intT, w.intT));
    QVERIFY(!assignableTo(w.intT, w.strT));
    QVERIFY(!assignableTo(myInt, w.intT));                 // both named
    QVERIFY(assignableTo(w.a.slice(w.intT), myInts));      // identical underlying, one unnamed
    QVERIFY(assignableTo(w.u.basic(BasicKind::UntypedInt), myInt));
    QVERIFY(!assignableTo(w.u.basic(BasicKind::UntypedString), myInt));
    QVERIFY(assignableTo(w.u.basic(BasicKind::UntypedNil), ints));
    QVERIFY(!assignableTo(w.u.basic(BasicKind::UntypedNil), w.intT));
    QVERIFY(assignableTo(w.a.chan(w.intT, ChanDir::Both), w.a.chan(w.intT, ChanDir::RecvOnly)));
    QVERIFY(!assignableTo(w.a.chan(w.intT, ChanDir::RecvOnly), w.a.chan(w.intT, ChanDir::Both)));
    QVERIFY(assignableTo(w.intT, w.u.anyType()));
    QVERIFY(!assignableTo(w.intT, w.u.errorType()));
}

void tst_Type::convertibility()
{
    World w;
    QVERIFY(convertibleTo(w.intT, w.u.basic(BasicKind::Float64)));
    QVERIFY(convertibleTo(w.intT, w.strT));                  // string(rune)
    QVERIFY(convertibleTo(w.strT, w.a.slice(w.u.byteType())));
    QVERIFY(convertibleTo(w.a.slice(w.u.runeType()), w.strT));
    QVERIFY(!convertibleTo(w.strT, w.intT));
    QVERIFY(convertibleTo(w.named("MyInt", w.intT), w.intT));
    QVERIFY(!convertibleTo(w.a.slice(w.intT), w.strT));
}

void tst_Type::comparability()
{
    World w;
    QVERIFY(comparable(w.intT));
    QVERIFY(comparable(w.a.chan(w.intT, ChanDir::Both)));
    QVERIFY(comparable(w.structOf({{"n", w.intT}})));
    QVERIFY(!comparable(w.structOf({{"s", w.a.slice(w.intT)}})));
    QVERIFY(!comparable(w.a.map(w.intT, w.intT)));
    QVERIFY(!comparable(w.sig({}, {})));
    QVERIFY(comparable(w.a.array(w.intT, 4)));
    QVERIFY(comparable(w.u.anyType()));
}

void tst_Type::promotion()
{
    World w;
    Type *base = w.named("Base", w.structOf({{"id", w.intT}}));
    Object *m = w.method(base, "M", w.sig({}, {}), false);
    Object *p = w.method(base, "P", w.sig({}, {}), true);
    Type *t = w.named("T", w.structOf({{"", base}, {"n", w.intT}}));

    Selection s = lookupFieldOrMethod(t, "id", w.pkg);
    QCOMPARE(s.obj, base->underlying()->m_fields[0]);
    QCOMPARE(s.path, (std::vector<int>{0, 0}));
    s = lookupFieldOrMethod(t, "M", w.pkg);
    QCOMPARE(s.obj, m);
    QVERIFY(!s.needsAddress);
    s = lookupFieldOrMethod(t, "P", w.pkg);
    QCOMPARE(s.obj, p);
    QVERIFY(s.needsAddress);                                    // T's value has no P without &
    QVERIFY(!lookupFieldOrMethod(w.a.pointer(t), "P", w.pkg).needsAddress);
    QVERIFY(!lookupFieldOrMethod(t, "missing", w.pkg).obj);

    // Two embedded types with the same field at the same depth: ambiguous.
    Type *other = w.named("Other", w.structOf({{"id", w.intT}}));
    Type *both = w.structOf({{"", base}, {"", other}});
    QVERIFY(lookupFieldOrMethod(both, "id", w.pkg).ambiguous);
    // A shallower field hides deeper ones.
    Type *shadow = w.structOf({{"", base}, {"id", w.strT}});
    QCOMPARE(lookupFieldOrMethod(shadow, "id", w.pkg).obj->type(), w.strT);
}

void tst_Type::interfaceSatisfaction()
{
    World w;
    Type *stringer = w.named("Stringer", w.iface({{"String", w.sig({}, {w.strT})}}));
    Type *value = w.named("V", w.structOf({}));
    w.method(value, "String", w.sig({}, {w.strT}), false);
    Type *ptr = w.named("Ptr", w.structOf({}));
    w.method(ptr, "String", w.sig({}, {w.strT}), true);
    Type *wrong = w.named("Wrong", w.structOf({}));
    w.method(wrong, "String", w.sig({}, {w.intT}), false);

    QCOMPARE(missingMethod(value, stringer), QString());
    QCOMPARE(missingMethod(w.a.pointer(value), stringer), QString());
    QCOMPARE(missingMethod(ptr, stringer), QStringLiteral("method String has pointer receiver"));
    QCOMPARE(missingMethod(w.a.pointer(ptr), stringer), QString());
    QCOMPARE(missingMethod(wrong, stringer), QStringLiteral("wrong type for method String"));
    QCOMPARE(missingMethod(w.intT, stringer), QStringLiteral("missing method String"));
    QString why;
    QVERIFY(!assignableTo(ptr, stringer, &why));
    QCOMPARE(why, QStringLiteral("method String has pointer receiver"));
    // An interface embedding another has the union of their methods.
    Type *both = w.iface({{"Close", w.sig({}, {})}});
    both->m_embeddeds.push_back(stringer);
    QCOMPARE(interfaceMethods(both).size(), std::size_t(2));
    QCOMPARE(missingMethod(value, both), QStringLiteral("missing method Close"));
    QVERIFY(assignableTo(both, stringer));
    QVERIFY(!assignableTo(stringer, both));
}

void tst_Type::defaults()
{
    const Universe &u = Universe::get();
    QCOMPARE(defaultType(u.basic(BasicKind::UntypedInt)), u.basic(BasicKind::Int));
    QCOMPARE(defaultType(u.basic(BasicKind::UntypedRune)), u.basic(BasicKind::Int32));
    QCOMPARE(defaultType(u.basic(BasicKind::UntypedFloat)), u.basic(BasicKind::Float64));
    QCOMPARE(defaultType(u.basic(BasicKind::UntypedNil)), u.basic(BasicKind::UntypedNil));
    QVERIFY(u.scope()->lookup(QStringLiteral("println")));
    QVERIFY(u.scope()->lookup(QStringLiteral("iota")));
    QCOMPARE(u.scope()->lookup(QStringLiteral("error"))->type(), u.errorType());
}

QTEST_GUILESS_MAIN(tst_Type)
#include "tst_type.moc"
