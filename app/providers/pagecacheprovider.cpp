#include "pagecacheprovider.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <cerrno>

namespace {

struct PageCacheProviderTr
{
    Q_DECLARE_TR_FUNCTIONS(PageCacheProvider)
};

QString rootKey()
{
    return QStringLiteral("root");
}

QString publicRootKey()
{
    return QStringLiteral("public_root");
}

// A path with symbolic links resolved as far as it exists; the missing rest is appended
// lexically, which is safe because a component that does not exist cannot be a link. This lets
// the guard work at `source add` time, before Rails has created the cache directory.
QString resolvedPath(const QString &path)
{
    QString p = QDir::fromNativeSeparators(path);
    while (p.size() > 1 && p.endsWith(QLatin1Char('/')))
        p.chop(1);
    const QString canonical = QFileInfo(p).canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    const qsizetype slash = p.lastIndexOf(QLatin1Char('/'));
    if (slash < 0)
        return QDir::cleanPath(p);
    QString parent = p.left(slash);
    if (parent.isEmpty() || parent.endsWith(QLatin1Char(':')))
        parent += QLatin1Char('/');
    const QString name = p.mid(slash + 1);
    const QString base = resolvedPath(parent);
    if (name == QLatin1String("."))
        return base;
    // base has its links resolved, so its lexical parent is its real parent.
    return QDir::cleanPath(base + QLatin1Char('/') + name);
}

// True when path lies strictly below dir (both resolved).
bool isBelow(const QString &path, const QString &dir)
{
    const QString prefix = dir.endsWith(QLatin1Char('/')) ? dir : dir + QLatin1Char('/');
    return path.startsWith(prefix);
}

// How a setting is shown in messages: as given, plus what it resolves to when links changed it.
QString describePath(const QString &given, const QString &resolved)
{
    QString plain = QDir::fromNativeSeparators(given);
    while (plain.size() > 1 && plain.endsWith(QLatin1Char('/')))
        plain.chop(1);
    if (plain == resolved)
        return given;
    return PageCacheProviderTr::tr("%1 (which resolves to %2)").arg(given, resolved);
}

// Shows a target in a message without letting a NUL byte cut the message short.
QString shown(const QString &target)
{
    QString text = target;
    return text.replace(QChar(0), QLatin1String("\\0"));
}

struct TargetPath
{
    QStringList segments; // percent-decoded, non-empty, never "." or ".."
    bool trailingSlash = false;
};

// Parses a target into cache-relative path segments; returns a message naming what is wrong.
QString parseTarget(const QString &target, TargetPath *out)
{
    if (target.contains(QChar(0)))
        return PageCacheProviderTr::tr("target \"%1\" contains a NUL byte").arg(shown(target));
    if (target.startsWith(QLatin1String("//")))
        return PageCacheProviderTr::tr(
                   "target \"%1\" starts with \"//\": give a path such as /posts/1 or a full http(s) URL")
            .arg(target);
    const QUrl url(target, QUrl::TolerantMode);
    if (!target.startsWith(QLatin1Char('/'))) {
        const QString scheme = url.scheme();
        if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
            url.host().isEmpty())
            return PageCacheProviderTr::tr(
                       "target \"%1\" is neither an absolute http(s) URL nor a path starting with /")
                .arg(target);
    } else if (!url.isValid()) {
        return PageCacheProviderTr::tr("malformed target \"%1\": %2").arg(target, url.errorString());
    }
    // Decoded once, as Rails unescapes the request path: %2e%2e becomes ".." and is refused below.
    const QString path = url.path(QUrl::FullyDecoded);
    if (path.contains(QChar(0)))
        return PageCacheProviderTr::tr("target \"%1\" contains an encoded NUL byte").arg(target);
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &segment : segments) {
        // A backslash separates paths on Windows, so "..\\x" must be refused there too.
        for (const QString &piece : segment.split(QLatin1Char('\\'))) {
            if (piece == QLatin1String(".") || piece == QLatin1String(".."))
                return PageCacheProviderTr::tr(
                           "target \"%1\" contains a \"%2\" path segment; page-cache only removes files "
                           "inside the cache directory")
                    .arg(target, piece);
        }
    }
    out->segments = segments;
    out->trailingSlash = !segments.isEmpty() && path.endsWith(QLatin1Char('/'));
    return {};
}

// Rails' page_cache_file: "/" is index.html; a last segment without a '.' gets ".html".
QStringList exactRelative(const TargetPath &target)
{
    if (target.segments.isEmpty())
        return {QStringLiteral("index.html")};
    const QString name = target.segments.join(QLatin1Char('/'));
    QStringList files;
    files.append(target.segments.last().contains(QLatin1Char('.')) ? name : name + QLatin1String(".html"));
    if (target.trailingSlash)
        files.append(name + QLatin1String("/index.html"));
    return files;
}

// Removes entries below one canonical cache directory, never following a symbolic link and
// checking every parent directory's canonical path before removing anything in it.
class Sweeper
{
public:
    explicit Sweeper(const QString &cacheDir) : m_cacheDir(cacheDir) {}

    QStringList removed; // cache-relative; directories end with '/'
    QStringList failures;
    int files = 0;
    int directories = 0;

    void removeExact(const QString &rel)
    {
        QFileInfo entry;
        // A directory at an exact page's path is not a cached page.
        if (lookup(rel, &entry) && (entry.isSymLink() || !entry.isDir()))
            removeEntry(entry, rel);
    }

    // A file or link is removed; a directory is emptied and kept.
    void removeSubtree(const QString &rel)
    {
        QFileInfo entry;
        if (!lookup(rel, &entry))
            return;
        if (entry.isSymLink() || !entry.isDir())
            removeEntry(entry, rel);
        else
            emptyDirectory(entry.filePath(), rel, false);
    }

    // Like the seed's FileUtils.rm_r(Dir.glob(cache_dir + "/*")): top-level dot-files stay.
    void sweepAll() { emptyDirectory(m_cacheDir, QString(), true); }

private:
    bool inside(const QString &canonicalDir) const
    {
        return !canonicalDir.isEmpty() && (canonicalDir == m_cacheDir || isBelow(canonicalDir, m_cacheDir));
    }

    // Finds rel below the cache directory without passing through a link; false when absent.
    bool lookup(const QString &rel, QFileInfo *entry)
    {
        const QStringList segments = rel.split(QLatin1Char('/'));
        QString dir = m_cacheDir;
        for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
            const QFileInfo step(dir + QLatin1Char('/') + segments.at(i));
            if (step.isSymLink()) {
                failures.append(
                    PageCacheProviderTr::tr(
                        "%1 is a symbolic link; page-cache never follows links, so %2 was not removed")
                        .arg(segments.mid(0, i + 1).join(QLatin1Char('/')), rel));
                return false;
            }
            if (!step.isDir())
                return false;
            dir = step.filePath();
        }
        if (!inside(QFileInfo(dir).canonicalFilePath())) {
            failures.append(PageCacheProviderTr::tr("%1 lies outside the cache directory %2; not removed")
                                .arg(rel, m_cacheDir));
            return false;
        }
        const QFileInfo found(dir + QLatin1Char('/') + segments.last());
        // exists() follows links, so a dangling link needs isSymLink() to be seen.
        if (!found.isSymLink() && !found.exists())
            return false;
        *entry = found;
        return true;
    }

    bool removeEntry(const QFileInfo &entry, const QString &rel)
    {
        if (entry.isSymLink() || !entry.isDir()) {
            // QFile::remove unlinks the name itself: a link goes, its target stays.
            QFile file(entry.filePath());
            if (!file.remove()) {
                failures.append(
                    PageCacheProviderTr::tr("could not remove %1: %2").arg(rel, file.errorString()));
                return false;
            }
            removed.append(rel);
            ++files;
            return true;
        }
        const qsizetype failuresBefore = failures.size();
        emptyDirectory(entry.filePath(), rel, false);
        if (failures.size() != failuresBefore)
            return false; // already reported; the directory cannot be empty
        if (!QDir().rmdir(entry.filePath())) {
            const int error = errno;
            failures.append(PageCacheProviderTr::tr("could not remove directory %1/: %2")
                                .arg(rel, qt_error_string(error)));
            return false;
        }
        removed.append(rel + QLatin1Char('/'));
        ++directories;
        return true;
    }

    void emptyDirectory(const QString &path, const QString &rel, bool keepDotFiles)
    {
        const QFileInfo info(path);
        const QString shownRel = rel.isEmpty() ? m_cacheDir : rel + QLatin1Char('/');
        if (info.isSymLink() || !inside(info.canonicalFilePath())) {
            failures.append(PageCacheProviderTr::tr("%1 lies outside the cache directory %2; not swept")
                                .arg(shownRel, m_cacheDir));
            return;
        }
        if (!info.isReadable() || !info.isExecutable()) {
            failures.append(
                PageCacheProviderTr::tr("could not read directory %1: permission denied").arg(shownRel));
            return;
        }
        // System lists dangling links too, so they are swept rather than left behind.
        const QFileInfoList entries = QDir(path).entryInfoList(
            QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo &entry : entries) {
            if (keepDotFiles && entry.fileName().startsWith(QLatin1Char('.')))
                continue;
            removeEntry(entry, rel.isEmpty() ? entry.fileName() : rel + QLatin1Char('/') + entry.fileName());
        }
    }

    QString m_cacheDir;
};

QString notCachedText(const QStringList &targets)
{
    constexpr int shownCount = 3;
    if (targets.size() <= shownCount)
        return PageCacheProviderTr::tr("not cached: %1").arg(targets.join(QLatin1String(", ")));
    return PageCacheProviderTr::tr("not cached: %1 and %n more", nullptr, int(targets.size() - shownCount))
        .arg(targets.mid(0, shownCount).join(QLatin1String(", ")));
}

} // namespace

PageCacheProvider::PageCacheProvider()
{
    m_info.type = QStringLiteral("page-cache");
    m_info.displayName = PageCacheProviderTr::tr("Rails page cache (directory)");
    m_info.category = ProviderCategory::PageCache;
    m_info.credentials.text =
        PageCacheProviderTr::tr("No credentials: enter the directory the Rails page cache is written to; "
                                "files under it are deleted, never the public root itself.");
    m_info.secretLabel = QString();
    m_info.secret = ProviderInfo::SecretNeed::None;
    m_info.matches = {MatchKind::Exact, MatchKind::Prefix, MatchKind::All};
    m_info.supportsInvalidate = false;
    m_info.hasStatus = false;
    m_info.isLocal = true;
    m_info.multipleEndpoints = false;
    m_info.defaultEndpoint = QString(); // no HTTP: nothing to point at
    using K = SettingSpec::Kind;
    m_info.settings = {
        {rootKey(),
         PageCacheProviderTr::tr("Cache directory"),
         K::Path,
         true,
         {},
         {},
         PageCacheProviderTr::tr(
             "Rails' page_cache_directory, e.g. /srv/app/public/cache; it must not be the public directory "
             "or contain it")},
        {publicRootKey(),
         PageCacheProviderTr::tr("Public directory"),
         K::Path,
         true,
         {},
         {},
         PageCacheProviderTr::tr(
             "The web server's public directory, e.g. /srv/app/public; the cache directory is checked "
             "against it so a sweep never deletes the site's static files")},
    };
    // Deleting files is cheap and local: large batches, no pacing, and one run at a time per
    // source so two sweeps never race over the same tree. Outcomes are never Retry, so one attempt.
    m_info.limits.maxBatchCount = 1000;
    m_info.limits.maxBodyBytes = 0;
    m_info.limits.ratePerSecond = 0;
    m_info.limits.burst = 1;
    m_info.limits.concurrency = 1;
    m_info.limits.timeoutSeconds = 60;
    m_info.limits.maxAttempts = 1;
}

QString PageCacheProvider::validateSource(const SourceConfig &source) const
{
    const QString root = source.setting(rootKey());
    const QString publicRoot = source.setting(publicRootKey());
    if (root.isEmpty())
        return PageCacheProviderTr::tr(
            "setting root is missing: give the page cache directory, e.g. --set root=/srv/app/public/cache");
    if (publicRoot.isEmpty())
        return PageCacheProviderTr::tr(
            "setting public_root is missing: give the web server's public directory, "
            "e.g. --set public_root=/srv/app/public");
    if (!QDir::isAbsolutePath(root))
        return PageCacheProviderTr::tr("setting root must be an absolute path, but is \"%1\"").arg(root);
    if (!QDir::isAbsolutePath(publicRoot))
        return PageCacheProviderTr::tr("setting public_root must be an absolute path, but is \"%1\"")
            .arg(publicRoot);

    // Canonical paths, so a link or "x/.." cannot hide that both name the same directory.
    const QString cache = resolvedPath(root);
    const QString pub = resolvedPath(publicRoot);
    const QString home = resolvedPath(QDir::homePath());
    const QString rootText = describePath(root, cache);
    if (QDir(cache).isRoot())
        return PageCacheProviderTr::tr("root %1 is the file-system root; page-cache refuses to sweep it")
            .arg(rootText);
    if (cache == pub)
        return PageCacheProviderTr::
            tr("root %1 is the public directory (public_root): sweeping it would delete the site's static "
               "files, so page-cache refuses. Set Rails' page_cache_directory and root to a subdirectory "
               "such as %2/cache")
                .arg(rootText, publicRoot);
    if (isBelow(pub, cache))
        return PageCacheProviderTr::
            tr("root %1 contains the public directory %2 (public_root): sweeping it would delete the site's "
               "static files, so page-cache refuses. Use a subdirectory such as %3/cache")
                .arg(rootText, describePath(publicRoot, pub), publicRoot);
    if (cache == home || isBelow(home, cache))
        return PageCacheProviderTr::tr(
                   "root %1 is or contains the home directory %2; page-cache refuses to sweep it")
            .arg(rootText, home);
    const QFileInfo info(root);
    if (info.exists() && !info.isDir())
        return PageCacheProviderTr::tr("root %1 is not a directory").arg(root);
    return {};
}

QString PageCacheProvider::validateBatch(const SourceConfig &, const PurgeBatch &batch) const
{
    if (!m_info.matches.contains(batch.match))
        return PageCacheProviderTr::tr(
                   "provider page-cache does not support --match %1; use exact, prefix or all")
            .arg(matchName(batch.match));
    if (batch.action == PurgeAction::Invalidate)
        return PageCacheProviderTr::tr(
            "provider page-cache does not support --action invalidate: a cached page can only be removed");
    if (const QString problem = checkOptions(batch); !problem.isEmpty())
        return problem;
    if (batch.match == MatchKind::All) {
        if (!batch.targets.isEmpty())
            return PageCacheProviderTr::tr("--match all takes no targets, but %n were given", nullptr,
                                           int(batch.targets.size()));
        return {};
    }
    if (batch.targets.isEmpty())
        return PageCacheProviderTr::tr("no targets given");
    for (const QString &target : batch.targets) {
        TargetPath parsed;
        if (const QString error = parseTarget(target, &parsed); !error.isEmpty())
            return error;
    }
    return {};
}

QStringList PageCacheProvider::exactFiles(const QString &target, QString *error)
{
    TargetPath parsed;
    const QString problem = parseTarget(target, &parsed);
    if (error)
        *error = problem;
    return problem.isEmpty() ? exactRelative(parsed) : QStringList();
}

Outcome PageCacheProvider::runLocal(const SourceConfig &source, const PurgeBatch &batch) const
{
    // Checked again here: the directories may have changed (or been linked) since `source add`.
    if (const QString error = validateSource(source); !error.isEmpty())
        return Outcome::failed(error);
    if (const QString error = validateBatch(source, batch); !error.isEmpty())
        return Outcome::failed(error);
    const QString root = source.setting(rootKey());
    const QString publicRoot = source.setting(publicRootKey());
    const QFileInfo rootInfo(root);
    if (!rootInfo.isDir())
        return Outcome::failed(
            PageCacheProviderTr::tr("cache directory %1 (setting root) does not exist").arg(root));
    // Without the real public directory the guard above could only compare names.
    if (!QFileInfo(publicRoot).isDir())
        return Outcome::failed(
            PageCacheProviderTr::tr(
                "public directory %1 (setting public_root) does not exist; page-cache needs it "
                "to make sure it never sweeps the public directory")
                .arg(publicRoot));
    const QString cacheDir = rootInfo.canonicalFilePath();

    Sweeper sweeper(cacheDir);
    QStringList notCached;
    const auto track = [&](const QString &target, auto &&work) {
        const qsizetype removedBefore = sweeper.removed.size();
        const qsizetype failuresBefore = sweeper.failures.size();
        work();
        if (sweeper.removed.size() == removedBefore && sweeper.failures.size() == failuresBefore)
            notCached.append(target);
    };
    if (batch.match == MatchKind::All) {
        sweeper.sweepAll();
    } else {
        for (const QString &target : batch.targets) {
            TargetPath parsed;
            parseTarget(target, &parsed); // validated above
            if (batch.match == MatchKind::Exact) {
                track(target, [&] {
                    for (const QString &rel : exactRelative(parsed))
                        sweeper.removeExact(rel);
                });
            } else if (parsed.segments.isEmpty()) {
                track(target, [&] { sweeper.sweepAll(); });
            } else {
                track(target, [&] {
                    const QString rel = parsed.segments.join(QLatin1Char('/'));
                    sweeper.removeSubtree(rel);
                    // Rails caches /posts itself as posts.html, beside the posts/ directory.
                    if (!parsed.segments.last().contains(QLatin1Char('.')))
                        sweeper.removeExact(rel + QLatin1String(".html"));
                });
            }
        }
    }

    if (!sweeper.failures.isEmpty()) {
        QString message = sweeper.failures.first();
        if (sweeper.failures.size() > 1)
            message += PageCacheProviderTr::tr(" (and %n more problem(s))", nullptr,
                                               int(sweeper.failures.size() - 1));
        if (!sweeper.removed.isEmpty())
            message += PageCacheProviderTr::tr("; %n file(s) were removed before that", nullptr,
                                               int(sweeper.removed.size()));
        Outcome outcome = Outcome::failed(message);
        outcome.details = sweeper.removed;
        return outcome;
    }
    if (sweeper.removed.isEmpty()) {
        if (batch.match == MatchKind::All)
            return Outcome::succeeded(
                {}, PageCacheProviderTr::tr("not cached: %1 was already empty").arg(cacheDir));
        return Outcome::succeeded({}, notCachedText(notCached));
    }
    QString message = PageCacheProviderTr::tr("removed %n file(s)", nullptr, sweeper.files);
    if (sweeper.directories > 0)
        message += PageCacheProviderTr::tr(" and %n director(y/ies)", nullptr, sweeper.directories);
    message += PageCacheProviderTr::tr(" from %1").arg(cacheDir);
    if (!notCached.isEmpty())
        message += QLatin1String("; ") + notCachedText(notCached);
    Outcome outcome = Outcome::succeeded({}, message);
    outcome.details = sweeper.removed;
    return outcome;
}
