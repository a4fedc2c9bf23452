#pragma once

#include "core/transactionrecord.h"
#include "queue/purgeoptions.h"
#include "storage/transactionstore.h"

#include <QWidget>
#include <functional>
#include <optional>

class EmptyState;
class PurgeService;
class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTimer;
class TransactionDetails;
class TransactionFilterProxy;
class TransactionTableModel;
class TransactionView;

// Everything done before, from the database: filtered by creation date, source, state and
// URL text; a past request can be run again, and the results exported as CSV.
class HistoryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPanel)
public:
    // The newest this many matches are shown; narrower filters find older ones.
    static constexpr int ResultLimit = 10000;

    explicit HistoryPanel(PurgeService &service, QWidget *parent = nullptr);

    // What "Run again" sends when the selection is only part of its requests: the selected
    // transactions alone, or the whole requests they belong to.
    enum class RerunScope { Selected, WholeRequests, Cancel };
    // Asks which, given how many transactions are selected and how many the requests have.
    // Replaceable for tests.
    using AskRerunScope = std::function<RerunScope(QWidget *parent, int selected, int whole)>;
    void setAskRerunScope(AskRerunScope ask) { m_askRerunScope = std::move(ask); }

    // The filter the controls describe (dates as local days, "to" inclusive).
    HistoryFilter currentFilter() const;
    // The request as it was asked for: its sources, action and match, and the targets of all
    // its transactions (first seen first). nullopt with *error when nothing is left to rerun.
    static std::optional<PurgeOptions> rerunOptions(const TransactionStore &store, qint64 requestId,
                                                    QString *error = nullptr);
    // CSV (RFC 4180: comma, CRLF, quotes doubled) with a header row; times in UTC ISO 8601.
    QByteArray toCsv(const QList<TransactionRecord> &transactions) const;
    // Writes the shown rows, in the shown order, atomically (QSaveFile).
    bool exportCsv(const QString &path, QString *error = nullptr) const;
    QList<TransactionRecord> shownTransactions() const;

    TransactionView *view() const { return m_view; }
    TransactionTableModel *model() const { return m_model; }
    QLineEdit *textEdit() const { return m_text; }
    QComboBox *stateCombo() const { return m_stateCombo; }
    QComboBox *sourceCombo() const { return m_sourceCombo; }
    QCheckBox *fromCheck() const { return m_fromCheck; }
    QCheckBox *toCheck() const { return m_toCheck; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QAction *rerunAction() const { return m_rerun; }
    QAction *exportAction() const { return m_export; }
    QLabel *countLabel() const { return m_count; }
    // True while the profile has no transaction at all (the empty state is shown).
    bool showsEmptyState() const;

public slots:
    // Runs the query now (the controls also trigger it, after a short pause).
    void reload();
    void reloadSources();
    // Submits the selected transactions again, or their whole requests (asked when the selection
    // is only part of them), with origin "gui". Returns the new request ids.
    QList<qint64> rerunSelected();
    // Asks for a file name and exports.
    void exportWithDialog();

signals:
    void statusMessage(const QString &message);
    // A rerun was queued; the window may show it in the transactions panel.
    void requestSubmitted(qint64 requestId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createFilterBar();
    QWidget *createControls();
    void scheduleReload();
    // The people who asked for something in this profile, for the person filter.
    void reloadPeople();
    void updateActions();

    PurgeService &m_service;
    TransactionTableModel *m_model;
    TransactionFilterProxy *m_proxy;
    QCheckBox *m_fromCheck;
    QDateEdit *m_from;
    QCheckBox *m_toCheck;
    QDateEdit *m_to;
    QComboBox *m_sourceCombo;
    QComboBox *m_personCombo = nullptr;
    QComboBox *m_stateCombo;
    QLineEdit *m_text;
    TransactionView *m_view;
    TransactionDetails *m_details;
    QLabel *m_count;
    QTimer *m_reloadTimer;
    // The results, or, while nothing was ever purged on this profile, what will be here.
    QStackedWidget *m_pages = nullptr;
    EmptyState *m_empty = nullptr;
    QAction *m_rerun = nullptr;
    QAction *m_export = nullptr;
    QAction *m_refresh = nullptr;
    bool m_loaded = false;
    AskRerunScope m_askRerunScope;
};
