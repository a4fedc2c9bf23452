#pragma once

#include "core/purgetypes.h"
#include "providers/provider.h"

#include <QWidget>

class QFormLayout;

// The composer's fields for the request options the chosen sources' providers declare, built
// from their declarations (label, help, one value or several), so a new provider's options show
// up with no widget code of its own. Values it does not show are kept, so loading a preset and
// saving it again loses nothing.
class RequestOptionsForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestOptionsForm)
public:
    explicit RequestOptionsForm(QWidget *parent = nullptr);

    // The options to offer (each key once); fields already filled keep their values.
    void setSpecs(const QList<OptionSpec> &specs);
    bool isEmpty() const { return m_specs.isEmpty(); }
    // Only the options that apply to the chosen match can be edited.
    void setMatch(MatchKind match);

    OptionValues values() const;
    void setValues(const OptionValues &values);
    QWidget *editor(const QString &key) const;

signals:
    void changed();

private:
    void rebuild();
    QString textOf(const QString &key) const;

    QList<OptionSpec> m_specs;
    QFormLayout *m_layout;
    QList<std::pair<QString, QWidget *>> m_editors;
    OptionValues m_hidden; // values of options no chosen source declares right now
};
