<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <location filename="../widgets/transactionview.cpp" line="87"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../widgets/transactionview.cpp" line="88"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
</context>
<context>
    <name>AkamaiProvider</name>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="56"/>
        <source>(support id %1)</source>
        <translation>(Support-ID %1)</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="73"/>
        <source>setting %1 is missing: copy it from the API client&apos;s .edgerc (or use --edgerc FILE)</source>
        <translation>Einstellung %1 fehlt: aus der .edgerc des API-Clients kopieren (oder --edgerc DATEI verwenden)</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="78"/>
        <source>setting %1 contains white space, &apos;;&apos; or a character outside printable ASCII; copy it again from the API client&apos;s .edgerc</source>
        <translation>Einstellung %1 enthält Leerraum, &apos;;&apos; oder ein Zeichen außerhalb von druckbarem ASCII; erneut aus der .edgerc des API-Clients kopieren</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="94"/>
        <source>Create an API client with Fast Purge access in Akamai Control Center (Identity and access); its .edgerc file holds the host, the tokens and the client secret.</source>
        <translation>Legen Sie im Akamai Control Center (Identity and access) einen API-Client mit Zugriff auf Fast Purge an; seine .edgerc-Datei enthält den Host, die Tokens und das Client-Secret.</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="97"/>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="101"/>
        <source>base64 text, as on the client_secret line of .edgerc</source>
        <translation>Base64-Text, wie in der Zeile client_secret der .edgerc</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="104"/>
        <source>CP codes</source>
        <translation>CP-Codes</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="105"/>
        <source>Content provider codes: everything cached under them</source>
        <translation>Content-Provider-Codes: alles, was unter ihnen zwischengespeichert ist</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="115"/>
        <source>API host</source>
        <translation>API-Host</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="120"/>
        <source>The API client&apos;s host from .edgerc, such as akab-xxxx.luna.akamaiapis.net</source>
        <translation>Der Host des API-Clients aus der .edgerc, etwa akab-xxxx.luna.akamaiapis.net</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="122"/>
        <source>Client token</source>
        <translation>Client-Token</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="127"/>
        <source>client_token from .edgerc; the client secret is the secret</source>
        <translation>client_token aus der .edgerc; das Client-Secret ist das Geheimnis</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="129"/>
        <source>Access token</source>
        <translation>Access-Token</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="134"/>
        <source>access_token from .edgerc</source>
        <translation>access_token aus der .edgerc</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="136"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="141"/>
        <source>Purge the staging network or production</source>
        <translation>Das Staging-Netzwerk oder die Produktion leeren</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="144"/>
        <source>.edgerc file</source>
        <translation>.edgerc-Datei</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="145"/>
        <source>Read host, client_token, access_token and client_secret from an Akamai .edgerc file (section: --section, default &quot;default&quot;).</source>
        <translation>host, client_token, access_token und client_secret aus einer .edgerc-Datei von Akamai lesen (Abschnitt: --section, Standard &quot;default&quot;).</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="177"/>
        <source>setting host is missing: set it to the API client&apos;s host from .edgerc (or use --edgerc FILE)</source>
        <translation>Einstellung host fehlt: auf den Host des API-Clients aus der .edgerc setzen (oder --edgerc DATEI verwenden)</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="181"/>
        <source>setting host &quot;%1&quot; must be the bare host name, without http:// or https://</source>
        <translation>Einstellung host „%1“ muss der reine Hostname sein, ohne http:// oder https://</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="185"/>
        <source>setting host &quot;%1&quot; is not a host name such as akab-xxxx.luna.akamaiapis.net</source>
        <translation>Einstellung host „%1“ ist kein Hostname wie akab-xxxx.luna.akamaiapis.net</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="193"/>
        <source>setting network is &quot;%1&quot;: expected staging or production</source>
        <translation>Einstellung network ist „%1“: staging oder production erwartet</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/akamaiprovider.cpp" line="195"/>
        <source>provider akamai takes one --endpoint, but %n were given</source>
        <translation>
            <numerusform>Provider akamai nimmt ein --endpoint, aber %n wurde angegeben</numerusform>
            <numerusform>Provider akamai nimmt ein --endpoint, aber %n wurden angegeben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="205"/>
        <source>cache tag &quot;%1&quot; is longer than Akamai&apos;s 128 characters</source>
        <translation>Cache-Tag „%1“ ist länger als die 128 Zeichen, die Akamai erlaubt</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="208"/>
        <source>cache tag &quot;%1&quot; may hold only letters, digits and !#$%&amp;&apos;+./^_`|~-</source>
        <translation>Cache-Tag „%1“ darf nur Buchstaben, Ziffern und !#$%&amp;&apos;+./^_`|~- enthalten</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="217"/>
        <source>CP code &quot;%1&quot; is not a CP code number such as 12345</source>
        <translation>CP-Code „%1“ ist keine CP-Code-Nummer wie 12345</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="224"/>
        <source>provider akamai does not support --match %1: use exact, tag or cpcode</source>
        <translation>Provider akamai unterstützt --match %1 nicht: exact, tag oder cpcode verwenden</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="227"/>
        <source>no targets given</source>
        <translation>keine Ziele angegeben</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="371"/>
        <source>malformed reply: HTTP %1 without a readable purgeId; the purge was probably accepted, but Akamai&apos;s answer cannot be read</source>
        <translation>fehlerhafte Antwort: HTTP %1 ohne lesbare purgeId; die Leerung wurde wahrscheinlich angenommen, aber die Antwort von Akamai ist nicht lesbar</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="374"/>
        <source>empty body</source>
        <translation>leerer Body</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="378"/>
        <source>accepted as %1; expected done in ~%2 s</source>
        <translation>angenommen als %1; voraussichtlich fertig in ~%2 s</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="381"/>
        <source>accepted as %1</source>
        <translation>angenommen als %1</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="394"/>
        <source>%1: Akamai did not accept the request (check the URLs, tags or CP codes)</source>
        <translation>%1: Akamai hat die Anfrage nicht angenommen (URLs, Tags oder CP-Codes prüfen)</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="399"/>
        <source>%1: authentication failed: check client_token, access_token, the client secret and the computer&apos;s clock</source>
        <translation>%1: Authentifizierung fehlgeschlagen: client_token, access_token, das Client-Secret und die Uhr des Computers prüfen</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="406"/>
        <source>%1: the API client may not purge this (check its CCU APIs grant and the properties the objects belong to)</source>
        <translation>%1: der API-Client darf dies nicht leeren (seine Berechtigung für die CCU APIs und die Properties prüfen, zu denen die Objekte gehören)</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="411"/>
        <source>%1: rate limit reached</source>
        <translation>%1: Ratenlimit erreicht</translation>
    </message>
</context>
<context>
    <name>ApprovalBar</name>
    <message>
        <location filename="../widgets/approvalbar.cpp" line="16"/>
        <source>Request awaiting approval</source>
        <translation>Anfrage wartet auf Freigabe</translation>
    </message>
    <message>
        <location filename="../widgets/approvalbar.cpp" line="27"/>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/approvalbar.cpp" line="53"/>
        <source>%1 on %2, %n target(s)</source>
        <translation>
            <numerusform>%1 auf %2, %n Ziel</numerusform>
            <numerusform>%1 auf %2, %n Ziele</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/approvalbar.cpp" line="54"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location filename="../widgets/approvalbar.cpp" line="56"/>
        <source>Your request %1 awaits another person&apos;s approval.</source>
        <translation>Ihre Anfrage %1 wartet auf die Freigabe durch eine andere Person.</translation>
    </message>
    <message>
        <location filename="../widgets/approvalbar.cpp" line="57"/>
        <source>Request %1 awaits your approval.</source>
        <translation>Anfrage %1 wartet auf Ihre Freigabe.</translation>
    </message>
    <message>
        <location filename="../widgets/approvalbar.cpp" line="59"/>
        <source>Asked from %1: %2.</source>
        <translation>Gestellt von %1: %2.</translation>
    </message>
    <message>
        <location filename="../widgets/approvalbar.cpp" line="60"/>
        <source>Asked by %1 on %2: %3.</source>
        <translation>Gestellt von %1 auf %2: %3.</translation>
    </message>
    <message>
        <location filename="../widgets/approvalbar.cpp" line="63"/>
        <source>Reason given: %1</source>
        <translation>Angegebener Grund: %1</translation>
    </message>
    <message>
        <location filename="../widgets/approvalbar.cpp" line="65"/>
        <source>Needs approval: %1</source>
        <translation>Freigabe nötig: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/approvalbar.cpp" line="68"/>
        <source>%n more request(s) await approval; select one to see it here.</source>
        <translation>
            <numerusform>%n weitere Anfrage wartet auf Freigabe; wählen Sie sie aus, um sie hier zu sehen.</numerusform>
            <numerusform>%n weitere Anfragen warten auf Freigabe; wählen Sie eine aus, um sie hier zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/approvalbar.cpp" line="73"/>
        <source>You asked for this request: another person must approve it</source>
        <translation>Sie haben diese Anfrage gestellt: Eine andere Person muss sie freigeben</translation>
    </message>
    <message>
        <location filename="../widgets/approvalbar.cpp" line="74"/>
        <source>Send request %1 now</source>
        <translation>Anfrage %1 jetzt senden</translation>
    </message>
    <message>
        <location filename="../widgets/approvalbar.cpp" line="75"/>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Zurückziehen…</translation>
    </message>
    <message>
        <location filename="../widgets/approvalbar.cpp" line="75"/>
        <source>&amp;Reject…</source>
        <translation>&amp;Ablehnen…</translation>
    </message>
    <message>
        <location filename="../widgets/approvalbar.cpp" line="76"/>
        <source>Cancel your request %1 before anything is sent</source>
        <translation>Ihre Anfrage %1 abbrechen, bevor etwas gesendet wird</translation>
    </message>
    <message>
        <location filename="../widgets/approvalbar.cpp" line="77"/>
        <source>Cancel request %1 with a reason; nothing is sent</source>
        <translation>Anfrage %1 mit Begründung abbrechen; nichts wird gesendet</translation>
    </message>
</context>
<context>
    <name>ApprovalCommands</name>
    <message>
        <location filename="../app/cli/approvalcommands.cpp" line="33"/>
        <source>give exactly one request id</source>
        <translation>genau eine Anfrage-ID angeben</translation>
    </message>
    <message>
        <location filename="../app/cli/approvalcommands.cpp" line="37"/>
        <source>&quot;%1&quot; is not a request id</source>
        <translation>„%1“ ist keine Anfrage-ID</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/approvalcommands.cpp" line="44"/>
        <source>request %1 approved: %n transaction(s) queued for the workers</source>
        <translation>
            <numerusform>Anfrage %1 freigegeben: %n Transaktion für die Worker eingereiht</numerusform>
            <numerusform>Anfrage %1 freigegeben: %n Transaktionen für die Worker eingereiht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/approvalcommands.cpp" line="46"/>
        <source>request %1 rejected: %n transaction(s) cancelled, nothing sent</source>
        <translation>
            <numerusform>Anfrage %1 abgelehnt: %n Transaktion abgebrochen, nichts gesendet</numerusform>
            <numerusform>Anfrage %1 abgelehnt: %n Transaktionen abgebrochen, nichts gesendet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BunnyProvider</name>
    <message>
        <location filename="../app/providers/bunnyprovider.cpp" line="29"/>
        <source>The account API key is under Account, API key in the bunny.net dashboard.</source>
        <translation>Der API-Schlüssel des Kontos steht im bunny.net-Dashboard unter Account, API key.</translation>
    </message>
    <message>
        <location filename="../app/providers/bunnyprovider.cpp" line="30"/>
        <source>API access key</source>
        <translation>API-Zugriffsschlüssel</translation>
    </message>
    <message>
        <location filename="../app/providers/bunnyprovider.cpp" line="33"/>
        <source>one word without spaces</source>
        <translation>ein Wort ohne Leerzeichen</translation>
    </message>
    <message>
        <location filename="../app/providers/bunnyprovider.cpp" line="43"/>
        <source>Pull zone ID</source>
        <translation>Pull-Zone-ID</translation>
    </message>
    <message>
        <location filename="../app/providers/bunnyprovider.cpp" line="48"/>
        <source>The numeric ID of the pull zone, for --match tag and --match all (POST /pullzone/&lt;ID&gt;/purgeCache); URL purges work without it</source>
        <translation>Die numerische ID der Pull Zone, für --match tag und --match all (POST /pullzone/&lt;ID&gt;/purgeCache); URL-Leerungen funktionieren ohne sie</translation>
    </message>
    <message>
        <location filename="../app/providers/bunnyprovider.cpp" line="76"/>
        <source>setting pull_zone &quot;%1&quot; must be the numeric pull zone ID shown in the bunny.net dashboard</source>
        <translation>Einstellung pull_zone „%1“ muss die numerische Pull-Zone-ID aus dem Dashboard von bunny.net sein</translation>
    </message>
    <message>
        <location filename="../app/providers/bunnyprovider.cpp" line="88"/>
        <source>--match %1 purges through a pull zone: set the source&apos;s pull_zone setting (--set pull_zone=ID) to its numeric ID</source>
        <translation>--match %1 leert über eine Pull Zone: die Einstellung pull_zone der Quelle (--set pull_zone=ID) auf deren numerische ID setzen</translation>
    </message>
    <message>
        <location filename="../app/providers/bunnyprovider.cpp" line="93"/>
        <source>&quot;%1&quot; contains &apos;*&apos;, which bunny.net takes as a wildcard: use --match prefix for a wildcard purge</source>
        <translation>„%1“ enthält &apos;*&apos;, das bunny.net als Platzhalter versteht: für eine Leerung mit Platzhalter --match prefix verwenden</translation>
    </message>
    <message>
        <location filename="../app/providers/bunnyprovider.cpp" line="99"/>
        <source>prefix &quot;%1&quot; may end with &apos;*&apos; but contain no other &apos;*&apos;</source>
        <translation>Präfix „%1“ darf auf &apos;*&apos; enden, aber kein weiteres &apos;*&apos; enthalten</translation>
    </message>
    <message>
        <location filename="../app/providers/bunnyprovider.cpp" line="101"/>
        <source>tag &quot;%1…&quot; is longer than the %2 bytes a CDN-Tag header may hold</source>
        <translation>Tag „%1…“ ist länger als die %2 Bytes, die ein CDN-Tag-Header fassen kann</translation>
    </message>
    <message>
        <location filename="../app/providers/bunnyprovider.cpp" line="212"/>
        <source>the purge of pull zone %1</source>
        <translation>die Leerung der Pull Zone %1</translation>
    </message>
    <message>
        <location filename="../app/providers/bunnyprovider.cpp" line="213"/>
        <source>the purge of %1</source>
        <translation>die Leerung von %1</translation>
    </message>
    <message>
        <location filename="../app/providers/bunnyprovider.cpp" line="218"/>
        <source>bunny.net rejected %1 (HTTP 400)</source>
        <translation>bunny.net hat %1 abgelehnt (HTTP 400)</translation>
    </message>
    <message>
        <location filename="../app/providers/bunnyprovider.cpp" line="221"/>
        <source>bunny.net rejected the access key (HTTP 401); the secret must be the account&apos;s API key (Account settings &gt; API), not a storage zone password</source>
        <translation>bunny.net hat den Zugriffsschlüssel abgelehnt (HTTP 401); das Geheimnis muss der API-Schlüssel des Kontos sein (Account settings &gt; API), nicht das Passwort einer Storage Zone</translation>
    </message>
    <message>
        <location filename="../app/providers/bunnyprovider.cpp" line="225"/>
        <source>bunny.net refused %1 (HTTP 403)</source>
        <translation>bunny.net hat %1 verweigert (HTTP 403)</translation>
    </message>
    <message>
        <location filename="../app/providers/bunnyprovider.cpp" line="228"/>
        <source>bunny.net has no pull zone %1 on this account (HTTP 404); check the source&apos;s pull_zone setting</source>
        <translation>bunny.net hat in diesem Konto keine Pull Zone %1 (HTTP 404); die Einstellung pull_zone der Quelle prüfen</translation>
    </message>
    <message>
        <location filename="../app/providers/bunnyprovider.cpp" line="232"/>
        <source>bunny.net answered HTTP 404 to %1</source>
        <translation>bunny.net hat auf %1 mit HTTP 404 geantwortet</translation>
    </message>
    <message>
        <location filename="../app/providers/bunnyprovider.cpp" line="236"/>
        <source>HTTP 429: bunny.net&apos;s purge rate limit for this account was reached</source>
        <translation>HTTP 429: das Ratenlimit von bunny.net für Leerungen dieses Kontos ist erreicht</translation>
    </message>
</context>
<context>
    <name>CacheVerdict</name>
    <message>
        <location filename="../app/core/cacheverdict.cpp" line="74"/>
        <source>%1, no Age: a copy held from before the purge</source>
        <translation>%1, kein Age: eine Kopie von vor der Leerung</translation>
    </message>
    <message>
        <location filename="../app/core/cacheverdict.cpp" line="78"/>
        <source>%1 (cached %2 s ago, after the purge %3 s ago)</source>
        <translation>%1 (vor %2 s zwischengespeichert, nach der Leerung vor %3 s)</translation>
    </message>
    <message>
        <location filename="../app/core/cacheverdict.cpp" line="82"/>
        <source>%1 (cached %2 s ago, before the purge %3 s ago)</source>
        <translation>%1 (vor %2 s zwischengespeichert, vor der Leerung vor %3 s)</translation>
    </message>
    <message>
        <location filename="../app/core/cacheverdict.cpp" line="96"/>
        <source>ETag %1 is the origin&apos;s</source>
        <translation>ETag %1 ist der des Ursprungs</translation>
    </message>
    <message>
        <location filename="../app/core/cacheverdict.cpp" line="97"/>
        <source>ETag %1, the origin&apos;s is %2</source>
        <translation>ETag %1, der des Ursprungs ist %2</translation>
    </message>
    <message>
        <location filename="../app/core/cacheverdict.cpp" line="102"/>
        <source>the body is the origin&apos;s (SHA-256 %1)</source>
        <translation>der Body ist der des Ursprungs (SHA-256 %1)</translation>
    </message>
    <message>
        <location filename="../app/core/cacheverdict.cpp" line="104"/>
        <source>the body differs from the origin&apos;s</source>
        <translation>der Body weicht von dem des Ursprungs ab</translation>
    </message>
    <message>
        <location filename="../app/core/cacheverdict.cpp" line="108"/>
        <source>Last-Modified %1 is the origin&apos;s</source>
        <translation>Last-Modified %1 ist das des Ursprungs</translation>
    </message>
    <message>
        <location filename="../app/core/cacheverdict.cpp" line="111"/>
        <source>Last-Modified %1, the origin&apos;s is %2</source>
        <translation>Last-Modified %1, das des Ursprungs ist %2</translation>
    </message>
    <message>
        <location filename="../app/core/cacheverdict.cpp" line="138"/>
        <source>no answer: %1</source>
        <translation>keine Antwort: %1</translation>
    </message>
    <message>
        <location filename="../app/core/cacheverdict.cpp" line="141"/>
        <source>HTTP %1 from the site: no copy to judge</source>
        <translation>HTTP %1 von der Website: keine Kopie zu beurteilen</translation>
    </message>
    <message>
        <location filename="../app/core/cacheverdict.cpp" line="170"/>
        <source>this cache shows no signal of what it served</source>
        <translation>dieser Cache zeigt nicht an, was er ausgeliefert hat</translation>
    </message>
    <message>
        <location filename="../app/core/cacheverdict.cpp" line="171"/>
        <source>HTTP %1 without a cache signal (%2)</source>
        <translation>HTTP %1 ohne Cache-Signal (%2)</translation>
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
        <location filename="../app/changes/changefilter.cpp" line="78"/>
        <source>a submodule, not an image</source>
        <translation>ein Submodul, kein Bild</translation>
    </message>
    <message>
        <location filename="../app/changes/changefilter.cpp" line="85"/>
        <source>not an image (%1)</source>
        <translation>kein Bild (%1)</translation>
    </message>
    <message>
        <location filename="../app/changes/changefilter.cpp" line="96"/>
        <source>matches no --include</source>
        <translation>passt zu keinem --include</translation>
    </message>
    <message>
        <location filename="../app/changes/changefilter.cpp" line="100"/>
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
        <location filename="../app/changes/changequery.cpp" line="38"/>
        <source>--from needs --to</source>
        <translation>--from braucht --to</translation>
    </message>
    <message>
        <location filename="../app/changes/changequery.cpp" line="41"/>
        <source>unknown --only &quot;%1&quot;: use images or all</source>
        <translation>unbekanntes --only „%1“: images oder all verwenden</translation>
    </message>
</context>
<context>
    <name>ChangeSelection</name>
    <message>
        <location filename="../app/changes/changeselection.cpp" line="125"/>
        <source>cannot read the revisions log &quot;%1&quot;: %2</source>
        <translation>das Revisions-Log „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/changes/changeselection.cpp" line="127"/>
        <source>not a file</source>
        <translation>keine Datei</translation>
    </message>
    <message>
        <location filename="../app/changes/changeselection.cpp" line="128"/>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/changes/changeselection.cpp" line="154"/>
        <source>%1 line %2 (release %3): %4</source>
        <translation>%1 Zeile %2 (Release %3): %4</translation>
    </message>
    <message>
        <location filename="../app/changes/changeselection.cpp" line="183"/>
        <source>not picked</source>
        <translation>nicht ausgewählt</translation>
    </message>
    <message>
        <location filename="../app/changes/changeselection.cpp" line="189"/>
        <source>the path is not valid UTF-8, so it has no URL</source>
        <translation>der Pfad ist kein gültiges UTF-8 und hat daher keine URL</translation>
    </message>
    <message>
        <location filename="../app/changes/changeselection.cpp" line="257"/>
        <source>no path mapping covers %1</source>
        <translation>keine Pfadzuordnung deckt %1 ab</translation>
    </message>
</context>
<context>
    <name>ChangesCommand</name>
    <message>
        <location filename="../app/cli/changescommand.cpp" line="58"/>
        <source>filtered out: %1</source>
        <translation>herausgefiltert: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/changescommand.cpp" line="60"/>
        <source>unmapped: %1</source>
        <translation>nicht zugeordnet: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/changescommand.cpp" line="62"/>
        <source>not decodable: %1</source>
        <translation>nicht dekodierbar: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/changescommand.cpp" line="97"/>
        <source>no repository given</source>
        <translation>kein Repository angegeben</translation>
    </message>
    <message>
        <location filename="../app/cli/changescommand.cpp" line="115"/>
        <location filename="../app/cli/changescommand.cpp" line="165"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/changescommand.cpp" line="119"/>
        <location filename="../app/cli/changescommand.cpp" line="122"/>
        <source>%1 (release %2)</source>
        <translation>%1 (Release %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/changescommand.cpp" line="123"/>
        <source>changes from %1 to %2: %3 file(s), %4 selected, %5 skipped</source>
        <translation>Änderungen von %1 bis %2: %3 Datei(en), %4 ausgewählt, %5 übersprungen</translation>
    </message>
    <message>
        <location filename="../app/cli/changescommand.cpp" line="131"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../app/cli/changescommand.cpp" line="151"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/changescommand.cpp" line="153"/>
        <source>--repo DIR is required</source>
        <translation>--repo DIR ist erforderlich</translation>
    </message>
</context>
<context>
    <name>CloudFrontProvider</name>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="87"/>
        <source>Create an access key for an IAM user allowed cloudfront:CreateInvalidation; its secret access key is shown once, when it is created.</source>
        <translation>Legen Sie einen Zugriffsschlüssel für einen IAM-Benutzer mit der Berechtigung cloudfront:CreateInvalidation an; sein geheimer Zugriffsschlüssel wird nur einmal angezeigt, beim Anlegen.</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="90"/>
        <source>Secret access key</source>
        <translation>Geheimer Zugriffsschlüssel</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="95"/>
        <source>at least 40 letters, digits, “/” and “+”</source>
        <translation>mindestens 40 Buchstaben, Ziffern, „/“ und „+“</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="105"/>
        <source>Distribution ID</source>
        <translation>Distributions-ID</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="110"/>
        <source>The distribution&apos;s ID, such as EDFDVBD6EXAMPLE</source>
        <translation>Die ID der Distribution, etwa EDFDVBD6EXAMPLE</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="112"/>
        <source>Access key ID</source>
        <translation>Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="117"/>
        <source>An access key allowed cloudfront:CreateInvalidation and cloudfront:GetInvalidation; its secret access key is the secret</source>
        <translation>Ein Zugriffsschlüssel mit den Rechten cloudfront:CreateInvalidation und cloudfront:GetInvalidation; sein geheimer Zugriffsschlüssel ist das Geheimnis</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="120"/>
        <source>Session token variable</source>
        <translation>Variable für das Sitzungstoken</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="125"/>
        <source>For temporary credentials: the environment variable holding the session token, read each time a request is sent (such as AWS_SESSION_TOKEN)</source>
        <translation>Für temporäre Zugangsdaten: die Umgebungsvariable mit dem Sitzungstoken, gelesen bei jedem Senden einer Anfrage (etwa AWS_SESSION_TOKEN)</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="153"/>
        <source>invalidation path</source>
        <translation>Invalidierungspfad</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="154"/>
        <source>invalidation paths</source>
        <translation>Invalidierungspfade</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="165"/>
        <source>setting distribution is missing: set it to the distribution&apos;s ID, such as EDFDVBD6EXAMPLE</source>
        <translation>Einstellung distribution fehlt: auf die ID der Distribution setzen, etwa EDFDVBD6EXAMPLE</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="170"/>
        <source>setting distribution &quot;%1&quot; is not a distribution ID such as EDFDVBD6EXAMPLE (letters and digits only)</source>
        <translation>Einstellung distribution „%1“ ist keine Distributions-ID wie EDFDVBD6EXAMPLE (nur Buchstaben und Ziffern)</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="175"/>
        <source>setting access_key_id is missing: set it to the access key ID, such as AKIAIOSFODNN7EXAMPLE</source>
        <translation>Einstellung access_key_id fehlt: auf die Zugriffsschlüssel-ID setzen, etwa AKIAIOSFODNN7EXAMPLE</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="181"/>
        <source>setting access_key_id &quot;%1&quot; is not an access key ID such as AKIAIOSFODNN7EXAMPLE</source>
        <translation>Einstellung access_key_id „%1“ ist keine Zugriffsschlüssel-ID wie AKIAIOSFODNN7EXAMPLE</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="186"/>
        <source>setting session_token_env &quot;%1&quot; is not an environment variable name</source>
        <translation>Einstellung session_token_env „%1“ ist kein Name einer Umgebungsvariablen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/cloudfrontprovider.cpp" line="190"/>
        <source>provider cloudfront takes one --endpoint, but %n were given</source>
        <translation>
            <numerusform>Provider cloudfront nimmt ein --endpoint, aber %n wurde angegeben</numerusform>
            <numerusform>Provider cloudfront nimmt ein --endpoint, aber %n wurden angegeben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="205"/>
        <source>malformed URL &quot;%1&quot;: expected an absolute http:// or https:// URL</source>
        <translation>fehlerhafte URL „%1“: absolute http://- oder https://-URL erwartet</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="210"/>
        <source>target &quot;%1&quot; needs a host and no user name or password</source>
        <translation>Ziel „%1“ braucht einen Host und darf weder Benutzernamen noch Passwort enthalten</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="215"/>
        <source>target &quot;%1&quot; must not contain a fragment (#...): caches never see it</source>
        <translation>Ziel „%1“ darf kein Fragment (#...) enthalten: Caches sehen es nie</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="225"/>
        <source>target &quot;%1&quot; contains &apos;*&apos;: CloudFront takes a &apos;*&apos; only at the end of a path; use --match prefix with the part before it</source>
        <translation>Ziel „%1“ enthält &apos;*&apos;: CloudFront akzeptiert &apos;*&apos; nur am Ende eines Pfads; --match prefix mit dem Teil davor verwenden</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="239"/>
        <source>target &quot;%1&quot; contains a control character</source>
        <translation>Ziel „%1“ enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="278"/>
        <source>provider cloudfront does not support --match %1: use exact, prefix or all</source>
        <translation>Provider cloudfront unterstützt --match %1 nicht: exact, prefix oder all verwenden</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/cloudfrontprovider.cpp" line="282"/>
        <source>--match all takes no targets, but %n were given</source>
        <translation>
            <numerusform>--match all nimmt keine Ziele, aber %n wurde angegeben</numerusform>
            <numerusform>--match all nimmt keine Ziele, aber %n wurden angegeben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="285"/>
        <source>no targets given</source>
        <translation>keine Ziele angegeben</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="296"/>
        <source>target &quot;%1&quot;: its invalidation path has %2 characters, more than CloudFront&apos;s %3</source>
        <translation>Ziel „%1“: sein Invalidierungspfad hat %2 Zeichen, mehr als die %3 von CloudFront</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="456"/>
        <source>empty body</source>
        <translation>leerer Body</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="461"/>
        <source>malformed GetInvalidation reply: no Invalidation Id and Status</source>
        <translation>fehlerhafte GetInvalidation-Antwort: keine Invalidation-Id und kein Status</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="465"/>
        <source>malformed reply: HTTP %1 without an Invalidation Id; the invalidation may have been created</source>
        <translation>fehlerhafte Antwort: HTTP %1 ohne Invalidation-Id; die Invalidierung wurde eventuell erstellt</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="472"/>
        <source>invalidation %1 completed</source>
        <translation>Invalidierung %1 abgeschlossen</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="478"/>
        <source>invalidation %1 in progress</source>
        <translation>Invalidierung %1 läuft</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="479"/>
        <source>invalidation %1: status %2</source>
        <translation>Invalidierung %1: Status %2</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="500"/>
        <source>waiting for other invalidations of the distribution to complete</source>
        <translation>wartet auf den Abschluss anderer Invalidierungen der Distribution</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="507"/>
        <source>check the source&apos;s distribution setting</source>
        <translation>die Einstellung distribution der Quelle prüfen</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="509"/>
        <source>the access key needs cloudfront:CreateInvalidation and cloudfront:GetInvalidation on this distribution</source>
        <translation>der Zugriffsschlüssel braucht cloudfront:CreateInvalidation und cloudfront:GetInvalidation für diese Distribution</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="512"/>
        <source>too many paths in one invalidation; lower the source&apos;s batch_size</source>
        <translation>zu viele Pfade in einer Invalidierung; batch_size der Quelle verringern</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="517"/>
        <source>check access_key_id, the secret access key and the computer&apos;s clock</source>
        <translation>access_key_id, den geheimen Zugriffsschlüssel und die Uhr des Computers prüfen</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="521"/>
        <source>the session token variable %1 is not set</source>
        <translation>die Variable %1 für das Sitzungstoken ist nicht gesetzt</translation>
    </message>
</context>
<context>
    <name>CloudflareProvider</name>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="66"/>
        <source>code %1</source>
        <translation>Code %1</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="67"/>
        <source>code %1: %2</source>
        <translation>Code %1: %2</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="85"/>
        <source>Create an API token with the Zone, Cache Purge permission under My Profile, API Tokens in the Cloudflare dashboard.</source>
        <translation>Legen Sie im Cloudflare-Dashboard unter My Profile, API Tokens ein API-Token mit der Berechtigung Zone, Cache Purge an.</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="87"/>
        <source>API token (or Global API key with email)</source>
        <translation>API-Token (oder Global API Key mit E-Mail)</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="92"/>
        <source>letters, digits, “-” and “_”, at least 37 of them</source>
        <translation>Buchstaben, Ziffern, „-“ und „_“, mindestens 37</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="103"/>
        <source>Zone ID</source>
        <translation>Zonen-ID</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="108"/>
        <source>The zone&apos;s 32-digit ID from the dashboard&apos;s Overview page (not its domain name)</source>
        <translation>Die 32-stellige ID der Zone von der Overview-Seite im Dashboard (nicht ihr Domainname)</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="111"/>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="116"/>
        <source>The zone&apos;s plan; it sets the documented purge rate, burst and items per request</source>
        <translation>Der Tarif der Zone; er bestimmt die dokumentierte Leerungsrate, den Burst und die Einträge pro Anfrage</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="119"/>
        <source>Account email (Global API key only)</source>
        <translation>Konto-E-Mail (nur Global API Key)</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="124"/>
        <source>Set it only when the secret is the legacy Global API key (sent as X-Auth-Email and X-Auth-Key); leave it empty for an API token</source>
        <translation>Nur setzen, wenn das Geheimnis der alte Global API Key ist (gesendet als X-Auth-Email und X-Auth-Key); für ein API-Token leer lassen</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="128"/>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="133"/>
        <source>Optional: the zone&apos;s account. Purge limits are per account, so sources with the same account share one rate budget; without it each zone has its own</source>
        <translation>Optional: das Konto der Zone. Leerungslimits gelten pro Konto, daher teilen sich Quellen mit demselben Konto ein Ratenbudget; ohne Angabe hat jede Zone ihr eigenes</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="139"/>
        <source>Cache-key header</source>
        <translation>Cache-Key-Header</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="143"/>
        <source>NAME:VALUE of a request header that is part of the cache key (CF-Device-Type, CF-IPCountry, Accept-Language, Origin...); sent with every URL</source>
        <translation>NAME:VALUE eines Anfrage-Headers, der Teil des Cache-Keys ist (CF-Device-Type, CF-IPCountry, Accept-Language, Origin...); wird mit jeder URL gesendet</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="206"/>
        <source>setting zone is missing: set it to the zone&apos;s 32-digit Zone ID (dashboard, the domain&apos;s Overview page)</source>
        <translation>Einstellung zone fehlt: auf die 32-stellige Zonen-ID setzen (Dashboard, Overview-Seite der Domain)</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="209"/>
        <source>setting zone &quot;%1&quot; is not a Zone ID: expected 32 hexadecimal digits, as shown on the domain&apos;s Overview page (not the domain name)</source>
        <translation>Einstellung zone „%1“ ist keine Zonen-ID: 32 Hexadezimalziffern erwartet, wie auf der Overview-Seite der Domain angezeigt (nicht der Domainname)</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="215"/>
        <source>setting plan is &quot;%1&quot;: expected free, pro, business or enterprise</source>
        <translation>Einstellung plan ist „%1“: free, pro, business oder enterprise erwartet</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="221"/>
        <source>setting email &quot;%1&quot; is not an email address (it is the Cloudflare login that goes with a Global API key)</source>
        <translation>Einstellung email „%1“ ist keine E-Mail-Adresse (sie ist das Cloudflare-Login, das zum Global API Key gehört)</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="227"/>
        <source>setting account &quot;%1&quot; is not an Account ID: expected 32 hexadecimal digits</source>
        <translation>Einstellung account „%1“ ist keine Konto-ID: 32 Hexadezimalziffern erwartet</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/cloudflareprovider.cpp" line="232"/>
        <source>provider cloudflare takes one --endpoint, but %n were given</source>
        <translation>
            <numerusform>Provider cloudflare nimmt ein --endpoint, aber %n wurde angegeben</numerusform>
            <numerusform>Provider cloudflare nimmt ein --endpoint, aber %n wurden angegeben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="252"/>
        <source>target &quot;%1&quot; contains white space or control characters</source>
        <translation>Ziel „%1“ enthält Leerraum oder Steuerzeichen</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="262"/>
        <source>prefix &quot;%1&quot; must start with a host name, as in www.example.com/images</source>
        <translation>Präfix „%1“ muss mit einem Hostnamen beginnen, wie in www.example.com/images</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="266"/>
        <source>prefix &quot;%1&quot; must not contain a query string or fragment</source>
        <translation>Präfix „%1“ darf keinen Query-String und kein Fragment enthalten</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="269"/>
        <source>prefix &quot;%1&quot; contains &apos;*&apos;: a prefix purge needs no wildcard, it already covers everything below the path</source>
        <translation>Präfix „%1“ enthält &apos;*&apos;: eine Präfix-Leerung braucht keinen Platzhalter, sie deckt bereits alles unterhalb des Pfads ab</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="274"/>
        <source>prefix &quot;%1&quot; has more than 31 path segments</source>
        <translation>Präfix „%1“ hat mehr als 31 Pfadsegmente</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="279"/>
        <source>host &quot;%1&quot; is not a host name: write it alone, as in images.example.com (no scheme, port or path)</source>
        <translation>Host „%1“ ist kein Hostname: ihn allein schreiben, wie in images.example.com (ohne Schema, Port oder Pfad)</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="287"/>
        <source>tag &quot;%1&quot; contains a comma: give each tag on its own</source>
        <translation>Tag „%1“ enthält ein Komma: jedes Tag einzeln angeben</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="290"/>
        <source>tag &quot;%1&quot; is longer than 1024 bytes</source>
        <translation>Tag „%1“ ist länger als 1024 Bytes</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="302"/>
        <source>provider cloudflare does not support --match %1</source>
        <translation>Provider cloudflare unterstützt --match %1 nicht</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="305"/>
        <source>provider cloudflare does not support --action invalidate: its API has no soft purge</source>
        <translation>Provider cloudflare unterstützt --action invalidate nicht: seine API kennt keinen Soft Purge</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/cloudflareprovider.cpp" line="310"/>
        <source>--match all takes no targets, but %n were given</source>
        <translation>
            <numerusform>--match all nimmt keine Ziele, aber %n wurde angegeben</numerusform>
            <numerusform>--match all nimmt keine Ziele, aber %n wurden angegeben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="313"/>
        <source>no targets given</source>
        <translation>keine Ziele angegeben</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="321"/>
        <source>option header names %1 twice; a cached object has one value for it</source>
        <translation>Option header nennt %1 zweimal; ein zwischengespeichertes Objekt hat dafür nur einen Wert</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="428"/>
        <source>malformed reply: HTTP %1 without Cloudflare&apos;s JSON envelope, so it is unknown whether the purge was accepted</source>
        <translation>fehlerhafte Antwort: HTTP %1 ohne die JSON-Hülle von Cloudflare, daher ist unbekannt, ob die Leerung angenommen wurde</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="432"/>
        <source>empty body</source>
        <translation>leerer Body</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="435"/>
        <source>Cloudflare answered HTTP %1 but reported failure</source>
        <translation>Cloudflare hat mit HTTP %1 geantwortet, aber einen Fehlschlag gemeldet</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="436"/>
        <source>no error given</source>
        <translation>kein Fehler angegeben</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="440"/>
        <source>accepted; the reply carries no purge id</source>
        <translation>angenommen; die Antwort enthält keine Purge-ID</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="449"/>
        <source>HTTP 429: over Cloudflare&apos;s purge rate limit</source>
        <translation>HTTP 429: über dem Leerungs-Ratenlimit von Cloudflare</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/cloudflareprovider.cpp" line="454"/>
        <source>HTTP 400: Cloudflare rejected the purge of %n item(s)</source>
        <translation>
            <numerusform>HTTP 400: Cloudflare hat die Leerung von %n Eintrag abgelehnt</numerusform>
            <numerusform>HTTP 400: Cloudflare hat die Leerung von %n Einträgen abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="460"/>
        <source>HTTP %1: Cloudflare refused the credentials: the API token needs the Cache Purge permission for this zone (with the email setting, the secret must be the Global API key)</source>
        <translation>HTTP %1: Cloudflare hat die Zugangsdaten verweigert: das API-Token braucht die Berechtigung Cache Purge für diese Zone (mit der Einstellung email muss das Geheimnis der Global API Key sein)</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="468"/>
        <source>HTTP 404: no such zone or API path; check the source&apos;s zone and endpoint</source>
        <translation>HTTP 404: keine solche Zone und kein solcher API-Pfad; zone und Endpoint der Quelle prüfen</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="472"/>
        <source>HTTP 413: request too large</source>
        <translation>HTTP 413: Anfrage zu groß</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="282"/>
        <source>&quot;%1&quot; needs a subcommand</source>
        <translation>„%1“ braucht einen Unterbefehl</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="183"/>
        <location filename="../app/cli/commandline.cpp" line="291"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
</context>
<context>
    <name>ComposerPanel</name>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="83"/>
        <source>&amp;Sources</source>
        <translation>&amp;Quellen</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="86"/>
        <source>Sources to purge</source>
        <translation>Zu leerende Quellen</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="94"/>
        <source>Purge as ordered &amp;layers</source>
        <translation>In geordneten &amp;Ebenen leeren</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="96"/>
        <source>Each source starts only when the one above it has succeeded; a failure stops the sources below it</source>
        <translation>Jede Quelle beginnt erst, wenn die darüber erfolgreich war; ein Fehlschlag hält die Quellen darunter an</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="101"/>
        <source>Move source up</source>
        <translation>Quelle nach oben</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="102"/>
        <source>Move the selected source up: an earlier layer</source>
        <translation>Die gewählte Quelle nach oben verschieben: eine frühere Ebene</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="106"/>
        <source>Move source down</source>
        <translation>Quelle nach unten</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="107"/>
        <source>Move the selected source down: a later layer</source>
        <translation>Die gewählte Quelle nach unten verschieben: eine spätere Ebene</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="122"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="123"/>
        <source>P&amp;urge</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="125"/>
        <source>Remove the cached copies; the next request fetches from the origin</source>
        <translation>Die Cache-Kopien entfernen; die nächste Anfrage holt vom Ursprung</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="126"/>
        <source>&amp;Invalidate</source>
        <translation>&amp;Invalidieren</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="141"/>
        <source>Match</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="153"/>
        <source>&amp;Match:</source>
        <translation>&amp;Abgleich:</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="159"/>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="160"/>
        <source>As each source says</source>
        <translation>Wie jede Quelle es festlegt</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="161"/>
        <source>Ask for each URL (HEAD)</source>
        <translation>Jede URL abfragen (HEAD)</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="162"/>
        <source>Fetch each URL (GET)</source>
        <translation>Jede URL abrufen (GET)</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="163"/>
        <source>Do not verify</source>
        <translation>Nicht prüfen</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="164"/>
        <source>After the purge, ask for the purged URLs as a visitor would and check that the cache no longer serves the old copy (exact URLs only)</source>
        <translation>Nach der Leerung die geleerten URLs wie ein Besucher abfragen und prüfen, dass der Cache die alte Kopie nicht mehr ausliefert (nur exakte URLs)</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="166"/>
        <source>&amp;Verify:</source>
        <translation>&amp;Prüfen:</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="174"/>
        <source>Kept with the request in the history, with who asked and from which machine; a source may require it</source>
        <translation>Wird mit der Anfrage im Verlauf aufbewahrt, mit wer sie gestellt hat und von welchem Rechner; eine Quelle kann ihn verlangen</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="176"/>
        <source>Reas&amp;on:</source>
        <translation>Gr&amp;und:</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="192"/>
        <source>&amp;Targets</source>
        <translation>&amp;Ziele</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="195"/>
        <source>New target</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="197"/>
        <source>Type a URL, prefix, tag or host and press Enter; paste many lines at once</source>
        <translation>URL, Präfix, Tag oder Host eingeben + Enter; auch viele Zeilen einfügen</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="212"/>
        <location filename="../widgets/composerpanel.cpp" line="339"/>
        <location filename="../widgets/composerpanel.cpp" line="650"/>
        <source>Added %n target(s).</source>
        <translation>
            <numerusform>%n Ziel hinzugefügt.</numerusform>
            <numerusform>%n Ziele hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="223"/>
        <source>Add from &amp;git…</source>
        <translation>Aus &amp;Git hinzufügen…</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="225"/>
        <source>Add the URLs of files changed between two revisions or deploys</source>
        <translation>Die URLs der Dateien hinzufügen, die sich zwischen zwei Revisionen oder Deploys geändert haben</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="227"/>
        <source>C&amp;lear</source>
        <translation>Alle &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="234"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="235"/>
        <source>Remove the preset&apos;s extra targets</source>
        <translation>Die zusätzlichen Ziele der Vorlage entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="265"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="284"/>
        <source>Save as pre&amp;set…</source>
        <translation>Als Vorlage &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="287"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="294"/>
        <source>Queue the purge (Ctrl+Return)</source>
        <translation>Leeren einreihen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="368"/>
        <source>%1 (unknown type %2)</source>
        <translation>%1 (unbekannter Typ %2)</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="373"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="377"/>
        <source>%1
Matches: %2
Invalidate: %3</source>
        <translation>%1
Abgleich: %2
Invalidieren: %3</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="379"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="379"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="436"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="437"/>
        <source>Layers, first to last: %1</source>
        <translation>Ebenen, erste bis letzte: %1</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="511"/>
        <source>Mark the cached copies stale; they may still be served while the origin is asked again</source>
        <translation>Die Cache-Kopien als veraltet markieren; sie können weiter ausgeliefert werden, während der Ursprung erneut gefragt wird</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="512"/>
        <source>Choose sources first</source>
        <translation>Zuerst Quellen wählen</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="513"/>
        <source>Not supported by %1</source>
        <translation>Von %1 nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="519"/>
        <source>The chosen sources have no match kind in common; purge them separately.</source>
        <translation>Die gewählten Quellen haben keine gemeinsame Abgleichsart; einzeln leeren.</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="528"/>
        <source>targets read from %1 when the purge runs</source>
        <translation>Ziele, die beim Leeren aus %1 gelesen werden</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="534"/>
        <source>the files changed in %1 (%2)</source>
        <translation>die in %1 geänderten Dateien (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="535"/>
        <source>%n file(s) changed in %1 (%2)</source>
        <translation>
            <numerusform>%n geänderte Datei in %1 (%2)</numerusform>
            <numerusform>%n geänderte Dateien in %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="539"/>
        <source>Also purged: %1, mapped for each source with its own map setting.</source>
        <translation>Ebenfalls geleert: %1, für jede Quelle mit ihrer eigenen Einstellung map zugeordnet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="566"/>
        <source>, %n file(s) not mapped for every source</source>
        <translation>
            <numerusform>, %n Datei nicht für jede Quelle zugeordnet</numerusform>
            <numerusform>, %n Dateien nicht für jede Quelle zugeordnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="573"/>
        <source>, %n cannot be sent (marked; see its tooltip)</source>
        <translation>
            <numerusform>, %n kann nicht gesendet werden (markiert; siehe Tooltip)</numerusform>
            <numerusform>, %n können nicht gesendet werden (markiert; siehe Tooltip)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="576"/>
        <source>First: %1</source>
        <translation>Erste: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="676"/>
        <source>%1: not sent %n file(s) it does not map (%2)</source>
        <translation>
            <numerusform>%1: %n Datei, die sie nicht zuordnet, nicht gesendet (%2)</numerusform>
            <numerusform>%1: %n Dateien, die sie nicht zuordnet, nicht gesendet (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="683"/>
        <source>%n transaction(s) will purge everything cached by %1.</source>
        <translation>
            <numerusform>%n Transaktion leert alles, was %1 zwischenspeichert.</numerusform>
            <numerusform>%n Transaktionen leeren alles, was %1 zwischenspeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="685"/>
        <source>%n transaction(s) to %1 for %2, each one call within the provider&apos;s limits.</source>
        <translation>
            <numerusform>%n Transaktion an %1 für %2, jede ein Aufruf innerhalb der Grenzen des Anbieters.</numerusform>
            <numerusform>%n Transaktionen an %1 für %2, jede ein Aufruf innerhalb der Grenzen des Anbieters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="729"/>
        <source>Request %1 queued: %n transaction(s)</source>
        <translation>
            <numerusform>Anfrage %1 eingereiht: %n Transaktion</numerusform>
            <numerusform>Anfrage %1 eingereiht: %n Transaktionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="795"/>
        <source>Added %n changed file(s).</source>
        <translation>
            <numerusform>%n geänderte Datei hinzugefügt.</numerusform>
            <numerusform>%n geänderte Dateien hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="531"/>
        <source>%1..%2</source>
        <translation>%1..%2</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="173"/>
        <source>Why, or a ticket number</source>
        <translation>Warum, oder eine Ticketnummer</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="290"/>
        <source>Show the transactions that would be sent, exactly as sent (Ctrl+Shift+P)</source>
        <translation>Die Transaktionen zeigen, die gesendet würden, genau so wie gesendet (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="314"/>
        <source>Next: tick a source, type or paste the URLs that changed (or drop the files from the site&apos;s folder), then Preview to see exactly what will be sent, or Purge to send them.</source>
        <translation>Als Nächstes: eine Quelle ankreuzen, die geänderten URLs eingeben oder einfügen (oder die Dateien aus dem Ordner der Website hierher ziehen), dann Vorschau, um genau zu sehen, was gesendet wird, oder Leeren, um es zu senden.</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="557"/>
        <source>Purge &amp;everything…</source>
        <translation>Alles lee&amp;ren…</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="558"/>
        <source>Invalidate</source>
        <translation>Invalidieren</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="559"/>
        <source>Purge</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="562"/>
        <source>Everything the chosen sources cache</source>
        <translation>Alles, was die gewählten Quellen zwischenspeichern</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="562"/>
        <location filename="../widgets/composerpanel.cpp" line="688"/>
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n Ziel</numerusform>
            <numerusform>%n Ziele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="564"/>
        <source>, %n file(s) not mapped</source>
        <translation>
            <numerusform>, %n Datei nicht zugeordnet</numerusform>
            <numerusform>, %n Dateien nicht zugeordnet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="638"/>
        <source>No source named %1.</source>
        <translation>Keine Quelle namens %1.</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="640"/>
        <source>The chosen sources do not support matching %1.</source>
        <translation>Die gewählten Quellen unterstützen den Abgleich %1 nicht.</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="642"/>
        <source>The chosen sources cannot invalidate; Purge is selected instead.</source>
        <translation>Die gewählten Quellen können nicht invalidieren; stattdessen ist Leeren gewählt.</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="705"/>
        <source>Purge everything cached by %1?

Every cached object will be fetched from the origin again; this cannot be undone.</source>
        <translation>Alles leeren, was %1 zwischenspeichert?

Jedes zwischengespeicherte Objekt wird erneut vom Ursprung geholt; das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="708"/>
        <source>Purge everything</source>
        <translation>Alles leeren</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="709"/>
        <source>Nothing was purged.</source>
        <translation>Nichts wurde geleert.</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="715"/>
        <source>Nothing was queued: %1</source>
        <translation>Nichts wurde eingereiht: %1</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="728"/>
        <source>Nothing queued: queued work already covers all of it.</source>
        <translation>Nichts eingereiht: bereits eingereihte Arbeit deckt alles ab.</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="743"/>
        <source>Choose at least one source.</source>
        <translation>Mindestens eine Quelle wählen.</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="746"/>
        <source>Save as preset</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="746"/>
        <source>Preset name:</source>
        <translation>Name der Vorlage:</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="750"/>
        <source>Replace preset</source>
        <translation>Vorlage ersetzen</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="750"/>
        <source>A preset named %1 exists. Replace it?</source>
        <translation>Eine Vorlage namens %1 existiert. Ersetzen?</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="753"/>
        <source>Could not save the preset: %1</source>
        <translation>Die Vorlage konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="756"/>
        <source>Saved preset %1.</source>
        <translation>Vorlage %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>DBusNotifications</name>
    <message>
        <location filename="../widgets/dbusnotifications.cpp" line="71"/>
        <source>no D-Bus session bus</source>
        <translation>kein D-Bus-Sitzungsbus</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/storage/database.cpp" line="118"/>
        <source>cannot create profile directory %1</source>
        <translation>Profilverzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="177"/>
        <source>cannot open database in %1: %2</source>
        <translation>Datenbank in %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="364"/>
        <location filename="../app/storage/database.cpp" line="376"/>
        <location filename="../app/storage/database.cpp" line="470"/>
        <source>database migration %1 failed: %2</source>
        <translation>Datenbankmigration %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="397"/>
        <source>cannot use the PostgreSQL profile %1: Qt&apos;s PostgreSQL driver (libqt6sql6-psql) is missing</source>
        <translation>das PostgreSQL-Profil %1 kann nicht benutzt werden: Qts PostgreSQL-Treiber (libqt6sql6-psql) fehlt</translation>
    </message>
</context>
<context>
    <name>DatabaseBanner</name>
    <message>
        <location filename="../widgets/databasebanner.cpp" line="12"/>
        <source>Database problem</source>
        <translation>Datenbankproblem</translation>
    </message>
    <message>
        <location filename="../widgets/databasebanner.cpp" line="22"/>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../widgets/databasebanner.cpp" line="23"/>
        <source>Check the database again and resume the queue when it can be written</source>
        <translation>Die Datenbank erneut prüfen und die Warteschlange fortsetzen, sobald sie beschreibbar ist</translation>
    </message>
    <message>
        <location filename="../widgets/databasebanner.cpp" line="47"/>
        <source>Then restart Purgeline.</source>
        <translation>Danach Purgeline neu starten.</translation>
    </message>
    <message>
        <location filename="../widgets/databasebanner.cpp" line="51"/>
        <source>The queue is paused and its controls are off until it can be written.</source>
        <translation>Die Warteschlange ist pausiert und ihre Bedienelemente sind gesperrt, bis die Datenbank beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>DatabaseFault</name>
    <message>
        <location filename="../app/storage/databasefault.cpp" line="193"/>
        <source>the profile&apos;s database at %1 is read-only</source>
        <translation>die Datenbank des Profils unter %1 ist schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../app/storage/databasefault.cpp" line="195"/>
        <source>the disk holding %1 is full (%2 bytes free)</source>
        <translation>der Datenträger mit %1 ist voll (%2 Bytes frei)</translation>
    </message>
    <message>
        <location filename="../app/storage/databasefault.cpp" line="201"/>
        <source>the database %1 is locked by another process (pid %2) — waited %3 s</source>
        <translation>die Datenbank %1 ist von einem anderen Prozess gesperrt (PID %2) — %3 s gewartet</translation>
    </message>
    <message>
        <location filename="../app/storage/databasefault.cpp" line="206"/>
        <source>the database %1 is locked by another process — waited %2 s</source>
        <translation>die Datenbank %1 ist von einem anderen Prozess gesperrt — %2 s gewartet</translation>
    </message>
    <message>
        <location filename="../app/storage/databasefault.cpp" line="210"/>
        <source>the database %1 is damaged (SQLite: %2); it was not changed</source>
        <translation>die Datenbank %1 ist beschädigt (SQLite: %2); sie wurde nicht verändert</translation>
    </message>
    <message>
        <location filename="../app/storage/databasefault.cpp" line="213"/>
        <source>cannot use the database %1 (SQLite: %2)</source>
        <translation>die Datenbank %1 kann nicht verwendet werden (SQLite: %2)</translation>
    </message>
    <message>
        <location filename="../app/storage/databasefault.cpp" line="215"/>
        <source>cannot reach the PostgreSQL database %1 (%2)</source>
        <translation>die PostgreSQL-Datenbank %1 ist nicht erreichbar (%2)</translation>
    </message>
    <message>
        <location filename="../app/storage/databasefault.cpp" line="228"/>
        <source>Nothing new can be recorded, so nothing is sent. Make its file system writable (or choose another profile with --profile or PURGELINE_PROFILE); history and source list still read it.</source>
        <translation>Nichts Neues kann aufgezeichnet werden, daher wird nichts gesendet. Ihr Dateisystem beschreibbar machen (oder mit --profile oder PURGELINE_PROFILE ein anderes Profil wählen); Verlauf und Quellenliste lesen sie weiterhin.</translation>
    </message>
    <message>
        <location filename="../app/storage/databasefault.cpp" line="232"/>
        <source>What was recorded stays; nothing is sent that cannot be recorded. Free some space there, then `purgeline %1 resume --wait` finishes the queued work.</source>
        <translation>Was aufgezeichnet wurde, bleibt erhalten; es wird nichts gesendet, was sich nicht aufzeichnen lässt. Dort Platz freigeben, dann schließt `purgeline %1 resume --wait` die eingereihte Arbeit ab.</translation>
    </message>
    <message>
        <location filename="../app/storage/databasefault.cpp" line="237"/>
        <source>What was recorded stays; nothing is sent that cannot be recorded. When that process is done, run the command again (`purgeline %1 resume --wait` finishes queued work); PURGELINE_BUSY_TIMEOUT=SECONDS waits longer.</source>
        <translation>Was aufgezeichnet wurde, bleibt erhalten; es wird nichts gesendet, was sich nicht aufzeichnen lässt. Wenn jener Prozess fertig ist, den Befehl erneut ausführen (`purgeline %1 resume --wait` schließt eingereihte Arbeit ab); PURGELINE_BUSY_TIMEOUT=SECONDS wartet länger.</translation>
    </message>
    <message>
        <location filename="../app/storage/databasefault.cpp" line="243"/>
        <source>Nothing is written to it. `purgeline %1 profile set-aside` moves it to %2.damaged-DATE (byte for byte) and starts a new database with all that SQLite can still read from it; `sqlite3 FILE .recover` may salvage more from the set-aside file.</source>
        <translation>Es wird nichts in sie geschrieben. `purgeline %1 profile set-aside` verschiebt sie nach %2.damaged-DATE (Byte für Byte) und legt eine neue Datenbank mit allem an, was SQLite noch aus ihr lesen kann; `sqlite3 FILE .recover` kann aus der beiseitegelegten Datei eventuell mehr retten.</translation>
    </message>
    <message>
        <location filename="../app/storage/databasefault.cpp" line="249"/>
        <source>Check the profile directory %1 (or choose another profile with --profile or PURGELINE_PROFILE).</source>
        <translation>Das Profilverzeichnis %1 prüfen (oder mit --profile oder PURGELINE_PROFILE ein anderes Profil wählen).</translation>
    </message>
    <message>
        <location filename="../app/storage/databasefault.cpp" line="253"/>
        <source>What was recorded stays; nothing is sent that cannot be recorded. Check that the server runs and this machine may connect (host, port, sslmode, ~/.pgpass), then `purgeline %1 resume --wait` finishes the queued work.</source>
        <translation>Was aufgezeichnet wurde, bleibt; nichts wird gesendet, was nicht aufgezeichnet werden kann. Prüfen Sie, ob der Server läuft und dieser Rechner sich verbinden darf (Host, Port, sslmode, ~/.pgpass); danach erledigt `purgeline %1 resume --wait` die wartende Arbeit.</translation>
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
    <name>EdgeGridSigner</name>
    <message>
        <location filename="../app/providers/edgegridsigner.cpp" line="115"/>
        <source>no Authorization header</source>
        <translation>kein Authorization-Header</translation>
    </message>
    <message>
        <location filename="../app/providers/edgegridsigner.cpp" line="117"/>
        <source>more than one Authorization header</source>
        <translation>mehr als ein Authorization-Header</translation>
    </message>
    <message>
        <location filename="../app/providers/edgegridsigner.cpp" line="120"/>
        <source>the Authorization header is not EG1-HMAC-SHA256</source>
        <translation>der Authorization-Header ist nicht EG1-HMAC-SHA256</translation>
    </message>
    <message>
        <location filename="../app/providers/edgegridsigner.cpp" line="123"/>
        <source>the Authorization header has no signature</source>
        <translation>der Authorization-Header hat keine Signatur</translation>
    </message>
    <message>
        <location filename="../app/providers/edgegridsigner.cpp" line="136"/>
        <source>the Authorization field &quot;%1&quot; is malformed or repeated</source>
        <translation>das Authorization-Feld „%1“ ist fehlerhaft oder wiederholt</translation>
    </message>
    <message>
        <location filename="../app/providers/edgegridsigner.cpp" line="142"/>
        <source>the Authorization header lacks %1</source>
        <translation>dem Authorization-Header fehlt %1</translation>
    </message>
    <message>
        <location filename="../app/providers/edgegridsigner.cpp" line="144"/>
        <source>unknown client_token</source>
        <translation>unbekanntes client_token</translation>
    </message>
    <message>
        <location filename="../app/providers/edgegridsigner.cpp" line="146"/>
        <source>access_token does not belong to the client_token</source>
        <translation>access_token gehört nicht zum client_token</translation>
    </message>
    <message>
        <location filename="../app/providers/edgegridsigner.cpp" line="150"/>
        <source>timestamp &quot;%1&quot; is not yyyyMMddTHH:mm:ss+0000</source>
        <translation>Zeitstempel „%1“ hat nicht das Format yyyyMMddTHH:mm:ss+0000</translation>
    </message>
    <message>
        <location filename="../app/providers/edgegridsigner.cpp" line="154"/>
        <source>signed header %1 appears more than once</source>
        <translation>signierter Header %1 kommt mehr als einmal vor</translation>
    </message>
    <message>
        <location filename="../app/providers/edgegridsigner.cpp" line="160"/>
        <source>the signature does not match the request</source>
        <translation>die Signatur passt nicht zur Anfrage</translation>
    </message>
</context>
<context>
    <name>EdgeRc</name>
    <message>
        <location filename="../app/providers/edgerc.cpp" line="39"/>
        <source>line %1: the quoted value of %2 has no closing quote</source>
        <translation>Zeile %1: dem Wert von %2 in Anführungszeichen fehlt das schließende Anführungszeichen</translation>
    </message>
    <message>
        <location filename="../app/providers/edgerc.cpp" line="43"/>
        <source>line %1: text follows the quoted value of %2</source>
        <translation>Zeile %1: auf den Wert von %2 in Anführungszeichen folgt noch Text</translation>
    </message>
    <message>
        <location filename="../app/providers/edgerc.cpp" line="66"/>
        <source>line %1: the section header has no closing ]</source>
        <translation>Zeile %1: dem Abschnittskopf fehlt die schließende ]</translation>
    </message>
    <message>
        <location filename="../app/providers/edgerc.cpp" line="70"/>
        <source>line %1: text follows the section header</source>
        <translation>Zeile %1: auf den Abschnittskopf folgt noch Text</translation>
    </message>
    <message>
        <location filename="../app/providers/edgerc.cpp" line="76"/>
        <source>line %1: the section has no name</source>
        <translation>Zeile %1: der Abschnitt hat keinen Namen</translation>
    </message>
    <message>
        <location filename="../app/providers/edgerc.cpp" line="85"/>
        <location filename="../app/providers/edgerc.cpp" line="99"/>
        <source>line %1: &quot;name = value&quot; expected</source>
        <translation>Zeile %1: &quot;name = value&quot; erwartet</translation>
    </message>
    <message>
        <location filename="../app/providers/edgerc.cpp" line="92"/>
        <source>line %1: a value has no name</source>
        <translation>Zeile %1: ein Wert hat keinen Namen</translation>
    </message>
    <message>
        <location filename="../app/providers/edgerc.cpp" line="148"/>
        <source>line %1: section [%2] appears again (first on line %3)</source>
        <translation>Zeile %1: Abschnitt [%2] kommt erneut vor (zuerst in Zeile %3)</translation>
    </message>
    <message>
        <location filename="../app/providers/edgerc.cpp" line="158"/>
        <location filename="../app/providers/edgerc.cpp" line="234"/>
        <source>line %1: a value comes before any [section]</source>
        <translation>Zeile %1: ein Wert steht vor jedem [Abschnitt]</translation>
    </message>
    <message>
        <location filename="../app/providers/edgerc.cpp" line="166"/>
        <source>line %1: %2 is set twice in [%3] (first on line %4)</source>
        <translation>Zeile %1: %2 ist in [%3] zweimal gesetzt (zuerst in Zeile %4)</translation>
    </message>
    <message>
        <location filename="../app/providers/edgerc.cpp" line="177"/>
        <source>no [%1] section: the file has no sections</source>
        <translation>kein Abschnitt [%1]: die Datei hat keine Abschnitte</translation>
    </message>
    <message>
        <location filename="../app/providers/edgerc.cpp" line="178"/>
        <source>no [%1] section: the file has [%2]</source>
        <translation>kein Abschnitt [%1]: die Datei hat [%2]</translation>
    </message>
    <message>
        <location filename="../app/providers/edgerc.cpp" line="187"/>
        <source>line %1: [%2] lacks %3</source>
        <translation>Zeile %1: in [%2] fehlt %3</translation>
    </message>
    <message>
        <location filename="../app/providers/edgerc.cpp" line="198"/>
        <source>line %1: host &quot;%2&quot; is not a host name such as akab-xxxx.luna.akamaiapis.net</source>
        <translation>Zeile %1: host „%2“ ist kein Hostname wie akab-xxxx.luna.akamaiapis.net</translation>
    </message>
    <message>
        <location filename="../app/providers/edgerc.cpp" line="210"/>
        <source>line %1: max_body &quot;%2&quot; is not a positive number of bytes</source>
        <translation>Zeile %1: max_body „%2“ ist keine positive Anzahl Bytes</translation>
    </message>
</context>
<context>
    <name>FastlyProvider</name>
    <message>
        <location filename="../app/providers/fastlyprovider.cpp" line="60"/>
        <source>Create an API token with the purge_select (or purge_all) scope under Account, API tokens in the Fastly control panel.</source>
        <translation>Legen Sie im Fastly-Control-Panel unter Account, API tokens ein API-Token mit dem Bereich purge_select (oder purge_all) an.</translation>
    </message>
    <message>
        <location filename="../app/providers/fastlyprovider.cpp" line="62"/>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <location filename="../app/providers/fastlyprovider.cpp" line="65"/>
        <source>one word without spaces</source>
        <translation>ein Wort ohne Leerzeichen</translation>
    </message>
    <message>
        <location filename="../app/providers/fastlyprovider.cpp" line="75"/>
        <source>Service ID</source>
        <translation>Service-ID</translation>
    </message>
    <message>
        <location filename="../app/providers/fastlyprovider.cpp" line="80"/>
        <source>The service&apos;s ID (needed for --match tag and --match all; URL purges work without)</source>
        <translation>Die ID des Service (nötig für --match tag und --match all; URL-Leerungen funktionieren ohne)</translation>
    </message>
    <message>
        <location filename="../app/providers/fastlyprovider.cpp" line="108"/>
        <source>setting service &quot;%1&quot; is not a Fastly service ID: expected letters and digits only, as in SU1Z0isxPaozGVKXdv0eY</source>
        <translation>Einstellung service „%1“ ist keine Fastly-Service-ID: nur Buchstaben und Ziffern erwartet, wie in SU1Z0isxPaozGVKXdv0eY</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/fastlyprovider.cpp" line="114"/>
        <source>provider fastly takes one --endpoint, but %n were given</source>
        <translation>
            <numerusform>Provider fastly nimmt ein --endpoint, aber %n wurde angegeben</numerusform>
            <numerusform>Provider fastly nimmt ein --endpoint, aber %n wurden angegeben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/providers/fastlyprovider.cpp" line="125"/>
        <source>Fastly cannot soft-purge everything: purge all always removes every object. Use --action purge, or soft-purge a surrogate key that every object carries</source>
        <translation>Fastly kann nicht alles per Soft Purge leeren: purge all entfernt immer jedes Objekt. --action purge verwenden oder einen Surrogate Key per Soft Purge leeren, den jedes Objekt trägt</translation>
    </message>
    <message>
        <location filename="../app/providers/fastlyprovider.cpp" line="130"/>
        <source>setting service is missing: --match %1 needs the source&apos;s --set service=SERVICE_ID</source>
        <translation>Einstellung service fehlt: --match %1 braucht --set service=SERVICE_ID bei der Quelle</translation>
    </message>
    <message>
        <location filename="../app/providers/fastlyprovider.cpp" line="136"/>
        <source>target &quot;%1&quot; contains white space or control characters</source>
        <translation>Ziel „%1“ enthält Leerraum oder Steuerzeichen</translation>
    </message>
    <message>
        <location filename="../app/providers/fastlyprovider.cpp" line="139"/>
        <source>URL &quot;%1&quot; carries a user name or password; caches key objects without it</source>
        <translation>URL „%1“ enthält einen Benutzernamen oder ein Passwort; Caches führen Objekte ohne sie im Cache-Key</translation>
    </message>
    <message>
        <location filename="../app/providers/fastlyprovider.cpp" line="144"/>
        <source>surrogate key &quot;%1…&quot; is longer than 1024 bytes</source>
        <translation>Surrogate Key „%1…“ ist länger als 1024 Bytes</translation>
    </message>
    <message>
        <location filename="../app/providers/fastlyprovider.cpp" line="240"/>
        <source>malformed reply: HTTP %1 without a JSON object, so it is unknown whether Fastly purged it</source>
        <translation>fehlerhafte Antwort: HTTP %1 ohne JSON-Objekt, daher ist unbekannt, ob Fastly geleert hat</translation>
    </message>
    <message>
        <location filename="../app/providers/fastlyprovider.cpp" line="244"/>
        <source>empty body</source>
        <translation>leerer Body</translation>
    </message>
    <message>
        <location filename="../app/providers/fastlyprovider.cpp" line="257"/>
        <source>malformed reply: HTTP %1 names none of the surrogate keys sent</source>
        <translation>fehlerhafte Antwort: HTTP %1 nennt keinen der gesendeten Surrogate Keys</translation>
    </message>
    <message>
        <location filename="../app/providers/fastlyprovider.cpp" line="264"/>
        <source>no purge id for %1</source>
        <translation>keine Purge-ID für %1</translation>
    </message>
    <message>
        <location filename="../app/providers/fastlyprovider.cpp" line="270"/>
        <source>Fastly answered HTTP %1 without status &quot;ok&quot;</source>
        <translation>Fastly hat mit HTTP %1 ohne status &quot;ok&quot; geantwortet</translation>
    </message>
    <message>
        <location filename="../app/providers/fastlyprovider.cpp" line="285"/>
        <source>HTTP 429: over Fastly&apos;s 1,000 requests per hour</source>
        <translation>HTTP 429: über den 1.000 Anfragen pro Stunde von Fastly</translation>
    </message>
    <message>
        <location filename="../app/providers/fastlyprovider.cpp" line="291"/>
        <source>HTTP %1: Fastly refused the API token; it needs the purge_select scope (purge_all for --match all) on this service</source>
        <translation>HTTP %1: Fastly hat das API-Token verweigert; es braucht den Scope purge_select (purge_all für --match all) für diesen Service</translation>
    </message>
    <message>
        <location filename="../app/providers/fastlyprovider.cpp" line="297"/>
        <source>HTTP 404: no such service or API path; check the source&apos;s service and endpoint</source>
        <translation>HTTP 404: kein solcher Service und kein solcher API-Pfad; service und Endpoint der Quelle prüfen</translation>
    </message>
    <message>
        <location filename="../app/providers/fastlyprovider.cpp" line="303"/>
        <source>HTTP %1: Fastly rejected the purge</source>
        <translation>HTTP %1: Fastly hat die Leerung abgelehnt</translation>
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
        <location filename="../widgets/gitchangesdialog.cpp" line="45"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="47"/>
        <source>modified</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="49"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="51"/>
        <source>renamed</source>
        <translation>umbenannt</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="60"/>
        <source>Last two deploys in a &amp;revisions.log:</source>
        <translation>Letzte zwei Deploys in einer &amp;revisions.log:</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="61"/>
        <source>Two re&amp;visions:</source>
        <translation>Zwei Re&amp;visionen:</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="68"/>
        <source>Add changed files from git</source>
        <translation>Geänderte Dateien aus Git hinzufügen</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="72"/>
        <location filename="../widgets/gitchangesdialog.cpp" line="243"/>
        <source>Repository folder</source>
        <translation>Repository-Ordner</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="73"/>
        <source>A work tree, a bare repository or a Capistrano deploy folder</source>
        <translation>Ein Arbeitsverzeichnis, ein Bare-Repository oder ein Capistrano-Deploy-Ordner</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="75"/>
        <location filename="../widgets/gitchangesdialog.cpp" line="92"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="76"/>
        <source>Choose the repository folder</source>
        <translation>Repository-Ordner wählen</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="90"/>
        <source>revisions.log file</source>
        <translation>revisions.log-Datei</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="93"/>
        <source>Choose the revisions.log file</source>
        <translation>revisions.log-Datei wählen</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="96"/>
        <source>From revision</source>
        <translation>Von Revision</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="98"/>
        <source>To revision</source>
        <translation>Bis Revision</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="106"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="110"/>
        <source>Which files</source>
        <translation>Welche Dateien</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="111"/>
        <source>Images only</source>
        <translation>Nur Bilder</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="112"/>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="114"/>
        <source>Only paths matching these globs, e.g. public/**</source>
        <translation>Nur Pfade, die auf diese Globs passen, z. B. public/**</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="116"/>
        <source>Leave out paths matching these globs, e.g. **/*.psd</source>
        <translation>Pfade weglassen, die auf diese Globs passen, z. B. **/*.psd</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="119"/>
        <source>Empty: each source&apos;s own map setting. Or one for all: public=https://www.example.com</source>
        <translation>Leer: die eigene Einstellung map jeder Quelle. Oder eine für alle: public=https://www.example.com</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="121"/>
        <source>PATH_PREFIX=URL_PREFIX rules for repository paths, separated by spaces, used for every chosen source instead of their own map settings</source>
        <translation>PATH_PREFIX=URL_PREFIX-Regeln für Repository-Pfade, durch Leerzeichen getrennt, für jede gewählte Quelle statt ihrer eigenen Einstellung map verwendet</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="126"/>
        <source>Re&amp;pository:</source>
        <translation>Re&amp;pository:</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="130"/>
        <source>&amp;Files:</source>
        <translation>&amp;Dateien:</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="131"/>
        <source>&amp;Include:</source>
        <translation>&amp;Einschließen:</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="132"/>
        <source>E&amp;xclude:</source>
        <translation>Aus&amp;schließen:</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="133"/>
        <source>&amp;Map:</source>
        <translation>&amp;Zuordnung:</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="135"/>
        <source>&amp;Show changes</source>
        <translation>Änderungen &amp;anzeigen</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="140"/>
        <source>Check all</source>
        <translation>Alle auswählen</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="143"/>
        <source>Check none</source>
        <translation>Keine auswählen</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="154"/>
        <source>Changed files</source>
        <translation>Geänderte Dateien</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="157"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="157"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="157"/>
        <source>URL or reason</source>
        <translation>URL oder Grund</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="164"/>
        <source>&amp;Add URLs</source>
        <translation>URLs &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="258"/>
        <source>revisions.log</source>
        <translation>revisions.log</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="259"/>
        <source>Capistrano revisions log (revisions.log);;All files (*)</source>
        <translation>Capistrano-Revisions-Log (revisions.log);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="304"/>
        <source>%1..%2</source>
        <translation>%1..%2</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="305"/>
        <source>releases %1..%2</source>
        <translation>Releases %1..%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/gitchangesdialog.cpp" line="306"/>
        <source>%1: %n changed file(s)</source>
        <translation>
            <numerusform>%1: %n geänderte Datei</numerusform>
            <numerusform>%1: %n geänderte Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/gitchangesdialog.cpp" line="307"/>
        <source>, %n selected</source>
        <translation>
            <numerusform>, %n ausgewählt</numerusform>
            <numerusform>, %n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="309"/>
        <source>; no path mapping, so no URLs</source>
        <translation>; keine Pfadzuordnung, daher keine URLs</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="328"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="338"/>
        <source>%1: not mapped</source>
        <translation>%1: nicht zugeordnet</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="339"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="351"/>
        <source>no mapping rule covers this path</source>
        <translation>keine Zuordnungsregel deckt diesen Pfad ab</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="353"/>
        <source>no path mapping: fill in Map or set the sources&apos; map setting</source>
        <translation>keine Pfadzuordnung: Zuordnung ausfüllen oder die Einstellung map der Quellen setzen</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/gitchangesdialog.cpp" line="423"/>
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
        <location filename="../app/cli/historycommands.cpp" line="52"/>
        <source>unknown --state &quot;%1&quot;: use queued, sending, waiting-for-status, retry-scheduled, succeeded, failed or cancelled</source>
        <translation>unbekannter --state „%1“: queued, sending, waiting-for-status, retry-scheduled, succeeded, failed oder cancelled verwenden</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommands.cpp" line="60"/>
        <source>--limit must be a positive whole number, not &quot;%1&quot;</source>
        <translation>--limit muss eine positive ganze Zahl sein, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommands.cpp" line="66"/>
        <source>--request must be a request id, not &quot;%1&quot;</source>
        <translation>--request muss eine Anfrage-ID sein, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommands.cpp" line="123"/>
        <source>give transaction ids or --failed, not both</source>
        <translation>entweder Transaktions-IDs oder --failed angeben, nicht beides</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommands.cpp" line="127"/>
        <source>no failed transactions</source>
        <translation>keine fehlgeschlagenen Transaktionen</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommands.cpp" line="132"/>
        <source>retry needs transaction ids or --failed</source>
        <translation>retry braucht Transaktions-IDs oder --failed</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommands.cpp" line="137"/>
        <source>&quot;%1&quot; is not a transaction id</source>
        <translation>„%1“ ist keine Transaktions-ID</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommands.cpp" line="140"/>
        <source>no transaction %1</source>
        <translation>keine Transaktion %1</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommands.cpp" line="144"/>
        <source>transaction %1 is %2; only failed or cancelled ones can be retried</source>
        <translation>Transaktion %1 ist %2; nur fehlgeschlagene oder abgebrochene können wiederholt werden</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommands.cpp" line="167"/>
        <source>%1 transaction(s) were being sent when their process stopped; queued again</source>
        <translation>%1 Transaktion(en) wurden gerade gesendet, als ihr Prozess endete; erneut eingereiht</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommands.cpp" line="173"/>
        <source>%1 open transaction(s) belong to another running Purgeline process and are left to it</source>
        <translation>%1 offene Transaktion(en) gehören einem anderen laufenden Purgeline-Prozess und bleiben bei ihm</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/historycommands.cpp" line="182"/>
        <source>%n verification(s) a stopped process began are finished here</source>
        <translation>
            <numerusform>%n Prüfung, die ein beendeter Prozess begonnen hat, wird hier abgeschlossen</numerusform>
            <numerusform>%n Prüfungen, die ein beendeter Prozess begonnen hat, werden hier abgeschlossen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/historycommands.cpp" line="186"/>
        <source>nothing to resume</source>
        <translation>nichts fortzusetzen</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../widgets/historypanel.cpp" line="35"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="36"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="54"/>
        <source>&amp;Run again</source>
        <translation>Erneut &amp;ausführen</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="54"/>
        <source>Ctrl+Shift+Return</source>
        <translation>Ctrl+Shift+Return</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="55"/>
        <source>Send the selected transactions again, or the whole requests they belong to (asked when only part of a request is selected)</source>
        <translation>Die ausgewählten Transaktionen erneut senden oder die ganzen Anfragen, zu denen sie gehören (wird gefragt, wenn nur ein Teil einer Anfrage ausgewählt ist)</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="57"/>
        <source>&amp;Export CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="57"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="58"/>
        <source>Save the rows shown as a CSV file</source>
        <translation>Die angezeigten Zeilen als CSV-Datei speichern</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="59"/>
        <source>Re&amp;fresh</source>
        <translation>Aktualisie&amp;ren</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="60"/>
        <source>Search history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="72"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="100"/>
        <source>Nothing purged yet. Every purge sent from this window, a preset or the command line is recorded here: search it by date, source, state and URL, run a request again, or export it as CSV.</source>
        <translation>Noch nichts geleert. Jede Leerung aus diesem Fenster, einer Vorlage oder der Kommandozeile wird hier festgehalten: nach Datum, Quelle, Status und URL durchsuchen, eine Anfrage erneut ausführen oder als CSV exportieren.</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="129"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="130"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="135"/>
        <source>Limit by %1</source>
        <translation>Nach %1 einschränken</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="143"/>
        <source>Source filter</source>
        <translation>Quellenfilter</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="151"/>
        <source>Person filter</source>
        <translation>Personenfilter</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="155"/>
        <source>Anyone</source>
        <translation>Alle Personen</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="158"/>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="164"/>
        <source>State filter</source>
        <translation>Zustandsfilter</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="167"/>
        <source>URL, source or error contains…</source>
        <translation>URL, Quelle oder Fehler enthält…</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="169"/>
        <source>Search text</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="194"/>
        <source>Number of results</source>
        <translation>Anzahl der Ergebnisse</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="245"/>
        <source>Newest %L1 matches shown; narrow the filter to see older ones</source>
        <translation>Die neuesten %L1 Treffer werden gezeigt; Filter eingrenzen, um ältere zu sehen</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/historypanel.cpp" line="247"/>
        <source>%Ln transaction(s)</source>
        <translation>
            <numerusform>%Ln Transaktion</numerusform>
            <numerusform>%Ln Transaktionen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="275"/>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="314"/>
        <source>request %1 has no transactions</source>
        <translation>Anfrage %1 hat keine Transaktionen</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="361"/>
        <source>Run again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/historypanel.cpp" line="362"/>
        <source>Send only the %n selected transaction(s) again, or the whole request(s) they belong to (%1 transactions)?</source>
        <translation>
            <numerusform>Nur die %n ausgewählte Transaktion erneut senden oder die ganze Anfrage, zu der sie gehört (%1 Transaktionen)?</numerusform>
            <numerusform>Nur die %n ausgewählten Transaktionen erneut senden oder die ganzen Anfragen, zu denen sie gehören (%1 Transaktionen)?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="367"/>
        <source>&amp;Selected transactions</source>
        <translation>&amp;Ausgewählte Transaktionen</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="368"/>
        <source>&amp;Whole requests</source>
        <translation>&amp;Ganze Anfragen</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="394"/>
        <source>Purge everything</source>
        <translation>Alles leeren</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="395"/>
        <source>Run request %1 again and purge everything cached by %2?</source>
        <translation>Anfrage %1 erneut ausführen und alles leeren, was %2 zwischenspeichert?</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="404"/>
        <source>request %1: %2</source>
        <translation>Anfrage %1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="414"/>
        <source>request %1 again as request %2</source>
        <translation>Anfrage %1 erneut als Anfrage %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/historypanel.cpp" line="415"/>
        <source>%n transaction(s) of request %1 again as request %2</source>
        <translation>
            <numerusform>%n Transaktion der Anfrage %1 erneut als Anfrage %2</numerusform>
            <numerusform>%n Transaktionen der Anfrage %1 erneut als Anfrage %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="421"/>
        <source>Could not run again: %1</source>
        <translation>Erneutes Ausführen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="424"/>
        <source>Nothing new queued</source>
        <translation>Nichts Neues eingereiht</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="425"/>
        <source>Queued %1</source>
        <translation>Eingereiht: %1</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="457"/>
        <location filename="../widgets/historypanel.cpp" line="465"/>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="458"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/historypanel.cpp" line="463"/>
        <source>Exported %Ln transaction(s) to %1</source>
        <translation>
            <numerusform>%Ln Transaktion nach %1 exportiert</numerusform>
            <numerusform>%Ln Transaktionen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="465"/>
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
        <location filename="../app/net/httpclient.cpp" line="90"/>
        <source>invalid request URL &quot;%1&quot;</source>
        <translation>ungültige Anfrage-URL „%1“</translation>
    </message>
    <message>
        <location filename="../app/net/httpclient.cpp" line="93"/>
        <source>unsupported URL scheme &quot;%1&quot; in %2</source>
        <translation>nicht unterstütztes URL-Schema „%1“ in %2</translation>
    </message>
    <message>
        <location filename="../app/net/httpclient.cpp" line="96"/>
        <source>credentials are never sent over plain http:// (to %1); use https://</source>
        <translation>Zugangsdaten werden nie über unverschlüsseltes http:// gesendet (an %1); https:// verwenden</translation>
    </message>
    <message>
        <location filename="../app/net/httpclient.cpp" line="100"/>
        <source>header &quot;%1&quot; contains a line break or is malformed</source>
        <translation>Header „%1“ enthält einen Zeilenumbruch oder ist fehlerhaft</translation>
    </message>
    <message>
        <location filename="../app/net/httpclient.cpp" line="104"/>
        <source>invalid HTTP method &quot;%1&quot;</source>
        <translation>ungültige HTTP-Methode „%1“</translation>
    </message>
    <message>
        <location filename="../app/net/httpclient.cpp" line="115"/>
        <source>libcurl could not be initialised</source>
        <translation>libcurl konnte nicht initialisiert werden</translation>
    </message>
    <message>
        <location filename="../app/net/httpclient.cpp" line="129"/>
        <source>libcurl did not take the transfer</source>
        <translation>libcurl hat die Übertragung nicht angenommen</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="82"/>
        <source>libcurl could not start a transfer</source>
        <translation>libcurl konnte keine Übertragung beginnen</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="97"/>
        <source>libcurl refused option %1: %2</source>
        <translation>libcurl hat Option %1 abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="206"/>
        <source>header section longer than %1 bytes</source>
        <translation>Header-Bereich länger als %1 Bytes</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="258"/>
        <location filename="../app/net/curltransfer.cpp" line="352"/>
        <location filename="../app/net/curltransfer.cpp" line="354"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="343"/>
        <source>no complete reply within %1 ms</source>
        <translation>keine vollständige Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="200"/>
        <source>a protocol switch nothing asked for</source>
        <translation>ein Protokollwechsel, um den niemand gebeten hat</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="233"/>
        <source>reply body over the %1 MiB limit</source>
        <translation>Antwort-Body über dem Limit von %1 MiB</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="259"/>
        <source>no valid HTTP status line (status code %1)</source>
        <translation>keine gültige HTTP-Statuszeile (Statuscode %1)</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="288"/>
        <source>no valid HTTP status line (%1)</source>
        <translation>keine gültige HTTP-Statuszeile (%1)</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="290"/>
        <source>the body does not decode as its Content-Encoding says (%1)</source>
        <translation>der Body lässt sich nicht so dekodieren, wie sein Content-Encoding angibt (%1)</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="293"/>
        <source>its Content-Length announces a body over the %1 MiB limit</source>
        <translation>sein Content-Length kündigt einen Body über dem Limit von %1 MiB an</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="302"/>
        <source>invalid chunked encoding (%1)</source>
        <translation>ungültiges Chunked-Encoding (%1)</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="308"/>
        <source>a header line longer than libcurl accepts (%1 KiB)</source>
        <translation>eine Header-Zeile, länger als libcurl akzeptiert (%1 KiB)</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="336"/>
        <source>no connection within %1 ms</source>
        <translation>keine Verbindung innerhalb von %1 ms</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="338"/>
        <source>no TLS handshake within %1 ms: the server took the connection and did not answer</source>
        <translation>kein TLS-Handshake innerhalb von %1 ms: der Server hat die Verbindung angenommen und nicht geantwortet</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="342"/>
        <source>no reply within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="368"/>
        <source>after HTTP %1: %2</source>
        <translation>nach HTTP %1: %2</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="384"/>
        <source>could not connect: %1</source>
        <translation>keine Verbindung möglich: %1</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="410"/>
        <source>the connection closed without a reply</source>
        <translation>die Verbindung wurde ohne Antwort geschlossen</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="415"/>
        <source>refused the tunnel to %1 (HTTP %2)</source>
        <translation>hat den Tunnel zu %1 abgelehnt (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../app/net/httpclient.cpp" line="145"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/net/httptransport.cpp" line="145"/>
        <source>proxy %1 (from %2)</source>
        <translation>Proxy %1 (aus %2)</translation>
    </message>
    <message>
        <location filename="../app/net/httptransport.cpp" line="146"/>
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
        <location filename="../app/providers/httppurgeprovider.cpp" line="52"/>
        <source>A cache you run has no account: enter the address of each cache as an endpoint, and a token only if your VCL or nginx configuration checks one in a header.</source>
        <translation>Ein selbst betriebener Cache hat kein Konto: Geben Sie die Adresse jedes Caches als Endpunkt ein, und ein Token nur, wenn Ihre VCL- oder nginx-Konfiguration eines in einem Header prüft.</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="55"/>
        <source>Purge token</source>
        <translation>Purge-Token</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="67"/>
        <source>Prefix purge method</source>
        <translation>Methode für Präfix-Leerung</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="72"/>
        <source>ban: a BAN request whose ban header carries an anchored regex of the path prefix (Varnish; needed for --match all). wildcard: PURGE of the prefix followed by &quot;*&quot; (ngx_cache_purge 2.4 or later; Debian 12&apos;s 2.3 has no partial purge and answers 404).</source>
        <translation>ban: eine BAN-Anfrage, deren Ban-Header einen verankerten Regex des Pfadpräfixes trägt (Varnish; nötig für --match all). wildcard: PURGE des Präfixes gefolgt von &quot;*&quot; (ngx_cache_purge 2.4 oder neuer; 2.3 aus Debian 12 kann keine Teilleerung und antwortet mit 404).</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="78"/>
        <source>Ban header</source>
        <translation>Ban-Header</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="83"/>
        <source>Header of BAN requests that carries the regex, e.g. &quot;^/img/&quot;; the VCL passes it to ban(&quot;req.url ~ &quot; + req.http.&lt;header&gt;).</source>
        <translation>Header der BAN-Anfragen, der den Regex trägt, z. B. &quot;^/img/&quot;; die VCL gibt ihn an ban(&quot;req.url ~ &quot; + req.http.&lt;header&gt;) weiter.</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="87"/>
        <source>Secret header</source>
        <translation>Secret-Header</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="92"/>
        <source>Header that carries the secret on every PURGE/BAN, for caches that check a token as well as the client address; required when a secret is configured.</source>
        <translation>Header, der das Geheimnis bei jedem PURGE/BAN trägt, für Caches, die neben der Client-Adresse ein Token prüfen; erforderlich, wenn ein Geheimnis eingerichtet ist.</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="139"/>
        <source>http-purge needs at least one --endpoint: the base URL of each cache, e.g. --endpoint http://127.0.0.1:6081</source>
        <translation>http-purge braucht mindestens ein --endpoint: die Basis-URL jedes Caches, z. B. --endpoint http://127.0.0.1:6081</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="148"/>
        <source>malformed --endpoint &quot;%1&quot;: expected an absolute http:// or https:// URL</source>
        <translation>fehlerhaftes --endpoint „%1“: absolute http://- oder https://-URL erwartet</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="152"/>
        <source>--endpoint &quot;%1&quot; must not have a query or fragment: the target&apos;s path and query are appended to it</source>
        <translation>--endpoint „%1“ darf keine Query und kein Fragment haben: Pfad und Query des Ziels werden angehängt</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="157"/>
        <source>--endpoint &quot;%1&quot; must not carry a user name or password; put a token in the secret and name its header with --set secret_header=NAME</source>
        <translation>--endpoint „%1“ darf keinen Benutzernamen und kein Passwort enthalten; ein Token ins Geheimnis legen und dessen Header mit --set secret_header=NAME benennen</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="165"/>
        <source>--endpoint &quot;%1&quot; is given twice</source>
        <translation>--endpoint „%1“ ist doppelt angegeben</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="170"/>
        <source>prefix_method &quot;%1&quot; is not one of: ban, wildcard</source>
        <translation>prefix_method „%1“ ist nicht ban oder wildcard</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="173"/>
        <source>ban_header &quot;%1&quot; is not a valid HTTP header name</source>
        <translation>ban_header „%1“ ist kein gültiger HTTP-Header-Name</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="177"/>
        <source>secret_header &quot;%1&quot; is not a valid HTTP header name</source>
        <translation>secret_header „%1“ ist kein gültiger HTTP-Header-Name</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="181"/>
        <source>secret_header &quot;%1&quot; collides with the Host or ban header the purge needs</source>
        <translation>secret_header „%1“ kollidiert mit dem Host- oder Ban-Header, den die Leerung braucht</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="186"/>
        <source>a secret is configured but secret_header is not set: --set secret_header=NAME names the header that carries it (e.g. X-Purge-Token)</source>
        <translation>ein Geheimnis ist eingerichtet, aber secret_header ist nicht gesetzt: --set secret_header=NAME benennt den Header, der es trägt (z. B. X-Purge-Token)</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="197"/>
        <source>--match all needs BAN support: it is only available with --set prefix_method=ban (Varnish)</source>
        <translation>--match all braucht BAN-Unterstützung: nur mit --set prefix_method=ban (Varnish) verfügbar</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="285"/>
        <source>ban added (HTTP %1)</source>
        <translation>Ban hinzugefügt (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="286"/>
        <source>purged (HTTP %1)</source>
        <translation>geleert (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="290"/>
        <source>the cache does not do partial purges: PURGE with a trailing &quot;*&quot; needs ngx_cache_purge 2.4 or later (Debian 12 ships 2.3); use single URLs, or prefix_method=ban on Varnish</source>
        <translation>der Cache kann keine Teilleerung: PURGE mit abschließendem &quot;*&quot; braucht ngx_cache_purge 2.4 oder neuer (Debian 12 liefert 2.3); einzelne URLs verwenden oder prefix_method=ban mit Varnish</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="296"/>
        <source>was not cached (HTTP %1)</source>
        <translation>war nicht im Cache (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="300"/>
        <source>the cache refused %1 from this client; most likely its purge ACL does not allow it: the VCL&apos;s acl checked in vcl_recv (Varnish), the proxy_cache_purge location&apos;s allow rules (nginx), or &quot;acl PURGE method PURGE&quot; with &quot;http_access allow PURGE&quot; for this address (Squid)</source>
        <translation>der Cache hat %1 von diesem Client abgelehnt; vermutlich erlaubt seine Purge-ACL es nicht: die in vcl_recv geprüfte acl der VCL (Varnish), die allow-Regeln der proxy_cache_purge-Location (nginx) oder &quot;acl PURGE method PURGE&quot; mit &quot;http_access allow PURGE&quot; für diese Adresse (Squid)</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="307"/>
        <source>; nginx and Squid have no BAN at all (use prefix_method=wildcard with ngx_cache_purge 2.4 or later)</source>
        <translation>; nginx und Squid kennen gar kein BAN (prefix_method=wildcard mit ngx_cache_purge 2.4 oder neuer verwenden)</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="312"/>
        <source>; or it rejected the secret sent in %1</source>
        <translation>; oder er hat das in %1 gesendete Geheimnis abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="318"/>
        <source>the cache has no handler for %1 requests; add one to its configuration</source>
        <translation>der Cache hat keinen Handler für %1-Anfragen; in seiner Konfiguration einen hinzufügen</translation>
    </message>
</context>
<context>
    <name>HttpReply</name>
    <message>
        <location filename="../app/core/httpexchange.cpp" line="89"/>
        <source>timeout: %1</source>
        <translation>Zeitüberschreitung: %1</translation>
    </message>
    <message>
        <location filename="../app/core/httpexchange.cpp" line="91"/>
        <source>network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <location filename="../app/core/httpexchange.cpp" line="93"/>
        <source>TLS error: %1</source>
        <translation>TLS-Fehler: %1</translation>
    </message>
    <message>
        <location filename="../app/core/httpexchange.cpp" line="95"/>
        <source>not sent: %1</source>
        <translation>nicht gesendet: %1</translation>
    </message>
    <message>
        <location filename="../app/core/httpexchange.cpp" line="97"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/core/httpexchange.cpp" line="99"/>
        <source>the server&apos;s reply was malformed: %1</source>
        <translation>die Antwort des Servers war fehlerhaft: %1</translation>
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
        <location filename="../app/providers/imgixprovider.cpp" line="27"/>
        <source>Generate an API key with the Purge permission on the API Keys page of the imgix dashboard.</source>
        <translation>Erzeugen Sie auf der Seite API Keys des imgix-Dashboards einen API-Schlüssel mit der Berechtigung Purge.</translation>
    </message>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="29"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="32"/>
        <source>one word without spaces</source>
        <translation>ein Wort ohne Leerzeichen</translation>
    </message>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="43"/>
        <source>API version</source>
        <translation>API-Version</translation>
    </message>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="48"/>
        <source>v1: POST /api/v1/purge with a Bearer key that has the Purge permission; legacy: the old POST /v2/image/purger with Basic auth</source>
        <translation>v1: POST /api/v1/purge mit einem Bearer-Schlüssel, der die Purge-Berechtigung hat; legacy: das alte POST /v2/image/purger mit Basic-Auth</translation>
    </message>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="77"/>
        <source>setting api is &quot;%1&quot;: expected v1 or legacy</source>
        <translation>Einstellung api ist „%1“: v1 oder legacy erwartet</translation>
    </message>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="89"/>
        <source>imgix purges exact URLs only, but &quot;%1&quot; ends with the wildcard *</source>
        <translation>imgix leert nur exakte URLs, aber „%1“ endet mit dem Platzhalter *</translation>
    </message>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="176"/>
        <source>reply unreadable; no purge id</source>
        <translation>Antwort unlesbar; keine Purge-ID</translation>
    </message>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="183"/>
        <source>imgix answered HTTP %1 but reported errors for %2: %3</source>
        <translation>imgix antwortete mit HTTP %1, meldete aber Fehler für %2: %3</translation>
    </message>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="190"/>
        <source>reply carries no purge id</source>
        <translation>Antwort enthält keine Purge-ID</translation>
    </message>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="198"/>
        <source>duplicate purge of %1 within 10 s (HTTP 409); imgix still purges it</source>
        <translation>doppelte Leerung von %1 innerhalb von 10 s (HTTP 409); imgix leert trotzdem</translation>
    </message>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="202"/>
        <source>imgix rejected the API key (HTTP 401); check the source&apos;s API key</source>
        <translation>imgix hat den API-Schlüssel abgelehnt (HTTP 401); den API-Schlüssel der Quelle prüfen</translation>
    </message>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="206"/>
        <source>imgix refused the purge (HTTP 403); the API key needs the Purge permission</source>
        <translation>imgix hat die Leerung verweigert (HTTP 403); der API-Schlüssel braucht die Purge-Berechtigung</translation>
    </message>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="211"/>
        <source>imgix rejected the purge of %1 (HTTP %2)</source>
        <translation>imgix hat die Leerung von %1 abgelehnt (HTTP %2)</translation>
    </message>
</context>
<context>
    <name>InstartProvider</name>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="37"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="47"/>
        <source>Customer (company name)</source>
        <translation>Kunde (Firmenname)</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="52"/>
        <source>The company name in the API path: https://api.instartlogic.com/&lt;customer&gt;/v1/...</source>
        <translation>Der Firmenname im API-Pfad: https://api.instartlogic.com/&lt;customer&gt;/v1/...</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="55"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="60"/>
        <source>The Instart Logic portal user; the password is the secret</source>
        <translation>Der Benutzer des Instart-Logic-Portals; das Passwort ist das Geheimnis</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="98"/>
        <source>setting customer is missing: set it to the company name of the Instart Logic account</source>
        <translation>Einstellung customer fehlt: auf den Firmennamen des Instart-Logic-Kontos setzen</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="102"/>
        <source>setting customer &quot;%1&quot; must be the bare company name: it may not contain white space or any of / ? # % \</source>
        <translation>Einstellung customer „%1“ muss der reine Firmenname sein: keine Leerzeichen und keins von / ? # % \</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="108"/>
        <source>setting user is missing: set it to the Instart Logic user name</source>
        <translation>Einstellung user fehlt: auf den Instart-Logic-Benutzernamen setzen</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="110"/>
        <source>setting user &quot;%1&quot; has leading or trailing white space</source>
        <translation>Einstellung user „%1“ hat Leerraum am Anfang oder Ende</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="112"/>
        <source>setting user &quot;%1&quot; must not contain &apos;:&apos;</source>
        <translation>Einstellung user „%1“ darf kein &apos;:&apos; enthalten</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="82"/>
        <source>Cache key modifier</source>
        <translation>Cache-Key-Modifier</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="35"/>
        <source>Instart Logic takes the user name and password of a portal account allowed to use the API; your account administrator can create one.</source>
        <translation>Instart Logic verlangt Benutzername und Passwort eines Portal-Kontos, das die API nutzen darf; Ihr Kontoadministrator kann eines anlegen.</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="86"/>
        <source>cache_key_modifier_regex: purge only the variants whose cache key modifier matches, as in device_type_* (prefix purges only)</source>
        <translation>cache_key_modifier_regex: nur die Varianten leeren, deren Cache-Key-Modifier passt, wie in device_type_* (nur Präfix-Leerungen)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/instartprovider.cpp" line="114"/>
        <source>provider instart takes one --endpoint, but %n were given</source>
        <translation>
            <numerusform>Provider instart nimmt ein --endpoint, aber %n wurde angegeben</numerusform>
            <numerusform>Provider instart nimmt ein --endpoint, aber %n wurden angegeben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="123"/>
        <source>target &quot;%1&quot; contains white space or control characters</source>
        <translation>Ziel „%1“ enthält Leerraum oder Steuerzeichen</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="128"/>
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
        <location filename="../app/providers/instartprovider.cpp" line="144"/>
        <source>target &quot;%1&quot; has no host</source>
        <translation>Ziel „%1“ hat keinen Host</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="150"/>
        <source>target &quot;%1&quot;: a &apos;*&apos; in the host is only allowed as its whole first label, as in http://*.example.net/</source>
        <translation>Ziel „%1“: ein &apos;*&apos; im Host ist nur als ganzes erstes Label erlaubt, wie in http://*.example.net/</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="158"/>
        <source>target &quot;%1&quot;: &quot;%2&quot; is not a valid host name (write internationalized names in their xn-- form)</source>
        <translation>Ziel „%1“: „%2“ ist kein gültiger Hostname (internationalisierte Namen in ihrer xn---Form schreiben)</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="164"/>
        <source>target &quot;%1&quot; has no path: add at least &quot;/&quot; after the host</source>
        <translation>Ziel „%1“ hat keinen Pfad: mindestens &quot;/&quot; nach dem Host anfügen</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="167"/>
        <source>target &quot;%1&quot; must not contain a fragment (#...): caches never see it</source>
        <translation>Ziel „%1“ darf kein Fragment (#...) enthalten: Caches sehen es nie</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="172"/>
        <source>target &quot;%1&quot;: &apos;*&apos; in the path is taken literally by Instart Logic; use --match prefix with the path up to where the &apos;*&apos; was</source>
        <translation>Ziel „%1“: &apos;*&apos; im Pfad nimmt Instart Logic wörtlich; --match prefix mit dem Pfad bis zur Stelle des &apos;*&apos; verwenden</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="184"/>
        <source>--cache-key-modifier &quot;%1&quot;: Instart Logic allows a &apos;*&apos; wildcard only at the end, as in &quot;device_type_*&quot;</source>
        <translation>--cache-key-modifier „%1“: Instart Logic erlaubt einen &apos;*&apos;-Platzhalter nur am Ende, wie in &quot;device_type_*&quot;</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="190"/>
        <source>--cache-key-modifier &quot;%1&quot; contains white space or control characters</source>
        <translation>--cache-key-modifier „%1“ enthält Leerraum oder Steuerzeichen</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="198"/>
        <source>provider instart does not support --match %1: use exact or prefix</source>
        <translation>Provider instart unterstützt --match %1 nicht: exact oder prefix verwenden</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="201"/>
        <source>no targets given</source>
        <translation>keine Ziele angegeben</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="203"/>
        <source>--cache-key-modifier works only with --match prefix: Instart Logic answers 400 Bad Request when cache_key_modifier_regex is sent with an exact match</source>
        <translation>--cache-key-modifier funktioniert nur mit --match prefix: Instart Logic antwortet mit 400 Bad Request, wenn cache_key_modifier_regex bei exaktem Abgleich gesendet wird</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="308"/>
        <source>HTTP 400: Instart Logic did not validate the request (the user may not be allowed to purge this domain, or no configuration exists for the path)</source>
        <translation>HTTP 400: Instart Logic hat die Anfrage nicht validiert (der Benutzer darf diese Domain evtl. nicht leeren, oder für den Pfad gibt es keine Konfiguration)</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="315"/>
        <source>HTTP %1: authentication failed: Instart Logic rejected the user name and password (or token); check the source&apos;s user setting and secret</source>
        <translation>HTTP %1: Authentifizierung fehlgeschlagen: Instart Logic hat Benutzername und Passwort (oder Token) abgelehnt; Einstellung user und Geheimnis der Quelle prüfen</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="321"/>
        <source>HTTP 404: no such API path; check the source&apos;s customer setting and endpoint</source>
        <translation>HTTP 404: kein solcher API-Pfad; Einstellung customer und Endpoint der Quelle prüfen</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="326"/>
        <source>HTTP 405: the API does not allow this method here; check the source&apos;s endpoint</source>
        <translation>HTTP 405: die API erlaubt diese Methode hier nicht; Endpoint der Quelle prüfen</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="331"/>
        <source>HTTP 406: the API cannot answer in a format this request accepts</source>
        <translation>HTTP 406: die API kann in keinem Format antworten, das diese Anfrage akzeptiert</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="340"/>
        <source>Instart Logic answers 503 above 2 purge requests per second per customer</source>
        <translation>Instart Logic antwortet mit 503 bei mehr als 2 Leerungsanfragen pro Sekunde und Kunde</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="380"/>
        <source>malformed reply: HTTP %1 without a readable transaction_id; the purge may have been accepted, but its progress cannot be followed</source>
        <translation>fehlerhafte Antwort: HTTP %1 ohne lesbare transaction_id; die Leerung wurde evtl. angenommen, ihr Fortschritt lässt sich aber nicht verfolgen</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="383"/>
        <source>empty body</source>
        <translation>leerer Body</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="385"/>
        <source>accepted as transaction %1</source>
        <translation>als Transaktion %1 angenommen</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="409"/>
        <source>malformed transaction status reply (not a JSON object)</source>
        <translation>fehlerhafte Antwort auf die Statusabfrage (kein JSON-Objekt)</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="415"/>
        <source>malformed transaction status reply: no transaction_response.transaction_status</source>
        <translation>fehlerhafte Antwort auf die Statusabfrage: kein transaction_response.transaction_status</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="423"/>
        <source>purge completed</source>
        <translation>Leerung abgeschlossen</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="424"/>
        <source>transaction %1 completed</source>
        <translation>Transaktion %1 abgeschlossen</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="429"/>
        <source>malformed transaction status reply: PENDING without a transaction_id</source>
        <translation>fehlerhafte Antwort auf die Statusabfrage: PENDING ohne transaction_id</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="434"/>
        <source>transaction %1 pending</source>
        <translation>Transaktion %1 ausstehend</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="438"/>
        <source>the transaction</source>
        <translation>die Transaktion</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="439"/>
        <source>transaction %1</source>
        <translation>Transaktion %1</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="441"/>
        <source>%1 ended with status %2</source>
        <translation>%1 endete mit Status %2</translation>
    </message>
</context>
<context>
    <name>KeycdnProvider</name>
    <message>
        <location filename="../app/providers/keycdnprovider.cpp" line="26"/>
        <source>The API key is under Account settings, Authentication in the KeyCDN dashboard.</source>
        <translation>Der API-Schlüssel steht im KeyCDN-Dashboard unter Account settings, Authentication.</translation>
    </message>
    <message>
        <location filename="../app/providers/keycdnprovider.cpp" line="28"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/providers/keycdnprovider.cpp" line="31"/>
        <source>one word without spaces</source>
        <translation>ein Wort ohne Leerzeichen</translation>
    </message>
    <message>
        <location filename="../app/providers/keycdnprovider.cpp" line="41"/>
        <source>Zone ID</source>
        <translation>Zonen-ID</translation>
    </message>
    <message>
        <location filename="../app/providers/keycdnprovider.cpp" line="46"/>
        <source>The numeric ID of the zone (KeyCDN dashboard &gt; Zones), as in /zones/purgeurl/&lt;ID&gt;.json</source>
        <translation>Die numerische ID der Zone (KeyCDN-Dashboard &gt; Zones), wie in /zones/purgeurl/&lt;ID&gt;.json</translation>
    </message>
    <message>
        <location filename="../app/providers/keycdnprovider.cpp" line="79"/>
        <source>setting zone is missing: set it to the numeric zone ID (--set zone=ID)</source>
        <translation>Einstellung zone fehlt: auf die numerische Zonen-ID setzen (--set zone=ID)</translation>
    </message>
    <message>
        <location filename="../app/providers/keycdnprovider.cpp" line="81"/>
        <source>setting zone &quot;%1&quot; must be the numeric zone ID shown in the KeyCDN dashboard, not the zone name or URL</source>
        <translation>Einstellung zone „%1“ muss die numerische Zonen-ID aus dem KeyCDN-Dashboard sein, nicht der Name oder die URL der Zone</translation>
    </message>
    <message>
        <location filename="../app/providers/keycdnprovider.cpp" line="93"/>
        <source>target &quot;%1&quot; must not contain a user name or password</source>
        <translation>Ziel „%1“ darf keinen Benutzernamen und kein Passwort enthalten</translation>
    </message>
    <message>
        <location filename="../app/providers/keycdnprovider.cpp" line="95"/>
        <source>tag &quot;%1&quot; contains white space or a comma, which separate tags in the Cache-Tag header; give each tag on its own</source>
        <translation>Tag „%1“ enthält Leerraum oder ein Komma, die im Cache-Tag-Header Tags trennen; jedes Tag einzeln angeben</translation>
    </message>
    <message>
        <location filename="../app/providers/keycdnprovider.cpp" line="177"/>
        <source>KeyCDN answered HTTP %1 but reported an error</source>
        <translation>KeyCDN hat mit HTTP %1 geantwortet, aber einen Fehler gemeldet</translation>
    </message>
    <message>
        <location filename="../app/providers/keycdnprovider.cpp" line="181"/>
        <source>malformed reply: HTTP %1 without a readable &quot;status&quot;; the purge may or may not have happened</source>
        <translation>fehlerhafte Antwort: HTTP %1 ohne lesbaren &quot;status&quot;; ob die Leerung stattfand, ist unbekannt</translation>
    </message>
    <message>
        <location filename="../app/providers/keycdnprovider.cpp" line="189"/>
        <source>KeyCDN rejected the API key (HTTP 401); check the source&apos;s secret (KeyCDN dashboard &gt; Account Settings &gt; API)</source>
        <translation>KeyCDN hat den API-Schlüssel abgelehnt (HTTP 401); das Geheimnis der Quelle prüfen (KeyCDN-Dashboard &gt; Account Settings &gt; API)</translation>
    </message>
    <message>
        <location filename="../app/providers/keycdnprovider.cpp" line="193"/>
        <source>KeyCDN refused the purge of zone %1 (HTTP 403)</source>
        <translation>KeyCDN hat die Leerung der Zone %1 verweigert (HTTP 403)</translation>
    </message>
    <message>
        <location filename="../app/providers/keycdnprovider.cpp" line="198"/>
        <source>KeyCDN has no zone %1 for this API key (HTTP 404); check the source&apos;s zone setting</source>
        <translation>KeyCDN hat für diesen API-Schlüssel keine Zone %1 (HTTP 404); die Einstellung zone der Quelle prüfen</translation>
    </message>
    <message>
        <location filename="../app/providers/keycdnprovider.cpp" line="204"/>
        <source>KeyCDN rejected the purge (HTTP %1)</source>
        <translation>KeyCDN hat die Leerung abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../app/providers/keycdnprovider.cpp" line="209"/>
        <source>HTTP 429: the KeyCDN API rate limit of this API key was reached</source>
        <translation>HTTP 429: das Ratenlimit der KeyCDN-API für diesen API-Schlüssel ist erreicht</translation>
    </message>
</context>
<context>
    <name>LayerGate</name>
    <message>
        <location filename="../app/queue/layergate.cpp" line="52"/>
        <source>not sent: layer %1 (%2) is still cached after its purge</source>
        <translation>nicht gesendet: Ebene %1 (%2) ist nach ihrer Leerung noch zwischengespeichert</translation>
    </message>
    <message>
        <location filename="../app/queue/layergate.cpp" line="55"/>
        <source>not sent: layer %1 (%2) was cancelled</source>
        <translation>nicht gesendet: Ebene %1 (%2) wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/queue/layergate.cpp" line="56"/>
        <source>not sent: layer %1 (%2) failed</source>
        <translation>nicht gesendet: Ebene %1 (%2) ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="58"/>
        <location filename="../widgets/mainwindow.cpp" line="455"/>
        <source>Purgeline</source>
        <translation>Purgeline</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="80"/>
        <source>&amp;Purge</source>
        <comment>the tab where purges are composed and followed</comment>
        <translation>&amp;Bereinigung</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="81"/>
        <location filename="../widgets/mainwindow.cpp" line="257"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="116"/>
        <source>Request %1 queued: %n transaction(s)</source>
        <translation>
            <numerusform>Anfrage %1 eingereiht: %n Transaktion</numerusform>
            <numerusform>Anfrage %1 eingereiht: %n Transaktionen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="216"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="218"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="220"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="227"/>
        <source>&amp;Purge</source>
        <comment>the menu of purge commands</comment>
        <translation>&amp;Cache</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="228"/>
        <source>&amp;Purge now</source>
        <translation>Jetzt &amp;leeren</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="230"/>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="232"/>
        <source>From &amp;git…</source>
        <translation>Aus &amp;Git…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="234"/>
        <source>Save as p&amp;reset…</source>
        <translation>Als Vorlage &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="238"/>
        <source>Retry all &amp;failed</source>
        <translation>Alle &amp;fehlgeschlagenen wiederholen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="240"/>
        <source>&amp;Cancel all pending</source>
        <translation>Alle ausstehenden &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="241"/>
        <source>P&amp;ause queue</source>
        <translation>Warteschlange &amp;pausieren</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="250"/>
        <source>Queue paused: nothing new is sent</source>
        <translation>Warteschlange pausiert: nichts Neues wird gesendet</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="250"/>
        <source>Queue running</source>
        <translation>Warteschlange läuft</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="254"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="255"/>
        <source>&amp;Purge</source>
        <comment>View menu: shows the Purge tab</comment>
        <translation>&amp;Bereinigung</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="259"/>
        <source>&amp;Find transaction</source>
        <translation>Transaktion &amp;suchen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="262"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="263"/>
        <source>&amp;About Purgeline</source>
        <translation>&amp;Über Purgeline</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="265"/>
        <source>About Purgeline</source>
        <translation>Über Purgeline</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="266"/>
        <source>&lt;b&gt;Purgeline %1&lt;/b&gt;&lt;p&gt;Purges caches: CDNs, HTTP caches and page-cache directories, as recorded, paced and retried transactions.&lt;/p&gt;&lt;p&gt;Profile: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;Purgeline %1&lt;/b&gt;&lt;p&gt;Leert Caches – CDNs, HTTP-Caches und Page-Cache-Verzeichnisse – als protokollierte, getaktete und wiederholte Transaktionen.&lt;/p&gt;&lt;p&gt;Profil: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="318"/>
        <source>Preset &quot;%1&quot;</source>
        <translation>Vorlage „%1“</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="325"/>
        <source>Preset &quot;%1&quot;: nothing queued</source>
        <translation>Vorlage „%1“: nichts eingereiht</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="326"/>
        <source>Preset &quot;%1&quot;: request %2 queued</source>
        <translation>Vorlage „%1“: Anfrage %2 eingereiht</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="346"/>
        <source>Could not save the queue settings: %1</source>
        <translation>Die Einstellungen der Warteschlange konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="351"/>
        <source>Could not save your name: %1</source>
        <translation>Ihr Name konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>MemcachierProvider</name>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="24"/>
        <source>The cache ID and a user name and password with the API capability are on the Settings page of the cache&apos;s analytics dashboard.</source>
        <translation>Die Cache-ID sowie Benutzername und Passwort mit API-Berechtigung stehen auf der Seite Settings im Analytics-Dashboard des Caches.</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="26"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="36"/>
        <source>Cache ID</source>
        <translation>Cache-ID</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="41"/>
        <source>The cache ID shown on the Settings page of the MemCachier analytics dashboard</source>
        <translation>Die Cache-ID auf der Seite Settings des MemCachier-Analytics-Dashboards</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="44"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="49"/>
        <source>A credential user name that has the API capability</source>
        <translation>Ein Zugangsdaten-Benutzername mit der API-Berechtigung</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="75"/>
        <source>setting cache_id is empty: give the cache ID from the analytics dashboard&apos;s Settings page</source>
        <translation>Einstellung cache_id ist leer: die Cache-ID von der Settings-Seite des Analytics-Dashboards angeben</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="81"/>
        <source>a space or line break</source>
        <translation>ein Leerzeichen oder Zeilenumbruch</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="82"/>
        <source>setting cache_id &quot;%1&quot; contains %2: a cache ID has only letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; and &apos;~&apos;</source>
        <translation>Einstellung cache_id „%1“ enthält %2: eine Cache-ID hat nur Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; und &apos;~&apos;</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="88"/>
        <source>setting user is empty: give the credential user name from the analytics dashboard</source>
        <translation>Einstellung user ist leer: den Zugangsdaten-Benutzernamen aus dem Analytics-Dashboard angeben</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="92"/>
        <source>setting user &quot;%1&quot; contains &apos;:&apos;, which Basic authentication cannot carry</source>
        <translation>Einstellung user „%1“ enthält &apos;:&apos;, was Basic-Authentifizierung nicht übertragen kann</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="102"/>
        <source>provider memcachier flushes the whole cache and does not support --match %1; use --match all</source>
        <translation>Provider memcachier leert den ganzen Cache und unterstützt --match %1 nicht; --match all verwenden</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="144"/>
        <source>MemCachier rejected the credentials (HTTP %1%2): check the setting user &quot;%3&quot; and the password; &quot;Bad user&quot; means they do not match or the credential lacks the API capability (enable it on the analytics dashboard&apos;s Settings page). Surrounding spaces and newlines were already removed.</source>
        <translation>MemCachier hat die Zugangsdaten abgelehnt (HTTP %1%2): Einstellung user „%3“ und Passwort prüfen; &quot;Bad user&quot; heißt, sie passen nicht zusammen oder den Zugangsdaten fehlt die API-Berechtigung (auf der Settings-Seite des Analytics-Dashboards aktivieren). Leerzeichen und Zeilenumbrüche am Rand wurden bereits entfernt.</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="152"/>
        <source>MemCachier has no cache with ID &quot;%1&quot; for this credential (HTTP 404%2): check the setting cache_id</source>
        <translation>MemCachier hat für diese Zugangsdaten keinen Cache mit der ID „%1“ (HTTP 404%2): Einstellung cache_id prüfen</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="158"/>
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
        <location filename="../widgets/notifier.cpp" line="24"/>
        <source>Purge finished with failures</source>
        <translation>Leerung mit Fehlern beendet</translation>
    </message>
    <message>
        <location filename="../widgets/notifier.cpp" line="24"/>
        <source>Purge finished</source>
        <translation>Leerung beendet</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/notifier.cpp" line="31"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/notifier.cpp" line="33"/>
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n erfolgreich</numerusform>
            <numerusform>%n erfolgreich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/notifier.cpp" line="35"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n abgebrochen</numerusform>
            <numerusform>%n abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/notifier.cpp" line="36"/>
        <source>, </source>
        <comment>joins the counts of a finished purge</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../widgets/notifier.cpp" line="38"/>
        <source>Request %1 on %2</source>
        <translation>Anfrage %1 an %2</translation>
    </message>
    <message>
        <location filename="../widgets/notifier.cpp" line="38"/>
        <location filename="../widgets/notifier.cpp" line="72"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/notifier.cpp" line="62"/>
        <source>%n request(s) await approval</source>
        <translation>
            <numerusform>%n Anfrage wartet auf Freigabe</numerusform>
            <numerusform>%n Anfragen warten auf Freigabe</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/notifier.cpp" line="63"/>
        <source>Your request %1 awaits another person&apos;s approval</source>
        <translation>Ihre Anfrage %1 wartet auf die Freigabe durch eine andere Person</translation>
    </message>
    <message>
        <location filename="../widgets/notifier.cpp" line="64"/>
        <source>Request %1 awaits approval</source>
        <translation>Anfrage %1 wartet auf Freigabe</translation>
    </message>
    <message>
        <location filename="../widgets/notifier.cpp" line="70"/>
        <source>%1 asks: %2 on %3</source>
        <translation>%1 bittet um: %2 auf %3</translation>
    </message>
    <message>
        <location filename="../widgets/notifier.cpp" line="74"/>
        <source>Request %1: %2</source>
        <translation>Anfrage %1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/notifier.cpp" line="76"/>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <location filename="../widgets/notifier.cpp" line="99"/>
        <source>Show Request</source>
        <translation>Anfrage zeigen</translation>
    </message>
</context>
<context>
    <name>OriginGate</name>
    <message>
        <location filename="../app/queue/origingate.cpp" line="23"/>
        <source>malformed --wait-for-origin &quot;%1&quot;: expected URL=EXPECTED (the version URL and the revision it must show)</source>
        <translation>fehlerhaftes --wait-for-origin „%1“: URL=ERWARTET erwartet (die Versions-URL und die Revision, die sie zeigen muss)</translation>
    </message>
    <message>
        <location filename="../app/queue/origingate.cpp" line="32"/>
        <source>--wait-for-origin: &quot;%1&quot; is not an http:// or https:// URL</source>
        <translation>--wait-for-origin: „%1“ ist keine http://- oder https://-URL</translation>
    </message>
    <message>
        <location filename="../app/queue/origingate.cpp" line="107"/>
        <source>no answer yet</source>
        <translation>noch keine Antwort</translation>
    </message>
    <message>
        <location filename="../app/queue/origingate.cpp" line="129"/>
        <source>HTTP %1, body &quot;%2&quot;</source>
        <translation>HTTP %1, Body „%2“</translation>
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
        <location filename="../app/providers/pagecacheprovider.cpp" line="98"/>
        <source>target &quot;%1&quot; is neither an absolute http(s) URL nor a path starting with /</source>
        <translation>Ziel „%1“ ist weder eine absolute http(s)-URL noch ein mit / beginnender Pfad</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="102"/>
        <source>malformed target &quot;%1&quot;: %2</source>
        <translation>fehlerhaftes Ziel „%1“: %2</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="107"/>
        <source>target &quot;%1&quot; contains an encoded NUL byte</source>
        <translation>Ziel „%1“ enthält ein kodiertes NUL-Byte</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="113"/>
        <source>target &quot;%1&quot; contains a &quot;%2&quot; path segment; page-cache only removes files inside the cache directory</source>
        <translation>Ziel „%1“ enthält ein Pfadsegment „%2“; page-cache entfernt nur Dateien innerhalb des Cache-Verzeichnisses</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="187"/>
        <source>%1 is a symbolic link; page-cache never follows links, so %2 was not removed</source>
        <translation>%1 ist ein symbolischer Link; page-cache folgt nie Links, daher wurde %2 nicht entfernt</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="197"/>
        <source>%1 lies outside the cache directory %2; not removed</source>
        <translation>%1 liegt außerhalb des Cache-Verzeichnisses %2; nicht entfernt</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="216"/>
        <source>could not remove %1: %2</source>
        <translation>%1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="229"/>
        <source>could not remove directory %1/: %2</source>
        <translation>Verzeichnis %1/ konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="243"/>
        <source>%1 lies outside the cache directory %2; not swept</source>
        <translation>%1 liegt außerhalb des Cache-Verzeichnisses %2; nicht bereinigt</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="249"/>
        <source>could not read directory %1: permission denied</source>
        <translation>Verzeichnis %1 konnte nicht gelesen werden: Zugriff verweigert</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="269"/>
        <source>not cached: %1</source>
        <translation>nicht im Cache: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/pagecacheprovider.cpp" line="270"/>
        <source>not cached: %1 and %n more</source>
        <translation>
            <numerusform>nicht im Cache: %1 und %n weiteres</numerusform>
            <numerusform>nicht im Cache: %1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="279"/>
        <source>Rails page cache (directory)</source>
        <translation>Rails-Page-Cache (Verzeichnis)</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="282"/>
        <source>No credentials: enter the directory the Rails page cache is written to; files under it are deleted, never the public root itself.</source>
        <translation>Keine Zugangsdaten: Geben Sie das Verzeichnis an, in das der Rails-Seiten-Cache geschrieben wird; gelöscht werden Dateien darunter, nie das öffentliche Wurzelverzeichnis selbst.</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="295"/>
        <source>Cache directory</source>
        <translation>Cache-Verzeichnis</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="300"/>
        <source>Rails&apos; page_cache_directory, e.g. /srv/app/public/cache; it must not be the public directory or contain it</source>
        <translation>page_cache_directory von Rails, z. B. /srv/app/public/cache; es darf nicht das Public-Verzeichnis sein oder es enthalten</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="304"/>
        <source>Public directory</source>
        <translation>Public-Verzeichnis</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="309"/>
        <source>The web server&apos;s public directory, e.g. /srv/app/public; the cache directory is checked against it so a sweep never deletes the site&apos;s static files</source>
        <translation>Das Public-Verzeichnis des Webservers, z. B. /srv/app/public; das Cache-Verzeichnis wird damit abgeglichen, damit eine Bereinigung nie die statischen Dateien der Site löscht</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="329"/>
        <source>setting root is missing: give the page cache directory, e.g. --set root=/srv/app/public/cache</source>
        <translation>Einstellung root fehlt: das Page-Cache-Verzeichnis angeben, z. B. --set root=/srv/app/public/cache</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="332"/>
        <source>setting public_root is missing: give the web server&apos;s public directory, e.g. --set public_root=/srv/app/public</source>
        <translation>Einstellung public_root fehlt: das Public-Verzeichnis des Webservers angeben, z. B. --set public_root=/srv/app/public</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="336"/>
        <source>setting root must be an absolute path, but is &quot;%1&quot;</source>
        <translation>Einstellung root muss ein absoluter Pfad sein, ist aber „%1“</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="338"/>
        <source>setting public_root must be an absolute path, but is &quot;%1&quot;</source>
        <translation>Einstellung public_root muss ein absoluter Pfad sein, ist aber „%1“</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="347"/>
        <source>root %1 is the file-system root; page-cache refuses to sweep it</source>
        <translation>root %1 ist die Wurzel des Dateisystems; page-cache weigert sich, sie zu bereinigen</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="351"/>
        <source>root %1 is the public directory (public_root): sweeping it would delete the site&apos;s static files, so page-cache refuses. Set Rails&apos; page_cache_directory and root to a subdirectory such as %2/cache</source>
        <translation>root %1 ist das Public-Verzeichnis (public_root): eine Bereinigung würde die statischen Dateien der Site löschen, daher weigert sich page-cache. page_cache_directory von Rails und root auf ein Unterverzeichnis wie %2/cache setzen</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="357"/>
        <source>root %1 contains the public directory %2 (public_root): sweeping it would delete the site&apos;s static files, so page-cache refuses. Use a subdirectory such as %3/cache</source>
        <translation>root %1 enthält das Public-Verzeichnis %2 (public_root): eine Bereinigung würde die statischen Dateien der Site löschen, daher weigert sich page-cache. Ein Unterverzeichnis wie %3/cache verwenden</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="361"/>
        <source>root %1 is or contains the home directory %2; page-cache refuses to sweep it</source>
        <translation>root %1 ist oder enthält das Home-Verzeichnis %2; page-cache weigert sich, es zu bereinigen</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="366"/>
        <source>root %1 is not a directory</source>
        <translation>root %1 ist kein Verzeichnis</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="373"/>
        <source>provider page-cache does not support --match %1; use exact, prefix or all</source>
        <translation>Provider page-cache unterstützt --match %1 nicht; exact, prefix oder all verwenden</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="377"/>
        <source>provider page-cache does not support --action invalidate: a cached page can only be removed</source>
        <translation>Provider page-cache unterstützt --action invalidate nicht: eine zwischengespeicherte Seite kann nur entfernt werden</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/pagecacheprovider.cpp" line="383"/>
        <source>--match all takes no targets, but %n were given</source>
        <translation>
            <numerusform>--match all nimmt keine Ziele, aber %n wurde angegeben</numerusform>
            <numerusform>--match all nimmt keine Ziele, aber %n wurden angegeben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="388"/>
        <source>no targets given</source>
        <translation>keine Ziele angegeben</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="418"/>
        <source>cache directory %1 (setting root) does not exist</source>
        <translation>Cache-Verzeichnis %1 (Einstellung root) existiert nicht</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="422"/>
        <source>public directory %1 (setting public_root) does not exist; page-cache needs it to make sure it never sweeps the public directory</source>
        <translation>Public-Verzeichnis %1 (Einstellung public_root) existiert nicht; page-cache braucht es, um sicherzustellen, dass es nie das Public-Verzeichnis bereinigt</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/pagecacheprovider.cpp" line="465"/>
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (und %n weiteres Problem)</numerusform>
            <numerusform> (und %n weitere Probleme)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/pagecacheprovider.cpp" line="468"/>
        <source>; %n file(s) were removed before that</source>
        <translation>
            <numerusform>; %n Datei wurde vorher entfernt</numerusform>
            <numerusform>; %n Dateien wurden vorher entfernt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="477"/>
        <source>not cached: %1 was already empty</source>
        <translation>nicht im Cache: %1 war bereits leer</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/pagecacheprovider.cpp" line="480"/>
        <source>removed %n file(s)</source>
        <translation>
            <numerusform>%n Datei entfernt</numerusform>
            <numerusform>%n Dateien entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/pagecacheprovider.cpp" line="482"/>
        <source> and %n director(y/ies)</source>
        <translation>
            <numerusform> und %n Verzeichnis</numerusform>
            <numerusform> und %n Verzeichnisse</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="483"/>
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
    <name>PeopleText</name>
    <message numerus="yes">
        <location filename="../app/core/peopletext.cpp" line="13"/>
        <source> … (cut; %n characters in all)</source>
        <translation>
            <numerusform> … (gekürzt; insgesamt %n Zeichen)</numerusform>
            <numerusform> … (gekürzt; insgesamt %n Zeichen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanEstimate</name>
    <message>
        <location filename="../app/queue/planestimate.cpp" line="83"/>
        <location filename="../app/queue/planestimate.cpp" line="87"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/queue/planestimate.cpp" line="89"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../app/queue/planestimate.cpp" line="90"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../app/queue/planestimate.cpp" line="92"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../app/queue/planestimate.cpp" line="93"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../app/queue/planestimate.cpp" line="215"/>
        <source>everything</source>
        <translation>alles</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/queue/planestimate.cpp" line="216"/>
        <source>%1 target(s)</source>
        <translation>
            <numerusform>%1 Ziel(e)</numerusform>
            <numerusform>%1 Ziel(e)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/queue/planestimate.cpp" line="219"/>
        <source>done on this computer</source>
        <translation>auf diesem Computer erledigt</translation>
    </message>
    <message>
        <location filename="../app/queue/planestimate.cpp" line="221"/>
        <source>unpaced, up to %1 at a time</source>
        <translation>ungebremst, bis zu %1 gleichzeitig</translation>
    </message>
    <message>
        <location filename="../app/queue/planestimate.cpp" line="223"/>
        <source>sent at once (within the burst of %1 at %2 transactions/s)</source>
        <translation>sofort gesendet (innerhalb des Bursts von %1 bei %2 Transaktionen/s)</translation>
    </message>
    <message>
        <location filename="../app/queue/planestimate.cpp" line="227"/>
        <source>about %1 to send at %2 transactions/s after a burst of %3</source>
        <translation>etwa %1 zum Senden bei %2 Transaktionen/s nach einem Burst von %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/queue/planestimate.cpp" line="232"/>
        <source> (its rate limit is shared with %1, whose %2 transaction(s) are counted)</source>
        <translation>
            <numerusform> (sein Ratenlimit wird mit %1 geteilt, dessen %2 Transaktion mitgezählt wird)</numerusform>
            <numerusform> (sein Ratenlimit wird mit %1 geteilt, dessen %2 Transaktionen mitgezählt werden)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/queue/planestimate.cpp" line="239"/>
        <source>%1 (%2): %3 transaction(s) for %4, %5</source>
        <translation>
            <numerusform>%1 (%2): %3 Transaktion für %4, %5</numerusform>
            <numerusform>%1 (%2): %3 Transaktionen für %4, %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/queue/planestimate.cpp" line="260"/>
        <source>take %1 transaction(s) instead of %2</source>
        <translation>
            <numerusform>%1 Transaktion statt %2 brauchen</numerusform>
            <numerusform>%1 Transaktionen statt %2 brauchen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/queue/planestimate.cpp" line="236"/>
        <source>, then asked for its status every %1 until done</source>
        <translation>, dann alle %1 nach dem Status gefragt, bis erledigt</translation>
    </message>
    <message>
        <location filename="../app/queue/planestimate.cpp" line="242"/>
        <source>%1: more than the provider holds in progress at once (%2 items, %3 prefixes): the rest waits until earlier work completes</source>
        <translation>%1: mehr, als der Anbieter gleichzeitig in Arbeit hält (%2 Einträge, %3 Präfixe): der Rest wartet, bis frühere Arbeit abgeschlossen ist</translation>
    </message>
    <message>
        <location filename="../app/queue/planestimate.cpp" line="246"/>
        <source>%1: bills %2 of the %3 free a month</source>
        <translation>%1: berechnet %2 der %3 kostenlosen im Monat</translation>
    </message>
    <message>
        <location filename="../app/queue/planestimate.cpp" line="249"/>
        <source> (a prefix counts as one, however many files it matches)</source>
        <translation> (ein Präfix zählt als eins, wie viele Dateien es auch trifft)</translation>
    </message>
    <message>
        <location filename="../app/queue/planestimate.cpp" line="251"/>
        <source>; this request alone is %1 over them: %2 at %3 each</source>
        <translation>; diese Anfrage allein liegt %1 darüber: %2 zu je %3</translation>
    </message>
    <message>
        <location filename="../app/queue/planestimate.cpp" line="258"/>
        <source>bill %1 instead of %2</source>
        <translation>%1 statt %2 berechnen</translation>
    </message>
    <message>
        <location filename="../app/queue/planestimate.cpp" line="265"/>
        <source>%1: %2 URLs under %3 not collapsed: one prefix would be no cheaper</source>
        <translation>%1: %2 URLs unter %3 nicht zusammengefasst: ein Präfix wäre nicht günstiger</translation>
    </message>
    <message>
        <location filename="../app/queue/planestimate.cpp" line="268"/>
        <source>%1: collapsing the %2 URLs under %3 into %4 would %5 (--set collapse_over=N on the source, N below %2; a prefix also purges what was not named)</source>
        <translation>%1: die %2 URLs unter %3 zu %4 zusammenzufassen würde %5 (--set collapse_over=N an der Quelle, N unter %2; ein Präfix leert auch, was nicht genannt wurde)</translation>
    </message>
    <message>
        <location filename="../app/queue/planestimate.cpp" line="280"/>
        <source>%1: %2 URLs under %3 purged as %4 (allowed by collapse_over; a prefix also purges what was not named)</source>
        <translation>%1: %2 URLs unter %3 als %4 geleert (durch collapse_over erlaubt; ein Präfix leert auch, was nicht genannt wurde)</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <location filename="../app/queue/planner.cpp" line="58"/>
        <source>source &quot;%1&quot; has unknown type &quot;%2&quot;</source>
        <translation>Quelle „%1“ hat den unbekannten Typ „%2“</translation>
    </message>
    <message>
        <location filename="../app/queue/planner.cpp" line="60"/>
        <location filename="../app/queue/planner.cpp" line="62"/>
        <source>source &quot;%1&quot;: %2</source>
        <translation>Quelle „%1“: %2</translation>
    </message>
    <message>
        <location filename="../app/queue/planner.cpp" line="94"/>
        <source>source &quot;%1&quot;: target &quot;%2&quot; alone is larger than the provider&apos;s %3-byte request limit</source>
        <translation>Quelle „%1“: Ziel „%2“ allein ist größer als das Anfragelimit des Providers von %3 Byte</translation>
    </message>
</context>
<context>
    <name>PresetStore</name>
    <message>
        <location filename="../app/storage/presetstore.cpp" line="70"/>
        <source>a preset named &quot;%1&quot; already exists</source>
        <translation>eine Vorlage namens „%1“ existiert bereits</translation>
    </message>
    <message>
        <location filename="../app/storage/presetstore.cpp" line="78"/>
        <source>no preset named &quot;%1&quot;</source>
        <translation>keine Vorlage namens „%1“</translation>
    </message>
</context>
<context>
    <name>PresetsPanel</name>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="17"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="17"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="18"/>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="18"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="19"/>
        <source>No presets yet. Set up a purge in the composer and choose Save as preset… to run it again in one click, from the tray, or with purgeline preset run.</source>
        <translation>Noch keine Vorlagen. Stellen Sie im Editor eine Leerung zusammen und wählen Sie Als Vorlage speichern…, um sie mit einem Klick, aus dem Infobereich oder mit purgeline preset run erneut auszuführen.</translation>
    </message>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="24"/>
        <source>Presets</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="26"/>
        <source>Saved presets</source>
        <translation>Gespeicherte Vorlagen</translation>
    </message>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="27"/>
        <source>Run the selected preset now</source>
        <translation>Die gewählte Vorlage jetzt ausführen</translation>
    </message>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="28"/>
        <source>Load the selected preset into the composer</source>
        <translation>Die gewählte Vorlage in den Editor laden</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/presetspanel.cpp" line="71"/>
        <source>%1 on %2; %n target(s)</source>
        <translation>
            <numerusform>%1 auf %2; %n Ziel</numerusform>
            <numerusform>%1 auf %2; %n Ziele</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="93"/>
        <location filename="../widgets/presetspanel.cpp" line="99"/>
        <source>Rename preset</source>
        <translation>Vorlage umbenennen</translation>
    </message>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="93"/>
        <source>New name for &quot;%1&quot;:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="109"/>
        <source>Delete preset</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="109"/>
        <source>Delete the preset &quot;%1&quot;?</source>
        <translation>Die Vorlage „%1“ löschen?</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../widgets/previewdialog.cpp" line="18"/>
        <source>Preview: what will be sent</source>
        <translation>Vorschau: was gesendet wird</translation>
    </message>
    <message>
        <location filename="../widgets/previewdialog.cpp" line="35"/>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <location filename="../widgets/previewdialog.cpp" line="40"/>
        <source>── Transaction %1 of %2 ──</source>
        <translation>── Transaktion %1 von %2 ──</translation>
    </message>
    <message>
        <location filename="../widgets/previewdialog.cpp" line="46"/>
        <source>Transactions</source>
        <translation>Transaktionen</translation>
    </message>
    <message>
        <location filename="../widgets/previewdialog.cpp" line="50"/>
        <source>Copy the transactions as text (secrets stay redacted)</source>
        <translation>Die Transaktionen als Text kopieren (Geheimnisse bleiben geschwärzt)</translation>
    </message>
    <message>
        <location filename="../widgets/previewdialog.cpp" line="49"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>ProfileCommands</name>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="57"/>
        <source>its columns cannot be read</source>
        <translation>ihre Spalten sind nicht lesbar</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="89"/>
        <source>cannot write it</source>
        <translation>kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="109"/>
        <source>%1 is a PostgreSQL database: it is not a file to set aside; PostgreSQL repairs and restores its databases with its own tools (pg_dump, pg_restore)</source>
        <translation>%1 ist eine PostgreSQL-Datenbank, keine Datei, die beiseitegelegt werden kann; PostgreSQL repariert und stellt seine Datenbanken mit eigenen Werkzeugen wieder her (pg_dump, pg_restore)</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="114"/>
        <source>there is no database at %1</source>
        <translation>unter %1 gibt es keine Datenbank</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="117"/>
        <source>the database %1 is in use by process %2; stop it first</source>
        <translation>die Datenbank %1 wird von Prozess %2 verwendet; ihn zuerst beenden</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="125"/>
        <source>the database %1 is not damaged (PRAGMA quick_check: ok); nothing was moved</source>
        <translation>die Datenbank %1 ist nicht beschädigt (PRAGMA quick_check: ok); nichts wurde verschoben</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="135"/>
        <source>%1 already exists; try again in a second</source>
        <translation>%1 existiert bereits; in einer Sekunde erneut versuchen</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="142"/>
        <source>cannot move %1 to %2; nothing else was changed</source>
        <translation>%1 kann nicht nach %2 verschoben werden; sonst wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="145"/>
        <source>moved the damaged database to %1 (unchanged)</source>
        <translation>beschädigte Datenbank nach %1 verschoben (unverändert)</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="149"/>
        <source>cannot create a new database: %1</source>
        <translation>eine neue Datenbank kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="158"/>
        <source>nothing could be read from it: %1</source>
        <translation>nichts daraus war lesbar: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/profilecommands.cpp" line="169"/>
        <source>%n row(s) copied</source>
        <translation>
            <numerusform>%n Zeile kopiert</numerusform>
            <numerusform>%n Zeilen kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/profilecommands.cpp" line="170"/>
        <source>%n row(s) copied; the rest cannot be read (%1)</source>
        <translation>
            <numerusform>%n Zeile kopiert; der Rest ist nicht lesbar (%1)</numerusform>
            <numerusform>%n Zeilen kopiert; der Rest ist nicht lesbar (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="181"/>
        <source>a new database at %1 holds what could be read%2</source>
        <translation>eine neue Datenbank unter %1 enthält, was gelesen werden konnte%2</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="185"/>
        <source>; `sqlite3 %1 .recover` may salvage more</source>
        <translation>; `sqlite3 %1 .recover` kann eventuell mehr retten</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="201"/>
        <source>profile copy needs a FROM and a TO profile</source>
        <translation>profile copy braucht ein Profil FROM und ein Profil TO</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="205"/>
        <source>FROM and TO are the same profile (%1)</source>
        <translation>FROM und TO sind dasselbe Profil (%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="208"/>
        <source>there is no profile at %1</source>
        <translation>unter %1 gibt es kein Profil</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="214"/>
        <location filename="../app/cli/profilecommands.cpp" line="216"/>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="219"/>
        <source>; nothing was copied</source>
        <translation>; nichts wurde kopiert</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/profilecommands.cpp" line="221"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="222"/>
        <source>copied %1 to %2. Secrets were not copied: the sources name the same keychain entries and environment variables, which another machine provides on its own (purgeline source add, or the window)</source>
        <translation>%1 nach %2 kopiert. Geheimnisse wurden nicht kopiert: Die Quellen nennen dieselben Schlüsselbund-Einträge und Umgebungsvariablen, die ein anderer Rechner selbst bereitstellt (purgeline source add oder das Fenster)</translation>
    </message>
</context>
<context>
    <name>ProfileCopy</name>
    <message>
        <location filename="../app/storage/profilecopy.cpp" line="68"/>
        <location filename="../app/storage/profilecopy.cpp" line="87"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/storage/profilecopy.cpp" line="69"/>
        <source>%1 is not empty (its %2 table has %n row(s)); a profile is copied only into a new one</source>
        <translation>
            <numerusform>%1 ist nicht leer (seine Tabelle %2 hat %n Zeile); ein Profil wird nur in ein neues kopiert</numerusform>
            <numerusform>%1 ist nicht leer (seine Tabelle %2 hat %n Zeilen); ein Profil wird nur in ein neues kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/storage/profilecopy.cpp" line="88"/>
        <source>%1 has %n open transaction(s); finish them first (purgeline resume --wait) or cancel them, so that no purge is sent from both profiles</source>
        <translation>
            <numerusform>%1 hat %n offene Transaktion; erledigen Sie sie zuerst (purgeline resume --wait) oder brechen Sie sie ab, damit keine Bereinigung aus beiden Profilen gesendet wird</numerusform>
            <numerusform>%1 hat %n offene Transaktionen; erledigen Sie sie zuerst (purgeline resume --wait) oder brechen Sie sie ab, damit keine Bereinigung aus beiden Profilen gesendet wird</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/storage/profilecopy.cpp" line="108"/>
        <source>cannot read %1 from %2: %3</source>
        <translation>%1 kann nicht aus %2 gelesen werden: %3</translation>
    </message>
    <message>
        <location filename="../app/storage/profilecopy.cpp" line="126"/>
        <source>cannot write %1 to %2: %3</source>
        <translation>%1 kann nicht nach %2 geschrieben werden: %3</translation>
    </message>
    <message>
        <location filename="../app/storage/profilecopy.cpp" line="151"/>
        <source>cannot write to %1</source>
        <translation>in %1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>ProfileLocation</name>
    <message>
        <location filename="../app/storage/profilelocation.cpp" line="43"/>
        <source>the profile URL %1 is not a valid URL: %2</source>
        <translation>die Profil-URL %1 ist keine gültige URL: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/profilelocation.cpp" line="49"/>
        <location filename="../app/storage/profilelocation.cpp" line="57"/>
        <source>the profile URL holds a password; leave it out and put it in ~/.pgpass or the file PGPASSFILE names (host:port:database:user:password, mode 0600)</source>
        <translation>die Profil-URL enthält ein Passwort; lassen Sie es weg und tragen Sie es in ~/.pgpass oder die Datei ein, die PGPASSFILE nennt (host:port:database:user:password, Modus 0600)</translation>
    </message>
    <message>
        <location filename="../app/storage/profilelocation.cpp" line="63"/>
        <source>the profile URL&apos;s option &quot;%1&quot; cannot be passed to PostgreSQL (empty, or with spaces, quotes or &apos;;&apos;)</source>
        <translation>die Option „%1“ der Profil-URL kann nicht an PostgreSQL übergeben werden (leer oder mit Leerzeichen, Anführungszeichen oder „;“)</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <location filename="../app/providers/provider.cpp" line="24"/>
        <source>provider %1 does not support --match %2</source>
        <translation>Provider %1 unterstützt --match %2 nicht</translation>
    </message>
    <message>
        <location filename="../app/providers/provider.cpp" line="27"/>
        <source>provider %1 does not support --action invalidate</source>
        <translation>Provider %1 unterstützt --action invalidate nicht</translation>
    </message>
    <message>
        <location filename="../app/providers/provider.cpp" line="29"/>
        <source>no targets given</source>
        <translation>keine Ziele angegeben</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/provider.cpp" line="31"/>
        <source>--match all takes no targets, but %n were given</source>
        <translation>
            <numerusform>--match all nimmt keine Ziele, aber %n wurde angegeben</numerusform>
            <numerusform>--match all nimmt keine Ziele, aber %n wurden angegeben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/providers/provider.cpp" line="89"/>
        <source>provider %1 has no option %2</source>
        <translation>Provider %1 hat keine Option %2</translation>
    </message>
    <message>
        <location filename="../app/providers/provider.cpp" line="94"/>
        <source>option %1 works only with --match %2</source>
        <translation>Option %1 funktioniert nur mit --match %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/provider.cpp" line="98"/>
        <source>option %1 takes one value, but %n were given</source>
        <translation>
            <numerusform>Option %1 nimmt einen Wert, aber %n wurde angegeben</numerusform>
            <numerusform>Option %1 nimmt einen Wert, aber %n wurden angegeben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/providers/provider.cpp" line="103"/>
        <source>option %1 needs a value</source>
        <translation>Option %1 braucht einen Wert</translation>
    </message>
    <message>
        <location filename="../app/providers/provider.cpp" line="108"/>
        <source>option %1 &quot;%2&quot;: expected NAME:VALUE with a valid header name</source>
        <translation>Option %1 „%2“: NAME:VALUE mit gültigem Header-Namen erwartet</translation>
    </message>
    <message>
        <location filename="../app/providers/provider.cpp" line="111"/>
        <source>option %1 &quot;%2&quot; contains a line break</source>
        <translation>Option %1 „%2“ enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <location filename="../app/providers/provider.cpp" line="140"/>
        <location filename="../app/providers/provider.cpp" line="147"/>
        <source>provider %1 reads no settings file</source>
        <translation>Provider %1 liest keine Einstellungsdatei</translation>
    </message>
    <message>
        <location filename="../app/providers/provider.cpp" line="197"/>
        <source>provider %1 cannot run locally</source>
        <translation>Provider %1 kann nicht lokal laufen</translation>
    </message>
    <message>
        <location filename="../app/providers/provider.cpp" line="222"/>
        <source>malformed URL &quot;%1&quot;: expected an absolute http:// or https:// URL</source>
        <translation>fehlerhafte URL „%1“: absolute http://- oder https://-URL erwartet</translation>
    </message>
</context>
<context>
    <name>ProviderRegistry</name>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="75"/>
        <source>CDNs</source>
        <translation>CDNs</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="77"/>
        <source>HTTP caches you run</source>
        <translation>Selbst betriebene HTTP-Caches</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="79"/>
        <source>Object caches</source>
        <translation>Objekt-Caches</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="81"/>
        <source>Page cache on disk</source>
        <translation>Seiten-Cache auf der Festplatte</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="100"/>
        <source>Timeout (seconds per attempt)</source>
        <translation>Zeitlimit (Sekunden pro Versuch)</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="119"/>
        <source>Pacing; defaults to the provider&apos;s documented limit</source>
        <translation>Taktung; Standard ist das dokumentierte Limit des Providers</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="120"/>
        <source>Burst</source>
        <translation>Burst</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="107"/>
        <source>Transactions in flight</source>
        <translation>Gleichzeitige Transaktionen</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="114"/>
        <source>Transactions per second</source>
        <translation>Transaktionen pro Sekunde</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="122"/>
        <source>Targets per transaction</source>
        <translation>Ziele pro Transaktion</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="127"/>
        <source>Capped at the provider&apos;s maximum</source>
        <translation>Begrenzt auf das Maximum des Providers</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="129"/>
        <source>Collapse more than N URLs of one folder</source>
        <translation>Mehr als N URLs eines Ordners zusammenfassen</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="134"/>
        <source>0 or empty: never. When a purge names more than N URLs in one folder of one host, and the provider takes prefixes, they are sent as one prefix purge of that folder where that bills fewer items or takes fewer requests. A prefix also purges what was not named</source>
        <translation>0 oder leer: nie. Nennt eine Leerung mehr als N URLs in einem Ordner eines Hosts und nimmt der Anbieter Präfixe an, werden sie als eine Präfix-Leerung dieses Ordners gesendet, wo das weniger Einträge berechnet oder weniger Anfragen braucht. Ein Präfix leert auch, was nicht genannt wurde</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="139"/>
        <source>Keep retrying for (seconds)</source>
        <translation>Wiederholungsdauer (Sekunden)</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="144"/>
        <source>How long a purge that fails for a passing reason is tried again; a server&apos;s Retry-After is never waited past it</source>
        <translation>Wie lange eine Leerung, die aus vorübergehendem Grund fehlschlägt, erneut versucht wird; auf ein Retry-After des Servers wird nie darüber hinaus gewartet</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="148"/>
        <source>Attempts before giving up</source>
        <translation>Versuche bis zum Aufgeben</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="153"/>
        <source>An optional cap; without it, failures that may pass are retried for as long as retry_for allows. Replies that only ask to slow down are not counted</source>
        <translation>Eine optionale Obergrenze; ohne sie werden vorübergehende Fehler so lange wiederholt, wie retry_for erlaubt. Antworten, die nur um Verlangsamung bitten, zählen nicht</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="156"/>
        <source>Path mapping</source>
        <translation>Pfadzuordnung</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="161"/>
        <source>Where files are served, as PREFIX=URL_PREFIX; several mappings are allowed, separated by spaces or &apos;;&apos;. An absolute path maps files dropped on the window (/srv/site/public=https://www.example.com/); a path inside the repository maps changed files from git (public=https://www.example.com/). Both kinds may be combined; a --map on the command line takes precedence</source>
        <translation>Wo die Dateien ausgeliefert werden, als PRÄFIX=URL_PRÄFIX; mehrere Zuordnungen sind erlaubt, getrennt durch Leerzeichen oder &apos;;&apos;. Ein absoluter Pfad ordnet ins Fenster gezogene Dateien zu (/srv/site/public=https://www.example.com/); ein Pfad im Repository ordnet in Git geänderte Dateien zu (public=https://www.example.com/). Beide Arten lassen sich kombinieren; ein --map auf der Befehlszeile hat Vorrang</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="168"/>
        <source>Reason required</source>
        <translation>Grund erforderlich</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="173"/>
        <source>yes: every purge of this source must say why (--reason, the composer&apos;s Reason); the reason is kept in the history with who asked and from where</source>
        <translation>yes: Jede Bereinigung dieser Quelle muss ihren Grund nennen (--reason, „Grund“ im Editor); der Grund bleibt im Verlauf, mit wer gefragt hat und von wo</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="176"/>
        <source>Approval to purge everything</source>
        <translation>Freigabe für „alles leeren“</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="181"/>
        <source>yes: a purge of everything (--match all) waits until another person approves it (purgeline approve ID)</source>
        <translation>yes: Ein Leeren von allem (--match all) wartet, bis eine andere Person es freigibt (purgeline approve ID)</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="185"/>
        <source>Approval over N targets</source>
        <translation>Freigabe ab N Zielen</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="190"/>
        <source>A purge of more targets than this waits until another person approves it; empty or 0: never</source>
        <translation>Ein Leeren von mehr Zielen als diesen wartet, bis eine andere Person es freigibt; leer oder 0: nie</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="193"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="198"/>
        <source>Empty: from the environment (https_proxy, http_proxy, no_proxy); &quot;none&quot;: connect directly; or an http://, https://, socks5:// or socks5h:// URL</source>
        <translation>Leer: aus der Umgebung (https_proxy, http_proxy, no_proxy); „none“: direkt verbinden; oder eine http://-, https://-, socks5://- oder socks5h://-URL</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="202"/>
        <source>Proxy password variable</source>
        <translation>Variable für das Proxy-Passwort</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="207"/>
        <source>The environment variable that holds the proxy&apos;s password (never stored in the profile)</source>
        <translation>Die Umgebungsvariable mit dem Passwort des Proxys (nie im Profil gespeichert)</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="210"/>
        <source>CA certificates file</source>
        <translation>Datei mit CA-Zertifikaten</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="215"/>
        <source>PEM file of the certificate authorities trusted for this source instead of the system&apos;s</source>
        <translation>PEM-Datei der Zertifizierungsstellen, denen für diese Quelle statt denen des Systems vertraut wird</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="219"/>
        <source>Client certificate file</source>
        <translation>Datei mit Client-Zertifikat</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="224"/>
        <source>PEM certificate for servers that require one (mutual TLS)</source>
        <translation>PEM-Zertifikat für Server, die eines verlangen (gegenseitiges TLS)</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="226"/>
        <source>Client key file</source>
        <translation>Datei mit Client-Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="231"/>
        <source>PEM private key of the client certificate, when it is not in the certificate file</source>
        <translation>Privater PEM-Schlüssel des Client-Zertifikats, wenn er nicht in der Zertifikatsdatei steht</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="234"/>
        <source>Client key passphrase variable</source>
        <translation>Variable der Passphrase des Client-Schlüssels</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="239"/>
        <source>The environment variable that holds the client key&apos;s passphrase, for an encrypted key (never stored in the profile)</source>
        <translation>Die Umgebungsvariable mit der Passphrase des Client-Schlüssels, für einen verschlüsselten Schlüssel (nie im Profil gespeichert)</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="242"/>
        <source>Pinned server key</source>
        <translation>Festgelegter Server-Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="247"/>
        <source>sha256//BASE64 hashes of the public keys the server may have, separated by &apos;;&apos;; any other key fails the request</source>
        <translation>sha256//BASE64-Hashes der öffentlichen Schlüssel, die der Server haben darf, getrennt durch &apos;;&apos;; mit jedem anderen Schlüssel schlägt die Anfrage fehl</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="257"/>
        <source>Status poll interval (seconds)</source>
        <translation>Intervall der Statusabfrage (Sekunden)</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="262"/>
        <source>How often a pending purge is asked for its status</source>
        <translation>Wie oft eine ausstehende Leerung nach ihrem Status gefragt wird</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="266"/>
        <source>Status poll time limit (seconds)</source>
        <translation>Zeitlimit der Statusabfrage (Sekunden)</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="271"/>
        <source>How long a purge may stay pending before it counts as failed</source>
        <translation>Wie lange eine Leerung ausstehen darf, bevor sie als fehlgeschlagen gilt</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="281"/>
        <source>Verify purges</source>
        <translation>Leerungen prüfen</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="286"/>
        <source>After a purge, ask for each purged URL (HEAD, or GET to compare bodies) and read the cache&apos;s own signals: verified fresh, still cached (purged once more), or cannot tell</source>
        <translation>Nach einer Leerung jede geleerte URL abfragen (HEAD, oder GET zum Vergleich der Bodys) und die eigenen Signale des Caches lesen: geprüft frisch, noch zwischengespeichert (noch einmal geleert) oder nicht feststellbar</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="291"/>
        <source>Verify at</source>
        <translation>Prüfen bei</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="296"/>
        <source>Ask this host instead of the public URL (a staging host, or the cache itself), keeping the URL&apos;s path, query and Host header</source>
        <translation>Diesen Host statt der öffentlichen URL fragen (ein Staging-Host oder der Cache selbst), mit Pfad, Query und Host-Header der URL</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="300"/>
        <source>URLs verified per request</source>
        <translation>Geprüfte URLs je Anfrage</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="305"/>
        <source>For large purges, this many URLs of each request, spread over it</source>
        <translation>Bei großen Leerungen so viele URLs jeder Anfrage, über sie verteilt</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="308"/>
        <source>Verify after (seconds)</source>
        <translation>Prüfen nach (Sekunden)</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="313"/>
        <source>How long after a purge took effect its URLs are asked for</source>
        <translation>Wie lange nach dem Wirksamwerden einer Leerung ihre URLs abgefragt werden</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="316"/>
        <source>Origin</source>
        <translation>Ursprung</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="321"/>
        <source>The origin server behind the cache: a cached copy whose ETag, Last-Modified or body equals the origin&apos;s counts as fresh</source>
        <translation>Der Ursprungsserver hinter dem Cache: eine zwischengespeicherte Kopie, deren ETag, Last-Modified oder Body dem des Ursprungs gleicht, gilt als frisch</translation>
    </message>
</context>
<context>
    <name>PurgeCommands</name>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="137"/>
        <location filename="../app/queue/targetresolver.cpp" line="49"/>
        <source>--source NAME is required</source>
        <translation>--source NAME ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="143"/>
        <source>unknown --action &quot;%1&quot;: use purge or invalidate</source>
        <translation>unbekannte --action „%1“: purge oder invalidate verwenden</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="148"/>
        <source>unknown --match &quot;%1&quot;: use one of %2</source>
        <translation>unbekanntes --match „%1“: eines von %2 verwenden</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="179"/>
        <source>--changes-from gives URLs: use --match exact or prefix, not %1</source>
        <translation>--changes-from liefert URLs: --match exact oder prefix verwenden, nicht %1</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="186"/>
        <source>--revisions-log, --from, --to, --only, --include, --exclude and --map need --changes-from DIR</source>
        <translation>--revisions-log, --from, --to, --only, --include, --exclude und --map brauchen --changes-from DIR</translation>
    </message>
    <message>
        <location filename="../app/queue/targetresolver.cpp" line="57"/>
        <source>unknown source &quot;%1&quot;: no sources configured (see `purgeline source add`)</source>
        <translation>unbekannte Quelle „%1“: keine Quellen eingerichtet (siehe `purgeline source add`)</translation>
    </message>
    <message>
        <location filename="../app/queue/targetresolver.cpp" line="60"/>
        <source>unknown source &quot;%1&quot;; configured: %2</source>
        <translation>unbekannte Quelle „%1“; eingerichtet: %2</translation>
    </message>
    <message>
        <location filename="../app/queue/targetresolver.cpp" line="84"/>
        <source>provider %1 does not support %2</source>
        <translation>Provider %1 unterstützt %2 nicht</translation>
    </message>
    <message>
        <location filename="../app/queue/targetresolver.cpp" line="85"/>
        <source>none of the chosen sources supports %1</source>
        <translation>keine der gewählten Quellen unterstützt %1</translation>
    </message>
    <message>
        <location filename="../app/queue/targetresolver.cpp" line="122"/>
        <source>source &quot;%1&quot;, %2</source>
        <translation>Quelle „%1“, %2</translation>
    </message>
    <message>
        <location filename="../app/queue/targetresolver.cpp" line="143"/>
        <source>no path mapping covers %1</source>
        <translation>keine Pfadzuordnung deckt %1 ab</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="489"/>
        <location filename="../app/queue/targetresolver.cpp" line="154"/>
        <source>no path mapping for source &quot;%1&quot;: pass --map PATH_PREFIX=URL_PREFIX or set the source&apos;s map setting (source add ... --set map=PATH_PREFIX=URL_PREFIX)</source>
        <translation>keine Pfadzuordnung für Quelle „%1“: --map PATH_PREFIX=URL_PREFIX übergeben oder die Einstellung map der Quelle setzen (source add ... --set map=PATH_PREFIX=URL_PREFIX)</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="211"/>
        <source>source %1:</source>
        <translation>Quelle %1:</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="262"/>
        <source>no targets given: pass URLs (or tags, hosts) as arguments or with --from-file</source>
        <translation>keine Ziele angegeben: URLs (oder Tags, Hosts) als Argumente oder mit --from-file übergeben</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="264"/>
        <source>none of the files maps to a URL for the chosen sources</source>
        <translation>keine der Dateien wird für die gewählten Quellen einer URL zugeordnet</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="355"/>
        <location filename="../app/queue/purgeservice.cpp" line="505"/>
        <source>nothing to purge: the changes selection chose no file</source>
        <translation>nichts zu leeren: die Auswahl der Änderungen hat keine Datei gewählt</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="108"/>
        <source>malformed --option &quot;%1&quot;: expected KEY=VALUE</source>
        <translation>fehlerhaftes --option „%1“: KEY=VALUE erwartet</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="116"/>
        <source>unknown --option &quot;%1&quot;; options providers declare: %2</source>
        <translation>unbekanntes --option „%1“; von Providern deklarierte Optionen: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="162"/>
        <source>--no-verify contradicts --verify and --verify-with</source>
        <translation>--no-verify widerspricht --verify und --verify-with</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="168"/>
        <source>unknown --verify-with &quot;%1&quot;: use head or get</source>
        <translation>unbekanntes --verify-with „%1“: head oder get verwenden</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="218"/>
        <source>source %1: not purged: %2: %3</source>
        <translation>Quelle %1: nicht geleert: %2: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="266"/>
        <source>dry run: %1 transaction(s) shown, nothing sent</source>
        <translation>Probelauf: %1 Transaktion(en) gezeigt, nichts gesendet</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="283"/>
        <source>--origin-interval and --origin-timeout need --wait-for-origin</source>
        <translation>--origin-interval und --origin-timeout brauchen --wait-for-origin</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="299"/>
        <source>--origin-interval &quot;%1&quot;: expected seconds between 0.1 and 3600</source>
        <translation>--origin-interval „%1“: Sekunden zwischen 0.1 und 3600 erwartet</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="304"/>
        <source>--origin-timeout &quot;%1&quot;: expected seconds between 1 and 86400</source>
        <translation>--origin-timeout „%1“: Sekunden zwischen 1 und 86400 erwartet</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="316"/>
        <source>waiting for %1 to show &quot;%2&quot; (at most %3 s)</source>
        <translation>warte, bis %1 „%2“ zeigt (höchstens %3 s)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/purgecommands.cpp" line="330"/>
        <source>origin shows the revision after %1 s (%n ask(s))</source>
        <translation>
            <numerusform>der Ursprung zeigt die Revision nach %1 s (%n Abfrage)</numerusform>
            <numerusform>der Ursprung zeigt die Revision nach %1 s (%n Abfragen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/purgecommands.cpp" line="337"/>
        <source>%1 did not show &quot;%2&quot; within %3 s (%n ask(s)); last seen: %4; nothing purged</source>
        <translation>
            <numerusform>%1 hat „%2“ nicht innerhalb von %3 s gezeigt (%n Abfrage); zuletzt gesehen: %4; nichts geleert</numerusform>
            <numerusform>%1 hat „%2“ nicht innerhalb von %3 s gezeigt (%n Abfragen); zuletzt gesehen: %4; nichts geleert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="392"/>
        <source>nothing queued: queued work already covers all of it</source>
        <translation>nichts eingereiht: bereits eingereihte Arbeit deckt alles ab</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="394"/>
        <source>request %1: %2 transaction(s) queued</source>
        <translation>Anfrage %1: %2 Transaktion(en) eingereiht</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="403"/>
        <source>request %1 awaits another person&apos;s approval (%2): `purgeline approve %1` sends it, `purgeline reject %1 --reason TEXT` drops it</source>
        <translation>Anfrage %1 wartet auf die Freigabe durch eine andere Person (%2): `purgeline approve %1` sendet sie, `purgeline reject %1 --reason TEXT` verwirft sie</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="462"/>
        <source>preset save needs a NAME</source>
        <translation>preset save braucht einen NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="502"/>
        <source>saved preset &quot;%1&quot;</source>
        <translation>Vorlage „%1“ gespeichert</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="532"/>
        <source>%1 target(s)</source>
        <translation>%1 Ziel(e)</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="533"/>
        <source>targets from %1</source>
        <translation>Ziele aus %1</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="534"/>
        <source>, changes in %1</source>
        <translation>, Änderungen in %1</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="549"/>
        <source>preset run needs exactly one NAME</source>
        <translation>preset run braucht genau einen NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="553"/>
        <location filename="../app/cli/purgecommands.cpp" line="572"/>
        <source>unknown preset &quot;%1&quot;</source>
        <translation>unbekannte Vorlage „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="569"/>
        <source>preset remove needs exactly one NAME</source>
        <translation>preset remove braucht genau einen NAME</translation>
    </message>
</context>
<context>
    <name>PurgeOptions</name>
    <message>
        <location filename="../app/queue/purgeoptions.cpp" line="20"/>
        <source>cannot read target file &quot;%1&quot;: %2</source>
        <translation>Zieldatei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>PurgeQueue</name>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="161"/>
        <source>source &quot;%1&quot; no longer exists or its type is unknown</source>
        <translation>Quelle „%1“ existiert nicht mehr oder ihr Typ ist unbekannt</translation>
    </message>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="333"/>
        <source>left for a process that has the secret of source &quot;%1&quot; (%2)</source>
        <translation>einem Prozess überlassen, der das Geheimnis der Quelle „%1“ hat (%2)</translation>
    </message>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="382"/>
        <source>attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <location filename="../app/queue/queuedecisions.cpp" line="16"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/queue/queuedecisions.cpp" line="16"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../app/queue/queuedecisions.cpp" line="38"/>
        <source>cancelled; the provider had accepted the purge</source>
        <translation>abgebrochen; der Provider hatte die Leerung angenommen</translation>
    </message>
    <message>
        <location filename="../app/queue/queuedecisions.cpp" line="43"/>
        <source>no final status after %1 s of polling; the purge may still complete</source>
        <translation>kein Endstatus nach %1 s Abfragen; die Leerung kann noch abgeschlossen werden</translation>
    </message>
    <message>
        <location filename="../app/queue/queuedecisions.cpp" line="47"/>
        <source>%1% done</source>
        <translation>%1 % erledigt</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/queue/queuedecisions.cpp" line="79"/>
        <source>still failing after %1 of retries (%n attempt(s)): %2</source>
        <translation>
            <numerusform>nach %1 Wiederholungszeit weiterhin fehlgeschlagen (%n Versuch): %2</numerusform>
            <numerusform>nach %1 Wiederholungszeit weiterhin fehlgeschlagen (%n Versuche): %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/queue/queuedecisions.cpp" line="91"/>
        <source>%1 (the server asked to wait %2 s, past the retry budget; tried once more when the budget ends)</source>
        <translation>%1 (der Server bat, %2 s zu warten, länger als das Wiederholungsbudget; ein weiterer Versuch folgt, wenn das Budget endet)</translation>
    </message>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="548"/>
        <source>split from transaction %1 after: %2</source>
        <translation>abgespalten von Transaktion %1 nach: %2</translation>
    </message>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="555"/>
        <source>too large (%1); split into %2 + %3 targets</source>
        <translation>zu groß (%1); aufgeteilt in %2 + %3 Ziele</translation>
    </message>
    <message>
        <location filename="../app/queue/queuedecisions.cpp" line="55"/>
        <source>too large even with a single target: %1</source>
        <translation>selbst mit einem einzigen Ziel zu groß: %1</translation>
    </message>
    <message>
        <location filename="../app/queue/queuedecisions.cpp" line="61"/>
        <source>cancelled after: %1</source>
        <translation>abgebrochen nach: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/queue/queuedecisions.cpp" line="73"/>
        <source>gave up after %n attempt(s): %1</source>
        <translation>
            <numerusform>nach %n Versuch aufgegeben: %1</numerusform>
            <numerusform>nach %n Versuchen aufgegeben: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="528"/>
        <source>%1; sending again in %2 s (not counted as an attempt)</source>
        <translation>%1; erneutes Senden in %2 s (zählt nicht als Versuch)</translation>
    </message>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="529"/>
        <source>%1; retrying in %2 s</source>
        <translation>%1; neuer Versuch in %2 s</translation>
    </message>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="610"/>
        <source>taken over by another process after this one&apos;s claim ran out</source>
        <translation>von einem anderen Prozess übernommen, nachdem der Anspruch dieses Prozesses abgelaufen war</translation>
    </message>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="662"/>
        <source>cancelled before it was sent</source>
        <translation>vor dem Senden abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="684"/>
        <source>queued again by request</source>
        <translation>auf Anfrage erneut eingereiht</translation>
    </message>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="706"/>
        <source>stopped while sending; queued again</source>
        <translation>beim Senden angehalten; erneut eingereiht</translation>
    </message>
</context>
<context>
    <name>PurgeService</name>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="52"/>
        <source>source &quot;%1&quot; needs approval to purge everything</source>
        <translation>Quelle „%1“ braucht eine Freigabe, um alles zu leeren</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="58"/>
        <source>source &quot;%1&quot; needs approval for more than %2 targets (this has %3)</source>
        <translation>Quelle „%1“ braucht eine Freigabe für mehr als %2 Ziele (diese hat %3)</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="133"/>
        <source>still cached after transaction %1: purged again</source>
        <translation>nach Transaktion %1 noch zwischengespeichert: erneut geleert</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="187"/>
        <source>unknown verify mode &quot;%1&quot;: use head or get</source>
        <translation>unbekannter Prüfmodus „%1“: head oder get verwenden</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="191"/>
        <source>verification asks for each purged URL: it needs exact URLs (--match exact), not %1</source>
        <translation>die Prüfung fragt jede geleerte URL ab: sie braucht exakte URLs (--match exact), nicht %1</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="200"/>
        <source>%1 cannot be verified (its caches show no signal of what they served)</source>
        <translation>%1 kann nicht geprüft werden (seine Caches zeigen nicht an, was sie ausgeliefert haben)</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="221"/>
        <source>source %1: %2</source>
        <translation>Quelle %1: %2</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="236"/>
        <source>layers need at least two sources, in order (--source A,B --layered)</source>
        <translation>Ebenen brauchen mindestens zwei Quellen, in Reihenfolge (--source A,B --layered)</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="251"/>
        <source>source &quot;%1&quot; asks for a reason with every purge: say why with --reason TEXT (or in the composer&apos;s Reason)</source>
        <translation>Quelle „%1“ verlangt bei jeder Bereinigung einen Grund: Nennen Sie ihn mit --reason TEXT (oder unter „Grund“ im Editor)</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="375"/>
        <source>request %1 has no transactions</source>
        <translation>Anfrage %1 hat keine Transaktionen</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="393"/>
        <source>source &quot;%1&quot; no longer exists</source>
        <translation>Quelle „%1“ existiert nicht mehr</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="553"/>
        <source>also covers %1 of a later submission (%2)</source>
        <translation>deckt auch %1 einer späteren Übermittlung ab (%2)</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="555"/>
        <source>also covers %1 of request %2</source>
        <translation>deckt auch %1 der Anfrage %2 ab</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="561"/>
        <source>could not note it on transaction %1</source>
        <translation>konnte es nicht bei Transaktion %1 vermerken</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="570"/>
        <source>could not record the request: %1</source>
        <translation>die Anfrage konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="594"/>
        <source>no request %1</source>
        <translation>keine Anfrage %1</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="599"/>
        <source>request %1 needs no approval</source>
        <translation>Anfrage %1 braucht keine Freigabe</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="600"/>
        <source>request %1 was already %2 by %3</source>
        <translation>Anfrage %1 wurde bereits von %3 %2</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="603"/>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="604"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="610"/>
        <source>request %1 was asked for by you (%2); another person must approve it</source>
        <translation>Anfrage %1 stammt von Ihnen (%2); eine andere Person muss sie freigeben</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="628"/>
        <source>could not record the decision</source>
        <translation>die Entscheidung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="449"/>
        <source>%1 (%2, on this computer): %3 %4
%5</source>
        <translation>%1 (%2, auf diesem Computer): %3 %4
%5</translation>
    </message>
</context>
<context>
    <name>PurgeWords</name>
    <message>
        <location filename="../models/purgewords.cpp" line="7"/>
        <source>Purge</source>
        <translation>entfernen</translation>
    </message>
    <message>
        <location filename="../models/purgewords.cpp" line="9"/>
        <source>Invalidate</source>
        <translation>invalidieren</translation>
    </message>
    <message>
        <location filename="../models/purgewords.cpp" line="18"/>
        <source>Exact URLs</source>
        <translation>Exakte URLs</translation>
    </message>
    <message>
        <location filename="../models/purgewords.cpp" line="20"/>
        <source>URL prefixes</source>
        <translation>URL-Präfixe</translation>
    </message>
    <message>
        <location filename="../models/purgewords.cpp" line="22"/>
        <source>Tags (surrogate keys)</source>
        <translation>Tags (Surrogate Keys)</translation>
    </message>
    <message>
        <location filename="../models/purgewords.cpp" line="24"/>
        <source>Whole hosts</source>
        <translation>Ganze Hosts</translation>
    </message>
    <message>
        <location filename="../models/purgewords.cpp" line="26"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../models/purgewords.cpp" line="28"/>
        <source>Provider objects</source>
        <translation>Provider-Objekte</translation>
    </message>
    <message>
        <location filename="../models/purgewords.cpp" line="39"/>
        <source>URLs</source>
        <translation>URLs</translation>
    </message>
    <message>
        <location filename="../models/purgewords.cpp" line="42"/>
        <source>prefixes</source>
        <translation>Präfixe</translation>
    </message>
    <message>
        <location filename="../models/purgewords.cpp" line="45"/>
        <source>tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../models/purgewords.cpp" line="48"/>
        <source>hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <location filename="../models/purgewords.cpp" line="51"/>
        <source>everything</source>
        <translation>alles</translation>
    </message>
    <message>
        <location filename="../models/purgewords.cpp" line="54"/>
        <source>objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <location filename="../models/purgewords.cpp" line="57"/>
        <source>%1 %2</source>
        <comment>action, then what it matches: Purge URLs</comment>
        <translation>%2 %1</translation>
    </message>
</context>
<context>
    <name>QueueRunner</name>
    <message>
        <location filename="../app/cli/queuerunner.cpp" line="48"/>
        <source>waits for another person&apos;s approval</source>
        <translation>wartet auf die Freigabe durch eine andere Person</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/queuerunner.cpp" line="160"/>
        <source>waiting for %n queued transaction(s) that cover this purge</source>
        <translation>
            <numerusform>warte auf %n eingereihte Transaktion, die diese Leerung abdeckt</numerusform>
            <numerusform>warte auf %n eingereihte Transaktionen, die diese Leerung abdecken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/queuerunner.cpp" line="227"/>
        <source>%n transaction(s): </source>
        <translation>
            <numerusform>%n Transaktion: </numerusform>
            <numerusform>%n Transaktionen: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/queuerunner.cpp" line="233"/>
        <source>the run stopped: %n transaction(s) not finished stay as last recorded</source>
        <translation>
            <numerusform>der Lauf wurde angehalten: %n nicht abgeschlossene Transaktion bleibt wie zuletzt aufgezeichnet</numerusform>
            <numerusform>der Lauf wurde angehalten: %n nicht abgeschlossene Transaktionen bleiben wie zuletzt aufgezeichnet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/queuerunner.cpp" line="239"/>
        <source>stopped; unfinished work stays queued: run `purgeline resume --wait` to finish it</source>
        <translation>angehalten; unerledigte Arbeit bleibt eingereiht: `purgeline resume --wait` ausführen, um sie abzuschließen</translation>
    </message>
    <message>
        <location filename="../app/cli/queuerunner.cpp" line="245"/>
        <source>open transactions are retried or polled by `purgeline resume --wait` or the Purgeline window</source>
        <translation>offene Transaktionen werden von `purgeline resume --wait` oder dem Purgeline-Fenster wiederholt oder abgefragt</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/queuerunner.cpp" line="250"/>
        <source>%n transaction(s) still waiting to be sent again within their retry budget</source>
        <translation>
            <numerusform>%n Transaktion wartet noch innerhalb ihres Wiederholungsbudgets auf erneutes Senden</numerusform>
            <numerusform>%n Transaktionen warten noch innerhalb ihres Wiederholungsbudgets auf erneutes Senden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueuedDedup</name>
    <message>
        <location filename="../app/queue/queueddedup.cpp" line="291"/>
        <source>1 URL</source>
        <translation>1 URL</translation>
    </message>
    <message>
        <location filename="../app/queue/queueddedup.cpp" line="291"/>
        <source>%1 URLs</source>
        <translation>%1 URLs</translation>
    </message>
    <message>
        <location filename="../app/queue/queueddedup.cpp" line="293"/>
        <source>1 prefix</source>
        <translation>1 Präfix</translation>
    </message>
    <message>
        <location filename="../app/queue/queueddedup.cpp" line="293"/>
        <source>%1 prefixes</source>
        <translation>%1 Präfixe</translation>
    </message>
    <message>
        <location filename="../app/queue/queueddedup.cpp" line="295"/>
        <source>1 tag</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../app/queue/queueddedup.cpp" line="295"/>
        <source>%1 tags</source>
        <translation>%1 Tags</translation>
    </message>
    <message>
        <location filename="../app/queue/queueddedup.cpp" line="297"/>
        <source>1 host</source>
        <translation>1 Host</translation>
    </message>
    <message>
        <location filename="../app/queue/queueddedup.cpp" line="297"/>
        <source>%1 hosts</source>
        <translation>%1 Hosts</translation>
    </message>
    <message>
        <location filename="../app/queue/queueddedup.cpp" line="299"/>
        <source>1 object</source>
        <translation>1 Objekt</translation>
    </message>
    <message>
        <location filename="../app/queue/queueddedup.cpp" line="299"/>
        <source>%1 objects</source>
        <translation>%1 Objekte</translation>
    </message>
    <message>
        <location filename="../app/queue/queueddedup.cpp" line="303"/>
        <source>a purge of everything</source>
        <translation>eine Leerung von allem</translation>
    </message>
    <message>
        <location filename="../app/queue/queueddedup.cpp" line="312"/>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <location filename="../app/queue/queueddedup.cpp" line="330"/>
        <source> under its prefix %1</source>
        <translation> unter ihrem Präfix %1</translation>
    </message>
    <message>
        <location filename="../app/queue/queueddedup.cpp" line="333"/>
        <source> under its purge of host %1</source>
        <translation> unter ihrer Leerung des Hosts %1</translation>
    </message>
    <message>
        <location filename="../app/queue/queueddedup.cpp" line="336"/>
        <source> under its purge of everything</source>
        <translation> unter ihrer Leerung von allem</translation>
    </message>
    <message>
        <location filename="../app/queue/queueddedup.cpp" line="339"/>
        <source>%1 already queued in request %2%3 (source %4)</source>
        <translation>%1 bereits eingereiht in Anfrage %2%3 (Quelle %4)</translation>
    </message>
</context>
<context>
    <name>ReplyClassifier</name>
    <message>
        <location filename="../app/core/replyclassifier.cpp" line="78"/>
        <source>check the source&apos;s credentials</source>
        <translation>Zugangsdaten der Quelle prüfen</translation>
    </message>
    <message>
        <location filename="../app/core/replyclassifier.cpp" line="81"/>
        <source>redirect to %1 not followed</source>
        <translation>Weiterleitung auf %1 nicht gefolgt</translation>
    </message>
</context>
<context>
    <name>RequestOptionsForm</name>
    <message>
        <location filename="../widgets/requestoptionsform.cpp" line="53"/>
        <source>NAME:VALUE, one per line</source>
        <translation>NAME:VALUE, einer pro Zeile</translation>
    </message>
    <message>
        <location filename="../widgets/requestoptionsform.cpp" line="54"/>
        <source>One per line</source>
        <translation>Einer pro Zeile</translation>
    </message>
</context>
<context>
    <name>Requester</name>
    <message>
        <location filename="../app/queue/requester.cpp" line="61"/>
        <source>a name is one line</source>
        <translation>ein Name ist eine Zeile</translation>
    </message>
    <message>
        <location filename="../app/queue/requester.cpp" line="63"/>
        <source>a name has at most %1 characters</source>
        <translation>ein Name hat höchstens %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../app/queue/requester.cpp" line="65"/>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../app/queue/requester.cpp" line="73"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
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
    <name>SecretResolver</name>
    <message>
        <location filename="../app/credentials/secretresolver.cpp" line="24"/>
        <source>the environment variable %1 that holds the secret of source &quot;%2&quot; is not set</source>
        <translation>die Umgebungsvariable %1, die das Geheimnis der Quelle „%2“ enthält, ist nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../app/credentials/secretresolver.cpp" line="43"/>
        <source>cannot read the secret of source &quot;%1&quot;: %2</source>
        <translation>das Geheimnis der Quelle „%1“ kann nicht gelesen werden: %2</translation>
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
        <location filename="../widgets/settingsdialog.cpp" line="29"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="40"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="47"/>
        <source> min</source>
        <comment>minutes</comment>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="48"/>
        <source>Keep retrying for, in minutes</source>
        <translation>Wiederholungsdauer in Minuten</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="50"/>
        <source>How long a purge that fails for a passing reason (a server error, a timeout, a network cut) is tried again before it is marked as failed. Replies that only ask to slow down never end it early.</source>
        <translation>Wie lange eine Leerung, die aus vorübergehendem Grund fehlschlägt (ein Serverfehler, eine Zeitüberschreitung, ein Netzwerkausfall), erneut versucht wird, bevor sie als fehlgeschlagen markiert wird. Antworten, die nur um Verlangsamung bitten, beenden dies nie vorzeitig.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="53"/>
        <source>&amp;Keep retrying for:</source>
        <translation>&amp;Wiederholungsdauer:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="55"/>
        <source>No limit</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="56"/>
        <source>Most attempts</source>
        <translation>Höchstzahl an Versuchen</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="43"/>
        <source>Transactions in flight</source>
        <translation>Gleichzeitige Transaktionen</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="31"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="35"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="36"/>
        <source>Recorded with every request you make and every approval you give, so that people sharing a profile see who did what. Kept on this computer only.</source>
        <translation>Wird mit jeder Ihrer Anfragen und Freigaben festgehalten, damit alle, die ein Profil teilen, sehen, wer was getan hat. Nur auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="38"/>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="44"/>
        <source>How many transactions may be in flight at once, over all sources. Each source&apos;s own limit still applies.</source>
        <translation>Wie viele Transaktionen gleichzeitig unterwegs sein dürfen, über alle Quellen. Das eigene Limit jeder Quelle gilt weiterhin.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="46"/>
        <source>Transactions in &amp;flight:</source>
        <translation>&amp;Gleichzeitige Transaktionen:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="58"/>
        <source>An optional cap on how often a transaction is sent before it is marked as failed; replies that only ask to slow down are not counted.</source>
        <translation>Eine optionale Obergrenze, wie oft eine Transaktion gesendet wird, bevor sie als fehlgeschlagen gilt; Antworten, die nur um Verlangsamung bitten, zählen nicht.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="60"/>
        <source>&amp;Most attempts:</source>
        <translation>&amp;Höchstzahl an Versuchen:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="61"/>
        <location filename="../widgets/settingsdialog.cpp" line="66"/>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="62"/>
        <source>Longest wait between attempts in seconds</source>
        <translation>Längste Wartezeit zwischen Versuchen in Sekunden</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="63"/>
        <source>The wait between attempts doubles after each failure, up to this limit. A server&apos;s Retry-After is honoured even when longer.</source>
        <translation>Die Wartezeit zwischen Versuchen verdoppelt sich nach jedem Fehlschlag bis zu diesem Limit. Ein Retry-After des Servers wird beachtet, auch wenn er länger ist.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="65"/>
        <source>&amp;Longest wait between attempts:</source>
        <translation>&amp;Längste Wartezeit zwischen Versuchen:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="67"/>
        <source>Status polling interval in seconds</source>
        <translation>Intervall der Statusabfrage in Sekunden</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="68"/>
        <source>How often a provider that works asynchronously is asked whether the purge is done.</source>
        <translation>Wie oft ein asynchron arbeitender Provider gefragt wird, ob die Leerung fertig ist.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="70"/>
        <source>Status &amp;polling interval:</source>
        <translation>Intervall der Status&amp;abfrage:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="72"/>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="74"/>
        <source>Show a &amp;notification when a purge request finishes</source>
        <translation>Eine &amp;Benachrichtigung zeigen, wenn eine Leerungsanfrage fertig ist</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="75"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="77"/>
        <source>Start &amp;hidden in the system tray</source>
        <translation>Versteckt im &amp;Systembereich starten</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="78"/>
        <source>Start hidden in the system tray</source>
        <translation>Versteckt im Systembereich starten</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="81"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="83"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="87"/>
        <source>L&amp;anguage:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="88"/>
        <source>The new language is used after Purgeline restarts.</source>
        <translation>Die neue Sprache gilt nach einem Neustart von Purgeline.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="156"/>
        <source>No system tray was found; Purgeline starts with its window shown until one is available.</source>
        <translation>Kein Systembereich gefunden; Purgeline startet mit sichtbarem Fenster, bis einer verfügbar ist.</translation>
    </message>
</context>
<context>
    <name>SettingsFileImporter</name>
    <message>
        <location filename="../widgets/settingsfileimporter.cpp" line="23"/>
        <source>Sect&amp;ion:</source>
        <translation>Abschn&amp;itt:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsfileimporter.cpp" line="25"/>
        <source>Settings file: error</source>
        <translation>Einstellungsdatei: Fehler</translation>
    </message>
    <message>
        <location filename="../widgets/settingsfileimporter.cpp" line="29"/>
        <source>Section of the settings file</source>
        <translation>Abschnitt der Einstellungsdatei</translation>
    </message>
    <message>
        <location filename="../widgets/settingsfileimporter.cpp" line="68"/>
        <source>Import %1…</source>
        <translation>%1 importieren…</translation>
    </message>
    <message>
        <location filename="../widgets/settingsfileimporter.cpp" line="92"/>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <location filename="../widgets/settingsfileimporter.cpp" line="106"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../widgets/settingsfileimporter.cpp" line="110"/>
        <source>%1 is %2 bytes, too large for a settings file</source>
        <translation>%1 hat %2 Bytes, zu groß für eine Einstellungsdatei</translation>
    </message>
    <message>
        <location filename="../widgets/settingsfileimporter.cpp" line="138"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/settingsfileimporter.cpp" line="142"/>
        <source>%1 has no sections to import</source>
        <translation>%1 hat keine Abschnitte zum Importieren</translation>
    </message>
    <message>
        <location filename="../widgets/settingsfileimporter.cpp" line="170"/>
        <source>%1, section “%2”: %3</source>
        <translation>%1, Abschnitt „%2“: %3</translation>
    </message>
    <message>
        <location filename="../widgets/settingsfileimporter.cpp" line="181"/>
        <source>Filled in from %1, section “%2”: %3</source>
        <translation>Ausgefüllt aus %1, Abschnitt „%2“: %3</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../widgets/settingsform.cpp" line="36"/>
        <source>%1: error</source>
        <translation>%1: Fehler</translation>
    </message>
    <message>
        <location filename="../widgets/settingsform.cpp" line="39"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location filename="../widgets/settingsform.cpp" line="45"/>
        <location filename="../widgets/settingsform.cpp" line="95"/>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <location filename="../widgets/settingsform.cpp" line="47"/>
        <source>Required.</source>
        <translation>Erforderlich.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsform.cpp" line="73"/>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../widgets/settingsform.cpp" line="74"/>
        <source>Default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/settingsform.cpp" line="86"/>
        <source>One per line</source>
        <translation>Einer pro Zeile</translation>
    </message>
    <message>
        <location filename="../widgets/settingsform.cpp" line="109"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../widgets/settingsform.cpp" line="110"/>
        <source>Browse for %1</source>
        <translation>%1 suchen</translation>
    </message>
    <message>
        <location filename="../widgets/settingsform.cpp" line="181"/>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
</context>
<context>
    <name>SigV4Signer</name>
    <message>
        <location filename="../app/providers/sigv4signer.cpp" line="211"/>
        <source>no Authorization header</source>
        <translation>kein Authorization-Header</translation>
    </message>
    <message>
        <location filename="../app/providers/sigv4signer.cpp" line="213"/>
        <source>more than one Authorization header</source>
        <translation>mehr als ein Authorization-Header</translation>
    </message>
    <message>
        <location filename="../app/providers/sigv4signer.cpp" line="216"/>
        <source>the Authorization header is not AWS4-HMAC-SHA256</source>
        <translation>der Authorization-Header ist nicht AWS4-HMAC-SHA256</translation>
    </message>
    <message>
        <location filename="../app/providers/sigv4signer.cpp" line="228"/>
        <source>the Authorization header has an unknown part</source>
        <translation>der Authorization-Header hat einen unbekannten Teil</translation>
    </message>
    <message>
        <location filename="../app/providers/sigv4signer.cpp" line="231"/>
        <source>the Authorization header lacks Credential, SignedHeaders or Signature</source>
        <translation>dem Authorization-Header fehlt Credential, SignedHeaders oder Signature</translation>
    </message>
    <message>
        <location filename="../app/providers/sigv4signer.cpp" line="236"/>
        <source>X-Amz-Date is missing or not yyyyMMddTHHmmssZ</source>
        <translation>X-Amz-Date fehlt oder hat nicht das Format yyyyMMddTHHmmssZ</translation>
    </message>
    <message>
        <location filename="../app/providers/sigv4signer.cpp" line="239"/>
        <source>unknown access key</source>
        <translation>unbekannter Zugriffsschlüssel</translation>
    </message>
    <message>
        <location filename="../app/providers/sigv4signer.cpp" line="242"/>
        <source>the credential scope is not %1</source>
        <translation>der Credential-Scope ist nicht %1</translation>
    </message>
    <message>
        <location filename="../app/providers/sigv4signer.cpp" line="251"/>
        <source>SignedHeaders is not sorted and in lower case</source>
        <translation>SignedHeaders ist nicht sortiert und kleingeschrieben</translation>
    </message>
    <message>
        <location filename="../app/providers/sigv4signer.cpp" line="254"/>
        <source>%1 is not signed</source>
        <translation>%1 ist nicht signiert</translation>
    </message>
    <message>
        <location filename="../app/providers/sigv4signer.cpp" line="257"/>
        <source>signed header %1 is missing</source>
        <translation>signierter Header %1 fehlt</translation>
    </message>
    <message>
        <location filename="../app/providers/sigv4signer.cpp" line="260"/>
        <source>X-Amz-Security-Token does not match the credentials</source>
        <translation>X-Amz-Security-Token passt nicht zu den Zugangsdaten</translation>
    </message>
    <message>
        <location filename="../app/providers/sigv4signer.cpp" line="263"/>
        <source>the signature does not match the request</source>
        <translation>die Signatur passt nicht zur Anfrage</translation>
    </message>
</context>
<context>
    <name>SourceCheck</name>
    <message>
        <location filename="../app/queue/sourcechecker.cpp" line="66"/>
        <source>Unknown provider type &quot;%1&quot;.</source>
        <translation>Unbekannter Provider-Typ „%1“.</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcechecker.cpp" line="71"/>
        <source>The settings are not valid: %1</source>
        <translation>Die Einstellungen sind ungültig: %1</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcechecker.cpp" line="75"/>
        <source>The settings are complete and valid.</source>
        <translation>Die Einstellungen sind vollständig und gültig.</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcechecker.cpp" line="79"/>
        <source>No %1 is set; %2 needs one.</source>
        <translation>Kein %1 angegeben; %2 braucht einen.</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcechecker.cpp" line="98"/>
        <source>The secret could not be read: %1</source>
        <translation>Das Geheimnis konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcechecker.cpp" line="109"/>
        <source>The secret was found (%1).</source>
        <translation>Das Geheimnis wurde gefunden (%1).</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcechecker.cpp" line="113"/>
        <source>The secret cannot be the %1 of %2: expected %3.</source>
        <translation>Das Geheimnis kann nicht %1 von %2 sein: erwartet wird %3.</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcechecker.cpp" line="118"/>
        <source>The secret has the expected form (%1).</source>
        <translation>Das Geheimnis hat die erwartete Form (%1).</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcechecker.cpp" line="167"/>
        <source>%1 answered a HEAD of / (%2): its name resolves, it accepts connections and its TLS certificate is valid.</source>
        <translation>%1 hat auf HEAD / geantwortet (%2): der Name wird aufgelöst, Verbindungen werden angenommen und das TLS-Zertifikat ist gültig.</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcechecker.cpp" line="170"/>
        <source>%1 answered a HEAD of / (%2): its name resolves and it accepts connections (plain HTTP, no certificate to check).</source>
        <translation>%1 hat auf HEAD / geantwortet (%2): der Name wird aufgelöst und Verbindungen werden angenommen (einfaches HTTP, kein Zertifikat zu prüfen).</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcechecker.cpp" line="175"/>
        <source>%1 could not be reached: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcechecker.cpp" line="181"/>
        <source>Whether %1 accepts a purge: it has no request that checks this without purging something. The first purge will show it.</source>
        <translation>Ob %1 eine Bereinigung annimmt: Es gibt keine Anfrage, die das prüft, ohne etwas zu bereinigen. Die erste Bereinigung wird es zeigen.</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcechecker.cpp" line="184"/>
        <source>Whether %1 accepts the secret and allows it to purge: %1 has no request that checks this without purging something. The first purge will show it.</source>
        <translation>Ob %1 das Geheimnis annimmt und damit bereinigen lässt: %1 hat keine Anfrage, die das prüft, ohne etwas zu bereinigen. Die erste Bereinigung wird es zeigen.</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcechecker.cpp" line="198"/>
        <source>The dry run failed: %1</source>
        <translation>Der Probelauf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcechecker.cpp" line="201"/>
        <source>everything</source>
        <translation>alles</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcechecker.cpp" line="205"/>
        <source>Dry run, nothing done: a purge of %1 would do what is shown below.</source>
        <translation>Probelauf, nichts getan: eine Bereinigung von %1 würde tun, was unten steht.</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcechecker.cpp" line="207"/>
        <source>Dry run, nothing sent: a purge of %1 would send what is shown below.</source>
        <translation>Probelauf, nichts gesendet: eine Bereinigung von %1 würde senden, was unten steht.</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcechecker.cpp" line="245"/>
        <source>The check request was answered with %1.</source>
        <translation>Die Prüfanfrage wurde mit %1 beantwortet.</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcechecker.cpp" line="246"/>
        <source>The check request failed: %1.</source>
        <translation>Die Prüfanfrage ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcechecker.cpp" line="271"/>
        <source>What can be checked without purging passed; not everything could be verified.</source>
        <translation>Was sich ohne Bereinigung prüfen lässt, ist in Ordnung; nicht alles konnte bestätigt werden.</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcechecker.cpp" line="273"/>
        <source>Everything checked passed.</source>
        <translation>Alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcechecker.cpp" line="248"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>SourceCheckDialog</name>
    <message>
        <location filename="../widgets/sourcecheckdialog.cpp" line="20"/>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location filename="../widgets/sourcecheckdialog.cpp" line="22"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/sourcecheckdialog.cpp" line="24"/>
        <source>Not verified</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <location filename="../widgets/sourcecheckdialog.cpp" line="60"/>
        <source>&amp;Details, secrets hidden:</source>
        <translation>&amp;Details, Geheimnisse verborgen:</translation>
    </message>
    <message>
        <location filename="../widgets/sourcecheckdialog.cpp" line="64"/>
        <source>Check details</source>
        <translation>Prüfdetails</translation>
    </message>
    <message>
        <location filename="../widgets/sourcecheckdialog.cpp" line="70"/>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../widgets/sourcecheckdialog.cpp" line="71"/>
        <source>C&amp;opy</source>
        <translation>K&amp;opieren</translation>
    </message>
    <message>
        <location filename="../widgets/sourcecheckdialog.cpp" line="72"/>
        <source>Copy the result and the details, secrets hidden</source>
        <translation>Ergebnis und Details kopieren, Geheimnisse verborgen</translation>
    </message>
    <message>
        <location filename="../widgets/sourcecheckdialog.cpp" line="89"/>
        <location filename="../widgets/sourcecheckdialog.cpp" line="101"/>
        <source>Check “%1”</source>
        <translation>„%1“ prüfen</translation>
    </message>
    <message>
        <location filename="../widgets/sourcecheckdialog.cpp" line="90"/>
        <source>Checking “%1”…</source>
        <translation>„%1“ wird geprüft…</translation>
    </message>
    <message>
        <location filename="../widgets/sourcecheckdialog.cpp" line="133"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SourceCommands</name>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="82"/>
        <source>source add needs exactly one NAME</source>
        <translation>source add braucht genau einen NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="86"/>
        <source>invalid source name &quot;%1&quot;: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit</source>
        <translation>ungültiger Quellenname „%1“: Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; verwenden, beginnend mit Buchstabe oder Ziffer</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="91"/>
        <source>--type is required; known types: %1</source>
        <translation>--type ist erforderlich; bekannte Typen: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="96"/>
        <source>unknown type &quot;%1&quot;; known types: %2</source>
        <translation>unbekannter Typ „%1“; bekannte Typen: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="103"/>
        <source>malformed --set &quot;%1&quot;: expected KEY=VALUE</source>
        <translation>fehlerhaftes --set „%1“: KEY=VALUE erwartet</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="122"/>
        <source>--%1 does not apply to type %2</source>
        <translation>--%1 gilt nicht für Typ %2</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="125"/>
        <source>cannot read --%1 &quot;%2&quot;: %3</source>
        <translation>--%1 „%2“ kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="132"/>
        <source>--%1 &quot;%2&quot;: %3</source>
        <translation>--%1 „%2“: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="140"/>
        <source>--section names a section of a settings file; give the file too</source>
        <translation>--section nennt einen Abschnitt einer Einstellungsdatei; auch die Datei angeben</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="142"/>
        <source>give either --secret-env or --secret-stdin, not both</source>
        <translation>entweder --secret-env oder --secret-stdin angeben, nicht beides</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="147"/>
        <source>invalid environment variable name &quot;%1&quot; for --secret-env</source>
        <translation>ungültiger Name der Umgebungsvariablen „%1“ für --secret-env</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="155"/>
        <source>type %1 needs a secret (%2): give --secret-env VAR or --secret-stdin</source>
        <translation>Typ %1 braucht ein Geheimnis (%2): --secret-env VAR oder --secret-stdin angeben</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="158"/>
        <source>type %1 takes no secret</source>
        <translation>Typ %1 nimmt kein Geheimnis</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="167"/>
        <source>a source named &quot;%1&quot; already exists; remove it first</source>
        <translation>eine Quelle namens „%1“ existiert bereits; zuerst entfernen</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="180"/>
        <source>--secret-stdin read an empty secret from standard input</source>
        <translation>--secret-stdin hat ein leeres Geheimnis von der Standardeingabe gelesen</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="185"/>
        <source>cannot store the secret: %1. Nothing was saved. Without a keychain, keep the secret in an environment variable and use --secret-env VAR instead</source>
        <translation>das Geheimnis kann nicht gespeichert werden: %1. Nichts wurde gespeichert. Ohne Schlüsselbund das Geheimnis in einer Umgebungsvariablen halten und stattdessen --secret-env VAR verwenden</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="195"/>
        <source>added source &quot;%1&quot; (%2); secret: %3</source>
        <translation>Quelle „%1“ (%2) hinzugefügt; Geheimnis: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="234"/>
        <source>secret: %1</source>
        <translation>Geheimnis: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="246"/>
        <source>source remove needs exactly one NAME</source>
        <translation>source remove braucht genau einen NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="250"/>
        <location filename="../app/cli/sourcecommands.cpp" line="287"/>
        <source>unknown source &quot;%1&quot;</source>
        <translation>unbekannte Quelle „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="256"/>
        <source>source &quot;%1&quot; still has %2 open transaction(s); run `purgeline resume --wait` first, so no queued work is lost</source>
        <translation>Quelle „%1“ hat noch %2 offene Transaktion(en); zuerst `purgeline resume --wait` ausführen, damit keine eingereihte Arbeit verloren geht</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="263"/>
        <source>could not remove source &quot;%1&quot;</source>
        <translation>Quelle „%1“ konnte nicht entfernt werden</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="267"/>
        <source>warning: the keychain entry of &quot;%1&quot; could not be removed: %2</source>
        <translation>Warnung: der Schlüsselbundeintrag von „%1“ konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="271"/>
        <source>removed source &quot;%1&quot;</source>
        <translation>Quelle „%1“ entfernt</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="283"/>
        <source>source check needs exactly one NAME</source>
        <translation>source check braucht genau einen NAME</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="31"/>
        <source>setting %1 must be a non-negative number, not &quot;%2&quot;</source>
        <translation>Einstellung %1 muss eine nicht negative Zahl sein, nicht „%2“</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="34"/>
        <source>setting %1 must be at least %2, not &quot;%3&quot;</source>
        <translation>Einstellung %1 muss mindestens %2 sein, nicht „%3“</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="41"/>
        <source>setting %1 must be a whole number of URLs, not &quot;%2&quot;</source>
        <translation>Einstellung %1 muss eine ganze Zahl von URLs sein, nicht „%2“</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="45"/>
        <source>setting map: %1</source>
        <translation>Einstellung map: %1</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="47"/>
        <source>setting %1 must be one of %2, not &quot;%3&quot;</source>
        <translation>Einstellung %1 muss eins von %2 sein, nicht „%3“</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="54"/>
        <source>setting proxy must be &quot;none&quot; or an http://, https://, socks5:// or socks5h:// URL, not &quot;%1&quot;</source>
        <translation>Einstellung proxy muss „none“ oder eine http://-, https://-, socks5://- oder socks5h://-URL sein, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="59"/>
        <source>setting proxy &quot;%1&quot; holds a password, which would be stored in the profile: leave it out and name the environment variable that holds it with --set proxy_password_env=VARIABLE</source>
        <translation>Einstellung proxy „%1“ enthält ein Passwort, das im Profil gespeichert würde: es weglassen und die Umgebungsvariable, die es enthält, mit --set proxy_password_env=VARIABLE nennen</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="68"/>
        <source>setting %1 must name an environment variable, not &quot;%2&quot;</source>
        <translation>Die Einstellung %1 muss eine Umgebungsvariable nennen, nicht „%2“</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="74"/>
        <source>setting pinned_key must be sha256//BASE64 hashes separated by &apos;;&apos;, not &quot;%1&quot;</source>
        <translation>Einstellung pinned_key muss aus sha256//BASE64-Hashes bestehen, getrennt durch &apos;;&apos;, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="79"/>
        <source>setting %1 must be an absolute http:// or https:// URL, not &quot;%2&quot;</source>
        <translation>Einstellung %1 muss eine absolute http://- oder https://-URL sein, nicht „%2“</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="94"/>
        <source>unknown setting &quot;%1&quot; for type %2; known settings: %3</source>
        <translation>unbekannte Einstellung „%1“ für Typ %2; bekannte Einstellungen: %3</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="102"/>
        <source>missing setting %1 (%2) for type %3: add --set %1=VALUE</source>
        <translation>fehlende Einstellung %1 (%2) für Typ %3: --set %1=VALUE hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="119"/>
        <source>type %1 works on local files and takes no --endpoint</source>
        <translation>Typ %1 arbeitet mit lokalen Dateien und nimmt kein --endpoint</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="121"/>
        <source>type %1 needs at least one --endpoint URL</source>
        <translation>Typ %1 braucht mindestens eine --endpoint-URL</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="123"/>
        <source>type %1 takes one --endpoint, not %2</source>
        <translation>Typ %1 nimmt ein --endpoint, nicht %2</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="128"/>
        <source>malformed --endpoint &quot;%1&quot;: expected an absolute http:// or https:// URL</source>
        <translation>fehlerhaftes --endpoint „%1“: absolute http://- oder https://-URL erwartet</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="146"/>
        <source>--endpoint &quot;%1&quot; would send the secret over plain http:// to %2: use https:// (only loopback addresses may be plain http://)</source>
        <translation>--endpoint „%1“ würde das Geheimnis über unverschlüsseltes http:// an %2 senden: verwenden Sie https:// (nur Loopback-Adressen dürfen unverschlüsseltes http:// sein)</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="158"/>
        <source>setting proxy &quot;%1&quot; would send its user name and password in clear to %2: use an https:// proxy</source>
        <translation>Einstellung proxy „%1“ würde Benutzername und Passwort im Klartext an %2 senden: verwenden Sie einen https://-Proxy</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="163"/>
        <source>setting proxy &quot;%1&quot; would see the secret sent over plain http:// in clear: use https:// endpoints, an https:// proxy, or proxy=none</source>
        <translation>Einstellung proxy „%1“ würde das über unverschlüsseltes http:// gesendete Geheimnis im Klartext sehen: verwenden Sie https://-Endpunkte, einen https://-Proxy oder proxy=none</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="44"/>
        <source>Where to find it</source>
        <translation>Wo Sie ihn finden</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="82"/>
        <source>Add Source</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="93"/>
        <source>Edit Source “%1”</source>
        <translation>Quelle „%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="148"/>
        <source>Source name</source>
        <translation>Name der Quelle</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="149"/>
        <source>e.g. images-cdn</source>
        <translation>z. B. images-cdn</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="150"/>
        <source>Letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;; used on the command line and in presets</source>
        <translation>Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;; wird auf der Kommandozeile und in Vorlagen verwendet</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="151"/>
        <source>Source name: error</source>
        <translation>Name der Quelle: Fehler</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="155"/>
        <source>&amp;Name *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="159"/>
        <source>Provider type</source>
        <translation>Provider-Typ</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="184"/>
        <source>&amp;Type</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="194"/>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="202"/>
        <source>Endpoint URL</source>
        <translation>Endpoint-URL</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="206"/>
        <source>Endpoint URLs, one per line</source>
        <translation>Endpoint-URLs, eine pro Zeile</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="209"/>
        <source>Endpoint: error</source>
        <translation>Endpoint: Fehler</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="214"/>
        <location filename="../widgets/sourcedialog.cpp" line="375"/>
        <source>&amp;Endpoint</source>
        <translation>&amp;Endpoint</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="219"/>
        <source>From file</source>
        <translation>Aus Datei</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="232"/>
        <source>Store in the &amp;keychain</source>
        <translation>Im &amp;Schlüsselbund speichern</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="233"/>
        <source>Keep for this &amp;session only (not saved)</source>
        <translation>Nur für diese Sit&amp;zung behalten (nicht gespeichert)</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="234"/>
        <source>Read from an en&amp;vironment variable</source>
        <translation>Aus einer &amp;Umgebungsvariablen lesen</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="235"/>
        <source>N&amp;one</source>
        <translation>&amp;Keins</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="241"/>
        <source>The secret is held in memory until Purgeline quits and is never written to disk</source>
        <translation>Das Geheimnis bleibt im Speicher, bis Purgeline beendet wird, und wird nie auf die Festplatte geschrieben</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="247"/>
        <source>Environment variable name</source>
        <translation>Name der Umgebungsvariablen</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="248"/>
        <source>e.g. PURGE_TOKEN</source>
        <translation>z. B. PURGE_TOKEN</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="250"/>
        <source>Secret: error</source>
        <translation>Geheimnis: Fehler</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="264"/>
        <source>&amp;Source</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="269"/>
        <source>Leave a field empty to use the provider&apos;s documented limit.</source>
        <translation>Ein Feld leer lassen, um das dokumentierte Limit des Providers zu verwenden.</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="276"/>
        <source>&amp;Limits and Mapping</source>
        <translation>&amp;Limits und Zuordnung</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="281"/>
        <source>After each purge, Purgeline can ask for the purged URLs as a visitor would and read the cache&apos;s own answer: verified fresh, still cached (then purged once more), or cannot tell.</source>
        <translation>Nach jeder Leerung kann Purgeline die geleerten URLs wie ein Besucher abfragen und die eigene Antwort des Caches lesen: geprüft frisch, noch zwischengespeichert (dann noch einmal geleert) oder nicht feststellbar.</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="290"/>
        <source>&amp;Verification</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="298"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="357"/>
        <location filename="../widgets/sourcedialog.cpp" line="393"/>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="361"/>
        <source>Default: unpaced</source>
        <translation>Standard: ohne Taktung</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="364"/>
        <source>Default and maximum: %1</source>
        <translation>Standard und Maximum: %1</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="366"/>
        <source>Default: no cap</source>
        <translation>Standard: keine Obergrenze</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="368"/>
        <source>e.g. public=https://www.example.com (from git) or /srv/site/public=https://www.example.com (dropped files)</source>
        <translation>z. B. public=https://www.example.com (aus git) oder /srv/site/public=https://www.example.com (abgelegte Dateien)</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="375"/>
        <source>&amp;Endpoints</source>
        <translation>&amp;Endpoints</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="376"/>
        <location filename="../widgets/sourcedialog.cpp" line="406"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="392"/>
        <source>e.g. https://cache.example.com</source>
        <translation>z. B. https://cache.example.com</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="395"/>
        <source>One base URL per cache, one per line, e.g.
http://10.0.0.1:6081
http://10.0.0.2:6081</source>
        <translation>Eine Basis-URL pro Cache, eine pro Zeile, z. B.
http://10.0.0.1:6081
http://10.0.0.2:6081</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="397"/>
        <source>Base URL of the API; point it at a proxy, a staging API or a test server</source>
        <translation>Basis-URL der API; kann auf einen Proxy, eine Staging-API oder einen Testserver zeigen</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="399"/>
        <source>Each cache of the cluster receives every purge</source>
        <translation>Jeder Cache des Clusters erhält jede Leerung</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="405"/>
        <source>%1 (optional)</source>
        <translation>%1 (optional)</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="459"/>
        <source>Leave empty to keep the stored secret</source>
        <translation>Leer lassen, um das gespeicherte Geheimnis zu behalten</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="460"/>
        <source>Enter the %1</source>
        <translation>%1 eingeben</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="465"/>
        <source>not set now</source>
        <translation>derzeit nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="466"/>
        <source>set now</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="500"/>
        <location filename="../widgets/sourcedialog.cpp" line="504"/>
        <location filename="../widgets/sourcedialog.cpp" line="519"/>
        <source>Currently: %1</source>
        <translation>Derzeit: %1</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="549"/>
        <source>Name is required.</source>
        <translation>Name ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="551"/>
        <source>invalid source name &quot;%1&quot;: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit</source>
        <translation>ungültiger Quellenname „%1“: Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; verwenden, beginnend mit Buchstabe oder Ziffer</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="556"/>
        <source>a source named &quot;%1&quot; already exists</source>
        <translation>eine Quelle namens „%1“ existiert bereits</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="584"/>
        <source>Enter the %1, or choose an environment variable.</source>
        <translation>%1 eingeben oder eine Umgebungsvariable wählen.</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="586"/>
        <source>No %1 is stored for this source: enter it.</source>
        <translation>Für diese Quelle ist kein %1 gespeichert: bitte eingeben.</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="591"/>
        <source>invalid environment variable name &quot;%1&quot;</source>
        <translation>ungültiger Name der Umgebungsvariablen „%1“</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="605"/>
        <location filename="../widgets/sourcedialog.cpp" line="627"/>
        <location filename="../widgets/sourcedialog.cpp" line="644"/>
        <source>Please correct the marked fields.</source>
        <translation>Bitte die markierten Felder korrigieren.</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="672"/>
        <source>Storing the %1 in the keychain…</source>
        <translation>%1 wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="694"/>
        <source>the system keychain did not answer within %1 s</source>
        <translation>der System-Schlüsselbund hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="705"/>
        <source>Could not save the source: %1</source>
        <translation>Die Quelle konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="720"/>
        <source>Could not store the secret: %1. Nothing was saved.</source>
        <translation>Das Geheimnis konnte nicht gespeichert werden: %1. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="727"/>
        <source>Nothing was saved: %1. Read the secret from an environment variable instead, or keep it for this session only: Purgeline then holds it in memory until it quits and never writes it to disk.</source>
        <translation>Nichts wurde gespeichert: %1. Das Geheimnis stattdessen aus einer Umgebungsvariablen lesen oder nur für diese Sitzung behalten: Purgeline hält es dann im Speicher, bis es beendet wird, und schreibt es nie auf die Festplatte.</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="731"/>
        <source>Nothing was saved: %1. Read the secret from an environment variable instead.</source>
        <translation>Nichts wurde gespeichert: %1. Das Geheimnis stattdessen aus einer Umgebungsvariablen lesen.</translation>
    </message>
</context>
<context>
    <name>SourceListModel</name>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="67"/>
        <source>Works on local files</source>
        <translation>Arbeitet mit lokalen Dateien</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="69"/>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="96"/>
        <source>Credentials: %1</source>
        <translation>Zugangsdaten: %1</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="110"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="112"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="114"/>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="116"/>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="133"/>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="135"/>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="137"/>
        <source>stored for this session only</source>
        <translation>nur für diese Sitzung gespeichert</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="139"/>
        <source>missing</source>
        <translation>fehlen</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="141"/>
        <source>keychain unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="143"/>
        <source>from environment variable %1 (set)</source>
        <translation>aus Umgebungsvariable %1 (gesetzt)</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="145"/>
        <source>from environment variable %1 (not set)</source>
        <translation>aus Umgebungsvariable %1 (nicht gesetzt)</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="147"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="149"/>
        <source>none needed</source>
        <translation>nicht nötig</translation>
    </message>
</context>
<context>
    <name>SourceMapping</name>
    <message>
        <location filename="../app/changes/sourcemapping.cpp" line="41"/>
        <source>setting map: %1</source>
        <translation>Einstellung map: %1</translation>
    </message>
    <message>
        <location filename="../app/changes/sourcemapping.cpp" line="54"/>
        <source>its map setting maps no local folder (add /local/folder=https://public.url/prefix)</source>
        <translation>ihre Einstellung map ordnet keinen lokalen Ordner zu (/local/folder=https://public.url/prefix hinzufügen)</translation>
    </message>
    <message>
        <location filename="../app/changes/sourcemapping.cpp" line="63"/>
        <source>the file is not inside a folder it maps (%1)</source>
        <translation>die Datei liegt in keinem Ordner, den sie zuordnet (%1)</translation>
    </message>
</context>
<context>
    <name>SourceStore</name>
    <message>
        <location filename="../app/storage/sourcestore.cpp" line="88"/>
        <source>a source named &quot;%1&quot; already exists</source>
        <translation>eine Quelle namens „%1“ existiert bereits</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="51"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="66"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="72"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="75"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="77"/>
        <location filename="../widgets/sourcespanel.cpp" line="214"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="80"/>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="87"/>
        <source>Source actions</source>
        <translation>Quellenaktionen</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="91"/>
        <source>Add a source</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="93"/>
        <source>Check the selected source&apos;s settings, secret and endpoint without purging anything</source>
        <translation>Einstellungen, Geheimnis und Endpunkt der gewählten Quelle prüfen, ohne etwas zu bereinigen</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="100"/>
        <source>Sources message</source>
        <translation>Meldung zu den Quellen</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="194"/>
        <source>Cannot Remove Source</source>
        <translation>Quelle kann nicht entfernt werden</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/sourcespanel.cpp" line="195"/>
        <source>“%1” still has %n open transaction(s). Remove it once they have finished or been cancelled, so no queued work is lost.</source>
        <translation>
            <numerusform>„%1“ hat noch %n offene Transaktion. Erst entfernen, wenn sie abgeschlossen oder abgebrochen ist, damit keine eingereihte Arbeit verloren geht.</numerusform>
            <numerusform>„%1“ hat noch %n offene Transaktionen. Erst entfernen, wenn sie abgeschlossen oder abgebrochen sind, damit keine eingereihte Arbeit verloren geht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="207"/>
        <source>Remove the source “%1”? Its settings are deleted and its secret is removed from the keychain. Presets that use it stop working.</source>
        <translation>Die Quelle „%1“ entfernen? Ihre Einstellungen werden gelöscht und ihr Geheimnis wird aus dem Schlüsselbund entfernt. Vorlagen, die sie verwenden, funktionieren nicht mehr.</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="209"/>
        <source>Remove the source “%1”? Its settings are deleted. Presets that use it stop working.</source>
        <translation>Die Quelle „%1“ entfernen? Ihre Einstellungen werden gelöscht. Vorlagen, die sie verwenden, funktionieren nicht mehr.</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="210"/>
        <source>Remove Source</source>
        <translation>Quelle entfernen</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/sourcespanel.cpp" line="230"/>
        <source>Not removed: “%1” has %n open transaction(s) now.</source>
        <translation>
            <numerusform>Nicht entfernt: „%1“ hat jetzt %n offene Transaktion.</numerusform>
            <numerusform>Nicht entfernt: „%1“ hat jetzt %n offene Transaktionen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="236"/>
        <source>Could not remove “%1”.</source>
        <translation>„%1“ konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="243"/>
        <source>Removed “%1”, but its keychain entry could not be removed: %2</source>
        <translation>„%1“ entfernt, aber sein Schlüsselbundeintrag konnte nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>TargetListModel</name>
    <message>
        <location filename="../models/targetlistmodel.cpp" line="57"/>
        <source>%1 (not mapped)</source>
        <translation>%1 (nicht zugeordnet)</translation>
    </message>
    <message>
        <location filename="../models/targetlistmodel.cpp" line="61"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/targetlistmodel.cpp" line="62"/>
        <source>%1 → %2 (+%n more)</source>
        <translation>
            <numerusform>%1 → %2 (+%n weitere)</numerusform>
            <numerusform>%1 → %2 (+%n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/targetlistmodel.cpp" line="66"/>
        <source>%1 (not for %2)</source>
        <translation>%1 (nicht für %2)</translation>
    </message>
    <message>
        <location filename="../models/targetlistmodel.cpp" line="73"/>
        <source>%1
Cannot be sent: %2</source>
        <translation>%1
Kann nicht gesendet werden: %2</translation>
    </message>
    <message>
        <location filename="../models/targetlistmodel.cpp" line="75"/>
        <source>%1
Not purged: %2</source>
        <translation>%1
Nicht geleert: %2</translation>
    </message>
    <message>
        <location filename="../models/targetlistmodel.cpp" line="76"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location filename="../models/targetlistmodel.cpp" line="279"/>
        <source>source %1, %2</source>
        <translation>Quelle %1, %2</translation>
    </message>
    <message>
        <location filename="../models/targetlistmodel.cpp" line="314"/>
        <source>%1: not purged: %2</source>
        <translation>%1: nicht geleert: %2</translation>
    </message>
    <message>
        <location filename="../models/targetlistmodel.cpp" line="315"/>
        <location filename="../models/targetlistmodel.cpp" line="339"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/targetlistmodel.cpp" line="336"/>
        <source>no source is chosen; a source&apos;s path mapping turns local files into URLs</source>
        <translation>keine Quelle gewählt; die Pfadzuordnung einer Quelle macht aus lokalen Dateien URLs</translation>
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
        <location filename="../widgets/transactiondetails.cpp" line="47"/>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="48"/>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="50"/>
        <source>Attempts:</source>
        <translation>Versuche:</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="51"/>
        <source>Provider ID:</source>
        <translation>Provider-ID:</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="52"/>
        <source>Times:</source>
        <translation>Zeiten:</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="53"/>
        <source>Last error:</source>
        <translation>Letzter Fehler:</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="54"/>
        <source>Verified:</source>
        <translation>Geprüft:</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="66"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="66"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="66"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="66"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="70"/>
        <source>Attempts and status polls</source>
        <translation>Versuche und Statusabfragen</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="77"/>
        <source>Transaction details</source>
        <translation>Transaktionsdetails</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="127"/>
        <source>No transaction selected</source>
        <translation>Keine Transaktion ausgewählt</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="61"/>
        <source>What it sends</source>
        <translation>Was sie sendet</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="49"/>
        <source>Asked by:</source>
        <translation>Angefragt von:</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="62"/>
        <source>What this transaction sends appears here.</source>
        <translation>Was diese Transaktion sendet, erscheint hier.</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="63"/>
        <source>What it sends, with credentials replaced by [redacted]</source>
        <translation>Was sie sendet, Zugangsdaten durch [redacted] ersetzt</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="84"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="88"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="90"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="91"/>
        <source>%1, from %2</source>
        <translation>%1, über %2</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="92"/>
        <source>%1: “%2”</source>
        <translation>%1: „%2“</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="138"/>
        <source>Transaction %1 of request %2</source>
        <translation>Transaktion %1 der Anfrage %2</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="141"/>
        <source>%1, next attempt %2</source>
        <translation>%1, nächster Versuch %2</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="143"/>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="148"/>
        <source>%1: %2, layer %3 of %4</source>
        <translation>%1: %2, Schicht %3 von %4</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="152"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="156"/>
        <source>%1 (%2 before it was retried)</source>
        <translation>%1 (%2 vor dem erneuten Versuch)</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="158"/>
        <source>%1, status polls: %2</source>
        <translation>%1, Statusabfragen: %2</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="160"/>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="161"/>
        <source>created %1, updated %2</source>
        <translation>erstellt %1, aktualisiert %2</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="164"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="165"/>
        <source>none now; an earlier attempt failed: %1</source>
        <translation>jetzt keiner; ein früherer Versuch schlug fehl: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/transactiondetails.cpp" line="173"/>
        <source>%1 (%n URL(s) asked for)</source>
        <translation>
            <numerusform>%1 (%n URL abgefragt)</numerusform>
            <numerusform>%1 (%n URLs abgefragt)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="175"/>
        <source>%1; purges again what transaction %2 left cached</source>
        <translation>%1; leert erneut, was Transaktion %2 zwischengespeichert ließ</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="181"/>
        <source>Status poll:</source>
        <translation>Statusabfrage:</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="199"/>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="204"/>
        <source>verify: %1</source>
        <translation>Prüfung: %1</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="205"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>TransactionPreview</name>
    <message>
        <location filename="../models/transactionpreview.cpp" line="44"/>
        <source>source &quot;%1&quot; no longer exists</source>
        <translation>Quelle „%1“ existiert nicht mehr</translation>
    </message>
    <message>
        <location filename="../models/transactionpreview.cpp" line="46"/>
        <source>unknown source type &quot;%1&quot;</source>
        <translation>unbekannter Quellentyp „%1“</translation>
    </message>
    <message>
        <location filename="../models/transactionpreview.cpp" line="48"/>
        <source>%1 runs on this computer; nothing is sent over the network</source>
        <translation>%1 läuft auf diesem Computer; nichts wird über das Netzwerk gesendet</translation>
    </message>
    <message>
        <location filename="../models/transactionpreview.cpp" line="90"/>
        <source>transaction %1: %2</source>
        <translation>Transaktion %1: %2</translation>
    </message>
</context>
<context>
    <name>TransactionRecord</name>
    <message>
        <location filename="../app/core/transactionrecord.cpp" line="30"/>
        <source>everything</source>
        <translation>alles</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/transactionrecord.cpp" line="35"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransactionStore</name>
    <message>
        <location filename="../app/storage/transactionstore.cpp" line="129"/>
        <source>the database could not be written</source>
        <translation>in die Datenbank konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../app/storage/transactionstore.cpp" line="668"/>
        <source>request %1 no longer awaits approval</source>
        <translation>Anfrage %1 wartet nicht mehr auf Freigabe</translation>
    </message>
    <message>
        <location filename="../app/storage/transactionstore.cpp" line="674"/>
        <source>approved by %1</source>
        <translation>freigegeben von %1</translation>
    </message>
    <message>
        <location filename="../app/storage/transactionstore.cpp" line="676"/>
        <source>rejected by %1</source>
        <translation>abgelehnt von %1</translation>
    </message>
    <message>
        <location filename="../app/storage/transactionstore.cpp" line="677"/>
        <source>rejected by %1: %2</source>
        <translation>abgelehnt von %1: %2</translation>
    </message>
</context>
<context>
    <name>TransactionTableModel</name>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="32"/>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="34"/>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="36"/>
        <source>Waiting for status</source>
        <translation>Wartet auf Status</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="38"/>
        <source>Retry scheduled</source>
        <translation>Wiederholung geplant</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="40"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="42"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="44"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="46"/>
        <source>Awaiting approval</source>
        <translation>Wartet auf Freigabe</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="148"/>
        <source>An earlier attempt failed: %1</source>
        <translation>Ein früherer Versuch schlug fehl: %1</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="152"/>
        <source>%1 since it was retried, %2 before</source>
        <translation>%1 seit dem erneuten Versuch, %2 davor</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="155"/>
        <source>Next attempt at %1</source>
        <translation>Nächster Versuch um %1</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="169"/>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="182"/>
        <source>earlier: %1</source>
        <translation>früher: %1</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="195"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="197"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="199"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="201"/>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="203"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="205"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="207"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="209"/>
        <source>Provider ID</source>
        <translation>Provider-ID</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="211"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="213"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="215"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="217"/>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
</context>
<context>
    <name>TransactionView</name>
    <message>
        <location filename="../widgets/transactionview.cpp" line="34"/>
        <source>Copy this c&amp;ell</source>
        <translation>Diese &amp;Zelle kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/transactionview.cpp" line="35"/>
        <source>Ctrl+Alt+C</source>
        <translation>Ctrl+Alt+C</translation>
    </message>
    <message>
        <location filename="../widgets/transactionview.cpp" line="38"/>
        <source>Copy the whole text of the current cell: every target, the full error (Ctrl+Alt+C)</source>
        <translation>Den ganzen Text der aktuellen Zelle kopieren: jedes Ziel, den vollständigen Fehler (Strg+Alt+C)</translation>
    </message>
</context>
<context>
    <name>TransactionsPanel</name>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="68"/>
        <source>Transactions</source>
        <translation>Transaktionen</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="107"/>
        <source>Withdraw request %1</source>
        <translation>Anfrage %1 zurückziehen</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="107"/>
        <source>Reject request %1</source>
        <translation>Anfrage %1 ablehnen</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="108"/>
        <source>Why is it withdrawn? (optional)</source>
        <translation>Warum wird sie zurückgezogen? (optional)</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="108"/>
        <source>Why is it rejected? The one who asked sees this.</source>
        <translation>Warum wird sie abgelehnt? Die anfragende Person sieht diesen Text.</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="129"/>
        <source>&amp;Retry selected</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="129"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="131"/>
        <source>Retry all &amp;failed</source>
        <translation>&amp;Fehlschläge wiederholen</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="132"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="133"/>
        <source>&amp;Cancel selected</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="135"/>
        <source>Cancel all &amp;pending</source>
        <translation>&amp;Ausstehende abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="136"/>
        <source>Ctrl+Shift+Del</source>
        <translation>Ctrl+Shift+Del</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="137"/>
        <source>Copy &amp;URLs</source>
        <translation>&amp;URLs kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="139"/>
        <source>Copy as c&amp;url</source>
        <translation>Als &amp;curl kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="140"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="141"/>
        <source>Filter transactions</source>
        <translation>Transaktionen filtern</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="144"/>
        <source>Put the selected failed or cancelled transactions back in the queue (Ctrl+R)</source>
        <translation>Die gewählten fehlgeschlagenen oder abgebrochenen Transaktionen wieder einreihen (Strg+R)</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="145"/>
        <source>Put every failed transaction back in the queue (Ctrl+Shift+R)</source>
        <translation>Jede fehlgeschlagene Transaktion wieder einreihen (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="146"/>
        <source>Stop the selected transactions that have not been sent (Del)</source>
        <translation>Die gewählten, noch nicht gesendeten Transaktionen stoppen (Entf)</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="147"/>
        <source>Stop every transaction that has not finished (Ctrl+Shift+Del)</source>
        <translation>Jede nicht abgeschlossene Transaktion stoppen (Strg+Umschalt+Entf)</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="148"/>
        <source>Copy the selected transactions as curl commands, credentials redacted</source>
        <translation>Die ausgewählten Transaktionen als curl-Befehle kopieren, Zugangsdaten geschwärzt</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/transactionspanel.cpp" line="386"/>
        <source>Copied %n transaction(s) as curl commands, credentials redacted</source>
        <translation>
            <numerusform>%n Transaktion als curl-Befehl kopiert, Zugangsdaten geschwärzt</numerusform>
            <numerusform>%n Transaktionen als curl-Befehle kopiert, Zugangsdaten geschwärzt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="419"/>
        <source>Could not approve: %1</source>
        <translation>Freigabe nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/transactionspanel.cpp" line="425"/>
        <source>Request %1 approved: %n transaction(s) queued</source>
        <translation>
            <numerusform>Anfrage %1 freigegeben: %n Transaktion eingereiht</numerusform>
            <numerusform>Anfrage %1 freigegeben: %n Transaktionen eingereiht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="437"/>
        <source>Could not reject: %1</source>
        <translation>Ablehnen nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="441"/>
        <source>Request %1 withdrawn: nothing was sent</source>
        <translation>Anfrage %1 zurückgezogen: nichts wurde gesendet</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="442"/>
        <source>Request %1 rejected: nothing was sent</source>
        <translation>Anfrage %1 abgelehnt: nichts wurde gesendet</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="497"/>
        <source>Request %1: %2 of %3 transactions done, %4 failed</source>
        <translation>Anfrage %1: %2 von %3 Transaktionen erledigt, %4 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="504"/>
        <source>Request %1: %2 of %3 transactions done</source>
        <translation>Anfrage %1: %2 von %3 Transaktionen erledigt</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="156"/>
        <source>Filter by URL, source, error or provider ID (Ctrl+F)</source>
        <translation>Nach URL, Quelle, Fehler oder Provider-ID filtern (Strg+F)</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="158"/>
        <source>Filter text</source>
        <translation>Filtertext</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="175"/>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="176"/>
        <source>Not finished</source>
        <translation>Nicht abgeschlossen</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="177"/>
        <source>Failed or cancelled</source>
        <translation>Fehlgeschlagen oder abgebrochen</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="183"/>
        <source>State filter</source>
        <translation>Zustandsfilter</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="187"/>
        <source>Source filter</source>
        <translation>Quellenfilter</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="194"/>
        <source>Any verification</source>
        <translation>Jede Prüfung</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="202"/>
        <source>Being verified</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="205"/>
        <source>Verification filter</source>
        <translation>Prüfungsfilter</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="231"/>
        <location filename="../widgets/transactionspanel.cpp" line="234"/>
        <source>Progress of the newest request</source>
        <translation>Fortschritt der neuesten Anfrage</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="265"/>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/transactionspanel.cpp" line="334"/>
        <source>%n transaction(s) queued again</source>
        <translation>
            <numerusform>%n Transaktion erneut eingereiht</numerusform>
            <numerusform>%n Transaktionen erneut eingereiht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/transactionspanel.cpp" line="340"/>
        <source>%n failed transaction(s) queued again</source>
        <translation>
            <numerusform>%n fehlgeschlagene Transaktion erneut eingereiht</numerusform>
            <numerusform>%n fehlgeschlagene Transaktionen erneut eingereiht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/transactionspanel.cpp" line="350"/>
        <location filename="../widgets/transactionspanel.cpp" line="357"/>
        <source>Cancelling %n transaction(s)</source>
        <translation>
            <numerusform>%n Transaktion wird abgebrochen</numerusform>
            <numerusform>%n Transaktionen werden abgebrochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/transactionspanel.cpp" line="373"/>
        <source>Copied %n target(s)</source>
        <translation>
            <numerusform>%n Ziel kopiert</numerusform>
            <numerusform>%n Ziele kopiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="495"/>
        <source>No requests yet</source>
        <translation>Noch keine Anfragen</translation>
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
<context>
    <name>VerifyText</name>
    <message>
        <location filename="../app/queue/verifytext.cpp" line="20"/>
        <source>verifying</source>
        <translation>prüft</translation>
    </message>
    <message>
        <location filename="../app/queue/verifytext.cpp" line="22"/>
        <source>still cached: purged again</source>
        <translation>noch zwischengespeichert: erneut geleert</translation>
    </message>
    <message>
        <location filename="../app/queue/verifytext.cpp" line="24"/>
        <source>verified fresh</source>
        <translation>geprüft frisch</translation>
    </message>
    <message>
        <location filename="../app/queue/verifytext.cpp" line="26"/>
        <source>still cached</source>
        <translation>noch zwischengespeichert</translation>
    </message>
    <message>
        <location filename="../app/queue/verifytext.cpp" line="28"/>
        <source>cannot tell</source>
        <translation>nicht feststellbar</translation>
    </message>
    <message>
        <location filename="../app/queue/verifytext.cpp" line="29"/>
        <source>not verified</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location filename="../app/queue/verifytext.cpp" line="34"/>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <location filename="../app/queue/verifytext.cpp" line="68"/>
        <source>STILL CACHED %1 (%2): %3</source>
        <translation>NOCH ZWISCHENGESPEICHERT %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../app/queue/verifytext.cpp" line="70"/>
        <source>cannot tell %1 (%2): %3</source>
        <translation>nicht feststellbar %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../app/queue/verifytext.cpp" line="78"/>
        <source>verified: %1 fresh, %2 still cached, %3 cannot tell</source>
        <translation>geprüft: %1 frisch, %2 noch zwischengespeichert, %3 nicht feststellbar</translation>
    </message>
</context>
<context>
    <name>WebhookProvider</name>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="99"/>
        <source>Webhook (in-house cache or deploy system)</source>
        <translation>Webhook (eigener Cache oder eigenes Deploy-System)</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="102"/>
        <source>Your own endpoint: enter its URL and, if it checks one, the shared secret your deploy system or in-house cache expects.</source>
        <translation>Ihr eigener Endpunkt: Geben Sie seine URL ein und, falls er eines prüft, das gemeinsame Geheimnis, das Ihr Deploy-System oder Ihr hauseigener Cache erwartet.</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="104"/>
        <source>Secret (sent where a header uses {{secret}})</source>
        <translation>Geheimnis (gesendet, wo ein Header {{secret}} verwendet)</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="114"/>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="119"/>
        <source>NAME:VALUE, one header per --set header=... (or per line); a value may use {{secret}} (the header is then never shown), {{action}}, {{match}} and {{request_id}} (the same on every send of one transaction: an idempotency key)</source>
        <translation>NAME:WERT, ein Header je --set header=... (oder je Zeile); ein Wert darf {{secret}} (der Header wird dann nie angezeigt), {{action}}, {{match}} und {{request_id}} enthalten (bei jedem Senden einer Transaktion gleich: ein Idempotenzschlüssel)</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="126"/>
        <source>HTTP method</source>
        <translation>HTTP-Methode</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="131"/>
        <source>Any HTTP method: POST, PUT, DELETE, PURGE, ...</source>
        <translation>Jede HTTP-Methode: POST, PUT, DELETE, PURGE, ...</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="133"/>
        <source>URL template</source>
        <translation>URL-Template</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="138"/>
        <source>An absolute URL, or a path and query appended to the endpoint; {{url}} is the target, percent-encoded, and sends one target per request; {{action}} and {{match}} are the request&apos;s words. Default: the endpoint</source>
        <translation>Eine absolute URL oder ein Pfad mit Query, an den Endpoint angehängt; {{url}} ist das Ziel, prozentkodiert, und sendet ein Ziel pro Anfrage; {{action}} und {{match}} sind die Wörter der Anfrage. Standard: der Endpoint</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="143"/>
        <source>Body template</source>
        <translation>Body-Template</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="148"/>
        <source>{{targets_json}}: the targets as a JSON array; {{urls_json}}: the same for exact and prefix purges, [] otherwise; {{url}}: the one target, escaped for a JSON string (one request per target); {{action}}, {{match}}. Sent as application/json unless a Content-Type header is set. Default: no body</source>
        <translation>{{targets_json}}: die Ziele als JSON-Array; {{urls_json}}: dasselbe für exact- und prefix-Leerungen, sonst []; {{url}}: das eine Ziel, für einen JSON-String maskiert (eine Anfrage pro Ziel); {{action}}, {{match}}. Gesendet als application/json, sofern kein Content-Type-Header gesetzt ist. Standard: kein Body</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="153"/>
        <source>Success status</source>
        <translation>Erfolgsstatus</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="158"/>
        <source>2xx, or a comma-separated list of status codes and classes such as 200,204 or 2xx,404</source>
        <translation>2xx oder eine kommagetrennte Liste von Statuscodes und -klassen wie 200,204 oder 2xx,404</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="181"/>
        <source>%1: unknown placeholder %2; known placeholders: %3</source>
        <translation>%1: unbekannter Platzhalter %2; bekannte Platzhalter: %3</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="186"/>
        <source>%1: {{secret}} may only appear in a header value (--set header=NAME:VALUE), where it is redacted whenever the request is shown</source>
        <translation>%1: {{secret}} darf nur in einem Header-Wert stehen (--set header=NAME:VALUE), wo es geschwärzt wird, wann immer die Anfrage angezeigt wird</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="190"/>
        <source>%1: %2 cannot be used here; %1 takes %3</source>
        <translation>%1: %2 kann hier nicht verwendet werden; %1 nimmt %3</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="249"/>
        <source>setting success &quot;%1&quot;: expected 2xx or a comma-separated list of status codes and classes, such as 200,204 or 2xx,404</source>
        <translation>Einstellung success „%1“: 2xx oder eine kommagetrennte Liste von Statuscodes und -klassen erwartet, wie 200,204 oder 2xx,404</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="304"/>
        <source>webhook needs --endpoint URL: the base URL of the service to call</source>
        <translation>webhook braucht --endpoint URL: die Basis-URL des aufzurufenden Dienstes</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="307"/>
        <source>setting method &quot;%1&quot; is not a valid HTTP method (a token such as POST or PURGE)</source>
        <translation>Einstellung method „%1“ ist keine gültige HTTP-Methode (ein Token wie POST oder PURGE)</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="319"/>
        <source>setting url_template &quot;%1&quot; does not make an absolute http:// or https:// URL</source>
        <translation>Einstellung url_template „%1“ ergibt keine absolute http://- oder https://-URL</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="334"/>
        <source>setting header &quot;%1&quot; contains a line break</source>
        <translation>Einstellung header „%1“ enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="338"/>
        <source>setting header &quot;%1&quot;: expected NAME:VALUE with a valid header name</source>
        <translation>Einstellung header „%1“: NAME:VALUE mit gültigem Header-Namen erwartet</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="344"/>
        <source>setting header: %1 is set by the HTTP client; leave it out</source>
        <translation>Einstellung header: %1 wird vom HTTP-Client gesetzt; weglassen</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="347"/>
        <source>setting header: %1 is given twice</source>
        <translation>Einstellung header: %1 ist doppelt angegeben</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="357"/>
        <source>header %1 uses {{secret}}, but the source has no secret: add --secret-env VAR or --secret-stdin</source>
        <translation>Header %1 verwendet {{secret}}, aber die Quelle hat kein Geheimnis: --secret-env VAR oder --secret-stdin hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="363"/>
        <source>a secret is configured but no header uses it: add --set header=NAME:...{{secret}} (e.g. &quot;Authorization: Bearer {{secret}}&quot;)</source>
        <translation>ein Geheimnis ist eingerichtet, aber kein Header verwendet es: --set header=NAME:...{{secret}} hinzufügen (z. B. &quot;Authorization: Bearer {{secret}}&quot;)</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="375"/>
        <source>this webhook&apos;s url_template and body_template name no target ({{url}}, {{urls_json}} or {{targets_json}}), so it cannot say what to purge; only --match all works with it</source>
        <translation>url_template und body_template dieses Webhooks nennen kein Ziel ({{url}}, {{urls_json}} oder {{targets_json}}), daher kann er nicht sagen, was zu leeren ist; nur --match all funktioniert mit ihm</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="418"/>
        <source>HTTP %1 is not a success status of this webhook (success=%2)</source>
        <translation>HTTP %1 ist kein Erfolgsstatus dieses Webhooks (success=%2)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../widgets/welcomepage.cpp" line="13"/>
        <source>Purge every cache in front of your site</source>
        <translation>Jeden Cache vor Ihrer Website leeren</translation>
    </message>
    <message>
        <location filename="../widgets/welcomepage.cpp" line="21"/>
        <source>When a file on your site changes, the caches in front of it still hand out the old copy. Purgeline tells each of them to forget it: drop the files you changed, or type their URLs, and every purge is sent at the provider&apos;s own pace, retried when that helps, and kept in a searchable history.</source>
        <translation>Ändert sich eine Datei Ihrer Website, liefern die Caches davor noch die alte Kopie aus. Purgeline sagt jedem von ihnen, sie zu vergessen: Ziehen Sie die geänderten Dateien hierher oder geben Sie ihre URLs ein, und jede Leerung wird im Takt des Anbieters gesendet, wiederholt, wenn das hilft, und in einem durchsuchbaren Verlauf festgehalten.</translation>
    </message>
    <message>
        <location filename="../widgets/welcomepage.cpp" line="44"/>
        <source>Start by telling Purgeline about one cache: a source. Its form says which settings the provider needs and where to find its key; the key goes to your keychain, never to a file.</source>
        <translation>Beginnen Sie damit, Purgeline einen Cache zu nennen: eine Quelle. Ihr Formular sagt, welche Einstellungen der Anbieter braucht und wo sein Schlüssel zu finden ist; der Schlüssel kommt in Ihren Schlüsselbund, nie in eine Datei.</translation>
    </message>
    <message>
        <location filename="../widgets/welcomepage.cpp" line="51"/>
        <source>&amp;Add your first source…</source>
        <translation>Erste Quelle &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../widgets/welcomepage.cpp" line="58"/>
        <source>From a terminal or a deploy hook: &lt;code&gt;purgeline source add NAME --type TYPE …&lt;/code&gt; (see &lt;code&gt;man purgeline&lt;/code&gt;).</source>
        <translation>Aus einem Terminal oder einem Deploy-Hook: &lt;code&gt;purgeline source add NAME --type TYPE …&lt;/code&gt; (siehe &lt;code&gt;man purgeline&lt;/code&gt;).</translation>
    </message>
</context>
<context>
    <name>WorkerCommand</name>
    <message>
        <location filename="../app/cli/workercommand.cpp" line="47"/>
        <source>--lease must be a number of seconds from 1 to 3600, not &quot;%1&quot;</source>
        <translation>--lease muss eine Anzahl Sekunden von 1 bis 3600 sein, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/workercommand.cpp" line="96"/>
        <source>worker %1 on %2: claiming work from %3</source>
        <translation>Worker %1 auf %2: übernimmt Arbeit aus %3</translation>
    </message>
    <message>
        <location filename="../app/cli/workercommand.cpp" line="104"/>
        <source>worker stopped: %1 succeeded, %2 failed; unfinished work is given back</source>
        <translation>Worker beendet: %1 erfolgreich, %2 fehlgeschlagen; nicht abgeschlossene Arbeit wird zurückgegeben</translation>
    </message>
</context>
</TS>
