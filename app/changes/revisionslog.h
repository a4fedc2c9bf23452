#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Capistrano 3's revisions.log (in the :deploy_to directory): one line per deploy,
//   Branch master (at b153b01) deployed as release 20180819205048 by alice
// and one per rollback,
//   alice rolled back to release 20180819205048
// The last two deployed revisions are what the site served before and what it serves now; a
// rollback counts as deploying again the revision of the release it names.
class RevisionsLog final
{
public:
    struct Deploy
    {
        QString revision;   // the SHA as written (often abbreviated)
        QString release;    // the release directory name
        int line = 0;       // 1-based line number
        bool rollback = false;
    };

    struct Range
    {
        Deploy previous;
        Deploy current;
    };

    // Parses the text; lines that are neither deploys nor rollbacks are skipped and counted.
    // A rollback to a release no earlier deploy line names is an error (the revision is unknown).
    bool parse(const QByteArray &text, QString *error);
    bool load(const QString &fileName, QString *error);

    const QList<Deploy> &deploys() const { return m_deploys; }   // in file order, rollbacks resolved
    int skippedLines() const { return int(m_skipped.size()); }   // blank or foreign lines
    QList<int> skippedLineNumbers() const { return m_skipped; }
    // "skipped 2 line(s) of revisions.log that are not deploy or rollback lines (lines 3, 7)", or empty.
    QString warning() const;

    // The last two deploys; fewer than two is an error naming the file.
    bool lastTwo(Range *range, QString *error) const;

private:
    QString m_name = QStringLiteral("revisions.log");
    QList<Deploy> m_deploys;
    QList<int> m_skipped;
};
