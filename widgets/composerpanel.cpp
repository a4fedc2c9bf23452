#include "composerpanel.h"

#include "changes/changeselection.h"
#include "elidedlabel.h"
#include "gitchangesdialog.h"
#include "previewdialog.h"
#include "providers/providerregistry.h"
#include "purgewords.h"
#include "queue/planestimate.h"
#include "queue/purgeservice.h"
#include "requestoptionsform.h"
#include "targetlistmodel.h"
#include "targetlistwidget.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

constexpr int kSourceNameRole = Qt::UserRole + 1;

QString matchLabel(MatchKind match)
{
    return PurgeWords::match(match);
}

const QList<MatchKind> &allMatches()
{
    static const QList<MatchKind> matches{MatchKind::Exact, MatchKind::Prefix, MatchKind::Tag,
                                          MatchKind::Host,  MatchKind::All,    MatchKind::Object};
    return matches;
}

} // namespace

ComposerPanel::ComposerPanel(PurgeService &service, QWidget *parent)
    : QWidget(parent), m_service(service), m_targets(new TargetListModel(this))
{
    setObjectName(QStringLiteral("composerPanel"));
    m_confirm = [](QWidget *parentWidget, const QString &title, const QString &text) {
        return QMessageBox::question(parentWidget, title, text, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };
    m_askText = [](QWidget *parentWidget, const QString &title, const QString &label) {
        return QInputDialog::getText(parentWidget, title, label);
    };
    buildUi();
    // Each typed line is judged as it is added, against what the purge is sent to now.
    m_targets->setTargetCheck([this](const QStringList &targets) {
        const MatchKind match = matchFromName(m_match->currentData().toString()).value_or(MatchKind::Exact);
        const PurgeAction action =
            m_invalidateAction->isChecked() ? PurgeAction::Invalidate : PurgeAction::Purge;
        return m_service.targetProblems(chosenSources(), action, match, targets);
    });
    reloadSources();
    updateNextStep();
    connect(m_targets, &TargetListModel::contentsChanged, this, &ComposerPanel::forgetStaleMessages);
    connect(m_targets, &TargetListModel::contentsChanged, this, &ComposerPanel::updateButtons);
}

void ComposerPanel::buildUi()
{
    // Left column: what to purge with; right column: what to purge.
    auto *sourcesBox = new QGroupBox(tr("&Sources"), this);
    m_sources = new QListWidget(sourcesBox);
    m_sources->setObjectName(QStringLiteral("composerSources"));
    m_sources->setAccessibleName(tr("Sources to purge"));
    m_sources->setUniformItemSizes(true);
    m_sources->setTextElideMode(Qt::ElideRight);
    m_sources->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *sourcesLayout = new QVBoxLayout(sourcesBox);
    sourcesLayout->addWidget(m_sources);
    connect(m_sources, &QListWidget::itemChanged, this, &ComposerPanel::updateChoices);
    // Layers: several chosen sources purged one after the other, in the list's order.
    m_layered = new QCheckBox(tr("Purge as ordered &layers"), sourcesBox);
    m_layered->setObjectName(QStringLiteral("layeredCheck"));
    m_layered->setToolTip(tr("Each source starts only when the one above it has succeeded; a failure stops "
                             "the sources below it"));
    m_layerUp = new QToolButton(sourcesBox);
    m_layerUp->setObjectName(QStringLiteral("layerUp"));
    m_layerUp->setArrowType(Qt::UpArrow);
    m_layerUp->setAccessibleName(tr("Move source up"));
    m_layerUp->setToolTip(tr("Move the selected source up: an earlier layer"));
    m_layerDown = new QToolButton(sourcesBox);
    m_layerDown->setObjectName(QStringLiteral("layerDown"));
    m_layerDown->setArrowType(Qt::DownArrow);
    m_layerDown->setAccessibleName(tr("Move source down"));
    m_layerDown->setToolTip(tr("Move the selected source down: a later layer"));
    m_layerOrder = new QLabel(sourcesBox);
    m_layerOrder->setObjectName(QStringLiteral("layerOrder"));
    m_layerOrder->setWordWrap(true);
    auto *layerRow = new QHBoxLayout;
    layerRow->addWidget(m_layered, 1);
    layerRow->addWidget(m_layerUp);
    layerRow->addWidget(m_layerDown);
    sourcesLayout->addLayout(layerRow);
    sourcesLayout->addWidget(m_layerOrder);
    connect(m_layered, &QCheckBox::toggled, this, &ComposerPanel::updateLayers);
    connect(m_layerUp, &QToolButton::clicked, this, [this] { moveSource(-1); });
    connect(m_layerDown, &QToolButton::clicked, this, [this] { moveSource(+1); });
    connect(m_sources, &QListWidget::currentRowChanged, this, &ComposerPanel::updateLayers);

    auto *howBox = new QGroupBox(tr("Action"), this);
    m_purgeAction = new QRadioButton(tr("P&urge"), howBox);
    m_purgeAction->setObjectName(QStringLiteral("actionPurge"));
    m_purgeAction->setToolTip(tr("Remove the cached copies; the next request fetches from the origin"));
    m_invalidateAction = new QRadioButton(tr("&Invalidate"), howBox);
    m_invalidateAction->setObjectName(QStringLiteral("actionInvalidate"));
    m_purgeAction->setChecked(true);
    auto *actions = new QButtonGroup(this);
    actions->addButton(m_purgeAction);
    actions->addButton(m_invalidateAction);
    connect(actions, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        if (!checked)
            return; // the other button's toggle follows
        recheckTargets();
        forgetStaleMessages();
        updateButtons();
    });
    m_match = new QComboBox(howBox);
    m_match->setObjectName(QStringLiteral("matchCombo"));
    m_match->setAccessibleName(tr("Match"));
    connect(m_match, &QComboBox::currentIndexChanged, this, [this] {
        recheckTargets();
        forgetStaleMessages();
        updateButtons();
    });
    auto *howLayout = new QFormLayout(howBox);
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_purgeAction);
    actionRow->addWidget(m_invalidateAction);
    actionRow->addStretch();
    howLayout->addRow(actionRow);
    auto *matchLabelWidget = new QLabel(tr("&Match:"), howBox);
    matchLabelWidget->setBuddy(m_match);
    howLayout->addRow(matchLabelWidget, m_match);
    // Per purge; "each source's setting" leaves it to the sources (their Verification tab).
    m_verify = new QComboBox(howBox);
    m_verify->setObjectName(QStringLiteral("verifyCombo"));
    m_verify->setAccessibleName(tr("Verify"));
    m_verify->addItem(tr("As each source says"), QString());
    m_verify->addItem(tr("Ask for each URL (HEAD)"), QStringLiteral("head"));
    m_verify->addItem(tr("Fetch each URL (GET)"), QStringLiteral("get"));
    m_verify->addItem(tr("Do not verify"), QStringLiteral("off"));
    m_verify->setToolTip(tr("After the purge, ask for the purged URLs as a visitor would and check that the "
                            "cache no longer serves the old copy (exact URLs only)"));
    auto *verifyLabel = new QLabel(tr("&Verify:"), howBox);
    verifyLabel->setBuddy(m_verify);
    howLayout->addRow(verifyLabel, m_verify);
    // Why, kept in the history with who asked (a source may require it: the purge says so).
    m_reason = new QLineEdit(howBox);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setClearButtonEnabled(true);
    m_reason->setPlaceholderText(tr("Why, or a ticket number"));
    m_reason->setToolTip(tr("Kept with the request in the history, with who asked and from which machine; "
                            "a source may require it"));
    auto *reasonLabel = new QLabel(tr("Reas&on:"), howBox);
    reasonLabel->setBuddy(m_reason);
    howLayout->addRow(reasonLabel, m_reason);
    connect(m_reason, &QLineEdit::textChanged, this, [this] { forgetStaleMessages(); });

    m_options = new RequestOptionsForm(howBox);
    howLayout->addRow(m_options);
    connect(m_options, &RequestOptionsForm::changed, this, [this] {
        forgetStaleMessages();
        updateButtons();
    });

    auto *left = new QVBoxLayout;
    left->addWidget(sourcesBox, 1);
    left->addWidget(howBox);

    auto *targetsBox = new QGroupBox(tr("&Targets"), this);
    m_entry = new QLineEdit(targetsBox);
    m_entry->setObjectName(QStringLiteral("targetEntry"));
    m_entry->setAccessibleName(tr("New target"));
    m_entry->setPlaceholderText(
        tr("Type a URL, prefix, tag or host and press Enter; paste many lines at once"));
    m_entry->setClearButtonEnabled(true);
    m_entry->installEventFilter(this);
    connect(m_entry, &QLineEdit::returnPressed, this, [this] {
        if (m_targets->addText(m_entry->text()) > 0 || !m_entry->text().trimmed().isEmpty())
            m_entry->clear();
    });
    // A paste from the context menu bypasses the key filter; QLineEdit keeps the line breaks,
    // so split them here.
    connect(m_entry, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
            QString lines = text;
            lines.replace(QLatin1Char('\r'), QLatin1Char('\n'));
            const int added = m_targets->addText(lines);
            m_entry->clear();
            showStatus(tr("Added %n target(s).", nullptr, added));
        }
    });
    m_list = new TargetListWidget(m_targets, targetsBox);
    connect(m_list, &TargetListWidget::message, this, &ComposerPanel::showStatus);
    m_counts = new QLabel(targetsBox);
    m_counts->setObjectName(QStringLiteral("targetCounts"));
    m_counts->setTextFormat(Qt::RichText);
    // Wraps instead of widening the window: German and French counts are long.
    m_counts->setWordWrap(true);
    m_counts->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_gitButton = new QPushButton(tr("Add from &git…"), targetsBox);
    m_gitButton->setObjectName(QStringLiteral("gitButton"));
    m_gitButton->setToolTip(tr("Add the URLs of files changed between two revisions or deploys"));
    connect(m_gitButton, &QPushButton::clicked, this, &ComposerPanel::openGitChanges);
    auto *clear = new QPushButton(tr("C&lear"), targetsBox);
    clear->setObjectName(QStringLiteral("clearButton"));
    connect(clear, &QPushButton::clicked, this, &ComposerPanel::clearTargets);
    m_extras = new QLabel(targetsBox);
    m_extras->setObjectName(QStringLiteral("composerExtras"));
    m_extras->setWordWrap(true);
    m_dropExtras = new QToolButton(targetsBox);
    m_dropExtras->setText(tr("Remove"));
    m_dropExtras->setAccessibleName(tr("Remove the preset's extra targets"));
    connect(m_dropExtras, &QToolButton::clicked, this, [this] {
        m_fromFile.clear();
        m_changes = {};
        updateButtons();
    });
    auto *extrasRow = new QHBoxLayout;
    extrasRow->addWidget(m_extras, 1);
    extrasRow->addWidget(m_dropExtras);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_counts, 1);
    listButtons->addWidget(m_gitButton);
    listButtons->addWidget(clear);
    auto *targetsLayout = new QVBoxLayout(targetsBox);
    targetsLayout->addWidget(m_entry);
    targetsLayout->addWidget(m_list, 1);
    targetsLayout->addLayout(extrasRow);
    targetsLayout->addLayout(listButtons);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addWidget(targetsBox, 5);

    // The error and the status share one area beside the buttons, as high as they are, so neither
    // pushes the lists or the transactions table when it comes or goes; what does not fit is
    // elided, and the whole text is the tooltip.
    auto *messages = new QWidget(this);
    messages->setObjectName(QStringLiteral("composerMessages"));
    m_error = new ElidedLabel(messages);
    m_error->setObjectName(QStringLiteral("composerError"));
    m_error->setAccessibleName(tr("Error"));
    m_error->setStyleSheet(QStringLiteral("color: #c0392b; font-weight: bold;"));
    m_error->hide();
    m_status = new ElidedLabel(messages);
    m_status->setObjectName(QStringLiteral("composerStatus"));
    m_status->hide();
    auto *messagesLayout = new QVBoxLayout(messages);
    messagesLayout->setContentsMargins(0, 0, 0, 0);
    messagesLayout->setSpacing(0);
    messagesLayout->addWidget(m_error);
    messagesLayout->addWidget(m_status);
    messages->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    // A status tells what just happened; it is not left to describe the past for minutes.
    m_statusExpiry = new QTimer(this);
    m_statusExpiry->setObjectName(QStringLiteral("statusExpiry"));
    m_statusExpiry->setSingleShot(true);
    m_statusExpiry->setInterval(30000);
    connect(m_statusExpiry, &QTimer::timeout, m_status, &QLabel::clear);

    m_presetButton = new QPushButton(tr("Save as pre&set…"), this);
    m_presetButton->setObjectName(QStringLiteral("savePresetButton"));
    connect(m_presetButton, &QPushButton::clicked, this, &ComposerPanel::savePreset);
    m_previewButton = new QPushButton(tr("Pre&view"), this);
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_previewButton->setToolTip(
        tr("Show the transactions that would be sent, exactly as sent (Ctrl+Shift+P)"));
    connect(m_previewButton, &QPushButton::clicked, this, &ComposerPanel::preview);
    m_purgeButton = new QPushButton(this);
    m_purgeButton->setObjectName(QStringLiteral("purgeButton"));
    m_purgeButton->setToolTip(tr("Queue the purge (Ctrl+Return)"));
    connect(m_purgeButton, &QPushButton::clicked, this, &ComposerPanel::purge);
    // Room for two lines where the buttons are that high, one otherwise.
    messages->setFixedHeight(qMax(m_purgeButton->sizeHint().height(), fontMetrics().lineSpacing()));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(messages, 1);
    buttons->addWidget(m_presetButton);
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_purgeButton);

    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this, this, &ComposerPanel::purge);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    }
    auto *previewShortcut =
        new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), this, this, &ComposerPanel::preview);
    previewShortcut->setContext(Qt::WidgetWithChildrenShortcut);

    m_nextStep =
        new QLabel(tr("Next: tick a source, type or paste the URLs that changed (or drop the files "
                      "from the site's folder), then Preview to see exactly what will be sent, or Purge to "
                      "send them."),
                   this);
    m_nextStep->setObjectName(QStringLiteral("composerNextStep"));
    m_nextStep->setWordWrap(true);
    m_nextStep->setFrameShape(QFrame::StyledPanel);
    m_nextStep->setMargin(6);
    m_nextStep->setBackgroundRole(QPalette::AlternateBase);
    m_nextStep->setAutoFillBackground(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_nextStep);
    layout->addLayout(columns, 1);
    layout->addLayout(buttons);
}

bool ComposerPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Several lines pasted into the one-line entry become several targets.
    if (watched == m_entry && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Paste)) {
        const QString text = QApplication::clipboard()->text();
        if (text.contains(QLatin1Char('\n'))) {
            const int added = m_targets->addText(text);
            showStatus(tr("Added %n target(s).", nullptr, added));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ComposerPanel::updateNextStep()
{
    // Only until the first purge on this profile, from any face: after that it is known.
    HistoryFilter any;
    any.limit = 1;
    m_nextStep->setVisible(!m_service.sources().list().isEmpty() &&
                           m_service.transactions().history(any).isEmpty());
}

void ComposerPanel::reloadSources()
{
    const QStringList chosen = chosenSources();
    const QSignalBlocker blocker(m_sources);
    m_sources->clear();
    const ProviderRegistry &registry = ProviderRegistry::instance();
    for (const SourceConfig &source : m_service.sources().list()) {
        const Provider *provider = registry.find(source.type);
        auto *item = new QListWidgetItem(m_sources);
        item->setData(kSourceNameRole, source.name);
        item->setFlags(Qt::ItemIsUserCheckable | (provider ? Qt::ItemIsEnabled : Qt::NoItemFlags));
        item->setCheckState(chosen.contains(source.name) ? Qt::Checked : Qt::Unchecked);
        if (!provider) {
            item->setText(tr("%1 (unknown type %2)").arg(source.name, source.type));
            continue;
        }
        const ProviderInfo &info = provider->info();
        // The type word is short enough for a narrow column; the provider's full name is in the tooltip.
        item->setText(tr("%1 (%2)").arg(source.name, info.type));
        QStringList matches;
        for (MatchKind match : info.matches)
            matches << matchLabel(match);
        item->setToolTip(tr("%1\nMatches: %2\nInvalidate: %3")
                             .arg(info.displayName, matches.join(QLatin1String(", ")),
                                  info.supportsInvalidate ? tr("yes") : tr("no")));
    }
    if (m_layered->isChecked())
        orderSources(chosen); // the layer order survives a change to the sources
    updateChoices();
}

QStringList ComposerPanel::chosenSources() const
{
    QStringList names;
    for (int row = 0; row < m_sources->count(); ++row) {
        const QListWidgetItem *item = m_sources->item(row);
        if (item->checkState() == Qt::Checked)
            names << item->data(kSourceNameRole).toString();
    }
    return names;
}

void ComposerPanel::setChosenSources(const QStringList &names)
{
    {
        const QSignalBlocker blocker(m_sources);
        for (int row = 0; row < m_sources->count(); ++row) {
            QListWidgetItem *item = m_sources->item(row);
            const bool chosen = names.contains(item->data(kSourceNameRole).toString()) &&
                                item->flags().testFlag(Qt::ItemIsEnabled);
            item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
        }
    }
    updateChoices();
}

QList<SourceConfig> ComposerPanel::chosenConfigs() const
{
    QList<SourceConfig> configs;
    for (const QString &name : chosenSources())
        if (const auto source = m_service.sources().findByName(name))
            configs << *source;
    return configs;
}

void ComposerPanel::updateLayers()
{
    const QStringList chosen = chosenSources();
    const bool possible = chosen.size() >= 2;
    // Offered once several sources are picked: until then the row would only take height from a
    // window that must fit 1024x640.
    m_layered->setEnabled(possible);
    m_layered->setVisible(possible);
    const bool layered = possible && m_layered->isChecked();
    const int row = m_sources->currentRow();
    m_layerUp->setVisible(layered);
    m_layerDown->setVisible(layered);
    m_layerUp->setEnabled(row > 0);
    m_layerDown->setEnabled(row >= 0 && row + 1 < m_sources->count());
    QStringList order;
    for (int i = 0; i < chosen.size(); ++i)
        order << tr("%1. %2").arg(i + 1).arg(chosen.at(i));
    m_layerOrder->setText(layered ? tr("Layers, first to last: %1").arg(order.join(QStringLiteral(" → ")))
                                  : QString());
    m_layerOrder->setVisible(layered);
}

void ComposerPanel::moveSource(int delta)
{
    const int row = m_sources->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_sources->count())
        return;
    {
        const QSignalBlocker blocker(m_sources);
        QListWidgetItem *item = m_sources->takeItem(row);
        m_sources->insertItem(to, item);
        m_sources->setCurrentRow(to);
    }
    updateChoices();
}

void ComposerPanel::orderSources(const QStringList &names)
{
    const QSignalBlocker blocker(m_sources);
    int next = 0;
    for (const QString &name : names)
        for (int row = next; row < m_sources->count(); ++row)
            if (m_sources->item(row)->data(kSourceNameRole).toString() == name) {
                m_sources->insertItem(next++, m_sources->takeItem(row));
                break;
            }
}

void ComposerPanel::updateChoices()
{
    updateLayers();
    const QList<SourceConfig> configs = chosenConfigs();
    QList<MatchKind> offered = allMatches();
    bool invalidate = !configs.isEmpty();
    QStringList noInvalidate;
    QList<OptionSpec> options;
    QString objectLabel;
    for (const SourceConfig &source : configs) {
        const Provider *provider = ProviderRegistry::instance().find(source.type);
        if (!provider)
            continue;
        if (objectLabel.isEmpty())
            objectLabel = provider->info().objectMatch.label;
        for (const OptionSpec &spec : provider->info().options)
            if (std::none_of(options.cbegin(), options.cend(),
                             [&](const OptionSpec &o) { return o.key == spec.key; }))
                options << spec;
        offered.removeIf([&](MatchKind match) { return !provider->info().matches.contains(match); });
        if (!provider->info().supportsInvalidate) {
            invalidate = false;
            noInvalidate << source.name;
        }
    }
    {
        const QSignalBlocker blocker(m_match);
        const QString current = m_match->currentData().toString();
        m_match->clear();
        for (MatchKind match : std::as_const(offered))
            m_match->addItem(match == MatchKind::Object && !objectLabel.isEmpty() ? objectLabel
                                                                                  : matchLabel(match),
                             matchName(match));
        const int keep = m_match->findData(current);
        m_match->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    m_match->setEnabled(!offered.isEmpty());
    if (!invalidate && m_invalidateAction->isChecked())
        m_purgeAction->setChecked(true);
    m_invalidateAction->setEnabled(invalidate);
    m_invalidateAction->setToolTip(
        invalidate
            ? tr("Mark the cached copies stale; they may still be served while the origin is asked again")
        : configs.isEmpty() ? tr("Choose sources first")
                            : tr("Not supported by %1").arg(noInvalidate.join(QLatin1String(", "))));
    m_options->setSpecs(options);
    m_targets->setSources(configs);
    recheckTargets();
    forgetStaleMessages();
    if (offered.isEmpty() && !configs.isEmpty())
        showError(tr("The chosen sources have no match kind in common; purge them separately."));
    updateButtons();
    emit chosenSourcesChanged(chosenSources());
}

QString ComposerPanel::extrasText() const
{
    QStringList parts;
    if (!m_fromFile.isEmpty())
        parts << tr("targets read from %1 when the purge runs").arg(m_fromFile);
    if (m_changes.isSet()) {
        const QString range = m_changes.revisionsLog.isEmpty()
                                  ? tr("%1..%2").arg(m_changes.from, m_changes.to)
                                  : m_changes.revisionsLog;
        parts << (m_changes.paths.isEmpty()
                      ? tr("the files changed in %1 (%2)").arg(m_changes.repository, range)
                      : tr("%n file(s) changed in %1 (%2)", nullptr, int(m_changes.paths.size()))
                            .arg(m_changes.repository, range));
    }
    return parts.isEmpty() ? QString()
                           : tr("Also purged: %1, mapped for each source with its own map setting.")
                                 .arg(parts.join(QLatin1String("; ")));
}

void ComposerPanel::updateButtons()
{
    const bool all = m_match->currentData().toString() == matchName(MatchKind::All);
    m_options->setMatch(matchFromName(m_match->currentData().toString()).value_or(MatchKind::Exact));
    const bool haveSources = !chosenSources().isEmpty() && m_match->count() > 0;
    const bool extras = !m_fromFile.isEmpty() || m_changes.isSet();
    const QStringList targets = m_targets->targets();
    const bool ready = haveSources && (all || !targets.isEmpty() || extras);
    m_purgeButton->setEnabled(ready);
    m_previewButton->setEnabled(ready);
    m_presetButton->setEnabled(ready);
    m_entry->setEnabled(!all);
    m_list->setEnabled(!all);
    m_gitButton->setEnabled(!all);
    m_purgeButton->setText(all                               ? tr("Purge &everything…")
                           : m_invalidateAction->isChecked() ? tr("Invalidate")
                                                             : tr("Purge"));
    m_purgeButton->setAccessibleName(m_purgeButton->text().remove(QLatin1Char('&')));
    QString counts =
        all ? tr("Everything the chosen sources cache") : tr("%n target(s)", nullptr, int(targets.size()));
    if (!all && m_targets->unmappedCount() > 0)
        counts += tr(", %n file(s) not mapped", nullptr, m_targets->unmappedCount());
    if (!all && m_targets->partlyMappedCount() > 0)
        counts += tr(", %n file(s) not mapped for every source", nullptr, m_targets->partlyMappedCount());
    QString countsText = counts.toHtmlEscaped();
    QString countsTip;
    if (!all && m_targets->problemCount() > 0) {
        // Said where the lines are, in the error's red; each marked line's tooltip has its reason.
        countsText +=
            QStringLiteral("<span style=\"color:#c0392b; font-weight:bold\">%1</span>")
                .arg(tr(", %n cannot be sent (marked; see its tooltip)", nullptr, m_targets->problemCount())
                         .toHtmlEscaped());
        const QModelIndex first = m_targets->index(m_targets->firstProblemRow());
        countsTip = tr("First: %1").arg(first.data(TargetListModel::ProblemRole).toString());
    }
    m_counts->setText(countsText);
    m_counts->setToolTip(countsTip);
    QString extrasLine = extrasText();
    if (!m_targets->mappingProblems().isEmpty())
        extrasLine = (extrasLine.isEmpty() ? QString() : extrasLine + QLatin1Char('\n')) +
                     m_targets->mappingProblems().join(QLatin1Char('\n'));
    m_extras->setText(extrasLine);
    m_extras->setVisible(!extrasLine.isEmpty());
    m_dropExtras->setVisible(!extrasText().isEmpty());
}

PurgeOptions ComposerPanel::options() const
{
    PurgeOptions options;
    options.sources = chosenSources();
    options.action = m_invalidateAction->isChecked() ? PurgeAction::Invalidate : PurgeAction::Purge;
    options.match = matchFromName(m_match->currentData().toString()).value_or(MatchKind::Exact);
    if (options.match != MatchKind::All) {
        options.targets = m_targets->typedTargets();
        options.localFiles = m_targets->localFiles();
        options.fromFile = m_fromFile;
        options.changes = m_changes;
    }
    options.options = m_options->values();
    options.verify = m_verify->currentData().toString();
    options.layered = m_layered->isChecked() && options.sources.size() >= 2;
    options.reason = m_reason->text().trimmed();
    return options;
}

void ComposerPanel::loadOptions(const PurgeOptions &options)
{
    showError({});
    if (options.layered)
        orderSources(options.sources);
    m_layered->setChecked(options.layered);
    setChosenSources(options.sources);
    QStringList missing;
    for (const QString &name : options.sources)
        if (!chosenSources().contains(name))
            missing << name;
    m_fromFile = options.fromFile;
    m_changes = options.changes;
    m_options->setValues(options.options);
    m_reason->setText(options.reason);
    m_verify->setCurrentIndex(qMax(
        0,
        m_verify->findData(options.verify == QLatin1String("on") ? QStringLiteral("head") : options.verify)));
    if (options.action == PurgeAction::Invalidate && m_invalidateAction->isEnabled())
        m_invalidateAction->setChecked(true);
    else
        m_purgeAction->setChecked(true);
    const int match = m_match->findData(matchName(options.match));
    if (match >= 0)
        m_match->setCurrentIndex(match);
    m_targets->clear();
    m_targets->addTargets(options.targets);
    m_targets->addLocalPaths(options.localFiles);
    QStringList problems;
    if (!missing.isEmpty())
        problems << tr("No source named %1.").arg(missing.join(QLatin1String(", ")));
    if (match < 0)
        problems << tr("The chosen sources do not support matching %1.").arg(matchLabel(options.match));
    if (options.action == PurgeAction::Invalidate && !m_invalidateAction->isChecked())
        problems << tr("The chosen sources cannot invalidate; Purge is selected instead.");
    showError(problems.join(QLatin1Char(' ')));
    updateButtons();
}

void ComposerPanel::addTargets(const QStringList &targets)
{
    const int added = m_targets->addTargets(targets);
    showStatus(tr("Added %n target(s).", nullptr, added));
}

void ComposerPanel::clearTargets()
{
    m_targets->clear();
    m_entry->clear();
}

void ComposerPanel::preview()
{
    showError({});
    const PurgeOptions options = this->options();
    const PurgeService::Plan plan = m_service.plan(options);
    if (!plan.ok()) {
        showError(plan.error);
        return;
    }
    QStringList requests;
    for (const PurgeService::PreviewItem &item : m_service.preview(plan))
        requests << item.text();
    // Per source: what it is not sent because its mapping does not cover it (what it is sent,
    // and what that costs, is the engine's estimate below).
    QStringList perSource;
    for (const ResolvedSource &source : plan.resolved.sources)
        if (!source.unmapped.isEmpty())
            perSource << tr("%1: not sent %n file(s) it does not map (%2)", nullptr,
                            int(source.unmapped.size()))
                             .arg(source.source.name, source.unmapped.constFirst().path);
    for (const AlreadyQueued &item : plan.alreadyQueued)
        perSource << item.text();
    const QString summary =
        options.match == MatchKind::All
            ? tr("%n transaction(s) will purge everything cached by %1.", nullptr, int(requests.size()))
                  .arg(options.sources.join(QLatin1String(", ")))
            : tr("%n transaction(s) to %1 for %2, each one call within the provider's limits.", nullptr,
                 int(requests.size()))
                  .arg(options.sources.join(QLatin1String(", ")),
                       tr("%n target(s)", nullptr, plan.resolved.targetCount()));
    perSource.prepend(summary);
    auto *dialog =
        new PreviewDialog(requests, perSource.join(QLatin1Char('\n')), PlanEstimate::of(plan).lines(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ComposerPanel::purge()
{
    if (!m_purgeButton->isEnabled())
        return;
    showError({});
    const PurgeOptions options = this->options();
    if (options.match == MatchKind::All) {
        const QString names = options.sources.join(QLatin1String(", "));
        const QString text =
            tr("Purge everything cached by %1?\n\nEvery cached object will be fetched from the "
               "origin again; this cannot be undone.")
                .arg(names);
        if (!m_confirm(this, tr("Purge everything"), text)) {
            showStatus(tr("Nothing was purged."));
            return;
        }
    }
    const PurgeService::Submitted result = m_service.submit(options, QStringLiteral("gui"));
    if (!result.error.isEmpty()) {
        showError(tr("Nothing was queued: %1").arg(result.error));
        return;
    }
    // Emptied first: the status below is about this purge, and a change to the list clears it.
    m_targets->clear();
    m_entry->clear();
    m_changes = {};
    m_fromFile.clear();
    // What queued work already covers is said in the engine's words, as the command line says it.
    QStringList status;
    for (const AlreadyQueued &item : result.alreadyQueued)
        status << item.text();
    status.prepend(result.whollyFolded()
                       ? tr("Nothing queued: queued work already covers all of it.")
                       : tr("Request %1 queued: %n transaction(s)", nullptr, int(result.transactions.size()))
                             .arg(result.requestId));
    showStatus(status.join(QLatin1Char('\n')));
    updateButtons();
    updateNextStep();
    if (!result.whollyFolded())
        emit submitted(result.requestId, result.transactions);
}

void ComposerPanel::savePreset()
{
    showError({});
    const PurgeOptions options = this->options();
    if (options.sources.isEmpty()) {
        showError(tr("Choose at least one source."));
        return;
    }
    const QString name = m_askText(this, tr("Save as preset"), tr("Preset name:")).trimmed();
    if (name.isEmpty())
        return;
    if (m_service.presets().find(name) &&
        !m_confirm(this, tr("Replace preset"), tr("A preset named %1 exists. Replace it?").arg(name)))
        return;
    if (const QString error = m_service.presets().save(name, options.toJson()); !error.isEmpty()) {
        showError(tr("Could not save the preset: %1").arg(error));
        return;
    }
    showStatus(tr("Saved preset %1.").arg(name));
    emit presetSaved(name);
}

namespace {
const QString kLastChangeQueryKey = QStringLiteral("git-dialog/last-query");
} // namespace

void ComposerPanel::openGitChanges()
{
    if (m_gitDialog) {
        m_gitDialog->raise();
        m_gitDialog->activateWindow();
        return;
    }
    m_gitDialog = new GitChangesDialog(chosenConfigs(), this);
    m_gitDialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_changes.isSet()) {
        m_gitDialog->setQuery(m_changes);
    } else if (const QString remembered = m_service.profileValues().value(kLastChangeQueryKey);
               !remembered.isEmpty()) {
        // Where the user left it last time in this profile: the same repository, range, filters
        // and map, so a deploy's second look is one click.
        m_gitDialog->setQuery(ChangeQuery::fromJson(QJsonDocument::fromJson(remembered.toUtf8()).object()));
    }
    connect(m_gitDialog, &QDialog::finished, this, [this] {
        if (!m_gitDialog)
            return;
        ChangeQuery fields = m_gitDialog->query();
        fields.paths.clear(); // the picked files belong to that one purge
        m_service.profileValues().setValue(
            kLastChangeQueryKey,
            QString::fromUtf8(QJsonDocument(fields.toJson()).toJson(QJsonDocument::Compact)));
    });
    connect(m_gitDialog, &QDialog::accepted, this, [this] {
        if (!m_gitDialog)
            return;
        // The picked files, not URLs: the engine maps them for each source with its own rules.
        m_changes = m_gitDialog->pickedQuery();
        showStatus(tr("Added %n changed file(s).", nullptr, int(m_changes.paths.size())));
        updateButtons();
    });
    m_gitDialog->open();
}

void ComposerPanel::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        showStatus({});
}

void ComposerPanel::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    if (text.isEmpty())
        m_statusExpiry->stop();
    else
        m_statusExpiry->start();
}

void ComposerPanel::forgetStaleMessages()
{
    showStatus({});
    showError({});
}

void ComposerPanel::recheckTargets()
{
    m_targets->recheckTargets();
}

QString ComposerPanel::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString ComposerPanel::statusText() const
{
    return m_status->text();
}
