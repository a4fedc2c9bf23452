#pragma once

#include "changes/changequery.h"
#include "changes/changeselection.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTreeWidget;

// Picks a repository and a range (the last two deploys of a Capistrano revisions.log, or two
// revisions), lists the changed files with the engine's filters (images only / all, include and
// exclude globs) and path mapping, and lets the user check which files' URLs to add. The work
// is ChangeSelection's (app/changes/): the same files and URLs as `purgeline changes`.
class GitChangesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GitChangesDialog)
public:
    // maps: PATH_PREFIX=URL_PREFIX rules, usually the chosen sources' map settings; rules for
    // absolute local folders are left out (they map dropped files, not repository paths).
    explicit GitChangesDialog(const QStringList &maps, QWidget *parent = nullptr);

    void setQuery(const ChangeQuery &query);
    ChangeQuery query() const; // what the fields say

    // URLs of the checked files, each once, in list order.
    QStringList checkedUrls() const;
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
    void updateAcceptButton();
    void fillTree();

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
    ChangeReport m_report;
};
