#pragma once

#include "providers/provider.h"

#include <QHash>
#include <QMap>
#include <QWidget>

class QFormLayout;
class QLabel;

// A form built from what a provider declares about its settings (SettingSpec): one editor per
// setting chosen by its kind, a "*" on required ones, the help text as tool tip and What's
// This, and an error line under each field. A new provider needs no new form code.
class SettingsForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsForm)
public:
    explicit SettingsForm(QWidget *parent = nullptr);

    void setSpecs(const QList<SettingSpec> &specs);
    const QList<SettingSpec> &specs() const { return m_specs; }
    bool isEmpty() const { return m_specs.isEmpty(); }

    // Values that are set; empty fields are left out so the provider's defaults apply.
    QMap<QString, QString> values() const;
    void setValues(const QMap<QString, QString> &values);

    // Checks every field (required, then the same value rules as the command line) and shows
    // the messages under the fields; returns whether all passed.
    bool validate();
    QString error(const QString &key) const;
    // Shows a message from a check that spans fields (Provider::validateSource) at its field.
    void setError(const QString &key, const QString &message);
    void clearErrors();

    QWidget *editor(const QString &key) const;
    // What applies when the field is left empty, where the spec has no default of its own.
    void setPlaceholder(const QString &key, const QString &text);
    // The row labels, so a dialog can line them up with its own form rows.
    QList<QLabel *> labels() const;

    // An error line as the form shows it (red that stays readable on dark palettes); the
    // source dialog uses it for its own fields.
    static QLabel *createErrorLabel(const QString &accessibleName, QWidget *parent);

signals:
    void changed();

private:
    struct Field
    {
        SettingSpec spec;
        QWidget *editor =
            nullptr; // the QLineEdit, QComboBox or (repeatable) QPlainTextEdit holding the value
        QLabel *error = nullptr;
    };
    QWidget *createEditor(const SettingSpec &spec, QWidget *container);
    QString valueOf(const Field &field) const;
    QString check(const Field &field) const;
    void showError(Field &field, const QString &message);

    QFormLayout *m_layout;
    QList<SettingSpec> m_specs;
    QList<Field> m_fields;
    bool m_showRequired = false; // "required" only after the user tried to save
};
