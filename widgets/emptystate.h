#pragma once

#include <QLabel>

// What a panel shows while it has nothing to list: what would be here, and how to get it there.
// Greyed and centred, so it reads as a note and not as content.
class EmptyState final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyState)
public:
    explicit EmptyState(const QString &text, QWidget *parent = nullptr);
};
