#include "approvalbar.h"

#include "purgewords.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

ApprovalBar::ApprovalBar(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_approve(new QPushButton(this)),
      m_reject(new QPushButton(this))
{
    setObjectName(QStringLiteral("approvalBar"));
    setAccessibleName(tr("Request awaiting approval"));
    // A warning colour (not the error red of the database bar): something waits for someone.
    setStyleSheet(QStringLiteral("#approvalBar { background: #fdf3d8; border: 1px solid #d4a72c; "
                                 "border-radius: 4px; } #approvalBar QLabel { color: #4d3800; }"));
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxQuestion).pixmap(32, 32));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("approvalBarText"));
    m_approve->setIcon(QIcon::fromTheme(QStringLiteral("dialog-ok-apply")));
    m_approve->setText(tr("&Approve"));
    m_reject->setIcon(QIcon::fromTheme(QStringLiteral("dialog-cancel")));
    connect(m_approve, &QPushButton::clicked, this, [this] { emit approveRequested(m_requestId); });
    connect(m_reject, &QPushButton::clicked, this, [this] { emit rejectRequested(m_requestId); });

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_reject);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
    hide();
}

void ApprovalBar::showRequest(const RequestRecord &request, int othersAwaiting, bool askedByMe)
{
    m_requestId = request.id;
    const QString who = request.person.isEmpty() || request.person == request.user
                            ? request.user
                            : QStringLiteral("%1 (%2)").arg(request.person, request.user);
    const QString purge = PurgeWords::actionAndMatch(request.action, request.match);
    const QString sources = request.sources.join(QStringLiteral(", "));
    const QString what = request.targetCount > 0
                             ? tr("%1 on %2, %n target(s)", nullptr, request.targetCount).arg(purge, sources)
                             : tr("%1 on %2").arg(purge, sources);
    QString html =
        QStringLiteral("<b>%1</b><br>%2")
            .arg((askedByMe ? tr("Your request %1 awaits another person's approval.").arg(request.id)
                            : tr("Request %1 awaits your approval.").arg(request.id))
                     .toHtmlEscaped(),
                 (askedByMe ? tr("Asked from %1: %2.").arg(request.host, what)
                            : tr("Asked by %1 on %2: %3.").arg(who, request.host, what))
                     .toHtmlEscaped());
    if (!request.reason.isEmpty())
        html += QStringLiteral("<br>") + tr("Reason given: %1").arg(request.reason).toHtmlEscaped();
    if (!request.approvalBecause.isEmpty())
        html +=
            QStringLiteral("<br>") + tr("Needs approval: %1").arg(request.approvalBecause).toHtmlEscaped();
    if (othersAwaiting > 0)
        html += QStringLiteral("<br><i>%1</i>")
                    .arg(tr("%n more request(s) await approval; select one to see it here.", nullptr,
                            othersAwaiting)
                             .toHtmlEscaped());
    m_text->setText(html);
    m_approve->setEnabled(!askedByMe);
    m_approve->setToolTip(askedByMe ? tr("You asked for this request: another person must approve it")
                                    : tr("Send request %1 now").arg(request.id));
    m_reject->setText(askedByMe ? tr("&Withdraw…") : tr("&Reject…"));
    m_reject->setToolTip(askedByMe ? tr("Cancel your request %1 before anything is sent").arg(request.id)
                                   : tr("Cancel request %1 with a reason; nothing is sent").arg(request.id));
    show();
}

void ApprovalBar::clear()
{
    m_requestId = 0;
    m_text->clear();
    hide();
}

QString ApprovalBar::text() const
{
    return m_text->text();
}
