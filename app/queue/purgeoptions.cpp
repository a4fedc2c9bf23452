#include "purgeoptions.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <cstdio>

PurgeSpec PurgeOptions::toSpec(QString *error) const
{
    PurgeSpec spec;
    spec.action = action;
    spec.match = match;
    spec.targets = targets;
    spec.cacheKeyModifier = cacheKeyModifier;
    if (fromFile.isEmpty())
        return spec;
    QFile file;
    const bool opened = fromFile == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                        : (file.setFileName(fromFile), file.open(QIODevice::ReadOnly));
    if (!opened) {
        *error = QCoreApplication::translate("PurgeOptions", "cannot read target file \"%1\": %2")
                     .arg(fromFile, file.errorString());
        return spec;
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith(QLatin1Char('#')))
            spec.targets.append(trimmed);
    }
    return spec;
}

QJsonObject PurgeOptions::toJson() const
{
    QJsonObject json{{QStringLiteral("sources"), QJsonArray::fromStringList(sources)},
                     {QStringLiteral("action"), actionName(action)},
                     {QStringLiteral("match"), matchName(match)},
                     {QStringLiteral("targets"), QJsonArray::fromStringList(targets)}};
    if (!fromFile.isEmpty())
        json.insert(QStringLiteral("from_file"), fromFile);
    if (!cacheKeyModifier.isEmpty())
        json.insert(QStringLiteral("cache_key_modifier"), cacheKeyModifier);
    if (changes.isSet())
        json.insert(QStringLiteral("changes"), changes.toJson());
    return json;
}

PurgeOptions PurgeOptions::fromJson(const QJsonObject &json)
{
    PurgeOptions o;
    for (const auto &v : json.value(QStringLiteral("sources")).toArray())
        o.sources.append(v.toString());
    o.action = actionFromName(json.value(QStringLiteral("action")).toString()).value_or(PurgeAction::Purge);
    o.match = matchFromName(json.value(QStringLiteral("match")).toString()).value_or(MatchKind::Exact);
    for (const auto &v : json.value(QStringLiteral("targets")).toArray())
        o.targets.append(v.toString());
    o.fromFile = json.value(QStringLiteral("from_file")).toString();
    o.cacheKeyModifier = json.value(QStringLiteral("cache_key_modifier")).toString();
    if (json.value(QStringLiteral("changes")).isObject())
        o.changes = ChangeQuery::fromJson(json.value(QStringLiteral("changes")).toObject());
    return o;
}
