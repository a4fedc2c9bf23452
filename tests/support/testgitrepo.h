#pragma once

// Builds git repositories for tests with libgit2 alone (no git executable, no work tree):
// each commit is a snapshot of path -> bytes, so any path (spaces, non-UTF-8 bytes) and gitlinks
// (submodules) can be written. Header-only: tests that include it link purgeline_engine, which
// brings libgit2.
#include "changes/gitsupport.h"

#include <QByteArray>
#include <QFile>
#include <QMap>
#include <QString>

namespace TestGit {

// A 1x1 PNG and the start of a JPEG: enough for the MIME magic (and for file(1)).
inline const QByteArray kPng = QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                                            "1f15c4890000000d49444154789c63600000000000050001a5f645400000"
                                            "000049454e44ae426082");
inline const QByteArray kJpeg = QByteArray::fromHex("ffd8ffe000104a46494600010100000100010000ffdb004300") + QByteArray(64, '\x10');

// Builds commits from snapshots of files, without a work tree or a git executable.
class TestRepo
{
public:
    struct Entry
    {
        QByteArray content;             // a blob's bytes, or for a gitlink the commit id in hex
        git_filemode_t mode = GIT_FILEMODE_BLOB;
    };

    bool init(const QString &dir, bool bare)
    {
        git_repository *raw = nullptr;
        if (git_repository_init(&raw, QFile::encodeName(dir).constData(), bare ? 1 : 0) != 0)
            return false;
        m_repo.reset(raw);
        return true;
    }

    QMap<QByteArray, Entry> files;   // the next commit's snapshot: path bytes -> entry

    void set(const QByteArray &path, const QByteArray &content) { files.insert(path, {content, GIT_FILEMODE_BLOB}); }
    void setLink(const QByteArray &path, const QByteArray &commitHex) { files.insert(path, {commitHex, GIT_FILEMODE_COMMIT}); }
    void remove(const QByteArray &path) { files.remove(path); }

    // Commits the snapshot on HEAD; returns the commit id (hex), or empty on failure.
    QString commit(const QString &message)
    {
        git_oid tree;
        if (!writeTree(files, &tree))
            return {};
        git_tree *treeRaw = nullptr;
        if (git_tree_lookup(&treeRaw, m_repo.get(), &tree) != 0)
            return {};
        const GitTreePtr treeObject(treeRaw);
        git_signature *sigRaw = nullptr;
        git_signature_new(&sigRaw, "Test", "test@example.com", 1700000000 + m_commits * 60, 0);
        const GitSignaturePtr sig(sigRaw);
        GitCommitPtr parent;
        git_oid head;
        if (git_reference_name_to_id(&head, m_repo.get(), "HEAD") == 0) {
            git_commit *p = nullptr;
            git_commit_lookup(&p, m_repo.get(), &head);
            parent.reset(p);
        }
        const git_commit *parents[] = {parent.get()};
        git_oid id;
        if (git_commit_create(&id, m_repo.get(), "HEAD", sig.get(), sig.get(), nullptr, message.toUtf8().constData(),
                              treeObject.get(), parent ? 1 : 0, parents)
            != 0)
            return {};
        ++m_commits;
        return Git::oidText(id);
    }

    bool tag(const QString &name, const QString &commitHex, bool annotated)
    {
        git_oid id;
        git_oid_fromstr(&id, commitHex.toLatin1().constData());
        git_object *target = nullptr;
        if (git_object_lookup(&target, m_repo.get(), &id, GIT_OBJECT_COMMIT) != 0)
            return false;
        const GitObjectPtr object(target);
        git_oid tagId;
        if (!annotated)
            return git_tag_create_lightweight(&tagId, m_repo.get(), name.toUtf8().constData(), object.get(), 0) == 0;
        git_signature *sigRaw = nullptr;
        git_signature_new(&sigRaw, "Test", "test@example.com", 1700000000, 0);
        const GitSignaturePtr sig(sigRaw);
        return git_tag_create(&tagId, m_repo.get(), name.toUtf8().constData(), object.get(), sig.get(), "release", 0) == 0;
    }

private:
    bool writeTree(const QMap<QByteArray, Entry> &entries, git_oid *out)
    {
        git_treebuilder *raw = nullptr;
        if (git_treebuilder_new(&raw, m_repo.get(), nullptr) != 0)
            return false;
        const GitTreeBuilderPtr builder(raw);
        QMap<QByteArray, QMap<QByteArray, Entry>> subdirs;
        for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
            const qsizetype slash = it.key().indexOf('/');
            if (slash >= 0) {
                subdirs[it.key().left(slash)].insert(it.key().mid(slash + 1), it.value());
                continue;
            }
            git_oid id;
            if (it.value().mode == GIT_FILEMODE_COMMIT) {
                if (git_oid_fromstr(&id, it.value().content.constData()) != 0)
                    return false;
            } else if (git_blob_create_from_buffer(&id, m_repo.get(), it.value().content.constData(),
                                                   size_t(it.value().content.size()))
                       != 0) {
                return false;
            }
            if (git_treebuilder_insert(nullptr, builder.get(), it.key().constData(), &id, it.value().mode) != 0)
                return false;
        }
        for (auto it = subdirs.cbegin(); it != subdirs.cend(); ++it) {
            git_oid id;
            if (!writeTree(it.value(), &id)
                || git_treebuilder_insert(nullptr, builder.get(), it.key().constData(), &id, GIT_FILEMODE_TREE) != 0)
                return false;
        }
        return git_treebuilder_write(out, builder.get()) == 0;
    }

    GitLibrary m_library;
    GitRepositoryPtr m_repo;
    int m_commits = 0;
};

} // namespace TestGit
