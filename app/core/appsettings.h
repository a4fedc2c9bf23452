#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

class QSettings;

// The desktop program's preferences and window state, kept as an INI file in the profile
// directory next to the database, so a --profile used for testing carries its own settings.
// Only plain values live here: secrets go to the keychain, never into this file, which is why
// the class offers typed accessors only and no generic key/value setter.
class AppSettings final
{
    Q_DISABLE_COPY_MOVE(AppSettings)
public:
    // What the settings dialog edits. The ranges are shared with the dialog's spin boxes.
    struct Preferences
    {
        int concurrency = 32;          // requests in flight over all sources (PurgeQueue default)
        int retryAttempts = 5;         // attempts per transaction before it fails
        int backoffCapSeconds = 300;   // longest wait between two attempts
        int pollIntervalSeconds = 10;  // how often an accepted purge is asked for its status
        bool notifications = true;
        QString language;              // "" = follow the system, else "en", "de", "fr"
        bool startHidden = false;      // start in the tray (only when a tray is there)

        bool operator==(const Preferences &) const = default;
    };
    struct Range
    {
        int minimum;
        int maximum;
    };
    static constexpr Range ConcurrencyRange{1, 256};
    static constexpr Range RetryAttemptsRange{1, 50};
    static constexpr Range BackoffCapRange{1, 24 * 3600};
    static constexpr Range PollIntervalRange{1, 3600};
    static const QStringList &languages();   // the codes accepted for Preferences::language

    explicit AppSettings(const QString &profileDir);
    ~AppSettings();

    static QString fileNameFor(const QString &profileDir);
    QString fileName() const;

    // Out-of-range numbers and unknown languages read back as the defaults' nearest valid value,
    // so a hand-edited file cannot start the queue with zero concurrency.
    Preferences preferences() const;
    void setPreferences(const Preferences &preferences);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    // name: which splitter ("main", "details", ...); empty when never saved.
    QList<int> splitterSizes(const QString &name) const;
    void setSplitterSizes(const QString &name, const QList<int> &sizes);
    // A panel's own layout (column widths, inner splitters), as the panel saved it.
    QByteArray panelState(const QString &name) const;
    void setPanelState(const QString &name, const QByteArray &state);
    QStringList lastSources() const;   // source names, as picked last in the composer
    void setLastSources(const QStringList &sources);

    // Writes to disk now; false when the file cannot be written.
    bool sync();

private:
    std::unique_ptr<QSettings> m_settings;
};
