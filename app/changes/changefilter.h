#pragma once

#include "changedfile.h"
#include "globpattern.h"

#include <QList>
#include <QMimeDatabase>
#include <QStringList>
#include <optional>
#include <tuple>

// Decides which changed files a selection keeps: by kind (every file, or images only, judged by
// their bytes like file(1) does) and by path globs (--include: keep only matching paths;
// --exclude: drop matching paths). Both apply when both are given.
class ChangeFilter final
{
public:
    enum class Only { All, Images };
    static std::optional<Only> onlyFromName(const QString &name);   // "all", "images"
    static QString onlyName(Only only);

    // Returns an error naming a bad glob, or an empty string.
    QString configure(Only only, const QStringList &includes, const QStringList &excludes);

    Only only() const { return m_only; }
    bool needsContent() const { return m_only == Only::Images; }

    struct TypeVerdict
    {
        bool accepted = true;
        QString mimeType;   // what the file was judged to be (images only)
        QString reason;     // why it was not accepted
    };
    // content: the first bytes of the file's blob (ChangedFile::contentBlob()); when the blob is
    // not available (contentFound false) the file name decides.
    TypeVerdict checkType(const ChangedFile &file, const QByteArray &content, bool contentFound) const;

    // An empty string when the path passes the globs, otherwise why not.
    QString checkPath(const QString &path) const;

    // The MIME type of a file from its bytes (or its name when there are none, or when the bytes
    // are a Git LFS pointer that says nothing about the file itself).
    QMimeType mimeType(const QString &path, const QByteArray &content, bool contentFound) const;

private:
    Only m_only = Only::All;
    QList<GlobPattern> m_includes;
    QList<GlobPattern> m_excludes;
    QMimeDatabase m_mime;
};
