#include "changefilter.h"

#include <QCoreApplication>

namespace {

struct ChangeFilterTr
{
    Q_DECLARE_TR_FUNCTIONS(ChangeFilter)
};

bool isImage(const QMimeType &type)
{
    if (type.name().startsWith(QLatin1String("image/")))
        return true;
    for (const QString &parent : type.allAncestors())
        if (parent.startsWith(QLatin1String("image/")))
            return true;
    return false;
}

} // namespace

std::optional<ChangeFilter::Only> ChangeFilter::onlyFromName(const QString &name)
{
    if (name == QLatin1String("all"))
        return Only::All;
    if (name == QLatin1String("images"))
        return Only::Images;
    return std::nullopt;
}

QString ChangeFilter::onlyName(Only only)
{
    return only == Only::Images ? QStringLiteral("images") : QStringLiteral("all");
}

QString ChangeFilter::configure(Only only, const QStringList &includes, const QStringList &excludes)
{
    m_only = only;
    m_includes.clear();
    m_excludes.clear();
    for (const auto &[list, target, option] :
         {std::tuple{&includes, &m_includes, "--include"}, std::tuple{&excludes, &m_excludes, "--exclude"}}) {
        for (const QString &pattern : *list) {
            GlobPattern glob(pattern);
            if (!glob.isValid())
                return ChangeFilterTr::tr("%1 \"%2\" is not a usable glob: %3")
                    .arg(QLatin1String(option), pattern, glob.error());
            target->append(glob);
        }
    }
    return {};
}

QMimeType ChangeFilter::mimeType(const QString &path, const QByteArray &content, bool contentFound) const
{
    const bool lfsPointer = content.startsWith("version https://git-lfs.github.com/spec/");
    if (!contentFound || lfsPointer) {
        // No file system or repository path holds U+0000, and Qt 6.4's suffix lookup reads past
        // its cache on names with several of them (found by fuzz_change_filter): such a name is
        // judged by nothing, as a file without a known extension would be.
        if (path.contains(QChar(0)))
            return m_mime.mimeTypeForName(QStringLiteral("application/octet-stream"));
        return m_mime.mimeTypeForFile(path, QMimeDatabase::MatchExtension);
    }
    return m_mime.mimeTypeForData(content);
}

ChangeFilter::TypeVerdict ChangeFilter::checkType(const ChangedFile &file, const QByteArray &content,
                                                  bool contentFound) const
{
    TypeVerdict verdict;
    if (m_only == Only::All)
        return verdict;
    if (file.submodule) {
        verdict.accepted = false;
        verdict.reason = ChangeFilterTr::tr("a submodule, not an image");
        return verdict;
    }
    const QMimeType type = mimeType(file.path, content, contentFound);
    verdict.mimeType = type.name();
    verdict.accepted = isImage(type);
    if (!verdict.accepted)
        verdict.reason = ChangeFilterTr::tr("not an image (%1)").arg(type.name());
    return verdict;
}

QString ChangeFilter::checkPath(const QString &path) const
{
    if (!m_includes.isEmpty()) {
        bool included = false;
        for (const GlobPattern &glob : m_includes)
            included = included || glob.matches(path);
        if (!included)
            return ChangeFilterTr::tr("matches no --include");
    }
    for (const GlobPattern &glob : m_excludes)
        if (glob.matches(path))
            return ChangeFilterTr::tr("excluded by %1").arg(glob.pattern());
    return {};
}
