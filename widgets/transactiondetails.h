#pragma once

#include "core/transactionrecord.h"

#include <QWidget>
#include <optional>

class PurgeService;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QSplitter;
class QTreeWidget;

// One transaction in full: its state and last error, the request it sends (rebuilt with a
// placeholder secret, so redacted by construction), and every attempt and status poll from
// the store's event log.
class TransactionDetails final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransactionDetails)
public:
    explicit TransactionDetails(PurgeService &service, QWidget *parent = nullptr);

    qint64 transactionId() const { return m_id; }
    QString requestText() const;
    int eventCount() const;
    QSplitter *splitter() const { return m_splitter; }

public slots:
    void showTransaction(const TransactionRecord &transaction);
    void clear();
    // The table's current transaction, or none: then the pane is cleared and hidden, since empty
    // it would only take the table's rows.
    void follow(const TransactionRecord *current);

private:
    QLabel *addRow(const QString &label);
    // Who asked for the request, from where, and why, in one line.
    static QString requesterText(const std::optional<RequestRecord> &request);

    PurgeService &m_service;
    qint64 m_id = 0;
    QSplitter *m_splitter;
    QFormLayout *m_form;
    QLabel *m_title;
    QLabel *m_state;
    QLabel *m_source;
    QLabel *m_requester = nullptr;
    QLabel *m_attempts;
    QLabel *m_providerId;
    QLabel *m_times;
    QLabel *m_error;
    QLabel *m_verification;
    QPlainTextEdit *m_request;
    QTreeWidget *m_events;
};
