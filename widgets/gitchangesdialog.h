#pragma once

#include "changes/changequery.h"
#include "changes/changeselection.h"

#include "core/sourceconfig.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTimer;
class QTreeWidget;

// Picks a repository and a range (the last two deploys of a Capistrano revisions.log, or two
// revisions), lists the changed files with the engine's filters (images only / all, include and
// exclude globs) and each chosen source's own path mapping (or one Map for all), and lets the
// user check which files to purge. The work is the engine's (ChangeSelection, SourceMapping):
// the same files and URLs as `purgeline changes`; the composer gets the picked files as a
// selection and the engine maps them for each source again when the purge is planned.
class GitChangesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GitChangesDialog)
public:
    // sources: the composer's chosen sources, each mapped with its own map setting.
    explicit GitChangesDialog(const QList<SourceConfig> &sources, QWidget *parent = nullptr);

    void setQuery(const ChangeQuery &query);
    ChangeQuery query() const; // what the fields say

    // URLs of the checked files over all sources, each once, in list order.
    QStringList checkedUrls() const;
    // The query with the checked files as its paths: what the composer purges.
    ChangeQuery pickedQuery() const;
    const ChangeReport &report() const { return m_report; }
    QString errorText() const;

public slots:
    // Reads the changes for the fields' query; returns false (and shows why) when that fails.
    bool showChanges();
    void setAllChecked(bool checked);

private:
    void browseRepository();
    void browseRevisionsLog();
    void updateRangeFields();
    // Whether the fields name a repository and a whole range, so the changes can be read.
    bool rangeComplete() const;
    void updateAcceptButton();
    void fillTree();

    QList<SourceConfig> m_sources;
    QLineEdit *m_repository;
    QRadioButton *m_useLog;
    QRadioButton *m_useRevisions;
    QLineEdit *m_revisionsLog;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QComboBox *m_only;
    QLineEdit *m_includes;
    QLineEdit *m_excludes;
    QLineEdit *m_maps;
    QLabel *m_summary;
    QTreeWidget *m_files;
    QDialogButtonBox *m_buttons;
    QTimer *m_refresh;     // reads the changes again a moment after the fields stop changing
    ChangeReport m_report; // the first source's (or the Map's) view
    QList<std::pair<QString, ChangeReport>> m_reports; // per source name ("" for the Map)
};
