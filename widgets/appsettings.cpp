#include "appsettings.h"

#include <QDir>
#include <QSettings>

namespace {

int clamped(const QSettings &settings, const QString &key, int fallback, AppSettings::Range range)
{
    bool ok = false;
    const int value = settings.value(key, fallback).toInt(&ok);
    return ok ? qBound(range.minimum, value, range.maximum) : fallback;
}

QString splitterKey(const QString &name)
{
    return QStringLiteral("window/splitter-") + name;
}

} // namespace

const QStringList &AppSettings::languages()
{
    static const QStringList codes{QString(), QStringLiteral("en"), QStringLiteral("de"),
                                   QStringLiteral("fr")};
    return codes;
}

AppSettings::AppSettings(const QString &profileDir)
    : m_settings(std::make_unique<QSettings>(fileNameFor(profileDir), QSettings::IniFormat))
{
}

AppSettings::~AppSettings() = default;

QString AppSettings::fileNameFor(const QString &profileDir)
{
    return QDir(profileDir).filePath(QStringLiteral("purgeline-gui.ini"));
}

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

AppSettings::Preferences AppSettings::preferences() const
{
    const Preferences defaults;
    Preferences p;
    const QSettings &s = *m_settings;
    p.notifications = s.value(QStringLiteral("desktop/notifications"), defaults.notifications).toBool();
    p.startHidden = s.value(QStringLiteral("desktop/start-hidden"), defaults.startHidden).toBool();
    const QString language = s.value(QStringLiteral("desktop/language")).toString();
    p.language = languages().contains(language) ? language : QString();
    return p;
}

std::optional<QueueSettings> AppSettings::legacyQueueSettings() const
{
    const QSettings &s = *m_settings;
    if (!s.contains(QStringLiteral("queue/concurrency")) &&
        !s.contains(QStringLiteral("queue/retry-attempts")) &&
        !s.contains(QStringLiteral("queue/backoff-cap-seconds")) &&
        !s.contains(QStringLiteral("queue/poll-interval-seconds")))
        return std::nullopt;
    const QueueSettings defaults;
    QueueSettings q;
    q.concurrency = clamped(s, QStringLiteral("queue/concurrency"), defaults.concurrency, ConcurrencyRange);
    // retry-attempts was the number of attempts before the retry budget replaced it; imported as
    // a cap it would end the retries the budget allows, so it is left behind.
    q.backoffCapSeconds =
        clamped(s, QStringLiteral("queue/backoff-cap-seconds"), defaults.backoffCapSeconds, BackoffCapRange);
    q.pollIntervalSeconds = clamped(s, QStringLiteral("queue/poll-interval-seconds"),
                                    defaults.pollIntervalSeconds, PollIntervalRange);
    return q;
}

void AppSettings::setPreferences(const Preferences &p)
{
    QSettings &s = *m_settings;
    // The queue's settings live in the profile's database now; the old copies would only mislead.
    s.remove(QStringLiteral("queue"));
    s.setValue(QStringLiteral("desktop/notifications"), p.notifications);
    s.setValue(QStringLiteral("desktop/start-hidden"), p.startHidden);
    s.setValue(QStringLiteral("desktop/language"), languages().contains(p.language) ? p.language : QString());
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(QStringLiteral("window/geometry")).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(QStringLiteral("window/geometry"), geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(QStringLiteral("window/state")).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(QStringLiteral("window/state"), state);
}

QList<int> AppSettings::splitterSizes(const QString &name) const
{
    // Stored as a plain list of numbers so the file stays readable and diffable.
    QList<int> sizes;
    const QStringList parts = m_settings->value(splitterKey(name)).toStringList();
    for (const QString &part : parts) {
        bool ok = false;
        const int size = part.toInt(&ok);
        if (!ok || size < 0)
            return {};
        sizes.append(size);
    }
    return sizes;
}

void AppSettings::setSplitterSizes(const QString &name, const QList<int> &sizes)
{
    QStringList parts;
    for (int size : sizes)
        parts.append(QString::number(size));
    m_settings->setValue(splitterKey(name), parts);
}

QByteArray AppSettings::panelState(const QString &name) const
{
    return m_settings->value(QStringLiteral("window/panel/") + name).toByteArray();
}

void AppSettings::setPanelState(const QString &name, const QByteArray &state)
{
    m_settings->setValue(QStringLiteral("window/panel/") + name, state);
}

QStringList AppSettings::lastSources() const
{
    return m_settings->value(QStringLiteral("composer/last-sources")).toStringList();
}

void AppSettings::setLastSources(const QStringList &sources)
{
    m_settings->setValue(QStringLiteral("composer/last-sources"), sources);
}

bool AppSettings::sync()
{
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}
