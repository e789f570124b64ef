#include "PackLanguage.h"

#include "domain/OrganisationProfile.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QTranslator>

namespace stuurboord {

namespace {
// The English file holds only plural forms; every other English text is its source. Without
// answering those here, the UI's Dutch translator behind this one would fill them in.
class PackTranslator final : public QTranslator
{
public:
    explicit PackTranslator(const QString& language)
        : m_english(language == u"en")
    {
        const QString name = QStringLiteral("stuurboord_%1.qm").arg(language);
        // Embedded in the application; tests and benchmarks name the build's folder instead.
        m_loaded = m_file.load(QStringLiteral(":/i18n/") + name)
            || m_file.load(name, qEnvironmentVariable("STUURBOORD_QM_DIR"));
    }

    bool isEmpty() const override { return false; }

    QString translate(const char* context, const char* sourceText, const char* disambiguation, int n) const override
    {
        QString text = m_loaded ? m_file.translate(context, sourceText, disambiguation, n) : QString();
        if (text.isEmpty() && m_english)
            text = QString::fromUtf8(sourceText);
        return text;
    }

private:
    QTranslator m_file;
    bool m_english = false;
    bool m_loaded = false;
};
} // namespace

PackLanguage::PackLanguage(const QString& language)
    : m_previousLocale(QLocale())
    , m_translator(std::make_unique<PackTranslator>(language))
{
    QLocale::setDefault(locale(language));
    QCoreApplication::installTranslator(m_translator.get());
}

PackLanguage::~PackLanguage()
{
    QCoreApplication::removeTranslator(m_translator.get());
    QLocale::setDefault(m_previousLocale);
}

QString PackLanguage::normalised(const QString& language, Workspace& workspace)
{
    if (language == u"nl" || language == u"en")
        return language;
    const QList<OrganisationProfile> profiles = workspace.repository<OrganisationProfile>().all();
    const bool english = !profiles.isEmpty() && profiles.constFirst().reportLanguage == ReportLanguage::English;
    return english ? QStringLiteral("en") : QStringLiteral("nl");
}

QLocale PackLanguage::locale(const QString& language)
{
    return language == u"en" ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                              : QLocale(QLocale::Dutch, QLocale::Netherlands);
}

} // namespace stuurboord
