#include "revisionslog.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace {

struct RevisionsLogTr
{
    Q_DECLARE_TR_FUNCTIONS(RevisionsLog)
};

// Capistrano 3 (lib/capistrano/i18n.rb): revision_log_message and rollback_log_message.
const QRegularExpression kDeploy(QStringLiteral(R"(^Branch (.+) \(at ([^\s()]+)\) deployed as release (\S+) by (.*)$)"));
const QRegularExpression kRollback(QStringLiteral(R"(^(.*\S) rolled back to release (\S+)$)"));

} // namespace

bool RevisionsLog::parse(const QByteArray &text, QString *error)
{
    m_deploys.clear();
    m_skipped.clear();
    QHash<QString, QString> revisionOfRelease;
    QList<QByteArray> lines = text.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();   // the newline that ends the file
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int number = int(i + 1);
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (const auto m = kDeploy.match(line); m.hasMatch()) {
            Deploy deploy{m.captured(2), m.captured(3), number, false};
            revisionOfRelease.insert(deploy.release, deploy.revision);
            m_deploys.append(deploy);
            continue;
        }
        if (const auto m = kRollback.match(line); m.hasMatch()) {
            const QString release = m.captured(2);
            const auto it = revisionOfRelease.constFind(release);
            if (it == revisionOfRelease.cend()) {
                *error = RevisionsLogTr::tr("%1 line %2 rolls back to release %3, but no earlier line deployed that release, "
                            "so its revision is unknown")
                             .arg(m_name)
                             .arg(number)
                             .arg(release);
                m_deploys.clear();
                return false;
            }
            m_deploys.append(Deploy{it.value(), release, number, true});
            continue;
        }
        m_skipped.append(number);
    }
    return true;
}

bool RevisionsLog::load(const QString &fileName, QString *error)
{
    m_name = fileName;
    QFile file(fileName);
    if (!QFileInfo(fileName).isFile() || !file.open(QIODevice::ReadOnly)) {
        *error = RevisionsLogTr::tr("cannot read the revisions log \"%1\": %2")
                     .arg(fileName, QFileInfo::exists(fileName) ? file.errorString() : RevisionsLogTr::tr("no such file"));
        return false;
    }
    return parse(file.readAll(), error);
}

QString RevisionsLog::warning() const
{
    if (m_skipped.isEmpty())
        return {};
    QStringList numbers;
    for (int n : m_skipped.mid(0, 10))
        numbers << QString::number(n);
    if (m_skipped.size() > 10)
        numbers << QStringLiteral("...");
    return RevisionsLogTr::tr("skipped %1 line(s) of %2 that are not Capistrano deploy or rollback lines (line %3)")
        .arg(m_skipped.size())
        .arg(m_name, numbers.join(QStringLiteral(", ")));
}

bool RevisionsLog::lastTwo(Range *range, QString *error) const
{
    if (m_deploys.size() < 2) {
        *error = m_deploys.isEmpty()
                     ? RevisionsLogTr::tr("%1 names no deploy; two are needed to know what changed").arg(m_name)
                     : RevisionsLogTr::tr("%1 names only one deploy (revision %2); two are needed to know what changed")
                           .arg(m_name, m_deploys.constFirst().revision);
        return false;
    }
    range->previous = m_deploys.at(m_deploys.size() - 2);
    range->current = m_deploys.constLast();
    return true;
}
