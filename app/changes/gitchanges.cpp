#include "gitchanges.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace {

struct GitChangesTr
{
    Q_DECLARE_TR_FUNCTIONS(GitChanges)
};

ChangedFile fromDelta(const git_diff_delta &delta)
{
    ChangedFile file;
    switch (delta.status) {
    case GIT_DELTA_ADDED:
    case GIT_DELTA_COPIED:   // only found when copy detection is on; a copy is a new file
        file.status = ChangedFile::Status::Added;
        break;
    case GIT_DELTA_DELETED:
        file.status = ChangedFile::Status::Deleted;
        break;
    case GIT_DELTA_RENAMED:
        file.status = ChangedFile::Status::Renamed;
        break;
    default:   // modified, type change (file <-> symlink <-> submodule)
        file.status = ChangedFile::Status::Modified;
        break;
    }
    const bool deleted = file.status == ChangedFile::Status::Deleted;
    const git_diff_file &current = deleted ? delta.old_file : delta.new_file;
    file.rawPath = QByteArray(current.path);
    bool ok = true;
    file.path = PathText::decode(file.rawPath, &ok);
    file.decodable = ok;
    if (file.status == ChangedFile::Status::Renamed) {
        file.rawOldPath = QByteArray(delta.old_file.path);
        file.oldPath = PathText::decode(file.rawOldPath, &ok);
        file.decodable = file.decodable && ok;
    }
    file.submodule = delta.new_file.mode == GIT_FILEMODE_COMMIT || delta.old_file.mode == GIT_FILEMODE_COMMIT;
    const auto blobId = [](const git_diff_file &f) {
        if (f.mode == GIT_FILEMODE_COMMIT || git_oid_is_zero(&f.id))
            return QByteArray();
        return QByteArray(reinterpret_cast<const char *>(f.id.id), GIT_OID_RAWSZ);
    };
    if (!deleted)
        file.newBlob = blobId(delta.new_file);
    if (file.status != ChangedFile::Status::Added)
        file.oldBlob = blobId(delta.old_file);
    return file;
}

} // namespace

bool GitChanges::open(const QString &dir, QString *error)
{
    m_repo.reset();
    m_path.clear();
    if (dir.isEmpty()) {
        *error = GitChangesTr::tr("no repository given");
        return false;
    }
    if (!QFileInfo(dir).isDir()) {
        *error = GitChangesTr::tr("repository \"%1\" is not a directory").arg(dir);
        return false;
    }
    QString firstError;
    for (const QString &candidate : {dir, QDir(dir).filePath(QStringLiteral("repo"))}) {
        git_repository *repo = nullptr;
        const int rc = git_repository_open_ext(&repo, QFile::encodeName(candidate).constData(),
                                               GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr);
        if (rc == 0) {
            m_repo.reset(repo);
            m_path = QDir::cleanPath(QFileInfo(candidate).absoluteFilePath());
            return true;
        }
        if (firstError.isEmpty())
            firstError = rc == GIT_ENOTFOUND ? QString() : Git::lastError(rc);
        if (!QFileInfo(QDir(dir).filePath(QStringLiteral("repo"))).isDir())
            break;
    }
    *error = firstError.isEmpty() ? GitChangesTr::tr("no git repository in \"%1\" (nor in its repo/ subdirectory)").arg(dir)
                                  : GitChangesTr::tr("cannot open the git repository \"%1\": %2").arg(dir, firstError);
    return false;
}

GitObjectPtr GitChanges::parse(const QString &revspec, QString *error) const
{
    if (!m_repo) {
        *error = GitChangesTr::tr("no repository is open");
        return {};
    }
    if (revspec.trimmed().isEmpty()) {
        *error = GitChangesTr::tr("empty revision");
        return {};
    }
    git_object *raw = nullptr;
    const int rc = git_revparse_single(&raw, m_repo.get(), revspec.toUtf8().constData());
    GitObjectPtr object(raw);
    if (rc == 0)
        return object;
    if (rc == GIT_ENOTFOUND)
        *error = GitChangesTr::tr("revision \"%1\" is not in the repository \"%2\"").arg(revspec, m_path);
    else if (rc == GIT_EAMBIGUOUS)
        *error = GitChangesTr::tr("revision \"%1\" is ambiguous in the repository \"%2\": give more characters of the SHA")
                     .arg(revspec, m_path);
    else
        *error = GitChangesTr::tr("revision \"%1\" cannot be resolved in the repository \"%2\": %3")
                     .arg(revspec, m_path, Git::lastError(rc));
    return {};
}

bool GitChanges::resolve(const QString &revspec, QString *id, QString *error) const
{
    const GitObjectPtr object = parse(revspec, error);
    if (!object)
        return false;
    for (git_object_t type : {GIT_OBJECT_COMMIT, GIT_OBJECT_TREE}) {
        git_object *raw = nullptr;
        if (git_object_peel(&raw, object.get(), type) == 0) {
            const GitObjectPtr peeled(raw);
            *id = Git::oidText(*git_object_id(peeled.get()));
            return true;
        }
    }
    *error = GitChangesTr::tr("revision \"%1\" names a %2, not a commit or tree")
                 .arg(revspec, QString::fromLatin1(git_object_type2string(git_object_type(object.get()))));
    return false;
}

GitTreePtr GitChanges::treeOf(const QString &revspec, QString *error) const
{
    const GitObjectPtr object = parse(revspec, error);
    if (!object)
        return {};
    git_object *tree = nullptr;
    if (git_object_peel(&tree, object.get(), GIT_OBJECT_TREE) != 0) {
        *error = GitChangesTr::tr("revision \"%1\" names a %2, not a commit or tree")
                     .arg(revspec, QString::fromLatin1(git_object_type2string(git_object_type(object.get()))));
        return {};
    }
    return GitTreePtr(reinterpret_cast<git_tree *>(tree));
}

bool GitChanges::diff(const QString &from, const QString &to, QList<ChangedFile> *changes, QString *error) const
{
    changes->clear();
    const GitTreePtr oldTree = treeOf(from, error);
    if (!oldTree)
        return false;
    const GitTreePtr newTree = treeOf(to, error);
    if (!newTree)
        return false;

    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    git_diff *raw = nullptr;
    int rc = git_diff_tree_to_tree(&raw, m_repo.get(), oldTree.get(), newTree.get(), &options);
    GitDiffPtr diff(raw);
    if (rc != 0) {
        *error = GitChangesTr::tr("cannot compare \"%1\" with \"%2\": %3").arg(from, to, Git::lastError(rc));
        return false;
    }
    git_diff_find_options find = GIT_DIFF_FIND_OPTIONS_INIT;
    find.flags = GIT_DIFF_FIND_RENAMES;
    rc = git_diff_find_similar(diff.get(), &find);
    if (rc != 0) {
        *error = GitChangesTr::tr("cannot detect renames between \"%1\" and \"%2\": %3").arg(from, to, Git::lastError(rc));
        return false;
    }
    const size_t count = git_diff_num_deltas(diff.get());
    changes->reserve(qsizetype(count));
    for (size_t i = 0; i < count; ++i)
        if (const git_diff_delta *delta = git_diff_get_delta(diff.get(), i))
            changes->append(fromDelta(*delta));
    return true;
}

QByteArray GitChanges::blobHead(const QByteArray &rawId, qsizetype maxBytes, bool *found) const
{
    *found = false;
    if (!m_repo || rawId.size() != GIT_OID_RAWSZ)
        return {};
    git_oid oid;
    git_oid_fromraw(&oid, reinterpret_cast<const unsigned char *>(rawId.constData()));
    git_blob *raw = nullptr;
    if (git_blob_lookup(&raw, m_repo.get(), &oid) != 0)
        return {};
    GitBlobPtr blob(raw);
    *found = true;
    const qsizetype size = qsizetype(git_blob_rawsize(blob.get()));
    return QByteArray(static_cast<const char *>(git_blob_rawcontent(blob.get())), qMin(size, maxBytes));
}
