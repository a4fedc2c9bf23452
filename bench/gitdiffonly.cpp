// The floor under `purgeline changes`: only what libgit2 itself does for it (initialise, open the
// repository, resolve both revisions, diff the two trees, detect renames), without Qt and without
// purgeline. bench/changes.sh times it next to git and purgeline on the same repository.
//   gitdiffonly REPO FROM TO      prints the number of changed files
#include <git2.h>

#include <cstdio>

int main(int argc, char **argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: gitdiffonly REPO FROM TO\n");
        return 2;
    }
    git_libgit2_init();
    git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);   // as purgeline does
    git_repository *repo = nullptr;
    git_object *from = nullptr, *to = nullptr;
    git_tree *fromTree = nullptr, *toTree = nullptr;
    git_diff *diff = nullptr;
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    git_diff_find_options find = GIT_DIFF_FIND_OPTIONS_INIT;
    find.flags = GIT_DIFF_FIND_RENAMES;
    if (git_repository_open_ext(&repo, argv[1], 0, nullptr) != 0 || git_revparse_single(&from, repo, argv[2]) != 0
        || git_revparse_single(&to, repo, argv[3]) != 0
        || git_object_peel(reinterpret_cast<git_object **>(&fromTree), from, GIT_OBJECT_TREE) != 0
        || git_object_peel(reinterpret_cast<git_object **>(&toTree), to, GIT_OBJECT_TREE) != 0
        || git_diff_tree_to_tree(&diff, repo, fromTree, toTree, &options) != 0 || git_diff_find_similar(diff, &find) != 0) {
        const git_error *error = git_error_last();
        std::fprintf(stderr, "gitdiffonly: %s\n", error ? error->message : "failed");
        return 1;
    }
    std::printf("%zu\n", git_diff_num_deltas(diff));
    git_diff_free(diff);
    git_tree_free(toTree);
    git_tree_free(fromTree);
    git_object_free(to);
    git_object_free(from);
    git_repository_free(repo);
    git_libgit2_shutdown();
    return 0;
}
