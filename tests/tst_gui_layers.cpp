// The window's "layers" arrangement: the composer offers "Purge as ordered layers" once two
// sources are chosen, shows the order and changes it with the up/down buttons, purges through the
// engine as layers (a failed layer leaves the server above it untouched), and a layered preset
// loads back with its order; the transaction details say "layer N of M". With PURGELINE_GRAB_DIR
// set (under a real X server) the window is saved as docs' screenshot-layers.png.
#include "composerpanel.h"
#include "fakehttpserver.h"
#include "mainwindow.h"
#include "queue/purgeservice.h"
#include "testprofile.h"
#include "transactiondetails.h"
#include "transactionspanel.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

class TestGuiLayers : public QObject
{
    Q_OBJECT
private:
    static int rowOf(QListWidget *list, const QString &name)
    {
        for (int row = 0; row < list->count(); ++row)
            if (list->item(row)->text().startsWith(name + QLatin1Char(' ')))
                return row;
        return -1;
    }
    static bool anyLabelContains(QWidget *widget, const QString &text)
    {
        const QList<QLabel *> labels = widget->findChildren<QLabel *>();
        return std::any_of(labels.cbegin(), labels.cend(),
                           [&](const QLabel *label) { return label->text().contains(text); });
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void composerPurgesAsLayersAndDetailsShowTheLayer()
    {
        TestProfile profile(TestProfile::Time::System);
        FakeHttpServer servers[3];
        const QStringList names{QStringLiteral("rails-cache"), QStringLiteral("varnish-edge"),
                                QStringLiteral("cloudflare")};
        for (int i = 0; i < 3; ++i) {
            servers[i].start();
            servers[i].setHandler([i](const RecordedRequest &) {
                return i == 1 ? ScriptedReply::json(400, "{\"error\":\"ban refused\"}")
                              : ScriptedReply::json(200, "{}");
            });
            profile.addSource(names[i], QStringLiteral("webhook"), {servers[i].baseUrl().toString()},
                              {{QStringLiteral("body_template"), QStringLiteral("{{targets_json}}")}});
        }
        MainWindow window(profile.db(), profile.secrets());
        window.resize(1200, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ComposerPanel *composer = window.composer();
        composer->reloadSources();
        auto *list = composer->findChild<QListWidget *>(QStringLiteral("composerSources"));
        auto *layered = composer->findChild<QCheckBox *>(QStringLiteral("layeredCheck"));
        auto *up = composer->findChild<QToolButton *>(QStringLiteral("layerUp"));
        auto *order = composer->findChild<QLabel *>(QStringLiteral("layerOrder"));
        QVERIFY(list && layered && up && order);

        composer->setChosenSources({names[0]});
        QVERIFY(!layered->isEnabled()); // one source is no layered plan
        composer->setChosenSources(names);
        QVERIFY(layered->isEnabled());
        QVERIFY(up->isHidden());
        layered->setChecked(true);
        QVERIFY(!up->isHidden());
        // The list is in name order; move the sources into rails-cache, varnish-edge, cloudflare.
        for (const QString &name : names) {
            list->setCurrentRow(rowOf(list, name));
            while (list->currentRow() > names.indexOf(name))
                QTest::mouseClick(up, Qt::LeftButton);
        }
        QCOMPARE(composer->options().sources, names);
        QVERIFY(composer->options().layered);
        QCOMPARE(order->text(),
                 QStringLiteral("Layers, first to last: 1. rails-cache → 2. varnish-edge → 3. cloudflare"));

        auto *entry = composer->findChild<QLineEdit *>(QStringLiteral("targetEntry"));
        entry->setText(QStringLiteral("https://www.example.com/blog/"));
        QTest::keyClick(entry, Qt::Key_Return);
        composer->purge();
        const auto finals = [&] {
            const QList<TransactionRecord> all = window.service().transactions().history({});
            return all.size() == 3 && std::all_of(all.cbegin(), all.cend(), [](const TransactionRecord &t) {
                       return isFinal(t.state);
                   });
        };
        QTRY_VERIFY_WITH_TIMEOUT(finals(), 10000);
        QCOMPARE(servers[0].requests().size(), 1);
        QCOMPARE(servers[1].requests().size(), 1);
        QCOMPARE(servers[2].requests().size(), 0);

        QList<TransactionRecord> all = window.service().transactions().history({});
        std::sort(all.begin(), all.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
        const TransactionRecord top = all.last();
        QCOMPARE(top.sourceName, names[2]);
        // Selected as a click would (the table follows the store, so it may show it a moment later).
        const auto selected = [&] {
            window.transactions()->selectTransaction(top.id);
            return window.transactions()->selectedIds() == QList<qint64>{top.id};
        };
        QTRY_VERIFY(selected());
        TransactionDetails *details = window.transactions()->details();
        QTRY_VERIFY(anyLabelContains(details, QStringLiteral("layer 3 of 3")));
        // The details follow the table, which may get the final state a moment after the row.
        QTRY_VERIFY(anyLabelContains(details, QStringLiteral("not sent: layer 2 (varnish-edge) failed")));

        if (const QString grabDir = qEnvironmentVariable("PURGELINE_GRAB_DIR"); !grabDir.isEmpty()) {
            QTest::qWait(300);
            QVERIFY(window.grab().save(QDir(grabDir).filePath(QStringLiteral("screenshot-layers.png"))));
        }

        // A layered preset (or run again) loads back with its order and the box ticked.
        PurgeOptions preset;
        preset.sources = {names[2], names[0]};
        preset.targets = {QStringLiteral("https://www.example.com/")};
        preset.layered = true;
        composer->loadOptions(preset);
        QVERIFY(layered->isChecked());
        QCOMPARE(composer->options().sources, preset.sources);
        QVERIFY(composer->options().layered);
        PurgeOptions plain = preset;
        plain.layered = false;
        composer->loadOptions(plain);
        QVERIFY(!layered->isChecked());
        QVERIFY(!composer->options().layered);
    }
};

QTEST_MAIN(TestGuiLayers)
#include "tst_gui_layers.moc"
