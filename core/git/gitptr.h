// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// libgit2 behind RAII: GitPtr<git_repository> frees itself with git_repository_free, and
// lastGitError() captures libgit2's per-thread error text at the call site, before any other
// libgit2 call on the thread can overwrite it. GitLibrary keeps libgit2 initialised.

#include "util/result.h"

#include <git2.h>

#include <memory>

namespace ChipTrace::Git {

template<typename T>
struct GitFree;
#define CHIPTRACE_GIT_FREE(type, fn)                                                               \
    template<>                                                                                     \
    struct GitFree<type>                                                                           \
    {                                                                                              \
        void operator()(type *p) const                                                             \
        {                                                                                          \
            fn(p);                                                                                 \
        }                                                                                          \
    };
CHIPTRACE_GIT_FREE(git_repository, git_repository_free)
CHIPTRACE_GIT_FREE(git_remote, git_remote_free)
CHIPTRACE_GIT_FREE(git_commit, git_commit_free)
CHIPTRACE_GIT_FREE(git_tree, git_tree_free)
CHIPTRACE_GIT_FREE(git_blob, git_blob_free)
CHIPTRACE_GIT_FREE(git_object, git_object_free)
CHIPTRACE_GIT_FREE(git_reference, git_reference_free)
CHIPTRACE_GIT_FREE(git_revwalk, git_revwalk_free)
CHIPTRACE_GIT_FREE(git_odb, git_odb_free)
CHIPTRACE_GIT_FREE(git_odb_object, git_odb_object_free)
CHIPTRACE_GIT_FREE(git_config, git_config_free)
CHIPTRACE_GIT_FREE(git_index, git_index_free)
CHIPTRACE_GIT_FREE(git_signature, git_signature_free)
CHIPTRACE_GIT_FREE(git_tag, git_tag_free)
CHIPTRACE_GIT_FREE(git_diff, git_diff_free)
CHIPTRACE_GIT_FREE(git_reference_iterator, git_reference_iterator_free)
#undef CHIPTRACE_GIT_FREE

template<typename T>
using GitPtr = std::unique_ptr<T, GitFree<T>>;

// Adopts a raw pointer produced by a libgit2 out-parameter: `GitPtr<git_commit> c = adopt(raw)`.
template<typename T>
GitPtr<T> adopt(T *raw)
{
    return GitPtr<T>(raw);
}

// The text libgit2 left for the failing call on this thread, with `what` in front.
Error lastGitError(const QString &what, int code = -1);

// RAII guard for git_libgit2_init/shutdown. Construct one per scope that uses libgit2; the
// counts nest, so it is cheap and safe to have many.
class GitLibrary
{
public:
    GitLibrary();
    ~GitLibrary();
    GitLibrary(const GitLibrary &) = delete;
    GitLibrary &operator=(const GitLibrary &) = delete;
};

} // namespace ChipTrace::Git
