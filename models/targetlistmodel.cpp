#include "targetlistmodel.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QIcon>
#include <QPalette>
#include <QUrl>

namespace {

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
        {
            const QString shown =
                entry.urls.size() == 1
                    ? tr("%1 → %2").arg(QDir::toNativeSeparators(entry.text), entry.urls.first())
                    : tr("%1 → %2 (+%n more)", nullptr, int(entry.urls.size() - 1))
                          .arg(QDir::toNativeSeparators(entry.text), entry.urls.first());
            if (entry.unmappedFor.isEmpty())
                return shown;
            return tr("%1 (not for %2)").arg(shown, entry.unmappedFor.join(QLatin1String(", ")));
        }
    case Qt::EditRole:
        return entry.text;
    case Qt::ToolTipRole:
        if (!file)
            return entry.problem.isEmpty() ? entry.text
                                           : tr("%1\nCannot be sent: %2").arg(entry.text, entry.problem);
        if (!mapped)
            return tr("%1\nNot purged: %2").arg(QDir::toNativeSeparators(entry.text), unmappedReason());
        return tr("%1\n%2").arg(QDir::toNativeSeparators(entry.text), perSourceText(entry.text));
    case Qt::DecorationRole:
        if (!entry.problem.isEmpty()) {
            static const QIcon problemIcon(QStringLiteral(":/icons/state-failed.svg"));
            return problemIcon;
        }
        return {};
    case Qt::ForegroundRole:
        if (!entry.problem.isEmpty())
            return QColor(0xc0, 0x39, 0x2b); // the composer's error red
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
    case UnmappedForRole:
        return entry.unmappedFor;
    case ProblemRole:
        return entry.problem;
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
    QList<Entry> edited{Entry(Kind::Text, text)};
    if (m_keys.contains(keyOf(edited.first())))
        return false;
    check(edited);
    m_keys.remove(keyOf(entry));
    m_keys.insert(keyOf(edited.first()));
    entry = edited.first();
    recount();
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
    check(batch);
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
            append(batch, Entry(Kind::Text, trimmed));
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
        Entry entry(Kind::LocalFile, QDir::cleanPath(path));
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
            Entry probe(Kind::LocalFile, QDir::cleanPath(info.absoluteFilePath()));
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
        if (append(batch, Entry(Kind::Text, url)))
            ++result.urls;
    appendBatch(std::move(batch));
    return result;
}

void TargetListModel::setSources(const QList<SourceConfig> &sources)
{
    m_mappings.clear();
    m_mappingProblems.clear();
    for (const SourceConfig &source : sources) {
        SourceMapping mapping = SourceMapping::of(source);
        if (!mapping.problem().isEmpty())
            m_mappingProblems << tr("source %1, %2").arg(source.name, mapping.problem());
        m_mappings.append({source.name, std::move(mapping)});
    }
    if (m_entries.isEmpty())
        return;
    bool changed = false;
    for (Entry &entry : m_entries) {
        if (entry.kind != Kind::LocalFile)
            continue;
        const QStringList before = entry.urls;
        const QStringList beforeUnmapped = entry.unmappedFor;
        mapEntry(entry);
        changed = changed || entry.urls != before || entry.unmappedFor != beforeUnmapped;
    }
    // Display, tooltips and the reason change with the sources even when no URL does.
    emit dataChanged(index(0), index(int(m_entries.size()) - 1));
    recount();
    if (changed)
        emit contentsChanged();
}

QStringList TargetListModel::urlsForLocalFile(const QString &path) const
{
    QStringList urls;
    for (const auto &[name, mapping] : m_mappings)
        urls += mapping.urlsForLocalFile(path);
    urls.removeDuplicates();
    return urls;
}

QString TargetListModel::perSourceText(const QString &path) const
{
    QStringList lines;
    for (const auto &[name, mapping] : m_mappings) {
        const QStringList urls = mapping.urlsForLocalFile(path);
        lines << (urls.isEmpty() ? tr("%1: not purged: %2").arg(name, mapping.localUnmappedReason())
                                 : tr("%1: %2").arg(name, urls.join(QLatin1String(", "))));
    }
    return lines.join(QLatin1Char('\n'));
}

void TargetListModel::mapEntry(Entry &entry) const
{
    entry.urls.clear();
    entry.unmappedFor.clear();
    for (const auto &[name, mapping] : m_mappings) {
        const QStringList urls = mapping.urlsForLocalFile(entry.text);
        if (urls.isEmpty())
            entry.unmappedFor << name;
        entry.urls += urls;
    }
    entry.urls.removeDuplicates();
}

QString TargetListModel::unmappedReason() const
{
    if (m_mappings.isEmpty())
        return tr("no source is chosen; a source's path mapping turns local files into URLs");
    QStringList reasons;
    for (const auto &[name, mapping] : m_mappings)
        reasons << tr("%1: %2").arg(name, mapping.localUnmappedReason());
    return reasons.join(QLatin1String("; "));
}

void TargetListModel::setTargetCheck(TargetCheck check)
{
    m_check = std::move(check);
    recheckTargets();
}

void TargetListModel::check(QList<Entry> &entries) const
{
    QStringList texts;
    for (const Entry &entry : std::as_const(entries))
        if (entry.kind == Kind::Text)
            texts << entry.text;
    const QStringList problems = m_check && !texts.isEmpty() ? m_check(texts) : QStringList();
    qsizetype next = 0;
    for (Entry &entry : entries)
        if (entry.kind == Kind::Text)
            entry.problem = problems.value(next++);
}

void TargetListModel::recheckTargets()
{
    if (m_entries.isEmpty())
        return;
    const int before = m_problems;
    QList<QString> old;
    old.reserve(m_entries.size());
    for (const Entry &entry : std::as_const(m_entries))
        old << entry.problem;
    check(m_entries);
    recount();
    bool changed = false;
    for (qsizetype i = 0; i < m_entries.size() && !changed; ++i)
        changed = m_entries.at(i).problem != old.at(i);
    if (changed)
        emit dataChanged(index(0), index(int(m_entries.size()) - 1));
    if (changed || before != m_problems)
        emit contentsChanged();
}

int TargetListModel::firstProblemRow() const
{
    for (qsizetype row = 0; row < m_entries.size(); ++row)
        if (!m_entries.at(row).problem.isEmpty())
            return int(row);
    return -1;
}

void TargetListModel::recount()
{
    m_unmapped = 0;
    m_partlyMapped = 0;
    m_problems = 0;
    for (const Entry &entry : std::as_const(m_entries)) {
        if (!entry.problem.isEmpty())
            ++m_problems;
        if (entry.kind != Kind::LocalFile)
            continue;
        if (entry.urls.isEmpty())
            ++m_unmapped;
        else if (!entry.unmappedFor.isEmpty())
            ++m_partlyMapped;
    }
}

QStringList TargetListModel::typedTargets() const
{
    QStringList result;
    for (const Entry &entry : m_entries)
        if (entry.kind == Kind::Text)
            result << entry.text;
    return result;
}

QStringList TargetListModel::localFiles() const
{
    QStringList result;
    for (const Entry &entry : m_entries)
        if (entry.kind == Kind::LocalFile)
            result << entry.text;
    return result;
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
    m_partlyMapped = 0;
    m_problems = 0;
    endResetModel();
    emit contentsChanged();
}
