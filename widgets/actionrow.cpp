#include "actionrow.h"

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QResizeEvent>
#include <QToolButton>

#include <algorithm>

ActionRow::ActionRow(QWidget *parent) : QWidget(parent), m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(2, 2, 2, 2);
    m_grid->setSpacing(2);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QToolButton *ActionRow::addAction(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setIconSize(QSize(16, 16));
    button->setAutoRaise(true);
    // Buttons in a wrapped row share its width, so the columns line up.
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_buttons.append(button);
    arrange(columnsFor(width()));
    return button;
}

QToolButton *ActionRow::buttonFor(const QAction *action) const
{
    for (QToolButton *button : m_buttons)
        if (button->defaultAction() == action)
            return button;
    return nullptr;
}

QSize ActionRow::minimumSizeHint() const
{
    // One button per row at the narrowest: never less than the widest button.
    int widest = 0;
    for (const QToolButton *button : m_buttons)
        widest = std::max(widest, button->sizeHint().width());
    const QMargins margins = m_grid->contentsMargins();
    return {widest + margins.left() + margins.right(), QWidget::minimumSizeHint().height()};
}

int ActionRow::columnsFor(int width) const
{
    if (m_buttons.isEmpty())
        return 1;
    const QMargins margins = m_grid->contentsMargins();
    const int available = width - margins.left() - margins.right();
    for (int columns = int(m_buttons.size()); columns > 1; --columns) {
        // Every column as wide as the widest button, as the grid will make them.
        int widest = 0;
        for (const QToolButton *button : m_buttons)
            widest = std::max(widest, button->sizeHint().width());
        if (columns * widest + (columns - 1) * m_grid->horizontalSpacing() <= available)
            return columns;
    }
    return 1;
}

void ActionRow::arrange(int columns)
{
    if (columns == m_columns && m_grid->count() == m_buttons.size())
        return;
    m_columns = columns;
    for (QToolButton *button : m_buttons)
        m_grid->removeWidget(button);
    for (int i = 0; i < m_buttons.size(); ++i)
        m_grid->addWidget(m_buttons.at(i), i / columns, i % columns);
    for (int c = 0; c < m_grid->columnCount(); ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
    updateGeometry();
}

void ActionRow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange(columnsFor(event->size().width()));
}

void ActionRow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Another language or font changes the buttons' widths.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::StyleChange) {
        m_columns = 0;
        arrange(columnsFor(width()));
    }
}
