#include "PackSection.h"

#include <QCoreApplication>
#include <algorithm>

namespace stuurboord {

template <> const EnumSpec& enumSpec<PackSection>()
{
    static const EnumSpec spec({
        {"summary", QT_TRANSLATE_NOOP("Enum", "summary")},
        {"kpis", QT_TRANSLATE_NOOP("Enum", "KPI table")},
        {"charts", QT_TRANSLATE_NOOP("Enum", "KPI charts")},
        {"usage", QT_TRANSLATE_NOOP("Enum", "usage figures")},
        {"followups", QT_TRANSLATE_NOOP("Enum", "follow-up actions")},
        {"goals", QT_TRANSLATE_NOOP("Enum", "goals")},
        {"decisions", QT_TRANSLATE_NOOP("Enum", "previous meeting")},
        {"budget", QT_TRANSLATE_NOOP("Enum", "budget")},
        {"backlog", QT_TRANSLATE_NOOP("Enum", "phase-two backlog")},
        {"trends", QT_TRANSLATE_NOOP("Enum", "trend signals")},
        {"upcoming", QT_TRANSLATE_NOOP("Enum", "what comes next")},
    });
    return spec;
}

QList<PackSection> PackSections::all()
{
    QList<PackSection> sections;
    for (int i = 0; i < enumSpec<PackSection>().size(); ++i)
        sections << static_cast<PackSection>(i);
    return sections;
}

std::optional<QList<PackSection>> PackSections::parse(const QString& list, QString* error)
{
    QList<PackSection> sections;
    const EnumSpec& spec = enumSpec<PackSection>();
    for (const QString& word : list.split(u',', Qt::SkipEmptyParts)) {
        const int index = spec.indexOf(word.trimmed().toLower());
        if (index < 0) {
            if (error)
                *error = QCoreApplication::translate("PackSections", "Unknown section “%1”; use any of: %2.")
                             .arg(word.trimmed(), spec.keys().join(QStringLiteral(", ")));
            return std::nullopt;
        }
        if (!sections.contains(static_cast<PackSection>(index)))
            sections << static_cast<PackSection>(index);
    }
    if (sections.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("PackSections", "Name at least one section: %1.")
                         .arg(spec.keys().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    // The pack keeps its own order whatever order the list names them in.
    std::sort(sections.begin(), sections.end());
    return sections;
}

} // namespace stuurboord
