#include "profilecopy.h"

#include "core/transactionrecord.h"
#include "database.h"
#include "migrations.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

struct ProfileCopyTr
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCopy)
};

// The tables whose rows make a profile "used": the target must have none of them.
const char *const kContentTables[] = {"sources", "presets", "requests"};

qint64 countRows(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        *error = query.lastError().text();
        return -1;
    }
    return query.value(0).toLongLong();
}

// The columns both profiles have (they are at the same schema version, but a column only one
// side knows must not stop the copy).
QStringList sharedColumns(const QSqlDatabase &from, const QSqlDatabase &to, const QString &table)
{
    const QSqlRecord source = from.record(table);
    const QSqlRecord target = to.record(table);
    QStringList columns;
    for (int i = 0; i < source.count(); ++i)
        if (target.indexOf(source.fieldName(i)) >= 0)
            columns << source.fieldName(i);
    return columns;
}

// The column list as each dialect reads it: requests.user is a reserved word in PostgreSQL.
QString columnList(const QSqlDatabase &db, const QStringList &columns)
{
    QStringList quoted;
    for (const QString &column : columns)
        quoted << db.driver()->escapeIdentifier(column, QSqlDriver::FieldName);
    return quoted.join(QStringLiteral(", "));
}

} // namespace

ProfileCopy::Result ProfileCopy::run(Database &from, Database &to)
{
    Result result;
    const QSqlDatabase source = from.connection();
    const QSqlDatabase target = to.connection();
    QString error;

    for (const char *table : kContentTables) {
        const qint64 rows =
            countRows(target, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)), &error);
        if (rows != 0) {
            result.error = rows < 0 ? ProfileCopyTr::tr("cannot read %1: %2").arg(to.filePath(), error)
                                    : ProfileCopyTr::tr("%1 is not empty (its %2 table has %n row(s)); a "
                                                        "profile is copied only into a new one",
                                                        nullptr, int(rows))
                                          .arg(to.filePath(), QLatin1String(table));
            return result;
        }
    }
    QStringList finals;
    for (const TransactionState state :
         {TransactionState::Succeeded, TransactionState::Failed, TransactionState::Cancelled})
        finals << QLatin1Char('\'') + stateName(state) + QLatin1Char('\'');
    const qint64 open = countRows(
        source,
        QStringLiteral("SELECT COUNT(*) FROM transactions WHERE state NOT IN (%1)").arg(finals.join(u',')),
        &error);
    if (open != 0) {
        result.error =
            open < 0
                ? ProfileCopyTr::tr("cannot read %1: %2").arg(from.filePath(), error)
                : ProfileCopyTr::tr("%1 has %n open transaction(s); finish them first (purgeline resume "
                                    "--wait) or cancel them, so that no purge is sent from both profiles",
                                    nullptr, int(open))
                      .arg(from.filePath());
        return result;
    }

    const bool copied = to.transaction([&] {
        for (const QString &table : Migrations::tables()) {
            const QStringList columns = sharedColumns(source, target, table);
            if (columns.isEmpty())
                continue;
            QStringList marks;
            marks.fill(QStringLiteral("?"), columns.size());
            QSqlQuery read(source);
            read.setForwardOnly(true);
            const bool hasId = columns.contains(QLatin1String("id"));
            if (!read.exec(QStringLiteral("SELECT %1 FROM %2%3")
                               .arg(columnList(source, columns), table,
                                    hasId ? QStringLiteral(" ORDER BY id") : QString()))) {
                error = ProfileCopyTr::tr("cannot read %1 from %2: %3")
                            .arg(table, from.filePath(), read.lastError().text());
                return false;
            }
            // The target's own settings (written as it was made) give way to the copied ones.
            const QString conflict =
                table == QLatin1String("settings")
                    ? QStringLiteral(" ON CONFLICT (key) DO UPDATE SET value = excluded.value")
                    : QString();
            QSqlQuery write(target);
            write.prepare(
                QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)%4")
                    .arg(table, columnList(target, columns), marks.join(QStringLiteral(", ")), conflict));
            int rows = 0;
            while (read.next()) {
                for (int i = 0; i < columns.size(); ++i)
                    write.bindValue(i, read.value(i));
                if (!write.exec()) {
                    error = ProfileCopyTr::tr("cannot write %1 to %2: %3")
                                .arg(table, to.filePath(), write.lastError().text());
                    return false;
                }
                ++rows;
            }
            // PostgreSQL's identity columns do not see ids given explicitly: the next row made
            // there would take id 1 again.
            if (hasId && to.isPostgres()) {
                QSqlQuery sequence(target);
                if (!sequence.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                                  "COALESCE(MAX(id), 0) + 1, false) FROM %1")
                                       .arg(table))) {
                    error = sequence.lastError().text();
                    return false;
                }
            }
            result.rowCounts.append({table, rows});
        }
        return true;
    });
    if (!copied) {
        result.rowCounts.clear();
        result.error = !error.isEmpty()       ? error
                       : to.fault().isFault() ? to.fault().summary()
                                              : ProfileCopyTr::tr("cannot write to %1").arg(to.filePath());
    }
    return result;
}
