#include "Formula.h"

#include <cmath>
#include <deque>
#include <muParser.h>
#include <QCoreApplication>
#include <QRegularExpression>

namespace stuurboord {

namespace {

// Lets muparser accept any identifier while parsing, so that we can tell the user which
// names are unknown instead of muparser's bare "unexpected token".
double* createVariable(const char* /*name*/, void* storage)
{
    auto* pool = static_cast<std::deque<double>*>(storage);
    pool->push_back(0.0);
    return &pool->back();
}

QString explain(const mu::ParserError& error)
{
    switch (error.GetCode()) {
    case mu::ecEMPTY_EXPRESSION:
        return QCoreApplication::translate("Formula", "The formula is empty.");
    case mu::ecUNEXPECTED_EOF:
        return QCoreApplication::translate(
            "Formula", "The formula ends too early; something is missing after the last operator.");
    case mu::ecMISSING_PARENS:
        return QCoreApplication::translate("Formula", "A closing parenthesis is missing.");
    case mu::ecUNEXPECTED_PARENS:
        return QCoreApplication::translate(
            "Formula", "There is a parenthesis where none is expected.");
    case mu::ecUNEXPECTED_OPERATOR:
        return QCoreApplication::translate(
            "Formula", "There is an operator where a number or metric is expected.");
    case mu::ecUNEXPECTED_VAL:
    case mu::ecUNEXPECTED_VAR:
        return QCoreApplication::translate(
            "Formula", "An operator (+ - * /) is missing between two values.");
    case mu::ecUNASSIGNABLE_TOKEN:
        return QCoreApplication::translate("Formula", "“%1” is not a metric, number or operator.")
            .arg(QString::fromStdString(error.GetToken()));
    case mu::ecUNEXPECTED_ARG_SEP:
        return QCoreApplication::translate(
            "Formula", "Use a point, not a comma, for decimals in a formula (for example 0.5).");
    default:
        return QString::fromStdString(error.GetMsg());
    }
}

int wordPosition(const QString& text, const QString& word)
{
    const QRegularExpression pattern(
        QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(word)));
    const QRegularExpressionMatch match = pattern.match(text);
    return match.hasMatch() ? static_cast<int>(match.capturedStart()) : -1;
}
} // namespace

QStringList Formula::variables(const QString& text)
{
    std::deque<double> pool;
    mu::Parser parser;
    parser.SetVarFactory(createVariable, &pool);
    QStringList names;
    try {
        parser.SetExpr(text.toStdString());
        for (const auto& [name, value] : parser.GetUsedVar())
            names << QString::fromStdString(name);
    } catch (const mu::ParserError&) {
        return {};
    }
    return names;
}

std::optional<Formula::Problem> Formula::check(const QString& text, const QStringList& metricKeys)
{
    if (text.trimmed().isEmpty())
        return Problem{-1, QCoreApplication::translate("Formula", "The formula is empty.")};
    std::deque<double> pool;
    mu::Parser parser;
    parser.SetVarFactory(createVariable, &pool);
    try {
        parser.SetExpr(text.toStdString());
        parser.GetUsedVar();
    } catch (const mu::ParserError& error) {
        return Problem{error.GetPos(), explain(error)};
    }
    for (const QString& name : variables(text)) {
        if (name != headcountVariable() && !metricKeys.contains(name)) {
            return Problem{wordPosition(text, name),
                QCoreApplication::translate(
                    "Formula", "“%1” is not a metric of this workspace. Known metrics: %2.")
                    .arg(name, QStringList(metricKeys).join(u", "))};
        }
    }
    return std::nullopt;
}

std::optional<double> Formula::evaluate(
    const QString& text, const QMap<QString, double>& values, QString* problem)
{
    const QStringList names = variables(text);
    std::deque<double> storage;
    mu::Parser parser;
    try {
        for (const QString& name : names) {
            if (!values.contains(name)) {
                if (problem)
                    *problem = QCoreApplication::translate("Formula", "no data for %1").arg(name);
                return std::nullopt;
            }
            storage.push_back(values.value(name));
            parser.DefineVar(name.toStdString(), &storage.back());
        }
        parser.SetExpr(text.toStdString());
        const double result = parser.Eval();
        if (!std::isfinite(result)) {
            if (problem)
                *problem = QCoreApplication::translate("Formula", "division by zero");
            return std::nullopt;
        }
        return result;
    } catch (const mu::ParserError& error) {
        if (problem)
            *problem = explain(error);
        return std::nullopt;
    }
}

} // namespace stuurboord
