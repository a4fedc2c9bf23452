<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AkamaiProvider</name>
    <message numerus="yes">
        <location filename="../app/providers/akamaiprovider.cpp" line="195"/>
        <source>provider akamai takes one --endpoint, but %n were given</source>
        <translation>
            <numerusform>provider akamai takes one --endpoint, but %n was given</numerusform>
            <numerusform>provider akamai takes one --endpoint, but %n were given</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApprovalBar</name>
    <message numerus="yes">
        <location filename="../widgets/approvalbar.cpp" line="53"/>
        <source>%1 on %2, %n target(s)</source>
        <translation>
            <numerusform>%1 on %2, %n target</numerusform>
            <numerusform>%1 on %2, %n targets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/approvalbar.cpp" line="68"/>
        <source>%n more request(s) await approval; select one to see it here.</source>
        <translation>
            <numerusform>%n more request awaits approval; select it to see it here.</numerusform>
            <numerusform>%n more requests await approval; select one to see it here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApprovalCommands</name>
    <message numerus="yes">
        <location filename="../app/cli/approvalcommands.cpp" line="44"/>
        <source>request %1 approved: %n transaction(s) queued for the workers</source>
        <translation>
            <numerusform>request %1 approved: %n transaction queued for the workers</numerusform>
            <numerusform>request %1 approved: %n transactions queued for the workers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/approvalcommands.cpp" line="46"/>
        <source>request %1 rejected: %n transaction(s) cancelled, nothing sent</source>
        <translation>
            <numerusform>request %1 rejected: %n transaction cancelled, nothing sent</numerusform>
            <numerusform>request %1 rejected: %n transactions cancelled, nothing sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloudFrontProvider</name>
    <message numerus="yes">
        <location filename="../app/providers/cloudfrontprovider.cpp" line="190"/>
        <source>provider cloudfront takes one --endpoint, but %n were given</source>
        <translation>
            <numerusform>provider cloudfront takes one --endpoint, but %n was given</numerusform>
            <numerusform>provider cloudfront takes one --endpoint, but %n were given</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/cloudfrontprovider.cpp" line="282"/>
        <source>--match all takes no targets, but %n were given</source>
        <translation>
            <numerusform>--match all takes no targets, but %n was given</numerusform>
            <numerusform>--match all takes no targets, but %n were given</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloudflareProvider</name>
    <message numerus="yes">
        <location filename="../app/providers/cloudflareprovider.cpp" line="232"/>
        <source>provider cloudflare takes one --endpoint, but %n were given</source>
        <translation>
            <numerusform>provider cloudflare takes one --endpoint, but %n was given</numerusform>
            <numerusform>provider cloudflare takes one --endpoint, but %n were given</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/cloudflareprovider.cpp" line="310"/>
        <source>--match all takes no targets, but %n were given</source>
        <translation>
            <numerusform>--match all takes no targets, but %n was given</numerusform>
            <numerusform>--match all takes no targets, but %n were given</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/cloudflareprovider.cpp" line="454"/>
        <source>HTTP 400: Cloudflare rejected the purge of %n item(s)</source>
        <translation>
            <numerusform>HTTP 400: Cloudflare rejected the purge of %n item</numerusform>
            <numerusform>HTTP 400: Cloudflare rejected the purge of %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposerPanel</name>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="212"/>
        <location filename="../widgets/composerpanel.cpp" line="339"/>
        <location filename="../widgets/composerpanel.cpp" line="650"/>
        <source>Added %n target(s).</source>
        <translation>
            <numerusform>Added %n target.</numerusform>
            <numerusform>Added %n targets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="535"/>
        <source>%n file(s) changed in %1 (%2)</source>
        <translation>
            <numerusform>%n file changed in %1 (%2)</numerusform>
            <numerusform>%n files changed in %1 (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="562"/>
        <location filename="../widgets/composerpanel.cpp" line="688"/>
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n target</numerusform>
            <numerusform>%n targets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="564"/>
        <source>, %n file(s) not mapped</source>
        <translation>
            <numerusform>, %n file not mapped</numerusform>
            <numerusform>, %n files not mapped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="566"/>
        <source>, %n file(s) not mapped for every source</source>
        <translation>
            <numerusform>, %n file not mapped for every source</numerusform>
            <numerusform>, %n files not mapped for every source</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="573"/>
        <source>, %n cannot be sent (marked; see its tooltip)</source>
        <translation>
            <numerusform>, %n cannot be sent (marked; see its tooltip)</numerusform>
            <numerusform>, %n cannot be sent (marked; see their tooltips)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="676"/>
        <source>%1: not sent %n file(s) it does not map (%2)</source>
        <translation>
            <numerusform>%1: not sent %n file it does not map (%2)</numerusform>
            <numerusform>%1: not sent %n files it does not map (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="683"/>
        <source>%n transaction(s) will purge everything cached by %1.</source>
        <translation>
            <numerusform>%n transaction will purge everything cached by %1.</numerusform>
            <numerusform>%n transactions will purge everything cached by %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="685"/>
        <source>%n transaction(s) to %1 for %2, each one call within the provider&apos;s limits.</source>
        <translation>
            <numerusform>%n transaction to %1 for %2, each one call within the provider&apos;s limits.</numerusform>
            <numerusform>%n transactions to %1 for %2, each one call within the provider&apos;s limits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="729"/>
        <source>Request %1 queued: %n transaction(s)</source>
        <translation>
            <numerusform>Request %1 queued: %n transaction</numerusform>
            <numerusform>Request %1 queued: %n transactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="795"/>
        <source>Added %n changed file(s).</source>
        <translation>
            <numerusform>Added %n changed file.</numerusform>
            <numerusform>Added %n changed files.</numerusform>
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
    <name>FastlyProvider</name>
    <message numerus="yes">
        <location filename="../app/providers/fastlyprovider.cpp" line="114"/>
        <source>provider fastly takes one --endpoint, but %n were given</source>
        <translation>
            <numerusform>provider fastly takes one --endpoint, but %n was given</numerusform>
            <numerusform>provider fastly takes one --endpoint, but %n were given</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GitChangesDialog</name>
    <message numerus="yes">
        <location filename="../widgets/gitchangesdialog.cpp" line="306"/>
        <source>%1: %n changed file(s)</source>
        <translation>
            <numerusform>%1: %n changed file</numerusform>
            <numerusform>%1: %n changed files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/gitchangesdialog.cpp" line="307"/>
        <source>, %n selected</source>
        <translation>
            <numerusform>, %n selected</numerusform>
            <numerusform>, %n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/gitchangesdialog.cpp" line="423"/>
        <source>&amp;Add %n URL(s)</source>
        <translation>
            <numerusform>&amp;Add %n URL</numerusform>
            <numerusform>&amp;Add %n URLs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryCommands</name>
    <message numerus="yes">
        <location filename="../app/cli/historycommands.cpp" line="182"/>
        <source>%n verification(s) a stopped process began are finished here</source>
        <translation>
            <numerusform>%n verification a stopped process began is finished here</numerusform>
            <numerusform>%n verifications a stopped process began are finished here</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message numerus="yes">
        <location filename="../widgets/historypanel.cpp" line="247"/>
        <source>%Ln transaction(s)</source>
        <translation>
            <numerusform>%Ln transaction</numerusform>
            <numerusform>%Ln transactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/historypanel.cpp" line="362"/>
        <source>Send only the %n selected transaction(s) again, or the whole request(s) they belong to (%1 transactions)?</source>
        <translation>
            <numerusform>Send only the %n selected transaction again, or the whole request it belongs to (%1 transactions)?</numerusform>
            <numerusform>Send only the %n selected transactions again, or the whole requests they belong to (%1 transactions)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/historypanel.cpp" line="415"/>
        <source>%n transaction(s) of request %1 again as request %2</source>
        <translation>
            <numerusform>%n transaction of request %1 again as request %2</numerusform>
            <numerusform>%n transactions of request %1 again as request %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/historypanel.cpp" line="463"/>
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
        <location filename="../app/providers/instartprovider.cpp" line="114"/>
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
        <location filename="../widgets/mainwindow.cpp" line="116"/>
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
        <location filename="../widgets/notifier.cpp" line="31"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/notifier.cpp" line="33"/>
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n succeeded</numerusform>
            <numerusform>%n succeeded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/notifier.cpp" line="35"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/notifier.cpp" line="62"/>
        <source>%n request(s) await approval</source>
        <translation>
            <numerusform>%n request awaits approval</numerusform>
            <numerusform>%n requests await approval</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageCacheProvider</name>
    <message numerus="yes">
        <location filename="../app/providers/pagecacheprovider.cpp" line="270"/>
        <source>not cached: %1 and %n more</source>
        <translation>
            <numerusform>not cached: %1 and %n more</numerusform>
            <numerusform>not cached: %1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/pagecacheprovider.cpp" line="383"/>
        <source>--match all takes no targets, but %n were given</source>
        <translation>
            <numerusform>--match all takes no targets, but %n was given</numerusform>
            <numerusform>--match all takes no targets, but %n were given</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/pagecacheprovider.cpp" line="465"/>
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (and %n more problem)</numerusform>
            <numerusform> (and %n more problems)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/pagecacheprovider.cpp" line="468"/>
        <source>; %n file(s) were removed before that</source>
        <translation>
            <numerusform>; %n file was removed before that</numerusform>
            <numerusform>; %n files were removed before that</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/pagecacheprovider.cpp" line="480"/>
        <source>removed %n file(s)</source>
        <translation>
            <numerusform>removed %n file</numerusform>
            <numerusform>removed %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/pagecacheprovider.cpp" line="482"/>
        <source> and %n director(y/ies)</source>
        <translation>
            <numerusform> and %n directory</numerusform>
            <numerusform> and %n directories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleText</name>
    <message numerus="yes">
        <location filename="../app/core/peopletext.cpp" line="13"/>
        <source> … (cut; %n characters in all)</source>
        <translation>
            <numerusform> … (cut; %n character in all)</numerusform>
            <numerusform> … (cut; %n characters in all)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanEstimate</name>
    <message numerus="yes">
        <location filename="../app/queue/planestimate.cpp" line="216"/>
        <source>%1 target(s)</source>
        <translation>
            <numerusform>%1 target(s)</numerusform>
            <numerusform>%1 target(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/queue/planestimate.cpp" line="232"/>
        <source> (its rate limit is shared with %1, whose %2 transaction(s) are counted)</source>
        <translation>
            <numerusform> (its rate limit is shared with %1, whose %2 transaction is counted)</numerusform>
            <numerusform> (its rate limit is shared with %1, whose %2 transactions are counted)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/queue/planestimate.cpp" line="239"/>
        <source>%1 (%2): %3 transaction(s) for %4, %5</source>
        <translation>
            <numerusform>%1 (%2): %3 transaction for %4, %5</numerusform>
            <numerusform>%1 (%2): %3 transactions for %4, %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/queue/planestimate.cpp" line="260"/>
        <source>take %1 transaction(s) instead of %2</source>
        <translation>
            <numerusform>take %1 transaction instead of %2</numerusform>
            <numerusform>take %1 transactions instead of %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresetsPanel</name>
    <message numerus="yes">
        <location filename="../widgets/presetspanel.cpp" line="71"/>
        <source>%1 on %2; %n target(s)</source>
        <translation>
            <numerusform>%1 on %2; %n target</numerusform>
            <numerusform>%1 on %2; %n targets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileCommands</name>
    <message numerus="yes">
        <location filename="../app/cli/profilecommands.cpp" line="169"/>
        <source>%n row(s) copied</source>
        <translation>
            <numerusform>%n row copied</numerusform>
            <numerusform>%n rows copied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/profilecommands.cpp" line="170"/>
        <source>%n row(s) copied; the rest cannot be read (%1)</source>
        <translation>
            <numerusform>%n row copied; the rest cannot be read (%1)</numerusform>
            <numerusform>%n rows copied; the rest cannot be read (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/profilecommands.cpp" line="221"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileCopy</name>
    <message numerus="yes">
        <location filename="../app/storage/profilecopy.cpp" line="69"/>
        <source>%1 is not empty (its %2 table has %n row(s)); a profile is copied only into a new one</source>
        <translation>
            <numerusform>%1 is not empty (its %2 table has %n row); a profile is copied only into a new one</numerusform>
            <numerusform>%1 is not empty (its %2 table has %n rows); a profile is copied only into a new one</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/storage/profilecopy.cpp" line="88"/>
        <source>%1 has %n open transaction(s); finish them first (purgeline resume --wait) or cancel them, so that no purge is sent from both profiles</source>
        <translation>
            <numerusform>%1 has %n open transaction; finish it first (purgeline resume --wait) or cancel it, so that no purge is sent from both profiles</numerusform>
            <numerusform>%1 has %n open transactions; finish them first (purgeline resume --wait) or cancel them, so that no purge is sent from both profiles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message numerus="yes">
        <location filename="../app/providers/provider.cpp" line="31"/>
        <source>--match all takes no targets, but %n were given</source>
        <translation>
            <numerusform>--match all takes no targets, but %n was given</numerusform>
            <numerusform>--match all takes no targets, but %n were given</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/provider.cpp" line="98"/>
        <source>option %1 takes one value, but %n were given</source>
        <translation>
            <numerusform>option %1 takes one value, but %n was given</numerusform>
            <numerusform>option %1 takes one value, but %n were given</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeCommands</name>
    <message numerus="yes">
        <location filename="../app/cli/purgecommands.cpp" line="330"/>
        <source>origin shows the revision after %1 s (%n ask(s))</source>
        <translation>
            <numerusform>origin shows the revision after %1 s (%n ask)</numerusform>
            <numerusform>origin shows the revision after %1 s (%n asks)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/purgecommands.cpp" line="337"/>
        <source>%1 did not show &quot;%2&quot; within %3 s (%n ask(s)); last seen: %4; nothing purged</source>
        <translation>
            <numerusform>%1 did not show &quot;%2&quot; within %3 s (%n ask); last seen: %4; nothing purged</numerusform>
            <numerusform>%1 did not show &quot;%2&quot; within %3 s (%n asks); last seen: %4; nothing purged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeQueue</name>
    <message numerus="yes">
        <location filename="../app/queue/queuedecisions.cpp" line="73"/>
        <source>gave up after %n attempt(s): %1</source>
        <translation>
            <numerusform>gave up after %n attempt: %1</numerusform>
            <numerusform>gave up after %n attempts: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/queue/queuedecisions.cpp" line="79"/>
        <source>still failing after %1 of retries (%n attempt(s)): %2</source>
        <translation>
            <numerusform>still failing after %1 of retries (%n attempt): %2</numerusform>
            <numerusform>still failing after %1 of retries (%n attempts): %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueRunner</name>
    <message numerus="yes">
        <location filename="../app/cli/queuerunner.cpp" line="160"/>
        <source>waiting for %n queued transaction(s) that cover this purge</source>
        <translation>
            <numerusform>waiting for %n queued transaction that covers this purge</numerusform>
            <numerusform>waiting for %n queued transactions that cover this purge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/queuerunner.cpp" line="227"/>
        <source>%n transaction(s): </source>
        <translation>
            <numerusform>%n transaction: </numerusform>
            <numerusform>%n transactions: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/queuerunner.cpp" line="233"/>
        <source>the run stopped: %n transaction(s) not finished stay as last recorded</source>
        <translation>
            <numerusform>the run stopped: %n transaction not finished stays as last recorded</numerusform>
            <numerusform>the run stopped: %n transactions not finished stay as last recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/queuerunner.cpp" line="250"/>
        <source>%n transaction(s) still waiting to be sent again within their retry budget</source>
        <translation>
            <numerusform>%n transaction still waiting to be sent again within its retry budget</numerusform>
            <numerusform>%n transactions still waiting to be sent again within their retry budget</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message numerus="yes">
        <location filename="../widgets/sourcespanel.cpp" line="195"/>
        <source>“%1” still has %n open transaction(s). Remove it once they have finished or been cancelled, so no queued work is lost.</source>
        <translation>
            <numerusform>“%1” still has %n open transaction. Remove it once it has finished or been cancelled, so no queued work is lost.</numerusform>
            <numerusform>“%1” still has %n open transactions. Remove it once they have finished or been cancelled, so no queued work is lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/sourcespanel.cpp" line="230"/>
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
        <location filename="../models/targetlistmodel.cpp" line="62"/>
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
    <name>TransactionDetails</name>
    <message numerus="yes">
        <location filename="../widgets/transactiondetails.cpp" line="173"/>
        <source>%1 (%n URL(s) asked for)</source>
        <translation>
            <numerusform>%1 (%n URL asked for)</numerusform>
            <numerusform>%1 (%n URLs asked for)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransactionRecord</name>
    <message numerus="yes">
        <location filename="../app/core/transactionrecord.cpp" line="35"/>
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
        <location filename="../widgets/transactionspanel.cpp" line="334"/>
        <source>%n transaction(s) queued again</source>
        <translation>
            <numerusform>%n transaction queued again</numerusform>
            <numerusform>%n transactions queued again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/transactionspanel.cpp" line="340"/>
        <source>%n failed transaction(s) queued again</source>
        <translation>
            <numerusform>%n failed transaction queued again</numerusform>
            <numerusform>%n failed transactions queued again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/transactionspanel.cpp" line="350"/>
        <location filename="../widgets/transactionspanel.cpp" line="357"/>
        <source>Cancelling %n transaction(s)</source>
        <translation>
            <numerusform>Cancelling %n transaction</numerusform>
            <numerusform>Cancelling %n transactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/transactionspanel.cpp" line="373"/>
        <source>Copied %n target(s)</source>
        <translation>
            <numerusform>Copied %n target</numerusform>
            <numerusform>Copied %n targets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/transactionspanel.cpp" line="386"/>
        <source>Copied %n transaction(s) as curl commands, credentials redacted</source>
        <translation>
            <numerusform>Copied %n transaction as curl commands, credentials redacted</numerusform>
            <numerusform>Copied %n transactions as curl commands, credentials redacted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/transactionspanel.cpp" line="425"/>
        <source>Request %1 approved: %n transaction(s) queued</source>
        <translation>
            <numerusform>Request %1 approved: %n transaction queued</numerusform>
            <numerusform>Request %1 approved: %n transactions queued</numerusform>
        </translation>
    </message>
</context>
</TS>
