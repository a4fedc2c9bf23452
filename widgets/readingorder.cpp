#include "readingorder.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <algorithm>
#include <tuple>

namespace {

void collectWidget(QWidget *widget, const QWidget *top, QWidgetList &order);

// A layout's items in reading order: QLayout::itemAt() follows insertion, not position.
QList<QLayoutItem *> itemsInReadingOrder(QLayout *layout)
{
    QList<QLayoutItem *> items;
    if (auto *form = qobject_cast<QFormLayout *>(layout)) {
        for (int row = 0; row < form->rowCount(); ++row)
            for (const QFormLayout::ItemRole role :
                 {QFormLayout::LabelRole, QFormLayout::FieldRole, QFormLayout::SpanningRole})
                if (QLayoutItem *item = form->itemAt(row, role); item && !items.contains(item))
                    items << item;
    } else if (auto *grid = qobject_cast<QGridLayout *>(layout)) {
        QList<std::tuple<int, int, QLayoutItem *>> cells;
        for (int i = 0; i < grid->count(); ++i) {
            int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
            grid->getItemPosition(i, &row, &column, &rowSpan, &columnSpan);
            cells.append({row, column, grid->itemAt(i)});
        }
        std::stable_sort(cells.begin(), cells.end(), [](const auto &a, const auto &b) {
            return std::tie(std::get<0>(a), std::get<1>(a)) < std::tie(std::get<0>(b), std::get<1>(b));
        });
        for (const auto &cell : std::as_const(cells))
            items << std::get<2>(cell);
    } else {
        for (int i = 0; i < layout->count(); ++i)
            items << layout->itemAt(i);
        const auto *box = qobject_cast<QBoxLayout *>(layout);
        if (box &&
            (box->direction() == QBoxLayout::RightToLeft || box->direction() == QBoxLayout::BottomToTop))
            std::reverse(items.begin(), items.end());
    }
    return items;
}

void collectLayout(QLayout *layout, const QWidget *top, QWidgetList &order)
{
    for (QLayoutItem *item : itemsInReadingOrder(layout)) {
        if (QWidget *child = item->widget())
            collectWidget(child, top, order);
        else if (QLayout *inner = item->layout())
            collectLayout(inner, top, order);
    }
}

void collectWidget(QWidget *widget, const QWidget *top, QWidgetList &order)
{
    if (widget != top && widget->isWindow())
        return; // a dialog parented to this window has its own chain
    if (widget->focusPolicy() & Qt::TabFocus && !widget->focusProxy() && !order.contains(widget))
        order << widget;
    if (auto *splitter = qobject_cast<QSplitter *>(widget)) {
        for (int i = 0; i < splitter->count(); ++i)
            collectWidget(splitter->widget(i), top, order);
    } else if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
        collectWidget(tabs->tabBar(), top, order);
        for (int i = 0; i < tabs->count(); ++i)
            collectWidget(tabs->widget(i), top, order);
    } else if (auto *stack = qobject_cast<QStackedWidget *>(widget)) {
        for (int i = 0; i < stack->count(); ++i)
            collectWidget(stack->widget(i), top, order);
    } else if (auto *scroll = qobject_cast<QScrollArea *>(widget)) {
        if (scroll->widget())
            collectWidget(scroll->widget(), top, order);
    } else if (widget->layout()) {
        collectLayout(widget->layout(), top, order);
    }
}

// Re-applies the order when the watched window is shown, after its children have shown.
class OrderOnShow final : public QObject
{
public:
    explicit OrderOnShow(QWidget *top) : QObject(top) { top->installEventFilter(this); }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && watched == parent())
            ReadingOrder::apply(static_cast<QWidget *>(watched));
        return false;
    }
};

} // namespace

QWidgetList ReadingOrder::of(QWidget *top)
{
    QWidgetList order;
    collectWidget(top, top, order);
    order.removeOne(top);
    return order;
}

void ReadingOrder::apply(QWidget *top)
{
    // A QDialogButtonBox passes the focus to its first button through a focus proxy, and sits
    // in the chain after its action buttons: Tab from the last action button then reaches the
    // box and jumps back to the first, and never gets to Close (Qt 6.4). Its buttons are tab
    // stops themselves; the proxy adds nothing but the loop.
    for (QDialogButtonBox *box : top->findChildren<QDialogButtonBox *>())
        box->setFocusProxy(nullptr);
    const QWidgetList order = of(top);
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order[i - 1], order[i]);
}

void ReadingOrder::keep(QWidget *top)
{
    apply(top);
    new OrderOnShow(top);
}
