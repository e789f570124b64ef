#pragma once

#include <QString>

namespace stuurboord {

// Team workspace passwords in the system keyring (Secret Service, KWallet, macOS Keychain,
// Windows Credential Store, through QtKeychain), one entry per address; never in the
// settings file. Where no keyring is available the calls say so and nothing is kept.
class TeamPasswords final
{
public:
    // The stored password for the address as display() shows it; empty when none is kept.
    // `problem` says why nothing could be read when the keyring itself failed.
    static QString read(const QString& address, QString* problem = nullptr);
    static bool write(const QString& address, const QString& password, QString* problem);
    static bool forget(const QString& address);
    // The address to connect with: `address` with the kept password added when it carries
    // none and the keyring holds one; otherwise unchanged (libpq then tries ~/.pgpass).
    static QString withKeptPassword(const QString& address, QString* problem = nullptr);
};

} // namespace stuurboord
