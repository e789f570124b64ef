#include "BusyWorkspacePrompt.h"

#include "storage/WorkspaceWait.h"

#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>

namespace stuurboord {

std::optional<OpenResult> BusyWorkspacePrompt::resolve(
    QWidget* parent, const QString& path, OpenResult busy)
{
    const bool openElsewhere = busy.problem == WorkspaceProblem::Locked;
    QMessageBox box(QMessageBox::Question, tr("Workspace in use"), busy.message, QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("busyWorkspace"));
    box.setInformativeText(openElsewhere
            ? tr("Stuurboord can wait until it is closed there and then open it. If you are sure "
                 "Stuurboord no longer runs there (for example after a crash), you can open it "
                 "anyway.")
            : tr("Nothing is wrong with the workspace. Stuurboord can wait until the other "
                 "program is done and then open it."));
    QPushButton* wait = box.addButton(tr("&Wait"), QMessageBox::AcceptRole);
    QPushButton* anyway = openElsewhere ? box.addButton(tr("&Open Anyway"), QMessageBox::DestructiveRole) : nullptr;
    box.setDefaultButton(wait);
    box.exec();
    if (box.clickedButton() == wait)
        return waitUntilFree(parent, path, busy.message);
    if (anyway && box.clickedButton() == anyway)
        return Workspace::open(path, Workspace::OpenOptions{true});
    return std::nullopt;
}

std::optional<OpenResult> BusyWorkspacePrompt::waitUntilFree(
    QWidget* parent, const QString& path, const QString& why)
{
    QProgressDialog progress(parent);
    progress.setObjectName(QStringLiteral("waitingForWorkspace"));
    progress.setWindowTitle(tr("Waiting for the workspace"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setRange(0, 0); // how long the other program takes is not known
    progress.setMinimumDuration(0);
    progress.setCancelButtonText(tr("Cancel"));
    // The reason is a sentence or two: wrapped at a readable width, not one long line.
    auto* label = new QLabel(&progress);
    label->setWordWrap(true);
    label->setMinimumWidth(420);
    progress.setLabel(label);
    progress.setLabelText(why);
    progress.show();
    OpenResult result = WorkspaceWait::open(path, {}, -1, [&](double waited) {
        progress.setLabelText(tr("%1\n\nWaiting until it is free… (%n second(s))", nullptr, int(waited)).arg(why));
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    if (progress.wasCanceled() && WorkspaceWait::isBusy(result))
        return std::nullopt;
    return result;
}

} // namespace stuurboord
