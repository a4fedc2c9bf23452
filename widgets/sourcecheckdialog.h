#pragma once

#include "queue/sourcecheckreport.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

// The result of a source's Check: one line per thing checked (passed, failed, or plainly not
// verified), and what was sent and answered or what a purge would send. It opens as the check
// starts, so the user sees it running, and is reused for the next check of the panel.
class SourceCheckDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceCheckDialog)
public:
    explicit SourceCheckDialog(QWidget *parent = nullptr);

    void showRunning(const QString &sourceName);
    void showReport(const SourceCheckReport &report);

    QPushButton *checkAgainButton() const { return m_again; }
    // The steps as shown, one line each ("Passed: …"), for tests and the clipboard.
    QStringList stepTexts() const;

signals:
    void checkAgainRequested();

private:
    void clearSteps();
    void addStep(const SourceCheckStep &step);
    void copyToClipboard();

    QLabel *m_summary;
    QWidget *m_stepsBox;
    QVBoxLayout *m_steps;
    QLabel *m_detailsLabel;
    QPlainTextEdit *m_details;
    QPushButton *m_again;
    QPushButton *m_copy;
    QStringList m_stepTexts;
};
