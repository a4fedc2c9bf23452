#include "settingsfileimporter.h"

#include "providers/provider.h"
#include "settingsform.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>

namespace {
// A file larger than this is not a settings file (an .edgerc is a few hundred bytes); reading
// it whole would only hang the dialog on a wrong pick such as a disk image.
constexpr qint64 kMaxFileBytes = 1024 * 1024;
} // namespace

SettingsFileImporter::SettingsFileImporter(QWidget *parent)
    : QWidget(parent), m_choose(new QPushButton(this)), m_sectionLabel(new QLabel(tr("Sect&ion:"), this)),
      m_section(new QComboBox(this)), m_status(new QLabel(this)),
      m_error(SettingsForm::createErrorLabel(tr("Settings file: error"), this))
{
    m_choose->setObjectName(QStringLiteral("importSettingsFile"));
    m_section->setObjectName(QStringLiteral("settingsFileSection"));
    m_section->setAccessibleName(tr("Section of the settings file"));
    m_sectionLabel->setBuddy(m_section);
    m_status->setObjectName(QStringLiteral("settingsFileStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_error->setObjectName(QStringLiteral("settingsFileError"));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(2);
    grid->addWidget(m_choose, 0, 0);
    grid->addWidget(m_sectionLabel, 0, 1, Qt::AlignRight);
    grid->addWidget(m_section, 0, 2);
    grid->addWidget(m_status, 1, 0, 1, 3);
    grid->addWidget(m_error, 2, 0, 1, 3);
    grid->setColumnStretch(2, 1);
    // Until a file is open there is nothing to choose from.
    m_sectionLabel->hide();
    m_section->hide();
    m_status->hide();

    connect(m_choose, &QPushButton::clicked, this, &SettingsFileImporter::chooseFile);
    // Filling the list is done with signals blocked, so this is always the user's pick.
    connect(m_section, &QComboBox::currentIndexChanged, this,
            [this](int index) { importSection(m_section->itemText(index)); });
}

void SettingsFileImporter::setProvider(const Provider *provider)
{
    if (provider == m_provider)
        return;
    m_provider = provider;
    m_path.clear();
    m_section->clear();
    for (QWidget *widget : {static_cast<QWidget *>(m_sectionLabel), static_cast<QWidget *>(m_section),
                            static_cast<QWidget *>(m_status), static_cast<QWidget *>(m_error)})
        widget->hide();
    if (isAvailable()) {
        const SettingsFileSpec &file = m_provider->info().settingsFile;
        m_choose->setText(tr("Import %1…").arg(file.label));
        m_choose->setToolTip(file.help);
    }
}

bool SettingsFileImporter::isAvailable() const
{
    return m_provider && !m_provider->info().settingsFile.option.isEmpty();
}

QString SettingsFileImporter::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString SettingsFileImporter::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void SettingsFileImporter::chooseFile()
{
    if (!isAvailable())
        return;
    auto *chooser = new QFileDialog(this, tr("Import %1").arg(m_provider->info().settingsFile.label),
                                    m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).absolutePath());
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setFileMode(QFileDialog::ExistingFile);
    // The files API tools keep credentials in are usually hidden ones in the home folder.
    chooser->setFilter(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    connect(chooser, &QFileDialog::fileSelected, this, &SettingsFileImporter::openFile);
    chooser->open();
}

bool SettingsFileImporter::readFile(QString *text)
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString()));
        return false;
    }
    if (file.size() > kMaxFileBytes) {
        showError(tr("%1 is %2 bytes, too large for a settings file")
                      .arg(QDir::toNativeSeparators(m_path))
                      .arg(file.size()));
        return false;
    }
    *text = QString::fromUtf8(file.readAll());
    return true;
}

void SettingsFileImporter::openFile(const QString &path)
{
    if (!isAvailable())
        return;
    m_path = path;
    {
        const QSignalBlocker blocker(m_section);
        m_section->clear();
    }
    m_sectionLabel->hide();
    m_section->hide();
    m_status->hide();
    QString text;
    if (!readFile(&text))
        return;
    QStringList sections;
    QString error;
    const bool read = m_provider->settingsFileSections(text, &sections, &error);
    if (!read) {
        showError(tr("%1: %2").arg(QDir::toNativeSeparators(m_path), error));
        return;
    }
    if (sections.isEmpty()) {
        showError(tr("%1 has no sections to import").arg(QDir::toNativeSeparators(m_path)));
        return;
    }
    {
        const QSignalBlocker blocker(m_section);
        m_section->addItems(sections);
        const int preferred = int(sections.indexOf(m_provider->info().settingsFile.defaultSection));
        m_section->setCurrentIndex(qMax(0, preferred));
    }
    m_sectionLabel->show();
    m_section->show();
    importSection(m_section->currentText());
}

void SettingsFileImporter::importSection(const QString &section)
{
    if (!isAvailable() || m_path.isEmpty())
        return;
    m_status->hide();
    QString text;
    if (!readFile(&text))
        return;
    QMap<QString, QString> settings;
    QString secret;
    QString error;
    const bool ok = m_provider->importSettings(text, section, &settings, &secret, &error);
    if (!ok) {
        // The provider's message names the line and what is wrong, never a value.
        showError(tr("%1, section “%2”: %3").arg(QDir::toNativeSeparators(m_path), section, error));
        return;
    }
    m_error->hide();
    QStringList filled;
    for (const SettingSpec &spec : m_provider->info().settings)
        if (settings.contains(spec.key))
            filled << spec.label;
    if (!secret.isEmpty())
        filled << m_provider->info().secretLabel;
    // The file's name is enough next to the button that just picked it; the path is the tool tip.
    m_status->setText(tr("Filled in from %1, section “%2”: %3")
                          .arg(QFileInfo(m_path).fileName(), section, filled.join(QLatin1String(", "))));
    m_status->setToolTip(QDir::toNativeSeparators(QFileInfo(m_path).absoluteFilePath()));
    m_status->show();
    emit imported(settings, secret);
}

void SettingsFileImporter::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}
