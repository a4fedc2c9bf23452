#pragma once

#include "appsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Edits AppSettings::Preferences. It stores nothing itself: "Apply" and "OK" emit applied()
// with the values, and the window saves them and passes them on to the queue and the tray.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)
public:
    explicit SettingsDialog(const AppSettings::Preferences &current, QWidget *parent = nullptr);

    AppSettings::Preferences preferences() const;
    void setPreferences(const AppSettings::Preferences &preferences);
    // Without a tray, "start hidden" could not be undone from the desktop; say so.
    void setTrayAvailable(bool available);
    // What requests record when "Your name" is left empty (the account's name).
    void setDefaultName(const QString &name);

    QLineEdit *nameEdit() const { return m_name; }
    QSpinBox *concurrencyBox() const { return m_concurrency; }
    QSpinBox *retryForBox() const { return m_retryFor; }
    QSpinBox *retryAttemptsBox() const { return m_retryAttempts; }
    QSpinBox *backoffCapBox() const { return m_backoffCap; }
    QSpinBox *pollIntervalBox() const { return m_pollInterval; }
    QCheckBox *notificationsBox() const { return m_notifications; }
    QComboBox *languageBox() const { return m_language; }
    QCheckBox *startHiddenBox() const { return m_startHidden; }
    QDialogButtonBox *buttonBox() const { return m_buttons; }

signals:
    void applied(const AppSettings::Preferences &preferences);

private:
    void apply();
    void updateApplyButton();

    QLineEdit *m_name;
    QSpinBox *m_concurrency;
    QSpinBox *m_retryFor;
    QSpinBox *m_retryAttempts;
    QSpinBox *m_backoffCap;
    QSpinBox *m_pollInterval;
    QCheckBox *m_notifications;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QCheckBox *m_startHidden;
    QDialogButtonBox *m_buttons;
    AppSettings::Preferences m_applied;
    QString m_initialLanguage; // the language this run started with
};
