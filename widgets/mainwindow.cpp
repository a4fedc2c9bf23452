#include "mainwindow.h"

#include "cli/commandline.h"
#include "storage/database.h"
#include "storage/transactionstore.h"
#include "transactiontablemodel.h"

#include <QApplication>
#include <QDateTime>
#include <QHeaderView>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

MainWindow::MainWindow(Database &db, QWidget *parent)
    : QMainWindow(parent), m_model(new TransactionTableModel(this))
{
    setWindowTitle(tr("Purgeline"));
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(TransactionTableModel::SortRole);
    auto *view = new QTableView(this);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(TransactionTableModel::IdColumn, Qt::DescendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideMiddle);   // keep both host and file name of long URLs
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(true);
    for (int column : {TransactionTableModel::IdColumn, TransactionTableModel::AttemptsColumn,
                       TransactionTableModel::HttpStatusColumn})
        header->resizeSection(column, 64);
    header->resizeSection(TransactionTableModel::TargetsColumn, 260);
    header->resizeSection(TransactionTableModel::StateColumn, 130);
    view->setAccessibleName(tr("Transactions"));
    setCentralWidget(view);
    resize(1024, 640);

    // The window follows the profile's database, so purges run from the command line show up
    // here as they progress.
    auto store = std::make_shared<TransactionStore>(db);
    auto since = std::make_shared<qint64>(0);
    const auto refresh = [this, store, since] {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        m_model->upsert(store->changedSince(*since));
        *since = now - 2000;   // overlap: rows committed in the same instant are not missed
        statusBar()->showMessage(tr("%n transaction(s)", nullptr, m_model->rowCount()));
    };
    refresh();
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, refresh);
    timer->start(1000);
}

int MainWindow::runApplication(const QStringList &arguments)
{
    Database db(Database::resolveProfileDir(CommandLine::profileOption(arguments)));
    QString error;
    if (!db.open(&error)) {
        QMessageBox::critical(nullptr, tr("Purgeline"), error);
        return 2;
    }
    MainWindow window(db);
    window.show();
    return QApplication::exec();
}
