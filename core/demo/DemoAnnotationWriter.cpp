#include "DemoAnnotationWriter.h"

#include "DemoContext.h"
#include "domain/Annotation.h"

namespace stuurboord {

namespace {

struct Row
{
    int month; // usage month; -1 is the go-live month
    int weekday; // with nth: the n-th weekday of that month; 0: the go-live date itself
    int nth;
    AnnotationKind kind;
    const char* title;
    const char* description;
    const char* metric; // context key of the metric or KPI the event belongs to, or empty
};

constexpr Row rows[] = {
    {-1, 0, 0, AnnotationKind::Launch, "Livegang Plein",
        "Plein vervangt het oude intranet. Alle medewerkers kregen een welkomstbericht en een "
        "korte rondleiding van hun key user.",
        ""},
    {4, Qt::Tuesday, 2, AnnotationKind::Workshop, "Workshops schrijven voor het web",
        "Drie workshops voor alle redacteuren van afdelingssites.", "metric:pages_created"},
    {DemoContext::questionsFeatureMonth, Qt::Monday, 1, AnnotationKind::PlatformChange,
        "Nieuwe functie 'Vraag het de collega'",
        "Vragen stellen aan de hele organisatie; Publiekszaken startte als pilotgroep.",
        "metric:questions_asked"},
    {13, Qt::Wednesday, 3, AnnotationKind::Workshop, "Workshops teamleiders buitendienst",
        "Workshops voor de teamleiders van Beheer Openbare Ruimte, samen met de uitrol van de "
        "Plein-app op werktelefoons.",
        "metric:unique_logged_in_users"},
    {DemoContext::campaignMonth, Qt::Monday, 1, AnnotationKind::Campaign,
        "Profielcampagne 'Laat zien wat je weet'",
        "HR en Communicatie: fotoshoot-dagen, expertises uit de opleidingscatalogus en een "
        "wedstrijd tussen afdelingen. Een profielfoto blijft vrijwillig.",
        "metric:profiles_completed"},
    {DemoContext::usageMonths - 7, 0, 1, AnnotationKind::DefinitionChange,
        "Definitie 'Actieve medewerkers' gewijzigd",
        "Vanaf deze maand gedeeld door het personeelsbestand in plaats van door de ingelogde "
        "gebruikers (versie 2).",
        "kpi:active"},
};

} // namespace

Outcome DemoAnnotationWriter::write(DemoContext& context)
{
    for (const Row& row : rows) {
        Annotation annotation;
        if (row.month < 0)
            annotation.date = context.goLive();
        else if (row.weekday == 0)
            annotation.date = context.month(row.month); // takes effect on the first
        else
            annotation.date
                = DemoContext::nthWeekday(context.month(row.month), row.weekday, row.nth);
        annotation.kind = row.kind;
        annotation.title = QString::fromUtf8(row.title);
        annotation.description = QString::fromUtf8(row.description);
        const QString key = QString::fromUtf8(row.metric);
        if (key.startsWith(u"metric:"))
            annotation.metricId = context.id(key);
        else if (key.startsWith(u"kpi:"))
            annotation.kpiId = context.id(key);
        if (Outcome outcome = context.add(annotation, annotation.title); !outcome)
            return outcome;
    }
    return {};
}

} // namespace stuurboord
