#include "CompiledFormula.h"

#include "Formula.h"

#include <QCoreApplication>
#include <cmath>
#include <muParser.h>

namespace stuurboord {

CompiledFormula::CompiledFormula(const QString& text)
    : m_text(text)
    , m_variables(Formula::variables(text))
{
    if (m_variables.isEmpty() && text.trimmed().isEmpty())
        return;
    m_storage = std::make_unique<double[]>(static_cast<size_t>(m_variables.size()) + 1);
    auto parser = std::make_unique<mu::Parser>();
    try {
        for (qsizetype i = 0; i < m_variables.size(); ++i)
            parser->DefineVar(m_variables.at(i).toStdString(), &m_storage[static_cast<size_t>(i)]);
        parser->SetExpr(text.toStdString());
        // Compiles to bytecode now, so a formula that cannot run is known before any period.
        parser->Eval();
    } catch (const mu::ParserError&) {
        return;
    }
    m_parser = std::move(parser);
}

CompiledFormula::~CompiledFormula() = default;

std::optional<double> CompiledFormula::evaluate(const QMap<QString, double>& values, QString* problem) const
{
    if (!m_parser)
        return Formula::evaluate(m_text, values, problem);
    for (qsizetype i = 0; i < m_variables.size(); ++i) {
        const auto found = values.constFind(m_variables.at(i));
        if (found == values.cend()) {
            if (problem)
                *problem = QCoreApplication::translate("Formula", "no data for %1").arg(m_variables.at(i));
            return std::nullopt;
        }
        m_storage[static_cast<size_t>(i)] = *found;
    }
    try {
        const double result = m_parser->Eval();
        if (!std::isfinite(result)) {
            if (problem)
                *problem = QCoreApplication::translate("Formula", "division by zero");
            return std::nullopt;
        }
        return result;
    } catch (const mu::ParserError&) {
        // Rare (an error only some values raise): let Formula word it.
        return Formula::evaluate(m_text, values, problem);
    }
}

} // namespace stuurboord
