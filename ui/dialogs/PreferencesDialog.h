#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace stuurboord {

// Edit → Preferences: interface language, the report language of new workspaces, the
// import folder, the automatic backup on close and the theme. Saved on OK; the interface
// language and the theme take effect at the next start, which the dialog offers at once.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    // True when the user chose to restart now for a new language or theme.
    bool restartRequested() const { return m_restart; }

    void accept() override;

private:
    void chooseImportFolder();
    bool needsRestart() const;

    QComboBox* m_language = nullptr;
    QComboBox* m_reportLanguage = nullptr;
    QLineEdit* m_importFolder = nullptr;
    QCheckBox* m_backUp = nullptr;
    QSpinBox* m_keep = nullptr;
    QCheckBox* m_followTheme = nullptr;
    bool m_restart = false;
};

} // namespace stuurboord
