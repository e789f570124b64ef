#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

namespace mu {
class Parser;
}

namespace stuurboord {

// A KPI formula parsed once and evaluated for many periods. Formula::evaluate parses the
// text again on every call, which made a dashboard of 30 KPIs over ten years spend most of
// its time in muparser's tokenizer; this gives the same values and messages.
class CompiledFormula final
{
public:
    explicit CompiledFormula(const QString& text);
    ~CompiledFormula();
    CompiledFormula(const CompiledFormula&) = delete;
    CompiledFormula& operator=(const CompiledFormula&) = delete;

    // The metric keys (and headcount) the formula uses, sorted, as Formula::variables.
    const QStringList& variables() const { return m_variables; }
    // As Formula::evaluate(text, values, problem).
    std::optional<double> evaluate(const QMap<QString, double>& values, QString* problem = nullptr) const;

private:
    QString m_text;
    QStringList m_variables;
    // Null when the text does not parse: evaluate() then explains it the way Formula does.
    std::unique_ptr<mu::Parser> m_parser;
    std::unique_ptr<double[]> m_storage; // the parser reads the variables from here
};

} // namespace stuurboord
