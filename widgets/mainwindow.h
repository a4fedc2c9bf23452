#pragma once

#include <QMainWindow>

class Database;
class TransactionTableModel;

// The window: for now, the transactions of this profile, newest last, refreshed as they change.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(Database &db, QWidget *parent = nullptr);

    // Opens the profile named by the arguments and runs the window; returns the exit status.
    static int runApplication(const QStringList &arguments);

private:
    TransactionTableModel *m_model;
};
