// The German, French and English (plural forms only) translations: embedded as
// :/i18n/purgeline_<lang>.qm, found the way the window looks them up, complete in the source tree
// (nothing unfinished, vanished or obsolete) and in step with the compiled .qm files.
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;      // the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList forms; // one entry, or the numerus forms
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = TsMessage{};
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.forms << xml.readElementText();
            } else {
                message.forms << xml.readElementText();
            }
            ts.messages << message;
        }
    }
    if (xml.hasError())
        ts.error = xml.errorString();
    return ts;
}

QString tsPath(const QString &language)
{
    // The .ts files live in the source tree. The build names it: __FILE__ may be relative
    // (a compiler cache rewrites it), and the test runs from the build tree.
    return QDir(QStringLiteral(TRANSLATIONS_DIR))
        .absoluteFilePath(QStringLiteral("purgeline_%1.ts").arg(language));
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(?:\\d|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

} // namespace

class TestGuiTranslations : public QObject
{
    Q_OBJECT
private slots:
    void embeddedFilesLoad_data();
    void embeddedFilesLoad();
    void qtsOwnWordsTranslated_data();
    void qtsOwnWordsTranslated();
    void distinctWordsForDistinctThings_data();
    void distinctWordsForDistinctThings();
    void knownStrings_data();
    void knownStrings();
    void pluralForms_data();
    void pluralForms();
    void tsFilesComplete_data();
    void tsFilesComplete();
    void qmMatchesTs_data();
    void qmMatchesTs();
};

void TestGuiTranslations::embeddedFilesLoad_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("resource");
    QTest::newRow("de") << "de_DE"
                        << ":/i18n/purgeline_de.qm";
    QTest::newRow("de_AT") << "de_AT"
                           << ":/i18n/purgeline_de.qm";
    QTest::newRow("fr") << "fr_FR"
                        << ":/i18n/purgeline_fr.qm";
    QTest::newRow("fr_CA") << "fr_CA"
                           << ":/i18n/purgeline_fr.qm";
    QTest::newRow("en") << "en_US"
                        << ":/i18n/purgeline_en.qm";
}

void TestGuiTranslations::embeddedFilesLoad()
{
    QFETCH(QString, locale);
    QFETCH(QString, resource);
    QVERIFY2(QFile::exists(resource), qPrintable(resource));
    // The same lookup as installTranslations() in mainwindow.cpp.
    QTranslator translator;
    QVERIFY(translator.load(QLocale(locale), QStringLiteral("purgeline"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")));
    QCOMPARE(translator.filePath(), resource);
    QVERIFY(!translator.isEmpty());
}

// The tab, the menu, the composer's action and its button are four things; in German they once
// were all "Leeren", in French all "Purger".
void TestGuiTranslations::distinctWordsForDistinctThings_data()
{
    QTest::addColumn<QString>("locale");
    QTest::newRow("de") << QStringLiteral("de_DE");
    QTest::newRow("fr") << QStringLiteral("fr_FR");
}

void TestGuiTranslations::distinctWordsForDistinctThings()
{
    QFETCH(QString, locale);
    QTranslator de;
    QVERIFY(
        de.load(QLocale(locale), QStringLiteral("purgeline"), QStringLiteral("_"), QStringLiteral(":/i18n")));
    const QStringList words{
        de.translate("MainWindow", "&Purge", "the tab where purges are composed and followed"),
        de.translate("MainWindow", "&Purge", "the menu of purge commands"),
        de.translate("ComposerPanel", "P&urge"),
        de.translate("ComposerPanel", "Purge"),
    };
    QStringList plain;
    for (QString word : words) {
        QVERIFY2(!word.isEmpty(), qPrintable(words.join(QLatin1Char('|'))));
        plain << word.remove(QLatin1Char('&')).toLower();
    }
    plain.removeDuplicates();
    QCOMPARE(plain.size(), 4);
}

// Qt's standard buttons and shortcut names come from qtbase_<lang>.qm in Qt's translations
// folder (Debian's qt6-translations-l10n), looked up as installTranslations() does.
void TestGuiTranslations::qtsOwnWordsTranslated_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("cancel");
    QTest::addColumn<QString>("ctrl");
    QTest::newRow("de") << QStringLiteral("de_DE") << QStringLiteral("Abbrechen") << QStringLiteral("Strg");
    QTest::newRow("fr") << QStringLiteral("fr_FR") << QStringLiteral("Annuler") << QStringLiteral("Ctrl");
}

void TestGuiTranslations::qtsOwnWordsTranslated()
{
    QFETCH(QString, locale);
    QFETCH(QString, cancel);
    QFETCH(QString, ctrl);
    QTranslator qt;
    QVERIFY2(qt.load(QLocale(locale), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)),
             qPrintable(QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    QCOMPARE(qt.translate("QPlatformTheme", "Cancel"), cancel);
    QCOMPARE(qt.translate("QShortcut", "Ctrl"), ctrl);
}

void TestGuiTranslations::knownStrings_data()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    const QString de = QStringLiteral(":/i18n/purgeline_de.qm");
    const QString fr = QStringLiteral(":/i18n/purgeline_fr.qm");
    QTest::newRow("de menu") << de << "MainWindow"
                             << "&File"
                             << "&Datei";
    QTest::newRow("de help") << de << "MainWindow"
                             << "&Help"
                             << "&Hilfe";
    QTest::newRow("de header") << de << "TransactionTableModel"
                               << "State"
                               << "Zustand";
    QTest::newRow("de state") << de << "TransactionTableModel"
                              << "Failed"
                              << "Fehlgeschlagen";
    QTest::newRow("de settings") << de << "SettingsDialog"
                                 << "Settings"
                                 << "Einstellungen";
    QTest::newRow("de engine") << de << "HttpReply"
                               << "network error: %1"
                               << "Netzwerkfehler: %1";
    QTest::newRow("fr menu") << fr << "MainWindow"
                             << "&File"
                             << "&Fichier";
    QTest::newRow("fr header") << fr << "TransactionTableModel"
                               << "State" << QStringLiteral("État");
    QTest::newRow("fr state") << fr << "TransactionTableModel"
                              << "Failed" << QStringLiteral("Échec");
    QTest::newRow("fr settings") << fr << "SettingsDialog"
                                 << "Settings" << QStringLiteral("Paramètres");
    QTest::newRow("fr quit") << fr << "DesktopIntegration"
                             << "Quit Purgeline?" << QStringLiteral("Quitter Purgeline\u00a0?");
}

void TestGuiTranslations::knownStrings()
{
    QFETCH(QString, resource);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QTranslator translator;
    QVERIFY(translator.load(resource));
    QCOMPARE(translator.translate(context.toUtf8().constData(), source.toUtf8().constData()), expected);
}

void TestGuiTranslations::pluralForms_data()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    QTest::newRow("de 1") << ":/i18n/purgeline_de.qm" << 1 << "%n Transaktion erneut eingereiht";
    QTest::newRow("de 3") << ":/i18n/purgeline_de.qm" << 3 << "%n Transaktionen erneut eingereiht";
    QTest::newRow("fr 0") << ":/i18n/purgeline_fr.qm" << 0 << "%n transaction remise en file";
    QTest::newRow("fr 1") << ":/i18n/purgeline_fr.qm" << 1 << "%n transaction remise en file";
    QTest::newRow("fr 2") << ":/i18n/purgeline_fr.qm" << 2 << "%n transactions remises en file";
    QTest::newRow("en 1") << ":/i18n/purgeline_en.qm" << 1 << "%n transaction queued again";
    QTest::newRow("en 2") << ":/i18n/purgeline_en.qm" << 2 << "%n transactions queued again";
}

void TestGuiTranslations::pluralForms()
{
    QFETCH(QString, resource);
    QFETCH(int, n);
    QFETCH(QString, expected);
    QTranslator translator;
    QVERIFY(translator.load(resource));
    QCOMPARE(translator.translate("TransactionsPanel", "%n transaction(s) queued again", nullptr, n),
             expected);
}

void TestGuiTranslations::tsFilesComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("pluralOnly");
    QTest::newRow("de") << "de" << false;
    QTest::newRow("fr") << "fr" << false;
    QTest::newRow("en") << "en" << true;
}

void TestGuiTranslations::tsFilesComplete()
{
    QFETCH(QString, language);
    QFETCH(bool, pluralOnly);
    const QString path = tsPath(language);
    QVERIFY2(QFile::exists(path), qPrintable(path));

    QFile raw(path);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray text = raw.readAll();
    QVERIFY2(!text.contains("type=\"unfinished\""), "unfinished translations left");
    QVERIFY2(!text.contains("type=\"vanished\""),
             "vanished entries left: run update_translations (-no-obsolete)");
    QVERIFY2(!text.contains("type=\"obsolete\""),
             "obsolete entries left: run update_translations (-no-obsolete)");

    const TsFile ts = readTs(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY(ts.language.startsWith(language));
    QVERIFY(!ts.messages.isEmpty());
    if (!pluralOnly)
        QVERIFY2(ts.messages.size() > 500, qPrintable(QString::number(ts.messages.size())));
    for (const TsMessage &m : ts.messages) {
        const QString where = QStringLiteral("%1 / \"%2\"").arg(m.context, m.source);
        QVERIFY2(m.type.isEmpty(), qPrintable(where));
        if (pluralOnly)
            QVERIFY2(m.numerus, qPrintable(where));
        // German, French and English each have two numerus forms in Qt.
        QCOMPARE(m.forms.size(), m.numerus ? 2 : 1);
        for (const QString &form : m.forms) {
            QVERIFY2(!form.trimmed().isEmpty(), qPrintable(where));
            // Every placeholder survives (a singular may spell out the number instead of %n).
            QStringList expected = placeholders(m.source);
            QStringList got = placeholders(form);
            if (m.numerus && !got.contains(QStringLiteral("%n")) && !got.contains(QStringLiteral("%Ln"))) {
                expected.removeAll(QStringLiteral("%n"));
                expected.removeAll(QStringLiteral("%Ln"));
            }
            QVERIFY2(got == expected, qPrintable(where + QStringLiteral(" -> ") + form));
            QCOMPARE(form.count(QLatin1Char('\n')), m.source.count(QLatin1Char('\n')));
        }
    }
}

void TestGuiTranslations::qmMatchesTs_data()
{
    tsFilesComplete_data();
}

void TestGuiTranslations::qmMatchesTs()
{
    QFETCH(QString, language);
    // The embedded .qm is built from the .ts in the source tree; a stale build would differ.
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/purgeline_%1.qm").arg(language)));
    const TsFile ts = readTs(tsPath(language));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    for (const TsMessage &m : ts.messages) {
        const QByteArray context = m.context.toUtf8();
        const QByteArray source = m.source.toUtf8();
        const QByteArray comment = m.comment.toUtf8();
        const char *disambiguation = m.comment.isEmpty() ? nullptr : comment.constData();
        if (m.numerus) {
            QCOMPARE(translator.translate(context.constData(), source.constData(), disambiguation, 1),
                     m.forms.value(0));
            QCOMPARE(translator.translate(context.constData(), source.constData(), disambiguation, 5),
                     m.forms.value(1));
        } else {
            QCOMPARE(translator.translate(context.constData(), source.constData(), disambiguation),
                     m.forms.value(0));
        }
    }
}

QTEST_GUILESS_MAIN(TestGuiTranslations)
#include "tst_gui_translations.moc"
