#pragma once

#include <QWidgetList>

// The Tab chain of a window, in the order its layouts place the widgets: top to bottom in a
// column, left to right in a row, row by row in a form or grid, splitter panes and stacked pages
// in order, a tab bar before its pages. Qt's own chain is the order the widgets were created in,
// which drifts from the layout as a window grows (a row added to a form later, a panel built
// before the one beside it) and sends the focus jumping across the window.
class ReadingOrder final
{
public:
    // Every widget inside `top` that takes focus by Tab, in reading order; hidden and disabled
    // ones too (Tab skips them, and they keep their place for when they show).
    static QWidgetList of(QWidget *top);
    // Makes the Tab chain inside `top` follow of(top). Call again after rebuilding a layout.
    static void apply(QWidget *top);
    // apply() now and each time `top` is shown: some widgets set their own order as they show
    // (a QDialogButtonBox orders its buttons when it lays them out for the platform).
    static void keep(QWidget *top);
};
