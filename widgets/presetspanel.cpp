#include "presetspanel.h"

#include "emptystate.h"
#include "purgewords.h"
#include "storage/presetstore.h"

#include <QGridLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

PresetsPanel::PresetsPanel(PresetStore &presets, QWidget *parent)
    : QWidget(parent), m_presets(presets), m_list(new QListWidget(this)),
      m_run(new QPushButton(tr("&Run"), this)), m_edit(new QPushButton(tr("&Edit"), this)),
      m_rename(new QPushButton(tr("Re&name"), this)), m_delete(new QPushButton(tr("&Delete"), this)),
      m_empty(new EmptyState(tr("No presets yet. Set up a purge in the composer and choose Save as preset… "
                                "to run it again in one click, from the tray, or with purgeline preset run."),
                             this))
{
    m_empty->setObjectName(QStringLiteral("presetsEmpty"));
    auto *title = new QLabel(tr("Presets"), this);
    title->setStyleSheet(QStringLiteral("font-weight: bold"));
    m_list->setAccessibleName(tr("Saved presets"));
    m_run->setToolTip(tr("Run the selected preset now"));
    m_edit->setToolTip(tr("Load the selected preset into the composer"));
    for (QPushButton *button : {m_run, m_edit, m_rename, m_delete})
        button->setAccessibleName(button->text().remove(QLatin1Char('&')));

    // Two by two, so the side panel can stay narrow.
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_run, 0, 0);
    buttons->addWidget(m_edit, 0, 1);
    buttons->addWidget(m_rename, 1, 0);
    buttons->addWidget(m_delete, 1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &PresetsPanel::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, [this] { emit runRequested(currentPreset()); });
    connect(m_run, &QPushButton::clicked, this, [this] { emit runRequested(currentPreset()); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const auto preset = m_presets.find(currentPreset()))
            emit editRequested(preset->name, PurgeOptions::fromJson(preset->definition));
    });
    connect(m_rename, &QPushButton::clicked, this, &PresetsPanel::renameCurrent);
    connect(m_delete, &QPushButton::clicked, this, &PresetsPanel::deleteCurrent);
    reload();
}

QString PresetsPanel::currentPreset() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void PresetsPanel::reload()
{
    const QString current = currentPreset();
    m_list->clear();
    for (const PresetRecord &preset : m_presets.list()) {
        const PurgeOptions options = PurgeOptions::fromJson(preset.definition);
        auto *item = new QListWidgetItem(preset.name, m_list);
        item->setData(Qt::UserRole, preset.name);
        item->setToolTip(tr("%1 on %2; %n target(s)", nullptr, int(options.targets.size()))
                             .arg(PurgeWords::actionAndMatch(options.action, options.match),
                                  options.sources.join(QStringLiteral(", "))));
        if (preset.name == current)
            m_list->setCurrentItem(item);
    }
    m_list->setVisible(m_list->count() > 0);
    m_empty->setVisible(m_list->count() == 0);
    updateButtons();
}

void PresetsPanel::updateButtons()
{
    const bool selected = m_list->currentItem() != nullptr;
    for (QPushButton *button : {m_run, m_edit, m_rename, m_delete})
        button->setEnabled(selected);
}

void PresetsPanel::renameCurrent()
{
    const QString from = currentPreset();
    bool ok = false;
    const QString to = QInputDialog::getText(this, tr("Rename preset"), tr("New name for \"%1\":").arg(from),
                                             QLineEdit::Normal, from, &ok)
                           .trimmed();
    if (!ok || to.isEmpty() || to == from)
        return;
    if (const QString error = m_presets.rename(from, to); !error.isEmpty()) {
        QMessageBox::warning(this, tr("Rename preset"), error);
        return;
    }
    reload();
    emit presetsChanged();
}

void PresetsPanel::deleteCurrent()
{
    const QString name = currentPreset();
    if (QMessageBox::question(this, tr("Delete preset"), tr("Delete the preset \"%1\"?").arg(name)) !=
        QMessageBox::Yes)
        return;
    m_presets.remove(name);
    reload();
    emit presetsChanged();
}
