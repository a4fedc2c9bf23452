#pragma once

#include "queue/purgeoptions.h"

#include <QWidget>

class EmptyState;
class PresetStore;
class QListWidget;
class QPushButton;

// Saved purges: run one, load it into the composer to edit, rename, delete. The same presets
// `purgeline preset` sees, since both read the profile's database.
class PresetsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresetsPanel)
public:
    explicit PresetsPanel(PresetStore &presets, QWidget *parent = nullptr);
    QString currentPreset() const;

public slots:
    void reload();

signals:
    void runRequested(const QString &name);
    void editRequested(const QString &name, const PurgeOptions &options);
    void presetsChanged();

private:
    void renameCurrent();
    void deleteCurrent();
    void updateButtons();

    PresetStore &m_presets;
    QListWidget *m_list;
    QPushButton *m_run;
    QPushButton *m_edit;
    QPushButton *m_rename;
    QPushButton *m_delete;
    EmptyState *m_empty; // instead of the list while there is no preset
};
