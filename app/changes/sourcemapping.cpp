#include "sourcemapping.h"

#include "core/sourceconfig.h"

#include <QCoreApplication>
#include <QDir>

namespace {
struct SourceMappingTr
{
    Q_DECLARE_TR_FUNCTIONS(SourceMapping)
};
} // namespace

QString SourceMapping::localKey(const QString &path)
{
    QString key = QDir::fromNativeSeparators(QDir::cleanPath(path));
    while (key.startsWith(QLatin1Char('/')))
        key.remove(0, 1);
    return key;
}

bool SourceMapping::isLocalRule(const QString &mapping)
{
    const qsizetype eq = mapping.indexOf(QLatin1Char('='));
    return eq > 0 && QDir::isAbsolutePath(QDir::fromNativeSeparators(mapping.left(eq).trimmed()));
}

SourceMapping SourceMapping::of(const SourceConfig &source)
{
    SourceMapping mapping;
    for (const QString &rule : PathMapper::splitSetting(source.setting(QStringLiteral("map")))) {
        QString error;
        if (isLocalRule(rule)) {
            const qsizetype eq = rule.indexOf(QLatin1Char('='));
            error = mapping.m_local.add(QDir::fromNativeSeparators(rule.left(eq).trimmed()) + rule.mid(eq));
        } else {
            error = mapping.m_repository.add(rule);
        }
        if (!error.isEmpty() && mapping.m_problem.isEmpty())
            mapping.m_problem = SourceMappingTr::tr("setting map: %1").arg(error);
    }
    return mapping;
}

QStringList SourceMapping::urlsForLocalFile(const QString &path) const
{
    return m_local.urls(localKey(path));
}

QString SourceMapping::localUnmappedReason() const
{
    if (m_local.isEmpty())
        return SourceMappingTr::tr(
            "its map setting maps no local folder (add /local/folder=https://public.url/prefix)");
    QStringList folders;
    for (const PathMapper::Rule &rule : m_local.rules())
        // The rules keep prefixes without their leading /; a drive letter ("C:/site") has none.
        folders << QDir::toNativeSeparators(rule.pathPrefix.indexOf(QLatin1Char(':')) == 1
                                                ? rule.pathPrefix
                                                : QLatin1Char('/') + rule.pathPrefix);
    folders.removeDuplicates();
    return SourceMappingTr::tr("the file is not inside a folder it maps (%1)")
        .arg(folders.join(QLatin1String(", ")));
}

PathMapper SourceMapping::repositoryMapper(const QString &workTree) const
{
    PathMapper mapper = m_repository;
    if (workTree.isEmpty())
        return mapper;
    const QString tree = localKey(QDir(workTree).absolutePath());
    for (const PathMapper::Rule &rule : m_local.rules()) {
        QString relative;
        if (rule.pathPrefix == tree)
            relative = QString();
        else if (rule.pathPrefix.startsWith(tree + QLatin1Char('/')))
            relative = rule.pathPrefix.mid(tree.size() + 1);
        else
            continue;
        mapper.add(relative + QLatin1Char('=') + rule.urlPrefix);
    }
    return mapper;
}
