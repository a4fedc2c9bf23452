#pragma once

#include "changes/sourcemapping.h"
#include "core/sourceconfig.h"

#include <QAbstractListModel>
#include <QSet>
#include <QStringList>
#include <functional>

// The purge composer's targets: lines typed or pasted (URLs, prefixes, tags, hosts) and local
// files dropped from a file manager. Each chosen source maps a local file with its own map
// setting (SourceMapping, in the engine); the list shows, per source, where a file will be
// purged and which sources do not serve it. The files themselves go to the engine, which maps
// them again per source when the purge is planned. Files that map nowhere stay in the list,
// marked with the reason: dropping them silently would hide that something will not be purged.
class TargetListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetListModel)
public:
    enum Role {
        KindRole = Qt::UserRole + 1, // Kind as int
        UrlsRole,                    // QStringList: what the entry purges (empty when unmapped)
        MappedRole,                  // bool: text entries, and files with at least one URL
        ReasonRole,                  // why a file is unmapped
        PathRole,                    // the local path, for files
        UnmappedForRole,             // QStringList: chosen sources that do not serve the file
        ProblemRole,                 // why a typed target cannot be sent (empty when it can)
    };
    enum class Kind { Text, LocalFile };

    // Folders expand recursively; a drop of more files than this is cut (and says so).
    static constexpr int kMaxFiles = 100000;
    // A dropped file no source maps is read as a URL list when it is at most this big and
    // every line that is not blank or a # comment is an http(s) URL.
    static constexpr qint64 kMaxUrlListBytes = 4 * 1024 * 1024;

    explicit TargetListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    // One target per non-blank line (trimmed; lines starting with # are comments). Entries
    // already listed are not added twice. Returns how many were added.
    int addText(const QString &text);
    int addTargets(const QStringList &targets);

    struct AddResult
    {
        int files = 0;          // local files added (mapped or not)
        int unmapped = 0;       // of those, how many map to no URL
        int urls = 0;           // targets read from dropped URL-list files
        int urlLists = 0;       // how many dropped files were read as URL lists
        bool truncated = false; // a folder held more than maxFiles files
        QStringList unreadable; // paths that do not exist or cannot be listed
    };
    AddResult addLocalPaths(const QStringList &paths, int maxFiles = kMaxFiles);

    // Judges typed targets (one problem per target, empty when fine): called for every line as it
    // is added or edited, and for all of them by recheckTargets() when the sources, the action or
    // the match change. Lines with a problem are marked, with the reason as their tooltip.
    using TargetCheck = std::function<QStringList(const QStringList &targets)>;
    void setTargetCheck(TargetCheck check);
    void recheckTargets();
    int problemCount() const { return m_problems; }
    int firstProblemRow() const; // -1 when there is none

    // The chosen sources: local files are mapped again through their "map" settings.
    void setSources(const QList<SourceConfig> &sources);
    // Problems found in the chosen sources' map settings ("source X, setting map: ...").
    QStringList mappingProblems() const { return m_mappingProblems; }

    // Typed targets and the URLs of mapped files over all sources, in list order, once each.
    QStringList targets() const;
    // What the composer hands the engine: the typed targets, and the local files.
    QStringList typedTargets() const;
    QStringList localFiles() const;
    int unmappedCount() const { return m_unmapped; }         // files no chosen source serves
    int partlyMappedCount() const { return m_partlyMapped; } // files some chosen source does not serve
    bool isEmpty() const { return m_entries.isEmpty(); }
    void clear();

    // The URLs a local file maps to under the current sources (empty when unmapped).
    QStringList urlsForLocalFile(const QString &path) const;
    // Per chosen source: its URLs for the file, or why it does not serve it.
    QString perSourceText(const QString &path) const;

signals:
    // Rows were added, removed or remapped: counts and targets() may differ.
    void contentsChanged();

private:
    struct Entry
    {
        Entry(Kind kind, QString text) : kind(kind), text(std::move(text)) {}
        Kind kind = Kind::Text;
        QString text;            // the target, or the local path
        QStringList urls;        // files: where they are served, over all chosen sources
        QStringList unmappedFor; // files: chosen sources that do not serve them
        QString problem;         // typed targets: why it cannot be sent under the current choice
    };
    QString keyOf(const Entry &entry) const;
    bool append(QList<Entry> &batch, Entry entry);
    void appendBatch(QList<Entry> batch);
    void mapEntry(Entry &entry) const;
    QString unmappedReason() const;
    void recount();
    void check(QList<Entry> &entries) const;

    QList<Entry> m_entries;
    QSet<QString> m_keys;
    QList<std::pair<QString, SourceMapping>> m_mappings; // per chosen source
    QStringList m_mappingProblems;
    int m_unmapped = 0;
    int m_partlyMapped = 0;
    int m_problems = 0;
    TargetCheck m_check;
};
