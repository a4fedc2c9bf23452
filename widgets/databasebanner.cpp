#include "databasebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

DatabaseBanner::DatabaseBanner(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_retry(new QPushButton(this))
{
    setObjectName(QStringLiteral("databaseBanner"));
    setAccessibleName(tr("Database problem"));
    // An error colour that reads the same in light and dark themes: the bar must not be missed.
    setStyleSheet(QStringLiteral("#databaseBanner { background: #f9e0e0; border: 1px solid #d9534f; "
                                 "border-radius: 4px; } #databaseBanner QLabel { color: #5a1414; }"));
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(32, 32));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("databaseBannerText"));
    m_retry->setText(tr("&Try again"));
    m_retry->setToolTip(tr("Check the database again and resume the queue when it can be written"));
    connect(m_retry, &QPushButton::clicked, this, &DatabaseBanner::retryRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry, 0, Qt::AlignTop);
    hide();
}

void DatabaseBanner::showFault(const DatabaseFault &fault)
{
    if (!fault.isFault()) {
        hide();
        m_text->clear();
        return;
    }
    QString summary = fault.summary();
    if (!summary.isEmpty())
        summary[0] = summary[0].toUpper();
    // A database opened for reading only stays so until the window opens it again.
    QString advice = fault.advice();
    if (fault.kind == DatabaseFault::Kind::ReadOnly)
        advice += QLatin1Char(' ') + tr("Then restart Purgeline.");
    m_text->setText(
        QStringLiteral("<b>%1.</b> %2<br>%3")
            .arg(summary.toHtmlEscaped(),
                 tr("The queue is paused and its controls are off until it can be written.").toHtmlEscaped(),
                 advice.toHtmlEscaped()));
    // Looking again is for the faults that pass on their own (space freed, the lock let go); a
    // damaged database does not mend itself.
    m_retry->setVisible(fault.isTransient());
    show();
}

QString DatabaseBanner::text() const
{
    return m_text->text();
}
