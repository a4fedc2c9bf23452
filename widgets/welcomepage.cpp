#include "welcomepage.h"

#include "providers/providerregistry.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent), m_add(new QPushButton(this))
{
    auto *title = new QLabel(tr("Purge every cache in front of your site"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    title->setWordWrap(true);

    auto *what = new QLabel(
        tr("When a file on your site changes, the caches in front of it still hand out the old copy. "
           "Purgeline tells each of them to forget it: drop the files you changed, or type their URLs, "
           "and every purge is sent at the provider's own pace, retried when that helps, and kept in a "
           "searchable history."),
        this);
    what->setWordWrap(true);

    // The kinds of cache, each with the providers it holds, from the providers' declarations.
    QString kinds;
    const ProviderRegistry &registry = ProviderRegistry::instance();
    for (const ProviderCategory category : ProviderRegistry::categories()) {
        QStringList names;
        for (const QString &type : registry.typesIn(category))
            names << registry.find(type)->info().displayName.toHtmlEscaped();
        if (!names.isEmpty())
            kinds += QStringLiteral("<li><b>%1</b>: %2</li>")
                         .arg(ProviderRegistry::categoryName(category).toHtmlEscaped(),
                              names.join(QStringLiteral(", ")));
    }
    auto *kindsLabel = new QLabel(QStringLiteral("<ul style=\"margin-left: 0\">%1</ul>").arg(kinds), this);
    kindsLabel->setTextFormat(Qt::RichText);
    kindsLabel->setWordWrap(true);

    auto *start = new QLabel(tr("Start by telling Purgeline about one cache: a source. Its form says which "
                                "settings the provider needs and where to find its key; the key goes to "
                                "your keychain, never to a file."),
                             this);
    start->setWordWrap(true);

    m_add->setObjectName(QStringLiteral("addFirstSource"));
    m_add->setText(tr("&Add your first source…"));
    m_add->setIcon(QIcon(QStringLiteral(":/icons/source-add.svg")));
    m_add->setDefault(true);
    m_add->setMinimumHeight(m_add->sizeHint().height() * 3 / 2);
    connect(m_add, &QPushButton::clicked, this, &WelcomePage::addSourceRequested);

    auto *terminal =
        new QLabel(tr("From a terminal or a deploy hook: <code>purgeline source add NAME --type TYPE "
                      "…</code> (see <code>man purgeline</code>)."),
                   this);
    terminal->setTextFormat(Qt::RichText);
    terminal->setWordWrap(true);

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/purgeline.svg")).pixmap(56, 56));
    auto *heading = new QHBoxLayout;
    heading->setSpacing(16);
    heading->addWidget(icon);
    heading->addWidget(title, 1);

    auto *column = new QVBoxLayout;
    column->setSpacing(12);
    column->addLayout(heading);
    column->addWidget(what);
    column->addWidget(kindsLabel);
    column->addWidget(start);
    column->addWidget(m_add, 0, Qt::AlignLeft);
    column->addWidget(terminal);

    // A readable column in the middle of a large window, the whole width of a small one. No
    // alignment flags on the column: with them a box layout ignores the wrapped labels'
    // height-for-width and cuts them off.
    auto *content = new QWidget(this);
    content->setLayout(column);
    content->setMaximumWidth(720);
    content->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(content, 100);
    row->addStretch(1);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 24, 24, 24);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
}
