// The sources panel, its model and the source dialog: the form follows what each provider
// declares, secrets go to the secret store (never the database) and are never shown again,
// removal is refused while work is open, and Check shows what the source answered.
#include "credentials/secretstore.h"
#include "credentials/sessionsecretstore.h"
#include "fakehttpserver.h"
#include "providers/providerregistry.h"
#include "queue/purgeservice.h"
#include "settingsfileimporter.h"
#include "settingsform.h"
#include "sourcecheckdialog.h"
#include "sourcedialog.h"
#include "sourcelistmodel.h"
#include "sourcespanel.h"
#include "storage/database.h"
#include "testprofile.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <memory>

namespace {

const QString kSecret = QStringLiteral("s3cr3t-Pa55-word");

// A system without a keychain, as QtKeychain reports it on Debian without a Secret Service.
class NoKeychain final : public SecretStore
{
public:
    using SecretStore::SecretStore;
    void read(const QString &, Callback callback) override { answer(std::move(callback)); }
    void write(const QString &, const QString &, Callback callback) override { answer(std::move(callback)); }
    void remove(const QString &, Callback callback) override { answer(std::move(callback)); }
    int writes = 0;

private:
    void answer(Callback callback)
    {
        Result result;
        result.status = Result::Status::Unavailable;
        result.error = QStringLiteral("the system keychain is not available (test)");
        QMetaObject::invokeMethod(
            this, [callback, result] { callback(result); }, Qt::QueuedConnection);
    }
};

// The one test profile, on the real clock, with the keychain the test hands it.
struct Profile : TestProfile
{
    PurgeService *service = &TestProfile::service();

    explicit Profile(SecretStore &secrets) : TestProfile(Time::System, &secrets) {}
    SourceConfig add(const QString &name, const QString &type, const QStringList &endpoints,
                     const QMap<QString, QString> &settings, SecretRef secret, QString *secretKey = nullptr)
    {
        return addSource(name, type, endpoints, settings, {}, secret, secretKey);
    }
};

template <typename T> T *child(QWidget *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

QStringList allLineEditTexts(QWidget *dialog)
{
    QStringList texts;
    for (const QLineEdit *edit : dialog->findChildren<QLineEdit *>())
        texts << edit->text();
    for (const QPlainTextEdit *edit : dialog->findChildren<QPlainTextEdit *>())
        texts << edit->toPlainText();
    return texts;
}

QString credentialsText(const SourceListModel &model, const QString &name)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.sourceAt(row).name == name)
            return model.index(row, SourceListModel::CredentialsColumn).data().toString();
    return QStringLiteral("<no row>");
}

using Settings = QMap<QString, QString>;

} // namespace

class TestGuiSources : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("PURGELINE_TEST_SET_TOKEN", "x");
        qunsetenv("PURGELINE_TEST_UNSET_TOKEN");
    }

    void modelShowsCredentialStates()
    {
        MemorySecretStore secrets;
        Profile profile(secrets);
        QString storedKey;
        profile.add(QStringLiteral("a-stored"), QStringLiteral("imgix"), {}, {},
                    {SecretRef::Kind::Keychain, {}}, &storedKey);
        QVERIFY(secrets.writeNow(storedKey, kSecret).ok());
        profile.add(QStringLiteral("b-missing"), QStringLiteral("imgix"), {}, {},
                    {SecretRef::Kind::Keychain, {}});
        profile.add(QStringLiteral("c-env-set"), QStringLiteral("imgix"), {}, {},
                    {SecretRef::Kind::Environment, QStringLiteral("PURGELINE_TEST_SET_TOKEN")});
        profile.add(QStringLiteral("d-env-unset"), QStringLiteral("imgix"), {}, {},
                    {SecretRef::Kind::Environment, QStringLiteral("PURGELINE_TEST_UNSET_TOKEN")});
        profile.add(QStringLiteral("e-pages"), QStringLiteral("page-cache"), {},
                    {{QStringLiteral("root"), QStringLiteral("/srv/app/public/cache")},
                     {QStringLiteral("public_root"), QStringLiteral("/srv/app/public")}},
                    {});
        profile.add(QStringLiteral("f-varnish"), QStringLiteral("http-purge"),
                    {QStringLiteral("http://127.0.0.1:6081")}, {}, {});

        SourceListModel model(profile.service->sources(), secrets);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.columnCount(), int(SourceListModel::ColumnCount));
        QCOMPARE(credentialsText(model, QStringLiteral("a-stored")), QStringLiteral("checking…"));
        QTRY_COMPARE(credentialsText(model, QStringLiteral("a-stored")), QStringLiteral("stored"));
        QTRY_COMPARE(credentialsText(model, QStringLiteral("b-missing")), QStringLiteral("missing"));
        QCOMPARE(credentialsText(model, QStringLiteral("c-env-set")),
                 QStringLiteral("from environment variable PURGELINE_TEST_SET_TOKEN (set)"));
        QCOMPARE(credentialsText(model, QStringLiteral("d-env-unset")),
                 QStringLiteral("from environment variable PURGELINE_TEST_UNSET_TOKEN (not set)"));
        QCOMPARE(credentialsText(model, QStringLiteral("e-pages")), QStringLiteral("none needed"));
        QCOMPARE(credentialsText(model, QStringLiteral("f-varnish")), QStringLiteral("none"));
        const int pagesRow =
            model.rowOfId(profile.service->sources().findByName(QStringLiteral("e-pages"))->id);
        QCOMPARE(model.index(pagesRow, SourceListModel::TypeColumn).data().toString(),
                 ProviderRegistry::instance().find(QStringLiteral("page-cache"))->info().displayName);
        QVERIFY(!model.index(pagesRow, SourceListModel::NameColumn).data(Qt::DecorationRole).isNull());
        QCOMPARE(
            model.index(pagesRow, SourceListModel::TypeColumn).data(SourceListModel::TypeRole).toString(),
            QStringLiteral("page-cache"));
        QCOMPARE(model.index(pagesRow, SourceListModel::EndpointColumn).data().toString(),
                 QStringLiteral("/srv/app/public/cache"));
        for (int row = 0; row < model.rowCount(); ++row)
            for (int column = 0; column < model.columnCount(); ++column)
                QVERIFY(!model.index(row, column).data().toString().contains(kSecret));

        // Refresh: a secret stored, a source removed, one added; rows change in place.
        const qint64 missingId = profile.service->sources().findByName(QStringLiteral("b-missing"))->id;
        QVERIFY(secrets.writeNow(profile.service->sources().secretKey(missingId), kSecret).ok());
        QVERIFY(profile.service->sources().remove(
            profile.service->sources().findByName(QStringLiteral("d-env-unset"))->id));
        profile.add(QStringLiteral("g-new"), QStringLiteral("memcachier"), {},
                    {{QStringLiteral("cache_id"), QStringLiteral("abc")},
                     {QStringLiteral("user"), QStringLiteral("u")}},
                    {});
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.refresh();
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(credentialsText(model, QStringLiteral("g-new")), QStringLiteral("missing"));
        QTRY_COMPARE(credentialsText(model, QStringLiteral("b-missing")), QStringLiteral("stored"));
        QCOMPARE(credentialsText(model, QStringLiteral("d-env-unset")), QStringLiteral("<no row>"));
        QCOMPARE(resets.count(), 0);
    }

    void dialogBuildsFieldsFromProvider()
    {
        MemorySecretStore secrets;
        Profile profile(secrets);
        SourceDialog dialog(profile.service->sources(), secrets);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *providerForm = child<SettingsForm>(&dialog, QStringLiteral("providerSettings"));
        auto *advancedForm = child<SettingsForm>(&dialog, QStringLiteral("advancedSettings"));
        auto *tabs = dialog.findChild<QTabWidget *>();
        auto *secretBox = child<QLineEdit>(&dialog, QStringLiteral("password"))->parentWidget();
        auto *endpoint = child<QLineEdit>(&dialog, QStringLiteral("endpoint"));
        auto *endpoints = child<QPlainTextEdit>(&dialog, QStringLiteral("endpoints"));
        const auto keys = [](const SettingsForm *form) {
            QStringList result;
            for (const SettingSpec &spec : form->specs())
                result << spec.key;
            return result;
        };

        dialog.setType(QStringLiteral("instart"));
        QCOMPARE(keys(providerForm),
                 (QStringList{QStringLiteral("customer"), QStringLiteral("user"),
                              QStringLiteral("poll_interval"), QStringLiteral("poll_timeout")}));
        QVERIFY(qobject_cast<QLineEdit *>(providerForm->editor(QStringLiteral("customer"))));
        QVERIFY(qobject_cast<QLineEdit *>(providerForm->editor(QStringLiteral("poll_interval"))));
        QVERIFY(keys(advancedForm).contains(QStringLiteral("timeout")));
        QVERIFY(tabs->isTabVisible(1));
        QVERIFY(secretBox->isVisible());
        QCOMPARE(static_cast<QGroupBox *>(secretBox)->title(), QStringLiteral("Password *"));
        QVERIFY(endpoint->isVisible());
        QVERIFY(!endpoints->isVisible());
        QCOMPARE(endpoint->placeholderText(), QStringLiteral("Default: https://api.instartlogic.com"));
        QCOMPARE(child<QLineEdit>(&dialog, QStringLiteral("password"))->echoMode(), QLineEdit::Password);
        // The help text becomes the tool tip and What's This.
        QVERIFY(providerForm->editor(QStringLiteral("customer"))
                    ->toolTip()
                    .contains(QStringLiteral("company name")));
        QVERIFY(providerForm->editor(QStringLiteral("customer"))
                    ->whatsThis()
                    .contains(QStringLiteral("company name")));

        dialog.setType(QStringLiteral("page-cache"));
        QCOMPARE(keys(providerForm), (QStringList{QStringLiteral("root"), QStringLiteral("public_root")}));
        for (const QString &key : {QStringLiteral("root"), QStringLiteral("public_root")}) {
            QWidget *editor = providerForm->editor(key);
            QVERIFY(qobject_cast<QLineEdit *>(editor));
            const auto buttons = editor->parentWidget()->findChildren<QToolButton *>();
            QVERIFY(std::any_of(buttons.cbegin(), buttons.cend(),
                                [](const QToolButton *b) { return b->text() == QStringLiteral("Browse…"); }));
        }
        QVERIFY(keys(advancedForm).isEmpty());
        QVERIFY(!tabs->isTabVisible(1));
        QVERIFY(!secretBox->isVisible());
        QVERIFY(!endpoint->isVisible());
        QVERIFY(!endpoints->isVisible());
        QCOMPARE(dialog.secretChoice(), SourceDialog::SecretChoice::None);

        dialog.setType(QStringLiteral("http-purge"));
        QVERIFY(endpoints->isVisible());
        QVERIFY(!endpoint->isVisible());
        QVERIFY(secretBox->isVisible());
        auto *none = dialog.findChildren<QRadioButton *>().at(3);
        QCOMPARE(none->text(), QStringLiteral("N&one"));
        QVERIFY(none->isVisible());
        QVERIFY(none->isChecked()); // the secret is optional
        auto *method = qobject_cast<QComboBox *>(providerForm->editor(QStringLiteral("prefix_method")));
        QVERIFY(method);
        QCOMPARE(method->count(), 3); // "Default (ban)", ban, wildcard
        QCOMPARE(method->itemText(0), QStringLiteral("Default (ban)"));

        // Several endpoints are accepted and stored in order.
        child<QLineEdit>(&dialog, QStringLiteral("name"))->setText(QStringLiteral("varnish-pair"));
        endpoints->setPlainText(QStringLiteral("http://10.0.0.1:6081\n\nhttp://10.0.0.2:6081\n"));
        dialog.save();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto saved = profile.service->sources().findByName(QStringLiteral("varnish-pair"));
        QVERIFY(saved);
        QCOMPARE(saved->endpoints, (QStringList{QStringLiteral("http://10.0.0.1:6081"),
                                                QStringLiteral("http://10.0.0.2:6081")}));
        QCOMPARE(saved->secret.kind, SecretRef::Kind::None);
    }

    // The CDN forms come from the declarations too: the settings, the network choice, the
    // secret's name, the polling settings of a provider with status. With PURGELINE_GRAB_DIR
    // set, the filled forms are saved there as PNGs (the README's screenshots).
    void dialogBuildsCdnForms_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<QString>("secretTitle");
        QTest::addColumn<QString>("endpointPlaceholder");
        QTest::addColumn<Settings>("values");
        QTest::newRow("akamai")
            << QStringLiteral("akamai")
            << QStringList{QStringLiteral("host"), QStringLiteral("client_token"),
                           QStringLiteral("access_token"), QStringLiteral("network")}
            << QStringLiteral("Client secret *") << QStringLiteral("Default: https://<API host>")
            << Settings{
                   {QStringLiteral("host"), QStringLiteral("akab-4pwtxlgbxmz2fqh3.luna.akamaiapis.net")},
                   {QStringLiteral("client_token"), QStringLiteral("akab-c3ntp5ms6nkb2xrd-6bvxq7syfdh")},
                   {QStringLiteral("access_token"), QStringLiteral("akab-a7htydwqgjzlvu2c-ry5bozkiwcn")}};
        QTest::newRow("cloudfront")
            << QStringLiteral("cloudfront")
            << QStringList{QStringLiteral("distribution"), QStringLiteral("access_key_id"),
                           QStringLiteral("session_token_env"), QStringLiteral("poll_interval"),
                           QStringLiteral("poll_timeout")}
            << QStringLiteral("Secret access key *")
            << QStringLiteral("Default: https://cloudfront.amazonaws.com")
            << Settings{{QStringLiteral("distribution"), QStringLiteral("E2QWRUHAPOMQZL")},
                        {QStringLiteral("access_key_id"), QStringLiteral("AKIAIOSFODNN7EXAMPLE")}};
    }
    void dialogBuildsCdnForms()
    {
        QFETCH(QString, type);
        QFETCH(QStringList, keys);
        QFETCH(QString, secretTitle);
        QFETCH(QString, endpointPlaceholder);
        QFETCH(Settings, values);
        MemorySecretStore secrets;
        Profile profile(secrets);
        SourceDialog dialog(profile.service->sources(), secrets);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setType(type);
        auto *form = child<SettingsForm>(&dialog, QStringLiteral("providerSettings"));
        QStringList shown;
        for (const SettingSpec &spec : form->specs())
            shown << spec.key;
        QCOMPARE(shown, keys);
        for (const QString &key : keys)
            QTRY_VERIFY2(form->editor(key) && form->editor(key)->isVisible(), qPrintable(key));
        auto *secret = child<QLineEdit>(&dialog, QStringLiteral("password"));
        QCOMPARE(static_cast<QGroupBox *>(secret->parentWidget())->title(), secretTitle);
        QCOMPARE(child<QLineEdit>(&dialog, QStringLiteral("endpoint"))->placeholderText(),
                 endpointPlaceholder);
        if (auto *network = qobject_cast<QComboBox *>(form->editor(QStringLiteral("network")))) {
            QStringList items;
            for (int i = 0; i < network->count(); ++i)
                items << network->itemText(i);
            QCOMPARE(items, (QStringList{QStringLiteral("Default (production)"), QStringLiteral("staging"),
                                         QStringLiteral("production")}));
        }

        child<QLineEdit>(&dialog, QStringLiteral("name"))->setText(type + QStringLiteral("-prod"));
        form->setValues(values);
        secret->setText(kSecret);
        // A form with a settings file is saved by dialogImportsSettingsFile, with the file imported.
        const QString grabDir = qEnvironmentVariable("PURGELINE_GRAB_DIR");
        if (!grabDir.isEmpty() &&
            !child<SettingsFileImporter>(&dialog, QStringLiteral("settingsFileImporter"))->isAvailable()) {
            QTest::qWait(200);
            QVERIFY(dialog.grab().save(
                QDir(grabDir).filePath(QStringLiteral("screenshot-%1-form.png").arg(type))));
        }
        dialog.save(); // the secret goes to the store first, then the source
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        const auto saved = profile.service->sources().findByName(type + QStringLiteral("-prod"));
        QVERIFY(saved);
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            QCOMPARE(saved->setting(it.key()), it.value());
        QVERIFY(!profile.databaseBytes().contains(kSecret.toUtf8()));
    }

    // A provider that declares a settings file gets "Import …" in its form, built from the
    // declaration: the file's sections to choose from, the fields and the secret filled from the
    // chosen one, the secret never shown, and every problem named under the button.
    void dialogImportsSettingsFile()
    {
        const QString defaultSecret = QStringLiteral("c2VjcmV0LWZvci10aGUtZGVmYXVsdC1zZWN0aW9u");
        const QString ccuSecret = QStringLiteral("Y2N1LXNlY3JldC1mb3ItdGhlLWZvcm0tdGVzdA==");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto write = [&dir](const QString &name, const QByteArray &text) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
                qFatal("cannot write %s", qPrintable(file.fileName()));
            return file.fileName();
        };
        const QString edgerc =
            write(QStringLiteral(".edgerc"), "; API clients\n"
                                             "[ccu]\n"
                                             "client_secret = " +
                                                 ccuSecret.toLatin1() +
                                                 "\n"
                                                 "host = akab-ccu7example.luna.akamaiapis.net\n"
                                                 "access_token = akab-access-ccu\n"
                                                 "client_token = akab-client-ccu\n"
                                                 "[default]\n"
                                                 "client_secret = " +
                                                 defaultSecret.toLatin1() +
                                                 "\n"
                                                 "host = https://akab-dflt2example.luna.akamaiapis.net/\n"
                                                 "access_token = akab-access-default\n"
                                                 "client_token = akab-client-default\n"
                                                 "[half]\n"
                                                 "host = akab-half.luna.akamaiapis.net\n"
                                                 "client_token = akab-client-half\n");
        const QString broken = write(QStringLiteral("broken.edgerc"),
                                     "[default]\nclient_secret " + defaultSecret.toLatin1() + "\n");
        const QString noSections = write(QStringLiteral("empty.edgerc"), "# nothing yet\n");

        MemorySecretStore secrets;
        Profile profile(secrets);
        SourceDialog dialog(profile.service->sources(), secrets);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *importer = child<SettingsFileImporter>(&dialog, QStringLiteral("settingsFileImporter"));
        auto *button = child<QPushButton>(&dialog, QStringLiteral("importSettingsFile"));
        auto *sections = child<QComboBox>(&dialog, QStringLiteral("settingsFileSection"));
        auto *password = child<QLineEdit>(&dialog, QStringLiteral("password"));
        auto *form = child<SettingsForm>(&dialog, QStringLiteral("providerSettings"));

        dialog.setType(QStringLiteral("cloudflare")); // declares no settings file
        QVERIFY(!importer->isAvailable());
        QVERIFY(!button->isVisible());
        QLabel *nameLabel = nullptr;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            if (label->text() == QLatin1String("&Name *"))
                nameLabel = label;
        QVERIFY(nameLabel);
        const int longestCloudflareLabel = nameLabel->minimumWidth();
        dialog.setType(QStringLiteral("akamai"));
        QVERIFY(importer->isAvailable());
        // The label column fits this form's labels, not the longer ones of the type before.
        QVERIFY2(nameLabel->minimumWidth() < longestCloudflareLabel,
                 qPrintable(
                     QStringLiteral("%1 >= %2").arg(nameLabel->minimumWidth()).arg(longestCloudflareLabel)));
        QTRY_VERIFY(button->isVisible());
        QCOMPARE(button->text(), QStringLiteral("Import .edgerc file…"));
        QVERIFY(!sections->isVisible()); // nothing to choose from before a file is open

        const auto field = [form](const char *key) {
            return qobject_cast<QLineEdit *>(form->editor(QLatin1String(key)))->text();
        };
        const auto secretShownAnywhere = [&dialog, password](const QString &secret) {
            QStringList shown = {dialog.windowTitle()};
            for (const QLabel *label : dialog.findChildren<QLabel *>())
                shown << label->text() << label->toolTip();
            for (const QLineEdit *edit : dialog.findChildren<QLineEdit *>())
                shown << edit->displayText() << edit->toolTip() << edit->placeholderText();
            for (const QComboBox *combo : dialog.findChildren<QComboBox *>())
                for (int i = 0; i < combo->count(); ++i)
                    shown << combo->itemText(i);
            shown << password->accessibleName();
            for (const QString &text : std::as_const(shown))
                if (text.contains(secret))
                    return true;
            return false;
        };

        // The default section is chosen first, wherever it stands in the file.
        importer->openFile(edgerc);
        QCOMPARE(importer->errorText(), QString());
        QTRY_VERIFY(sections->isVisible());
        QStringList offered;
        for (int i = 0; i < sections->count(); ++i)
            offered << sections->itemText(i);
        QCOMPARE(offered,
                 (QStringList{QStringLiteral("ccu"), QStringLiteral("default"), QStringLiteral("half")}));
        QCOMPARE(sections->currentText(), QStringLiteral("default"));
        QCOMPARE(field("host"), QStringLiteral("akab-dflt2example.luna.akamaiapis.net"));
        QCOMPARE(field("client_token"), QStringLiteral("akab-client-default"));
        QCOMPARE(field("access_token"), QStringLiteral("akab-access-default"));
        QCOMPARE(password->text(), defaultSecret);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QVERIFY(password->isEnabled());
        QCOMPARE(dialog.secretChoice(), SourceDialog::SecretChoice::Keychain);
        QVERIFY(!secretShownAnywhere(defaultSecret));
        QCOMPARE(importer->statusText(),
                 QStringLiteral("Filled in from .edgerc, section “default”: API host, "
                                "Client token, Access token, Client secret"));

        // Another section replaces the imported fields, and nothing else.
        child<QLineEdit>(&dialog, QStringLiteral("name"))->setText(QStringLiteral("akamai-ccu"));
        sections->setCurrentIndex(sections->findText(QStringLiteral("ccu")));
        QCOMPARE(field("host"), QStringLiteral("akab-ccu7example.luna.akamaiapis.net"));
        QCOMPARE(field("client_token"), QStringLiteral("akab-client-ccu"));
        QCOMPARE(field("access_token"), QStringLiteral("akab-access-ccu"));
        QCOMPARE(password->text(), ccuSecret);
        QCOMPARE(child<QLineEdit>(&dialog, QStringLiteral("name"))->text(), QStringLiteral("akamai-ccu"));
        QVERIFY(!secretShownAnywhere(ccuSecret));

        // A section without everything the provider needs is named with what it lacks, and the
        // fields keep what they had.
        sections->setCurrentIndex(sections->findText(QStringLiteral("half")));
        QCOMPARE(importer->errorText(),
                 QStringLiteral("%1, section “half”: line 12: [half] lacks client_secret, access_token")
                     .arg(QDir::toNativeSeparators(edgerc)));
        QTRY_VERIFY(child<QLabel>(&dialog, QStringLiteral("settingsFileError"))->isVisible());
        QCOMPARE(field("host"), QStringLiteral("akab-ccu7example.luna.akamaiapis.net"));
        QCOMPARE(password->text(), ccuSecret);

        // Unreadable files: the line and what is wrong, never the text (it may be the secret).
        importer->openFile(broken);
        QCOMPARE(
            importer->errorText(),
            QStringLiteral("%1: line 2: \"name = value\" expected").arg(QDir::toNativeSeparators(broken)));
        QVERIFY(!secretShownAnywhere(defaultSecret));
        QVERIFY(!sections->isVisible());
        importer->openFile(noSections);
        QCOMPARE(importer->errorText(),
                 QStringLiteral("%1 has no sections to import").arg(QDir::toNativeSeparators(noSections)));
        const QString missing = dir.filePath(QStringLiteral("missing.edgerc"));
        importer->openFile(missing);
        QVERIFY2(importer->errorText().startsWith(
                     QStringLiteral("Cannot read %1: ").arg(QDir::toNativeSeparators(missing))),
                 qPrintable(importer->errorText()));
        QCOMPARE(field("host"), QStringLiteral("akab-ccu7example.luna.akamaiapis.net"));

        // Saved like typed values: the settings in the profile, the secret in the keychain only.
        importer->openFile(edgerc);
        sections->setCurrentIndex(sections->findText(QStringLiteral("ccu")));
        QCOMPARE(importer->errorText(), QString());
        const QString grabDir = qEnvironmentVariable("PURGELINE_GRAB_DIR");
        if (!grabDir.isEmpty()) {
            QTest::qWait(200);
            QVERIFY(dialog.grab().save(QDir(grabDir).filePath(QStringLiteral("screenshot-akamai-form.png"))));
        }
        dialog.save();
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        const auto saved = profile.service->sources().findByName(QStringLiteral("akamai-ccu"));
        QVERIFY(saved);
        QCOMPARE(saved->setting(QStringLiteral("host")),
                 QStringLiteral("akab-ccu7example.luna.akamaiapis.net"));
        QCOMPARE(saved->setting(QStringLiteral("client_token")), QStringLiteral("akab-client-ccu"));
        QCOMPARE(saved->setting(QStringLiteral("access_token")), QStringLiteral("akab-access-ccu"));
        QCOMPARE(saved->secret.kind, SecretRef::Kind::Keychain);
        QCOMPARE(secrets.readNow(profile.service->sources().secretKey(saved->id)).secret, ccuSecret);
        QVERIFY(!profile.databaseBytes().contains(ccuSecret.toUtf8()));
    }

    void dialogShowsValidationMessages()
    {
        MemorySecretStore secrets;
        Profile profile(secrets);
        SourceDialog dialog(profile.service->sources(), secrets);
        dialog.setType(QStringLiteral("instart"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *form = child<SettingsForm>(&dialog, QStringLiteral("providerSettings"));
        child<QLineEdit>(&dialog, QStringLiteral("name"))->setText(QStringLiteral("bad name"));
        qobject_cast<QLineEdit *>(form->editor(QStringLiteral("poll_interval")))
            ->setText(QStringLiteral("abc"));
        // Number errors show while typing; "required" only once the user tried to save.
        QCOMPARE(form->error(QStringLiteral("poll_interval")),
                 QStringLiteral("setting poll_interval must be a non-negative number, not \"abc\""));
        QCOMPARE(form->error(QStringLiteral("customer")), QString());
        dialog.save();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(form->error(QStringLiteral("customer")),
                 QStringLiteral("Customer (company name) is required."));
        QCOMPARE(form->error(QStringLiteral("user")), QStringLiteral("User name is required."));
        QCOMPARE(form->error(QStringLiteral("poll_interval")),
                 QStringLiteral("setting poll_interval must be a non-negative number, not \"abc\""));
        QCOMPARE(
            child<QLabel>(&dialog, QStringLiteral("nameError"))->text(),
            QStringLiteral(
                "invalid source name \"bad name\": use letters, digits, '.', '_' and '-', starting with a "
                "letter or digit"));
        QCOMPARE(child<QLabel>(&dialog, QStringLiteral("secretError"))->text(),
                 QStringLiteral("Enter the Password, or choose an environment variable."));
        QCOMPARE(child<QLabel>(&dialog, QStringLiteral("message"))->text(),
                 QStringLiteral("Please correct the marked fields."));
        QVERIFY(profile.service->sources().list().isEmpty());

        // Fixed fields lose their message; the provider's own rule names its field.
        child<QLineEdit>(&dialog, QStringLiteral("name"))->setText(QStringLiteral("instart"));
        qobject_cast<QLineEdit *>(form->editor(QStringLiteral("poll_interval")))
            ->setText(QStringLiteral("5"));
        QCOMPARE(form->error(QStringLiteral("poll_interval")), QString());
        qobject_cast<QLineEdit *>(form->editor(QStringLiteral("customer")))
            ->setText(QStringLiteral("acme/corp"));
        qobject_cast<QLineEdit *>(form->editor(QStringLiteral("user")))->setText(QStringLiteral("editor"));
        child<QLineEdit>(&dialog, QStringLiteral("password"))->setText(kSecret);
        dialog.save();
        QVERIFY(dialog.isVisible());
        QVERIFY(
            form->error(QStringLiteral("customer"))
                .startsWith(QStringLiteral("setting customer \"acme/corp\" must be the bare company name")));
        QVERIFY(profile.service->sources().list().isEmpty());

        // An endpoint that is not an http(s) URL: the command line's message, at the endpoint.
        qobject_cast<QLineEdit *>(form->editor(QStringLiteral("customer")))->setText(QStringLiteral("acme"));
        child<QLineEdit>(&dialog, QStringLiteral("endpoint"))
            ->setText(QStringLiteral("ftp://api.example.com"));
        dialog.save();
        QCOMPARE(child<QLabel>(&dialog, QStringLiteral("endpointError"))->text(),
                 QStringLiteral("malformed --endpoint \"ftp://api.example.com\": expected an absolute "
                                "http:// or https:// URL"));
        QVERIFY(profile.service->sources().list().isEmpty());
    }

    void addingStoresSourceAndSecretSeparately()
    {
        MemorySecretStore secrets;
        Profile profile(secrets);
        SourcesPanel panel(*profile.service);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy changed(&panel, &SourcesPanel::sourcesChanged);
        panel.addSourceAction()->trigger();
        auto *dialog = panel.findChild<SourceDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->setType(QStringLiteral("instart"));
        auto *form = child<SettingsForm>(dialog, QStringLiteral("providerSettings"));
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("name")), QStringLiteral("instart-main"));
        QTest::keyClicks(qobject_cast<QLineEdit *>(form->editor(QStringLiteral("customer"))),
                         QStringLiteral("acme"));
        QTest::keyClicks(qobject_cast<QLineEdit *>(form->editor(QStringLiteral("user"))),
                         QStringLiteral("editor"));
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("password")), kSecret);
        QTest::keyClick(child<QLineEdit>(dialog, QStringLiteral("name")),
                        Qt::Key_Return); // the default button: Save
        QTRY_COMPARE(changed.count(), 1);

        const auto source = profile.service->sources().findByName(QStringLiteral("instart-main"));
        QVERIFY(source);
        QCOMPARE(source->type, QStringLiteral("instart"));
        QCOMPARE(source->settings.value(QStringLiteral("customer")), QStringLiteral("acme"));
        QCOMPARE(source->settings.value(QStringLiteral("user")), QStringLiteral("editor"));
        QVERIFY(
            !source->settings.contains(QStringLiteral("poll_interval"))); // left empty: the default applies
        QVERIFY(source->endpoints.isEmpty());
        QCOMPARE(source->secret.kind, SecretRef::Kind::Keychain);
        const SecretStore::Result stored = secrets.readNow(profile.service->sources().secretKey(source->id));
        QVERIFY(stored.ok());
        QCOMPARE(stored.secret, kSecret);
        QVERIFY(!profile.databaseBytes().contains(kSecret.toUtf8()));
        QCOMPARE(panel.currentSourceName(), QStringLiteral("instart-main"));
        QTRY_COMPARE(credentialsText(*panel.model(), QStringLiteral("instart-main")),
                     QStringLiteral("stored"));
    }

    void editingNeverShowsTheStoredSecret()
    {
        MemorySecretStore secrets;
        Profile profile(secrets);
        QString key;
        const SourceConfig source = profile.add(QStringLiteral("cache"), QStringLiteral("memcachier"), {},
                                                {{QStringLiteral("cache_id"), QStringLiteral("C0FFEE")},
                                                 {QStringLiteral("user"), QStringLiteral("api")}},
                                                {SecretRef::Kind::Keychain, {}}, &key);
        QVERIFY(secrets.writeNow(key, kSecret).ok());

        SourcesPanel panel(*profile.service);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.selectSource(source.id);
        QTest::keyClick(panel.view(), Qt::Key_F2);
        auto *dialog = panel.findChild<SourceDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isEditing());
        QTRY_VERIFY(dialog->isVisible());
        auto *status = child<QLabel>(dialog, QStringLiteral("secretStatus"));
        QTRY_COMPARE(status->text(), QStringLiteral("Currently: stored"));
        for (const QString &text : allLineEditTexts(dialog))
            QVERIFY2(!text.contains(kSecret), qPrintable(text));
        QVERIFY(allLineEditTexts(dialog).contains(QStringLiteral("C0FFEE")));
        auto *password = child<QLineEdit>(dialog, QStringLiteral("password"));
        QCOMPARE(password->text(), QString());
        QCOMPARE(password->placeholderText(), QStringLiteral("Leave empty to keep the stored secret"));

        // Saving with the field left empty keeps the secret; the setting change is stored.
        auto *form = child<SettingsForm>(dialog, QStringLiteral("providerSettings"));
        qobject_cast<QLineEdit *>(form->editor(QStringLiteral("user")))->setText(QStringLiteral("api2"));
        QSignalSpy changed(&panel, &SourcesPanel::sourcesChanged);
        dialog->save();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(profile.service->sources().findById(source.id)->settings.value(QStringLiteral("user")),
                 QStringLiteral("api2"));
        QCOMPARE(secrets.readNow(key).secret, kSecret);

        // Switching to an environment variable removes the keychain entry.
        QTRY_VERIFY(panel.findChildren<SourceDialog *>().isEmpty()); // the saved dialog deletes itself
        panel.editSourceAction()->trigger();
        dialog = panel.findChild<SourceDialog *>();
        QTRY_VERIFY(dialog && dialog->isVisible());
        for (const QString &text : allLineEditTexts(dialog))
            QVERIFY(!text.contains(kSecret));
        dialog->findChildren<QRadioButton *>().at(2)->click();
        child<QLineEdit>(dialog, QStringLiteral("variable"))->setText(QStringLiteral("MEMCACHIER_KEY"));
        dialog->save();
        QCOMPARE(profile.service->sources().findById(source.id)->secret.kind, SecretRef::Kind::Environment);
        QTRY_COMPARE(int(secrets.readNow(key).status), int(SecretStore::Result::Status::NotFound));
        QCOMPARE(credentialsText(*panel.model(), QStringLiteral("cache")),
                 QStringLiteral("from environment variable MEMCACHIER_KEY (not set)"));
    }

    void withoutKeychainOffersSessionOnly()
    {
        NoKeychain keychain;
        SessionSecretStore secrets(keychain);
        Profile profile(secrets);
        SourceDialog dialog(profile.service->sources(), secrets);
        dialog.setType(QStringLiteral("imgix"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *session = dialog.findChildren<QRadioButton *>().at(1);
        QVERIFY(!session->isVisible());
        child<QLineEdit>(&dialog, QStringLiteral("name"))->setText(QStringLiteral("images"));
        child<QLineEdit>(&dialog, QStringLiteral("password"))->setText(kSecret);
        dialog.save();
        auto *message = child<QLabel>(&dialog, QStringLiteral("message"));
        QTRY_VERIFY(message->text().startsWith(
            QStringLiteral("Nothing was saved: the system keychain is not available (test).")));
        QVERIFY(message->text().contains(QStringLiteral("never writes it to disk")));
        QVERIFY(dialog.isVisible());
        QVERIFY(profile.service->sources().list().isEmpty());
        QVERIFY(session->isVisible());

        session->click();
        dialog.save();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto source = profile.service->sources().findByName(QStringLiteral("images"));
        QVERIFY(source);
        const QString key = profile.service->sources().secretKey(source->id);
        QVERIFY(secrets.isSessionOnly(key));
        QCOMPARE(secrets.readNow(key).secret, kSecret); // what the queue will read
        QVERIFY(!profile.databaseBytes().contains(kSecret.toUtf8()));
        SourceListModel model(profile.service->sources(), secrets);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(credentialsText(model, QStringLiteral("images")),
                     QStringLiteral("stored for this session only"));
    }

    // The summary, steps and details of the panel's check dialog.
    static QString checkSummary(const SourcesPanel &panel)
    {
        return child<QLabel>(panel.checkDialog(), QStringLiteral("summary"))->text();
    }
    static QString checkDetails(const SourcesPanel &panel)
    {
        return child<QPlainTextEdit>(panel.checkDialog(), QStringLiteral("details"))->toPlainText();
    }

    void checkSendsTheProvidersCheckRequest()
    {
        MemorySecretStore secrets;
        Profile profile(secrets);
        FakeHttpServer server;
        const QUrl base = server.start();
        server.enqueue(ScriptedReply::json(200, {}).withHeader("Via", "1.1 varnish"));
        const SourceConfig source =
            profile.add(QStringLiteral("varnish"), QStringLiteral("http-purge"), {base.toString()}, {}, {});
        SourcesPanel panel(*profile.service);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.selectSource(source.id);
        QSignalSpy finished(&panel, &SourcesPanel::checkFinished);
        QTest::keyClick(panel.view(), Qt::Key_T, Qt::ControlModifier);
        // The dialog opens at once and says the check is running.
        QVERIFY(panel.checkDialog() && panel.checkDialog()->isVisible());
        QCOMPARE(checkSummary(panel), QStringLiteral("Checking “varnish”…"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.constFirst().at(1).toBool(), true);
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().constFirst().method, QByteArray("HEAD"));
        QCOMPARE(checkSummary(panel), QStringLiteral("HEAD %1/ → HTTP 200").arg(base.toString()));
        QCOMPARE(panel.checkDialog()->stepTexts(),
                 QStringList({QStringLiteral("Passed: The settings are complete and valid."),
                              QStringLiteral("Passed: The check request was answered with HTTP 200.")}));
        QVERIFY(checkDetails(panel).contains(QStringLiteral("Via: 1.1 varnish")));
        // Nothing about the check is left in the sidebar.
        QVERIFY(!child<QLabel>(&panel, QStringLiteral("message"))->isVisible());

        // A failing answer is shown as such, the server's control bytes as visible escapes; the
        // same dialog is reused, and Check again checks the same source again.
        server.enqueue(
            ScriptedReply::json(503, "{\"error\":\"backend down\"}").withHeader("X-Note", "\x1b[2Kfine\x07"));
        panel.checkDialog()->checkAgainButton()->click();
        QVERIFY(finished.wait(10000));
        QCOMPARE(panel.findChildren<SourceCheckDialog *>().size(), 1);
        QCOMPARE(finished.at(1).at(1).toBool(), false);
        QCOMPARE(checkSummary(panel), QStringLiteral("HEAD %1/ → HTTP 503").arg(base.toString()));
        QVERIFY(panel.checkDialog()->stepTexts().contains(
            QStringLiteral("Failed: The check request failed: HTTP 503.")));
        const QString details = checkDetails(panel);
        QVERIFY2(details.contains(QStringLiteral("X-Note: \\x1b[2Kfine\\x07")), qPrintable(details));
        QVERIFY(!details.contains(QChar(0x1b)) && !details.contains(QChar(0x07)));
    }

    // A provider with no harmless request: the endpoint is reached by a HEAD of / without
    // credentials (any answer proves name, connection and certificate), the secret is found and
    // has its form, a dry run shows what a purge would send, and what cannot be known is said.
    void checkWithoutCheckRequestChecksWhatItCan()
    {
        MemorySecretStore secrets;
        Profile profile(secrets);
        FakeHttpServer server;
        const QUrl base = server.start();
        server.enqueue(ScriptedReply::json(404, "{}"));
        QString key;
        const SourceConfig source =
            profile.add(QStringLiteral("instart"), QStringLiteral("instart"), {base.toString()},
                        {{QStringLiteral("customer"), QStringLiteral("acme")},
                         {QStringLiteral("user"), QStringLiteral("editor")},
                         {QStringLiteral("map"), QStringLiteral("public=https://www.acme.test")}},
                        {SecretRef::Kind::Keychain, {}}, &key);
        QVERIFY(secrets.writeNow(key, kSecret).ok());
        SourcesPanel panel(*profile.service);
        panel.selectSource(source.id);
        QSignalSpy finished(&panel, &SourcesPanel::checkFinished);
        panel.checkSourceAction()->trigger();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.constFirst().at(1).toBool(), true);
        // One request, and a harmless one: HEAD of the root, no credentials, no body.
        QCOMPARE(server.requests().size(), 1);
        const RecordedRequest &head = server.requests().constFirst();
        QCOMPARE(head.method, QByteArray("HEAD"));
        QCOMPARE(head.pathAndQuery(), QStringLiteral("/"));
        QVERIFY(head.header("authorization").isEmpty());
        QVERIFY(head.body.isEmpty());
        const QStringList steps = panel.checkDialog()->stepTexts();
        QVERIFY2(steps.size() == 5, qPrintable(steps.join(QLatin1Char('\n'))));
        QCOMPARE(steps.at(1), QStringLiteral("Passed: The secret was found (stored in keychain)."));
        QVERIFY2(steps.at(2).startsWith(QStringLiteral("Passed: 127.0.0.1 answered a HEAD of / (HTTP 404)")),
                 qPrintable(steps.at(2)));
        QVERIFY2(steps.at(3).contains(QStringLiteral("https://www.acme.test/index.html")),
                 qPrintable(steps.at(3)));
        QVERIFY2(steps.at(4).startsWith(QStringLiteral("Not verified: Whether Instart Logic accepts")),
                 qPrintable(steps.at(4)));
        QVERIFY(checkSummary(panel).contains(QStringLiteral("not everything could be verified")));
        const QString details = checkDetails(panel);
        QVERIFY2(details.startsWith(QStringLiteral("POST %1/acme/v1/").arg(base.toString())),
                 qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("https://www.acme.test/index.html")));
        QVERIFY(!details.contains(kSecret));
        for (const QString &step : steps)
            QVERIFY(!step.contains(kSecret));
    }

    void checkSaysWhenTheEndpointCannotBeReached()
    {
        MemorySecretStore secrets;
        Profile profile(secrets);
        QUrl closed;
        {
            FakeHttpServer gone;
            closed = gone.start(); // a loopback port nobody listens on once it is gone
        }
        QString key;
        const SourceConfig source =
            profile.add(QStringLiteral("images"), QStringLiteral("imgix"), {closed.toString()}, {},
                        {SecretRef::Kind::Keychain, {}}, &key);
        QVERIFY(secrets.writeNow(key, QStringLiteral("ak_0123456789abcdef")).ok());
        SourcesPanel panel(*profile.service);
        panel.selectSource(source.id);
        QSignalSpy finished(&panel, &SourcesPanel::checkFinished);
        panel.checkSource();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        QCOMPARE(finished.constFirst().at(1).toBool(), false);
        const QStringList steps = panel.checkDialog()->stepTexts();
        QVERIFY2(steps.contains(
                     QStringLiteral("Passed: The secret has the expected form (one word without spaces).")),
                 qPrintable(steps.join(QLatin1Char('\n'))));
        QVERIFY2(checkSummary(panel).startsWith(QStringLiteral("127.0.0.1 could not be reached: ")),
                 qPrintable(checkSummary(panel)));
        // Still said plainly what a purge would send and what is not known.
        QVERIFY(
            steps.constLast().startsWith(QStringLiteral("Not verified: Whether imgix accepts the secret")));
    }

    // A secret that cannot be the provider's (two words pasted) fails before anything is sent.
    void checkRefusesASecretOfTheWrongForm()
    {
        MemorySecretStore secrets;
        Profile profile(secrets);
        FakeHttpServer server;
        const QUrl base = server.start();
        QString key;
        const SourceConfig source = profile.add(QStringLiteral("images"), QStringLiteral("imgix"),
                                                {base.toString()}, {}, {SecretRef::Kind::Keychain, {}}, &key);
        QVERIFY(secrets.writeNow(key, QStringLiteral("API key: ak_0123456789abcdef")).ok());
        SourcesPanel panel(*profile.service);
        panel.selectSource(source.id);
        QSignalSpy finished(&panel, &SourcesPanel::checkFinished);
        panel.checkSource();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.constFirst().at(1).toBool(), false);
        QCOMPARE(
            checkSummary(panel),
            QStringLiteral("The secret cannot be the API key of imgix: expected one word without spaces."));
        QCOMPARE(server.requests().size(), 0);
        QVERIFY(!checkSummary(panel).contains(QStringLiteral("ak_0123")));
    }

    void removeRefusesWhileTransactionsAreOpen()
    {
        MemorySecretStore secrets;
        Profile profile(secrets);
        QString key;
        const SourceConfig source = profile.add(QStringLiteral("images"), QStringLiteral("imgix"), {}, {},
                                                {SecretRef::Kind::Keychain, {}}, &key);
        QVERIFY(secrets.writeNow(key, kSecret).ok());
        PurgeOptions options;
        options.sources = {QStringLiteral("images")};
        options.targets = {QStringLiteral("https://a.imgix.net/1.png"),
                           QStringLiteral("https://a.imgix.net/2.png")};
        PurgeService::Plan planned = profile.service->plan(options);
        QVERIFY2(planned.error.isEmpty(), qPrintable(planned.error));
        RequestRecord request;
        request.sources = options.sources;
        QString error;
        // Recorded but not handed to the queue: they stay open.
        QVERIFY(profile.service->transactions().createRequest(request, planned.transactions, &error));
        QCOMPARE(planned.transactions.size(), 2);

        SourcesPanel panel(*profile.service);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.selectSource(source.id);
        QTest::keyClick(panel.view(), Qt::Key_Delete);
        auto *refusal = panel.findChild<QMessageBox *>(QStringLiteral("removeRefused"));
        QVERIFY(refusal);
        QCOMPARE(refusal->text(),
                 QStringLiteral("“images” still has 2 open transaction(s). Remove it once they have "
                                "finished or been cancelled, so no queued work is lost."));
        refusal->button(QMessageBox::Ok)->click();
        QVERIFY(profile.service->sources().findById(source.id));
        QCOMPARE(secrets.readNow(key).secret, kSecret);

        // Once they are settled, removal asks, then deletes the row and the keychain entry.
        for (TransactionRecord t : planned.transactions) {
            t.state = TransactionState::Cancelled;
            QVERIFY(profile.service->transactions().save(t, {t.id, 0, QStringLiteral("cancelled"), 0, {}}));
        }
        QSignalSpy changed(&panel, &SourcesPanel::sourcesChanged);
        QTRY_VERIFY(!panel.findChild<QMessageBox *>(QStringLiteral("removeRefused")));
        panel.removeSourceAction()->trigger();
        auto *confirm = panel.findChild<QMessageBox *>(QStringLiteral("confirmRemove"));
        QVERIFY(confirm);
        QVERIFY(confirm->text().contains(QStringLiteral("removed from the keychain")));
        confirm->button(QMessageBox::Yes)->click();
        QCOMPARE(changed.count(), 1);
        QVERIFY(!profile.service->sources().findById(source.id));
        QCOMPARE(panel.model()->rowCount(), 0);
        QTRY_COMPARE(int(secrets.readNow(key).status), int(SecretStore::Result::Status::NotFound));
    }
};

QTEST_MAIN(TestGuiSources)
#include "tst_gui_sources.moc"
