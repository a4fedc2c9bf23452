#pragma once

#include <QWidget>

class QPushButton;

// The window's first run, while the profile has no source: what Purgeline does, the kinds of
// cache it purges (from the provider registry's categories), and one obvious way to begin.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    QPushButton *addSourceButton() const { return m_add; }

signals:
    void addSourceRequested();

private:
    QPushButton *m_add;
};
