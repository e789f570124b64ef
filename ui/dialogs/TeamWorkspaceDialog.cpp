#include "TeamWorkspaceDialog.h"

#include "LocalUser.h"
#include "TeamPasswords.h"
#include "storage/TeamAddress.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace stuurboord {

namespace {
const QString lastAddressKey = QStringLiteral("team/lastAddress");
}

TeamWorkspaceDialog::TeamWorkspaceDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Open Team Workspace"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A team workspace lives in a PostgreSQL database that several "
                                "people open at once. Your administrator gives you the server, "
                                "the database and your user name."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_host = new QLineEdit;
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("for example intranet-db.gemeente.nl"));
    m_port = new QSpinBox;
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit;
    m_database->setObjectName(QStringLiteral("database"));
    m_user = new QLineEdit;
    m_user->setObjectName(QStringLiteral("user"));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: from the keyring or ~/.pgpass"));
    m_remember = new QCheckBox(tr("&Keep the password in this computer's keyring"));
    m_remember->setObjectName(QStringLiteral("remember"));
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(m_remember);
    layout->addLayout(form);
    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    layout->addWidget(m_problem);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    for (QLineEdit* edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &TeamWorkspaceDialog::updateButtons);

    const TeamAddress last = TeamAddress::parse(lastAddress());
    if (last.isValid()) {
        m_host->setText(last.host());
        m_port->setValue(last.port());
        m_database->setText(last.database());
        m_user->setText(last.user());
    } else {
        m_user->setText(LocalUser::name());
    }
    updateButtons();
    if (m_host->text().isEmpty())
        m_host->setFocus();
    else
        m_password->setFocus();
}

void TeamWorkspaceDialog::updateButtons()
{
    auto* buttons = findChild<QDialogButtonBox*>();
    const bool complete = !m_host->text().trimmed().isEmpty()
        && !m_database->text().trimmed().isEmpty() && !m_user->text().trimmed().isEmpty();
    buttons->button(QDialogButtonBox::Open)->setEnabled(complete);
}

QString TeamWorkspaceDialog::address() const
{
    return TeamAddress::compose(m_host->text(), m_port->value(), m_database->text(), m_user->text());
}

QString TeamWorkspaceDialog::connectionAddress()
{
    if (m_password->text().isEmpty()) // the keyring's, if one is kept; else libpq's ~/.pgpass
        return TeamPasswords::withKeptPassword(address(), &m_keyringProblem);
    return TeamAddress::compose(
        m_host->text(), m_port->value(), m_database->text(), m_user->text(), m_password->text());
}

bool TeamWorkspaceDialog::rememberPassword() const
{
    return m_remember->isChecked() && !m_password->text().isEmpty();
}

void TeamWorkspaceDialog::remember()
{
    QSettings().setValue(lastAddressKey, address());
    if (rememberPassword()) {
        TeamPasswords::write(TeamAddress::parse(address()).display(), m_password->text(),
            &m_keyringProblem);
    }
}

QString TeamWorkspaceDialog::lastAddress()
{
    return QSettings().value(lastAddressKey).toString();
}

} // namespace stuurboord
