#include "previewdialog.h"
#include "readingorder.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

PreviewDialog::PreviewDialog(const QStringList &requests, const QString &summary, const QStringList &estimate,
                             QWidget *parent)
    : QDialog(parent), m_text(new QPlainTextEdit(this)), m_estimate(estimate.join(QLatin1Char('\n'))),
      m_count(int(requests.size()))
{
    setWindowTitle(tr("Preview: what will be sent"));
    setObjectName(QStringLiteral("previewDialog"));

    auto *heading = new QLabel(summary, this);
    heading->setObjectName(QStringLiteral("previewSummary"));
    heading->setWordWrap(true);
    heading->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Requests, targets, time at the source's limits, billing and prefix collapses, as the engine
    // computed them.
    auto *estimateBox = new QLabel(m_estimate, this);
    estimateBox->setObjectName(QStringLiteral("previewEstimate"));
    estimateBox->setWordWrap(true);
    estimateBox->setTextFormat(Qt::PlainText);
    estimateBox->setTextInteractionFlags(Qt::TextSelectableByMouse);
    estimateBox->setFrameShape(QFrame::StyledPanel);
    estimateBox->setMargin(6);
    estimateBox->setAccessibleName(tr("Estimate"));
    estimateBox->setVisible(!estimate.isEmpty());

    QStringList blocks;
    for (int i = 0; i < requests.size(); ++i)
        blocks << tr("── Transaction %1 of %2 ──").arg(i + 1).arg(requests.size()) + QLatin1Char('\n') +
                      requests.at(i);
    m_text->setPlainText(blocks.join(QLatin1String("\n\n")));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setAccessibleName(tr("Transactions"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("Copy the transactions as text (secrets stay redacted)"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(text()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(estimateBox);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    ReadingOrder::keep(this);
    resize(720, 480);
}

QString PreviewDialog::estimateText() const
{
    return m_estimate;
}

QString PreviewDialog::text() const
{
    return m_text->toPlainText();
}
