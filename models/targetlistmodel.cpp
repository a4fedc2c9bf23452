#include "targetlistmodel.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QUrl>

namespace {

// PathMapper matches relative paths ("srv/www/a.png"); an absolute local path is matched the
// same way once its leading / is dropped, so the rules and the files meet in one form.
QString mapperPath(const QString &localPath)
{
    QString path = QDir::fromNativeSeparators(QDir::cleanPath(localPath));
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    return path;
}

// A "map" rule is for local files when its path prefix is an absolute folder; the others map
// repository paths (for the git changes) and must not turn "/public/x" into a URL by accident.
bool isLocalRule(const QString &mapping)
{
    const qsizetype eq = mapping.indexOf(QLatin1Char('='));
    return eq > 0 && QDir::isAbsolutePath(QDir::fromNativeSeparators(mapping.left(eq).trimmed()));
}

// Reads a dropped file as a list of URLs, or returns nothing when it is not one.
QStringList readUrlList(const QString &path)
{
    QFile file(path);
    if (file.size() > TargetListModel::kMaxUrlListBytes || !file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    QStringList urls;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return {};
        urls << trimmed;
    }
    return urls;
}

} // namespace

TargetListModel::TargetListModel(QObject *parent) : QAbstractListModel(parent) {}

int TargetListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant TargetListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    const bool file = entry.kind == Kind::LocalFile;
    const bool mapped = !file || !entry.urls.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        if (!file)
            return entry.text;
        if (!mapped)
            return tr("%1 (not mapped)").arg(QDir::toNativeSeparators(entry.text));
        if (entry.urls.size() == 1)
            return tr("%1 → %2").arg(QDir::toNativeSeparators(entry.text), entry.urls.first());
        return tr("%1 → %2 (+%n more)", nullptr, int(entry.urls.size() - 1))
            .arg(QDir::toNativeSeparators(entry.text), entry.urls.first());
    case Qt::EditRole:
        return entry.text;
    case Qt::ToolTipRole:
        if (!file)
            return entry.text;
        if (!mapped)
            return tr("%1\nNot purged: %2").arg(QDir::toNativeSeparators(entry.text), unmappedReason());
        return tr("%1\nPurges:\n%2")
            .arg(QDir::toNativeSeparators(entry.text), entry.urls.join(QLatin1Char('\n')));
    case Qt::ForegroundRole:
        if (!mapped)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (!mapped) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case KindRole:
        return int(entry.kind);
    case UrlsRole:
        return file ? entry.urls : QStringList{entry.text};
    case MappedRole:
        return mapped;
    case ReasonRole:
        return mapped ? QString() : unmappedReason();
    case PathRole:
        return file ? entry.text : QString();
    default:
        return {};
    }
}

bool TargetListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Entry &entry = m_entries[index.row()];
    const QString text = value.toString().trimmed();
    if (entry.kind != Kind::Text || text.isEmpty() || text.contains(QLatin1Char('\n')))
        return false;
    if (text == entry.text)
        return true;
    Entry edited{Kind::Text, text, {}};
    if (m_keys.contains(keyOf(edited)))
        return false;
    m_keys.remove(keyOf(entry));
    m_keys.insert(keyOf(edited));
    entry = edited;
    emit dataChanged(index, index);
    emit contentsChanged();
    return true;
}

Qt::ItemFlags TargetListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractListModel::flags(index);
    if (index.isValid() && m_entries.at(index.row()).kind == Kind::Text)
        result |= Qt::ItemIsEditable;
    return result;
}

bool TargetListModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_entries.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    for (int i = row; i < row + count; ++i)
        m_keys.remove(keyOf(m_entries.at(i)));
    m_entries.remove(row, count);
    endRemoveRows();
    recount();
    emit contentsChanged();
    return true;
}

QString TargetListModel::keyOf(const Entry &entry) const
{
    return (entry.kind == Kind::Text ? QLatin1String("t:") : QLatin1String("f:")) + entry.text;
}

bool TargetListModel::append(QList<Entry> &batch, Entry entry)
{
    const QString key = keyOf(entry);
    if (m_keys.contains(key))
        return false;
    m_keys.insert(key);
    batch.append(std::move(entry));
    return true;
}

void TargetListModel::appendBatch(QList<Entry> batch)
{
    if (batch.isEmpty())
        return;
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(batch.size()) - 1);
    m_entries.append(std::move(batch));
    endInsertRows();
    recount();
    emit contentsChanged();
}

int TargetListModel::addText(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith(QLatin1Char('#')))
            lines << trimmed;
    }
    return addTargets(lines);
}

int TargetListModel::addTargets(const QStringList &targets)
{
    QList<Entry> batch;
    for (const QString &target : targets) {
        const QString trimmed = target.trimmed();
        if (!trimmed.isEmpty())
            append(batch, Entry{Kind::Text, trimmed, {}});
    }
    const int added = int(batch.size());
    appendBatch(std::move(batch));
    return added;
}

TargetListModel::AddResult TargetListModel::addLocalPaths(const QStringList &paths, int maxFiles)
{
    AddResult result;
    QList<Entry> batch;
    QStringList urlTargets;
    int budget = maxFiles;
    const auto addFile = [&](const QString &path) {
        Entry entry{Kind::LocalFile, QDir::cleanPath(path), {}};
        mapEntry(entry);
        const bool mapped = !entry.urls.isEmpty();
        if (append(batch, std::move(entry))) {
            ++result.files;
            if (!mapped)
                ++result.unmapped;
        }
        --budget;
    };
    for (const QString &path : paths) {
        if (budget <= 0) {
            result.truncated = true;
            break;
        }
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList files;
            QDirIterator it(info.absoluteFilePath(), QDir::Files | QDir::NoDotAndDotDot,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                if (files.size() >= budget) {
                    result.truncated = true;
                    break;
                }
                files << it.next();
            }
            // Directory order is whatever the file system returns; sorted reads like a file manager.
            files.sort();
            for (const QString &file : std::as_const(files))
                addFile(file);
        } else if (info.isFile()) {
            Entry probe{Kind::LocalFile, QDir::cleanPath(info.absoluteFilePath()), {}};
            mapEntry(probe);
            const QStringList urls = probe.urls.isEmpty() ? readUrlList(probe.text) : QStringList();
            if (!urls.isEmpty()) {
                ++result.urlLists;
                urlTargets += urls;
            } else {
                addFile(info.absoluteFilePath());
            }
        } else {
            result.unreadable << path;
        }
    }
    for (const QString &url : std::as_const(urlTargets))
        if (append(batch, Entry{Kind::Text, url, {}}))
            ++result.urls;
    appendBatch(std::move(batch));
    return result;
}

void TargetListModel::setSources(const QList<SourceConfig> &sources)
{
    m_mapper = PathMapper();
    m_mappingProblems.clear();
    m_sourceNames.clear();
    for (const SourceConfig &source : sources) {
        m_sourceNames << source.name;
        for (const QString &mapping : PathMapper::splitSetting(source.setting(QStringLiteral("map")))) {
            if (!isLocalRule(mapping))
                continue;
            const qsizetype eq = mapping.indexOf(QLatin1Char('='));
            const QString rule = QDir::fromNativeSeparators(mapping.left(eq)) + mapping.mid(eq);
            if (const QString error = m_mapper.add(rule); !error.isEmpty())
                m_mappingProblems << tr("source %1, setting map: %2").arg(source.name, error);
        }
    }
    if (m_entries.isEmpty())
        return;
    bool changed = false;
    for (Entry &entry : m_entries) {
        if (entry.kind != Kind::LocalFile)
            continue;
        const QStringList before = entry.urls;
        mapEntry(entry);
        changed = changed || entry.urls != before;
    }
    // Display, tooltips and the reason change with the sources even when no URL does.
    emit dataChanged(index(0), index(int(m_entries.size()) - 1));
    recount();
    if (changed)
        emit contentsChanged();
}

QStringList TargetListModel::urlsForLocalFile(const QString &path) const
{
    return m_mapper.urls(mapperPath(path));
}

void TargetListModel::mapEntry(Entry &entry) const
{
    entry.urls = urlsForLocalFile(entry.text);
}

QString TargetListModel::unmappedReason() const
{
    if (m_sourceNames.isEmpty())
        return tr("no source is chosen; a source's path mapping turns local files into URLs");
    if (m_mapper.isEmpty())
        return tr("none of the chosen sources (%1) maps a local folder: set its map setting to "
                  "/local/folder=https://public.url/prefix")
            .arg(m_sourceNames.join(QLatin1String(", ")));
    QStringList folders;
    for (const PathMapper::Rule &rule : m_mapper.rules())
        // The mapper keeps prefixes without their leading /; a drive letter ("C:/site") has none.
        folders << QDir::toNativeSeparators(rule.pathPrefix.indexOf(QLatin1Char(':')) == 1
                                                ? rule.pathPrefix
                                                : QLatin1Char('/') + rule.pathPrefix);
    folders.removeDuplicates();
    return tr("the file is not inside a folder the chosen sources map (%1)")
        .arg(folders.join(QLatin1String(", ")));
}

void TargetListModel::recount()
{
    m_unmapped = 0;
    for (const Entry &entry : std::as_const(m_entries))
        if (entry.kind == Kind::LocalFile && entry.urls.isEmpty())
            ++m_unmapped;
}

QStringList TargetListModel::targets() const
{
    QStringList result;
    QSet<QString> seen;
    const auto add = [&](const QString &target) {
        if (!seen.contains(target)) {
            seen.insert(target);
            result << target;
        }
    };
    for (const Entry &entry : m_entries) {
        if (entry.kind == Kind::Text)
            add(entry.text);
        else
            for (const QString &url : entry.urls)
                add(url);
    }
    return result;
}

void TargetListModel::clear()
{
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    m_keys.clear();
    m_unmapped = 0;
    endResetModel();
    emit contentsChanged();
}
