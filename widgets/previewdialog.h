#pragma once

#include <QDialog>
#include <QStringList>

class QPlainTextEdit;

// Shows exactly what a purge would send, one block per request (secrets redacted by the
// engine), with how many requests there are. Nothing is sent from here.
class PreviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewDialog)
public:
    // requests: PurgeService::preview() output; summary: one line above them; estimate: what they
    // cost each source (PlanEstimate::lines()), shown between the two.
    PreviewDialog(const QStringList &requests, const QString &summary, const QStringList &estimate = {},
                  QWidget *parent = nullptr);

    QString text() const;
    QString estimateText() const;
    int requestCount() const { return m_count; }

private:
    QPlainTextEdit *m_text;
    QString m_estimate;
    int m_count;
};
