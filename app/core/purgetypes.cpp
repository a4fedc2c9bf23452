#include "purgetypes.h"

#include <QJsonArray>

QString actionName(PurgeAction action)
{
    return action == PurgeAction::Invalidate ? QStringLiteral("invalidate") : QStringLiteral("purge");
}

std::optional<PurgeAction> actionFromName(const QString &name)
{
    if (name == QLatin1String("purge"))
        return PurgeAction::Purge;
    if (name == QLatin1String("invalidate"))
        return PurgeAction::Invalidate;
    return std::nullopt;
}

QString matchName(MatchKind match)
{
    switch (match) {
    case MatchKind::Exact:
        return QStringLiteral("exact");
    case MatchKind::Prefix:
        return QStringLiteral("prefix");
    case MatchKind::Tag:
        return QStringLiteral("tag");
    case MatchKind::Host:
        return QStringLiteral("host");
    case MatchKind::All:
        return QStringLiteral("all");
    case MatchKind::Object:
        return QStringLiteral("object");
    }
    return {};
}

std::optional<MatchKind> matchFromName(const QString &name)
{
    for (MatchKind m : {MatchKind::Exact, MatchKind::Prefix, MatchKind::Tag, MatchKind::Host, MatchKind::All,
                        MatchKind::Object})
        if (matchName(m) == name)
            return m;
    return std::nullopt;
}

QStringList allMatchNames()
{
    return {QStringLiteral("exact"), QStringLiteral("prefix"), QStringLiteral("tag"), QStringLiteral("host"),
            QStringLiteral("all")};
}

QJsonObject optionValuesToJson(const OptionValues &options)
{
    QJsonObject json;
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        if (!it.value().isEmpty())
            json.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return json;
}

OptionValues optionValuesFromJson(const QJsonObject &json)
{
    OptionValues options;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        QStringList values;
        if (it.value().isArray()) {
            for (const auto &value : it.value().toArray())
                values << value.toString();
        } else if (it.value().isString()) {
            values << it.value().toString();
        }
        if (!values.isEmpty())
            options.insert(it.key(), values);
    }
    return options;
}
