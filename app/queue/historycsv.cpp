#include "historycsv.h"

#include <QDateTime>

namespace {

QByteArray field(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace('"', "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

QString time(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs) : QString();
}

} // namespace

namespace HistoryCsv {

QByteArray of(const QList<TransactionRecord> &transactions, const QHash<qint64, RequestRecord> &requests)
{
    // attempts: over every try, also those before a retry; last_failure: the error of the last
    // attempt that failed, kept when a later try succeeded (error is empty then). person: the
    // name the requester goes by; user: their login.
    QByteArray csv = "id,request_id,created,updated,source,action,match,targets,state,attempts,http_status,"
                     "provider_id,error,last_failure,person,user,host,reason\r\n";
    for (const TransactionRecord &t : transactions) {
        const RequestRecord request = requests.value(t.requestId);
        const QStringList fields{QString::number(t.id),
                                 QString::number(t.requestId),
                                 time(t.createdAt),
                                 time(t.updatedAt),
                                 t.sourceName,
                                 actionName(t.batch.action),
                                 matchName(t.batch.match),
                                 t.batch.targets.join(QLatin1Char('\n')),
                                 stateName(t.state),
                                 QString::number(t.totalAttempts()),
                                 t.lastHttpStatus ? QString::number(t.lastHttpStatus) : QString(),
                                 t.providerId,
                                 t.lastError,
                                 t.lastFailure,
                                 request.person,
                                 request.user,
                                 request.host,
                                 request.reason};
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i)
                csv += ',';
            csv += field(fields.at(i));
        }
        csv += "\r\n";
    }
    return csv;
}

} // namespace HistoryCsv
