#include "settingsform.h"

#include "queue/sourcevalidator.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

SettingsForm::SettingsForm(QWidget *parent) : QWidget(parent), m_layout(new QFormLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
}

void SettingsForm::setSpecs(const QList<SettingSpec> &specs)
{
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_fields.clear();
    m_specs = specs;
    m_showRequired = false;
    for (const SettingSpec &spec : specs) {
        auto *container = new QWidget(this);
        auto *column = new QVBoxLayout(container);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        Field field;
        field.spec = spec;
        field.editor = createEditor(spec, container);
        field.error = createErrorLabel(tr("%1: error").arg(spec.label), container);
        column->addWidget(field.error);

        const QString label = spec.required ? tr("%1 *").arg(spec.label) : spec.label;
        auto *labelWidget = new QLabel(label, this);
        labelWidget->setBuddy(field.editor);
        QString help = spec.help;
        if (!spec.defaultValue.isEmpty())
            help += (help.isEmpty() ? QString() : QStringLiteral("\n")) +
                    tr("Default: %1").arg(spec.defaultValue);
        if (spec.required)
            help += (help.isEmpty() ? QString() : QStringLiteral("\n")) + tr("Required.");
        for (QWidget *w : {static_cast<QWidget *>(labelWidget), field.editor}) {
            w->setToolTip(help);
            w->setWhatsThis(help);
        }
        field.editor->setAccessibleName(spec.label);
        field.editor->setAccessibleDescription(help);
        field.editor->setObjectName(QStringLiteral("setting_") + spec.key);
        m_layout->addRow(labelWidget, container);
        m_fields.append(field);
    }
}

QWidget *SettingsForm::createEditor(const SettingSpec &spec, QWidget *container)
{
    auto *column = static_cast<QVBoxLayout *>(container->layout());
    const int index = int(m_fields.size());
    const auto recheck = [this, index] {
        if (index < m_fields.size())
            showError(m_fields[index], check(m_fields.at(index)));
        emit changed();
    };
    if (spec.kind == SettingSpec::Kind::Choice) {
        auto *combo = new QComboBox(container);
        // An optional choice may stay unset, so the provider's default applies (as on the command line).
        if (!spec.required)
            combo->addItem(spec.defaultValue.isEmpty() ? tr("Not set")
                                                       : tr("Default (%1)").arg(spec.defaultValue),
                           QString());
        for (const QString &choice : spec.choices)
            combo->addItem(choice, choice);
        connect(combo, &QComboBox::currentIndexChanged, this, recheck);
        column->addWidget(combo);
        return combo;
    }
    if (spec.repeatable) { // one value per line, as the command line keeps repeated --set values
        auto *lines = new QPlainTextEdit(container);
        lines->setTabChangesFocus(true); // one value per line: a tab is never part of one
        lines->setTabChangesFocus(true);
        lines->setPlaceholderText(tr("One per line"));
        lines->setFixedHeight(lines->fontMetrics().lineSpacing() * 4 + 12);
        connect(lines, &QPlainTextEdit::textChanged, this, recheck);
        column->addWidget(lines);
        return lines;
    }
    auto *edit = new QLineEdit(container);
    edit->setClearButtonEnabled(true);
    if (!spec.defaultValue.isEmpty())
        edit->setPlaceholderText(tr("Default: %1").arg(spec.defaultValue));
    else if (spec.kind == SettingSpec::Kind::Url)
        edit->setPlaceholderText(QStringLiteral("https://"));
    if (spec.kind == SettingSpec::Kind::Number)
        edit->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    connect(edit, &QLineEdit::textChanged, this, recheck);
    if (spec.kind != SettingSpec::Kind::Path) {
        column->addWidget(edit);
        return edit;
    }
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(edit, 1);
    auto *browse = new QToolButton(container);
    browse->setText(tr("Browse…"));
    browse->setAccessibleName(tr("Browse for %1").arg(spec.label));
    // Path settings name directories (cache and public roots); SettingSpec has no file kind yet.
    connect(browse, &QToolButton::clicked, this, [this, edit, label = spec.label] {
        const QString dir = QFileDialog::getExistingDirectory(this, label, edit->text());
        if (!dir.isEmpty())
            edit->setText(dir);
    });
    row->addWidget(browse);
    column->addLayout(row);
    return edit;
}

QLabel *SettingsForm::createErrorLabel(const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const bool dark = parent->palette().color(QPalette::Window).lightness() < 128;
    label->setStyleSheet(dark ? QStringLiteral("color: #ff8a80;") : QStringLiteral("color: #b71c1c;"));
    label->setAccessibleName(accessibleName);
    label->hide();
    return label;
}

QMap<QString, QString> SettingsForm::values() const
{
    QMap<QString, QString> result;
    for (const Field &field : m_fields)
        if (const QString value = valueOf(field); !value.isEmpty())
            result.insert(field.spec.key, value);
    return result;
}

void SettingsForm::setValues(const QMap<QString, QString> &values)
{
    for (const Field &field : std::as_const(m_fields)) {
        const QString value = values.value(field.spec.key);
        if (auto *combo = qobject_cast<QComboBox *>(field.editor)) {
            int index = combo->findData(value);
            if (index < 0 && !value.isEmpty()) { // a value this version does not offer: keep it visible
                combo->addItem(value, value);
                index = combo->count() - 1;
            }
            combo->setCurrentIndex(qMax(0, index));
        } else if (auto *edit = qobject_cast<QLineEdit *>(field.editor)) {
            edit->setText(value);
        } else if (auto *lines = qobject_cast<QPlainTextEdit *>(field.editor)) {
            lines->setPlainText(value);
        }
    }
}

QString SettingsForm::valueOf(const Field &field) const
{
    if (const auto *combo = qobject_cast<const QComboBox *>(field.editor))
        return combo->currentData().toString();
    if (const auto *edit = qobject_cast<const QLineEdit *>(field.editor))
        return edit->text();
    if (const auto *lines = qobject_cast<const QPlainTextEdit *>(field.editor)) {
        QStringList values = lines->toPlainText().split(QLatin1Char('\n'));
        values.removeAll(QString());
        return values.join(QLatin1Char('\n'));
    }
    return {};
}

QString SettingsForm::check(const Field &field) const
{
    const QString value = valueOf(field);
    if (value.isEmpty())
        return field.spec.required && m_showRequired ? tr("%1 is required.").arg(field.spec.label)
                                                     : QString();
    return SourceValidator::checkSettingValue(field.spec, value);
}

bool SettingsForm::validate()
{
    m_showRequired = true;
    bool ok = true;
    for (Field &field : m_fields) {
        const QString message = check(field);
        showError(field, message);
        ok = ok && message.isEmpty();
    }
    return ok;
}

QString SettingsForm::error(const QString &key) const
{
    for (const Field &field : m_fields)
        if (field.spec.key == key)
            return field.error->isHidden() ? QString() : field.error->text();
    return {};
}

void SettingsForm::setError(const QString &key, const QString &message)
{
    for (Field &field : m_fields)
        if (field.spec.key == key)
            showError(field, message);
}

void SettingsForm::clearErrors()
{
    for (Field &field : m_fields)
        showError(field, {});
}

void SettingsForm::setPlaceholder(const QString &key, const QString &text)
{
    if (auto *edit = qobject_cast<QLineEdit *>(editor(key)))
        edit->setPlaceholderText(text);
}

QList<QLabel *> SettingsForm::labels() const
{
    QList<QLabel *> result;
    for (int row = 0; row < m_layout->rowCount(); ++row)
        if (QLayoutItem *item = m_layout->itemAt(row, QFormLayout::LabelRole))
            if (auto *label = qobject_cast<QLabel *>(item->widget()))
                result.append(label);
    return result;
}

QWidget *SettingsForm::editor(const QString &key) const
{
    for (const Field &field : m_fields)
        if (field.spec.key == key)
            return field.editor;
    return nullptr;
}

void SettingsForm::showError(Field &field, const QString &message)
{
    field.error->setText(message);
    field.error->setVisible(!message.isEmpty());
}
