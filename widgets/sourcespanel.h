#pragma once

#include <QWidget>

class ActionRow;
class PurgeService;
class QAction;
class QLabel;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTableView;
class SourceChecker;
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
    void showCheckResult(const QString &sourceName, bool ok, const QString &summary, const QString &details);
    // The message area under the list: check results and what went wrong.
    void showMessage(const QString &text, bool error, const QString &details = {});
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
    QPlainTextEdit *m_details;
};
