#include "sourcedialog.h"
#include "readingorder.h"

#include "credentials/sessionsecretstore.h"
#include "providers/providerregistry.h"
#include "queue/sourcevalidator.h"
#include "settingsfileimporter.h"
#include "settingsform.h"
#include "sourcelistmodel.h"
#include "storage/sourcestore.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {

constexpr int kKeychainTimeoutMs = 30000; // the command line gives the keychain as long

// Marks the provider list's category headings.
constexpr int kHeadingRole = Qt::UserRole + 1;

QString credentialsText(const CredentialsHelp &help)
{
    QString text = help.text.toHtmlEscaped();
    if (!help.url.isEmpty())
        text += QStringLiteral(" <a href=\"%1\">%2</a>")
                    .arg(help.url.toHtmlEscaped(), SourceDialog::tr("Where to find it").toHtmlEscaped());
    return text;
}

QScrollArea *scrolled(QWidget *page, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidget(page);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    // Tab goes to the fields, which scroll into view as they take the focus.
    area->setFocusPolicy(Qt::NoFocus);
    return area;
}

QStringList commonKeys()
{
    QStringList keys;
    for (const SettingSpec &spec : ProviderRegistry::commonSettings())
        keys << spec.key;
    return keys;
}

QStringList verificationKeys()
{
    QStringList keys;
    for (const SettingSpec &spec : ProviderRegistry::verificationSettings())
        keys << spec.key;
    return keys;
}

} // namespace

SourceDialog::SourceDialog(SourceStore &sources, SecretStore &secrets, QWidget *parent)
    : QDialog(parent), m_sources(sources), m_secrets(secrets),
      m_session(qobject_cast<SessionSecretStore *>(&secrets)), m_secretKey(SourceStore::newSecretKey())
{
    build();
    setWindowTitle(tr("Add Source"));
    typeChanged();
}

SourceDialog::SourceDialog(SourceStore &sources, SecretStore &secrets, const SourceConfig &existing,
                           QWidget *parent)
    : QDialog(parent), m_sources(sources), m_secrets(secrets),
      m_session(qobject_cast<SessionSecretStore *>(&secrets)), m_existing(existing),
      m_secretKey(sources.secretKey(existing.id))
{
    build();
    setWindowTitle(tr("Edit Source “%1”").arg(existing.name));
    m_name->setText(existing.name);
    {
        const QSignalBlocker blocker(m_type);
        m_type->setCurrentIndex(qMax(0, m_type->findData(existing.type)));
    }
    typeChanged();
    m_type->setEnabled(false); // settings of one type mean nothing to another
    m_endpoint->setText(existing.endpoints.value(0));
    m_endpoints->setPlainText(existing.endpoints.join(QLatin1Char('\n')));
    QMap<QString, QString> own, common, verification;
    const QStringList commonList = commonKeys();
    const QStringList verificationList = verificationKeys();
    for (auto it = existing.settings.cbegin(); it != existing.settings.cend(); ++it)
        (commonList.contains(it.key())         ? common
         : verificationList.contains(it.key()) ? verification
                                               : own)
            .insert(it.key(), it.value());
    m_settings->setValues(own);
    m_advanced->setValues(common);
    m_verification->setValues(verification);
    switch (existing.secret.kind) {
    case SecretRef::Kind::Keychain:
        (m_session && m_session->isSessionOnly(m_secretKey) ? m_useSession : m_useKeychain)->setChecked(true);
        break;
    case SecretRef::Kind::Environment:
        m_useEnvironment->setChecked(true);
        m_variable->setText(existing.secret.variable);
        break;
    case SecretRef::Kind::None:
        m_useNone->setChecked(true);
        break;
    }
    updateSecretWidgets();
    checkStoredSecret();
}

void SourceDialog::build()
{
    setMinimumWidth(520);
    auto *outer = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);

    auto *general = new QWidget;
    auto *generalColumn = new QVBoxLayout(general);
    m_generalLayout = new QFormLayout;
    m_generalLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    generalColumn->addLayout(m_generalLayout);

    auto *nameBox = new QWidget(general);
    auto *nameColumn = new QVBoxLayout(nameBox);
    nameColumn->setContentsMargins(0, 0, 0, 0);
    nameColumn->setSpacing(2);
    m_name = new QLineEdit(nameBox);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setAccessibleName(tr("Source name"));
    m_name->setPlaceholderText(tr("e.g. images-cdn"));
    m_name->setToolTip(tr("Letters, digits, '.', '_' and '-'; used on the command line and in presets"));
    m_nameError = SettingsForm::createErrorLabel(tr("Source name: error"), nameBox);
    m_nameError->setObjectName(QStringLiteral("nameError"));
    nameColumn->addWidget(m_name);
    nameColumn->addWidget(m_nameError);
    m_generalLayout->addRow(tr("&Name *"), nameBox);

    m_type = new QComboBox(general);
    m_type->setObjectName(QStringLiteral("type"));
    m_type->setAccessibleName(tr("Provider type"));
    // Grouped by the kind of cache each provider purges: a heading per category, which cannot be
    // chosen (the arrow keys pass over it), then its providers.
    auto *types = new QStandardItemModel(m_type);
    const ProviderRegistry &registry = ProviderRegistry::instance();
    for (const ProviderCategory category : ProviderRegistry::categories()) {
        const QStringList inCategory = registry.typesIn(category);
        if (inCategory.isEmpty())
            continue;
        auto *heading = new QStandardItem(ProviderRegistry::categoryName(category));
        heading->setFlags(Qt::NoItemFlags);
        QFont bold = m_type->font();
        bold.setBold(true);
        heading->setFont(bold);
        heading->setData(true, kHeadingRole);
        types->appendRow(heading);
        for (const QString &type : inCategory) {
            auto *item = new QStandardItem(SourceListModel::providerIcon(type),
                                           registry.find(type)->info().displayName);
            item->setData(type, Qt::UserRole);
            types->appendRow(item);
        }
    }
    m_type->setModel(types);
    m_type->setCurrentIndex(1); // the first provider, under the first heading
    m_generalLayout->addRow(tr("&Type"), m_type);

    // Where this provider's key or token is found (a link to its documentation), or, for a cache
    // the team runs, what to enter instead.
    m_credentialsHelp = new QLabel(general);
    m_credentialsHelp->setObjectName(QStringLiteral("credentialsHelp"));
    m_credentialsHelp->setWordWrap(true);
    m_credentialsHelp->setTextFormat(Qt::RichText);
    m_credentialsHelp->setOpenExternalLinks(true);
    m_credentialsHelp->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_generalLayout->addRow(tr("Credentials"), m_credentialsHelp);

    m_endpointRow = new QWidget(general);
    auto *endpointColumn = new QVBoxLayout(m_endpointRow);
    endpointColumn->setContentsMargins(0, 0, 0, 0);
    endpointColumn->setSpacing(2);
    m_endpoint = new QLineEdit(m_endpointRow);
    m_endpoint->setObjectName(QStringLiteral("endpoint"));
    m_endpoint->setAccessibleName(tr("Endpoint URL"));
    m_endpoints = new QPlainTextEdit(m_endpointRow);
    m_endpoints->setTabChangesFocus(true); // one URL per line: Tab goes on to the next field
    m_endpoints->setObjectName(QStringLiteral("endpoints"));
    m_endpoints->setAccessibleName(tr("Endpoint URLs, one per line"));
    m_endpoints->setTabChangesFocus(true);
    m_endpoints->setFixedHeight(m_endpoints->fontMetrics().lineSpacing() * 4 + 12);
    m_endpointError = SettingsForm::createErrorLabel(tr("Endpoint: error"), m_endpointRow);
    m_endpointError->setObjectName(QStringLiteral("endpointError"));
    endpointColumn->addWidget(m_endpoint);
    endpointColumn->addWidget(m_endpoints);
    endpointColumn->addWidget(m_endpointError);
    m_generalLayout->addRow(tr("&Endpoint"), m_endpointRow);

    // Shown for providers that declare a settings file their tools keep credentials in.
    m_importer = new SettingsFileImporter(general);
    m_importer->setObjectName(QStringLiteral("settingsFileImporter"));
    m_generalLayout->addRow(tr("From file"), m_importer);

    m_settings = new SettingsForm(general);
    m_settings->setObjectName(QStringLiteral("providerSettings"));
    generalColumn->addWidget(m_settings);

    auto *secretBox = new QGroupBox(general);
    m_secretBox = secretBox;
    auto *grid = new QGridLayout(secretBox);
    m_secretStatus = new QLabel(secretBox);
    m_secretStatus->setObjectName(QStringLiteral("secretStatus"));
    m_secretStatus->setWordWrap(true);
    m_secretStatus->hide();
    m_useKeychain = new QRadioButton(tr("Store in the &keychain"), secretBox);
    m_useSession = new QRadioButton(tr("Keep for this &session only (not saved)"), secretBox);
    m_useEnvironment = new QRadioButton(tr("Read from an en&vironment variable"), secretBox);
    m_useNone = new QRadioButton(tr("N&one"), secretBox);
    m_secretGroup = new QButtonGroup(this);
    int id = 0;
    for (QRadioButton *button : {m_useKeychain, m_useSession, m_useEnvironment, m_useNone})
        m_secretGroup->addButton(button, id++);
    m_useSession->setToolTip(
        tr("The secret is held in memory until Purgeline quits and is never written to disk"));
    m_password = new QLineEdit(secretBox);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_variable = new QLineEdit(secretBox);
    m_variable->setObjectName(QStringLiteral("variable"));
    m_variable->setAccessibleName(tr("Environment variable name"));
    m_variable->setPlaceholderText(tr("e.g. PURGE_TOKEN"));
    m_variableState = new QLabel(secretBox);
    m_secretError = SettingsForm::createErrorLabel(tr("Secret: error"), secretBox);
    m_secretError->setObjectName(QStringLiteral("secretError"));
    grid->addWidget(m_secretStatus, 0, 0, 1, 3);
    grid->addWidget(m_useKeychain, 1, 0);
    grid->addWidget(m_password, 1, 1, 1, 2);
    grid->addWidget(m_useSession, 2, 0, 1, 3);
    grid->addWidget(m_useEnvironment, 3, 0);
    grid->addWidget(m_variable, 3, 1);
    grid->addWidget(m_variableState, 3, 2);
    grid->addWidget(m_useNone, 4, 0, 1, 3);
    grid->addWidget(m_secretError, 5, 0, 1, 3);
    grid->setColumnStretch(1, 1);
    generalColumn->addWidget(secretBox);
    generalColumn->addStretch(1);
    m_tabs->addTab(scrolled(general, m_tabs), tr("&Source"));

    auto *advancedPage = new QWidget;
    auto *advancedColumn = new QVBoxLayout(advancedPage);
    auto *advancedNote =
        new QLabel(tr("Leave a field empty to use the provider's documented limit."), advancedPage);
    advancedNote->setWordWrap(true);
    advancedColumn->addWidget(advancedNote);
    m_advanced = new SettingsForm(advancedPage);
    m_advanced->setObjectName(QStringLiteral("advancedSettings"));
    advancedColumn->addWidget(m_advanced);
    advancedColumn->addStretch(1);
    m_tabs->addTab(scrolled(advancedPage, m_tabs), tr("&Limits and Mapping"));

    auto *verificationPage = new QWidget;
    auto *verificationColumn = new QVBoxLayout(verificationPage);
    auto *verificationNote = new QLabel(
        tr("After each purge, Purgeline can ask for the purged URLs as a visitor would and read the "
           "cache's own answer: verified fresh, still cached (then purged once more), or cannot tell."),
        verificationPage);
    verificationNote->setWordWrap(true);
    verificationColumn->addWidget(verificationNote);
    m_verification = new SettingsForm(verificationPage);
    m_verification->setObjectName(QStringLiteral("verificationSettings"));
    verificationColumn->addWidget(m_verification);
    verificationColumn->addStretch(1);
    m_tabs->addTab(scrolled(verificationPage, m_tabs), tr("&Verification"));
    outer->addWidget(m_tabs, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Message"));
    m_message->hide();
    outer->addWidget(m_message);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    outer->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SourceDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SourceDialog::reject);
    connect(m_type, &QComboBox::currentIndexChanged, this, &SourceDialog::typeChanged);
    connect(m_secretGroup, &QButtonGroup::idToggled, this, &SourceDialog::updateSecretWidgets);
    connect(m_variable, &QLineEdit::textChanged, this, &SourceDialog::updateSecretWidgets);
    connect(m_importer, &SettingsFileImporter::imported, this, &SourceDialog::applyImported);
    ReadingOrder::keep(this);
    resize(620, 500);
}

const Provider *SourceDialog::provider() const
{
    return ProviderRegistry::instance().find(m_type->currentData().toString());
}

void SourceDialog::setType(const QString &type)
{
    const int index = m_type->findData(type);
    if (index < 0 || index == m_type->currentIndex())
        return;
    m_type->setCurrentIndex(index); // typeChanged() rebuilds the form
}

void SourceDialog::typeChanged()
{
    const Provider *p = provider();
    if (!p)
        return;
    const ProviderInfo &info = p->info();
    m_credentialsHelp->setText(credentialsText(info.credentials));

    // Values of settings both types share (user, timeout...) survive a change of type.
    QMap<QString, QString> previous = m_settings->values();
    previous.insert(m_advanced->values());
    previous.insert(m_verification->values());
    QList<SettingSpec> own, common, verification;
    const QStringList commonList = commonKeys();
    const QStringList verificationList = verificationKeys();
    for (const SettingSpec &spec : ProviderRegistry::allSettings(*p))
        (commonList.contains(spec.key)         ? common
         : verificationList.contains(spec.key) ? verification
                                               : own)
            .append(spec);
    m_settings->setSpecs(own);
    m_advanced->setSpecs(common);
    m_verification->setSpecs(verification);
    m_settings->setValues(previous);
    m_advanced->setValues(previous);
    m_verification->setValues(previous);
    m_tabs->setTabVisible(1, !common.isEmpty());
    m_tabs->setTabVisible(2, !verification.isEmpty());
    // The common settings override the provider's documented limits; show those as defaults.
    const ProviderLimits &limits = info.limits;
    const auto number = [](double value) { return tr("Default: %1").arg(value); };
    m_advanced->setPlaceholder(QStringLiteral("timeout"), number(limits.timeoutSeconds));
    m_advanced->setPlaceholder(QStringLiteral("concurrency"), number(limits.concurrency));
    m_advanced->setPlaceholder(QStringLiteral("rate"), limits.ratePerSecond > 0 ? number(limits.ratePerSecond)
                                                                                : tr("Default: unpaced"));
    m_advanced->setPlaceholder(QStringLiteral("burst"), number(limits.burst));
    m_advanced->setPlaceholder(QStringLiteral("batch_size"),
                               tr("Default and maximum: %1").arg(limits.maxBatchCount));
    m_advanced->setPlaceholder(QStringLiteral("max_attempts"),
                               limits.maxAttempts > 0 ? number(limits.maxAttempts) : tr("Default: no cap"));
    m_advanced->setPlaceholder(QStringLiteral("map"),
                               tr("e.g. public=https://www.example.com (from git) or "
                                  "/srv/site/public=https://www.example.com (dropped files)"));

    m_generalLayout->setRowVisible(m_endpointRow, !info.isLocal);
    m_importer->setProvider(p);
    m_generalLayout->setRowVisible(m_importer, m_importer->isAvailable());
    if (auto *label = qobject_cast<QLabel *>(m_generalLayout->labelForField(m_endpointRow))) {
        const QString text = info.multipleEndpoints ? tr("&Endpoints") : tr("&Endpoint");
        label->setText(info.defaultEndpoint.isEmpty() ? tr("%1 *").arg(text) : text);
        label->setBuddy(info.multipleEndpoints ? static_cast<QWidget *>(m_endpoints) : m_endpoint);
    }
    // Carry typed endpoints over when the editor changes between one line and a list.
    const Provider *before = ProviderRegistry::instance().find(m_shownType);
    if (before && before->info().multipleEndpoints != info.multipleEndpoints) {
        if (info.multipleEndpoints)
            m_endpoints->setPlainText(m_endpoint->text());
        else
            m_endpoint->setText(m_endpoints->toPlainText().split(QLatin1Char('\n')).value(0).trimmed());
    }
    m_shownType = info.type;
    ReadingOrder::apply(this); // the provider's fields were made after the rest
    m_endpoint->setVisible(!info.multipleEndpoints);
    m_endpoints->setVisible(info.multipleEndpoints);
    m_endpoint->setPlaceholderText(info.defaultEndpoint.isEmpty()
                                       ? tr("e.g. https://cache.example.com")
                                       : tr("Default: %1").arg(info.defaultEndpoint));
    m_endpoints->setPlaceholderText(
        tr("One base URL per cache, one per line, e.g.\nhttp://10.0.0.1:6081\nhttp://10.0.0.2:6081"));
    const QString endpointHelp =
        tr("Base URL of the API; point it at a proxy, a staging API or a test server");
    m_endpoint->setToolTip(endpointHelp);
    m_endpoints->setToolTip(tr("Each cache of the cluster receives every purge"));
    m_endpointError->hide();

    m_secretBox->setVisible(info.secret != ProviderInfo::SecretNeed::None);
    static_cast<QGroupBox *>(m_secretBox)
        ->setTitle(info.secret == ProviderInfo::SecretNeed::Optional
                       ? tr("%1 (optional)").arg(info.secretLabel)
                       : tr("%1 *").arg(info.secretLabel));
    m_password->setAccessibleName(info.secretLabel);
    m_useNone->setVisible(info.secret == ProviderInfo::SecretNeed::Optional);
    // The provider's usual choice, unless the user already entered a secret or variable.
    const bool untouched = !isEditing() && m_password->text().isEmpty() && m_variable->text().isEmpty();
    if (!m_secretGroup->checkedButton() || untouched ||
        (m_useNone->isChecked() && info.secret == ProviderInfo::SecretNeed::Required))
        (info.secret == ProviderInfo::SecretNeed::Optional ? m_useNone : m_useKeychain)->setChecked(true);
    updateSecretWidgets();
    // The dialog's rows and the provider's are two layouts; one label column reads better.
    QList<QLabel *> labels = m_settings->labels();
    for (int row = 0; row < m_generalLayout->rowCount(); ++row)
        if (QLayoutItem *item = m_generalLayout->itemAt(row, QFormLayout::LabelRole))
            if (auto *label = qobject_cast<QLabel *>(item->widget()))
                labels.append(label);
    // The widths of the previous type's labels must not carry over: a long label of one
    // provider would otherwise push every later form's fields to the right.
    int labelWidth = 0;
    for (QLabel *label : std::as_const(labels)) {
        label->setMinimumWidth(0);
        labelWidth = qMax(labelWidth, label->sizeHint().width());
    }
    for (QLabel *label : std::as_const(labels))
        label->setMinimumWidth(labelWidth);
}

SourceDialog::SecretChoice SourceDialog::secretChoice() const
{
    const Provider *p = provider();
    if (p && p->info().secret == ProviderInfo::SecretNeed::None)
        return SecretChoice::None;
    switch (m_secretGroup->checkedId()) {
    case 0:
        return SecretChoice::Keychain;
    case 1:
        return SecretChoice::Session;
    case 2:
        return SecretChoice::Environment;
    default:
        break;
    }
    return SecretChoice::None;
}

void SourceDialog::updateSecretWidgets()
{
    const SecretChoice choice = secretChoice();
    const bool keptForSession = m_session && m_session->isSessionOnly(m_secretKey);
    m_useSession->setVisible(m_session && (m_keychainUnavailable || keptForSession));
    m_password->setEnabled(choice == SecretChoice::Keychain || choice == SecretChoice::Session);
    m_variable->setEnabled(choice == SecretChoice::Environment);
    const bool hasStored = isEditing() && m_existing->secret.kind == SecretRef::Kind::Keychain;
    m_password->setPlaceholderText(
        hasStored ? tr("Leave empty to keep the stored secret")
                  : tr("Enter the %1").arg(provider() ? provider()->info().secretLabel : QString()));
    const QString variable = m_variable->text().trimmed();
    if (choice != SecretChoice::Environment || !SourceValidator::isValidVariableName(variable))
        m_variableState->clear();
    else
        m_variableState->setText(qEnvironmentVariableIsEmpty(qPrintable(variable)) ? tr("not set now")
                                                                                   : tr("set now"));
}

void SourceDialog::applyImported(const QMap<QString, QString> &settings, const QString &secret)
{
    // The file's values replace what the fields held; the rest of the form stays as typed.
    for (SettingsForm *form : {m_settings, m_advanced, m_verification}) {
        QMap<QString, QString> values = form->values();
        for (const SettingSpec &spec : form->specs())
            if (settings.contains(spec.key))
                values.insert(spec.key, settings.value(spec.key));
        form->setValues(values);
        form->clearErrors();
    }
    if (!secret.isEmpty()) {
        // Into the password field, which never shows it; saving stores it like a typed one.
        if (!m_useSession->isChecked())
            m_useKeychain->setChecked(true);
        m_password->setText(secret);
        m_secretError->hide();
    }
    updateSecretWidgets();
}

void SourceDialog::checkStoredSecret()
{
    const SecretRef ref = m_existing->secret;
    m_secretStatus->show();
    if (ref.kind != SecretRef::Kind::Keychain) {
        const auto state = ref.kind == SecretRef::Kind::None
                               ? SourceListModel::CredentialState::NoneConfigured
                           : qEnvironmentVariableIsEmpty(qPrintable(ref.variable))
                               ? SourceListModel::CredentialState::EnvironmentUnset
                               : SourceListModel::CredentialState::EnvironmentSet;
        m_secretStatus->setText(tr("Currently: %1").arg(SourceListModel::credentialText(state, ref)));
        return;
    }
    m_secretStatus->setText(
        tr("Currently: %1")
            .arg(SourceListModel::credentialText(SourceListModel::CredentialState::Checking, ref)));
    const bool sessionOnly = m_session && m_session->isSessionOnly(m_secretKey);
    QPointer<SourceDialog> self(this);
    // Only whether the entry is there is kept; the value is dropped unseen.
    m_secrets.read(m_secretKey, [self, ref, sessionOnly](const SecretStore::Result &result) {
        if (!self)
            return;
        using State = SourceListModel::CredentialState;
        State state = State::Missing;
        if (result.ok())
            state = sessionOnly ? State::StoredForSession : State::Stored;
        else if (result.status == SecretStore::Result::Status::Unavailable)
            state = State::KeychainUnavailable;
        self->m_storedPresent = result.ok();
        self->m_secretStatus->setText(tr("Currently: %1").arg(SourceListModel::credentialText(state, ref)));
    });
}

void SourceDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

std::optional<SourceConfig> SourceDialog::validatedDraft()
{
    for (QLabel *label : {m_nameError, m_endpointError, m_secretError})
        label->hide();
    m_message->hide();
    const Provider *p = provider();
    if (!p)
        return std::nullopt;
    const ProviderInfo &info = p->info();
    SourceConfig draft;
    if (m_existing)
        draft.id = m_existing->id;
    draft.name = m_name->text().trimmed();
    draft.type = info.type;
    const auto fail = [](QLabel *label, const QString &message) {
        label->setText(message);
        label->show();
    };

    if (draft.name.isEmpty()) {
        fail(m_nameError, tr("Name is required."));
    } else if (!SourceValidator::isValidName(draft.name)) {
        fail(m_nameError, tr("invalid source name \"%1\": use letters, digits, '.', '_' and '-', starting "
                             "with a letter or digit")
                              .arg(draft.name));
    } else if (const auto other = m_sources.findByName(draft.name);
               other && (!m_existing || other->id != m_existing->id)) {
        fail(m_nameError, tr("a source named \"%1\" already exists").arg(draft.name));
    }

    const bool settingsOk = m_settings->validate();
    const bool advancedOk = m_advanced->validate() & m_verification->validate();
    draft.settings = m_settings->values();
    draft.settings.insert(m_advanced->values());
    draft.settings.insert(m_verification->values());

    if (!info.isLocal) {
        const QStringList lines = info.multipleEndpoints ? m_endpoints->toPlainText().split(QLatin1Char('\n'))
                                                         : QStringList{m_endpoint->text()};
        for (const QString &line : lines)
            if (!line.trimmed().isEmpty())
                draft.endpoints << line.trimmed();
    }
    if (const QString error = SourceValidator::checkEndpoints(*p, draft.endpoints); !error.isEmpty())
        fail(m_endpointError, error);

    const QString secretName = info.secretLabel;
    const bool hasStored = m_existing && m_existing->secret.kind == SecretRef::Kind::Keychain;
    switch (secretChoice()) {
    case SecretChoice::Keychain:
    case SecretChoice::Session:
        draft.secret.kind = SecretRef::Kind::Keychain;
        if (!m_password->text().isEmpty())
            break;
        if (!hasStored)
            fail(m_secretError, tr("Enter the %1, or choose an environment variable.").arg(secretName));
        else if (m_storedPresent == false && info.secret == ProviderInfo::SecretNeed::Required)
            fail(m_secretError, tr("No %1 is stored for this source: enter it.").arg(secretName));
        break;
    case SecretChoice::Environment:
        draft.secret = {SecretRef::Kind::Environment, m_variable->text().trimmed()};
        if (!SourceValidator::isValidVariableName(draft.secret.variable))
            fail(m_secretError, tr("invalid environment variable name \"%1\"").arg(draft.secret.variable));
        break;
    case SecretChoice::None:
        break;
    }

    const bool fieldsOk = settingsOk && advancedOk && m_nameError->isHidden() &&
                          m_endpointError->isHidden() && m_secretError->isHidden();
    if (!fieldsOk) {
        if (settingsOk && !advancedOk)
            m_tabs->setCurrentIndex(1);
        else if (!m_nameError->isHidden() || !m_endpointError->isHidden() || !settingsOk ||
                 !m_secretError->isHidden())
            m_tabs->setCurrentIndex(0);
        showMessage(tr("Please correct the marked fields."), true);
        return std::nullopt;
    }
    // The rules across fields, exactly as `purgeline source add` applies them.
    for (const QString &error :
         {SourceValidator::checkSettings(*p, draft.settings),
          SourceValidator::checkSecretsInTransit(*p, draft), p->validateSource(draft)}) {
        if (!error.isEmpty()) {
            showFieldError(error);
            return std::nullopt;
        }
    }
    return draft;
}

void SourceDialog::showFieldError(const QString &message)
{
    // Provider messages name the setting ("setting root must be ..."), or the endpoint.
    if (message.contains(QLatin1String("endpoint"), Qt::CaseInsensitive)) {
        m_endpointError->setText(message);
        m_endpointError->show();
        m_tabs->setCurrentIndex(0);
        showMessage(tr("Please correct the marked fields."), true);
        return;
    }
    QList<std::pair<QString, SettingsForm *>> keys;
    for (SettingsForm *form : {m_settings, m_advanced, m_verification})
        for (const SettingSpec &spec : form->specs())
            keys.emplaceBack(spec.key, form);
    // Longer keys first, so "public_root" is not taken for "root".
    std::sort(keys.begin(), keys.end(),
              [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    for (const auto &[key, form] : keys) {
        const QRegularExpression word(
            QStringLiteral("(^|[^A-Za-z0-9_])%1($|[^A-Za-z0-9_])").arg(QRegularExpression::escape(key)));
        if (!word.match(message).hasMatch())
            continue;
        form->setError(key, message);
        m_tabs->setCurrentIndex(form == m_advanced ? 1 : form == m_verification ? 2 : 0);
        showMessage(tr("Please correct the marked fields."), true);
        return;
    }
    showMessage(message, true);
}

void SourceDialog::save()
{
    if (m_busy)
        return;
    const std::optional<SourceConfig> draft = validatedDraft();
    if (!draft)
        return;
    const QString secret = m_password->text();
    const SecretChoice choice = secretChoice();
    if (choice == SecretChoice::Keychain && !secret.isEmpty()) {
        storeSecretThenCommit(*draft, secret);
        return;
    }
    if (choice == SecretChoice::Session && !secret.isEmpty() && m_session) {
        m_session->keepForSession(m_secretKey, secret);
        m_password->clear();
    }
    commit(*draft, false);
}

void SourceDialog::storeSecretThenCommit(const SourceConfig &draft, const QString &secret)
{
    setBusy(true, tr("Storing the %1 in the keychain…").arg(provider()->info().secretLabel));
    const quint64 generation = ++m_writeGeneration;
    QPointer<SourceDialog> self(this);
    // The secret is written before the row, so a failed write leaves no half-made source.
    m_secrets.write(m_secretKey, secret, [self, generation, draft](const SecretStore::Result &result) {
        if (!self || self->m_writeGeneration != generation)
            return;
        ++self->m_writeGeneration;
        self->setBusy(false);
        if (result.ok()) {
            self->m_password->clear();
            self->commit(draft, true);
        } else {
            self->keychainFailed(result.error, result.status == SecretStore::Result::Status::Unavailable);
        }
    });
    // A keychain prompt nobody sees must not freeze the dialog.
    QTimer::singleShot(kKeychainTimeoutMs, this, [this, generation] {
        if (m_writeGeneration != generation)
            return;
        ++m_writeGeneration;
        setBusy(false);
        keychainFailed(tr("the system keychain did not answer within %1 s").arg(kKeychainTimeoutMs / 1000),
                       true);
    });
}

void SourceDialog::commit(SourceConfig draft, bool wroteSecret)
{
    const QString error = m_existing ? m_sources.update(draft) : m_sources.add(draft, m_secretKey);
    if (!error.isEmpty()) {
        if (!m_existing && (wroteSecret || (m_session && m_session->isSessionOnly(m_secretKey))))
            m_secrets.remove(m_secretKey, [](const SecretStore::Result &) {});
        showMessage(tr("Could not save the source: %1").arg(error), true);
        return;
    }
    // The keychain entry no longer belongs to anything once the source reads its secret elsewhere.
    if (m_existing && m_existing->secret.kind == SecretRef::Kind::Keychain &&
        draft.secret.kind != SecretRef::Kind::Keychain)
        m_secrets.remove(m_secretKey, [](const SecretStore::Result &) {});
    m_savedId = draft.id;
    emit sourceSaved(draft.id);
    accept();
}

void SourceDialog::keychainFailed(const QString &error, bool unavailable)
{
    if (!unavailable) {
        showMessage(tr("Could not store the secret: %1. Nothing was saved.").arg(error), true);
        return;
    }
    m_keychainUnavailable = true;
    updateSecretWidgets();
    showMessage(
        m_session
            ? tr("Nothing was saved: %1. Read the secret from an environment variable instead, or keep it "
                 "for this session only: Purgeline then holds it in memory until it quits and never "
                 "writes it to disk.")
                  .arg(error)
            : tr("Nothing was saved: %1. Read the secret from an environment variable instead.").arg(error),
        true);
}

void SourceDialog::setBusy(bool busy, const QString &message)
{
    m_busy = busy;
    m_buttons->setEnabled(!busy);
    m_tabs->setEnabled(!busy);
    if (busy)
        showMessage(message, false);
}

void SourceDialog::showMessage(const QString &message, bool error)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    if (error) {
        const bool dark = palette().color(QPalette::Window).lightness() < 128;
        m_message->setStyleSheet(dark ? QStringLiteral("color: #ff8a80;")
                                      : QStringLiteral("color: #b71c1c;"));
    } else {
        m_message->setStyleSheet({});
    }
}
