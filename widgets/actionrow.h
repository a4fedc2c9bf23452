#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QGridLayout;
class QToolButton;

// A row of tool buttons for a panel's main actions that wraps onto further rows when the panel
// is too narrow, so no action ever hides behind an overflow ("»") menu, whatever the language.
class ActionRow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionRow)
public:
    explicit ActionRow(QWidget *parent = nullptr);

    QToolButton *addAction(QAction *action);
    QToolButton *buttonFor(const QAction *action) const;
    const QList<QToolButton *> &buttons() const { return m_buttons; }
    int columns() const { return m_columns; }

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The most columns whose widest buttons still fit the width.
    int columnsFor(int width) const;
    void arrange(int columns);

    QGridLayout *m_grid;
    QList<QToolButton *> m_buttons;
    int m_columns = 0;
};
