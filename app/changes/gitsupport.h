#pragma once

#include <QString>
#include <git2.h>
#include <memory>

// libgit2 must be initialised before use and shut down as often as it was initialised. Every
// object that holds libgit2 state owns one of these, declared before its git objects, so the
// objects are freed before the library shuts down.
class GitLibrary final
{
    Q_DISABLE_COPY_MOVE(GitLibrary)
public:
    GitLibrary()
    {
        git_libgit2_init();
        // Only reads happen here, and git itself does not re-hash objects on read either; doing
        // it costs about a seventh of a large tree diff. git fsck is the tool for corruption.
        git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
    }
    ~GitLibrary() { git_libgit2_shutdown(); }
};

// Owning pointers for libgit2 objects: each is freed with its own git_*_free.
template <typename T, void (*Free)(T *)>
struct GitFree
{
    void operator()(T *object) const
    {
        if (object)
            Free(object);
    }
};
template <typename T, void (*Free)(T *)>
using GitPtr = std::unique_ptr<T, GitFree<T, Free>>;

using GitRepositoryPtr = GitPtr<git_repository, git_repository_free>;
using GitObjectPtr = GitPtr<git_object, git_object_free>;
using GitTreePtr = GitPtr<git_tree, git_tree_free>;
using GitCommitPtr = GitPtr<git_commit, git_commit_free>;
using GitBlobPtr = GitPtr<git_blob, git_blob_free>;
using GitDiffPtr = GitPtr<git_diff, git_diff_free>;
using GitIndexPtr = GitPtr<git_index, git_index_free>;
using GitSignaturePtr = GitPtr<git_signature, git_signature_free>;
using GitTreeBuilderPtr = GitPtr<git_treebuilder, git_treebuilder_free>;
using GitReferencePtr = GitPtr<git_reference, git_reference_free>;

namespace Git {
// The message of the last libgit2 error on this thread, or a generic text naming the code.
QString lastError(int code);
// An object id as 40 hexadecimal digits.
QString oidText(const git_oid &oid);
} // namespace Git
