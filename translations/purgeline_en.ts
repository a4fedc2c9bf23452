<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ComposerPanel</name>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="139"/>
        <location filename="../widgets/composerpanel.cpp" line="233"/>
        <location filename="../widgets/composerpanel.cpp" line="468"/>
        <source>Added %n target(s).</source>
        <translation>
            <numerusform>Added %n target.</numerusform>
            <numerusform>Added %n targets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="377"/>
        <location filename="../widgets/composerpanel.cpp" line="495"/>
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n target</numerusform>
            <numerusform>%n targets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="379"/>
        <source>, %n file(s) not mapped</source>
        <translation>
            <numerusform>, %n file not mapped</numerusform>
            <numerusform>, %n files not mapped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="492"/>
        <source>%n request(s) will purge everything cached by %1.</source>
        <translation>
            <numerusform>%n request will purge everything cached by %1.</numerusform>
            <numerusform>%n requests will purge everything cached by %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="494"/>
        <source>%n request(s) (batches) to %1 for %2.</source>
        <translation>
            <numerusform>%n request (batch) to %1 for %2.</numerusform>
            <numerusform>%n requests (batches) to %1 for %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="528"/>
        <source>Queued %n request(s).</source>
        <translation>
            <numerusform>Queued %n request.</numerusform>
            <numerusform>Queued %n requests.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopIntegration</name>
    <message numerus="yes">
        <location filename="../widgets/desktopintegration.cpp" line="85"/>
        <source>%n purge request(s) are still queued or running. They stay saved in the profile and continue the next time Purgeline runs.

Quit now?</source>
        <translation>
            <numerusform>%n purge request is still queued or running. It stays saved in the profile and continues the next time Purgeline runs.

Quit now?</numerusform>
            <numerusform>%n purge requests are still queued or running. They stay saved in the profile and continue the next time Purgeline runs.

Quit now?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GitChangesDialog</name>
    <message numerus="yes">
        <location filename="../widgets/gitchangesdialog.cpp" line="259"/>
        <source>%1: %n changed file(s)</source>
        <translation>
            <numerusform>%1: %n changed file</numerusform>
            <numerusform>%1: %n changed files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/gitchangesdialog.cpp" line="260"/>
        <source>, %n selected</source>
        <translation>
            <numerusform>, %n selected</numerusform>
            <numerusform>, %n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/gitchangesdialog.cpp" line="347"/>
        <source>&amp;Add %n URL(s)</source>
        <translation>
            <numerusform>&amp;Add %n URL</numerusform>
            <numerusform>&amp;Add %n URLs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message numerus="yes">
        <location filename="../widgets/historypanel.cpp" line="206"/>
        <source>%Ln transaction(s)</source>
        <translation>
            <numerusform>%Ln transaction</numerusform>
            <numerusform>%Ln transactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/historypanel.cpp" line="321"/>
        <source>%n request(s) queued again</source>
        <translation>
            <numerusform>%n request queued again</numerusform>
            <numerusform>%n requests queued again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/historypanel.cpp" line="391"/>
        <source>Exported %Ln transaction(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln transaction to %1</numerusform>
            <numerusform>Exported %Ln transactions to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstartProvider</name>
    <message numerus="yes">
        <location filename="../app/providers/instartprovider.cpp" line="115"/>
        <source>provider instart takes one --endpoint, but %n were given</source>
        <translation>
            <numerusform>provider instart takes one --endpoint, but %n was given</numerusform>
            <numerusform>provider instart takes one --endpoint, but %n were given</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="77"/>
        <source>Request %1 queued: %n transaction(s)</source>
        <translation>
            <numerusform>Request %1 queued: %n transaction</numerusform>
            <numerusform>Request %1 queued: %n transactions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message numerus="yes">
        <location filename="../widgets/notifier.cpp" line="30"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/notifier.cpp" line="32"/>
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n succeeded</numerusform>
            <numerusform>%n succeeded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/notifier.cpp" line="34"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageCacheProvider</name>
    <message numerus="yes">
        <location filename="../app/providers/pagecacheprovider.cpp" line="259"/>
        <source>not cached: %1 and %n more</source>
        <translation>
            <numerusform>not cached: %1 and %n more</numerusform>
            <numerusform>not cached: %1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/pagecacheprovider.cpp" line="345"/>
        <source>--match all takes no targets, but %n were given</source>
        <translation>
            <numerusform>--match all takes no targets, but %n was given</numerusform>
            <numerusform>--match all takes no targets, but %n were given</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/pagecacheprovider.cpp" line="423"/>
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (and %n more problem)</numerusform>
            <numerusform> (and %n more problems)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/pagecacheprovider.cpp" line="425"/>
        <source>; %n file(s) were removed before that</source>
        <translation>
            <numerusform>; %n file was removed before that</numerusform>
            <numerusform>; %n files were removed before that</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/pagecacheprovider.cpp" line="435"/>
        <source>removed %n file(s)</source>
        <translation>
            <numerusform>removed %n file</numerusform>
            <numerusform>removed %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/pagecacheprovider.cpp" line="437"/>
        <source> and %n director(y/ies)</source>
        <translation>
            <numerusform> and %n directory</numerusform>
            <numerusform> and %n directories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresetsPanel</name>
    <message numerus="yes">
        <location filename="../widgets/presetspanel.cpp" line="64"/>
        <source>%1 %2 on %3; %n target(s)</source>
        <translation>
            <numerusform>%1 %2 on %3; %n target</numerusform>
            <numerusform>%1 %2 on %3; %n targets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message numerus="yes">
        <location filename="../app/providers/provider.cpp" line="29"/>
        <source>--match all takes no targets, but %n were given</source>
        <translation>
            <numerusform>--match all takes no targets, but %n was given</numerusform>
            <numerusform>--match all takes no targets, but %n were given</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeQueue</name>
    <message numerus="yes">
        <location filename="../app/queue/purgequeue.cpp" line="437"/>
        <source>gave up after %n attempt(s): %1</source>
        <translation>
            <numerusform>gave up after %n attempt: %1</numerusform>
            <numerusform>gave up after %n attempts: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueRunner</name>
    <message numerus="yes">
        <location filename="../app/cli/queuerunner.cpp" line="161"/>
        <source>%n transaction(s): </source>
        <translation>
            <numerusform>%n transaction: </numerusform>
            <numerusform>%n transactions: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message numerus="yes">
        <location filename="../widgets/sourcespanel.cpp" line="190"/>
        <source>“%1” still has %n open transaction(s). Remove it once they have finished or been cancelled, so no queued work is lost.</source>
        <translation>
            <numerusform>“%1” still has %n open transaction. Remove it once it has finished or been cancelled, so no queued work is lost.</numerusform>
            <numerusform>“%1” still has %n open transactions. Remove it once they have finished or been cancelled, so no queued work is lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/sourcespanel.cpp" line="224"/>
        <source>Not removed: “%1” has %n open transaction(s) now.</source>
        <translation>
            <numerusform>Not removed: “%1” has %n open transaction now.</numerusform>
            <numerusform>Not removed: “%1” has %n open transactions now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetListModel</name>
    <message numerus="yes">
        <location filename="../models/targetlistmodel.cpp" line="77"/>
        <source>%1 → %2 (+%n more)</source>
        <translation>
            <numerusform>%1 → %2 (+%n more)</numerusform>
            <numerusform>%1 → %2 (+%n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetListWidget</name>
    <message numerus="yes">
        <location filename="../widgets/targetlistwidget.cpp" line="74"/>
        <source>Added %n target(s).</source>
        <translation>
            <numerusform>Added %n target.</numerusform>
            <numerusform>Added %n targets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/targetlistwidget.cpp" line="90"/>
        <source>Added %n URL(s).</source>
        <translation>
            <numerusform>Added %n URL.</numerusform>
            <numerusform>Added %n URLs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/targetlistwidget.cpp" line="94"/>
        <source>Added %n file(s).</source>
        <translation>
            <numerusform>Added %n file.</numerusform>
            <numerusform>Added %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/targetlistwidget.cpp" line="96"/>
        <source>%n file(s) map to no URL and will not be purged.</source>
        <translation>
            <numerusform>%n file maps to no URL and will not be purged.</numerusform>
            <numerusform>%n files map to no URL and will not be purged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/targetlistwidget.cpp" line="98"/>
        <source>Read %n URL(s) from %1.</source>
        <translation>
            <numerusform>Read %n URL from %1.</numerusform>
            <numerusform>Read %n URLs from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/targetlistwidget.cpp" line="99"/>
        <source>%n list file(s)</source>
        <translation>
            <numerusform>%n list file</numerusform>
            <numerusform>%n list files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/targetlistwidget.cpp" line="107"/>
        <source>%n link(s) that are neither files nor web addresses were ignored.</source>
        <translation>
            <numerusform>%n link that is neither a file nor a web address was ignored.</numerusform>
            <numerusform>%n links that are neither files nor web addresses were ignored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransactionRecord</name>
    <message numerus="yes">
        <location filename="../app/queue/transaction.cpp" line="35"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransactionsPanel</name>
    <message numerus="yes">
        <location filename="../widgets/transactionspanel.cpp" line="292"/>
        <source>%n transaction(s) queued again</source>
        <translation>
            <numerusform>%n transaction queued again</numerusform>
            <numerusform>%n transactions queued again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/transactionspanel.cpp" line="298"/>
        <source>%n failed transaction(s) queued again</source>
        <translation>
            <numerusform>%n failed transaction queued again</numerusform>
            <numerusform>%n failed transactions queued again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/transactionspanel.cpp" line="308"/>
        <location filename="../widgets/transactionspanel.cpp" line="315"/>
        <source>Cancelling %n transaction(s)</source>
        <translation>
            <numerusform>Cancelling %n transaction</numerusform>
            <numerusform>Cancelling %n transactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/transactionspanel.cpp" line="331"/>
        <source>Copied %n target(s)</source>
        <translation>
            <numerusform>Copied %n target</numerusform>
            <numerusform>Copied %n targets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/transactionspanel.cpp" line="344"/>
        <source>Copied %n request(s) as curl commands, credentials redacted</source>
        <translation>
            <numerusform>Copied %n request as a curl command, credentials redacted</numerusform>
            <numerusform>Copied %n requests as curl commands, credentials redacted</numerusform>
        </translation>
    </message>
</context>
</TS>
