#include "LocalUser.h"

#include <QDir>

namespace stuurboord {

QString LocalUser::name()
{
    // USER on Linux and macOS, USERNAME on Windows; a bare environment (a service, a test
    // runner) still has a home folder named after the account.
    QString name = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (name.isEmpty())
        name = QDir::home().dirName();
    return name;
}

} // namespace stuurboord
