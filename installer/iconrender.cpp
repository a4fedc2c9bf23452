// Build tool: renders the application's SVG icon to the PNG sizes of the hicolor theme, so the
// installed PNGs always come from the one SVG the window uses too.
//   purgeline_iconrender SVG OUTPUT_DIR SIZE...   writes OUTPUT_DIR/SIZE.png for each SIZE
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() < 4) {
        err << "usage: purgeline_iconrender SVG OUTPUT_DIR SIZE..." << Qt::endl;
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        err << "purgeline_iconrender: cannot read " << args.at(1) << Qt::endl;
        return 1;
    }
    for (const QString &sizeText : args.mid(3)) {
        bool ok = false;
        const int size = sizeText.toInt(&ok);
        if (!ok || size <= 0) {
            err << "purgeline_iconrender: bad size " << sizeText << Qt::endl;
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        const QString file = args.at(2) + QLatin1Char('/') + sizeText + QStringLiteral(".png");
        if (!image.save(file, "PNG")) {
            err << "purgeline_iconrender: cannot write " << file << Qt::endl;
            return 1;
        }
    }
    return 0;
}
