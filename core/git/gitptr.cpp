// SPDX-License-Identifier: GPL-3.0-or-later
#include "gitptr.h"

namespace ChipTrace::Git {

Error lastGitError(const QString &what, int code)
{
    const git_error *e = git_error_last();
    const QString detail = (e && e->message) ? QString::fromUtf8(e->message).trimmed()
                                             : QStringLiteral("libgit2 error %1").arg(code);
    ErrorCode kind = ErrorCode::Generic;
    if (code == GIT_EUSER)
        kind = ErrorCode::Cancelled;
    else if (code == GIT_ENOTFOUND)
        kind = ErrorCode::NotFound;
    else if (code == GIT_EAUTH)
        kind = ErrorCode::AuthRequired;
    else if (e && e->klass == GIT_ERROR_NET)
        kind = ErrorCode::Network;
    return Error(kind, what + QStringLiteral(": ") + detail);
}

GitLibrary::GitLibrary()
{
    git_libgit2_init();
}

GitLibrary::~GitLibrary()
{
    git_libgit2_shutdown();
}

} // namespace ChipTrace::Git
