#pragma once

#include <QString>

#include <vector>

namespace cacophony::go {

class Object;
class Package;
class Type;

// The result of looking a field or method up in a type (go/types' LookupFieldOrMethod).
struct Selection
{
    Object *obj = nullptr;      // the field (Var) or method (Func); null if not found
    std::vector<int> path;      // indices of the embedded fields walked, then of the field
    bool indirect = false;      // a pointer was followed on the way
    bool ambiguous = false;     // found twice at the shallowest depth
    bool needsAddress = false;  // a pointer-receiver method on a value that is not a pointer
};

// Looks name up among T's fields and methods, embedded ones promoted, shallowest depth first.
// Unexported names match only within pkg.
Selection lookupFieldOrMethod(Type *t, const QString &name, const Package *pkg);

// The Go type's text as gc prints it in messages, names qualified unless of package `current`.
QString typeString(const Type *t, const Package *current);

} // namespace cacophony::go
