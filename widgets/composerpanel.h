#pragma once

#include "core/transactionrecord.h"
#include "queue/purgeoptions.h"

#include <QPointer>
#include <QWidget>
#include <functional>

class GitChangesDialog;
class PurgeService;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTimer;
class QToolButton;
class RequestOptionsForm;
class TargetListModel;
class TargetListWidget;
struct SourceConfig;

// The purge composer: sources (checkable), action, match, targets (typed, pasted, dropped,
// or from git), then Preview, Purge (Ctrl+Return) or Save as preset. Only the actions and
// matches every chosen source supports are offered. Submits through PurgeService.
class ComposerPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposerPanel)
public:
    explicit ComposerPanel(PurgeService &service, QWidget *parent = nullptr);

    // Asks yes/no (purge everything, replace a preset). Replaceable for tests.
    using Confirm = std::function<bool(QWidget *parent, const QString &title, const QString &text)>;
    // Asks for a line of text (a preset name); an empty answer means cancelled.
    using AskText = std::function<QString(QWidget *parent, const QString &title, const QString &label)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setAskText(AskText askText) { m_askText = std::move(askText); }

    // The purge as the composer currently states it (what Purge would submit).
    PurgeOptions options() const;
    QStringList chosenSources() const;
    TargetListModel *targetModel() const { return m_targets; }
    QString errorText() const;  // the inline error, empty when there is none
    QString statusText() const; // the status line, empty when there is none

public slots:
    // Reads the sources again (after the sources panel changed them), keeping the choice.
    void reloadSources();
    void setChosenSources(const QStringList &names);
    // Fills the composer from a preset or a past request.
    void loadOptions(const PurgeOptions &options);
    void addTargets(const QStringList &targets);
    void preview();
    void purge();
    void savePreset();
    void openGitChanges();
    void clearTargets();
    // Shows what to do next while the profile has sources but no purge yet, hides it after.
    void updateNextStep();

signals:
    // A request was queued (after Purge).
    void submitted(qint64 requestId, const QList<TransactionRecord> &transactions);
    void presetSaved(const QString &name);
    void chosenSourcesChanged(const QStringList &names);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    QList<SourceConfig> chosenConfigs() const;
    void updateChoices();
    void updateLayers();
    // Moves the current source row by delta (-1 up, +1 down); the chosen order is the layer order.
    void moveSource(int delta);
    // Puts the named sources first, in that order (a layered preset's layer order).
    void orderSources(const QStringList &names);
    void updateButtons();
    void showError(const QString &text);
    void showStatus(const QString &text);
    // What the purge is made of changed: a status or error about the old one no longer holds.
    void forgetStaleMessages();
    // The sources, action or match changed: every typed target is judged again.
    void recheckTargets();
    QString extrasText() const;

    PurgeService &m_service;
    TargetListModel *m_targets;
    QListWidget *m_sources = nullptr;
    // Layers: the chosen sources in list order, each starting when the one above has succeeded.
    QCheckBox *m_layered = nullptr;
    QToolButton *m_layerUp = nullptr;
    QToolButton *m_layerDown = nullptr;
    QLabel *m_layerOrder = nullptr;
    QRadioButton *m_purgeAction = nullptr;
    QRadioButton *m_invalidateAction = nullptr;
    QComboBox *m_match = nullptr;
    QComboBox *m_verify = nullptr;
    QLineEdit *m_reason = nullptr;
    QLineEdit *m_entry = nullptr;
    TargetListWidget *m_list = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_extras = nullptr;
    QToolButton *m_dropExtras = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_statusExpiry = nullptr;
    QLabel *m_nextStep = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_gitButton = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_purgeButton = nullptr;
    QPushButton *m_presetButton = nullptr;
    RequestOptionsForm *m_options = nullptr;
    QPointer<GitChangesDialog> m_gitDialog;
    // What a purge holds beyond the list (a loaded preset's target file, the files picked in the
    // git dialog or by a preset's selection): kept so saving it again loses nothing.
    QString m_fromFile;
    ChangeQuery m_changes;
    Confirm m_confirm;
    AskText m_askText;
};
