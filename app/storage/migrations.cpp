#include "migrations.h"

#include <QRegularExpression>

namespace {

struct Migration
{
    const char *sqlite;
    // The PostgreSQL text where translating the SQLite one (postgresText) is not enough.
    const char *postgres = nullptr;
};

// Schema versions in order; each entry runs once, in one transaction. Written in SQLite's
// words; postgresText turns them into PostgreSQL's.
const Migration kMigrations[] = {
    {R"(CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        type TEXT NOT NULL,
        endpoints TEXT NOT NULL DEFAULT '[]',
        settings TEXT NOT NULL DEFAULT '{}',
        secret_kind TEXT NOT NULL DEFAULT 'none',
        secret_variable TEXT NOT NULL DEFAULT '',
        secret_key TEXT NOT NULL,
        created_at INTEGER NOT NULL);
    CREATE TABLE presets (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        definition TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL);
    CREATE TABLE requests (
        id INTEGER PRIMARY KEY,
        created_at INTEGER NOT NULL,
        origin TEXT NOT NULL,
        user TEXT NOT NULL,
        sources TEXT NOT NULL,
        action TEXT NOT NULL,
        match TEXT NOT NULL,
        target_count INTEGER NOT NULL);
    CREATE TABLE transactions (
        id INTEGER PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES requests(id),
        source_id INTEGER NOT NULL,
        source_name TEXT NOT NULL,
        lane TEXT NOT NULL DEFAULT '',
        action TEXT NOT NULL,
        match TEXT NOT NULL,
        targets TEXT NOT NULL,
        cache_key_modifier TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        polls INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL DEFAULT 0,
        last_http_status INTEGER NOT NULL DEFAULT 0,
        last_error TEXT NOT NULL DEFAULT '',
        provider_id TEXT NOT NULL DEFAULT '',
        status_ref TEXT NOT NULL DEFAULT '',
        progress INTEGER NOT NULL DEFAULT -1,
        owner_pid INTEGER NOT NULL DEFAULT 0,
        first_polled_at INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL);
    CREATE INDEX transactions_state ON transactions(state);
    CREATE INDEX transactions_request ON transactions(request_id);
    CREATE INDEX transactions_updated ON transactions(updated_at);
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        transaction_id INTEGER NOT NULL,
        at INTEGER NOT NULL,
        kind TEXT NOT NULL,
        http_status INTEGER NOT NULL DEFAULT 0,
        message TEXT NOT NULL DEFAULT '');
    CREATE INDEX events_transaction ON events(transaction_id);)"},

    // Provider-declared request options as data (the one option before them had a column of
    // its own); what the user picked, kept with each request; profile-wide queue settings.
    {R"(ALTER TABLE transactions ADD COLUMN options TEXT NOT NULL DEFAULT '{}';
    UPDATE transactions SET options = json_object('cache_key_modifier', json_array(cache_key_modifier))
        WHERE cache_key_modifier <> '';
    ALTER TABLE requests ADD COLUMN definition TEXT NOT NULL DEFAULT '{}';
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL);)",
     R"(ALTER TABLE transactions ADD COLUMN options TEXT NOT NULL DEFAULT '{}';
    UPDATE transactions SET options = json_build_object('cache_key_modifier', json_build_array(cache_key_modifier))::text
        WHERE cache_key_modifier <> '';
    ALTER TABLE requests ADD COLUMN definition TEXT NOT NULL DEFAULT '{}';
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL);)"},

    // The retry budget runs from a transaction's first failed attempt, across restarts.
    {R"(ALTER TABLE transactions ADD COLUMN retrying_since INTEGER NOT NULL DEFAULT 0;)"},

    // Verification: each purged URL asked for after the purge, and what its cache said; a
    // transaction's verdict over them, and the transaction a re-purge sends again.
    {R"(ALTER TABLE transactions ADD COLUMN verify_state TEXT NOT NULL DEFAULT '';
    ALTER TABLE transactions ADD COLUMN verifies INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE verifications (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        transaction_id INTEGER NOT NULL,
        url TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending',
        signal TEXT NOT NULL DEFAULT '',
        probe TEXT NOT NULL DEFAULT '',
        purged_at INTEGER NOT NULL DEFAULT 0,
        due_at INTEGER NOT NULL DEFAULT 0,
        probed_at INTEGER NOT NULL DEFAULT 0);
    CREATE INDEX verifications_by_transaction ON verifications (transaction_id);)"},

    // Layered plans: each transaction's layer (the position of its source in the request) and how
    // many layers the request has; the request says it is layered.
    {R"(ALTER TABLE transactions ADD COLUMN layer INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE transactions ADD COLUMN layer_count INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE requests ADD COLUMN layered INTEGER NOT NULL DEFAULT 0;)"},

    // A retried transaction keeps its failed tries: their attempts, and the last failure's error.
    {R"(ALTER TABLE transactions ADD COLUMN earlier_attempts INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE transactions ADD COLUMN last_failure TEXT NOT NULL DEFAULT '';
    UPDATE transactions SET last_failure = last_error WHERE state = 'failed';)"},

    // Who asked for each request (the name they go by, beside the login already kept), from
    // which machine, and why: for a team on one shared profile.
    {R"(ALTER TABLE requests ADD COLUMN person TEXT NOT NULL DEFAULT '';
    ALTER TABLE requests ADD COLUMN host TEXT NOT NULL DEFAULT '';
    ALTER TABLE requests ADD COLUMN reason TEXT NOT NULL DEFAULT '';
    CREATE INDEX requests_person ON requests(person);)"},

    // Many workers on one shared profile: each open transaction is claimed by a process on a
    // machine, with a lease it renews (WorkOwner); the queue's open rows are found by an index of
    // their own. Requests that need a second person's approval say so and who decided. The
    // pacing of each rate key, shared by every worker (DatabasePacingLedger).
    {R"(ALTER TABLE transactions ADD COLUMN owner_host TEXT NOT NULL DEFAULT '';
    ALTER TABLE transactions ADD COLUMN lease_until INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX transactions_open ON transactions(next_attempt_at)
        WHERE state NOT IN ('succeeded', 'failed', 'cancelled');
    CREATE INDEX transactions_verifying ON transactions(id) WHERE verify_state IN ('pending', 'repurging');
    ALTER TABLE requests ADD COLUMN approval TEXT NOT NULL DEFAULT '';
    ALTER TABLE requests ADD COLUMN approval_because TEXT NOT NULL DEFAULT '';
    ALTER TABLE requests ADD COLUMN decided_by TEXT NOT NULL DEFAULT '';
    ALTER TABLE requests ADD COLUMN decided_at INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE requests ADD COLUMN decision_reason TEXT NOT NULL DEFAULT '';
    CREATE TABLE pacing (
        rate_key TEXT PRIMARY KEY,
        tokens REAL NOT NULL,
        last_ms INTEGER NOT NULL,
        paused_until INTEGER NOT NULL,
        factor REAL NOT NULL,
        last_cut_ms INTEGER NOT NULL);)",
     R"(ALTER TABLE transactions ADD COLUMN owner_host TEXT NOT NULL DEFAULT '';
    ALTER TABLE transactions ADD COLUMN lease_until BIGINT NOT NULL DEFAULT 0;
    CREATE INDEX transactions_open ON transactions(next_attempt_at)
        WHERE state NOT IN ('succeeded', 'failed', 'cancelled');
    CREATE INDEX transactions_verifying ON transactions(id) WHERE verify_state IN ('pending', 'repurging');
    ALTER TABLE requests ADD COLUMN approval TEXT NOT NULL DEFAULT '';
    ALTER TABLE requests ADD COLUMN approval_because TEXT NOT NULL DEFAULT '';
    ALTER TABLE requests ADD COLUMN decided_by TEXT NOT NULL DEFAULT '';
    ALTER TABLE requests ADD COLUMN decided_at BIGINT NOT NULL DEFAULT 0;
    ALTER TABLE requests ADD COLUMN decision_reason TEXT NOT NULL DEFAULT '';
    CREATE TABLE pacing (
        rate_key TEXT PRIMARY KEY,
        tokens DOUBLE PRECISION NOT NULL,
        last_ms BIGINT NOT NULL,
        paused_until BIGINT NOT NULL,
        factor DOUBLE PRECISION NOT NULL,
        last_cut_ms BIGINT NOT NULL);)"},
};

// SQLite's INTEGER is 64 bits, PostgreSQL's 32: times here are milliseconds, so every integer
// is a BIGINT there. SQLite's INTEGER PRIMARY KEY (with or without AUTOINCREMENT) is the row id
// it hands out; on PostgreSQL that is an identity column, BY DEFAULT so that profile copy can
// keep the ids it copies. "user" is a reserved word in PostgreSQL (and quoting it means the
// same column in SQLite).
QString postgresText(const QString &sqlite)
{
    QString text = sqlite;
    static const QRegularExpression primaryKey(QStringLiteral("\\bINTEGER PRIMARY KEY( AUTOINCREMENT)?\\b"));
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
    static const QRegularExpression user(QStringLiteral("^(\\s*)user TEXT"),
                                         QRegularExpression::MultilineOption);
    text.replace(primaryKey, QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    text.replace(integer, QStringLiteral("BIGINT"));
    text.replace(user, QStringLiteral("\\1\"user\" TEXT"));
    return text;
}

} // namespace

namespace Migrations {

int count()
{
    return int(std::size(kMigrations));
}

QStringList statements(int index, bool postgres)
{
    const Migration &m = kMigrations[index];
    const QString text = !postgres               ? QString::fromLatin1(m.sqlite)
                         : m.postgres != nullptr ? QString::fromLatin1(m.postgres)
                                                 : postgresText(QString::fromLatin1(m.sqlite));
    QStringList result;
    for (const QString &statement : text.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (!statement.trimmed().isEmpty())
            result << statement.trimmed();
    return result;
}

QStringList tables()
{
    return {QStringLiteral("sources"),      QStringLiteral("presets"),      QStringLiteral("settings"),
            QStringLiteral("requests"),     QStringLiteral("transactions"), QStringLiteral("events"),
            QStringLiteral("verifications")};
}

} // namespace Migrations
