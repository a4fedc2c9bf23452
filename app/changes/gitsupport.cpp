#include "gitsupport.h"

namespace Git {

QString lastError(int code)
{
    const git_error *error = git_error_last();
    if (error && error->message && *error->message)
        return QString::fromUtf8(error->message);
    return QStringLiteral("libgit2 error %1").arg(code);
}

QString oidText(const git_oid &oid)
{
    char text[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(text, sizeof text, &oid);
    return QString::fromLatin1(text);
}

} // namespace Git
