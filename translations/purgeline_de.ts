<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <location filename="../widgets/transactionview.cpp" line="59"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../widgets/transactionview.cpp" line="60"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
</context>
<context>
    <name>ChangeFilter</name>
    <message>
        <location filename="../app/changes/changefilter.cpp" line="48"/>
        <source>%1 &quot;%2&quot; is not a usable glob: %3</source>
        <translation>%1 „%2“ ist kein brauchbares Glob-Muster: %3</translation>
    </message>
    <message>
        <location filename="../app/changes/changefilter.cpp" line="71"/>
        <source>a submodule, not an image</source>
        <translation>ein Submodul, kein Bild</translation>
    </message>
    <message>
        <location filename="../app/changes/changefilter.cpp" line="78"/>
        <source>not an image (%1)</source>
        <translation>kein Bild (%1)</translation>
    </message>
    <message>
        <location filename="../app/changes/changefilter.cpp" line="89"/>
        <source>matches no --include</source>
        <translation>passt zu keinem --include</translation>
    </message>
    <message>
        <location filename="../app/changes/changefilter.cpp" line="93"/>
        <source>excluded by %1</source>
        <translation>ausgeschlossen durch %1</translation>
    </message>
</context>
<context>
    <name>ChangeQuery</name>
    <message>
        <location filename="../app/changes/changequery.cpp" line="29"/>
        <source>no repository given</source>
        <translation>kein Repository angegeben</translation>
    </message>
    <message>
        <location filename="../app/changes/changequery.cpp" line="33"/>
        <source>give either --revisions-log or --from and --to, not both</source>
        <translation>entweder --revisions-log oder --from und --to angeben, nicht beides</translation>
    </message>
    <message>
        <location filename="../app/changes/changequery.cpp" line="35"/>
        <source>say which changes: --revisions-log FILE, or --from REV --to REV</source>
        <translation>welche Änderungen? --revisions-log DATEI oder --from REV --to REV angeben</translation>
    </message>
    <message>
        <location filename="../app/changes/changequery.cpp" line="37"/>
        <source>--to needs --from</source>
        <translation>--to braucht --from</translation>
    </message>
    <message>
        <location filename="../app/changes/changequery.cpp" line="37"/>
        <source>--from needs --to</source>
        <translation>--from braucht --to</translation>
    </message>
    <message>
        <location filename="../app/changes/changequery.cpp" line="40"/>
        <source>unknown --only &quot;%1&quot;: use images or all</source>
        <translation>unbekanntes --only „%1“: images oder all verwenden</translation>
    </message>
</context>
<context>
    <name>ChangeSelection</name>
    <message>
        <location filename="../app/changes/changeselection.cpp" line="123"/>
        <source>cannot read the revisions log &quot;%1&quot;: %2</source>
        <translation>das Revisions-Log „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/changes/changeselection.cpp" line="124"/>
        <source>not a file</source>
        <translation>keine Datei</translation>
    </message>
    <message>
        <location filename="../app/changes/changeselection.cpp" line="124"/>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/changes/changeselection.cpp" line="149"/>
        <source>%1 line %2 (release %3): %4</source>
        <translation>%1 Zeile %2 (Release %3): %4</translation>
    </message>
    <message>
        <location filename="../app/changes/changeselection.cpp" line="173"/>
        <source>the path is not valid UTF-8, so it has no URL</source>
        <translation>der Pfad ist kein gültiges UTF-8 und hat daher keine URL</translation>
    </message>
    <message>
        <location filename="../app/changes/changeselection.cpp" line="240"/>
        <source>no path mapping covers %1</source>
        <translation>keine Pfadzuordnung deckt %1 ab</translation>
    </message>
</context>
<context>
    <name>ChangesCommand</name>
    <message>
        <location filename="../app/cli/changescommand.cpp" line="51"/>
        <source>filtered out: %1</source>
        <translation>herausgefiltert: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/changescommand.cpp" line="53"/>
        <source>unmapped: %1</source>
        <translation>nicht zugeordnet: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/changescommand.cpp" line="55"/>
        <source>not decodable: %1</source>
        <translation>nicht dekodierbar: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/changescommand.cpp" line="90"/>
        <source>no repository given</source>
        <translation>kein Repository angegeben</translation>
    </message>
    <message>
        <location filename="../app/cli/changescommand.cpp" line="108"/>
        <location filename="../app/cli/changescommand.cpp" line="153"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/changescommand.cpp" line="110"/>
        <location filename="../app/cli/changescommand.cpp" line="112"/>
        <source>%1 (release %2)</source>
        <translation>%1 (Release %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/changescommand.cpp" line="113"/>
        <source>changes from %1 to %2: %3 file(s), %4 selected, %5 skipped</source>
        <translation>Änderungen von %1 bis %2: %3 Datei(en), %4 ausgewählt, %5 übersprungen</translation>
    </message>
    <message>
        <location filename="../app/cli/changescommand.cpp" line="121"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../app/cli/changescommand.cpp" line="139"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/changescommand.cpp" line="141"/>
        <source>--repo DIR is required</source>
        <translation>--repo DIR ist erforderlich</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="38"/>
        <source>usage: purgeline [--profile DIR] COMMAND ...
  source add NAME --type TYPE [--endpoint URL]... [--set KEY=VALUE]... [--secret-env VAR | --secret-stdin]
  source list [--json]
  source remove NAME
  purge --source NAME[,NAME...] [--action purge|invalidate] [--match exact|prefix|tag|host|all]
        [--from-file FILE|-] [--changes-from DIR &lt;selection&gt;] [--cache-key-modifier REGEX]
        [--wait] [--dry-run] [--json] [TARGET...]
  changes --repo DIR &lt;selection&gt; [--json]
    &lt;selection&gt; = (--revisions-log FILE | --from REV --to REV) [--only images|all] [--include GLOB]...
                  [--exclude GLOB]... [--map PATH_PREFIX=URL_PREFIX]...
  preset save NAME &lt;purge options&gt; | preset list [--json] | preset run NAME [--wait] [--json] | preset remove NAME
  history [--json] [--state STATE] [--limit N] [--search TEXT] [--request ID]
  retry (ID... | --failed) [--wait] [--json]
  resume [--wait] [--json]
Without a command, the Purgeline window opens.
Exit status: 0 all succeeded (or queued), 1 a transaction failed, 2 bad usage or input (nothing queued),
3 stopped with work still queued.</source>
        <translation>Aufruf: purgeline [--profile DIR] BEFEHL ...
  source add NAME --type TYP [--endpoint URL]... [--set KEY=VALUE]... [--secret-env VAR | --secret-stdin]
  source list [--json]
  source remove NAME
  purge --source NAME[,NAME...] [--action purge|invalidate] [--match exact|prefix|tag|host|all]
        [--from-file DATEI|-] [--changes-from DIR &lt;auswahl&gt;] [--cache-key-modifier REGEX]
        [--wait] [--dry-run] [--json] [ZIEL...]
  changes --repo DIR &lt;auswahl&gt; [--json]
    &lt;auswahl&gt; = (--revisions-log DATEI | --from REV --to REV) [--only images|all] [--include GLOB]...
                [--exclude GLOB]... [--map PATH_PREFIX=URL_PREFIX]...
  preset save NAME &lt;purge-optionen&gt; | preset list [--json] | preset run NAME [--wait] [--json] | preset remove NAME
  history [--json] [--state STATE] [--limit N] [--search TEXT] [--request ID]
  retry (ID... | --failed) [--wait] [--json]
  resume [--wait] [--json]
Ohne Befehl öffnet sich das Purgeline-Fenster.
Exit-Status: 0 alles erfolgreich (oder eingereiht), 1 eine Transaktion fehlgeschlagen, 2 falscher Aufruf oder falsche Eingabe (nichts eingereiht),
3 angehalten, während noch Arbeit in der Warteschlange ist.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="119"/>
        <source>&quot;%1&quot; needs a subcommand</source>
        <translation>„%1“ braucht einen Unterbefehl</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="128"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
</context>
<context>
    <name>ComposerPanel</name>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="38"/>
        <source>Exact URLs</source>
        <translation>Exakte URLs</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="40"/>
        <source>URL prefixes</source>
        <translation>URL-Präfixe</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="42"/>
        <source>Tags (surrogate keys)</source>
        <translation>Tags (Surrogate Keys)</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="44"/>
        <source>Whole hosts</source>
        <translation>Ganze Hosts</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="46"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="79"/>
        <source>&amp;Sources</source>
        <translation>&amp;Quellen</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="82"/>
        <source>Sources to purge</source>
        <translation>Zu leerende Quellen</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="90"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="91"/>
        <source>P&amp;urge</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="93"/>
        <source>Remove the cached copies; the next request fetches from the origin</source>
        <translation>Die Cache-Kopien entfernen; die nächste Anfrage holt vom Ursprung</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="94"/>
        <source>&amp;Invalidate</source>
        <translation>&amp;Invalidieren</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="103"/>
        <source>Match</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="111"/>
        <source>&amp;Match:</source>
        <translation>&amp;Abgleich:</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="119"/>
        <source>&amp;Targets</source>
        <translation>&amp;Ziele</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="122"/>
        <source>New target</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="124"/>
        <source>Type a URL, prefix, tag or host and press Enter; paste many lines at once</source>
        <translation>URL, Präfix, Tag oder Host eingeben + Enter; auch viele Zeilen einfügen</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="139"/>
        <location filename="../widgets/composerpanel.cpp" line="233"/>
        <location filename="../widgets/composerpanel.cpp" line="468"/>
        <source>Added %n target(s).</source>
        <translation>
            <numerusform>%n Ziel hinzugefügt.</numerusform>
            <numerusform>%n Ziele hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="146"/>
        <source>Add from &amp;git…</source>
        <translation>Aus &amp;Git hinzufügen…</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="148"/>
        <source>Add the URLs of files changed between two revisions or deploys</source>
        <translation>Die URLs der Dateien hinzufügen, die sich zwischen zwei Revisionen oder Deploys geändert haben</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="150"/>
        <source>C&amp;lear</source>
        <translation>Alle &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="157"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="158"/>
        <source>Remove the preset&apos;s extra targets</source>
        <translation>Die zusätzlichen Ziele der Vorlage entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="186"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="193"/>
        <source>Save as pre&amp;set…</source>
        <translation>Als Vorlage &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="196"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="198"/>
        <source>Show the requests that would be sent (Ctrl+Shift+P)</source>
        <translation>Die Anfragen zeigen, die gesendet würden (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="202"/>
        <source>Queue the purge (Ctrl+Return)</source>
        <translation>Leeren einreihen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="253"/>
        <source>%1 (unknown type %2)</source>
        <translation>%1 (unbekannter Typ %2)</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="258"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="262"/>
        <source>%1
Matches: %2
Invalidate: %3</source>
        <translation>%1
Abgleich: %2
Invalidieren: %3</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="264"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="264"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="334"/>
        <source>Mark the cached copies stale; they may still be served while the origin is asked again</source>
        <translation>Die Cache-Kopien als veraltet markieren; sie können weiter ausgeliefert werden, während der Ursprung erneut gefragt wird</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="335"/>
        <source>Choose sources first</source>
        <translation>Zuerst Quellen wählen</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="336"/>
        <source>Not supported by %1</source>
        <translation>Von %1 nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="338"/>
        <source>The chosen sources have no match kind in common; purge them separately.</source>
        <translation>Die gewählten Quellen haben keine gemeinsame Abgleichsart; einzeln leeren.</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="348"/>
        <source>targets read from %1 when the purge runs</source>
        <translation>Ziele, die beim Leeren aus %1 gelesen werden</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="350"/>
        <source>the files changed in %1 (%2)</source>
        <translation>die in %1 geänderten Dateien (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="352"/>
        <source>%1..%2</source>
        <translation>%1..%2</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="355"/>
        <source>cache key modifier %1</source>
        <translation>Cache-Key-Modifikator %1</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="356"/>
        <source>Also from the preset: %1.</source>
        <translation>Außerdem aus der Vorlage: %1.</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="372"/>
        <source>Purge &amp;everything…</source>
        <translation>Alles lee&amp;ren…</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="373"/>
        <source>Invalidate</source>
        <translation>Invalidieren</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="374"/>
        <source>Purge</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="377"/>
        <source>Everything the chosen sources cache</source>
        <translation>Alles, was die gewählten Quellen zwischenspeichern</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="377"/>
        <location filename="../widgets/composerpanel.cpp" line="495"/>
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n Ziel</numerusform>
            <numerusform>%n Ziele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="379"/>
        <source>, %n file(s) not mapped</source>
        <translation>
            <numerusform>, %n Datei nicht zugeordnet</numerusform>
            <numerusform>, %n Dateien nicht zugeordnet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="421"/>
        <source>source %1, setting map: %2</source>
        <translation>Quelle %1, Einstellung map: %2</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="425"/>
        <source>the preset&apos;s changed files need a path mapping: set the map setting of %1</source>
        <translation>die geänderten Dateien der Vorlage brauchen eine Pfadzuordnung: die Einstellung map von %1 setzen</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="456"/>
        <source>No source named %1.</source>
        <translation>Keine Quelle namens %1.</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="458"/>
        <source>The chosen sources do not support matching %1.</source>
        <translation>Die gewählten Quellen unterstützen den Abgleich %1 nicht.</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="460"/>
        <source>The chosen sources cannot invalidate; Purge is selected instead.</source>
        <translation>Die gewählten Quellen können nicht invalidieren; stattdessen ist Leeren gewählt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="492"/>
        <source>%n request(s) will purge everything cached by %1.</source>
        <translation>
            <numerusform>%n Anfrage leert alles, was %1 zwischenspeichert.</numerusform>
            <numerusform>%n Anfragen leeren alles, was %1 zwischenspeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="494"/>
        <source>%n request(s) (batches) to %1 for %2.</source>
        <translation>
            <numerusform>%n Anfrage (Stapel) an %1 für %2.</numerusform>
            <numerusform>%n Anfragen (Stapel) an %1 für %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="515"/>
        <source>Purge everything cached by %1?

Every cached object will be fetched from the origin again; this cannot be undone.</source>
        <translation>Alles leeren, was %1 zwischenspeichert?

Jedes zwischengespeicherte Objekt wird erneut vom Ursprung geholt; das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="518"/>
        <source>Purge everything</source>
        <translation>Alles leeren</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="519"/>
        <source>Nothing was purged.</source>
        <translation>Nichts wurde geleert.</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="525"/>
        <source>Nothing was queued: %1</source>
        <translation>Nichts wurde eingereiht: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="528"/>
        <source>Queued %n request(s).</source>
        <translation>
            <numerusform>%n Anfrage eingereiht.</numerusform>
            <numerusform>%n Anfragen eingereiht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="538"/>
        <source>Choose at least one source.</source>
        <translation>Mindestens eine Quelle wählen.</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="541"/>
        <source>Save as preset</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="541"/>
        <source>Preset name:</source>
        <translation>Name der Vorlage:</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="545"/>
        <source>Replace preset</source>
        <translation>Vorlage ersetzen</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="545"/>
        <source>A preset named %1 exists. Replace it?</source>
        <translation>Eine Vorlage namens %1 existiert. Ersetzen?</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="548"/>
        <source>Could not save the preset: %1</source>
        <translation>Die Vorlage konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="551"/>
        <source>Saved preset %1.</source>
        <translation>Vorlage %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>DBusNotifications</name>
    <message>
        <location filename="../widgets/dbusnotifications.cpp" line="69"/>
        <source>no D-Bus session bus</source>
        <translation>kein D-Bus-Sitzungsbus</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/storage/database.cpp" line="116"/>
        <source>cannot create profile directory %1</source>
        <translation>Profilverzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="123"/>
        <source>cannot open database in %1: %2</source>
        <translation>Datenbank in %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="160"/>
        <source>database migration %1 failed: %2</source>
        <translation>Datenbankmigration %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>DesktopIntegration</name>
    <message>
        <location filename="../widgets/desktopintegration.cpp" line="84"/>
        <source>Quit Purgeline?</source>
        <translation>Purgeline beenden?</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/desktopintegration.cpp" line="85"/>
        <source>%n purge request(s) are still queued or running. They stay saved in the profile and continue the next time Purgeline runs.

Quit now?</source>
        <translation>
            <numerusform>%n Leerungsanfrage ist noch eingereiht oder läuft. Sie bleibt im Profil gespeichert und wird beim nächsten Start von Purgeline fortgesetzt.

Jetzt beenden?</numerusform>
            <numerusform>%n Leerungsanfragen sind noch eingereiht oder laufen. Sie bleiben im Profil gespeichert und werden beim nächsten Start von Purgeline fortgesetzt.

Jetzt beenden?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GitChanges</name>
    <message>
        <location filename="../app/changes/gitchanges.cpp" line="63"/>
        <source>no repository given</source>
        <translation>kein Repository angegeben</translation>
    </message>
    <message>
        <location filename="../app/changes/gitchanges.cpp" line="67"/>
        <source>repository &quot;%1&quot; is not a directory</source>
        <translation>Repository „%1“ ist kein Verzeichnis</translation>
    </message>
    <message>
        <location filename="../app/changes/gitchanges.cpp" line="85"/>
        <source>no git repository in &quot;%1&quot; (nor in its repo/ subdirectory)</source>
        <translation>kein Git-Repository in „%1“ (auch nicht im Unterverzeichnis repo/)</translation>
    </message>
    <message>
        <location filename="../app/changes/gitchanges.cpp" line="86"/>
        <source>cannot open the git repository &quot;%1&quot;: %2</source>
        <translation>das Git-Repository „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/changes/gitchanges.cpp" line="93"/>
        <source>no repository is open</source>
        <translation>kein Repository geöffnet</translation>
    </message>
    <message>
        <location filename="../app/changes/gitchanges.cpp" line="97"/>
        <source>empty revision</source>
        <translation>leere Revision</translation>
    </message>
    <message>
        <location filename="../app/changes/gitchanges.cpp" line="106"/>
        <source>revision &quot;%1&quot; is not in the repository &quot;%2&quot;</source>
        <translation>Revision „%1“ ist nicht im Repository „%2“</translation>
    </message>
    <message>
        <location filename="../app/changes/gitchanges.cpp" line="108"/>
        <source>revision &quot;%1&quot; is ambiguous in the repository &quot;%2&quot;: give more characters of the SHA</source>
        <translation>Revision „%1“ ist im Repository „%2“ mehrdeutig: mehr Zeichen des SHA angeben</translation>
    </message>
    <message>
        <location filename="../app/changes/gitchanges.cpp" line="111"/>
        <source>revision &quot;%1&quot; cannot be resolved in the repository &quot;%2&quot;: %3</source>
        <translation>Revision „%1“ kann im Repository „%2“ nicht aufgelöst werden: %3</translation>
    </message>
    <message>
        <location filename="../app/changes/gitchanges.cpp" line="129"/>
        <location filename="../app/changes/gitchanges.cpp" line="141"/>
        <source>revision &quot;%1&quot; names a %2, not a commit or tree</source>
        <translation>Revision „%1“ bezeichnet ein %2, keinen Commit oder Tree</translation>
    </message>
    <message>
        <location filename="../app/changes/gitchanges.cpp" line="163"/>
        <source>cannot compare &quot;%1&quot; with &quot;%2&quot;: %3</source>
        <translation>„%1“ kann nicht mit „%2“ verglichen werden: %3</translation>
    </message>
    <message>
        <location filename="../app/changes/gitchanges.cpp" line="170"/>
        <source>cannot detect renames between &quot;%1&quot; and &quot;%2&quot;: %3</source>
        <translation>Umbenennungen zwischen „%1“ und „%2“ können nicht erkannt werden: %3</translation>
    </message>
</context>
<context>
    <name>GitChangesDialog</name>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="39"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="41"/>
        <source>modified</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="43"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="45"/>
        <source>renamed</source>
        <translation>umbenannt</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="54"/>
        <source>Last two deploys in a &amp;revisions.log:</source>
        <translation>Letzte zwei Deploys in einer &amp;revisions.log:</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="55"/>
        <source>Two re&amp;visions:</source>
        <translation>Zwei Re&amp;visionen:</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="62"/>
        <source>Add changed files from git</source>
        <translation>Geänderte Dateien aus Git hinzufügen</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="66"/>
        <location filename="../widgets/gitchangesdialog.cpp" line="208"/>
        <source>Repository folder</source>
        <translation>Repository-Ordner</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="67"/>
        <source>A work tree, a bare repository or a Capistrano deploy folder</source>
        <translation>Ein Arbeitsverzeichnis, ein Bare-Repository oder ein Capistrano-Deploy-Ordner</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="69"/>
        <location filename="../widgets/gitchangesdialog.cpp" line="82"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="70"/>
        <source>Choose the repository folder</source>
        <translation>Repository-Ordner wählen</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="80"/>
        <source>revisions.log file</source>
        <translation>revisions.log-Datei</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="83"/>
        <source>Choose the revisions.log file</source>
        <translation>revisions.log-Datei wählen</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="86"/>
        <source>From revision</source>
        <translation>Von Revision</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="88"/>
        <source>To revision</source>
        <translation>Bis Revision</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="96"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="100"/>
        <source>Which files</source>
        <translation>Welche Dateien</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="101"/>
        <source>Images only</source>
        <translation>Nur Bilder</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="102"/>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="104"/>
        <source>Only paths matching these globs, e.g. public/**</source>
        <translation>Nur Pfade, die auf diese Globs passen, z. B. public/**</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="106"/>
        <source>Leave out paths matching these globs, e.g. **/*.psd</source>
        <translation>Pfade weglassen, die auf diese Globs passen, z. B. **/*.psd</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="108"/>
        <source>PATH_PREFIX=URL_PREFIX, e.g. public=https://www.example.com</source>
        <translation>PATH_PREFIX=URL_PREFIX, z. B. public=https://www.example.com</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="119"/>
        <source>Re&amp;pository:</source>
        <translation>Re&amp;pository:</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="123"/>
        <source>&amp;Files:</source>
        <translation>&amp;Dateien:</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="124"/>
        <source>&amp;Include:</source>
        <translation>&amp;Einschließen:</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="125"/>
        <source>E&amp;xclude:</source>
        <translation>Aus&amp;schließen:</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="126"/>
        <source>&amp;Map:</source>
        <translation>&amp;Zuordnung:</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="128"/>
        <source>&amp;Show changes</source>
        <translation>Änderungen &amp;anzeigen</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="133"/>
        <source>Check all</source>
        <translation>Alle auswählen</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="136"/>
        <source>Check none</source>
        <translation>Keine auswählen</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="147"/>
        <source>Changed files</source>
        <translation>Geänderte Dateien</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="150"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="150"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="150"/>
        <source>URL or reason</source>
        <translation>URL oder Grund</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="157"/>
        <source>&amp;Add URLs</source>
        <translation>URLs &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="223"/>
        <source>revisions.log</source>
        <translation>revisions.log</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="224"/>
        <source>Capistrano revisions log (revisions.log);;All files (*)</source>
        <translation>Capistrano-Revisions-Log (revisions.log);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="257"/>
        <source>%1..%2</source>
        <translation>%1..%2</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="258"/>
        <source>releases %1..%2</source>
        <translation>Releases %1..%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/gitchangesdialog.cpp" line="259"/>
        <source>%1: %n changed file(s)</source>
        <translation>
            <numerusform>%1: %n geänderte Datei</numerusform>
            <numerusform>%1: %n geänderte Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/gitchangesdialog.cpp" line="260"/>
        <source>, %n selected</source>
        <translation>
            <numerusform>, %n ausgewählt</numerusform>
            <numerusform>, %n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="262"/>
        <source>; no path mapping, so no URLs</source>
        <translation>; keine Pfadzuordnung, daher keine URLs</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="279"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="291"/>
        <source>no mapping rule covers this path</source>
        <translation>keine Zuordnungsregel deckt diesen Pfad ab</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="293"/>
        <source>no path mapping: fill in Map</source>
        <translation>keine Pfadzuordnung: Zuordnung ausfüllen</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/gitchangesdialog.cpp" line="347"/>
        <source>&amp;Add %n URL(s)</source>
        <translation>
            <numerusform>%n URL &amp;hinzufügen</numerusform>
            <numerusform>%n URLs &amp;hinzufügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlobPattern</name>
    <message>
        <location filename="../app/changes/globpattern.cpp" line="49"/>
        <source>empty pattern</source>
        <translation>leeres Muster</translation>
    </message>
</context>
<context>
    <name>HistoryCommands</name>
    <message>
        <location filename="../app/cli/historycommands.cpp" line="40"/>
        <source>unknown --state &quot;%1&quot;: use queued, sending, waiting-for-status, retry-scheduled, succeeded, failed or cancelled</source>
        <translation>unbekannter --state „%1“: queued, sending, waiting-for-status, retry-scheduled, succeeded, failed oder cancelled verwenden</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommands.cpp" line="47"/>
        <source>--limit must be a positive whole number, not &quot;%1&quot;</source>
        <translation>--limit muss eine positive ganze Zahl sein, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommands.cpp" line="51"/>
        <source>--request must be a request id, not &quot;%1&quot;</source>
        <translation>--request muss eine Anfrage-ID sein, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommands.cpp" line="96"/>
        <source>give transaction ids or --failed, not both</source>
        <translation>entweder Transaktions-IDs oder --failed angeben, nicht beides</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommands.cpp" line="100"/>
        <source>no failed transactions</source>
        <translation>keine fehlgeschlagenen Transaktionen</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommands.cpp" line="105"/>
        <source>retry needs transaction ids or --failed</source>
        <translation>retry braucht Transaktions-IDs oder --failed</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommands.cpp" line="110"/>
        <source>&quot;%1&quot; is not a transaction id</source>
        <translation>„%1“ ist keine Transaktions-ID</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommands.cpp" line="113"/>
        <source>no transaction %1</source>
        <translation>keine Transaktion %1</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommands.cpp" line="115"/>
        <source>transaction %1 is %2; only failed or cancelled ones can be retried</source>
        <translation>Transaktion %1 ist %2; nur fehlgeschlagene oder abgebrochene können wiederholt werden</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommands.cpp" line="132"/>
        <source>%1 transaction(s) were being sent when their process stopped; queued again</source>
        <translation>%1 Transaktion(en) wurden gerade gesendet, als ihr Prozess endete; erneut eingereiht</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommands.cpp" line="137"/>
        <source>%1 open transaction(s) belong to another running Purgeline process and are left to it</source>
        <translation>%1 offene Transaktion(en) gehören einem anderen laufenden Purgeline-Prozess und bleiben bei ihm</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommands.cpp" line="141"/>
        <source>nothing to resume</source>
        <translation>nichts fortzusetzen</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../widgets/historypanel.cpp" line="30"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="31"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="49"/>
        <source>&amp;Run again</source>
        <translation>Erneut &amp;ausführen</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="49"/>
        <source>Ctrl+Shift+Return</source>
        <translation>Ctrl+Shift+Return</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="50"/>
        <source>Send the selected requests again: same sources, action, match and targets</source>
        <translation>Die gewählten Anfragen erneut senden: gleiche Quellen, Aktion, Abgleich und Ziele</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="51"/>
        <source>&amp;Export CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="51"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="52"/>
        <source>Save the rows shown as a CSV file</source>
        <translation>Die angezeigten Zeilen als CSV-Datei speichern</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="53"/>
        <source>Re&amp;fresh</source>
        <translation>Aktualisie&amp;ren</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="54"/>
        <source>Search history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="66"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="107"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="108"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="113"/>
        <source>Limit by %1</source>
        <translation>Nach %1 einschränken</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="121"/>
        <source>Source filter</source>
        <translation>Quellenfilter</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="126"/>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="132"/>
        <source>State filter</source>
        <translation>Zustandsfilter</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="135"/>
        <source>URL, source or error contains…</source>
        <translation>URL, Quelle oder Fehler enthält…</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="137"/>
        <source>Search text</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="160"/>
        <source>Number of results</source>
        <translation>Anzahl der Ergebnisse</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="204"/>
        <source>Newest %L1 matches shown; narrow the filter to see older ones</source>
        <translation>Die neuesten %L1 Treffer werden gezeigt; Filter eingrenzen, um ältere zu sehen</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/historypanel.cpp" line="206"/>
        <source>%Ln transaction(s)</source>
        <translation>
            <numerusform>%Ln Transaktion</numerusform>
            <numerusform>%Ln Transaktionen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="229"/>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="256"/>
        <source>request %1 has no transactions</source>
        <translation>Anfrage %1 hat keine Transaktionen</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="303"/>
        <source>Purge everything</source>
        <translation>Alles leeren</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="304"/>
        <source>Run request %1 again and purge everything cached by %2?</source>
        <translation>Anfrage %1 erneut ausführen und alles leeren, was %2 zwischenspeichert?</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="312"/>
        <source>request %1: %2</source>
        <translation>Anfrage %1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="319"/>
        <source>Could not run again: %1</source>
        <translation>Erneutes Ausführen fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/historypanel.cpp" line="321"/>
        <source>%n request(s) queued again</source>
        <translation>
            <numerusform>%n Anfrage erneut eingereiht</numerusform>
            <numerusform>%n Anfragen erneut eingereiht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="385"/>
        <location filename="../widgets/historypanel.cpp" line="393"/>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="386"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/historypanel.cpp" line="391"/>
        <source>Exported %Ln transaction(s) to %1</source>
        <translation>
            <numerusform>%Ln Transaktion nach %1 exportiert</numerusform>
            <numerusform>%Ln Transaktionen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="393"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <location filename="../app/net/httpclient.cpp" line="50"/>
        <source>proxy &quot;%1&quot; is not an http://, https://, socks5:// or socks5h:// URL</source>
        <translation>Proxy „%1“ ist keine http://-, https://-, socks5://- oder socks5h://-URL</translation>
    </message>
    <message>
        <location filename="../app/net/httpclient.cpp" line="57"/>
        <source>the proxy&apos;s user name and password are never sent in clear (to %1); use an https:// proxy</source>
        <translation>Benutzername und Passwort des Proxys werden nie im Klartext gesendet (an %1); verwenden Sie einen https://-Proxy</translation>
    </message>
    <message>
        <location filename="../app/net/httpclient.cpp" line="60"/>
        <source>credentials are never sent over plain http:// through %1; use https://</source>
        <translation>Zugangsdaten werden nie über unverschlüsseltes http:// durch %1 gesendet; verwenden Sie https://</translation>
    </message>
    <message>
        <location filename="../app/net/httpclient.cpp" line="88"/>
        <source>invalid request URL &quot;%1&quot;</source>
        <translation>ungültige Anfrage-URL „%1“</translation>
    </message>
    <message>
        <location filename="../app/net/httpclient.cpp" line="91"/>
        <source>unsupported URL scheme &quot;%1&quot; in %2</source>
        <translation>nicht unterstütztes URL-Schema „%1“ in %2</translation>
    </message>
    <message>
        <location filename="../app/net/httpclient.cpp" line="94"/>
        <source>credentials are never sent over plain http:// (to %1); use https://</source>
        <translation>Zugangsdaten werden nie über unverschlüsseltes http:// gesendet (an %1); https:// verwenden</translation>
    </message>
    <message>
        <location filename="../app/net/httpclient.cpp" line="98"/>
        <source>header &quot;%1&quot; contains a line break or is malformed</source>
        <translation>Header „%1“ enthält einen Zeilenumbruch oder ist fehlerhaft</translation>
    </message>
    <message>
        <location filename="../app/net/httpclient.cpp" line="102"/>
        <source>invalid HTTP method &quot;%1&quot;</source>
        <translation>ungültige HTTP-Methode „%1“</translation>
    </message>
    <message>
        <location filename="../app/net/httpclient.cpp" line="113"/>
        <source>libcurl could not be initialised</source>
        <translation>libcurl konnte nicht initialisiert werden</translation>
    </message>
    <message>
        <location filename="../app/net/httpclient.cpp" line="127"/>
        <source>libcurl did not take the transfer</source>
        <translation>libcurl hat die Übertragung nicht angenommen</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="28"/>
        <source>the server sent a malformed reply: %1</source>
        <translation>der Server hat eine fehlerhafte Antwort gesendet: %1</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="36"/>
        <source>libcurl could not start a transfer</source>
        <translation>libcurl konnte keine Übertragung beginnen</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="52"/>
        <source>libcurl refused option %1: %2</source>
        <translation>libcurl hat Option %1 abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="155"/>
        <source>unexpected protocol switch (HTTP 101)</source>
        <translation>unerwarteter Protokollwechsel (HTTP 101)</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="161"/>
        <source>header section longer than %1 bytes</source>
        <translation>Header-Bereich länger als %1 Bytes</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="187"/>
        <source>reply body larger than the %1 MiB limit</source>
        <translation>Antwort größer als die Grenze von %1 MiB</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="221"/>
        <location filename="../app/net/curltransfer.cpp" line="223"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="237"/>
        <source>no complete reply within %1 ms</source>
        <translation>keine vollständige Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="246"/>
        <source>could not connect: %1</source>
        <translation>keine Verbindung möglich: %1</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="275"/>
        <source>reply body of %1 bytes is larger than the %2 MiB limit</source>
        <translation>Antwort mit %1 Bytes ist größer als die Grenze von %2 MiB</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="287"/>
        <source>the connection closed without a reply</source>
        <translation>die Verbindung wurde ohne Antwort geschlossen</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="292"/>
        <source>refused the tunnel to %1 (HTTP %2)</source>
        <translation>hat den Tunnel zu %1 abgelehnt (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../app/net/httpclient.cpp" line="143"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/net/httptransport.cpp" line="132"/>
        <source>proxy %1 (from %2)</source>
        <translation>Proxy %1 (aus %2)</translation>
    </message>
    <message>
        <location filename="../app/net/httptransport.cpp" line="133"/>
        <source>proxy %1</source>
        <translation>Proxy %1</translation>
    </message>
</context>
<context>
    <name>HttpPurgeProvider</name>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="50"/>
        <source>HTTP PURGE/BAN (Varnish, nginx, Squid)</source>
        <translation>HTTP PURGE/BAN (Varnish, nginx, Squid)</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="51"/>
        <source>Purge token</source>
        <translation>Purge-Token</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="62"/>
        <source>Prefix purge method</source>
        <translation>Methode für Präfix-Leerung</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="64"/>
        <source>ban: a BAN request whose ban header carries an anchored regex of the path prefix (Varnish; needed for --match all). wildcard: PURGE of the prefix followed by &quot;*&quot; (ngx_cache_purge 2.4 or later; Debian 12&apos;s 2.3 has no partial purge and answers 404).</source>
        <translation>ban: eine BAN-Anfrage, deren Ban-Header einen verankerten Regex des Pfadpräfixes trägt (Varnish; nötig für --match all). wildcard: PURGE des Präfixes gefolgt von &quot;*&quot; (ngx_cache_purge 2.4 oder neuer; 2.3 aus Debian 12 kann keine Teilleerung und antwortet mit 404).</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="67"/>
        <source>Ban header</source>
        <translation>Ban-Header</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="68"/>
        <source>Header of BAN requests that carries the regex, e.g. &quot;^/img/&quot;; the VCL passes it to ban(&quot;req.url ~ &quot; + req.http.&lt;header&gt;).</source>
        <translation>Header der BAN-Anfragen, der den Regex trägt, z. B. &quot;^/img/&quot;; die VCL gibt ihn an ban(&quot;req.url ~ &quot; + req.http.&lt;header&gt;) weiter.</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="70"/>
        <source>Secret header</source>
        <translation>Secret-Header</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="71"/>
        <source>Header that carries the secret on every PURGE/BAN, for caches that check a token as well as the client address; required when a secret is configured.</source>
        <translation>Header, der das Geheimnis bei jedem PURGE/BAN trägt, für Caches, die neben der Client-Adresse ein Token prüfen; erforderlich, wenn ein Geheimnis eingerichtet ist.</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="105"/>
        <source>http-purge needs at least one --endpoint: the base URL of each cache, e.g. --endpoint http://127.0.0.1:6081</source>
        <translation>http-purge braucht mindestens ein --endpoint: die Basis-URL jedes Caches, z. B. --endpoint http://127.0.0.1:6081</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="113"/>
        <source>malformed --endpoint &quot;%1&quot;: expected an absolute http:// or https:// URL</source>
        <translation>fehlerhaftes --endpoint „%1“: absolute http://- oder https://-URL erwartet</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="115"/>
        <source>--endpoint &quot;%1&quot; must not have a query or fragment: the target&apos;s path and query are appended to it</source>
        <translation>--endpoint „%1“ darf keine Query und kein Fragment haben: Pfad und Query des Ziels werden angehängt</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="118"/>
        <source>--endpoint &quot;%1&quot; must not carry a user name or password; put a token in the secret and name its header with --set secret_header=NAME</source>
        <translation>--endpoint „%1“ darf keinen Benutzernamen und kein Passwort enthalten; ein Token ins Geheimnis legen und dessen Header mit --set secret_header=NAME benennen</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="124"/>
        <source>--endpoint &quot;%1&quot; is given twice</source>
        <translation>--endpoint „%1“ ist doppelt angegeben</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="129"/>
        <source>prefix_method &quot;%1&quot; is not one of: ban, wildcard</source>
        <translation>prefix_method „%1“ ist nicht ban oder wildcard</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="132"/>
        <source>ban_header &quot;%1&quot; is not a valid HTTP header name</source>
        <translation>ban_header „%1“ ist kein gültiger HTTP-Header-Name</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="136"/>
        <source>secret_header &quot;%1&quot; is not a valid HTTP header name</source>
        <translation>secret_header „%1“ ist kein gültiger HTTP-Header-Name</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="139"/>
        <source>secret_header &quot;%1&quot; collides with the Host or ban header the purge needs</source>
        <translation>secret_header „%1“ kollidiert mit dem Host- oder Ban-Header, den die Leerung braucht</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="142"/>
        <source>a secret is configured but secret_header is not set: --set secret_header=NAME names the header that carries it (e.g. X-Purge-Token)</source>
        <translation>ein Geheimnis ist eingerichtet, aber secret_header ist nicht gesetzt: --set secret_header=NAME benennt den Header, der es trägt (z. B. X-Purge-Token)</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="152"/>
        <source>--match all needs BAN support: it is only available with --set prefix_method=ban (Varnish)</source>
        <translation>--match all braucht BAN-Unterstützung: nur mit --set prefix_method=ban (Varnish) verfügbar</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="237"/>
        <source>ban added (HTTP %1)</source>
        <translation>Ban hinzugefügt (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="238"/>
        <source>purged (HTTP %1)</source>
        <translation>geleert (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="241"/>
        <source>the cache does not do partial purges: PURGE with a trailing &quot;*&quot; needs ngx_cache_purge 2.4 or later (Debian 12 ships 2.3); use single URLs, or prefix_method=ban on Varnish</source>
        <translation>der Cache kann keine Teilleerung: PURGE mit abschließendem &quot;*&quot; braucht ngx_cache_purge 2.4 oder neuer (Debian 12 liefert 2.3); einzelne URLs verwenden oder prefix_method=ban mit Varnish</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="247"/>
        <source>was not cached (HTTP %1)</source>
        <translation>war nicht im Cache (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="250"/>
        <source>the cache refused %1 from this client; most likely its purge ACL does not allow it: the VCL&apos;s acl checked in vcl_recv (Varnish), the proxy_cache_purge location&apos;s allow rules (nginx), or &quot;acl PURGE method PURGE&quot; with &quot;http_access allow PURGE&quot; for this address (Squid)</source>
        <translation>der Cache hat %1 von diesem Client abgelehnt; vermutlich erlaubt seine Purge-ACL es nicht: die in vcl_recv geprüfte acl der VCL (Varnish), die allow-Regeln der proxy_cache_purge-Location (nginx) oder &quot;acl PURGE method PURGE&quot; mit &quot;http_access allow PURGE&quot; für diese Adresse (Squid)</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="256"/>
        <source>; nginx and Squid have no BAN at all (use prefix_method=wildcard with ngx_cache_purge 2.4 or later)</source>
        <translation>; nginx und Squid kennen gar kein BAN (prefix_method=wildcard mit ngx_cache_purge 2.4 oder neuer verwenden)</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="260"/>
        <source>; or it rejected the secret sent in %1</source>
        <translation>; oder er hat das in %1 gesendete Geheimnis abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="264"/>
        <source>the cache has no handler for %1 requests; add one to its configuration</source>
        <translation>der Cache hat keinen Handler für %1-Anfragen; in seiner Konfiguration einen hinzufügen</translation>
    </message>
</context>
<context>
    <name>HttpReply</name>
    <message>
        <location filename="../app/core/httpexchange.cpp" line="87"/>
        <source>timeout: %1</source>
        <translation>Zeitüberschreitung: %1</translation>
    </message>
    <message>
        <location filename="../app/core/httpexchange.cpp" line="88"/>
        <source>network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <location filename="../app/core/httpexchange.cpp" line="89"/>
        <source>TLS error: %1</source>
        <translation>TLS-Fehler: %1</translation>
    </message>
    <message>
        <location filename="../app/core/httpexchange.cpp" line="90"/>
        <source>not sent: %1</source>
        <translation>nicht gesendet: %1</translation>
    </message>
    <message>
        <location filename="../app/core/httpexchange.cpp" line="91"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>HttpRequestSpec</name>
    <message>
        <location filename="../app/core/httpexchange.cpp" line="61"/>
        <source>(proxy: %1)</source>
        <translation>(Proxy: %1)</translation>
    </message>
    <message>
        <location filename="../app/core/httpexchange.cpp" line="64"/>
        <source>(trusted CA certificates: %1)</source>
        <translation>(vertrauenswürdige CA-Zertifikate: %1)</translation>
    </message>
    <message>
        <location filename="../app/core/httpexchange.cpp" line="68"/>
        <source>(client certificate: %1)</source>
        <translation>(Client-Zertifikat: %1)</translation>
    </message>
    <message>
        <location filename="../app/core/httpexchange.cpp" line="72"/>
        <source>(pinned server key: %1)</source>
        <translation>(festgelegter Server-Schlüssel: %1)</translation>
    </message>
</context>
<context>
    <name>ImgixProvider</name>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="25"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="36"/>
        <source>API version</source>
        <translation>API-Version</translation>
    </message>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="37"/>
        <source>v1: POST /api/v1/purge with a Bearer key that has the Purge permission; legacy: the old POST /v2/image/purger with Basic auth</source>
        <translation>v1: POST /api/v1/purge mit einem Bearer-Schlüssel, der die Purge-Berechtigung hat; legacy: das alte POST /v2/image/purger mit Basic-Auth</translation>
    </message>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="61"/>
        <source>setting api is &quot;%1&quot;: expected v1 or legacy</source>
        <translation>Einstellung api ist „%1“: v1 oder legacy erwartet</translation>
    </message>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="73"/>
        <source>imgix purges exact URLs only, but &quot;%1&quot; ends with the wildcard *</source>
        <translation>imgix leert nur exakte URLs, aber „%1“ endet mit dem Platzhalter *</translation>
    </message>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="157"/>
        <source>reply unreadable; no purge id</source>
        <translation>Antwort unlesbar; keine Purge-ID</translation>
    </message>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="163"/>
        <source>imgix answered HTTP %1 but reported errors for %2: %3</source>
        <translation>imgix antwortete mit HTTP %1, meldete aber Fehler für %2: %3</translation>
    </message>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="169"/>
        <source>reply carries no purge id</source>
        <translation>Antwort enthält keine Purge-ID</translation>
    </message>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="176"/>
        <source>duplicate purge of %1 within 10 s (HTTP 409); imgix still purges it</source>
        <translation>doppelte Leerung von %1 innerhalb von 10 s (HTTP 409); imgix leert trotzdem</translation>
    </message>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="179"/>
        <source>imgix rejected the API key (HTTP 401); check the source&apos;s API key</source>
        <translation>imgix hat den API-Schlüssel abgelehnt (HTTP 401); den API-Schlüssel der Quelle prüfen</translation>
    </message>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="181"/>
        <source>imgix refused the purge (HTTP 403); the API key needs the Purge permission</source>
        <translation>imgix hat die Leerung verweigert (HTTP 403); der API-Schlüssel braucht die Purge-Berechtigung</translation>
    </message>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="185"/>
        <source>imgix rejected the purge of %1 (HTTP %2)</source>
        <translation>imgix hat die Leerung von %1 abgelehnt (HTTP %2)</translation>
    </message>
</context>
<context>
    <name>InstartProvider</name>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="31"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="41"/>
        <source>Customer (company name)</source>
        <translation>Kunde (Firmenname)</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="46"/>
        <source>The company name in the API path: https://api.instartlogic.com/&lt;customer&gt;/v1/...</source>
        <translation>Der Firmenname im API-Pfad: https://api.instartlogic.com/&lt;customer&gt;/v1/...</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="48"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="53"/>
        <source>The Instart Logic portal user; the password is the secret</source>
        <translation>Der Benutzer des Instart-Logic-Portals; das Passwort ist das Geheimnis</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="55"/>
        <source>Status poll interval (seconds)</source>
        <translation>Intervall der Statusabfrage (Sekunden)</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="60"/>
        <source>How often a pending purge transaction is checked</source>
        <translation>Wie oft eine ausstehende Leerungstransaktion geprüft wird</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="62"/>
        <source>Status poll time limit (seconds)</source>
        <translation>Zeitlimit der Statusabfrage (Sekunden)</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="67"/>
        <source>How long a purge transaction may stay pending before it counts as failed</source>
        <translation>Wie lange eine Leerungstransaktion ausstehen darf, bevor sie als fehlgeschlagen gilt</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="88"/>
        <source>setting customer is missing: set it to the company name of the Instart Logic account</source>
        <translation>Einstellung customer fehlt: auf den Firmennamen des Instart-Logic-Kontos setzen</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="91"/>
        <source>setting customer &quot;%1&quot; must be the bare company name: it may not contain white space or any of / ? # % \</source>
        <translation>Einstellung customer „%1“ muss der reine Firmenname sein: keine Leerzeichen und keins von / ? # % \</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="96"/>
        <source>setting user is missing: set it to the Instart Logic user name</source>
        <translation>Einstellung user fehlt: auf den Instart-Logic-Benutzernamen setzen</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="98"/>
        <source>setting user &quot;%1&quot; has leading or trailing white space</source>
        <translation>Einstellung user „%1“ hat Leerraum am Anfang oder Ende</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="100"/>
        <source>setting user &quot;%1&quot; must not contain &apos;:&apos;</source>
        <translation>Einstellung user „%1“ darf kein &apos;:&apos; enthalten</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="110"/>
        <source>setting %1 &quot;%2&quot; must be a number of seconds, at least %3</source>
        <translation>Einstellung %1 „%2“ muss eine Anzahl Sekunden sein, mindestens %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/instartprovider.cpp" line="115"/>
        <source>provider instart takes one --endpoint, but %n were given</source>
        <translation>
            <numerusform>Provider instart nimmt ein --endpoint, aber %n wurde angegeben</numerusform>
            <numerusform>Provider instart nimmt ein --endpoint, aber %n wurden angegeben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="124"/>
        <source>target &quot;%1&quot; contains white space or control characters</source>
        <translation>Ziel „%1“ enthält Leerraum oder Steuerzeichen</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="129"/>
        <source>malformed URL &quot;%1&quot;: expected an absolute http:// or https:// URL</source>
        <translation>fehlerhafte URL „%1“: absolute http://- oder https://-URL erwartet</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="133"/>
        <source>target &quot;%1&quot; must not contain a user name or password</source>
        <translation>Ziel „%1“ darf keinen Benutzernamen und kein Passwort enthalten</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="139"/>
        <source>target &quot;%1&quot; has an invalid port &quot;%2&quot;</source>
        <translation>Ziel „%1“ hat einen ungültigen Port „%2“</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="143"/>
        <source>target &quot;%1&quot; has no host</source>
        <translation>Ziel „%1“ hat keinen Host</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="149"/>
        <source>target &quot;%1&quot;: a &apos;*&apos; in the host is only allowed as its whole first label, as in http://*.example.net/</source>
        <translation>Ziel „%1“: ein &apos;*&apos; im Host ist nur als ganzes erstes Label erlaubt, wie in http://*.example.net/</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="156"/>
        <source>target &quot;%1&quot;: &quot;%2&quot; is not a valid host name (write internationalized names in their xn-- form)</source>
        <translation>Ziel „%1“: „%2“ ist kein gültiger Hostname (internationalisierte Namen in ihrer xn---Form schreiben)</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="161"/>
        <source>target &quot;%1&quot; has no path: add at least &quot;/&quot; after the host</source>
        <translation>Ziel „%1“ hat keinen Pfad: mindestens &quot;/&quot; nach dem Host anfügen</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="163"/>
        <source>target &quot;%1&quot; must not contain a fragment (#...): caches never see it</source>
        <translation>Ziel „%1“ darf kein Fragment (#...) enthalten: Caches sehen es nie</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="167"/>
        <source>target &quot;%1&quot;: &apos;*&apos; in the path is taken literally by Instart Logic; use --match prefix with the path up to where the &apos;*&apos; was</source>
        <translation>Ziel „%1“: &apos;*&apos; im Pfad nimmt Instart Logic wörtlich; --match prefix mit dem Pfad bis zur Stelle des &apos;*&apos; verwenden</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="178"/>
        <source>--cache-key-modifier &quot;%1&quot;: Instart Logic allows a &apos;*&apos; wildcard only at the end, as in &quot;device_type_*&quot;</source>
        <translation>--cache-key-modifier „%1“: Instart Logic erlaubt einen &apos;*&apos;-Platzhalter nur am Ende, wie in &quot;device_type_*&quot;</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="183"/>
        <source>--cache-key-modifier &quot;%1&quot; contains white space or control characters</source>
        <translation>--cache-key-modifier „%1“ enthält Leerraum oder Steuerzeichen</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="190"/>
        <source>provider instart does not support --match %1: use exact or prefix</source>
        <translation>Provider instart unterstützt --match %1 nicht: exact oder prefix verwenden</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="193"/>
        <source>no targets given</source>
        <translation>keine Ziele angegeben</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="196"/>
        <source>--cache-key-modifier works only with --match prefix: Instart Logic answers 400 Bad Request when cache_key_modifier_regex is sent with an exact match</source>
        <translation>--cache-key-modifier funktioniert nur mit --match prefix: Instart Logic antwortet mit 400 Bad Request, wenn cache_key_modifier_regex bei exaktem Abgleich gesendet wird</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="301"/>
        <source>HTTP 400: Instart Logic did not validate the request (the user may not be allowed to purge this domain, or no configuration exists for the path)</source>
        <translation>HTTP 400: Instart Logic hat die Anfrage nicht validiert (der Benutzer darf diese Domain evtl. nicht leeren, oder für den Pfad gibt es keine Konfiguration)</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="308"/>
        <source>HTTP %1: authentication failed: Instart Logic rejected the user name and password (or token); check the source&apos;s user setting and secret</source>
        <translation>HTTP %1: Authentifizierung fehlgeschlagen: Instart Logic hat Benutzername und Passwort (oder Token) abgelehnt; Einstellung user und Geheimnis der Quelle prüfen</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="314"/>
        <source>HTTP 404: no such API path; check the source&apos;s customer setting and endpoint</source>
        <translation>HTTP 404: kein solcher API-Pfad; Einstellung customer und Endpoint der Quelle prüfen</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="317"/>
        <source>HTTP 405: the API does not allow this method here; check the source&apos;s endpoint</source>
        <translation>HTTP 405: die API erlaubt diese Methode hier nicht; Endpoint der Quelle prüfen</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="320"/>
        <source>HTTP 406: the API cannot answer in a format this request accepts</source>
        <translation>HTTP 406: die API kann in keinem Format antworten, das diese Anfrage akzeptiert</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="327"/>
        <source>Instart Logic answers 503 above 2 purge requests per second per customer</source>
        <translation>Instart Logic antwortet mit 503 bei mehr als 2 Leerungsanfragen pro Sekunde und Kunde</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="367"/>
        <source>malformed reply: HTTP %1 without a readable transaction_id; the purge may have been accepted, but its progress cannot be followed</source>
        <translation>fehlerhafte Antwort: HTTP %1 ohne lesbare transaction_id; die Leerung wurde evtl. angenommen, ihr Fortschritt lässt sich aber nicht verfolgen</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="370"/>
        <source>empty body</source>
        <translation>leerer Body</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="372"/>
        <source>accepted as transaction %1</source>
        <translation>als Transaktion %1 angenommen</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="395"/>
        <source>malformed transaction status reply (not a JSON object)</source>
        <translation>fehlerhafte Antwort auf die Statusabfrage (kein JSON-Objekt)</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="401"/>
        <source>malformed transaction status reply: no transaction_response.transaction_status</source>
        <translation>fehlerhafte Antwort auf die Statusabfrage: kein transaction_response.transaction_status</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="407"/>
        <source>purge completed</source>
        <translation>Leerung abgeschlossen</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="408"/>
        <source>transaction %1 completed</source>
        <translation>Transaktion %1 abgeschlossen</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="413"/>
        <source>malformed transaction status reply: PENDING without a transaction_id</source>
        <translation>fehlerhafte Antwort auf die Statusabfrage: PENDING ohne transaction_id</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="418"/>
        <source>transaction %1 pending</source>
        <translation>Transaktion %1 ausstehend</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="422"/>
        <source>the transaction</source>
        <translation>die Transaktion</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="422"/>
        <source>transaction %1</source>
        <translation>Transaktion %1</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="424"/>
        <source>%1 ended with status %2</source>
        <translation>%1 endete mit Status %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="36"/>
        <location filename="../widgets/mainwindow.cpp" line="291"/>
        <source>Purgeline</source>
        <translation>Purgeline</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="58"/>
        <location filename="../widgets/mainwindow.cpp" line="141"/>
        <location filename="../widgets/mainwindow.cpp" line="160"/>
        <source>&amp;Purge</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="59"/>
        <location filename="../widgets/mainwindow.cpp" line="161"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="77"/>
        <source>Request %1 queued: %n transaction(s)</source>
        <translation>
            <numerusform>Anfrage %1 eingereiht: %n Transaktion</numerusform>
            <numerusform>Anfrage %1 eingereiht: %n Transaktionen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="130"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="132"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="134"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="142"/>
        <source>&amp;Purge now</source>
        <translation>Jetzt &amp;leeren</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="143"/>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="144"/>
        <source>From &amp;git…</source>
        <translation>Aus &amp;Git…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="145"/>
        <source>Save as p&amp;reset…</source>
        <translation>Als Vorlage &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="147"/>
        <source>Retry all &amp;failed</source>
        <translation>Alle &amp;fehlgeschlagenen wiederholen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="148"/>
        <source>&amp;Cancel all pending</source>
        <translation>Alle ausstehenden &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="149"/>
        <source>P&amp;ause queue</source>
        <translation>Warteschlange &amp;pausieren</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="156"/>
        <source>Queue paused: nothing new is sent</source>
        <translation>Warteschlange pausiert: nichts Neues wird gesendet</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="156"/>
        <source>Queue running</source>
        <translation>Warteschlange läuft</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="159"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="162"/>
        <source>&amp;Find transaction</source>
        <translation>Transaktion &amp;suchen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="164"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="165"/>
        <source>&amp;About Purgeline</source>
        <translation>&amp;Über Purgeline</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="166"/>
        <source>About Purgeline</source>
        <translation>Über Purgeline</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="167"/>
        <source>&lt;b&gt;Purgeline %1&lt;/b&gt;&lt;p&gt;Purges caches: CDNs, HTTP caches and page-cache directories, as recorded, paced and retried transactions.&lt;/p&gt;&lt;p&gt;Profile: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;Purgeline %1&lt;/b&gt;&lt;p&gt;Leert Caches – CDNs, HTTP-Caches und Page-Cache-Verzeichnisse – als protokollierte, getaktete und wiederholte Transaktionen.&lt;/p&gt;&lt;p&gt;Profil: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="181"/>
        <source>Preset &quot;%1&quot;</source>
        <translation>Vorlage „%1“</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="184"/>
        <source>Preset &quot;%1&quot;: request %2 queued</source>
        <translation>Vorlage „%1“: Anfrage %2 eingereiht</translation>
    </message>
</context>
<context>
    <name>MemcachierProvider</name>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="21"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="30"/>
        <source>Cache ID</source>
        <translation>Cache-ID</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="31"/>
        <source>The cache ID shown on the Settings page of the MemCachier analytics dashboard</source>
        <translation>Die Cache-ID auf der Seite Settings des MemCachier-Analytics-Dashboards</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="32"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="33"/>
        <source>A credential user name that has the API capability</source>
        <translation>Ein Zugangsdaten-Benutzername mit der API-Berechtigung</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="59"/>
        <source>setting cache_id is empty: give the cache ID from the analytics dashboard&apos;s Settings page</source>
        <translation>Einstellung cache_id ist leer: die Cache-ID von der Settings-Seite des Analytics-Dashboards angeben</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="63"/>
        <source>a space or line break</source>
        <translation>ein Leerzeichen oder Zeilenumbruch</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="64"/>
        <source>setting cache_id &quot;%1&quot; contains %2: a cache ID has only letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; and &apos;~&apos;</source>
        <translation>Einstellung cache_id „%1“ enthält %2: eine Cache-ID hat nur Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; und &apos;~&apos;</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="69"/>
        <source>setting user is empty: give the credential user name from the analytics dashboard</source>
        <translation>Einstellung user ist leer: den Zugangsdaten-Benutzernamen aus dem Analytics-Dashboard angeben</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="72"/>
        <source>setting user &quot;%1&quot; contains &apos;:&apos;, which Basic authentication cannot carry</source>
        <translation>Einstellung user „%1“ enthält &apos;:&apos;, was Basic-Authentifizierung nicht übertragen kann</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="79"/>
        <source>provider memcachier flushes the whole cache and does not support --match %1; use --match all</source>
        <translation>Provider memcachier leert den ganzen Cache und unterstützt --match %1 nicht; --match all verwenden</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="121"/>
        <source>MemCachier rejected the credentials (HTTP %1%2): check the setting user &quot;%3&quot; and the password; &quot;Bad user&quot; means they do not match or the credential lacks the API capability (enable it on the analytics dashboard&apos;s Settings page). Surrounding spaces and newlines were already removed.</source>
        <translation>MemCachier hat die Zugangsdaten abgelehnt (HTTP %1%2): Einstellung user „%3“ und Passwort prüfen; &quot;Bad user&quot; heißt, sie passen nicht zusammen oder den Zugangsdaten fehlt die API-Berechtigung (auf der Settings-Seite des Analytics-Dashboards aktivieren). Leerzeichen und Zeilenumbrüche am Rand wurden bereits entfernt.</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="126"/>
        <source>MemCachier has no cache with ID &quot;%1&quot; for this credential (HTTP 404%2): check the setting cache_id</source>
        <translation>MemCachier hat für diese Zugangsdaten keinen Cache mit der ID „%1“ (HTTP 404%2): Einstellung cache_id prüfen</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="130"/>
        <source>MemCachier rejected the flush of cache &quot;%1&quot; (HTTP 400%2)</source>
        <translation>MemCachier hat das Leeren des Caches „%1“ abgelehnt (HTTP 400%2)</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <location filename="../app/credentials/secretstore.cpp" line="125"/>
        <source>no secret stored for this source</source>
        <translation>für diese Quelle ist kein Geheimnis gespeichert</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../widgets/notifier.cpp" line="23"/>
        <source>Purge finished with failures</source>
        <translation>Leerung mit Fehlern beendet</translation>
    </message>
    <message>
        <location filename="../widgets/notifier.cpp" line="23"/>
        <source>Purge finished</source>
        <translation>Leerung beendet</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/notifier.cpp" line="30"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/notifier.cpp" line="32"/>
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n erfolgreich</numerusform>
            <numerusform>%n erfolgreich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/notifier.cpp" line="34"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n abgebrochen</numerusform>
            <numerusform>%n abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/notifier.cpp" line="35"/>
        <source>, </source>
        <comment>joins the counts of a finished purge</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../widgets/notifier.cpp" line="37"/>
        <source>Request %1 on %2</source>
        <translation>Anfrage %1 an %2</translation>
    </message>
    <message>
        <location filename="../widgets/notifier.cpp" line="37"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../widgets/notifier.cpp" line="69"/>
        <source>Show Request</source>
        <translation>Anfrage zeigen</translation>
    </message>
</context>
<context>
    <name>PageCacheProvider</name>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="68"/>
        <source>%1 (which resolves to %2)</source>
        <translation>%1 (das zu %2 aufgelöst wird)</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="88"/>
        <source>target &quot;%1&quot; contains a NUL byte</source>
        <translation>Ziel „%1“ enthält ein NUL-Byte</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="90"/>
        <source>target &quot;%1&quot; starts with &quot;//&quot;: give a path such as /posts/1 or a full http(s) URL</source>
        <translation>Ziel „%1“ beginnt mit „//“: einen Pfad wie /posts/1 oder eine vollständige http(s)-URL angeben</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="97"/>
        <source>target &quot;%1&quot; is neither an absolute http(s) URL nor a path starting with /</source>
        <translation>Ziel „%1“ ist weder eine absolute http(s)-URL noch ein mit / beginnender Pfad</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="99"/>
        <source>malformed target &quot;%1&quot;: %2</source>
        <translation>fehlerhaftes Ziel „%1“: %2</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="104"/>
        <source>target &quot;%1&quot; contains an encoded NUL byte</source>
        <translation>Ziel „%1“ enthält ein kodiertes NUL-Byte</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="110"/>
        <source>target &quot;%1&quot; contains a &quot;%2&quot; path segment; page-cache only removes files inside the cache directory</source>
        <translation>Ziel „%1“ enthält ein Pfadsegment „%2“; page-cache entfernt nur Dateien innerhalb des Cache-Verzeichnisses</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="182"/>
        <source>%1 is a symbolic link; page-cache never follows links, so %2 was not removed</source>
        <translation>%1 ist ein symbolischer Link; page-cache folgt nie Links, daher wurde %2 nicht entfernt</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="191"/>
        <source>%1 lies outside the cache directory %2; not removed</source>
        <translation>%1 liegt außerhalb des Cache-Verzeichnisses %2; nicht entfernt</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="208"/>
        <source>could not remove %1: %2</source>
        <translation>%1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="221"/>
        <source>could not remove directory %1/: %2</source>
        <translation>Verzeichnis %1/ konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="234"/>
        <source>%1 lies outside the cache directory %2; not swept</source>
        <translation>%1 liegt außerhalb des Cache-Verzeichnisses %2; nicht bereinigt</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="238"/>
        <source>could not read directory %1: permission denied</source>
        <translation>Verzeichnis %1 konnte nicht gelesen werden: Zugriff verweigert</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="258"/>
        <source>not cached: %1</source>
        <translation>nicht im Cache: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/pagecacheprovider.cpp" line="259"/>
        <source>not cached: %1 and %n more</source>
        <translation>
            <numerusform>nicht im Cache: %1 und %n weiteres</numerusform>
            <numerusform>nicht im Cache: %1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="268"/>
        <source>Rails page cache (directory)</source>
        <translation>Rails-Page-Cache (Verzeichnis)</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="279"/>
        <source>Cache directory</source>
        <translation>Cache-Verzeichnis</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="280"/>
        <source>Rails&apos; page_cache_directory, e.g. /srv/app/public/cache; it must not be the public directory or contain it</source>
        <translation>page_cache_directory von Rails, z. B. /srv/app/public/cache; es darf nicht das Public-Verzeichnis sein oder es enthalten</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="282"/>
        <source>Public directory</source>
        <translation>Public-Verzeichnis</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="283"/>
        <source>The web server&apos;s public directory, e.g. /srv/app/public; the cache directory is checked against it so a sweep never deletes the site&apos;s static files</source>
        <translation>Das Public-Verzeichnis des Webservers, z. B. /srv/app/public; das Cache-Verzeichnis wird damit abgeglichen, damit eine Bereinigung nie die statischen Dateien der Site löscht</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="302"/>
        <source>setting root is missing: give the page cache directory, e.g. --set root=/srv/app/public/cache</source>
        <translation>Einstellung root fehlt: das Page-Cache-Verzeichnis angeben, z. B. --set root=/srv/app/public/cache</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="304"/>
        <source>setting public_root is missing: give the web server&apos;s public directory, e.g. --set public_root=/srv/app/public</source>
        <translation>Einstellung public_root fehlt: das Public-Verzeichnis des Webservers angeben, z. B. --set public_root=/srv/app/public</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="307"/>
        <source>setting root must be an absolute path, but is &quot;%1&quot;</source>
        <translation>Einstellung root muss ein absoluter Pfad sein, ist aber „%1“</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="309"/>
        <source>setting public_root must be an absolute path, but is &quot;%1&quot;</source>
        <translation>Einstellung public_root muss ein absoluter Pfad sein, ist aber „%1“</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="317"/>
        <source>root %1 is the file-system root; page-cache refuses to sweep it</source>
        <translation>root %1 ist die Wurzel des Dateisystems; page-cache weigert sich, sie zu bereinigen</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="319"/>
        <source>root %1 is the public directory (public_root): sweeping it would delete the site&apos;s static files, so page-cache refuses. Set Rails&apos; page_cache_directory and root to a subdirectory such as %2/cache</source>
        <translation>root %1 ist das Public-Verzeichnis (public_root): eine Bereinigung würde die statischen Dateien der Site löschen, daher weigert sich page-cache. page_cache_directory von Rails und root auf ein Unterverzeichnis wie %2/cache setzen</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="324"/>
        <source>root %1 contains the public directory %2 (public_root): sweeping it would delete the site&apos;s static files, so page-cache refuses. Use a subdirectory such as %3/cache</source>
        <translation>root %1 enthält das Public-Verzeichnis %2 (public_root): eine Bereinigung würde die statischen Dateien der Site löschen, daher weigert sich page-cache. Ein Unterverzeichnis wie %3/cache verwenden</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="328"/>
        <source>root %1 is or contains the home directory %2; page-cache refuses to sweep it</source>
        <translation>root %1 ist oder enthält das Home-Verzeichnis %2; page-cache weigert sich, es zu bereinigen</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="331"/>
        <source>root %1 is not a directory</source>
        <translation>root %1 ist kein Verzeichnis</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="338"/>
        <source>provider page-cache does not support --match %1; use exact, prefix or all</source>
        <translation>Provider page-cache unterstützt --match %1 nicht; exact, prefix oder all verwenden</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="340"/>
        <source>provider page-cache does not support --action invalidate: a cached page can only be removed</source>
        <translation>Provider page-cache unterstützt --action invalidate nicht: eine zwischengespeicherte Seite kann nur entfernt werden</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="342"/>
        <source>provider page-cache does not support --cache-key-modifier</source>
        <translation>Provider page-cache unterstützt --cache-key-modifier nicht</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/pagecacheprovider.cpp" line="345"/>
        <source>--match all takes no targets, but %n were given</source>
        <translation>
            <numerusform>--match all nimmt keine Ziele, aber %n wurde angegeben</numerusform>
            <numerusform>--match all nimmt keine Ziele, aber %n wurden angegeben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="349"/>
        <source>no targets given</source>
        <translation>keine Ziele angegeben</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="378"/>
        <source>cache directory %1 (setting root) does not exist</source>
        <translation>Cache-Verzeichnis %1 (Einstellung root) existiert nicht</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="381"/>
        <source>public directory %1 (setting public_root) does not exist; page-cache needs it to make sure it never sweeps the public directory</source>
        <translation>Public-Verzeichnis %1 (Einstellung public_root) existiert nicht; page-cache braucht es, um sicherzustellen, dass es nie das Public-Verzeichnis bereinigt</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/pagecacheprovider.cpp" line="423"/>
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (und %n weiteres Problem)</numerusform>
            <numerusform> (und %n weitere Probleme)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/pagecacheprovider.cpp" line="425"/>
        <source>; %n file(s) were removed before that</source>
        <translation>
            <numerusform>; %n Datei wurde vorher entfernt</numerusform>
            <numerusform>; %n Dateien wurden vorher entfernt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="432"/>
        <source>not cached: %1 was already empty</source>
        <translation>nicht im Cache: %1 war bereits leer</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/pagecacheprovider.cpp" line="435"/>
        <source>removed %n file(s)</source>
        <translation>
            <numerusform>%n Datei entfernt</numerusform>
            <numerusform>%n Dateien entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/pagecacheprovider.cpp" line="437"/>
        <source> and %n director(y/ies)</source>
        <translation>
            <numerusform> und %n Verzeichnis</numerusform>
            <numerusform> und %n Verzeichnisse</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="438"/>
        <source> from %1</source>
        <translation> aus %1</translation>
    </message>
</context>
<context>
    <name>PathMapper</name>
    <message>
        <location filename="../app/changes/pathmapper.cpp" line="38"/>
        <source>mapping &quot;%1&quot; is not PATH_PREFIX=URL_PREFIX</source>
        <translation>Zuordnung „%1“ ist nicht PATH_PREFIX=URL_PREFIX</translation>
    </message>
    <message>
        <location filename="../app/changes/pathmapper.cpp" line="42"/>
        <source>mapping &quot;%1&quot; has no URL prefix after the =</source>
        <translation>Zuordnung „%1“ hat kein URL-Präfix nach dem =</translation>
    </message>
    <message>
        <location filename="../app/changes/pathmapper.cpp" line="45"/>
        <source>mapping &quot;%1&quot;: &quot;%2&quot; is not an absolute URL</source>
        <translation>Zuordnung „%1“: „%2“ ist keine absolute URL</translation>
    </message>
    <message>
        <location filename="../app/changes/pathmapper.cpp" line="47"/>
        <source>mapping &quot;%1&quot;: the URL prefix must be http or https</source>
        <translation>Zuordnung „%1“: das URL-Präfix muss http oder https sein</translation>
    </message>
    <message>
        <location filename="../app/changes/pathmapper.cpp" line="49"/>
        <source>mapping &quot;%1&quot;: the URL prefix must not have a query or fragment</source>
        <translation>Zuordnung „%1“: das URL-Präfix darf keine Query und kein Fragment haben</translation>
    </message>
    <message>
        <location filename="../app/changes/pathmapper.cpp" line="66"/>
        <source>the map setting is empty</source>
        <translation>die Einstellung map ist leer</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <location filename="../app/queue/planner.cpp" line="43"/>
        <source>no source given</source>
        <translation>keine Quelle angegeben</translation>
    </message>
    <message>
        <location filename="../app/queue/planner.cpp" line="55"/>
        <source>source &quot;%1&quot; has unknown type &quot;%2&quot;</source>
        <translation>Quelle „%1“ hat den unbekannten Typ „%2“</translation>
    </message>
    <message>
        <location filename="../app/queue/planner.cpp" line="59"/>
        <location filename="../app/queue/planner.cpp" line="61"/>
        <source>source &quot;%1&quot;: %2</source>
        <translation>Quelle „%1“: %2</translation>
    </message>
    <message>
        <location filename="../app/queue/planner.cpp" line="78"/>
        <source>source &quot;%1&quot;: target &quot;%2&quot; alone is larger than the provider&apos;s %3-byte request limit</source>
        <translation>Quelle „%1“: Ziel „%2“ allein ist größer als das Anfragelimit des Providers von %3 Byte</translation>
    </message>
</context>
<context>
    <name>PresetStore</name>
    <message>
        <location filename="../app/storage/presetstore.cpp" line="69"/>
        <source>a preset named &quot;%1&quot; already exists</source>
        <translation>eine Vorlage namens „%1“ existiert bereits</translation>
    </message>
    <message>
        <location filename="../app/storage/presetstore.cpp" line="77"/>
        <source>no preset named &quot;%1&quot;</source>
        <translation>keine Vorlage namens „%1“</translation>
    </message>
</context>
<context>
    <name>PresetsPanel</name>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="14"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="15"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="15"/>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="16"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="18"/>
        <source>Presets</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="20"/>
        <source>Saved presets</source>
        <translation>Gespeicherte Vorlagen</translation>
    </message>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="21"/>
        <source>Run the selected preset now</source>
        <translation>Die gewählte Vorlage jetzt ausführen</translation>
    </message>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="22"/>
        <source>Load the selected preset into the composer</source>
        <translation>Die gewählte Vorlage in den Editor laden</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/presetspanel.cpp" line="64"/>
        <source>%1 %2 on %3; %n target(s)</source>
        <translation>
            <numerusform>%1 %2 auf %3; %n Ziel</numerusform>
            <numerusform>%1 %2 auf %3; %n Ziele</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="84"/>
        <location filename="../widgets/presetspanel.cpp" line="90"/>
        <source>Rename preset</source>
        <translation>Vorlage umbenennen</translation>
    </message>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="84"/>
        <source>New name for &quot;%1&quot;:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="100"/>
        <source>Delete preset</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="100"/>
        <source>Delete the preset &quot;%1&quot;?</source>
        <translation>Die Vorlage „%1“ löschen?</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../widgets/previewdialog.cpp" line="15"/>
        <source>Preview: what will be sent</source>
        <translation>Vorschau: was gesendet wird</translation>
    </message>
    <message>
        <location filename="../widgets/previewdialog.cpp" line="25"/>
        <source>── Request %1 of %2 ──</source>
        <translation>── Anfrage %1 von %2 ──</translation>
    </message>
    <message>
        <location filename="../widgets/previewdialog.cpp" line="31"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../widgets/previewdialog.cpp" line="34"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/previewdialog.cpp" line="35"/>
        <source>Copy the requests as text (secrets stay redacted)</source>
        <translation>Die Anfragen als Text kopieren (Geheimnisse bleiben geschwärzt)</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <location filename="../app/providers/provider.cpp" line="23"/>
        <source>provider %1 does not support --match %2</source>
        <translation>Provider %1 unterstützt --match %2 nicht</translation>
    </message>
    <message>
        <location filename="../app/providers/provider.cpp" line="25"/>
        <source>provider %1 does not support --action invalidate</source>
        <translation>Provider %1 unterstützt --action invalidate nicht</translation>
    </message>
    <message>
        <location filename="../app/providers/provider.cpp" line="27"/>
        <source>no targets given</source>
        <translation>keine Ziele angegeben</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/provider.cpp" line="29"/>
        <source>--match all takes no targets, but %n were given</source>
        <translation>
            <numerusform>--match all nimmt keine Ziele, aber %n wurde angegeben</numerusform>
            <numerusform>--match all nimmt keine Ziele, aber %n wurden angegeben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/providers/provider.cpp" line="31"/>
        <source>provider %1 does not support --cache-key-modifier</source>
        <translation>Provider %1 unterstützt --cache-key-modifier nicht</translation>
    </message>
    <message>
        <location filename="../app/providers/provider.cpp" line="73"/>
        <source>provider %1 cannot run locally</source>
        <translation>Provider %1 kann nicht lokal laufen</translation>
    </message>
    <message>
        <location filename="../app/providers/provider.cpp" line="88"/>
        <source>malformed URL &quot;%1&quot;: expected an absolute http:// or https:// URL</source>
        <translation>fehlerhafte URL „%1“: absolute http://- oder https://-URL erwartet</translation>
    </message>
</context>
<context>
    <name>ProviderRegistry</name>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="53"/>
        <source>Timeout (seconds per attempt)</source>
        <translation>Zeitlimit (Sekunden pro Versuch)</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="54"/>
        <source>Requests in flight</source>
        <translation>Gleichzeitige Anfragen</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="55"/>
        <source>Requests per second</source>
        <translation>Anfragen pro Sekunde</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="56"/>
        <source>Pacing; defaults to the provider&apos;s documented limit</source>
        <translation>Taktung; Standard ist das dokumentierte Limit des Providers</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="57"/>
        <source>Burst</source>
        <translation>Burst</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="58"/>
        <source>Targets per request</source>
        <translation>Ziele pro Anfrage</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="59"/>
        <source>Capped at the provider&apos;s maximum</source>
        <translation>Begrenzt auf das Maximum des Providers</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="60"/>
        <source>Attempts before giving up</source>
        <translation>Versuche bis zum Aufgeben</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="61"/>
        <source>Path mapping</source>
        <translation>Pfadzuordnung</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="62"/>
        <source>PATH_PREFIX=URL_PREFIX pairs separated by spaces or &apos;;&apos;: where the files of a repository are served, for purge --changes-from (a --map on the command line takes precedence)</source>
        <translation>PATH_PREFIX=URL_PREFIX-Paare, getrennt durch Leerzeichen oder &apos;;&apos;: wo die Dateien eines Repositorys ausgeliefert werden, für purge --changes-from (ein --map auf der Kommandozeile hat Vorrang)</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="64"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="65"/>
        <source>Empty: from the environment (https_proxy, http_proxy, no_proxy); &quot;none&quot;: connect directly; or an http://, https://, socks5:// or socks5h:// URL</source>
        <translation>Leer: aus der Umgebung (https_proxy, http_proxy, no_proxy); „none“: direkt verbinden; oder eine http://-, https://-, socks5://- oder socks5h://-URL</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="67"/>
        <source>CA certificates file</source>
        <translation>Datei mit CA-Zertifikaten</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="68"/>
        <source>PEM file of the certificate authorities trusted for this source instead of the system&apos;s</source>
        <translation>PEM-Datei der Zertifizierungsstellen, denen für diese Quelle statt denen des Systems vertraut wird</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="70"/>
        <source>Client certificate file</source>
        <translation>Datei mit Client-Zertifikat</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="71"/>
        <source>PEM certificate for servers that require one (mutual TLS)</source>
        <translation>PEM-Zertifikat für Server, die eines verlangen (gegenseitiges TLS)</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="72"/>
        <source>Client key file</source>
        <translation>Datei mit Client-Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="73"/>
        <source>PEM private key of the client certificate, when it is not in the certificate file</source>
        <translation>Privater PEM-Schlüssel des Client-Zertifikats, wenn er nicht in der Zertifikatsdatei steht</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="74"/>
        <source>Pinned server key</source>
        <translation>Festgelegter Server-Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="75"/>
        <source>sha256//BASE64 hashes of the public keys the server may have, separated by &apos;;&apos;; any other key fails the request</source>
        <translation>sha256//BASE64-Hashes der öffentlichen Schlüssel, die der Server haben darf, getrennt durch &apos;;&apos;; mit jedem anderen Schlüssel schlägt die Anfrage fehl</translation>
    </message>
</context>
<context>
    <name>PurgeCommands</name>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="53"/>
        <source>--source NAME is required</source>
        <translation>--source NAME ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="58"/>
        <source>unknown --action &quot;%1&quot;: use purge or invalidate</source>
        <translation>unbekannte --action „%1“: purge oder invalidate verwenden</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="63"/>
        <source>unknown --match &quot;%1&quot;: use one of %2</source>
        <translation>unbekanntes --match „%1“: eines von %2 verwenden</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="74"/>
        <source>--changes-from gives URLs: use --match exact or prefix, not %1</source>
        <translation>--changes-from liefert URLs: --match exact oder prefix verwenden, nicht %1</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="80"/>
        <source>--revisions-log, --from, --to, --only, --include, --exclude and --map need --changes-from DIR</source>
        <translation>--revisions-log, --from, --to, --only, --include, --exclude und --map brauchen --changes-from DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="94"/>
        <source>unknown source &quot;%1&quot;: no sources configured (see `purgeline source add`)</source>
        <translation>unbekannte Quelle „%1“: keine Quellen eingerichtet (siehe `purgeline source add`)</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="95"/>
        <source>unknown source &quot;%1&quot;; configured: %2</source>
        <translation>unbekannte Quelle „%1“; eingerichtet: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="111"/>
        <source>no path mapping for source &quot;%1&quot;: pass --map PATH_PREFIX=URL_PREFIX or set the source&apos;s map setting (source add ... --set map=PATH_PREFIX=URL_PREFIX)</source>
        <translation>keine Pfadzuordnung für Quelle „%1“: --map PATH_PREFIX=URL_PREFIX übergeben oder die Einstellung map der Quelle setzen (source add ... --set map=PATH_PREFIX=URL_PREFIX)</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="117"/>
        <source>source &quot;%1&quot;, setting map: %2</source>
        <translation>Quelle „%1“, Einstellung map: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="143"/>
        <source>source %1:</source>
        <translation>Quelle %1:</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="184"/>
        <source>no targets given: pass URLs (or tags, hosts) as arguments or with --from-file</source>
        <translation>keine Ziele angegeben: URLs (oder Tags, Hosts) als Argumente oder mit --from-file übergeben</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="202"/>
        <source>%1 (%2, local): %3 %4 %5</source>
        <translation>%1 (%2, lokal): %3 %4 %5</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="229"/>
        <source>dry run: %1 request(s) shown, nothing sent</source>
        <translation>Probelauf: %1 Anfrage(n) angezeigt, nichts gesendet</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="241"/>
        <source>nothing to purge: the changes selection chose no file</source>
        <translation>nichts zu leeren: die Auswahl der Änderungen hat keine Datei gewählt</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="261"/>
        <source>could not record the request: %1</source>
        <translation>die Anfrage konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="264"/>
        <source>request %1: %2 transaction(s) queued</source>
        <translation>Anfrage %1: %2 Transaktion(en) eingereiht</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="295"/>
        <source>preset save needs a NAME</source>
        <translation>preset save braucht einen NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="326"/>
        <source>saved preset &quot;%1&quot;</source>
        <translation>Vorlage „%1“ gespeichert</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="348"/>
        <source>%1 target(s)</source>
        <translation>%1 Ziel(e)</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="348"/>
        <source>targets from %1</source>
        <translation>Ziele aus %1</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="349"/>
        <source>, changes in %1</source>
        <translation>, Änderungen in %1</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="362"/>
        <source>preset run needs exactly one NAME</source>
        <translation>preset run braucht genau einen NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="366"/>
        <location filename="../app/cli/purgecommands.cpp" line="380"/>
        <source>unknown preset &quot;%1&quot;</source>
        <translation>unbekannte Vorlage „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="378"/>
        <source>preset remove needs exactly one NAME</source>
        <translation>preset remove braucht genau einen NAME</translation>
    </message>
</context>
<context>
    <name>PurgeOptions</name>
    <message>
        <location filename="../app/queue/purgeoptions.cpp" line="21"/>
        <source>cannot read target file &quot;%1&quot;: %2</source>
        <translation>Zieldatei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>PurgeQueue</name>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="107"/>
        <source>source &quot;%1&quot; no longer exists or its type is unknown</source>
        <translation>Quelle „%1“ existiert nicht mehr oder ihr Typ ist unbekannt</translation>
    </message>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="229"/>
        <source>the environment variable %1 that holds the secret of source &quot;%2&quot; is not set</source>
        <translation>die Umgebungsvariable %1, die das Geheimnis der Quelle „%2“ enthält, ist nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="250"/>
        <source>cannot read the secret of source &quot;%1&quot;: %2</source>
        <translation>das Geheimnis der Quelle „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="268"/>
        <source>attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="368"/>
        <source>cancelled; the provider had accepted the purge</source>
        <translation>abgebrochen; der Provider hatte die Leerung angenommen</translation>
    </message>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="378"/>
        <source>no final status after %1 s of polling; the purge may still complete</source>
        <translation>kein Endstatus nach %1 s Abfragen; die Leerung kann noch abgeschlossen werden</translation>
    </message>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="386"/>
        <source>%1% done</source>
        <translation>%1 % erledigt</translation>
    </message>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="399"/>
        <source>split from transaction %1 after: %2</source>
        <translation>abgespalten von Transaktion %1 nach: %2</translation>
    </message>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="405"/>
        <source>too large (%1); split into %2 + %3 targets</source>
        <translation>zu groß (%1); aufgeteilt in %2 + %3 Ziele</translation>
    </message>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="411"/>
        <source>too large even with a single target: %1</source>
        <translation>selbst mit einem einzigen Ziel zu groß: %1</translation>
    </message>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="420"/>
        <source>cancelled after: %1</source>
        <translation>abgebrochen nach: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/queue/purgequeue.cpp" line="437"/>
        <source>gave up after %n attempt(s): %1</source>
        <translation>
            <numerusform>nach %n Versuch aufgegeben: %1</numerusform>
            <numerusform>nach %n Versuchen aufgegeben: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="445"/>
        <source>%1; retrying in %2 s</source>
        <translation>%1; neuer Versuch in %2 s</translation>
    </message>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="513"/>
        <source>cancelled before it was sent</source>
        <translation>vor dem Senden abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="532"/>
        <source>queued again by request</source>
        <translation>auf Anfrage erneut eingereiht</translation>
    </message>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="553"/>
        <source>stopped while sending; queued again</source>
        <translation>beim Senden angehalten; erneut eingereiht</translation>
    </message>
</context>
<context>
    <name>PurgeService</name>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="43"/>
        <source>unknown source &quot;%1&quot;</source>
        <translation>unbekannte Quelle „%1“</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="53"/>
        <source>no targets given</source>
        <translation>keine Ziele angegeben</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="72"/>
        <source>no path mapping for source &quot;%1&quot;: give the preset a mapping or set the source&apos;s map setting</source>
        <translation>keine Pfadzuordnung für Quelle „%1“: der Vorlage eine Zuordnung geben oder die Einstellung map der Quelle setzen</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="75"/>
        <source>source &quot;%1&quot;, setting map: %2</source>
        <translation>Quelle „%1“, Einstellung map: %2</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="95"/>
        <source>nothing to purge: the selection of changed files chose no file</source>
        <translation>nichts zu leeren: die Auswahl geänderter Dateien hat keine Datei gewählt</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="106"/>
        <source>could not record the request: %1</source>
        <translation>die Anfrage konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="120"/>
        <source>%1 (%2, on this computer): %3 %4
%5</source>
        <translation>%1 (%2, auf diesem Computer): %3 %4
%5</translation>
    </message>
</context>
<context>
    <name>QueueRunner</name>
    <message numerus="yes">
        <location filename="../app/cli/queuerunner.cpp" line="161"/>
        <source>%n transaction(s): </source>
        <translation>
            <numerusform>%n Transaktion: </numerusform>
            <numerusform>%n Transaktionen: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/queuerunner.cpp" line="164"/>
        <source>stopped; unfinished work stays queued: run `purgeline resume --wait` to finish it</source>
        <translation>angehalten; unerledigte Arbeit bleibt eingereiht: `purgeline resume --wait` ausführen, um sie abzuschließen</translation>
    </message>
    <message>
        <location filename="../app/cli/queuerunner.cpp" line="168"/>
        <source>open transactions are retried or polled by `purgeline resume --wait` or the Purgeline window</source>
        <translation>offene Transaktionen werden von `purgeline resume --wait` oder dem Purgeline-Fenster wiederholt oder abgefragt</translation>
    </message>
</context>
<context>
    <name>ReplyClassifier</name>
    <message>
        <location filename="../app/core/replyclassifier.cpp" line="72"/>
        <source>check the source&apos;s credentials</source>
        <translation>Zugangsdaten der Quelle prüfen</translation>
    </message>
    <message>
        <location filename="../app/core/replyclassifier.cpp" line="75"/>
        <source>redirect to %1 not followed</source>
        <translation>Weiterleitung auf %1 nicht gefolgt</translation>
    </message>
</context>
<context>
    <name>RevisionsLog</name>
    <message>
        <location filename="../app/changes/revisionslog.cpp" line="43"/>
        <source>%1 line %2 rolls back to release %3, but no earlier line deployed that release, so its revision is unknown</source>
        <translation>%1 Zeile %2 rollt auf Release %3 zurück, aber keine frühere Zeile hat dieses Release ausgerollt, daher ist seine Revision unbekannt</translation>
    </message>
    <message>
        <location filename="../app/changes/revisionslog.cpp" line="64"/>
        <source>cannot read the revisions log &quot;%1&quot;: %2</source>
        <translation>das Revisions-Log „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/changes/revisionslog.cpp" line="65"/>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/changes/revisionslog.cpp" line="80"/>
        <source>skipped %1 line(s) of %2 that are not Capistrano deploy or rollback lines (line %3)</source>
        <translation>%1 Zeile(n) von %2 übersprungen, die keine Capistrano-Deploy- oder Rollback-Zeilen sind (Zeile %3)</translation>
    </message>
    <message>
        <location filename="../app/changes/revisionslog.cpp" line="89"/>
        <source>%1 names no deploy; two are needed to know what changed</source>
        <translation>%1 nennt keinen Deploy; zwei sind nötig, um zu wissen, was sich geändert hat</translation>
    </message>
    <message>
        <location filename="../app/changes/revisionslog.cpp" line="90"/>
        <source>%1 names only one deploy (revision %2); two are needed to know what changed</source>
        <translation>%1 nennt nur einen Deploy (Revision %2); zwei sind nötig, um zu wissen, was sich geändert hat</translation>
    </message>
</context>
<context>
    <name>SecretRef</name>
    <message>
        <location filename="../app/core/sourceconfig.cpp" line="8"/>
        <source>stored in keychain</source>
        <translation>im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <location filename="../app/core/sourceconfig.cpp" line="10"/>
        <source>from environment variable %1</source>
        <translation>aus Umgebungsvariable %1</translation>
    </message>
    <message>
        <location filename="../app/core/sourceconfig.cpp" line="13"/>
        <source>none</source>
        <translation>keins</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../app/credentials/secretstore.cpp" line="22"/>
        <source>no secret stored in the keychain for this source</source>
        <translation>für diese Quelle ist kein Geheimnis im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <location filename="../app/credentials/secretstore.cpp" line="29"/>
        <source>the system keychain is not available (%1)</source>
        <translation>der System-Schlüsselbund ist nicht verfügbar (%1)</translation>
    </message>
    <message>
        <location filename="../app/credentials/secretstore.cpp" line="33"/>
        <source>keychain error: %1</source>
        <translation>Schlüsselbundfehler: %1</translation>
    </message>
    <message>
        <location filename="../app/credentials/secretstore.cpp" line="53"/>
        <source>the system keychain did not answer within 30 s</source>
        <translation>der System-Schlüsselbund hat nicht innerhalb von 30 s geantwortet</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="28"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="30"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="33"/>
        <source>Concurrent requests</source>
        <translation>Gleichzeitige Anfragen</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="34"/>
        <source>How many purge requests may be in flight at once, over all sources. Each source&apos;s own limit still applies.</source>
        <translation>Wie viele Leerungsanfragen insgesamt über alle Quellen gleichzeitig unterwegs sein dürfen. Das eigene Limit jeder Quelle gilt weiterhin.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="36"/>
        <source>&amp;Concurrent requests:</source>
        <translation>&amp;Gleichzeitige Anfragen:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="38"/>
        <source>Retry attempts</source>
        <translation>Wiederholungsversuche</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="39"/>
        <source>How often a request is sent before it is marked as failed.</source>
        <translation>Wie oft eine Anfrage gesendet wird, bevor sie als fehlgeschlagen gilt.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="40"/>
        <source>&amp;Retry attempts:</source>
        <translation>&amp;Wiederholungsversuche:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="41"/>
        <location filename="../widgets/settingsdialog.cpp" line="46"/>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="42"/>
        <source>Longest wait between attempts in seconds</source>
        <translation>Längste Wartezeit zwischen Versuchen in Sekunden</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="43"/>
        <source>The wait between attempts doubles after each failure, up to this limit. A server&apos;s Retry-After is honoured even when longer.</source>
        <translation>Die Wartezeit zwischen Versuchen verdoppelt sich nach jedem Fehlschlag bis zu diesem Limit. Ein Retry-After des Servers wird beachtet, auch wenn er länger ist.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="45"/>
        <source>&amp;Longest wait between attempts:</source>
        <translation>&amp;Längste Wartezeit zwischen Versuchen:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="47"/>
        <source>Status polling interval in seconds</source>
        <translation>Intervall der Statusabfrage in Sekunden</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="48"/>
        <source>How often a provider that works asynchronously is asked whether the purge is done.</source>
        <translation>Wie oft ein asynchron arbeitender Provider gefragt wird, ob die Leerung fertig ist.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="50"/>
        <source>Status &amp;polling interval:</source>
        <translation>Intervall der Status&amp;abfrage:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="52"/>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="54"/>
        <source>Show a &amp;notification when a purge request finishes</source>
        <translation>Eine &amp;Benachrichtigung zeigen, wenn eine Leerungsanfrage fertig ist</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="55"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="57"/>
        <source>Start &amp;hidden in the system tray</source>
        <translation>Versteckt im &amp;Systembereich starten</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="58"/>
        <source>Start hidden in the system tray</source>
        <translation>Versteckt im Systembereich starten</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="61"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="63"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="67"/>
        <source>L&amp;anguage:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="68"/>
        <source>The new language is used after Purgeline restarts.</source>
        <translation>Die neue Sprache gilt nach einem Neustart von Purgeline.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="129"/>
        <source>No system tray was found; Purgeline starts with its window shown until one is available.</source>
        <translation>Kein Systembereich gefunden; Purgeline startet mit sichtbarem Fenster, bis einer verfügbar ist.</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../widgets/settingsform.cpp" line="35"/>
        <source>%1: error</source>
        <translation>%1: Fehler</translation>
    </message>
    <message>
        <location filename="../widgets/settingsform.cpp" line="38"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location filename="../widgets/settingsform.cpp" line="43"/>
        <location filename="../widgets/settingsform.cpp" line="82"/>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <location filename="../widgets/settingsform.cpp" line="45"/>
        <source>Required.</source>
        <translation>Erforderlich.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsform.cpp" line="71"/>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../widgets/settingsform.cpp" line="71"/>
        <source>Default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/settingsform.cpp" line="96"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../widgets/settingsform.cpp" line="97"/>
        <source>Browse for %1</source>
        <translation>%1 suchen</translation>
    </message>
    <message>
        <location filename="../widgets/settingsform.cpp" line="161"/>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
</context>
<context>
    <name>SourceCheck</name>
    <message>
        <location filename="../widgets/sourcecheck.cpp" line="73"/>
        <source>Unknown provider type &quot;%1&quot;.</source>
        <translation>Unbekannter Provider-Typ „%1“.</translation>
    </message>
    <message>
        <location filename="../widgets/sourcecheck.cpp" line="94"/>
        <source>The secret could not be read: %1</source>
        <translation>Das Geheimnis konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/sourcecheck.cpp" line="104"/>
        <source>The dry run failed: %1</source>
        <translation>Der Probelauf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../widgets/sourcecheck.cpp" line="107"/>
        <source>everything</source>
        <translation>alles</translation>
    </message>
    <message>
        <location filename="../widgets/sourcecheck.cpp" line="109"/>
        <source>%1 has no harmless check request, so nothing was sent. Dry run: a purge of %2 would send:</source>
        <translation>%1 hat keine harmlose Prüfanfrage, daher wurde nichts gesendet. Probelauf: eine Leerung von %2 würde senden:</translation>
    </message>
    <message>
        <location filename="../widgets/sourcecheck.cpp" line="141"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>SourceCommands</name>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="42"/>
        <source>source add needs exactly one NAME</source>
        <translation>source add braucht genau einen NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="46"/>
        <source>invalid source name &quot;%1&quot;: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit</source>
        <translation>ungültiger Quellenname „%1“: Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; verwenden, beginnend mit Buchstabe oder Ziffer</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="50"/>
        <source>--type is required; known types: %1</source>
        <translation>--type ist erforderlich; bekannte Typen: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="53"/>
        <source>unknown type &quot;%1&quot;; known types: %2</source>
        <translation>unbekannter Typ „%1“; bekannte Typen: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="59"/>
        <source>malformed --set &quot;%1&quot;: expected KEY=VALUE</source>
        <translation>fehlerhaftes --set „%1“: KEY=VALUE erwartet</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="63"/>
        <source>give either --secret-env or --secret-stdin, not both</source>
        <translation>entweder --secret-env oder --secret-stdin angeben, nicht beides</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="67"/>
        <source>invalid environment variable name &quot;%1&quot; for --secret-env</source>
        <translation>ungültiger Name der Umgebungsvariablen „%1“ für --secret-env</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="73"/>
        <source>type %1 needs a secret (%2): give --secret-env VAR or --secret-stdin</source>
        <translation>Typ %1 braucht ein Geheimnis (%2): --secret-env VAR oder --secret-stdin angeben</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="76"/>
        <source>type %1 takes no secret</source>
        <translation>Typ %1 nimmt kein Geheimnis</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="84"/>
        <source>a source named &quot;%1&quot; already exists; remove it first</source>
        <translation>eine Quelle namens „%1“ existiert bereits; zuerst entfernen</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="94"/>
        <source>--secret-stdin read an empty secret from standard input</source>
        <translation>--secret-stdin hat ein leeres Geheimnis von der Standardeingabe gelesen</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="97"/>
        <source>cannot store the secret: %1. Nothing was saved. Without a keychain, keep the secret in an environment variable and use --secret-env VAR instead</source>
        <translation>das Geheimnis kann nicht gespeichert werden: %1. Nichts wurde gespeichert. Ohne Schlüsselbund das Geheimnis in einer Umgebungsvariablen halten und stattdessen --secret-env VAR verwenden</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="106"/>
        <source>added source &quot;%1&quot; (%2); secret: %3</source>
        <translation>Quelle „%1“ (%2) hinzugefügt; Geheimnis: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="132"/>
        <source>secret: %1</source>
        <translation>Geheimnis: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="144"/>
        <source>source remove needs exactly one NAME</source>
        <translation>source remove braucht genau einen NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="148"/>
        <source>unknown source &quot;%1&quot;</source>
        <translation>unbekannte Quelle „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="153"/>
        <source>source &quot;%1&quot; still has %2 open transaction(s); run `purgeline resume --wait` first, so no queued work is lost</source>
        <translation>Quelle „%1“ hat noch %2 offene Transaktion(en); zuerst `purgeline resume --wait` ausführen, damit keine eingereihte Arbeit verloren geht</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="159"/>
        <source>could not remove source &quot;%1&quot;</source>
        <translation>Quelle „%1“ konnte nicht entfernt werden</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="163"/>
        <source>warning: the keychain entry of &quot;%1&quot; could not be removed: %2</source>
        <translation>Warnung: der Schlüsselbundeintrag von „%1“ konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="165"/>
        <source>removed source &quot;%1&quot;</source>
        <translation>Quelle „%1“ entfernt</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="29"/>
        <source>setting %1 must be a non-negative number, not &quot;%2&quot;</source>
        <translation>Einstellung %1 muss eine nicht negative Zahl sein, nicht „%2“</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="33"/>
        <source>setting map: %1</source>
        <translation>Einstellung map: %1</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="35"/>
        <source>setting %1 must be one of %2, not &quot;%3&quot;</source>
        <translation>Einstellung %1 muss eins von %2 sein, nicht „%3“</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="41"/>
        <source>setting proxy must be &quot;none&quot; or an http://, https://, socks5:// or socks5h:// URL, not &quot;%1&quot;</source>
        <translation>Einstellung proxy muss „none“ oder eine http://-, https://-, socks5://- oder socks5h://-URL sein, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="49"/>
        <source>setting pinned_key must be sha256//BASE64 hashes separated by &apos;;&apos;, not &quot;%1&quot;</source>
        <translation>Einstellung pinned_key muss aus sha256//BASE64-Hashes bestehen, getrennt durch &apos;;&apos;, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="54"/>
        <source>setting %1 must be an absolute http:// or https:// URL, not &quot;%2&quot;</source>
        <translation>Einstellung %1 muss eine absolute http://- oder https://-URL sein, nicht „%2“</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="67"/>
        <source>unknown setting &quot;%1&quot; for type %2; known settings: %3</source>
        <translation>unbekannte Einstellung „%1“ für Typ %2; bekannte Einstellungen: %3</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="75"/>
        <source>missing setting %1 (%2) for type %3: add --set %1=VALUE</source>
        <translation>fehlende Einstellung %1 (%2) für Typ %3: --set %1=VALUE hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="90"/>
        <source>type %1 works on local files and takes no --endpoint</source>
        <translation>Typ %1 arbeitet mit lokalen Dateien und nimmt kein --endpoint</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="92"/>
        <source>type %1 needs at least one --endpoint URL</source>
        <translation>Typ %1 braucht mindestens eine --endpoint-URL</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="94"/>
        <source>type %1 takes one --endpoint, not %2</source>
        <translation>Typ %1 nimmt ein --endpoint, nicht %2</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="97"/>
        <source>malformed --endpoint &quot;%1&quot;: expected an absolute http:// or https:// URL</source>
        <translation>fehlerhaftes --endpoint „%1“: absolute http://- oder https://-URL erwartet</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="113"/>
        <source>--endpoint &quot;%1&quot; would send the secret over plain http:// to %2: use https:// (only loopback addresses may be plain http://)</source>
        <translation>--endpoint „%1“ würde das Geheimnis über unverschlüsseltes http:// an %2 senden: verwenden Sie https:// (nur Loopback-Adressen dürfen unverschlüsseltes http:// sein)</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="125"/>
        <source>setting proxy &quot;%1&quot; would send its user name and password in clear to %2: use an https:// proxy</source>
        <translation>Einstellung proxy „%1“ würde Benutzername und Passwort im Klartext an %2 senden: verwenden Sie einen https://-Proxy</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="130"/>
        <source>setting proxy &quot;%1&quot; would see the secret sent over plain http:// in clear: use https:// endpoints, an https:// proxy, or proxy=none</source>
        <translation>Einstellung proxy „%1“ würde das über unverschlüsseltes http:// gesendete Geheimnis im Klartext sehen: verwenden Sie https://-Endpunkte, einen https://-Proxy oder proxy=none</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="57"/>
        <source>Add Source</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="66"/>
        <source>Edit Source “%1”</source>
        <translation>Quelle „%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="114"/>
        <source>Source name</source>
        <translation>Name der Quelle</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="115"/>
        <source>e.g. images-cdn</source>
        <translation>z. B. images-cdn</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="116"/>
        <source>Letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;; used on the command line and in presets</source>
        <translation>Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;; wird auf der Kommandozeile und in Vorlagen verwendet</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="117"/>
        <source>Source name: error</source>
        <translation>Name der Quelle: Fehler</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="121"/>
        <source>&amp;Name *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="125"/>
        <source>Provider type</source>
        <translation>Provider-Typ</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="128"/>
        <source>&amp;Type</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="136"/>
        <source>Endpoint URL</source>
        <translation>Endpoint-URL</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="139"/>
        <source>Endpoint URLs, one per line</source>
        <translation>Endpoint-URLs, eine pro Zeile</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="142"/>
        <source>Endpoint: error</source>
        <translation>Endpoint: Fehler</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="147"/>
        <location filename="../widgets/sourcedialog.cpp" line="270"/>
        <source>&amp;Endpoint</source>
        <translation>&amp;Endpoint</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="160"/>
        <source>Store in the &amp;keychain</source>
        <translation>Im &amp;Schlüsselbund speichern</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="161"/>
        <source>Keep for this &amp;session only (not saved)</source>
        <translation>Nur für diese Sit&amp;zung behalten (nicht gespeichert)</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="162"/>
        <source>Read from an en&amp;vironment variable</source>
        <translation>Aus einer &amp;Umgebungsvariablen lesen</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="163"/>
        <source>N&amp;one</source>
        <translation>&amp;Keins</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="168"/>
        <source>The secret is held in memory until Purgeline quits and is never written to disk</source>
        <translation>Das Geheimnis bleibt im Speicher, bis Purgeline beendet wird, und wird nie auf die Festplatte geschrieben</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="174"/>
        <source>Environment variable name</source>
        <translation>Name der Umgebungsvariablen</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="175"/>
        <source>e.g. PURGE_TOKEN</source>
        <translation>z. B. PURGE_TOKEN</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="177"/>
        <source>Secret: error</source>
        <translation>Geheimnis: Fehler</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="191"/>
        <source>&amp;Source</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="195"/>
        <source>Leave a field empty to use the provider&apos;s documented limit.</source>
        <translation>Ein Feld leer lassen, um das dokumentierte Limit des Providers zu verwenden.</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="202"/>
        <source>&amp;Limits and Mapping</source>
        <translation>&amp;Limits und Zuordnung</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="210"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="258"/>
        <location filename="../widgets/sourcedialog.cpp" line="286"/>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="262"/>
        <source>Default: unpaced</source>
        <translation>Standard: ohne Taktung</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="264"/>
        <source>Default and maximum: %1</source>
        <translation>Standard und Maximum: %1</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="266"/>
        <source>e.g. public=https://www.example.com</source>
        <translation>z. B. public=https://www.example.com</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="270"/>
        <source>&amp;Endpoints</source>
        <translation>&amp;Endpoints</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="271"/>
        <location filename="../widgets/sourcedialog.cpp" line="296"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="285"/>
        <source>e.g. https://cache.example.com</source>
        <translation>z. B. https://cache.example.com</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="287"/>
        <source>One base URL per cache, one per line, e.g.
http://10.0.0.1:6081
http://10.0.0.2:6081</source>
        <translation>Eine Basis-URL pro Cache, eine pro Zeile, z. B.
http://10.0.0.1:6081
http://10.0.0.2:6081</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="288"/>
        <source>Base URL of the API; point it at a proxy, a staging API or a test server</source>
        <translation>Basis-URL der API; kann auf einen Proxy, eine Staging-API oder einen Testserver zeigen</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="290"/>
        <source>Each cache of the cluster receives every purge</source>
        <translation>Jeder Cache des Clusters erhält jede Leerung</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="295"/>
        <source>%1 (optional)</source>
        <translation>%1 (optional)</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="340"/>
        <source>Leave empty to keep the stored secret</source>
        <translation>Leer lassen, um das gespeicherte Geheimnis zu behalten</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="341"/>
        <source>Enter the %1</source>
        <translation>%1 eingeben</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="346"/>
        <source>not set now</source>
        <translation>derzeit nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="346"/>
        <source>set now</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="358"/>
        <location filename="../widgets/sourcedialog.cpp" line="361"/>
        <location filename="../widgets/sourcedialog.cpp" line="375"/>
        <source>Currently: %1</source>
        <translation>Derzeit: %1</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="405"/>
        <source>Name is required.</source>
        <translation>Name ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="407"/>
        <source>invalid source name &quot;%1&quot;: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit</source>
        <translation>ungültiger Quellenname „%1“: Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; verwenden, beginnend mit Buchstabe oder Ziffer</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="410"/>
        <source>a source named &quot;%1&quot; already exists</source>
        <translation>eine Quelle namens „%1“ existiert bereits</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="437"/>
        <source>Enter the %1, or choose an environment variable.</source>
        <translation>%1 eingeben oder eine Umgebungsvariable wählen.</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="439"/>
        <source>No %1 is stored for this source: enter it.</source>
        <translation>Für diese Quelle ist kein %1 gespeichert: bitte eingeben.</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="444"/>
        <source>invalid environment variable name &quot;%1&quot;</source>
        <translation>ungültiger Name der Umgebungsvariablen „%1“</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="456"/>
        <location filename="../widgets/sourcedialog.cpp" line="478"/>
        <location filename="../widgets/sourcedialog.cpp" line="493"/>
        <source>Please correct the marked fields.</source>
        <translation>Bitte die markierten Felder korrigieren.</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="521"/>
        <source>Storing the %1 in the keychain…</source>
        <translation>%1 wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="543"/>
        <source>the system keychain did not answer within %1 s</source>
        <translation>der System-Schlüsselbund hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="553"/>
        <source>Could not save the source: %1</source>
        <translation>Die Quelle konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="567"/>
        <source>Could not store the secret: %1. Nothing was saved.</source>
        <translation>Das Geheimnis konnte nicht gespeichert werden: %1. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="572"/>
        <source>Nothing was saved: %1. Read the secret from an environment variable instead, or keep it for this session only: Purgeline then holds it in memory until it quits and never writes it to disk.</source>
        <translation>Nichts wurde gespeichert: %1. Das Geheimnis stattdessen aus einer Umgebungsvariablen lesen oder nur für diese Sitzung behalten: Purgeline hält es dann im Speicher, bis es beendet wird, und schreibt es nie auf die Festplatte.</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="576"/>
        <source>Nothing was saved: %1. Read the secret from an environment variable instead.</source>
        <translation>Nichts wurde gespeichert: %1. Das Geheimnis stattdessen aus einer Umgebungsvariablen lesen.</translation>
    </message>
</context>
<context>
    <name>SourceListModel</name>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="61"/>
        <source>Works on local files</source>
        <translation>Arbeitet mit lokalen Dateien</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="63"/>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="86"/>
        <source>Credentials: %1</source>
        <translation>Zugangsdaten: %1</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="98"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="99"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="100"/>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="101"/>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="117"/>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="118"/>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="119"/>
        <source>stored for this session only</source>
        <translation>nur für diese Sitzung gespeichert</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="120"/>
        <source>missing</source>
        <translation>fehlen</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="121"/>
        <source>keychain unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="122"/>
        <source>from environment variable %1 (set)</source>
        <translation>aus Umgebungsvariable %1 (gesetzt)</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="123"/>
        <source>from environment variable %1 (not set)</source>
        <translation>aus Umgebungsvariable %1 (nicht gesetzt)</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="124"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="125"/>
        <source>none needed</source>
        <translation>nicht nötig</translation>
    </message>
</context>
<context>
    <name>SourceStore</name>
    <message>
        <location filename="../app/storage/sourcestore.cpp" line="84"/>
        <source>a source named &quot;%1&quot; already exists</source>
        <translation>eine Quelle namens „%1“ existiert bereits</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="48"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="61"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="67"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="69"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="71"/>
        <location filename="../widgets/sourcespanel.cpp" line="208"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="73"/>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="76"/>
        <source>Source actions</source>
        <translation>Quellenaktionen</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="83"/>
        <source>Add a source</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="85"/>
        <source>Send a harmless request to the selected source, or show a dry run</source>
        <translation>Eine harmlose Anfrage an die gewählte Quelle senden oder einen Probelauf zeigen</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="92"/>
        <source>Check result</source>
        <translation>Prüfergebnis</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="97"/>
        <source>Check details</source>
        <translation>Prüfdetails</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="189"/>
        <source>Cannot Remove Source</source>
        <translation>Quelle kann nicht entfernt werden</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/sourcespanel.cpp" line="190"/>
        <source>“%1” still has %n open transaction(s). Remove it once they have finished or been cancelled, so no queued work is lost.</source>
        <translation>
            <numerusform>„%1“ hat noch %n offene Transaktion. Erst entfernen, wenn sie abgeschlossen oder abgebrochen ist, damit keine eingereihte Arbeit verloren geht.</numerusform>
            <numerusform>„%1“ hat noch %n offene Transaktionen. Erst entfernen, wenn sie abgeschlossen oder abgebrochen sind, damit keine eingereihte Arbeit verloren geht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="201"/>
        <source>Remove the source “%1”? Its settings are deleted and its secret is removed from the keychain. Presets that use it stop working.</source>
        <translation>Die Quelle „%1“ entfernen? Ihre Einstellungen werden gelöscht und ihr Geheimnis wird aus dem Schlüsselbund entfernt. Vorlagen, die sie verwenden, funktionieren nicht mehr.</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="203"/>
        <source>Remove the source “%1”? Its settings are deleted. Presets that use it stop working.</source>
        <translation>Die Quelle „%1“ entfernen? Ihre Einstellungen werden gelöscht. Vorlagen, die sie verwenden, funktionieren nicht mehr.</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="204"/>
        <source>Remove Source</source>
        <translation>Quelle entfernen</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/sourcespanel.cpp" line="224"/>
        <source>Not removed: “%1” has %n open transaction(s) now.</source>
        <translation>
            <numerusform>Nicht entfernt: „%1“ hat jetzt %n offene Transaktion.</numerusform>
            <numerusform>Nicht entfernt: „%1“ hat jetzt %n offene Transaktionen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="229"/>
        <source>Could not remove “%1”.</source>
        <translation>„%1“ konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="236"/>
        <source>Removed “%1”, but its keychain entry could not be removed: %2</source>
        <translation>„%1“ entfernt, aber sein Schlüsselbundeintrag konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="252"/>
        <source>Checking “%1”…</source>
        <translation>„%1“ wird geprüft…</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="258"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TargetListModel</name>
    <message>
        <location filename="../models/targetlistmodel.cpp" line="74"/>
        <source>%1 (not mapped)</source>
        <translation>%1 (nicht zugeordnet)</translation>
    </message>
    <message>
        <location filename="../models/targetlistmodel.cpp" line="76"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/targetlistmodel.cpp" line="77"/>
        <source>%1 → %2 (+%n more)</source>
        <translation>
            <numerusform>%1 → %2 (+%n weitere)</numerusform>
            <numerusform>%1 → %2 (+%n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/targetlistmodel.cpp" line="85"/>
        <source>%1
Not purged: %2</source>
        <translation>%1
Nicht geleert: %2</translation>
    </message>
    <message>
        <location filename="../models/targetlistmodel.cpp" line="86"/>
        <source>%1
Purges:
%2</source>
        <translation>%1
Leert:
%2</translation>
    </message>
    <message>
        <location filename="../models/targetlistmodel.cpp" line="281"/>
        <source>source %1, setting map: %2</source>
        <translation>Quelle %1, Einstellung map: %2</translation>
    </message>
    <message>
        <location filename="../models/targetlistmodel.cpp" line="314"/>
        <source>no source is chosen; a source&apos;s path mapping turns local files into URLs</source>
        <translation>keine Quelle gewählt; die Pfadzuordnung einer Quelle macht aus lokalen Dateien URLs</translation>
    </message>
    <message>
        <location filename="../models/targetlistmodel.cpp" line="316"/>
        <source>none of the chosen sources (%1) maps a local folder: set its map setting to /local/folder=https://public.url/prefix</source>
        <translation>keine der gewählten Quellen (%1) ordnet einen lokalen Ordner zu: ihre Einstellung map auf /local/folder=https://public.url/prefix setzen</translation>
    </message>
    <message>
        <location filename="../models/targetlistmodel.cpp" line="326"/>
        <source>the file is not inside a folder the chosen sources map (%1)</source>
        <translation>die Datei liegt in keinem Ordner, den die gewählten Quellen zuordnen (%1)</translation>
    </message>
</context>
<context>
    <name>TargetListWidget</name>
    <message>
        <location filename="../widgets/targetlistwidget.cpp" line="22"/>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/targetlistwidget.cpp" line="74"/>
        <source>Added %n target(s).</source>
        <translation>
            <numerusform>%n Ziel hinzugefügt.</numerusform>
            <numerusform>%n Ziele hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/targetlistwidget.cpp" line="90"/>
        <source>Added %n URL(s).</source>
        <translation>
            <numerusform>%n URL hinzugefügt.</numerusform>
            <numerusform>%n URLs hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/targetlistwidget.cpp" line="94"/>
        <source>Added %n file(s).</source>
        <translation>
            <numerusform>%n Datei hinzugefügt.</numerusform>
            <numerusform>%n Dateien hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/targetlistwidget.cpp" line="96"/>
        <source>%n file(s) map to no URL and will not be purged.</source>
        <translation>
            <numerusform>%n Datei ist keiner URL zugeordnet und wird nicht geleert.</numerusform>
            <numerusform>%n Dateien sind keiner URL zugeordnet und werden nicht geleert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/targetlistwidget.cpp" line="98"/>
        <source>Read %n URL(s) from %1.</source>
        <translation>
            <numerusform>%n URL aus %1 gelesen.</numerusform>
            <numerusform>%n URLs aus %1 gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/targetlistwidget.cpp" line="99"/>
        <source>%n list file(s)</source>
        <translation>
            <numerusform>%n Listendatei</numerusform>
            <numerusform>%n Listendateien</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/targetlistwidget.cpp" line="101"/>
        <source>Only the first %1 files were taken; the dropped folders hold more.</source>
        <translation>Nur die ersten %1 Dateien wurden übernommen; die abgelegten Ordner enthalten mehr.</translation>
    </message>
    <message>
        <location filename="../widgets/targetlistwidget.cpp" line="104"/>
        <source>Could not read %1.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/targetlistwidget.cpp" line="107"/>
        <source>%n link(s) that are neither files nor web addresses were ignored.</source>
        <translation>
            <numerusform>%n Link, der weder Datei noch Webadresse ist, wurde ignoriert.</numerusform>
            <numerusform>%n Links, die weder Dateien noch Webadressen sind, wurden ignoriert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/targetlistwidget.cpp" line="146"/>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location filename="../widgets/targetlistwidget.cpp" line="149"/>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../widgets/targetlistwidget.cpp" line="153"/>
        <source>&amp;Clear all</source>
        <translation>&amp;Alle entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/targetlistwidget.cpp" line="167"/>
        <source>Drop files, folders or URL lists here,
or type and paste targets above.</source>
        <translation>Dateien, Ordner oder URL-Listen hier ablegen
oder Ziele oben eingeben und einfügen.</translation>
    </message>
</context>
<context>
    <name>TransactionDetails</name>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="44"/>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="45"/>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="46"/>
        <source>Attempts:</source>
        <translation>Versuche:</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="47"/>
        <source>Provider ID:</source>
        <translation>Provider-ID:</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="48"/>
        <source>Times:</source>
        <translation>Zeiten:</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="49"/>
        <source>Last error:</source>
        <translation>Letzter Fehler:</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="56"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="57"/>
        <source>The request this transaction sends appears here.</source>
        <translation>Hier erscheint die Anfrage, die diese Transaktion sendet.</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="58"/>
        <source>The request as sent, with credentials replaced by [redacted]</source>
        <translation>Die Anfrage wie gesendet, Zugangsdaten durch [redacted] ersetzt</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="61"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="61"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="61"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="61"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="65"/>
        <source>Attempts and status polls</source>
        <translation>Versuche und Statusabfragen</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="72"/>
        <source>Transaction details</source>
        <translation>Transaktionsdetails</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="99"/>
        <source>No transaction selected</source>
        <translation>Keine Transaktion ausgewählt</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="110"/>
        <source>Transaction %1 (request %2)</source>
        <translation>Transaktion %1 (Anfrage %2)</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="113"/>
        <source>%1, next attempt %2</source>
        <translation>%1, nächster Versuch %2</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="115"/>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="118"/>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="119"/>
        <source>%1, status polls: %2</source>
        <translation>%1, Statusabfragen: %2</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="121"/>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="122"/>
        <source>created %1, updated %2</source>
        <translation>erstellt %1, aktualisiert %2</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="123"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="128"/>
        <source>Status poll:</source>
        <translation>Statusabfrage:</translation>
    </message>
</context>
<context>
    <name>TransactionPreview</name>
    <message>
        <location filename="../models/transactionpreview.cpp" line="43"/>
        <source>source &quot;%1&quot; no longer exists</source>
        <translation>Quelle „%1“ existiert nicht mehr</translation>
    </message>
    <message>
        <location filename="../models/transactionpreview.cpp" line="45"/>
        <source>unknown source type &quot;%1&quot;</source>
        <translation>unbekannter Quellentyp „%1“</translation>
    </message>
    <message>
        <location filename="../models/transactionpreview.cpp" line="47"/>
        <source>%1 runs on this computer; nothing is sent over the network</source>
        <translation>%1 läuft auf diesem Computer; nichts wird über das Netzwerk gesendet</translation>
    </message>
    <message>
        <location filename="../models/transactionpreview.cpp" line="77"/>
        <source>%1 everything</source>
        <translation>%1 alles</translation>
    </message>
    <message>
        <location filename="../models/transactionpreview.cpp" line="91"/>
        <source>transaction %1: %2</source>
        <translation>Transaktion %1: %2</translation>
    </message>
</context>
<context>
    <name>TransactionRecord</name>
    <message>
        <location filename="../app/queue/transaction.cpp" line="30"/>
        <source>everything</source>
        <translation>alles</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/queue/transaction.cpp" line="35"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransactionTableModel</name>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="25"/>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="26"/>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="27"/>
        <source>Waiting for status</source>
        <translation>Wartet auf Status</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="28"/>
        <source>Retry scheduled</source>
        <translation>Wiederholung geplant</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="29"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="30"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="31"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="94"/>
        <source>Next attempt at %1</source>
        <translation>Nächster Versuch um %1</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="104"/>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="121"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="122"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="123"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="124"/>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="125"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="126"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="127"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="128"/>
        <source>Provider ID</source>
        <translation>Provider-ID</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="129"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="130"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="131"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>TransactionsPanel</name>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="61"/>
        <source>Transactions</source>
        <translation>Transaktionen</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="106"/>
        <source>&amp;Retry selected</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="106"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="108"/>
        <source>Retry all &amp;failed</source>
        <translation>&amp;Fehlschläge wiederholen</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="109"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="110"/>
        <source>&amp;Cancel selected</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="112"/>
        <source>Cancel all &amp;pending</source>
        <translation>&amp;Ausstehende abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="113"/>
        <source>Ctrl+Shift+Del</source>
        <translation>Ctrl+Shift+Del</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="114"/>
        <source>Copy &amp;URLs</source>
        <translation>&amp;URLs kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="116"/>
        <source>Copy as c&amp;url</source>
        <translation>Als &amp;curl kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="117"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="118"/>
        <source>Filter transactions</source>
        <translation>Transaktionen filtern</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="121"/>
        <source>Put the selected failed or cancelled transactions back in the queue (Ctrl+R)</source>
        <translation>Die gewählten fehlgeschlagenen oder abgebrochenen Transaktionen wieder einreihen (Strg+R)</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="122"/>
        <source>Put every failed transaction back in the queue (Ctrl+Shift+R)</source>
        <translation>Jede fehlgeschlagene Transaktion wieder einreihen (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="123"/>
        <source>Stop the selected transactions that have not been sent (Del)</source>
        <translation>Die gewählten, noch nicht gesendeten Transaktionen stoppen (Entf)</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="124"/>
        <source>Stop every transaction that has not finished (Ctrl+Shift+Del)</source>
        <translation>Jede nicht abgeschlossene Transaktion stoppen (Strg+Umschalt+Entf)</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="125"/>
        <source>Copy the selected requests as curl commands, credentials redacted</source>
        <translation>Die gewählten Anfragen als curl-Befehle kopieren, Zugangsdaten geschwärzt</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="133"/>
        <source>Filter by URL, source, error or provider ID (Ctrl+F)</source>
        <translation>Nach URL, Quelle, Fehler oder Provider-ID filtern (Strg+F)</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="135"/>
        <source>Filter text</source>
        <translation>Filtertext</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="152"/>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="153"/>
        <source>Not finished</source>
        <translation>Nicht abgeschlossen</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="154"/>
        <source>Failed or cancelled</source>
        <translation>Fehlgeschlagen oder abgebrochen</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="160"/>
        <source>State filter</source>
        <translation>Zustandsfilter</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="164"/>
        <source>Source filter</source>
        <translation>Quellenfilter</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="189"/>
        <location filename="../widgets/transactionspanel.cpp" line="192"/>
        <source>Progress of the newest request</source>
        <translation>Fortschritt der neuesten Anfrage</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="223"/>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/transactionspanel.cpp" line="292"/>
        <source>%n transaction(s) queued again</source>
        <translation>
            <numerusform>%n Transaktion erneut eingereiht</numerusform>
            <numerusform>%n Transaktionen erneut eingereiht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/transactionspanel.cpp" line="298"/>
        <source>%n failed transaction(s) queued again</source>
        <translation>
            <numerusform>%n fehlgeschlagene Transaktion erneut eingereiht</numerusform>
            <numerusform>%n fehlgeschlagene Transaktionen erneut eingereiht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/transactionspanel.cpp" line="308"/>
        <location filename="../widgets/transactionspanel.cpp" line="315"/>
        <source>Cancelling %n transaction(s)</source>
        <translation>
            <numerusform>%n Transaktion wird abgebrochen</numerusform>
            <numerusform>%n Transaktionen werden abgebrochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/transactionspanel.cpp" line="331"/>
        <source>Copied %n target(s)</source>
        <translation>
            <numerusform>%n Ziel kopiert</numerusform>
            <numerusform>%n Ziele kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/transactionspanel.cpp" line="344"/>
        <source>Copied %n request(s) as curl commands, credentials redacted</source>
        <translation>
            <numerusform>%n Anfrage als curl-Befehl kopiert, Zugangsdaten geschwärzt</numerusform>
            <numerusform>%n Anfragen als curl-Befehle kopiert, Zugangsdaten geschwärzt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="392"/>
        <source>No requests yet</source>
        <translation>Noch keine Anfragen</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="394"/>
        <source>Request %1: %2 of %3 done, %4 failed</source>
        <translation>Anfrage %1: %2 von %3 erledigt, %4 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="400"/>
        <source>Request %1: %2 of %3 done</source>
        <translation>Anfrage %1: %2 von %3 erledigt</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../widgets/trayicon.cpp" line="75"/>
        <source>Purgeline: idle</source>
        <translation>Purgeline: untätig</translation>
    </message>
    <message>
        <location filename="../widgets/trayicon.cpp" line="77"/>
        <source>Purgeline: purging…</source>
        <translation>Purgeline: leert…</translation>
    </message>
    <message>
        <location filename="../widgets/trayicon.cpp" line="79"/>
        <source>Purgeline: the last request had failures</source>
        <translation>Purgeline: die letzte Anfrage hatte Fehlschläge</translation>
    </message>
    <message>
        <location filename="../widgets/trayicon.cpp" line="133"/>
        <source>&amp;Resume Queue</source>
        <translation>Warteschlange &amp;fortsetzen</translation>
    </message>
    <message>
        <location filename="../widgets/trayicon.cpp" line="133"/>
        <source>&amp;Pause Queue</source>
        <translation>Warteschlange &amp;pausieren</translation>
    </message>
    <message>
        <location filename="../widgets/trayicon.cpp" line="139"/>
        <source>&amp;Hide Window</source>
        <translation>Fenster &amp;verbergen</translation>
    </message>
    <message>
        <location filename="../widgets/trayicon.cpp" line="139"/>
        <source>&amp;Show Window</source>
        <translation>Fenster &amp;zeigen</translation>
    </message>
    <message>
        <location filename="../widgets/trayicon.cpp" line="145"/>
        <source>Purgeline tray menu</source>
        <translation>Purgeline-Menü im Systembereich</translation>
    </message>
    <message>
        <location filename="../widgets/trayicon.cpp" line="147"/>
        <source>No presets saved</source>
        <translation>Keine Vorlagen gespeichert</translation>
    </message>
    <message>
        <location filename="../widgets/trayicon.cpp" line="150"/>
        <source>Run Preset</source>
        <translation>Vorlage ausführen</translation>
    </message>
    <message>
        <location filename="../widgets/trayicon.cpp" line="167"/>
        <source>&amp;Quit Purgeline</source>
        <translation>Purgeline &amp;beenden</translation>
    </message>
</context>
</TS>
