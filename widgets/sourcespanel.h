#pragma once

#include <QWidget>

class ActionRow;
class PurgeService;
class QAction;
class QLabel;
class QTimer;
class QSortFilterProxyModel;
class QTableView;
class SourceCheckDialog;
class SourceChecker;
struct SourceCheckReport;
class SourceListModel;

// The configured sources: type, provider icon, whether credentials are present; add, edit,
// remove and check them. Remove is refused while a source has open transactions, as
// `purgeline source remove` refuses, and takes the keychain entry with it.
class SourcesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcesPanel)
public:
    explicit SourcesPanel(PurgeService &service, QWidget *parent = nullptr);

    SourceListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    qint64 currentSourceId() const;
    QString currentSourceName() const;
    void selectSource(qint64 id);

    QAction *addSourceAction() const { return m_add; }
    QAction *editSourceAction() const { return m_edit; }
    QAction *removeSourceAction() const { return m_remove; }
    QAction *checkSourceAction() const { return m_check; }
    ActionRow *actionRow() const { return m_actions; }
    // The check's result dialog, once a check has been started (null before).
    SourceCheckDialog *checkDialog() const { return m_checkDialog; }

public slots:
    // Re-reads sources and credentials (e.g. after `purgeline source add` in a terminal).
    void reload();
    // The dialogs open window-modal and return at once; sourcesChanged() follows a save.
    void addSource();
    void editSource();
    void removeSource();
    void checkSource();

signals:
    // A source was added, edited or removed: lists of source names elsewhere are stale.
    void sourcesChanged();
    void checkFinished(const QString &sourceName, bool ok);

private:
    int openTransactions(qint64 sourceId) const;
    void removeConfirmed(qint64 id);
    // Checks one source, showing the steps in the one check dialog.
    void runCheck(qint64 sourceId);
    void showCheckResult(const SourceCheckReport &report);
    // The message line under the list, for what Remove did or refused; it goes away after a while
    // or when another source is chosen, so it never describes the past.
    void showMessage(const QString &text, bool error);
    void updateActions();
    void saved(qint64 id);

    PurgeService &m_service;
    SourceListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    SourceChecker *m_checker;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_remove;
    QAction *m_check;
    ActionRow *m_actions;
    QLabel *m_message;
    QTimer *m_messageExpiry;
    qint64 m_messageSourceId = 0; // the source chosen when the message was shown
    SourceCheckDialog *m_checkDialog = nullptr;
    qint64 m_checkedSourceId = 0; // for Check again
};
