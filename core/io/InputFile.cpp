#include "io/InputFile.h"

#include <QFile>
#include <QFileInfo>

namespace cacophony {

bool InputFile::read(const QString &path, const Parse &parse, QString *reason)
{
    QString why;
    auto fail = [&](const QString &text) {
        if (reason)
            *reason = text;
        return false;
    };
    if (QFileInfo(path).isDir())
        return fail(QStringLiteral("it is a directory."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    std::FILE *stream = std::fopen(QFile::encodeName(path).constData(), "rb");
    if (!stream)
        return fail(file.errorString());
    const bool parsed = parse(stream, std::size_t(file.size()), &why);
    const bool readError = std::ferror(stream) != 0;
    std::fclose(stream);
    if (readError)
        return fail(QStringLiteral("the file could not be read to its end."));
    return parsed || fail(why);
}

} // namespace cacophony
