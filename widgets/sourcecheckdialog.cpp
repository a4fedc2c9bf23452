#include "sourcecheckdialog.h"
#include "readingorder.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace {
QString stateWord(SourceCheckStep::State state)
{
    switch (state) {
    case SourceCheckStep::State::Passed:
        return SourceCheckDialog::tr("Passed");
    case SourceCheckStep::State::Failed:
        return SourceCheckDialog::tr("Failed");
    case SourceCheckStep::State::NotVerified:
        return SourceCheckDialog::tr("Not verified");
    }
    return {};
}

QStyle::StandardPixmap stateIcon(SourceCheckStep::State state)
{
    switch (state) {
    case SourceCheckStep::State::Passed:
        return QStyle::SP_DialogApplyButton;
    case SourceCheckStep::State::Failed:
        return QStyle::SP_MessageBoxCritical;
    case SourceCheckStep::State::NotVerified:
        return QStyle::SP_MessageBoxQuestion;
    }
    return QStyle::SP_MessageBoxInformation;
}
} // namespace

SourceCheckDialog::SourceCheckDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("sourceCheckDialog"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    m_stepsBox = new QWidget(this);
    m_stepsBox->setObjectName(QStringLiteral("steps"));
    m_steps = new QVBoxLayout(m_stepsBox);
    m_steps->setContentsMargins(0, 0, 0, 0);

    m_detailsLabel = new QLabel(tr("&Details, secrets hidden:"), this);
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Check details"));
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_detailsLabel->setBuddy(m_details);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_again = buttons->addButton(tr("Check &again"), QDialogButtonBox::ActionRole);
    m_copy = buttons->addButton(tr("C&opy"), QDialogButtonBox::ActionRole);
    m_copy->setToolTip(tr("Copy the result and the details, secrets hidden"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_again, &QPushButton::clicked, this, &SourceCheckDialog::checkAgainRequested);
    connect(m_copy, &QPushButton::clicked, this, &SourceCheckDialog::copyToClipboard);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_stepsBox);
    layout->addWidget(m_detailsLabel);
    layout->addWidget(m_details, 1);
    layout->addWidget(buttons);
    ReadingOrder::keep(this);
    resize(640, 420);
}

void SourceCheckDialog::showRunning(const QString &sourceName)
{
    setWindowTitle(tr("Check “%1”").arg(sourceName));
    m_summary->setText(tr("Checking “%1”…").arg(sourceName));
    clearSteps();
    m_details->clear();
    m_detailsLabel->hide();
    m_details->hide();
    m_again->setEnabled(false);
    m_copy->setEnabled(false);
}

void SourceCheckDialog::showReport(const SourceCheckReport &report)
{
    setWindowTitle(tr("Check “%1”").arg(report.sourceName));
    m_summary->setText(report.summary);
    clearSteps();
    for (const SourceCheckStep &step : report.steps)
        addStep(step);
    m_details->setPlainText(report.details);
    m_detailsLabel->setVisible(!report.details.isEmpty());
    m_details->setVisible(!report.details.isEmpty());
    m_again->setEnabled(true);
    m_copy->setEnabled(true);
    // Where the user was (Check again pressed): keep the focus on a button, not in the text.
    m_again->setFocus();
}

QStringList SourceCheckDialog::stepTexts() const
{
    return m_stepTexts;
}

void SourceCheckDialog::clearSteps()
{
    while (QLayoutItem *item = m_steps->takeAt(0)) {
        if (QWidget *widget = item->widget())
            widget->deleteLater();
        delete item;
    }
    m_stepTexts.clear();
}

void SourceCheckDialog::addStep(const SourceCheckStep &step)
{
    // The word as well as the icon: the state must not depend on seeing a colour or a shape.
    const QString line = tr("%1: %2").arg(stateWord(step.state), step.text);
    m_stepTexts << line;
    auto *row = new QWidget(m_stepsBox);
    auto *icon = new QLabel(row);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(stateIcon(step.state)).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    auto *text = new QLabel(line, row);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setAccessibleName(line);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(text, 1);
    m_steps->addWidget(row);
}

void SourceCheckDialog::copyToClipboard()
{
    QString text = m_summary->text() + QLatin1Char('\n') + m_stepTexts.join(QLatin1Char('\n'));
    if (!m_details->toPlainText().isEmpty())
        text += QStringLiteral("\n\n") + m_details->toPlainText();
    QApplication::clipboard()->setText(text);
}
