#include "Confirmation.h"

#include <QMessageBox>
#include <QPushButton>

namespace stuurboord {

namespace {
std::optional<bool> nextAnswer;
QString lastQuestion;
} // namespace

bool Confirmation::ask(
    QWidget* parent, const QString& title, const QString& text, const QString& acceptText)
{
    lastQuestion = text;
    if (nextAnswer) {
        const bool answer = *nextAnswer;
        nextAnswer.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton* accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

void Confirmation::setNextAnswer(std::optional<bool> answer)
{
    nextAnswer = answer;
}

QString Confirmation::lastText()
{
    return lastQuestion;
}

} // namespace stuurboord
