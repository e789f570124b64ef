#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace stuurboord {

// File › Open Team Workspace…: where the shared workspace lives (server, port, database)
// and who opens it (user, password). The password can be kept in the system keyring; it is
// never written to the settings. The last address (without password) is offered again.
class TeamWorkspaceDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit TeamWorkspaceDialog(QWidget* parent = nullptr);

    // The address as shown and remembered: no password in it.
    QString address() const;
    // The address to connect with: the typed password, else the one in the keyring.
    QString connectionAddress();
    bool rememberPassword() const;
    const QString& keyringProblem() const { return m_keyringProblem; }

    // After a successful open: remembers the address, and the password if asked to.
    void remember();

    static QString lastAddress();

private:
    void updateButtons();

    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QCheckBox* m_remember = nullptr;
    QLabel* m_problem = nullptr;
    QString m_keyringProblem;
};

} // namespace stuurboord
