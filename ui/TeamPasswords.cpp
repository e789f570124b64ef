#include "TeamPasswords.h"

#include "storage/TeamAddress.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <QUrl>

namespace stuurboord {

namespace {
const QString service = QStringLiteral("Stuurboord team workspaces");

// QtKeychain answers asynchronously; the dialogs that ask need the answer before going on.
// A keyring that does not answer within a few seconds counts as not there.
bool finish(QKeychain::Job& job, QString* problem)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    QTimer::singleShot(0, &job, &QKeychain::Job::start); // answered only once the loop runs
    loop.exec();
    if (job.error() == QKeychain::NoError)
        return true;
    if (problem && job.error() != QKeychain::EntryNotFound)
        *problem = QCoreApplication::translate("TeamPasswords",
            "The system keyring is not available (%1).").arg(job.errorString());
    return false;
}
} // namespace

QString TeamPasswords::read(const QString& address, QString* problem)
{
    QKeychain::ReadPasswordJob job(service);
    job.setAutoDelete(false);
    job.setKey(address);
    return finish(job, problem) ? job.textData() : QString();
}

bool TeamPasswords::write(const QString& address, const QString& password, QString* problem)
{
    QKeychain::WritePasswordJob job(service);
    job.setAutoDelete(false);
    job.setKey(address);
    job.setTextData(password);
    return finish(job, problem);
}

QString TeamPasswords::withKeptPassword(const QString& address, QString* problem)
{
    const TeamAddress parsed = TeamAddress::parse(address);
    if (!parsed.isValid() || !parsed.password().isEmpty())
        return address;
    const QString password = read(parsed.display(), problem);
    if (password.isEmpty())
        return address;
    QUrl url(address);
    url.setPassword(password);
    return url.toString(QUrl::FullyEncoded);
}

bool TeamPasswords::forget(const QString& address)
{
    QKeychain::DeletePasswordJob job(service);
    job.setAutoDelete(false);
    job.setKey(address);
    return finish(job, nullptr);
}

} // namespace stuurboord
