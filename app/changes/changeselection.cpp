#include "changeselection.h"

#include <QSet>

#include "revisionslog.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

namespace {

struct ChangeSelectionTr
{
    Q_DECLARE_TR_FUNCTIONS(ChangeSelection)
};

// How much of a blob the content check looks at (the MIME magic rules look at the first few KB).
constexpr qsizetype kContentBytes = 16 * 1024;

} // namespace

QString ChangeEntry::skipName(Skip skip)
{
    switch (skip) {
    case Skip::None:
        return {};
    case Skip::FilteredOut:
        return QStringLiteral("filtered_out");
    case Skip::Unmapped:
        return QStringLiteral("unmapped");
    case Skip::NotDecodable:
        return QStringLiteral("not_decodable");
    }
    return {};
}

QJsonObject ChangeEntry::toJson() const
{
    QJsonObject json{{QStringLiteral("status"), ChangedFile::statusName(file.status)},
                     {QStringLiteral("path"), file.path}};
    if (file.status == ChangedFile::Status::Renamed)
        json.insert(QStringLiteral("old_path"), file.oldPath);
    if (file.submodule)
        json.insert(QStringLiteral("submodule"), true);
    if (!mimeType.isEmpty())
        json.insert(QStringLiteral("mime_type"), mimeType);
    if (!file.decodable) {
        json.insert(QStringLiteral("path_bytes"), QString::fromLatin1(file.rawPath.toHex()));
        if (file.status == ChangedFile::Status::Renamed)
            json.insert(QStringLiteral("old_path_bytes"), QString::fromLatin1(file.rawOldPath.toHex()));
    }
    if (selected()) {
        json.insert(QStringLiteral("urls"), QJsonArray::fromStringList(urls));
        if (!unmappedPaths.isEmpty())
            json.insert(QStringLiteral("unmapped_paths"), QJsonArray::fromStringList(unmappedPaths));
    } else {
        json.insert(QStringLiteral("reason"), skipName(skip));
        json.insert(QStringLiteral("detail"), reason);
    }
    return json;
}

QList<ChangeEntry> ChangeReport::selected() const
{
    QList<ChangeEntry> result;
    for (const ChangeEntry &e : entries)
        if (e.selected())
            result << e;
    return result;
}

QList<ChangeEntry> ChangeReport::skipped() const
{
    QList<ChangeEntry> result;
    for (const ChangeEntry &e : entries)
        if (!e.selected())
            result << e;
    return result;
}

QStringList ChangeReport::urls() const
{
    QStringList result;
    QSet<QString> seen;
    for (const ChangeEntry &e : entries)
        for (const QString &url : e.urls)
            if (!seen.contains(url)) {
                seen.insert(url);
                result << url;
            }
    return result;
}

QJsonObject ChangeReport::toJson() const
{
    QJsonObject from{{QStringLiteral("revision"), fromRevision}, {QStringLiteral("commit"), fromCommit}};
    QJsonObject to{{QStringLiteral("revision"), toRevision}, {QStringLiteral("commit"), toCommit}};
    if (!fromRelease.isEmpty())
        from.insert(QStringLiteral("release"), fromRelease);
    if (!toRelease.isEmpty())
        to.insert(QStringLiteral("release"), toRelease);
    QJsonArray files;
    QJsonArray skippedFiles;
    for (const ChangeEntry &e : entries)
        (e.selected() ? files : skippedFiles).append(e.toJson());
    return {{QStringLiteral("repository"), repository},
            {QStringLiteral("from"), from},
            {QStringLiteral("to"), to},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
            {QStringLiteral("files"), files},
            {QStringLiteral("skipped"), skippedFiles},
            {QStringLiteral("urls"), QJsonArray::fromStringList(urls())}};
}

bool ChangeSelection::check(QString *error)
{
    if (const QString problem = m_query.validate(); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (!m_git.open(m_query.repository, error))
        return false;
    if (!m_query.revisionsLog.isEmpty() && !QFileInfo(m_query.revisionsLog).isFile()) {
        *error = ChangeSelectionTr::tr("cannot read the revisions log \"%1\": %2")
                     .arg(m_query.revisionsLog, QFileInfo::exists(m_query.revisionsLog)
                                                    ? ChangeSelectionTr::tr("not a file")
                                                    : ChangeSelectionTr::tr("no such file"));
        return false;
    }
    return m_filter.configure(*ChangeFilter::onlyFromName(m_query.only), m_query.includes, m_query.excludes)
        .isEmpty();
}

bool ChangeSelection::resolveRange(QString *error)
{
    m_base = {};
    m_base.repository = m_git.path();
    if (!m_query.revisionsLog.isEmpty()) {
        RevisionsLog log;
        RevisionsLog::Range range;
        if (!log.load(m_query.revisionsLog, error) || !log.lastTwo(&range, error))
            return false;
        if (const QString warning = log.warning(); !warning.isEmpty())
            m_base.warnings << warning;
        m_base.fromRevision = range.previous.revision;
        m_base.toRevision = range.current.revision;
        m_base.fromRelease = range.previous.release;
        m_base.toRelease = range.current.release;
        for (const auto &[deploy, id] :
             {std::pair{range.previous, &m_base.fromCommit}, std::pair{range.current, &m_base.toCommit}}) {
            QString problem;
            if (!m_git.resolve(deploy.revision, id, &problem)) {
                *error = ChangeSelectionTr::tr("%1 line %2 (release %3): %4")
                             .arg(m_query.revisionsLog)
                             .arg(deploy.line)
                             .arg(deploy.release, problem);
                return false;
            }
        }
        return true;
    }
    m_base.fromRevision = m_query.from;
    m_base.toRevision = m_query.to;
    return m_git.resolve(m_query.from, &m_base.fromCommit, error) &&
           m_git.resolve(m_query.to, &m_base.toCommit, error);
}

bool ChangeSelection::load(QString *error)
{
    if (!check(error) || !resolveRange(error))
        return false;
    QList<ChangedFile> files;
    if (!m_git.diff(m_base.fromCommit, m_base.toCommit, &files, error))
        return false;
    m_base.entries.reserve(files.size());
    const QSet<QString> picked(m_query.paths.cbegin(), m_query.paths.cend());
    for (const ChangedFile &file : files) {
        ChangeEntry entry;
        entry.file = file;
        if (!picked.isEmpty() && !picked.contains(file.path) && !picked.contains(file.oldPath)) {
            entry.skip = ChangeEntry::Skip::FilteredOut;
            entry.reason = ChangeSelectionTr::tr("not picked");
            m_base.entries << entry;
            continue;
        }
        if (!file.decodable) {
            entry.skip = ChangeEntry::Skip::NotDecodable;
            entry.reason = ChangeSelectionTr::tr("the path is not valid UTF-8, so it has no URL");
            m_base.entries << entry;
            continue;
        }
        if (m_filter.needsContent()) {
            bool found = false;
            const QByteArray content = m_git.blobHead(file.contentBlob(), kContentBytes, &found);
            const ChangeFilter::TypeVerdict verdict = m_filter.checkType(file, content, found);
            entry.mimeType = verdict.mimeType;
            if (!verdict.accepted) {
                entry.skip = ChangeEntry::Skip::FilteredOut;
                entry.reason = verdict.reason;
                m_base.entries << entry;
                continue;
            }
        }
        QStringList reasons;
        for (const QString &path : file.status == ChangedFile::Status::Renamed
                                       ? QStringList{file.oldPath, file.path}
                                       : QStringList{file.path}) {
            const QString why = m_filter.checkPath(path);
            if (why.isEmpty())
                entry.paths << path;
            else
                reasons << why;
        }
        if (entry.paths.isEmpty()) {
            entry.skip = ChangeEntry::Skip::FilteredOut;
            reasons.removeDuplicates();
            entry.reason = reasons.join(QStringLiteral("; "));
        }
        m_base.entries << entry;
    }
    return true;
}

PathMapper ChangeSelection::queryMapper() const
{
    PathMapper mapper;
    for (const QString &map : m_query.maps)
        mapper.add(map); // validated in check()
    return mapper;
}

ChangeReport ChangeSelection::report() const
{
    return report(queryMapper());
}

ChangeReport ChangeSelection::report(const PathMapper &mapper) const
{
    ChangeReport result = m_base;
    result.mapped = !mapper.isEmpty();
    if (!result.mapped)
        return result;
    for (ChangeEntry &entry : result.entries) {
        if (!entry.selected())
            continue;
        for (const QString &path : entry.paths) {
            const QStringList urls = mapper.urls(path);
            if (urls.isEmpty())
                entry.unmappedPaths << path;
            for (const QString &url : urls)
                if (!entry.urls.contains(url))
                    entry.urls << url;
        }
        if (entry.urls.isEmpty()) {
            entry.skip = ChangeEntry::Skip::Unmapped;
            entry.reason = ChangeSelectionTr::tr("no path mapping covers %1")
                               .arg(entry.unmappedPaths.join(QStringLiteral(" or ")));
            entry.unmappedPaths.clear();
        }
    }
    return result;
}
