#pragma once

#include <QString>
#include <optional>

class Database;

// How the queue runs for a whole profile: the same values for the window and every command-line
// run on it (a source's own settings still override attempts and poll interval). Kept in the
// profile's database, so a profile moved to another machine or shared by a team keeps them.
struct QueueSettings
{
    int concurrency = 32; // requests in flight over all sources
    // Transient failures are retried for retryForMinutes; retryAttempts, when not 0, also caps
    // the attempts (429 and other "slow down" replies are never counted as attempts).
    int retryForMinutes = 30;
    int retryAttempts = 0;
    int backoffCapSeconds = 300;  // longest wait between two attempts
    int pollIntervalSeconds = 10; // how often an accepted purge is asked for its status

    struct Range
    {
        int minimum;
        int maximum;
    };
    static constexpr Range ConcurrencyRange{1, 256};
    static constexpr Range RetryForRange{1, 30 * 24 * 60};
    static constexpr Range RetryAttemptsRange{0, 1000};
    static constexpr Range BackoffCapRange{1, 24 * 3600};
    static constexpr Range PollIntervalRange{1, 3600};

    // Every value brought into its range.
    QueueSettings clamped() const;
    bool operator==(const QueueSettings &) const = default;
};

// Reads and writes QueueSettings in the profile's settings table.
class QueueSettingsStore final
{
public:
    explicit QueueSettingsStore(Database &db) : m_db(db) {}
    // Empty when the profile has never stored any.
    std::optional<QueueSettings> load() const;
    bool save(const QueueSettings &settings, QString *error = nullptr);

private:
    Database &m_db;
};
