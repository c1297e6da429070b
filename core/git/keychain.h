// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Credentials for private https remotes, kept in the system keychain (Secret Service, KWallet,
// macOS Keychain, Windows Credential Store) through QtKeychain, one entry per host under the
// service "ChipTrace" with key "git:<host>" and the value "<username>:<token>". ChipTrace never
// writes a secret to its own files and never logs one. SSH remotes use the SSH agent instead.

#include "transfer.h"

namespace ChipTrace::Git {

// Looks up the credential for the host of `url`; nullopt when there is none or no keychain.
std::optional<Credential> keychainCredential(const QString &url);

// Saves (or replaces) the credential for `host` in the system keychain.
Status storeKeychainCredential(const QString &host, const Credential &credential);

// Deletes the credential for `host` from the system keychain.
Status removeKeychainCredential(const QString &host);

} // namespace ChipTrace::Git
