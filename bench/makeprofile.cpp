// Writes a profile holding N transactions (mixed states, realistic URLs) for the window
// benchmark: bench/gui.sh. Usage: makeprofile DIR N
#include "core/transactionrecord.h"
#include "storage/database.h"
#include "storage/sourcestore.h"
#include "storage/transactionstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: makeprofile DIR N\n");
        return 2;
    }
    Database db(QString::fromLocal8Bit(argv[1]));
    QString error;
    if (!db.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    SourceStore sources(db);
    SourceConfig source;
    source.name = QStringLiteral("images");
    source.type = QStringLiteral("imgix");
    source.secret = {SecretRef::Kind::Environment, QStringLiteral("BENCH_KEY")};
    sources.add(source, SourceStore::newSecretKey());

    TransactionStore store(db);
    const int total = QByteArray(argv[2]).toInt();
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - qint64(total) * 1000;
    const TransactionState states[] = {TransactionState::Succeeded, TransactionState::Succeeded,
                                       TransactionState::Succeeded, TransactionState::Failed,
                                       TransactionState::Cancelled};
    for (int done = 0; done < total;) {
        RequestRecord request;
        request.createdAt = start + qint64(done) * 1000;
        request.origin = QStringLiteral("bench");
        request.sources = {source.name};
        QList<TransactionRecord> batch;
        for (int i = 0; i < 1000 && done < total; ++i, ++done) {
            TransactionRecord t;
            t.sourceId = source.id;
            t.sourceName = source.name;
            t.batch.targets = {
                QStringLiteral("https://assets.example.com/img/%1/photo-%2.jpg").arg(done % 97).arg(done)};
            t.state = states[done % 5];
            t.attempts = 1;
            t.lastHttpStatus = t.state == TransactionState::Failed ? 403 : 200;
            if (t.state == TransactionState::Failed)
                t.lastError = QStringLiteral("HTTP 403: check the source's credentials");
            t.providerId = QStringLiteral("purge-%1").arg(done);
            t.createdAt = t.updatedAt = request.createdAt + i;
            batch.append(t);
        }
        request.targetCount = int(batch.size());
        if (!store.createRequest(request, batch, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    return 0;
}
