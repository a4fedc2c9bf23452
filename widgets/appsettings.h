#pragma once

#include "queue/queuesettings.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

class QSettings;

// The desktop program's own preferences and window state, kept as an INI file in the profile
// directory next to the database, so a --profile used for testing carries its own settings.
// The queue's settings are not here: they belong to the profile (QueueSettings, in its database)
// so the window and the command line run the queue alike. Only plain values live here: secrets
// go to the keychain, never into this file, which is why the class offers typed accessors only
// and no generic key/value setter.
class AppSettings final
{
    Q_DISABLE_COPY_MOVE(AppSettings)
public:
    // What the settings dialog edits. The ranges are shared with the dialog's spin boxes.
    struct Preferences
    {
        QueueSettings queue; // the profile's; edited in the same dialog
        // The name requests record for this person ("" = the account's), kept by the engine
        // beside the profile (Requester::saveName), not in this file.
        QString displayName;
        bool notifications = true;
        QString language;         // "" = follow the system, else "en", "de", "fr"
        bool startHidden = false; // start in the tray (only when a tray is there)

        bool operator==(const Preferences &) const = default;
    };
    using Range = QueueSettings::Range;
    static constexpr Range ConcurrencyRange = QueueSettings::ConcurrencyRange;
    static constexpr Range RetryForRange = QueueSettings::RetryForRange;
    static constexpr Range RetryAttemptsRange = QueueSettings::RetryAttemptsRange;
    static constexpr Range BackoffCapRange = QueueSettings::BackoffCapRange;
    static constexpr Range PollIntervalRange = QueueSettings::PollIntervalRange;
    static const QStringList &languages(); // the codes accepted for Preferences::language

    explicit AppSettings(const QString &profileDir);
    ~AppSettings();

    static QString fileNameFor(const QString &profileDir);
    QString fileName() const;

    // The window's preferences (queue left at its defaults: the profile's are PurgeService's).
    // Unknown languages read back as the default.
    Preferences preferences() const;
    // Writes the window's preferences; the queue part is the caller's to give the engine.
    void setPreferences(const Preferences &preferences);
    // Queue settings this file held before they moved into the profile's database, clamped to
    // their ranges, so an upgraded window keeps what the user had chosen.
    std::optional<QueueSettings> legacyQueueSettings() const;

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
    QStringList lastSources() const; // source names, as picked last in the composer
    void setLastSources(const QStringList &sources);

    // Writes to disk now; false when the file cannot be written.
    bool sync();

private:
    std::unique_ptr<QSettings> m_settings;
};
