#include "purgeoptions.h"

#include "providers/providerregistry.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <cstdio>

QStringList PurgeOptions::readTargets(QString *error) const
{
    QStringList result = targets;
    if (fromFile.isEmpty())
        return result;
    QFile file;
    const bool opened = fromFile == QLatin1String("-")
                            ? file.open(stdin, QIODevice::ReadOnly)
                            : (file.setFileName(fromFile), file.open(QIODevice::ReadOnly));
    if (!opened) {
        *error = QCoreApplication::translate("PurgeOptions", "cannot read target file \"%1\": %2")
                     .arg(fromFile, file.errorString());
        return result;
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith(QLatin1Char('#')))
            result.append(trimmed);
    }
    return result;
}

QJsonObject PurgeOptions::toJson() const
{
    QJsonObject json{{QStringLiteral("sources"), QJsonArray::fromStringList(sources)},
                     {QStringLiteral("action"), actionName(action)},
                     {QStringLiteral("match"), matchName(match)},
                     {QStringLiteral("targets"), QJsonArray::fromStringList(targets)}};
    if (!fromFile.isEmpty())
        json.insert(QStringLiteral("from_file"), fromFile);
    if (!localFiles.isEmpty())
        json.insert(QStringLiteral("local_files"), QJsonArray::fromStringList(localFiles));
    if (!options.isEmpty())
        json.insert(QStringLiteral("options"), optionValuesToJson(options));
    if (changes.isSet())
        json.insert(QStringLiteral("changes"), changes.toJson());
    if (!verify.isEmpty())
        json.insert(QStringLiteral("verify"), verify);
    if (layered)
        json.insert(QStringLiteral("layered"), true);
    if (!reason.isEmpty())
        json.insert(QStringLiteral("reason"), reason);
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
    for (const auto &v : json.value(QStringLiteral("local_files")).toArray())
        o.localFiles.append(v.toString());
    o.options = optionValuesFromJson(json.value(QStringLiteral("options")).toObject());
    // Presets saved before options were declared data kept each option as a key of its own.
    for (const OptionSpec &spec : ProviderRegistry::instance().allOptions())
        if (json.value(spec.key).isString() && !json.value(spec.key).toString().isEmpty() &&
            !o.options.contains(spec.key))
            o.options.insert(spec.key, {json.value(spec.key).toString()});
    if (json.value(QStringLiteral("changes")).isObject())
        o.changes = ChangeQuery::fromJson(json.value(QStringLiteral("changes")).toObject());
    o.verify = json.value(QStringLiteral("verify")).toString();
    o.layered = json.value(QStringLiteral("layered")).toBool();
    o.reason = json.value(QStringLiteral("reason")).toString();
    return o;
}
