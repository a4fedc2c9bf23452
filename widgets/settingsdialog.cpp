#include "settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

QSpinBox *spinBox(AppSettings::Range range, const QString &suffix, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(range.minimum, range.maximum);
    box->setSuffix(suffix);
    return box;
}

} // namespace

SettingsDialog::SettingsDialog(const AppSettings::Preferences &current, QWidget *parent)
    : QDialog(parent), m_applied(current), m_initialLanguage(current.language)
{
    setWindowTitle(tr("Settings"));

    auto *personGroup = new QGroupBox(tr("You"), this);
    auto *personForm = new QFormLayout(personGroup);
    m_name = new QLineEdit(personGroup);
    m_name->setMaxLength(100);
    m_name->setAccessibleName(tr("Your name"));
    m_name->setToolTip(tr("Recorded with every request you make and every approval you give, so that "
                          "people sharing a profile see who did what. Kept on this computer only."));
    personForm->addRow(tr("Your &name:"), m_name);

    auto *queueGroup = new QGroupBox(tr("Queue"), this);
    auto *queueForm = new QFormLayout(queueGroup);
    m_concurrency = spinBox(AppSettings::ConcurrencyRange, QString(), queueGroup);
    m_concurrency->setAccessibleName(tr("Transactions in flight"));
    m_concurrency->setToolTip(tr("How many transactions may be in flight at once, over all sources. "
                                 "Each source's own limit still applies."));
    queueForm->addRow(tr("Transactions in &flight:"), m_concurrency);
    m_retryFor = spinBox(AppSettings::RetryForRange, tr(" min", "minutes"), queueGroup);
    m_retryFor->setAccessibleName(tr("Keep retrying for, in minutes"));
    m_retryFor->setToolTip(
        tr("How long a purge that fails for a passing reason (a server error, a timeout, a "
           "network cut) is tried again before it is marked as failed. Replies that only "
           "ask to slow down never end it early."));
    queueForm->addRow(tr("&Keep retrying for:"), m_retryFor);
    m_retryAttempts = spinBox(AppSettings::RetryAttemptsRange, QString(), queueGroup);
    m_retryAttempts->setSpecialValueText(tr("No limit"));
    m_retryAttempts->setAccessibleName(tr("Most attempts"));
    m_retryAttempts->setToolTip(
        tr("An optional cap on how often a transaction is sent before it is marked as failed; "
           "replies that only ask to slow down are not counted."));
    queueForm->addRow(tr("&Most attempts:"), m_retryAttempts);
    m_backoffCap = spinBox(AppSettings::BackoffCapRange, tr(" s", "seconds"), queueGroup);
    m_backoffCap->setAccessibleName(tr("Longest wait between attempts in seconds"));
    m_backoffCap->setToolTip(tr("The wait between attempts doubles after each failure, up to this limit. "
                                "A server's Retry-After is honoured even when longer."));
    queueForm->addRow(tr("&Longest wait between attempts:"), m_backoffCap);
    m_pollInterval = spinBox(AppSettings::PollIntervalRange, tr(" s", "seconds"), queueGroup);
    m_pollInterval->setAccessibleName(tr("Status polling interval in seconds"));
    m_pollInterval->setToolTip(tr("How often a provider that works asynchronously is asked whether the purge "
                                  "is done."));
    queueForm->addRow(tr("Status &polling interval:"), m_pollInterval);

    auto *desktopGroup = new QGroupBox(tr("Desktop"), this);
    auto *desktopForm = new QFormLayout(desktopGroup);
    m_notifications = new QCheckBox(tr("Show a &notification when a purge request finishes"), desktopGroup);
    m_notifications->setAccessibleName(tr("Notifications"));
    desktopForm->addRow(m_notifications);
    m_startHidden = new QCheckBox(tr("Start &hidden in the system tray"), desktopGroup);
    m_startHidden->setAccessibleName(tr("Start hidden in the system tray"));
    desktopForm->addRow(m_startHidden);
    m_language = new QComboBox(desktopGroup);
    m_language->setAccessibleName(tr("Language"));
    // Languages are listed by their own names, untranslated, so anyone can find theirs.
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    desktopForm->addRow(tr("L&anguage:"), m_language);
    m_languageNote = new QLabel(tr("The new language is used after Purgeline restarts."), desktopGroup);
    m_languageNote->setWordWrap(true);
    m_languageNote->setVisible(false);
    desktopForm->addRow(QString(), m_languageNote);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                         QDialogButtonBox::Apply | QDialogButtonBox::RestoreDefaults,
                                     this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setPreferences(AppSettings::Preferences{}); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(personGroup);
    layout->addWidget(queueGroup);
    layout->addWidget(desktopGroup);
    layout->addStretch();
    layout->addWidget(m_buttons);

    for (QSpinBox *box : {m_concurrency, m_retryFor, m_retryAttempts, m_backoffCap, m_pollInterval})
        connect(box, &QSpinBox::valueChanged, this, &SettingsDialog::updateApplyButton);
    connect(m_name, &QLineEdit::textChanged, this, &SettingsDialog::updateApplyButton);
    for (QCheckBox *box : {m_notifications, m_startHidden})
        connect(box, &QCheckBox::toggled, this, &SettingsDialog::updateApplyButton);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateApplyButton);

    setPreferences(current);
}

AppSettings::Preferences SettingsDialog::preferences() const
{
    AppSettings::Preferences p;
    p.displayName = m_name->text().trimmed();
    p.queue.concurrency = m_concurrency->value();
    p.queue.retryForMinutes = m_retryFor->value();
    p.queue.retryAttempts = m_retryAttempts->value();
    p.queue.backoffCapSeconds = m_backoffCap->value();
    p.queue.pollIntervalSeconds = m_pollInterval->value();
    p.notifications = m_notifications->isChecked();
    p.language = m_language->currentData().toString();
    p.startHidden = m_startHidden->isChecked();
    return p;
}

void SettingsDialog::setPreferences(const AppSettings::Preferences &p)
{
    m_name->setText(p.displayName);
    m_concurrency->setValue(p.queue.concurrency);
    m_retryFor->setValue(p.queue.retryForMinutes);
    m_retryAttempts->setValue(p.queue.retryAttempts);
    m_backoffCap->setValue(p.queue.backoffCapSeconds);
    m_pollInterval->setValue(p.queue.pollIntervalSeconds);
    m_notifications->setChecked(p.notifications);
    m_startHidden->setChecked(p.startHidden);
    const int index = m_language->findData(p.language);
    m_language->setCurrentIndex(index < 0 ? 0 : index);
    updateApplyButton();
}

void SettingsDialog::setTrayAvailable(bool available)
{
    m_startHidden->setToolTip(available
                                  ? QString()
                                  : tr("No system tray was found; Purgeline starts with its window shown "
                                       "until one is available."));
}

void SettingsDialog::setDefaultName(const QString &name)
{
    m_name->setPlaceholderText(name);
}

void SettingsDialog::apply()
{
    const AppSettings::Preferences p = preferences();
    m_applied = p;
    updateApplyButton();
    emit applied(p);
}

void SettingsDialog::updateApplyButton()
{
    const AppSettings::Preferences p = preferences();
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(!(p == m_applied));
    m_languageNote->setVisible(p.language != m_initialLanguage);
}
