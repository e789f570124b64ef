#pragma once

#include <QLocale>
#include <QString>
#include <memory>

class QTranslator;

namespace stuurboord {

class Workspace;

// While it lives, Stuurboord's texts, numbers, amounts and dates come out in the pack's
// language ("nl" or "en") whatever the UI language is: it puts the pack's translator in
// front of the application's and makes the pack's locale the default. Both are undone when
// it goes, so the UI reads as before. Use it on the GUI thread, around building and painting
// one pack.
class PackLanguage final
{
public:
    explicit PackLanguage(const QString& language);
    ~PackLanguage();
    Q_DISABLE_COPY_MOVE(PackLanguage)

    // "nl" or "en" as written, anything else as the organisation's report language.
    static QString normalised(const QString& language, Workspace& workspace);
    static QLocale locale(const QString& language);

private:
    QLocale m_previousLocale;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace stuurboord
