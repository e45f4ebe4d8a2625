#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace cacophony::go {

class Package;
class Source;
class SyntaxTree;
class TypeInfo;

// The packages a program may import, declared as Go source (packages/*.go, resources under
// :/go/packages/) and checked by the front end itself, once, on first use. Immutable
// afterwards: thread-safe to read, shared by every check.
class Packages
{
public:
    static const Packages &instance();

    // The package of an import path ("fmt", "sync/atomic", "metronome"), or null.
    Package *package(const QString &path) const { return m_byPath.value(path); }
    QStringList paths() const { return m_order; }
    // The compile errors of the declaration files ("path: line:col: message"): empty unless
    // a declaration file is broken (a test keeps it so).
    const QStringList &errors() const { return m_errors; }

private:
    Packages();
    ~Packages();
    void load(const QString &path, const QString &file);

    struct Loaded;
    std::vector<std::unique_ptr<Loaded>> m_loaded;
    QHash<QString, Package *> m_byPath;
    QStringList m_order;
    QStringList m_errors;
};

} // namespace cacophony::go
