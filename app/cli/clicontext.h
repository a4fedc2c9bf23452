#pragma once

#include "credentials/secretstore.h"
#include "storage/database.h"
#include "storage/presetstore.h"
#include "storage/sourcestore.h"
#include "storage/transactionstore.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <memory>

// Exit statuses scripts rely on (DESIGN.md, "Command line").
enum ExitStatus { ExitOk = 0, ExitFailed = 1, ExitUsage = 2, ExitStopped = 3 };

// Everything a command needs: the profile's stores, the keychain, and the two output streams
// (results on stdout, progress and messages on stderr).
class CliContext final
{
    Q_DISABLE_COPY_MOVE(CliContext)
public:
    explicit CliContext(const QString &profileDir);
    bool open(QString *error);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    // Prints "purgeline: <message>" on stderr and returns ExitUsage.
    int usageError(const QString &message);

    Database db;
    SourceStore sources{db};
    TransactionStore transactions{db};
    PresetStore presets{db};
    std::unique_ptr<SecretStore> secrets;

private:
    QTextStream m_out;
    QTextStream m_err;
};

// Parses a subcommand's arguments (args[0] is the command words, for messages).
// Returns false after printing a message naming the problem.
bool parseSubcommand(CliContext &ctx, QCommandLineParser &parser, const QStringList &args);
