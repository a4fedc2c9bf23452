#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

// One file that differs between two revisions, as the repository stores it.
struct ChangedFile
{
    enum class Status { Added, Modified, Deleted, Renamed };

    Status status = Status::Modified;
    QString path;            // the new path (the old one for deletions), decoded as UTF-8
    QString oldPath;         // for renames: where it was
    QByteArray rawPath;      // the repository's bytes
    QByteArray rawOldPath;
    bool decodable = true;   // false when a path is not valid UTF-8 (path then shows the bytes as \xNN)
    bool submodule = false;  // a gitlink: a submodule whose commit changed, reported as its path
    QByteArray newBlob;      // raw object ids (GIT_OID_RAWSZ bytes); empty where there is none
    QByteArray oldBlob;

    // The blob whose bytes say what the file is: the target revision's, or for a deletion the old one.
    QByteArray contentBlob() const { return status == Status::Deleted ? oldBlob : newBlob; }

    static QString statusName(Status status);   // "added", "modified", "deleted", "renamed"
    static std::optional<Status> statusFromName(const QString &name);
};

namespace PathText {
// Decodes a repository path as UTF-8. When the bytes are not valid UTF-8, sets *ok to false and
// returns the text with every byte that cannot be decoded written as \xNN (so nothing is dropped
// and two different paths never print the same).
QString decode(const QByteArray &bytes, bool *ok);
} // namespace PathText
