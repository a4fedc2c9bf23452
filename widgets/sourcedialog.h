#pragma once

#include "core/sourceconfig.h"

#include <QDialog>
#include <optional>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QTabWidget;
class Provider;
class SecretStore;
class SessionSecretStore;
class SettingsFileImporter;
class SettingsForm;
class SourceStore;

// Adds or edits a source. The form comes from what the provider declares (ProviderInfo and
// its SettingSpecs), so a new provider needs no dialog code; it is checked with the command
// line's rules (SourceValidator) plus the provider's own. The secret goes to the keychain (or
// stays an environment variable reference); in edit mode it is never read into the dialog,
// only whether it is there, and an empty password field keeps it.
class SourceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceDialog)
public:
    // secrets: the store the queue reads; when it is a SessionSecretStore the dialog can keep a
    // secret for this session only if the keychain is unavailable.
    SourceDialog(SourceStore &sources, SecretStore &secrets, QWidget *parent = nullptr);
    SourceDialog(SourceStore &sources, SecretStore &secrets, const SourceConfig &existing,
                 QWidget *parent = nullptr);

    bool isEditing() const { return m_existing.has_value(); }
    qint64 savedSourceId() const { return m_savedId; }
    void setType(const QString &type);

    enum class SecretChoice { Keychain, Environment, Session, None };
    SecretChoice secretChoice() const;

public slots:
    // Ignored while the keychain is being written, so a secret is never stored for a source
    // the user thinks was cancelled.
    void reject() override;
    // Validates, stores the secret, then the source; closes with accept() when all is saved.
    void save();

signals:
    void sourceSaved(qint64 id);

private:
    void build();
    void typeChanged();
    void updateSecretWidgets();
    void applyImported(const QMap<QString, QString> &settings, const QString &secret);
    void checkStoredSecret();
    std::optional<SourceConfig> validatedDraft();
    void showFieldError(const QString &message);
    void storeSecretThenCommit(const SourceConfig &draft, const QString &secret);
    void commit(SourceConfig draft, bool wroteSecret);
    void keychainFailed(const QString &error, bool unavailable);
    void setBusy(bool busy, const QString &message = {});
    void showMessage(const QString &message, bool error);
    const Provider *provider() const;

    SourceStore &m_sources;
    SecretStore &m_secrets;
    SessionSecretStore *m_session; // m_secrets when it is one, else null
    std::optional<SourceConfig> m_existing;
    QString m_secretKey;
    QString m_shownType; // the type the form was last built for
    qint64 m_savedId = 0;
    bool m_keychainUnavailable = false;
    bool m_busy = false;
    quint64 m_writeGeneration = 0;       // a keychain answer after the time limit is ignored
    std::optional<bool> m_storedPresent; // edit mode: whether the keychain entry is there

    QTabWidget *m_tabs = nullptr;
    QFormLayout *m_generalLayout = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameError = nullptr;
    QComboBox *m_type = nullptr;
    QWidget *m_endpointRow = nullptr;
    QLineEdit *m_endpoint = nullptr;
    QPlainTextEdit *m_endpoints = nullptr;
    QLabel *m_endpointError = nullptr;
    SettingsFileImporter *m_importer = nullptr;
    QLabel *m_credentialsHelp = nullptr;
    SettingsForm *m_settings = nullptr;
    SettingsForm *m_advanced = nullptr;
    SettingsForm *m_verification = nullptr; // verify, verify_base, ...: for providers that can be verified
    QWidget *m_secretBox = nullptr;
    QLabel *m_secretStatus = nullptr;
    QButtonGroup *m_secretGroup = nullptr;
    QRadioButton *m_useKeychain = nullptr;
    QRadioButton *m_useSession = nullptr;
    QRadioButton *m_useEnvironment = nullptr;
    QRadioButton *m_useNone = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_variable = nullptr;
    QLabel *m_variableState = nullptr;
    QLabel *m_secretError = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
