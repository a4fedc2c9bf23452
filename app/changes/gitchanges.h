#pragma once

#include "changedfile.h"
#include "gitsupport.h"

#include <QList>
#include <QString>

// The files that differ between two revisions of a git repository, read with libgit2 (no git
// executable): the two trees are compared, so a range of several commits yields its net
// change; renames are detected (git_diff_find_similar) and reported with both paths.
class GitChanges final
{
    Q_DISABLE_COPY_MOVE(GitChanges)
public:
    GitChanges() = default;

    // Opens a repository: a work tree, its .git directory, a bare repository, or a Capistrano
    // deploy directory holding its bare mirror in repo/. Does not search parent directories.
    bool open(const QString &dir, QString *error);
    bool isOpen() const { return bool(m_repo); }
    QString path() const { return m_path; }   // the repository that was opened

    // Resolves any revspec (full or short SHA, branch, tag, HEAD~3, ...) to a commit id (or, for a
    // tree-ish that is no commit, a tree id). Errors name the revision and the repository.
    bool resolve(const QString &revspec, QString *id, QString *error) const;

    // The changes from `from` to `to`, in the order libgit2 reports them (by path).
    bool diff(const QString &from, const QString &to, QList<ChangedFile> *changes, QString *error) const;

    // Up to maxBytes of a blob's content (raw object id as in ChangedFile); empty with *found
    // false when the repository does not have it.
    QByteArray blobHead(const QByteArray &rawId, qsizetype maxBytes, bool *found) const;

private:
    GitObjectPtr parse(const QString &revspec, QString *error) const;
    GitTreePtr treeOf(const QString &revspec, QString *error) const;

    GitLibrary m_library;   // first: outlives the repository below
    GitRepositoryPtr m_repo;
    QString m_path;
};
