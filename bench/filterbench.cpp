// Times the transactions table's filter over a profile's history: bench/gui.sh.
// Usage: filterbench DIR TEXT...  (prints one line per filter: rows kept and milliseconds)
//        filterbench --database PROFILE TEXT...  the History tab's search instead: the filter runs
//        in the database (SQLite directory or postgresql:// URL), newest 10,000 matches
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
    const bool inDatabase = argc > 1 && qstrcmp(argv[1], "--database") == 0;
    if (inDatabase) {
        ++argv;
        --argc;
    }
    if (argc < 2) {
        std::fprintf(stderr, "usage: filterbench [--database] PROFILE TEXT...\n");
        return 2;
    }
    Database db(QString::fromLocal8Bit(argv[1]));
    QString error;
    if (!db.open(&error))
        return 1;
    TransactionStore store(db);
    QElapsedTimer timer;
    if (inDatabase) {
        for (int i = 2; i < argc; ++i) {
            HistoryFilter filter;
            filter.text = QString::fromLocal8Bit(argv[i]);
            filter.limit = 10000; // HistoryPanel::ResultLimit
            timer.start();
            const qsizetype kept = store.history(filter).size();
            std::printf("search \"%s\": %lld rows, %lld ms\n", argv[i], static_cast<long long>(kept),
                        timer.elapsed());
        }
        return 0;
    }
    TransactionTableModel model;
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
