#include "elidedlabel.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QTextLayout>
#include <QToolTip>

ElidedLabel::ElidedLabel(QWidget *parent) : QLabel(parent)
{
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

QSize ElidedLabel::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 20, fontMetrics().lineSpacing()};
}

QSize ElidedLabel::minimumSizeHint() const
{
    return {0, fontMetrics().lineSpacing()};
}

QStringList ElidedLabel::visibleLines() const
{
    const QFontMetrics metrics = fontMetrics();
    const QRect area = contentsRect();
    const int width = qMax(1, area.width());
    const int maxLines = qMax(1, area.height() / metrics.lineSpacing());
    // Line breaks in the text end a line here too; the laid-out lines follow one another.
    const QString whole = text();
    QStringList lines;
    m_elided = false;
    const QStringList paragraphs = whole.split(QLatin1Char('\n'));
    for (qsizetype p = 0; p < paragraphs.size(); ++p) {
        QTextLayout layout(paragraphs.at(p), font());
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            if (lines.size() + 1 == maxLines) {
                // The last line that fits: the rest of the text, elided.
                QString rest = paragraphs.at(p).mid(line.textStart());
                for (qsizetype q = p + 1; q < paragraphs.size(); ++q)
                    rest += QLatin1Char(' ') + paragraphs.at(q);
                const QString shown = metrics.elidedText(rest, Qt::ElideRight, width);
                m_elided = shown != rest;
                lines << shown;
                layout.endLayout();
                return lines;
            }
            lines << paragraphs.at(p).mid(line.textStart(), line.textLength());
        }
        layout.endLayout();
    }
    return lines;
}

void ElidedLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setPen(palette().color(foregroundRole()));
    const QStringList lines = visibleLines();
    const QFontMetrics metrics = fontMetrics();
    const QRect area = contentsRect();
    int y = area.top() + (area.height() - int(lines.size()) * metrics.lineSpacing()) / 2;
    for (const QString &line : lines) {
        painter.drawText(QRect(area.left(), y, area.width(), metrics.lineSpacing()),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, line.trimmed());
        y += metrics.lineSpacing();
    }
}

bool ElidedLabel::event(QEvent *event)
{
    // The whole text as the tooltip only when some of it is hidden; a tooltip set by hand wins.
    if (event->type() == QEvent::ToolTip && toolTip().isEmpty()) {
        visibleLines();
        if (m_elided) {
            QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), text(), this);
            return true;
        }
    }
    return QLabel::event(event);
}
