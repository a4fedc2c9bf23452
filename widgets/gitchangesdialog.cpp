#include "gitchangesdialog.h"
#include "readingorder.h"

#include "changes/sourcemapping.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int kUrlsRole = Qt::UserRole + 1;
constexpr int kPathsRole = Qt::UserRole + 2;
enum Column { FileColumn, StatusColumn, UrlColumn };

QStringList words(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[;\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

QString statusLabel(ChangedFile::Status status)
{
    switch (status) {
    case ChangedFile::Status::Added:
        return GitChangesDialog::tr("added");
    case ChangedFile::Status::Modified:
        return GitChangesDialog::tr("modified");
    case ChangedFile::Status::Deleted:
        return GitChangesDialog::tr("deleted");
    case ChangedFile::Status::Renamed:
        return GitChangesDialog::tr("renamed");
    }
    return {};
}

} // namespace

GitChangesDialog::GitChangesDialog(const QList<SourceConfig> &sources, QWidget *parent)
    : QDialog(parent), m_sources(sources), m_repository(new QLineEdit(this)),
      m_useLog(new QRadioButton(tr("Last two deploys in a &revisions.log:"), this)),
      m_useRevisions(new QRadioButton(tr("Two re&visions:"), this)), m_revisionsLog(new QLineEdit(this)),
      m_from(new QLineEdit(QStringLiteral("HEAD~1"), this)),
      m_to(new QLineEdit(QStringLiteral("HEAD"), this)), m_only(new QComboBox(this)),
      m_includes(new QLineEdit(this)), m_excludes(new QLineEdit(this)), m_maps(new QLineEdit(this)),
      m_summary(new QLabel(this)), m_files(new QTreeWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add changed files from git"));
    setObjectName(QStringLiteral("gitChangesDialog"));

    m_repository->setObjectName(QStringLiteral("gitRepository"));
    m_repository->setAccessibleName(tr("Repository folder"));
    m_repository->setPlaceholderText(tr("A work tree, a bare repository or a Capistrano deploy folder"));
    auto *browseRepo = new QToolButton(this);
    browseRepo->setText(tr("…"));
    browseRepo->setAccessibleName(tr("Choose the repository folder"));
    connect(browseRepo, &QToolButton::clicked, this, &GitChangesDialog::browseRepository);
    auto *repoRow = new QHBoxLayout;
    repoRow->addWidget(m_repository, 1);
    repoRow->addWidget(browseRepo);

    m_useLog->setObjectName(QStringLiteral("gitUseLog"));
    m_useRevisions->setObjectName(QStringLiteral("gitUseRevisions"));
    m_useRevisions->setChecked(true);
    // One group: Tab enters the range at the chosen kind, the arrow keys change it.
    auto *rangeKinds = new QButtonGroup(this);
    rangeKinds->addButton(m_useLog);
    rangeKinds->addButton(m_useRevisions);
    m_revisionsLog->setObjectName(QStringLiteral("gitRevisionsLog"));
    m_revisionsLog->setAccessibleName(tr("revisions.log file"));
    auto *browseLog = new QToolButton(this);
    browseLog->setText(tr("…"));
    browseLog->setAccessibleName(tr("Choose the revisions.log file"));
    connect(browseLog, &QToolButton::clicked, this, &GitChangesDialog::browseRevisionsLog);
    m_from->setObjectName(QStringLiteral("gitFrom"));
    m_from->setAccessibleName(tr("From revision"));
    m_to->setObjectName(QStringLiteral("gitTo"));
    m_to->setAccessibleName(tr("To revision"));
    connect(m_useLog, &QRadioButton::toggled, this, &GitChangesDialog::updateRangeFields);
    auto *range = new QGridLayout;
    range->addWidget(m_useLog, 0, 0);
    range->addWidget(m_revisionsLog, 0, 1, 1, 3);
    range->addWidget(browseLog, 0, 4);
    range->addWidget(m_useRevisions, 1, 0);
    range->addWidget(m_from, 1, 1);
    range->addWidget(new QLabel(tr("to"), this), 1, 2);
    range->addWidget(m_to, 1, 3, 1, 2);

    m_only->setObjectName(QStringLiteral("gitOnly"));
    m_only->setAccessibleName(tr("Which files"));
    m_only->addItem(tr("Images only"), QStringLiteral("images"));
    m_only->addItem(tr("All files"), QStringLiteral("all"));
    m_includes->setObjectName(QStringLiteral("gitIncludes"));
    m_includes->setPlaceholderText(tr("Only paths matching these globs, e.g. public/**"));
    m_excludes->setObjectName(QStringLiteral("gitExcludes"));
    m_excludes->setPlaceholderText(tr("Leave out paths matching these globs, e.g. **/*.psd"));
    m_maps->setObjectName(QStringLiteral("gitMaps"));
    m_maps->setPlaceholderText(
        tr("Empty: each source's own map setting. Or one for all: public=https://www.example.com"));
    m_maps->setToolTip(
        tr("PATH_PREFIX=URL_PREFIX rules for repository paths, separated by spaces, used for every "
           "chosen source instead of their own map settings"));

    auto *form = new QFormLayout;
    // addRow(text, layout) makes a label without a buddy, which would show the & literally.
    auto *repoLabel = new QLabel(tr("Re&pository:"), this);
    repoLabel->setBuddy(m_repository);
    form->addRow(repoLabel, repoRow);
    form->addRow(range);
    form->addRow(tr("&Files:"), m_only);
    form->addRow(tr("&Include:"), m_includes);
    form->addRow(tr("E&xclude:"), m_excludes);
    form->addRow(tr("&Map:"), m_maps);

    auto *show = new QPushButton(tr("&Show changes"), this);
    show->setObjectName(QStringLiteral("gitShowChanges"));
    show->setDefault(true);
    connect(show, &QPushButton::clicked, this, &GitChangesDialog::showChanges);
    auto *checkAll = new QToolButton(this);
    checkAll->setText(tr("Check all"));
    connect(checkAll, &QToolButton::clicked, this, [this] { setAllChecked(true); });
    auto *checkNone = new QToolButton(this);
    checkNone->setText(tr("Check none"));
    connect(checkNone, &QToolButton::clicked, this, [this] { setAllChecked(false); });
    auto *showRow = new QHBoxLayout;
    showRow->addWidget(show);
    showRow->addWidget(m_summary, 1);
    showRow->addWidget(checkAll);
    showRow->addWidget(checkNone);
    m_summary->setObjectName(QStringLiteral("gitSummary"));
    m_summary->setWordWrap(true);

    m_files->setObjectName(QStringLiteral("gitFiles"));
    m_files->setAccessibleName(tr("Changed files"));
    m_files->setRootIsDecorated(false);
    m_files->setUniformRowHeights(true);
    m_files->setHeaderLabels({tr("File"), tr("Status"), tr("URL or reason")});
    m_files->header()->setSectionResizeMode(FileColumn, QHeaderView::Interactive);
    m_files->header()->setStretchLastSection(true);
    m_files->setColumnWidth(FileColumn, 280);
    m_files->setColumnWidth(StatusColumn, 80);
    connect(m_files, &QTreeWidget::itemChanged, this, &GitChangesDialog::updateAcceptButton);

    QPushButton *add = m_buttons->addButton(tr("&Add URLs"), QDialogButtonBox::AcceptRole);
    add->setObjectName(QStringLiteral("gitAddButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The list follows the fields: a moment after the range or a filter stops changing, the
    // changes are read again (only once the range is whole, so a half-typed revision does not
    // flash an error).
    m_refresh = new QTimer(this);
    m_refresh->setObjectName(QStringLiteral("gitRefresh"));
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(600);
    connect(m_refresh, &QTimer::timeout, this, [this] {
        if (rangeComplete())
            showChanges();
    });
    const auto refreshSoon = [this] { m_refresh->start(); };
    for (QLineEdit *field : {m_repository, m_revisionsLog, m_from, m_to, m_includes, m_excludes, m_maps})
        connect(field, &QLineEdit::textEdited, this, refreshSoon);
    connect(m_useLog, &QRadioButton::toggled, this, refreshSoon);
    connect(m_only, &QComboBox::currentIndexChanged, this, refreshSoon);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(showRow);
    layout->addWidget(m_files, 1);
    layout->addWidget(m_buttons);
    ReadingOrder::keep(this);
    updateRangeFields();
    updateAcceptButton();
    resize(820, 560);
}

void GitChangesDialog::setQuery(const ChangeQuery &query)
{
    m_repository->setText(QDir::toNativeSeparators(query.repository));
    m_revisionsLog->setText(QDir::toNativeSeparators(query.revisionsLog));
    if (!query.from.isEmpty())
        m_from->setText(query.from);
    if (!query.to.isEmpty())
        m_to->setText(query.to);
    (query.revisionsLog.isEmpty() ? m_useRevisions : m_useLog)->setChecked(true);
    m_only->setCurrentIndex(qMax(0, m_only->findData(query.only)));
    m_includes->setText(query.includes.join(QLatin1Char(' ')));
    m_excludes->setText(query.excludes.join(QLatin1Char(' ')));
    if (!query.maps.isEmpty())
        m_maps->setText(query.maps.join(QLatin1Char(' ')));
    m_refresh->start(); // a remembered range shows its changes without another click
}

bool GitChangesDialog::rangeComplete() const
{
    const ChangeQuery asked = query();
    if (asked.repository.isEmpty())
        return false;
    return m_useLog->isChecked() ? !asked.revisionsLog.isEmpty()
                                 : !asked.from.isEmpty() && !asked.to.isEmpty();
}

ChangeQuery GitChangesDialog::query() const
{
    ChangeQuery query;
    query.repository = QDir::fromNativeSeparators(m_repository->text().trimmed());
    if (m_useLog->isChecked()) {
        query.revisionsLog = QDir::fromNativeSeparators(m_revisionsLog->text().trimmed());
    } else {
        query.from = m_from->text().trimmed();
        query.to = m_to->text().trimmed();
    }
    query.only = m_only->currentData().toString();
    query.includes = words(m_includes->text());
    query.excludes = words(m_excludes->text());
    query.maps = words(m_maps->text());
    return query;
}

void GitChangesDialog::browseRepository()
{
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Repository folder"), m_repository->text());
    if (dir.isEmpty())
        return;
    m_repository->setText(QDir::toNativeSeparators(dir));
    // A Capistrano deploy folder carries its revisions.log: offer it.
    const QString log = QDir(dir).filePath(QStringLiteral("revisions.log"));
    if (m_revisionsLog->text().isEmpty() && QFileInfo::exists(log)) {
        m_revisionsLog->setText(QDir::toNativeSeparators(log));
        m_useLog->setChecked(true);
    }
}

void GitChangesDialog::browseRevisionsLog()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("revisions.log"), m_repository->text(),
                                     tr("Capistrano revisions log (revisions.log);;All files (*)"));
    if (file.isEmpty())
        return;
    m_revisionsLog->setText(QDir::toNativeSeparators(file));
    m_useLog->setChecked(true);
}

void GitChangesDialog::updateRangeFields()
{
    const bool log = m_useLog->isChecked();
    m_revisionsLog->setEnabled(log);
    m_from->setEnabled(!log);
    m_to->setEnabled(!log);
}

bool GitChangesDialog::showChanges()
{
    m_refresh->stop(); // read now: a pending refresh would only read the same again
    ChangeSelection selection(query());
    QString error;
    m_report = {};
    if (!selection.load(&error)) {
        m_files->clear();
        m_summary->setText(error);
        m_summary->setProperty("error", true);
        m_summary->setStyleSheet(QStringLiteral("color: #c0392b;"));
        updateAcceptButton();
        return false;
    }
    m_reports.clear();
    const ChangeQuery asked = query();
    if (!asked.maps.isEmpty() || m_sources.isEmpty()) {
        m_reports.append({QString(), selection.report()});
    } else {
        for (const SourceConfig &source : std::as_const(m_sources))
            m_reports.append({source.name, selection.report(SourceMapping::of(source).repositoryMapper(
                                               asked.repository))});
    }
    m_report = m_reports.constFirst().second;
    for (const auto &[name, report] : std::as_const(m_reports))
        m_report.mapped = m_report.mapped || report.mapped;
    m_summary->setProperty("error", false);
    m_summary->setStyleSheet({});
    fillTree();
    const QString range = m_report.fromRelease.isEmpty()
                              ? tr("%1..%2").arg(m_report.fromRevision, m_report.toRevision)
                              : tr("releases %1..%2").arg(m_report.fromRelease, m_report.toRelease);
    QString summary = tr("%1: %n changed file(s)", nullptr, int(m_report.entries.size())).arg(range) +
                      tr(", %n selected", nullptr, int(m_report.selected().size()));
    if (!m_report.mapped)
        summary += tr("; no path mapping, so no URLs");
    if (!m_report.warnings.isEmpty())
        summary += QLatin1Char('\n') + m_report.warnings.join(QLatin1Char('\n'));
    m_summary->setText(summary);
    return true;
}

void GitChangesDialog::fillTree()
{
    const QSignalBlocker blocker(m_files);
    m_files->clear();
    const QColor grey = QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
    const bool perSource = m_reports.size() > 1;
    QList<QTreeWidgetItem *> items;
    for (qsizetype row = 0; row < m_report.entries.size(); ++row) {
        const ChangeEntry &entry = m_report.entries.at(row);
        auto *item = new QTreeWidgetItem;
        const ChangedFile &file = entry.file;
        item->setText(FileColumn, file.status == ChangedFile::Status::Renamed
                                      ? tr("%1 → %2").arg(file.oldPath, file.path)
                                      : file.path);
        item->setToolTip(FileColumn, item->text(FileColumn));
        item->setText(StatusColumn, statusLabel(file.status));
        QStringList urls;
        QStringList lines;
        for (const auto &[name, report] : std::as_const(m_reports)) {
            const ChangeEntry &view = report.entries.at(row);
            urls += view.urls;
            if (perSource)
                lines << (view.urls.isEmpty() ? tr("%1: not mapped").arg(name)
                                              : tr("%1: %2").arg(name, view.urls.join(QLatin1String("  "))));
        }
        urls.removeDuplicates();
        item->setData(FileColumn, kUrlsRole, urls);
        item->setData(FileColumn, kPathsRole, QStringList{file.path, file.oldPath});
        const bool usable = entry.selected() && !urls.isEmpty();
        QString detail;
        if (usable)
            detail = perSource ? lines.join(QLatin1String("; ")) : urls.join(QLatin1String("  "));
        else if (!entry.selected())
            detail = entry.reason;
        else if (m_report.mapped)
            detail = tr("no mapping rule covers this path");
        else
            detail = tr("no path mapping: fill in Map or set the sources' map setting");
        item->setText(UrlColumn, detail);
        item->setToolTip(UrlColumn,
                         usable ? (perSource ? lines.join(QLatin1Char('\n')) : urls.join(QLatin1Char('\n')))
                                : detail);
        if (usable) {
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(FileColumn, Qt::Checked);
        } else {
            // Shown, so nothing disappears unexplained, but it cannot be added.
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            for (int column = 0; column < m_files->columnCount(); ++column)
                item->setForeground(column, grey);
        }
        items << item;
    }
    m_files->addTopLevelItems(items);
    updateAcceptButton();
}

void GitChangesDialog::setAllChecked(bool checked)
{
    {
        const QSignalBlocker blocker(m_files);
        for (int row = 0; row < m_files->topLevelItemCount(); ++row) {
            QTreeWidgetItem *item = m_files->topLevelItem(row);
            if (item->flags().testFlag(Qt::ItemIsUserCheckable))
                item->setCheckState(FileColumn, checked ? Qt::Checked : Qt::Unchecked);
        }
    }
    updateAcceptButton();
}

QStringList GitChangesDialog::checkedUrls() const
{
    QStringList urls;
    QSet<QString> seen;
    for (int row = 0; row < m_files->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_files->topLevelItem(row);
        if (!item->flags().testFlag(Qt::ItemIsUserCheckable) || item->checkState(FileColumn) != Qt::Checked)
            continue;
        for (const QString &url : item->data(FileColumn, kUrlsRole).toStringList())
            if (!seen.contains(url)) {
                seen.insert(url);
                urls << url;
            }
    }
    return urls;
}

ChangeQuery GitChangesDialog::pickedQuery() const
{
    ChangeQuery picked = query();
    for (int row = 0; row < m_files->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_files->topLevelItem(row);
        if (item->flags().testFlag(Qt::ItemIsUserCheckable) && item->checkState(FileColumn) == Qt::Checked)
            for (const QString &path : item->data(FileColumn, kPathsRole).toStringList())
                if (!path.isEmpty())
                    picked.paths << path;
    }
    picked.paths.removeDuplicates();
    return picked;
}

void GitChangesDialog::updateAcceptButton()
{
    const int count = int(checkedUrls().size());
    QPushButton *add = findChild<QPushButton *>(QStringLiteral("gitAddButton"));
    if (!add)
        return;
    add->setText(tr("&Add %n URL(s)", nullptr, count));
    add->setEnabled(count > 0);
}

QString GitChangesDialog::errorText() const
{
    return m_summary->property("error").toBool() ? m_summary->text() : QString();
}
