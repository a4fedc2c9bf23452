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
    // requests: PurgeService::preview() output; summary: one line above them.
    PreviewDialog(const QStringList &requests, const QString &summary, QWidget *parent = nullptr);

    QString text() const;
    int requestCount() const { return m_count; }

private:
    QPlainTextEdit *m_text;
    int m_count;
};
