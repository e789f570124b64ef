#pragma once

#include "report/MeetingPack.h"

#include <QMap>
#include <QWidget>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QPrinter;
class QPrintPreviewWidget;
class QRadioButton;
class QTimer;

namespace stuurboord {

class WorkspaceContext;

// Reports: the meeting pack for a meeting or a date, in Dutch or English, with the sections
// the coordinator wants. The preview shows exactly what Print… and Save as PDF… produce:
// all three are painted by PackPrinter.
class ReportsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsPage)

public:
    explicit ReportsPage(WorkspaceContext& context, QWidget* parent = nullptr);
    ~ReportsPage() override;
    void reload();
    // The pack the preview shows (nullopt while there is none to show).
    const std::optional<MeetingPack>& pack() const { return m_pack; }
    PackRequest request() const;
    QPrintPreviewWidget* preview() const { return m_preview; }

private:
    QWidget* buildOptions();
    void scheduleRebuild();
    void rebuild();
    void print();
    void savePdf();

    WorkspaceContext& m_context;
    QRadioButton* m_forMeeting = nullptr;
    QRadioButton* m_forDate = nullptr;
    QComboBox* m_meeting = nullptr;
    QDateEdit* m_date = nullptr;
    QComboBox* m_language = nullptr;
    QMap<PackSection, QCheckBox*> m_sections;
    std::unique_ptr<QPrinter> m_printer;
    QPrintPreviewWidget* m_preview = nullptr;
    QTimer* m_rebuild = nullptr;
    std::optional<MeetingPack> m_pack;
};

} // namespace stuurboord
