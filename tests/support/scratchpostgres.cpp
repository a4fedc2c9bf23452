#include "scratchpostgres.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <functional>

namespace {

QString serverUrl()
{
    return qEnvironmentVariable("PURGELINE_TEST_PROFILE");
}

// Runs fn on a connection to `database` of the test server, closed afterwards.
void withConnection(const QString &database, const std::function<void(QSqlDatabase &)> &fn)
{
    static QAtomicInt serial;
    const QString name = QStringLiteral("scratch-postgres-%1").arg(serial.fetchAndAddRelaxed(1));
    {
        const QUrl server(serverUrl());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(server.host());
        db.setPort(server.port(5432));
        db.setUserName(server.userName());
        db.setDatabaseName(database);
        if (!db.open())
            qFatal("the test PostgreSQL server %s cannot be used: %s", qPrintable(serverUrl()),
                   qPrintable(db.lastError().text()));
        fn(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void execOrDie(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
}

} // namespace

bool ScratchPostgres::wanted()
{
    return !serverUrl().isEmpty();
}

ScratchPostgres::ScratchPostgres()
{
    static QAtomicInt serial;
    m_name = QStringLiteral("profile_%1_%2_%3")
                 .arg(QCoreApplication::applicationPid())
                 .arg(serial.fetchAndAddRelaxed(1))
                 .arg(QRandomGenerator::global()->bounded(1000000));
    withConnection(QStringLiteral("postgres"),
                   [this](QSqlDatabase &db) { execOrDie(db, QStringLiteral("CREATE DATABASE ") + m_name); });
    QUrl url(serverUrl());
    url.setPath(QLatin1Char('/') + m_name);
    m_url = url.toString();
}

ScratchPostgres::~ScratchPostgres()
{
    // FORCE: a connection the profile left open (a test that failed half-way) must not keep
    // the database.
    withConnection(QStringLiteral("postgres"), [this](QSqlDatabase &db) {
        execOrDie(db, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    });
}

QByteArray ScratchPostgres::allText() const
{
    QByteArray all;
    withConnection(m_name, [&all](QSqlDatabase &db) {
        for (const QString &table : db.tables()) {
            QSqlQuery rows(db);
            if (!rows.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
                qFatal("cannot read table %s: %s", qPrintable(table), qPrintable(rows.lastError().text()));
            while (rows.next())
                for (int column = 0; column < rows.record().count(); ++column)
                    all += rows.value(column).toString().toUtf8() + '\n';
        }
    });
    return all;
}
