#include "transactiondetails.h"

#include "queue/verifytext.h"

#include "purgewords.h"
#include "queue/purgeservice.h"
#include "transactionpreview.h"
#include "transactiontablemodel.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

static QString timeText(qint64 ms)
{
    return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat) : QString();
}

TransactionDetails::TransactionDetails(PurgeService &service, QWidget *parent)
    : QWidget(parent), m_service(service), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_form(new QFormLayout), m_title(new QLabel(this)), m_request(new QPlainTextEdit(this)),
      m_events(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    auto *summary = new QWidget(m_splitter);
    auto *summaryLayout = new QVBoxLayout(summary);
    summaryLayout->setContentsMargins(0, 0, 0, 0);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    summaryLayout->addWidget(m_title);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    summaryLayout->addLayout(m_form);
    summaryLayout->addStretch();
    m_state = addRow(tr("State:"));
    m_source = addRow(tr("Source:"));
    m_requester = addRow(tr("Asked by:"));
    m_attempts = addRow(tr("Attempts:"));
    m_providerId = addRow(tr("Provider ID:"));
    m_times = addRow(tr("Times:"));
    m_error = addRow(tr("Last error:"));
    m_verification = addRow(tr("Verified:"));

    m_request->setReadOnly(true);
    // Wrapped: bodies are long single-line JSON, and the pane is a third of the window wide.
    m_request->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_request->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_request->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_request->setAccessibleName(tr("What it sends"));
    m_request->setPlaceholderText(tr("What this transaction sends appears here."));
    m_request->setToolTip(tr("What it sends, with credentials replaced by [redacted]"));
    m_splitter->addWidget(m_request);

    m_events->setHeaderLabels({tr("Time"), tr("Event"), tr("HTTP"), tr("Message")});
    m_events->setRootIsDecorated(false);
    m_events->setUniformRowHeights(true);
    m_events->setAlternatingRowColors(true);
    m_events->setAccessibleName(tr("Attempts and status polls"));
    m_events->header()->setStretchLastSection(true);
    m_events->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_splitter->addWidget(m_events);

    m_splitter->setSizes({300, 300, 400}); // proportions; the splitter scales them to its width
    m_splitter->setChildrenCollapsible(false);
    setAccessibleName(tr("Transaction details"));
    clear();
}

QString TransactionDetails::requesterText(const std::optional<RequestRecord> &request)
{
    if (!request)
        return tr("unknown");
    // Requests recorded before names were kept have only the login.
    QString who = request->person.isEmpty() || request->person == request->user
                      ? request->user
                      : tr("%1 (%2)").arg(request->person, request->user);
    if (!request->host.isEmpty())
        who = tr("%1 on %2").arg(who, request->host);
    who = tr("%1, from %2").arg(who, request->origin);
    return request->reason.isEmpty() ? who : tr("%1: “%2”").arg(who, request->reason);
}

QLabel *TransactionDetails::addRow(const QString &label)
{
    auto *value = new QLabel(this);
    value->setTextFormat(Qt::PlainText); // errors quote server replies; never render them as HTML
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setWordWrap(true);
    m_form->addRow(label, value);
    return value;
}

QString TransactionDetails::requestText() const
{
    return m_request->toPlainText();
}

int TransactionDetails::eventCount() const
{
    return m_events->topLevelItemCount();
}

void TransactionDetails::follow(const TransactionRecord *current)
{
    if (current)
        showTransaction(*current);
    else
        clear();
    setVisible(current != nullptr);
}

void TransactionDetails::clear()
{
    m_id = 0;
    m_title->setText(tr("No transaction selected"));
    for (QLabel *label : {m_state, m_source, m_attempts, m_providerId, m_times, m_error, m_verification})
        label->clear();
    m_request->clear();
    m_events->clear();
}

void TransactionDetails::showTransaction(const TransactionRecord &t)
{
    const bool same = t.id == m_id;
    m_id = t.id;
    m_title->setText(tr("Transaction %1 of request %2").arg(t.id).arg(t.requestId));
    QString state = TransactionTableModel::stateLabel(t.state);
    if (t.state == TransactionState::RetryScheduled && t.nextAttemptAt > 0)
        state = tr("%1, next attempt %2").arg(state, timeText(t.nextAttemptAt));
    if (t.lastHttpStatus)
        state = tr("%1 (HTTP %2)").arg(state).arg(t.lastHttpStatus);
    m_state->setText(state);
    m_source->setText(
        t.layerCount > 0
            // Layered plans: which layer this source is, counted from 1 as the messages count it.
            ? tr("%1: %2, layer %3 of %4")
                  .arg(t.sourceName, PurgeWords::actionAndMatch(t.batch.action, t.batch.match))
                  .arg(t.layer + 1)
                  .arg(t.layerCount)
            : tr("%1: %2").arg(t.sourceName, PurgeWords::actionAndMatch(t.batch.action, t.batch.match)));
    m_requester->setText(requesterText(m_service.transactions().request(t.requestId)));
    QString attempts = QString::number(t.totalAttempts());
    if (t.earlierAttempts > 0)
        attempts = tr("%1 (%2 before it was retried)").arg(attempts).arg(t.earlierAttempts);
    if (t.polls > 0)
        attempts = tr("%1, status polls: %2").arg(attempts).arg(t.polls);
    m_attempts->setText(attempts);
    m_providerId->setText(t.providerId.isEmpty() ? tr("none yet") : t.providerId);
    m_times->setText(tr("created %1, updated %2").arg(timeText(t.createdAt), timeText(t.updatedAt)));
    m_error->setText(!t.lastError.isEmpty() ? t.lastError
                     : t.lastFailure.isEmpty()
                         ? tr("none")
                         : tr("none now; an earlier attempt failed: %1").arg(t.lastFailure));
    const QList<ProbeRecord> probes = m_service.verifications().forTransaction(t.id);
    // The row's copy may predate the verifier's last word; the store has it.
    QString verifyState = t.verifyState;
    for (const TransactionRecord &stored : m_service.transactions().byIds({t.id}))
        verifyState = stored.verifyState;
    QString verified = VerifyText::stateLabel(verifyState);
    if (!probes.isEmpty())
        verified = tr("%1 (%n URL(s) asked for)", nullptr, int(probes.size())).arg(verified);
    if (t.verifies)
        verified = tr("%1; purges again what transaction %2 left cached").arg(verified).arg(t.verifies);
    m_verification->setText(verified);

    const SourceStore &sources = m_service.sources();
    QString request = TransactionPreview::text(sources, t);
    if (const auto status = TransactionPreview::statusRequest(sources, t))
        request += QLatin1Char('\n') + tr("Status poll:") + QLatin1Char('\n') + status->redactedText();
    if (request != m_request->toPlainText())
        m_request->setPlainText(request);

    // Rebuilt on each change, but the view keeps its place when the same transaction grows.
    const int scroll = same ? m_events->verticalScrollBar()->value() : 0;
    m_events->clear();
    QList<QTreeWidgetItem *> items;
    for (const EventRecord &e : m_service.transactions().events(t.id)) {
        auto *item = new QTreeWidgetItem(
            {timeText(e.at), e.kind, e.httpStatus ? QString::number(e.httpStatus) : QString(), e.message});
        item->setToolTip(3, e.message);
        items.append(item);
    }
    // Each probe of the verification: its verdict, the signal it came from, and (as the tooltip)
    // the status line and cache headers it read.
    for (const ProbeRecord &probe : probes) {
        const QString verdict =
            probe.state == QLatin1String("pending") ? tr("due %1").arg(timeText(probe.dueAt)) : probe.signal;
        const QString status = probe.probe.startsWith(QLatin1String("HTTP "))
                                   ? probe.probe.section(QLatin1Char('\n'), 0, 0).mid(5)
                                   : QString();
        auto *item = new QTreeWidgetItem({timeText(probe.probedAt ? probe.probedAt : probe.dueAt),
                                          tr("verify: %1").arg(probe.state), status,
                                          tr("%1 — %2").arg(probe.url, verdict)});
        item->setToolTip(3,
                         probe.url + QLatin1Char('\n') + probe.signal + QStringLiteral("\n\n") + probe.probe);
        items.append(item);
    }
    m_events->addTopLevelItems(items);
    if (!same) {
        for (int column = 0; column < 3; ++column)
            m_events->resizeColumnToContents(column);
    }
    m_events->verticalScrollBar()->setValue(scroll);
}
