#pragma once

#include <QMap>
#include <QString>
#include <QWidget>

class Provider;
class QComboBox;
class QLabel;
class QPushButton;

// Fills a source form from the settings file a provider declares (ProviderInfo::settingsFile,
// such as Akamai's .edgerc): a file chooser, the file's sections to pick from, and the provider's
// own reading of the chosen one (Provider::settingsFileSections, Provider::importSettings). It
// knows neither a provider nor a file format, so every provider that declares a file gets it.
// The file is read again for each section picked rather than kept: it holds a secret, which
// should not sit in the dialog for as long as it is open.
class SettingsFileImporter final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsFileImporter)
public:
    explicit SettingsFileImporter(QWidget *parent = nullptr);

    // The provider whose file is read; a provider that declares none leaves nothing to import.
    void setProvider(const Provider *provider);
    bool isAvailable() const;

    // What choosing a file does: reads it, offers its sections and imports the provider's
    // default section (or the first one).
    void openFile(const QString &path);
    QString errorText() const;
    QString statusText() const;

signals:
    // The settings read from the file and the secret, when the file holds one.
    void imported(const QMap<QString, QString> &settings, const QString &secret);

private:
    void chooseFile();
    void importSection(const QString &section);
    bool readFile(QString *text);
    void showError(const QString &message);

    const Provider *m_provider = nullptr;
    QString m_path;
    QPushButton *m_choose;
    QLabel *m_sectionLabel;
    QComboBox *m_section;
    QLabel *m_status;
    QLabel *m_error;
};
