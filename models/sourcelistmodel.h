#pragma once

#include "core/sourceconfig.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>

class SecretStore;
class SourceStore;

// Every configured source with its type, provider icon and whether its credentials are there.
// Keychain entries are checked asynchronously (the keychain may take a while or prompt) and
// their value is dropped as soon as it arrives: the model only ever knows "stored" or not.
// refresh() updates rows in place, removes and appends; it never resets, so the selection
// survives. Views sort through a proxy (SortRole).
class SourceListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceListModel)
public:
    enum Column { NameColumn, TypeColumn, EndpointColumn, CredentialsColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole, TypeRole, CredentialStateRole };
    enum class CredentialState {
        Checking,            // keychain read under way
        Stored,              // keychain entry readable
        StoredForSession,    // held in memory until the window quits (no keychain)
        Missing,             // needed, but no keychain entry or no reference at all
        KeychainUnavailable, // the keychain could not be asked
        EnvironmentSet,      // from an environment variable that is set now
        EnvironmentUnset,    // from an environment variable that is not set in this process
        NoneConfigured,      // optional secret, none given
        NoneNeeded           // the provider takes no secret
    };
    Q_ENUM(CredentialState)

    SourceListModel(SourceStore &sources, SecretStore &secrets, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const SourceConfig &sourceAt(int row) const { return m_rows.at(row).source; }
    CredentialState credentialStateAt(int row) const { return m_rows.at(row).state; }
    int rowOfId(qint64 id) const;

    static QString credentialText(CredentialState state, const SecretRef &ref);
    // The provider's icon from the resources (":/icons/provider-TYPE.svg"), or a generic one.
    static QIcon providerIcon(const QString &type);

public slots:
    // Re-reads the sources from the store and re-checks every credential.
    void refresh();
    // Re-checks one source's credential (after the dialog stored or removed a secret).
    void recheck(qint64 id);

signals:
    // A credential check finished and its row shows the result.
    void credentialChecked(qint64 id);

private:
    struct Row
    {
        SourceConfig source;
        QString secretKey;
        CredentialState state = CredentialState::Checking;
        quint64 generation = 0; // answers to older checks of this row are ignored
    };
    CredentialState immediateState(const SourceConfig &source) const;
    void startCheck(Row &row);
    void setState(qint64 id, quint64 generation, CredentialState state);
    void emitRowChanged(int row);

    SourceStore &m_sources;
    SecretStore &m_secrets;
    QList<Row> m_rows;
    quint64 m_nextGeneration = 1;
};
