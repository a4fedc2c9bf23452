#pragma once

#include "storage/databasefault.h"

#include <QFrame>

class QLabel;
class QPushButton;

// A bar across the top of the window while the profile's database cannot be written (read-only,
// full disk, locked, damaged): what is wrong, in the words the command line uses, and what to
// do. In the manner of KDE's KMessageWidget, made of plain widgets.
class DatabaseBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseBanner)
public:
    explicit DatabaseBanner(QWidget *parent = nullptr);

    // Shows the fault (hides the bar for None).
    void showFault(const DatabaseFault &fault);
    QString text() const;
    QPushButton *retryButton() const { return m_retry; }

signals:
    // The user asks to look again (after freeing space, remounting, the other process ending).
    void retryRequested();

private:
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_retry;
};
