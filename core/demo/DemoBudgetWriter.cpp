#include "DemoBudgetWriter.h"

#include "DemoContext.h"
#include "domain/BenefitAssumption.h"
#include "domain/BudgetLine.h"
#include "domain/BudgetYear.h"
#include "domain/Expense.h"

namespace stuurboord {

namespace {

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

constexpr qint64 euro = 100; // amounts are stored in cents

struct LineRow
{
    int yearOffset; // relative to lastMonth's year
    BudgetCategory category;
    const char* description;
    qint64 plannedEuro;
};

// Sized for about 1,100 employees: a licence of roughly 35 euro per employee per year,
// and a phase-two reservation that grows once the backlog is clear.
constexpr LineRow lineRows[] = {
    {-1, BudgetCategory::Licences, "Licentie Plein (1.150 gebruikers)", 38500},
    {-1, BudgetCategory::PhaseTwo, "Doorontwikkeling fase twee", 45000},
    {-1, BudgetCategory::Workshops, "Workshops redacteuren en key users", 8000},
    {-1, BudgetCategory::Inspiration, "Inspiratiesessies", 4500},
    {-1, BudgetCategory::Communication, "Communicatie en campagnes", 6000},
    {-1, BudgetCategory::Consultancy, "Advies en evaluatie", 12000},
    {-1, BudgetCategory::Other, "Onvoorzien", 2500},
    {0, BudgetCategory::Licences, "Licentie Plein (1.150 gebruikers, geïndexeerd)", 40250},
    {0, BudgetCategory::PhaseTwo, "Doorontwikkeling fase twee", 60000},
    {0, BudgetCategory::Workshops, "Workshops en trainingen", 9000},
    {0, BudgetCategory::Inspiration, "Inspiratiesessies", 5000},
    {0, BudgetCategory::Communication, "Communicatie en campagnes", 7500},
    {0, BudgetCategory::Consultancy, "Advies en evaluatie", 10000},
};

struct ExpenseRow
{
    int yearOffset;
    BudgetCategory category;
    int month;
    int day;
    int permille; // of the line's planned amount
    const char* description;
    const char* supplier;
};

constexpr ExpenseRow expenseRows[] = {
    {-1, BudgetCategory::Licences, 1, 15, 1000, "Jaarlicentie Plein", "Pleinwerk B.V."},
    {-1, BudgetCategory::PhaseTwo, 4, 30, 300, "Koppeling met het zaaksysteem", "Pleinwerk B.V."},
    {-1, BudgetCategory::PhaseTwo, 9, 20, 350, "Plein-app voor de buitendienst", "Pleinwerk B.V."},
    {-1, BudgetCategory::PhaseTwo, 12, 12, 280, "Agenda per afdeling", "Pleinwerk B.V."},
    {-1, BudgetCategory::Workshops, 3, 10, 400, "Workshops schrijven voor het web (drie groepen)",
        "Schrijfbureau Helder"},
    {-1, BudgetCategory::Workshops, 10, 8, 450, "Workshops teamleiders buitendienst",
        "Schrijfbureau Helder"},
    {-1, BudgetCategory::Inspiration, 5, 22, 500, "Inspiratiesessie 'Werken in het open'",
        "Bureau Samenwerken"},
    {-1, BudgetCategory::Inspiration, 11, 14, 450, "Inspiratiesessie kennisdelen",
        "Bureau Samenwerken"},
    {-1, BudgetCategory::Communication, 2, 5, 350, "Posters en flyers smoelenboek",
        "Drukkerij De Dijk"},
    {-1, BudgetCategory::Communication, 6, 3, 550, "Campagnemateriaal en fotoshoot-dagen",
        "Fotostudio Licht"},
    {-1, BudgetCategory::Consultancy, 7, 1, 500, "Evaluatie eerste jaar Plein",
        "Adviesbureau Intranetwerk"},
    {-1, BudgetCategory::Consultancy, 12, 1, 400, "Advies herziening KPI-set",
        "Adviesbureau Intranetwerk"},
    {-1, BudgetCategory::Other, 8, 30, 300, "Extra opslagruimte voor video", "Pleinwerk B.V."},
    {0, BudgetCategory::Licences, 1, 15, 1000, "Jaarlicentie Plein", "Pleinwerk B.V."},
    {0, BudgetCategory::PhaseTwo, 3, 14, 200, "Vragen kunnen volgen (eerste oplevering)",
        "Pleinwerk B.V."},
    {0, BudgetCategory::PhaseTwo, 6, 18, 250, "Koppeling opleidingscatalogus (deel 1)",
        "Pleinwerk B.V."},
    {0, BudgetCategory::PhaseTwo, 10, 20, 200, "Koppeling opleidingscatalogus (deel 2)",
        "Pleinwerk B.V."},
    {0, BudgetCategory::Workshops, 2, 12, 300, "Training nieuwe key users", "Schrijfbureau Helder"},
    {0, BudgetCategory::Workshops, 9, 24, 300, "Workshops 'Vraag het de collega'",
        "Schrijfbureau Helder"},
    {0, BudgetCategory::Inspiration, 4, 9, 450, "Inspiratiesessie met een buurgemeente",
        "Bureau Samenwerken"},
    {0, BudgetCategory::Communication, 3, 3, 400, "Campagne 'Laat zien wat je weet'",
        "Drukkerij De Dijk"},
    {0, BudgetCategory::Communication, 10, 1, 200, "Banners personeelsbijeenkomst",
        "Drukkerij De Dijk"},
    {0, BudgetCategory::Consultancy, 5, 27, 350, "Benchmarkanalyse en advies",
        "Adviesbureau Intranetwerk"},
};

} // namespace

QString DemoBudgetWriter::lineKey(int yearOffset, BudgetCategory category)
{
    return QStringLiteral("line:%1:%2").arg(yearOffset).arg(int(category));
}

Outcome DemoBudgetWriter::write(DemoContext& context)
{
    const int thisYear = context.lastMonth().year();
    for (int offset : {-1, 0}) {
        BudgetYear year;
        year.year = thisYear + offset;
        year.notes = offset < 0
            ? QStringLiteral("Eerste volledige jaar na de livegang.")
            : QStringLiteral("Met een grotere reservering voor fase twee, zoals besloten in de "
                             "stuurgroep.");
        if (Outcome outcome
            = context.add(year, QString::number(year.year), QStringLiteral("year:%1").arg(offset));
            !outcome)
            return outcome;
    }

    QHash<QString, qint64> planned;
    for (const LineRow& row : lineRows) {
        BudgetLine line;
        line.yearId = context.id(QStringLiteral("year:%1").arg(row.yearOffset));
        line.category = row.category;
        line.description = text(row.description);
        line.plannedCents = row.plannedEuro * euro;
        const QString key = lineKey(row.yearOffset, row.category);
        if (Outcome outcome = context.add(line, line.description, key); !outcome)
            return outcome;
        planned.insert(key, line.plannedCents);
    }

    // Only what was booked by the end of the last month with data: this year is partly spent.
    const QDate booked = DemoContext::monthEnd(context.lastMonth());
    for (const ExpenseRow& row : expenseRows) {
        const QDate date(thisYear + row.yearOffset, row.month, row.day);
        if (date > booked)
            continue;
        const QString key = lineKey(row.yearOffset, row.category);
        Expense expense;
        expense.lineId = context.id(key);
        expense.date = date;
        // Whole euros, as on a real invoice.
        expense.amountCents = planned.value(key) * row.permille / 1000 / euro * euro;
        expense.description = text(row.description);
        expense.supplier = text(row.supplier);
        if (Outcome outcome = context.add(expense, expense.description); !outcome)
            return outcome;
    }
    return writeBenefits(context);
}

Outcome DemoBudgetWriter::writeBenefits(DemoContext& context)
{
    // The coordinator's cautious estimate for the business case: the time saved counts
    // for part of the active users only, at the municipality's average hourly cost.
    struct BenefitRow
    {
        const char* description;
        BenefitKind kind;
        double minutes;
        double sharePercent;
        qint64 amountEuro;
    };
    constexpr qint64 hourlyCostEuro = 45;
    constexpr BenefitRow rows[] = {
        {"Sneller een collega of expertise vinden", BenefitKind::TimeSaved, 10, 60, 0},
        {"Minder vragen aan de servicedesk dankzij 'Vraag het de collega'", BenefitKind::TimeSaved,
            5, 30, 0},
        {"Personeelsblad niet meer gedrukt en verzonden", BenefitKind::FixedAmount, 0, 100, 9500},
    };
    for (const BenefitRow& row : rows) {
        BenefitAssumption assumption;
        assumption.description = text(row.description);
        assumption.kind = row.kind;
        assumption.minutesPerUserMonth = row.minutes;
        assumption.sharePercent = row.sharePercent;
        if (row.kind == BenefitKind::TimeSaved)
            assumption.hourlyCostCents = hourlyCostEuro * euro;
        assumption.amountPerYearCents = row.amountEuro * euro;
        if (Outcome outcome = context.add(assumption, assumption.description); !outcome)
            return outcome;
    }
    return {};
}

} // namespace stuurboord
