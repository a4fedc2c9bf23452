#include "requestoptionsform.h"
#include "readingorder.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace {

// Repeatable options take one value per line.
QStringList valuesOf(const QWidget *editor)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(editor)) {
        const QString text = line->text().trimmed();
        return text.isEmpty() ? QStringList() : QStringList{text};
    }
    QStringList values;
    if (const auto *lines = qobject_cast<const QPlainTextEdit *>(editor))
        for (const QString &line : lines->toPlainText().split(QLatin1Char('\n')))
            if (!line.trimmed().isEmpty())
                values << line.trimmed();
    return values;
}

} // namespace

RequestOptionsForm::RequestOptionsForm(QWidget *parent) : QWidget(parent), m_layout(new QFormLayout(this))
{
    setObjectName(QStringLiteral("requestOptions"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    hide();
}

void RequestOptionsForm::setSpecs(const QList<OptionSpec> &specs)
{
    const OptionValues current = values();
    m_specs = specs;
    rebuild();
    setValues(current);
}

void RequestOptionsForm::rebuild()
{
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_editors.clear();
    for (const OptionSpec &spec : std::as_const(m_specs)) {
        QWidget *editor = nullptr;
        if (spec.repeatable) {
            auto *lines = new QPlainTextEdit(this);
            lines->setTabChangesFocus(true); // one value per line: a tab is never part of one
            lines->setPlaceholderText(spec.kind == OptionSpec::Kind::Header ? tr("NAME:VALUE, one per line")
                                                                            : tr("One per line"));
            lines->setFixedHeight(lines->fontMetrics().lineSpacing() * 3 + 12);
            connect(lines, &QPlainTextEdit::textChanged, this, &RequestOptionsForm::changed);
            editor = lines;
        } else {
            auto *line = new QLineEdit(this);
            line->setClearButtonEnabled(true);
            connect(line, &QLineEdit::textChanged, this, &RequestOptionsForm::changed);
            editor = line;
        }
        editor->setObjectName(QStringLiteral("option_") + spec.key);
        editor->setToolTip(spec.help);
        editor->setAccessibleName(spec.label);
        auto *label = new QLabel(spec.label + QLatin1Char(':'), this);
        label->setToolTip(spec.help);
        label->setBuddy(editor);
        m_layout->addRow(label, editor);
        m_editors.append({spec.key, editor});
    }
    setVisible(!m_specs.isEmpty());
    // The new fields join the end of the chain; put them back where the form shows them.
    ReadingOrder::apply(window());
}

OptionValues RequestOptionsForm::values() const
{
    OptionValues result = m_hidden;
    for (const auto &[key, editor] : m_editors) {
        // An option that does not apply to the chosen match is not sent (nor refused for it).
        const QStringList values = editor->isEnabled() ? valuesOf(editor) : QStringList();
        if (values.isEmpty())
            result.remove(key);
        else
            result.insert(key, values);
    }
    return result;
}

void RequestOptionsForm::setValues(const OptionValues &values)
{
    m_hidden.clear();
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (!editor(it.key()))
            m_hidden.insert(it.key(), it.value());
    for (const auto &[key, widget] : m_editors) {
        const QStringList given = values.value(key);
        if (auto *line = qobject_cast<QLineEdit *>(widget))
            line->setText(given.value(0));
        else if (auto *lines = qobject_cast<QPlainTextEdit *>(widget))
            lines->setPlainText(given.join(QLatin1Char('\n')));
    }
    emit changed();
}

QWidget *RequestOptionsForm::editor(const QString &key) const
{
    for (const auto &[name, widget] : m_editors)
        if (name == key)
            return widget;
    return nullptr;
}

void RequestOptionsForm::setMatch(MatchKind match)
{
    for (const OptionSpec &spec : std::as_const(m_specs)) {
        QWidget *field = editor(spec.key);
        const bool applies = spec.matches.isEmpty() || spec.matches.contains(match);
        field->setEnabled(applies);
        if (auto *label = qobject_cast<QLabel *>(m_layout->labelForField(field)))
            label->setEnabled(applies);
    }
}
