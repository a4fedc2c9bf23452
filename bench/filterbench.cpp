// Times the transactions table's filter over a profile's history: bench/gui.sh.
// Usage: filterbench DIR TEXT...  (prints one line per filter: rows kept and milliseconds)
#include "storage/database.h"
#include "storage/transactionstore.h"
#include "transactionfilterproxy.h"
#include "transactiontablemodel.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <cstdio>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    Database db(QString::fromLocal8Bit(argv[1]));
    QString error;
    if (!db.open(&error))
        return 1;
    TransactionStore store(db);
    TransactionTableModel model;
    QElapsedTimer timer;
    timer.start();
    model.upsert(store.changedSince(0));
    std::printf("load %d rows: %lld ms\n", model.rowCount(), timer.elapsed());
    TransactionFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.rowCount();
    for (int i = 2; i < argc; ++i) {
        const QString text = QString::fromLocal8Bit(argv[i]);
        timer.restart();
        proxy.setTextFilter(text);
        const int kept = proxy.rowCount();
        std::printf("filter \"%s\": %d rows, %lld ms\n", argv[i], kept, timer.elapsed());
    }
    return 0;
}
