#include "changequery.h"

#include "changefilter.h"
#include "pathmapper.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

struct ChangeQueryTr
{
    Q_DECLARE_TR_FUNCTIONS(ChangeQuery)
};

QStringList strings(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &v : value.toArray())
        result << v.toString();
    return result;
}

} // namespace

QString ChangeQuery::validate() const
{
    if (repository.isEmpty())
        return ChangeQueryTr::tr("no repository given");
    const bool hasLog = !revisionsLog.isEmpty();
    const bool hasRange = !from.isEmpty() || !to.isEmpty();
    if (hasLog && hasRange)
        return ChangeQueryTr::tr("give either --revisions-log or --from and --to, not both");
    if (!hasLog && !hasRange)
        return ChangeQueryTr::tr("say which changes: --revisions-log FILE, or --from REV --to REV");
    if (hasRange && (from.isEmpty() || to.isEmpty()))
        return from.isEmpty() ? ChangeQueryTr::tr("--to needs --from")
                              : ChangeQueryTr::tr("--from needs --to");
    const auto kind = ChangeFilter::onlyFromName(only);
    if (!kind)
        return ChangeQueryTr::tr("unknown --only \"%1\": use images or all").arg(only);
    ChangeFilter filter;
    if (const QString error = filter.configure(*kind, includes, excludes); !error.isEmpty())
        return error;
    PathMapper mapper;
    for (const QString &map : maps)
        if (const QString error = mapper.add(map); !error.isEmpty())
            return QStringLiteral("--map: ") + error;
    return {};
}

QJsonObject ChangeQuery::toJson() const
{
    QJsonObject json{{QStringLiteral("repository"), repository}, {QStringLiteral("only"), only}};
    if (!revisionsLog.isEmpty())
        json.insert(QStringLiteral("revisions_log"), revisionsLog);
    if (!from.isEmpty())
        json.insert(QStringLiteral("from"), from);
    if (!to.isEmpty())
        json.insert(QStringLiteral("to"), to);
    if (!includes.isEmpty())
        json.insert(QStringLiteral("include"), QJsonArray::fromStringList(includes));
    if (!excludes.isEmpty())
        json.insert(QStringLiteral("exclude"), QJsonArray::fromStringList(excludes));
    if (!maps.isEmpty())
        json.insert(QStringLiteral("map"), QJsonArray::fromStringList(maps));
    if (!paths.isEmpty())
        json.insert(QStringLiteral("paths"), QJsonArray::fromStringList(paths));
    return json;
}

ChangeQuery ChangeQuery::fromJson(const QJsonObject &json)
{
    ChangeQuery q;
    q.repository = json.value(QStringLiteral("repository")).toString();
    q.revisionsLog = json.value(QStringLiteral("revisions_log")).toString();
    q.from = json.value(QStringLiteral("from")).toString();
    q.to = json.value(QStringLiteral("to")).toString();
    q.only = json.value(QStringLiteral("only")).toString(QStringLiteral("all"));
    q.includes = strings(json.value(QStringLiteral("include")));
    q.excludes = strings(json.value(QStringLiteral("exclude")));
    q.maps = strings(json.value(QStringLiteral("map")));
    q.paths = strings(json.value(QStringLiteral("paths")));
    return q;
}
