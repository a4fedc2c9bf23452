#include "sourcelistmodel.h"

#include "credentials/secretstore.h"
#include "credentials/sessionsecretstore.h"
#include "providers/providerregistry.h"
#include "storage/sourcestore.h"

#include <QFile>
#include <QHash>
#include <QPointer>
#include <QSet>

namespace {

bool sameConfig(const SourceConfig &a, const SourceConfig &b)
{
    return a.name == b.name && a.type == b.type && a.endpoints == b.endpoints && a.settings == b.settings &&
           a.secret.kind == b.secret.kind && a.secret.variable == b.secret.variable;
}

} // namespace

SourceListModel::SourceListModel(SourceStore &sources, SecretStore &secrets, QObject *parent)
    : QAbstractTableModel(parent), m_sources(sources), m_secrets(secrets)
{
    refresh();
}

int SourceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SourceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const SourceConfig &source = row.source;
    const Provider *provider = ProviderRegistry::instance().find(source.type);
    switch (role) {
    case IdRole:
        return source.id;
    case TypeRole:
        return source.type;
    case CredentialStateRole:
        return QVariant::fromValue(row.state);
    case SortRole:
        if (index.column() == CredentialsColumn)
            return int(row.state);
        return data(index, Qt::DisplayRole).toString().toLower();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return source.name;
        case TypeColumn:
            return provider ? provider->info().displayName : source.type;
        case EndpointColumn:
            if (provider && provider->info().isLocal)
                return role == Qt::DisplayRole ? source.setting(QStringLiteral("root"))
                                               : tr("Works on local files");
            if (source.endpoints.isEmpty())
                return provider ? tr("%1 (default)").arg(provider->info().defaultEndpoint) : QString();
            return role == Qt::DisplayRole ? source.endpoints.join(QStringLiteral(", "))
                                           : source.endpoints.join(QLatin1Char('\n'));
        case CredentialsColumn:
            return credentialText(row.state, source.secret);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return providerIcon(source.type);
        if (index.column() == CredentialsColumn) {
            switch (row.state) {
            case CredentialState::Missing:
            case CredentialState::KeychainUnavailable:
            case CredentialState::EnvironmentUnset:
                return QIcon(QStringLiteral(":/icons/source-credential-missing.svg"));
            case CredentialState::Stored:
            case CredentialState::StoredForSession:
            case CredentialState::EnvironmentSet:
                return QIcon(QStringLiteral(":/icons/source-credential-ok.svg"));
            default:
                break;
            }
        }
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == CredentialsColumn)
            return tr("Credentials: %1").arg(credentialText(row.state, source.secret));
        return data(index, Qt::DisplayRole);
    default:
        break;
    }
    return {};
}

QVariant SourceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case EndpointColumn:
        return tr("Endpoint");
    case CredentialsColumn:
        return tr("Credentials");
    }
    return {};
}

int SourceListModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).source.id == id)
            return i;
    return -1;
}

QString SourceListModel::credentialText(CredentialState state, const SecretRef &ref)
{
    switch (state) {
    case CredentialState::Checking:
        return tr("checking…");
    case CredentialState::Stored:
        return tr("stored");
    case CredentialState::StoredForSession:
        return tr("stored for this session only");
    case CredentialState::Missing:
        return tr("missing");
    case CredentialState::KeychainUnavailable:
        return tr("keychain unavailable");
    case CredentialState::EnvironmentSet:
        return tr("from environment variable %1 (set)").arg(ref.variable);
    case CredentialState::EnvironmentUnset:
        return tr("from environment variable %1 (not set)").arg(ref.variable);
    case CredentialState::NoneConfigured:
        return tr("none");
    case CredentialState::NoneNeeded:
        return tr("none needed");
    }
    return {};
}

QIcon SourceListModel::providerIcon(const QString &type)
{
    const QString path = QStringLiteral(":/icons/provider-%1.svg").arg(type);
    if (QFile::exists(path))
        return QIcon(path);
    if (QFile::exists(QStringLiteral(":/icons/provider-generic.svg")))
        return QIcon(QStringLiteral(":/icons/provider-generic.svg"));
    return QIcon::fromTheme(QStringLiteral("network-server"));
}

void SourceListModel::refresh()
{
    const QList<SourceConfig> fresh = m_sources.list();
    QHash<qint64, const SourceConfig *> byId;
    for (const SourceConfig &s : fresh)
        byId.insert(s.id, &s);

    // From the back, so the rows still to be looked at keep their numbers.
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (byId.contains(m_rows.at(i).source.id))
            continue;
        beginRemoveRows({}, i, i);
        m_rows.removeAt(i);
        endRemoveRows();
    }
    QSet<qint64> known;
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        known.insert(row.source.id);
        const SourceConfig &now = *byId.value(row.source.id);
        const bool secretChanged =
            now.secret.kind != row.source.secret.kind || now.secret.variable != row.source.secret.variable;
        const bool changed = !sameConfig(now, row.source);
        row.source = now;
        if (secretChanged)
            row.state = immediateState(now);
        startCheck(row); // also re-reads environment variables, which may have changed
        if (changed || secretChanged)
            emitRowChanged(i);
    }
    QList<Row> added;
    for (const SourceConfig &s : fresh) {
        if (known.contains(s.id))
            continue;
        Row row;
        row.source = s;
        row.secretKey = m_sources.secretKey(s.id);
        row.state = immediateState(s);
        added.append(row);
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.append(added);
        endInsertRows();
        for (int i = first; i < m_rows.size(); ++i)
            startCheck(m_rows[i]);
    }
}

void SourceListModel::recheck(qint64 id)
{
    const int row = rowOfId(id);
    if (row >= 0)
        startCheck(m_rows[row]);
}

SourceListModel::CredentialState SourceListModel::immediateState(const SourceConfig &source) const
{
    const Provider *provider = ProviderRegistry::instance().find(source.type);
    const auto need = provider ? provider->info().secret : ProviderInfo::SecretNeed::Optional;
    switch (source.secret.kind) {
    case SecretRef::Kind::Keychain:
        return CredentialState::Checking;
    case SecretRef::Kind::Environment:
        return qEnvironmentVariableIsEmpty(qPrintable(source.secret.variable))
                   ? CredentialState::EnvironmentUnset
                   : CredentialState::EnvironmentSet;
    case SecretRef::Kind::None:
        break;
    }
    if (need == ProviderInfo::SecretNeed::None)
        return CredentialState::NoneNeeded;
    return need == ProviderInfo::SecretNeed::Required ? CredentialState::Missing
                                                      : CredentialState::NoneConfigured;
}

void SourceListModel::startCheck(Row &row)
{
    row.generation = m_nextGeneration++;
    if (row.source.secret.kind != SecretRef::Kind::Keychain) {
        setState(row.source.id, row.generation, immediateState(row.source));
        return;
    }
    QPointer<SourceListModel> self(this);
    const qint64 id = row.source.id;
    const quint64 generation = row.generation;
    const auto *session = qobject_cast<SessionSecretStore *>(&m_secrets);
    const bool sessionOnly = session && session->isSessionOnly(row.secretKey);
    m_secrets.read(row.secretKey, [self, id, generation, sessionOnly](const SecretStore::Result &result) {
        // result.secret is deliberately never looked at or kept.
        if (!self)
            return;
        CredentialState state = CredentialState::Missing;
        if (result.ok())
            state = sessionOnly ? CredentialState::StoredForSession : CredentialState::Stored;
        else if (result.status == SecretStore::Result::Status::Unavailable)
            state = CredentialState::KeychainUnavailable;
        self->setState(id, generation, state);
        emit self->credentialChecked(id);
    });
}

void SourceListModel::setState(qint64 id, quint64 generation, CredentialState state)
{
    const int row = rowOfId(id);
    if (row < 0 || m_rows.at(row).generation != generation || m_rows.at(row).state == state)
        return;
    m_rows[row].state = state;
    const QModelIndex cell = index(row, CredentialsColumn);
    emit dataChanged(cell, cell);
}

void SourceListModel::emitRowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}
