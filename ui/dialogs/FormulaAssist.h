#pragma once

#include <QObject>
#include <QPair>
#include <QStringList>

class QCompleter;
class QLineEdit;
class QToolButton;

namespace stuurboord {

// Helps type a KPI formula: a button listing the metrics by their names in the user's
// language that inserts the chosen metric's key at the cursor, and completion of the word
// being typed by key or by name ("pagina" offers "Paginaweergaven (page_views)").
class FormulaAssist final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormulaAssist)

public:
    using Metric = QPair<QString, QString>; // key, display name

    FormulaAssist(QLineEdit* edit, QList<Metric> metrics);
    QToolButton* pickerButton() const { return m_picker; }
    QCompleter* completer() const { return m_completer; }
    // Puts a key where the cursor is, replacing the word being typed.
    void insertKey(const QString& key);

private:
    void complete();
    QPair<int, int> wordAtCursor() const; // start, length

    QLineEdit* m_edit = nullptr;
    QToolButton* m_picker = nullptr;
    QCompleter* m_completer = nullptr;
};

} // namespace stuurboord
