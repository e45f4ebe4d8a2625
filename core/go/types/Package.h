#pragma once

#include <QString>

namespace cacophony::go {

class Scope;

// A package: its import path, name and package-level scope (an imported package's scope
// holds only what the program may use).
class Package
{
public:
    Package(QString path, QString name, Scope *scope)
        : m_path(std::move(path)), m_name(std::move(name)), m_scope(scope) {}

    const QString &path() const { return m_path; }
    const QString &name() const { return m_name; }
    Scope *scope() const { return m_scope; }

private:
    QString m_path;
    QString m_name;
    Scope *m_scope;
};

} // namespace cacophony::go
