#pragma once

#include "credentials/secretstore.h"
#include "queue/purgeservice.h"
#include "storage/database.h"

#include "commandparser.h"

#include <QTextStream>
#include <memory>

// Exit statuses scripts rely on (DESIGN.md, "Command line").
enum ExitStatus { ExitOk = 0, ExitFailed = 1, ExitUsage = 2, ExitStopped = 3 };

// Everything a command needs: the profile's engine (the same PurgeService the window uses:
// stores, keychain, network client, queue and its settings) and the two output streams
// (results on stdout, progress and messages on stderr).
class CliContext final
{
    Q_DISABLE_COPY_MOVE(CliContext)
public:
    explicit CliContext(const QString &profileDir);
    ~CliContext();
    // Opens the profile and builds the engine on it.
    bool open(QString *error);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    // Prints "purgeline: <message>" on stderr and returns ExitUsage.
    int usageError(const QString &message);
    // Whether the profile can be written now (waiting as long as SQLite waits for a lock);
    // prints what keeps it from that on stderr when not.
    bool checkWritable();
    // Prints the database's fault on stderr ("purgeline: " and its summary, then what to do).
    void printFault(const DatabaseFault &fault);

    // Describe mode: a command stops at parseSubcommand, which records the syntax its parser
    // declares into *syntax instead of parsing. This is how the help, the man page and the
    // completions learn each command's options from the command itself.
    void describeInto(CommandSyntax *syntax) { m_describe = syntax; }
    CommandSyntax *describing() const { return m_describe; }

    PurgeService &service() { return *m_service; }
    SourceStore &sources() { return m_service->sources(); }
    TransactionStore &transactions() { return m_service->transactions(); }
    PresetStore &presets() { return m_service->presets(); }
    SecretStore &secrets() { return m_service->secrets(); }

    Database db;

private:
    std::unique_ptr<PurgeService> m_service;
    QTextStream m_out;
    QTextStream m_err;
    CommandSyntax *m_describe = nullptr;
};

// Parses a subcommand's arguments (args[0] is the command words, for messages).
// Returns false after printing a message naming the problem, and in describe mode (after
// recording the parser's declarations): every command calls it before it does anything else.
bool parseSubcommand(CliContext &ctx, CommandParser &parser, const QStringList &args);
