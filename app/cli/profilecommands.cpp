// `purgeline profile set-aside`: what a user does with a damaged profile database. The damaged
// file is never written or deleted: it is renamed (with its -wal and -shm files) beside itself,
// and a new database is filled with every row SQLite can still read from it.
// `purgeline profile copy FROM TO`: a profile moved between SQLite and PostgreSQL (ProfileCopy).
#include "clicontext.h"
#include "commands.h"
#include "storage/lockholders.h"
#include "storage/profilecopy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace {

struct ProfileCommands
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCommands)
};

// The tables a profile holds, parents first.
const char *const kTables[] = {"sources", "presets", "settings", "requests", "transactions", "events"};

// One table's rescue: how many rows came over, and the first read error, if any.
struct TableRescue
{
    int copied = 0;
    QString error;
};

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    QStringList columns;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
        while (q.next())
            columns << q.value(1).toString();
    return columns;
}

// Copies the rows of `table` that can be read, in rowid order up to the first unreadable page,
// then from the other end back down to it: a damaged page costs the rows on it, not the rest.
TableRescue rescueTable(const QSqlDatabase &from, Database &to, const QString &table)
{
    TableRescue rescue;
    QStringList columns;
    const QStringList target = columnsOf(to.connection(), table);
    for (const QString &column : columnsOf(from, table))
        if (target.contains(column))
            columns << column;
    if (columns.isEmpty()) {
        rescue.error = ProfileCommands::tr("its columns cannot be read");
        return rescue;
    }
    const QString list = columns.join(QStringLiteral(", "));
    QStringList marks;
    marks.fill(QStringLiteral("?"), columns.size());
    qint64 lastCopied = std::numeric_limits<qint64>::min();
    for (const bool ascending : {true, false}) {
        QSqlQuery read(from);
        read.setForwardOnly(true);
        read.prepare(QStringLiteral("SELECT rowid, %1 FROM %2 WHERE rowid > ? ORDER BY rowid %3")
                         .arg(list, table, ascending ? QStringLiteral("ASC") : QStringLiteral("DESC")));
        read.addBindValue(lastCopied);
        const bool copiedAll = to.transaction([&] {
            QSqlQuery write(to.connection());
            write.prepare(QStringLiteral("INSERT OR IGNORE INTO %1 (%2) VALUES (%3)")
                              .arg(table, list, marks.join(QStringLiteral(", "))));
            if (!read.exec())
                return true; // nothing readable this way; what was copied is committed
            while (read.next()) {
                for (int i = 0; i < columns.size(); ++i)
                    write.bindValue(i, read.value(i + 1));
                if (!write.exec())
                    return false;
                if (ascending)
                    lastCopied = read.value(0).toLongLong();
                ++rescue.copied;
            }
            return true;
        });
        if (!copiedAll)
            rescue.error =
                to.fault().isFault() ? to.fault().summary() : ProfileCommands::tr("cannot write it");
        if (!read.lastError().isValid() || !copiedAll)
            return rescue; // read to the end: nothing was skipped
        if (rescue.error.isEmpty())
            rescue.error = read.lastError().databaseText();
    }
    return rescue;
}

} // namespace

namespace Commands {

int profileSetAside(CliContext &ctx, const QStringList &args)
{
    CommandParser parser;
    if (!parseSubcommand(ctx, parser, args))
        return ExitUsage;
    if (ctx.db.isPostgres())
        return ctx.usageError(
            ProfileCommands::tr("%1 is a PostgreSQL database: it is not a file to set aside; PostgreSQL "
                                "repairs and restores its databases with its own tools (pg_dump, pg_restore)")
                .arg(ctx.db.filePath()));
    const QString file = ctx.db.filePath();
    if (!QFileInfo::exists(file))
        return ctx.usageError(ProfileCommands::tr("there is no database at %1").arg(file));
    if (const qint64 pid = LockHolders::writerOf(file))
        return ctx.usageError(
            ProfileCommands::tr("the database %1 is in use by process %2; stop it first").arg(file).arg(pid));

    // Only a damaged database is set aside: a healthy one stays where it is.
    {
        Database check(ctx.db.profileDir());
        QString error;
        if (check.open(&error) || check.fault().kind != DatabaseFault::Kind::Damaged)
            return ctx.usageError(
                error.isEmpty() ? ProfileCommands::tr(
                                      "the database %1 is not damaged (PRAGMA quick_check: ok); nothing was "
                                      "moved")
                                      .arg(file)
                                : error);
    }

    const QString aside = file + QStringLiteral(".damaged-") +
                          QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (QFileInfo::exists(aside))
        return ctx.usageError(ProfileCommands::tr("%1 already exists; try again in a second").arg(aside));
    // The -wal file holds committed pages of the database: it moves with it, under the name
    // SQLite looks for beside the new name.
    for (const QString &suffix : {QStringLiteral(""), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (!QFileInfo::exists(file + suffix))
            continue;
        if (!QFile::rename(file + suffix, aside + suffix))
            return ctx.usageError(ProfileCommands::tr("cannot move %1 to %2; nothing else was changed")
                                      .arg(file + suffix, aside + suffix));
    }
    ctx.err() << ProfileCommands::tr("moved the damaged database to %1 (unchanged)").arg(aside) << Qt::endl;

    QString error;
    if (!ctx.db.open(&error))
        return ctx.usageError(ProfileCommands::tr("cannot create a new database: %1").arg(error));
    const QString readerName = QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool complete = true;
    {
        QSqlDatabase damaged = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), readerName);
        damaged.setDatabaseName(aside);
        damaged.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!damaged.open()) {
            ctx.err()
                << ProfileCommands::tr("nothing could be read from it: %1").arg(damaged.lastError().text())
                << Qt::endl;
            complete = false;
        } else {
            // Rows whose parent row was on a damaged page are kept all the same.
            QSqlQuery(ctx.db.connection()).exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
            for (const char *name : kTables) {
                const QString table = QLatin1String(name);
                const TableRescue rescue = rescueTable(damaged, ctx.db, table);
                ctx.err() << "  " << table << ": "
                          << (rescue.error.isEmpty()
                                  ? ProfileCommands::tr("%n row(s) copied", nullptr, rescue.copied)
                                  : ProfileCommands::tr("%n row(s) copied; the rest cannot be read (%1)",
                                                        nullptr, rescue.copied)
                                        .arg(rescue.error))
                          << Qt::endl;
                complete = complete && rescue.error.isEmpty();
            }
            QSqlQuery(ctx.db.connection()).exec(QStringLiteral("PRAGMA foreign_keys=ON"));
            damaged.close();
        }
    }
    QSqlDatabase::removeDatabase(readerName);
    ctx.err() << ProfileCommands::tr("a new database at %1 holds what could be read%2")
                     .arg(file,
                          complete
                              ? QString()
                              : ProfileCommands::tr("; `sqlite3 %1 .recover` may salvage more").arg(aside))
              << Qt::endl;
    return ExitOk;
}

int profileCopy(CliContext &ctx, const QStringList &args)
{
    CommandParser parser;
    parser.addPositionalArgument(QStringLiteral("FROM"),
                                 QStringLiteral("The profile to copy: a directory or URL."));
    parser.addPositionalArgument(QStringLiteral("TO"),
                                 QStringLiteral("A new profile: a directory or a postgresql:// URL."));
    if (!parseSubcommand(ctx, parser, args))
        return ExitUsage;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return ctx.usageError(ProfileCommands::tr("profile copy needs a FROM and a TO profile"));
    const QString fromName = Database::resolveProfileDir(positional.at(0));
    const QString toName = Database::resolveProfileDir(positional.at(1));
    if (fromName == toName)
        return ctx.usageError(ProfileCommands::tr("FROM and TO are the same profile (%1)").arg(fromName));
    // FROM must exist: opening a directory would make an empty profile there.
    if (!ProfileLocation::parse(fromName).isPostgres() && !QFileInfo::exists(Database::fileIn(fromName)))
        return ctx.usageError(ProfileCommands::tr("there is no profile at %1").arg(fromName));

    Database from(fromName);
    Database to(toName);
    QString error;
    if (!from.open(&error))
        return ctx.usageError(ProfileCommands::tr("cannot open %1: %2").arg(fromName, error));
    if (!to.open(&error))
        return ctx.usageError(ProfileCommands::tr("cannot open %1: %2").arg(toName, error));
    const ProfileCopy::Result result = ProfileCopy::run(from, to);
    if (!result.error.isEmpty())
        return ctx.usageError(result.error + ProfileCommands::tr("; nothing was copied"));
    for (const auto &[table, rows] : result.rowCounts)
        ctx.err() << "  " << table << ": " << ProfileCommands::tr("%n row(s)", nullptr, rows) << Qt::endl;
    ctx.err() << ProfileCommands::tr("copied %1 to %2. Secrets were not copied: the sources name the same "
                                     "keychain entries and environment variables, which another machine "
                                     "provides on its own (purgeline source add, or the window)")
                     .arg(from.location().displayName(), to.location().displayName())
              << Qt::endl;
    return ExitOk;
}

} // namespace Commands
