#pragma once

#include <QLabel>

// A label of fixed height that shows as many lines of its text as fit, the last one elided
// with "…", and the whole text as its tooltip when any of it is hidden. For message areas that
// must not grow (and push the rest of the window) when a long message arrives. text() is the
// whole text.
class ElidedLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    // Whether the text as shown now leaves something out.
    bool isElided() const { return m_elided; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    // The lines that fit the current size; sets m_elided.
    QStringList visibleLines() const;

    mutable bool m_elided = false;
};
