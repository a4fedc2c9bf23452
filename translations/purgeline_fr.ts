<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../widgets/transactionview.cpp" line="87"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
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
        <translation>(identifiant de support %1)</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="73"/>
        <source>setting %1 is missing: copy it from the API client&apos;s .edgerc (or use --edgerc FILE)</source>
        <translation>le paramètre %1 est manquant&#xa0;: copiez-le depuis le .edgerc du client d’API (ou utilisez --edgerc FICHIER)</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="78"/>
        <source>setting %1 contains white space, &apos;;&apos; or a character outside printable ASCII; copy it again from the API client&apos;s .edgerc</source>
        <translation>le paramètre %1 contient des espaces, un &apos;;&apos; ou un caractère hors de l’ASCII imprimable&#xa0;; copiez-le de nouveau depuis le .edgerc du client d’API</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="94"/>
        <source>Create an API client with Fast Purge access in Akamai Control Center (Identity and access); its .edgerc file holds the host, the tokens and the client secret.</source>
        <translation>Créez dans Akamai Control Center (Identity and access) un client API ayant accès à Fast Purge ; son fichier .edgerc contient l’hôte, les jetons et le secret client.</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="97"/>
        <source>Client secret</source>
        <translation>Secret du client</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="101"/>
        <source>base64 text, as on the client_secret line of .edgerc</source>
        <translation>du texte base64, comme sur la ligne client_secret du fichier .edgerc</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="104"/>
        <source>CP codes</source>
        <translation>Codes CP</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="105"/>
        <source>Content provider codes: everything cached under them</source>
        <translation>Codes de fournisseur de contenu&#xa0;: tout ce qui est en cache sous ces codes</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="115"/>
        <source>API host</source>
        <translation>Hôte de l’API</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="120"/>
        <source>The API client&apos;s host from .edgerc, such as akab-xxxx.luna.akamaiapis.net</source>
        <translation>L’hôte du client d’API indiqué dans le .edgerc, par exemple akab-xxxx.luna.akamaiapis.net</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="122"/>
        <source>Client token</source>
        <translation>Jeton client</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="127"/>
        <source>client_token from .edgerc; the client secret is the secret</source>
        <translation>client_token du .edgerc&#xa0;; le secret du client est le secret</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="129"/>
        <source>Access token</source>
        <translation>Jeton d’accès</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="134"/>
        <source>access_token from .edgerc</source>
        <translation>access_token du .edgerc</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="136"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="141"/>
        <source>Purge the staging network or production</source>
        <translation>Purger le réseau de staging ou la production</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="144"/>
        <source>.edgerc file</source>
        <translation>Fichier .edgerc</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="145"/>
        <source>Read host, client_token, access_token and client_secret from an Akamai .edgerc file (section: --section, default &quot;default&quot;).</source>
        <translation>Lire host, client_token, access_token et client_secret depuis un fichier .edgerc d’Akamai (section&#xa0;: --section, par défaut &quot;default&quot;).</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="177"/>
        <source>setting host is missing: set it to the API client&apos;s host from .edgerc (or use --edgerc FILE)</source>
        <translation>le paramètre host est manquant&#xa0;: indiquez l’hôte du client d’API figurant dans le .edgerc (ou utilisez --edgerc FICHIER)</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="181"/>
        <source>setting host &quot;%1&quot; must be the bare host name, without http:// or https://</source>
        <translation>le paramètre host «&#xa0;%1&#xa0;» doit être le seul nom d’hôte, sans http:// ni https://</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="185"/>
        <source>setting host &quot;%1&quot; is not a host name such as akab-xxxx.luna.akamaiapis.net</source>
        <translation>le paramètre host «&#xa0;%1&#xa0;» n’est pas un nom d’hôte comme akab-xxxx.luna.akamaiapis.net</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="193"/>
        <source>setting network is &quot;%1&quot;: expected staging or production</source>
        <translation>le paramètre network vaut «&#xa0;%1&#xa0;»&#xa0;: staging ou production attendu</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/akamaiprovider.cpp" line="195"/>
        <source>provider akamai takes one --endpoint, but %n were given</source>
        <translation>
            <numerusform>le fournisseur akamai accepte un seul --endpoint, mais %n a été indiqué</numerusform>
            <numerusform>le fournisseur akamai accepte un seul --endpoint, mais %n ont été indiqués</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="205"/>
        <source>cache tag &quot;%1&quot; is longer than Akamai&apos;s 128 characters</source>
        <translation>le tag de cache «&#xa0;%1&#xa0;» dépasse les 128 caractères autorisés par Akamai</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="208"/>
        <source>cache tag &quot;%1&quot; may hold only letters, digits and !#$%&amp;&apos;+./^_`|~-</source>
        <translation>le tag de cache «&#xa0;%1&#xa0;» ne peut contenir que des lettres, des chiffres et !#$%&amp;&apos;+./^_`|~-</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="217"/>
        <source>CP code &quot;%1&quot; is not a CP code number such as 12345</source>
        <translation>le code CP «&#xa0;%1&#xa0;» n’est pas un numéro de code CP comme 12345</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="224"/>
        <source>provider akamai does not support --match %1: use exact, tag or cpcode</source>
        <translation>le fournisseur akamai ne prend pas en charge --match %1&#xa0;: utilisez exact, tag ou cpcode</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="227"/>
        <source>no targets given</source>
        <translation>aucune cible indiquée</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="371"/>
        <source>malformed reply: HTTP %1 without a readable purgeId; the purge was probably accepted, but Akamai&apos;s answer cannot be read</source>
        <translation>réponse mal formée&#xa0;: HTTP %1 sans purgeId lisible&#xa0;; la purge a probablement été acceptée, mais la réponse d’Akamai est illisible</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="374"/>
        <source>empty body</source>
        <translation>corps vide</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="378"/>
        <source>accepted as %1; expected done in ~%2 s</source>
        <translation>acceptée sous %1&#xa0;; fin prévue dans ~%2 s</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="381"/>
        <source>accepted as %1</source>
        <translation>acceptée sous %1</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="394"/>
        <source>%1: Akamai did not accept the request (check the URLs, tags or CP codes)</source>
        <translation>%1&#xa0;: Akamai n’a pas accepté la requête (vérifiez les URL, les tags ou les codes CP)</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="399"/>
        <source>%1: authentication failed: check client_token, access_token, the client secret and the computer&apos;s clock</source>
        <translation>%1&#xa0;: échec de l’authentification&#xa0;: vérifiez client_token, access_token, le secret du client et l’horloge de l’ordinateur</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="406"/>
        <source>%1: the API client may not purge this (check its CCU APIs grant and the properties the objects belong to)</source>
        <translation>%1&#xa0;: le client d’API n’a pas le droit de purger ceci (vérifiez son autorisation CCU APIs et les propriétés auxquelles appartiennent les objets)</translation>
    </message>
    <message>
        <location filename="../app/providers/akamaiprovider.cpp" line="411"/>
        <source>%1: rate limit reached</source>
        <translation>%1&#xa0;: limite de débit atteinte</translation>
    </message>
</context>
<context>
    <name>ApprovalBar</name>
    <message>
        <location filename="../widgets/approvalbar.cpp" line="16"/>
        <source>Request awaiting approval</source>
        <translation>Demande en attente d’approbation</translation>
    </message>
    <message>
        <location filename="../widgets/approvalbar.cpp" line="27"/>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/approvalbar.cpp" line="53"/>
        <source>%1 on %2, %n target(s)</source>
        <translation>
            <numerusform>%1 sur %2, %n cible</numerusform>
            <numerusform>%1 sur %2, %n cibles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/approvalbar.cpp" line="54"/>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../widgets/approvalbar.cpp" line="56"/>
        <source>Your request %1 awaits another person&apos;s approval.</source>
        <translation>Votre demande %1 attend l’approbation d’une autre personne.</translation>
    </message>
    <message>
        <location filename="../widgets/approvalbar.cpp" line="57"/>
        <source>Request %1 awaits your approval.</source>
        <translation>La demande %1 attend votre approbation.</translation>
    </message>
    <message>
        <location filename="../widgets/approvalbar.cpp" line="59"/>
        <source>Asked from %1: %2.</source>
        <translation>Demandée depuis %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../widgets/approvalbar.cpp" line="60"/>
        <source>Asked by %1 on %2: %3.</source>
        <translation>Demandée par %1 sur %2&#xa0;: %3.</translation>
    </message>
    <message>
        <location filename="../widgets/approvalbar.cpp" line="63"/>
        <source>Reason given: %1</source>
        <translation>Motif donné&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../widgets/approvalbar.cpp" line="65"/>
        <source>Needs approval: %1</source>
        <translation>Approbation nécessaire&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/approvalbar.cpp" line="68"/>
        <source>%n more request(s) await approval; select one to see it here.</source>
        <translation>
            <numerusform>%n autre demande attend une approbation&#xa0;; sélectionnez-la pour la voir ici.</numerusform>
            <numerusform>%n autres demandes attendent une approbation&#xa0;; sélectionnez-en une pour la voir ici.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/approvalbar.cpp" line="73"/>
        <source>You asked for this request: another person must approve it</source>
        <translation>Vous avez fait cette demande&#xa0;: une autre personne doit l’approuver</translation>
    </message>
    <message>
        <location filename="../widgets/approvalbar.cpp" line="74"/>
        <source>Send request %1 now</source>
        <translation>Envoyer la demande %1 maintenant</translation>
    </message>
    <message>
        <location filename="../widgets/approvalbar.cpp" line="75"/>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <location filename="../widgets/approvalbar.cpp" line="75"/>
        <source>&amp;Reject…</source>
        <translation>&amp;Rejeter…</translation>
    </message>
    <message>
        <location filename="../widgets/approvalbar.cpp" line="76"/>
        <source>Cancel your request %1 before anything is sent</source>
        <translation>Annuler votre demande %1 avant tout envoi</translation>
    </message>
    <message>
        <location filename="../widgets/approvalbar.cpp" line="77"/>
        <source>Cancel request %1 with a reason; nothing is sent</source>
        <translation>Annuler la demande %1 avec un motif&#xa0;; rien n’est envoyé</translation>
    </message>
</context>
<context>
    <name>ApprovalCommands</name>
    <message>
        <location filename="../app/cli/approvalcommands.cpp" line="33"/>
        <source>give exactly one request id</source>
        <translation>donnez exactement un identifiant de requête</translation>
    </message>
    <message>
        <location filename="../app/cli/approvalcommands.cpp" line="37"/>
        <source>&quot;%1&quot; is not a request id</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant de requête</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/approvalcommands.cpp" line="44"/>
        <source>request %1 approved: %n transaction(s) queued for the workers</source>
        <translation>
            <numerusform>requête %1 approuvée&#xa0;: %n transaction mise en file pour les workers</numerusform>
            <numerusform>requête %1 approuvée&#xa0;: %n transactions mises en file pour les workers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/approvalcommands.cpp" line="46"/>
        <source>request %1 rejected: %n transaction(s) cancelled, nothing sent</source>
        <translation>
            <numerusform>requête %1 rejetée&#xa0;: %n transaction annulée, rien n’a été envoyé</numerusform>
            <numerusform>requête %1 rejetée&#xa0;: %n transactions annulées, rien n’a été envoyé</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BunnyProvider</name>
    <message>
        <location filename="../app/providers/bunnyprovider.cpp" line="29"/>
        <source>The account API key is under Account, API key in the bunny.net dashboard.</source>
        <translation>La clé API du compte se trouve dans le tableau de bord bunny.net, sous Account, API key.</translation>
    </message>
    <message>
        <location filename="../app/providers/bunnyprovider.cpp" line="30"/>
        <source>API access key</source>
        <translation>Clé d’accès à l’API</translation>
    </message>
    <message>
        <location filename="../app/providers/bunnyprovider.cpp" line="33"/>
        <source>one word without spaces</source>
        <translation>un seul mot sans espace</translation>
    </message>
    <message>
        <location filename="../app/providers/bunnyprovider.cpp" line="43"/>
        <source>Pull zone ID</source>
        <translation>ID de la pull zone</translation>
    </message>
    <message>
        <location filename="../app/providers/bunnyprovider.cpp" line="48"/>
        <source>The numeric ID of the pull zone, for --match tag and --match all (POST /pullzone/&lt;ID&gt;/purgeCache); URL purges work without it</source>
        <translation>L’ID numérique de la pull zone, pour --match tag et --match all (POST /pullzone/&lt;ID&gt;/purgeCache)&#xa0;; les purges d’URL fonctionnent sans</translation>
    </message>
    <message>
        <location filename="../app/providers/bunnyprovider.cpp" line="76"/>
        <source>setting pull_zone &quot;%1&quot; must be the numeric pull zone ID shown in the bunny.net dashboard</source>
        <translation>le paramètre pull_zone «&#xa0;%1&#xa0;» doit être l’ID numérique de la pull zone affiché dans le tableau de bord de bunny.net</translation>
    </message>
    <message>
        <location filename="../app/providers/bunnyprovider.cpp" line="88"/>
        <source>--match %1 purges through a pull zone: set the source&apos;s pull_zone setting (--set pull_zone=ID) to its numeric ID</source>
        <translation>--match %1 purge via une pull zone&#xa0;: donnez au paramètre pull_zone de la source (--set pull_zone=ID) son ID numérique</translation>
    </message>
    <message>
        <location filename="../app/providers/bunnyprovider.cpp" line="93"/>
        <source>&quot;%1&quot; contains &apos;*&apos;, which bunny.net takes as a wildcard: use --match prefix for a wildcard purge</source>
        <translation>«&#xa0;%1&#xa0;» contient &apos;*&apos;, que bunny.net interprète comme un joker&#xa0;: utilisez --match prefix pour une purge avec joker</translation>
    </message>
    <message>
        <location filename="../app/providers/bunnyprovider.cpp" line="99"/>
        <source>prefix &quot;%1&quot; may end with &apos;*&apos; but contain no other &apos;*&apos;</source>
        <translation>le préfixe «&#xa0;%1&#xa0;» peut se terminer par &apos;*&apos; mais ne doit contenir aucun autre &apos;*&apos;</translation>
    </message>
    <message>
        <location filename="../app/providers/bunnyprovider.cpp" line="101"/>
        <source>tag &quot;%1…&quot; is longer than the %2 bytes a CDN-Tag header may hold</source>
        <translation>le tag «&#xa0;%1…&#xa0;» dépasse les %2 octets que peut contenir un en-tête CDN-Tag</translation>
    </message>
    <message>
        <location filename="../app/providers/bunnyprovider.cpp" line="212"/>
        <source>the purge of pull zone %1</source>
        <translation>la purge de la pull zone %1</translation>
    </message>
    <message>
        <location filename="../app/providers/bunnyprovider.cpp" line="213"/>
        <source>the purge of %1</source>
        <translation>la purge de %1</translation>
    </message>
    <message>
        <location filename="../app/providers/bunnyprovider.cpp" line="218"/>
        <source>bunny.net rejected %1 (HTTP 400)</source>
        <translation>bunny.net a rejeté %1 (HTTP 400)</translation>
    </message>
    <message>
        <location filename="../app/providers/bunnyprovider.cpp" line="221"/>
        <source>bunny.net rejected the access key (HTTP 401); the secret must be the account&apos;s API key (Account settings &gt; API), not a storage zone password</source>
        <translation>bunny.net a rejeté la clé d’accès (HTTP 401)&#xa0;; le secret doit être la clé d’API du compte (Account settings &gt; API), pas le mot de passe d’une storage zone</translation>
    </message>
    <message>
        <location filename="../app/providers/bunnyprovider.cpp" line="225"/>
        <source>bunny.net refused %1 (HTTP 403)</source>
        <translation>bunny.net a refusé %1 (HTTP 403)</translation>
    </message>
    <message>
        <location filename="../app/providers/bunnyprovider.cpp" line="228"/>
        <source>bunny.net has no pull zone %1 on this account (HTTP 404); check the source&apos;s pull_zone setting</source>
        <translation>bunny.net n’a pas de pull zone %1 sur ce compte (HTTP 404)&#xa0;; vérifiez le paramètre pull_zone de la source</translation>
    </message>
    <message>
        <location filename="../app/providers/bunnyprovider.cpp" line="232"/>
        <source>bunny.net answered HTTP 404 to %1</source>
        <translation>bunny.net a répondu HTTP 404 à %1</translation>
    </message>
    <message>
        <location filename="../app/providers/bunnyprovider.cpp" line="236"/>
        <source>HTTP 429: bunny.net&apos;s purge rate limit for this account was reached</source>
        <translation>HTTP 429&#xa0;: la limite de débit de bunny.net pour les purges de ce compte est atteinte</translation>
    </message>
</context>
<context>
    <name>CacheVerdict</name>
    <message>
        <location filename="../app/core/cacheverdict.cpp" line="74"/>
        <source>%1, no Age: a copy held from before the purge</source>
        <translation>%1, sans Age&#xa0;: une copie gardée d’avant la purge</translation>
    </message>
    <message>
        <location filename="../app/core/cacheverdict.cpp" line="78"/>
        <source>%1 (cached %2 s ago, after the purge %3 s ago)</source>
        <translation>%1 (mis en cache il y a %2 s, après la purge il y a %3 s)</translation>
    </message>
    <message>
        <location filename="../app/core/cacheverdict.cpp" line="82"/>
        <source>%1 (cached %2 s ago, before the purge %3 s ago)</source>
        <translation>%1 (mis en cache il y a %2 s, avant la purge il y a %3 s)</translation>
    </message>
    <message>
        <location filename="../app/core/cacheverdict.cpp" line="96"/>
        <source>ETag %1 is the origin&apos;s</source>
        <translation>l’ETag %1 est celui de l’origine</translation>
    </message>
    <message>
        <location filename="../app/core/cacheverdict.cpp" line="97"/>
        <source>ETag %1, the origin&apos;s is %2</source>
        <translation>ETag %1, celui de l’origine est %2</translation>
    </message>
    <message>
        <location filename="../app/core/cacheverdict.cpp" line="102"/>
        <source>the body is the origin&apos;s (SHA-256 %1)</source>
        <translation>le corps est celui de l’origine (SHA-256 %1)</translation>
    </message>
    <message>
        <location filename="../app/core/cacheverdict.cpp" line="104"/>
        <source>the body differs from the origin&apos;s</source>
        <translation>le corps diffère de celui de l’origine</translation>
    </message>
    <message>
        <location filename="../app/core/cacheverdict.cpp" line="108"/>
        <source>Last-Modified %1 is the origin&apos;s</source>
        <translation>Last-Modified %1 est celui de l’origine</translation>
    </message>
    <message>
        <location filename="../app/core/cacheverdict.cpp" line="111"/>
        <source>Last-Modified %1, the origin&apos;s is %2</source>
        <translation>Last-Modified %1, celui de l’origine est %2</translation>
    </message>
    <message>
        <location filename="../app/core/cacheverdict.cpp" line="138"/>
        <source>no answer: %1</source>
        <translation>pas de réponse&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/core/cacheverdict.cpp" line="141"/>
        <source>HTTP %1 from the site: no copy to judge</source>
        <translation>HTTP %1 du site&#xa0;: aucune copie à juger</translation>
    </message>
    <message>
        <location filename="../app/core/cacheverdict.cpp" line="170"/>
        <source>this cache shows no signal of what it served</source>
        <translation>ce cache n’indique pas ce qu’il a servi</translation>
    </message>
    <message>
        <location filename="../app/core/cacheverdict.cpp" line="171"/>
        <source>HTTP %1 without a cache signal (%2)</source>
        <translation>HTTP %1 sans signal de cache (%2)</translation>
    </message>
</context>
<context>
    <name>ChangeFilter</name>
    <message>
        <location filename="../app/changes/changefilter.cpp" line="48"/>
        <source>%1 &quot;%2&quot; is not a usable glob: %3</source>
        <translation>%1 «&#xa0;%2&#xa0;» n’est pas un motif glob utilisable&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/changes/changefilter.cpp" line="78"/>
        <source>a submodule, not an image</source>
        <translation>un sous-module, pas une image</translation>
    </message>
    <message>
        <location filename="../app/changes/changefilter.cpp" line="85"/>
        <source>not an image (%1)</source>
        <translation>pas une image (%1)</translation>
    </message>
    <message>
        <location filename="../app/changes/changefilter.cpp" line="96"/>
        <source>matches no --include</source>
        <translation>ne correspond à aucun --include</translation>
    </message>
    <message>
        <location filename="../app/changes/changefilter.cpp" line="100"/>
        <source>excluded by %1</source>
        <translation>exclu par %1</translation>
    </message>
</context>
<context>
    <name>ChangeQuery</name>
    <message>
        <location filename="../app/changes/changequery.cpp" line="29"/>
        <source>no repository given</source>
        <translation>aucun dépôt indiqué</translation>
    </message>
    <message>
        <location filename="../app/changes/changequery.cpp" line="33"/>
        <source>give either --revisions-log or --from and --to, not both</source>
        <translation>indiquez soit --revisions-log, soit --from et --to, pas les deux</translation>
    </message>
    <message>
        <location filename="../app/changes/changequery.cpp" line="35"/>
        <source>say which changes: --revisions-log FILE, or --from REV --to REV</source>
        <translation>quelles modifications&#xa0;? Indiquez --revisions-log FICHIER ou --from REV --to REV</translation>
    </message>
    <message>
        <location filename="../app/changes/changequery.cpp" line="37"/>
        <source>--to needs --from</source>
        <translation>--to nécessite --from</translation>
    </message>
    <message>
        <location filename="../app/changes/changequery.cpp" line="38"/>
        <source>--from needs --to</source>
        <translation>--from nécessite --to</translation>
    </message>
    <message>
        <location filename="../app/changes/changequery.cpp" line="41"/>
        <source>unknown --only &quot;%1&quot;: use images or all</source>
        <translation>--only «&#xa0;%1&#xa0;» inconnu&#xa0;: utilisez images ou all</translation>
    </message>
</context>
<context>
    <name>ChangeSelection</name>
    <message>
        <location filename="../app/changes/changeselection.cpp" line="125"/>
        <source>cannot read the revisions log &quot;%1&quot;: %2</source>
        <translation>impossible de lire le journal des révisions «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/changes/changeselection.cpp" line="127"/>
        <source>not a file</source>
        <translation>pas un fichier</translation>
    </message>
    <message>
        <location filename="../app/changes/changeselection.cpp" line="128"/>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location filename="../app/changes/changeselection.cpp" line="154"/>
        <source>%1 line %2 (release %3): %4</source>
        <translation>%1 ligne %2 (version %3)&#xa0;: %4</translation>
    </message>
    <message>
        <location filename="../app/changes/changeselection.cpp" line="183"/>
        <source>not picked</source>
        <translation>non choisi</translation>
    </message>
    <message>
        <location filename="../app/changes/changeselection.cpp" line="189"/>
        <source>the path is not valid UTF-8, so it has no URL</source>
        <translation>le chemin n’est pas de l’UTF-8 valide, il n’a donc pas d’URL</translation>
    </message>
    <message>
        <location filename="../app/changes/changeselection.cpp" line="257"/>
        <source>no path mapping covers %1</source>
        <translation>aucune correspondance de chemin ne couvre %1</translation>
    </message>
</context>
<context>
    <name>ChangesCommand</name>
    <message>
        <location filename="../app/cli/changescommand.cpp" line="58"/>
        <source>filtered out: %1</source>
        <translation>exclu par le filtre : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/changescommand.cpp" line="60"/>
        <source>unmapped: %1</source>
        <translation>sans correspondance : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/changescommand.cpp" line="62"/>
        <source>not decodable: %1</source>
        <translation>non décodable : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/changescommand.cpp" line="97"/>
        <source>no repository given</source>
        <translation>aucun dépôt indiqué</translation>
    </message>
    <message>
        <location filename="../app/cli/changescommand.cpp" line="115"/>
        <location filename="../app/cli/changescommand.cpp" line="165"/>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/changescommand.cpp" line="119"/>
        <location filename="../app/cli/changescommand.cpp" line="122"/>
        <source>%1 (release %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/changescommand.cpp" line="123"/>
        <source>changes from %1 to %2: %3 file(s), %4 selected, %5 skipped</source>
        <translation>modifications de %1 à %2&#xa0;: %3 fichier(s), %4 sélectionné(s), %5 ignoré(s)</translation>
    </message>
    <message>
        <location filename="../app/cli/changescommand.cpp" line="131"/>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <location filename="../app/cli/changescommand.cpp" line="151"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/cli/changescommand.cpp" line="153"/>
        <source>--repo DIR is required</source>
        <translation>--repo DIR est obligatoire</translation>
    </message>
</context>
<context>
    <name>CloudFrontProvider</name>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="87"/>
        <source>Create an access key for an IAM user allowed cloudfront:CreateInvalidation; its secret access key is shown once, when it is created.</source>
        <translation>Créez une clé d’accès pour un utilisateur IAM autorisé à cloudfront:CreateInvalidation ; sa clé d’accès secrète n’est affichée qu’une fois, à sa création.</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="90"/>
        <source>Secret access key</source>
        <translation>Clé d’accès secrète</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="95"/>
        <source>at least 40 letters, digits, “/” and “+”</source>
        <translation>au moins 40 lettres, chiffres, «&#xa0;/&#xa0;» et «&#xa0;+&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="105"/>
        <source>Distribution ID</source>
        <translation>ID de distribution</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="110"/>
        <source>The distribution&apos;s ID, such as EDFDVBD6EXAMPLE</source>
        <translation>L’ID de la distribution, par exemple EDFDVBD6EXAMPLE</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="112"/>
        <source>Access key ID</source>
        <translation>ID de clé d’accès</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="117"/>
        <source>An access key allowed cloudfront:CreateInvalidation and cloudfront:GetInvalidation; its secret access key is the secret</source>
        <translation>Une clé d’accès autorisée pour cloudfront:CreateInvalidation et cloudfront:GetInvalidation&#xa0;; sa clé d’accès secrète est le secret</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="120"/>
        <source>Session token variable</source>
        <translation>Variable du jeton de session</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="125"/>
        <source>For temporary credentials: the environment variable holding the session token, read each time a request is sent (such as AWS_SESSION_TOKEN)</source>
        <translation>Pour des identifiants temporaires&#xa0;: la variable d’environnement qui contient le jeton de session, lue à chaque envoi d’une requête (par exemple AWS_SESSION_TOKEN)</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="153"/>
        <source>invalidation path</source>
        <translation>chemin d’invalidation</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="154"/>
        <source>invalidation paths</source>
        <translation>chemins d’invalidation</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="165"/>
        <source>setting distribution is missing: set it to the distribution&apos;s ID, such as EDFDVBD6EXAMPLE</source>
        <translation>le paramètre distribution est manquant&#xa0;: indiquez l’ID de la distribution, par exemple EDFDVBD6EXAMPLE</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="170"/>
        <source>setting distribution &quot;%1&quot; is not a distribution ID such as EDFDVBD6EXAMPLE (letters and digits only)</source>
        <translation>le paramètre distribution «&#xa0;%1&#xa0;» n’est pas un ID de distribution comme EDFDVBD6EXAMPLE (lettres et chiffres uniquement)</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="175"/>
        <source>setting access_key_id is missing: set it to the access key ID, such as AKIAIOSFODNN7EXAMPLE</source>
        <translation>le paramètre access_key_id est manquant&#xa0;: indiquez l’ID de la clé d’accès, par exemple AKIAIOSFODNN7EXAMPLE</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="181"/>
        <source>setting access_key_id &quot;%1&quot; is not an access key ID such as AKIAIOSFODNN7EXAMPLE</source>
        <translation>le paramètre access_key_id «&#xa0;%1&#xa0;» n’est pas un ID de clé d’accès comme AKIAIOSFODNN7EXAMPLE</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="186"/>
        <source>setting session_token_env &quot;%1&quot; is not an environment variable name</source>
        <translation>le paramètre session_token_env «&#xa0;%1&#xa0;» n’est pas un nom de variable d’environnement</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/cloudfrontprovider.cpp" line="190"/>
        <source>provider cloudfront takes one --endpoint, but %n were given</source>
        <translation>
            <numerusform>le fournisseur cloudfront accepte un seul --endpoint, mais %n a été indiqué</numerusform>
            <numerusform>le fournisseur cloudfront accepte un seul --endpoint, mais %n ont été indiqués</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="205"/>
        <source>malformed URL &quot;%1&quot;: expected an absolute http:// or https:// URL</source>
        <translation>URL «&#xa0;%1&#xa0;» mal formée&#xa0;: URL absolue http:// ou https:// attendue</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="210"/>
        <source>target &quot;%1&quot; needs a host and no user name or password</source>
        <translation>la cible «&#xa0;%1&#xa0;» doit avoir un hôte et ne contenir ni nom d’utilisateur ni mot de passe</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="215"/>
        <source>target &quot;%1&quot; must not contain a fragment (#...): caches never see it</source>
        <translation>la cible «&#xa0;%1&#xa0;» ne doit pas contenir de fragment (#...)&#xa0;: les caches ne le voient jamais</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="225"/>
        <source>target &quot;%1&quot; contains &apos;*&apos;: CloudFront takes a &apos;*&apos; only at the end of a path; use --match prefix with the part before it</source>
        <translation>la cible «&#xa0;%1&#xa0;» contient &apos;*&apos;&#xa0;: CloudFront n’accepte &apos;*&apos; qu’à la fin d’un chemin&#xa0;; utilisez --match prefix avec la partie qui le précède</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="239"/>
        <source>target &quot;%1&quot; contains a control character</source>
        <translation>la cible «&#xa0;%1&#xa0;» contient un caractère de contrôle</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="278"/>
        <source>provider cloudfront does not support --match %1: use exact, prefix or all</source>
        <translation>le fournisseur cloudfront ne prend pas en charge --match %1&#xa0;: utilisez exact, prefix ou all</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/cloudfrontprovider.cpp" line="282"/>
        <source>--match all takes no targets, but %n were given</source>
        <translation>
            <numerusform>--match all n’accepte aucune cible, mais %n a été indiquée</numerusform>
            <numerusform>--match all n’accepte aucune cible, mais %n ont été indiquées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="285"/>
        <source>no targets given</source>
        <translation>aucune cible indiquée</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="296"/>
        <source>target &quot;%1&quot;: its invalidation path has %2 characters, more than CloudFront&apos;s %3</source>
        <translation>cible «&#xa0;%1&#xa0;»&#xa0;: son chemin d’invalidation compte %2 caractères, plus que les %3 de CloudFront</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="456"/>
        <source>empty body</source>
        <translation>corps vide</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="461"/>
        <source>malformed GetInvalidation reply: no Invalidation Id and Status</source>
        <translation>réponse GetInvalidation mal formée&#xa0;: ni Id ni Status d’Invalidation</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="465"/>
        <source>malformed reply: HTTP %1 without an Invalidation Id; the invalidation may have been created</source>
        <translation>réponse mal formée&#xa0;: HTTP %1 sans Id d’Invalidation&#xa0;; l’invalidation a peut-être été créée</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="472"/>
        <source>invalidation %1 completed</source>
        <translation>invalidation %1 terminée</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="478"/>
        <source>invalidation %1 in progress</source>
        <translation>invalidation %1 en cours</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="479"/>
        <source>invalidation %1: status %2</source>
        <translation>invalidation %1&#xa0;: état %2</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="500"/>
        <source>waiting for other invalidations of the distribution to complete</source>
        <translation>en attente de la fin d’autres invalidations de la distribution</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="507"/>
        <source>check the source&apos;s distribution setting</source>
        <translation>vérifiez le paramètre distribution de la source</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="509"/>
        <source>the access key needs cloudfront:CreateInvalidation and cloudfront:GetInvalidation on this distribution</source>
        <translation>la clé d’accès nécessite cloudfront:CreateInvalidation et cloudfront:GetInvalidation sur cette distribution</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="512"/>
        <source>too many paths in one invalidation; lower the source&apos;s batch_size</source>
        <translation>trop de chemins dans une invalidation&#xa0;; réduisez le batch_size de la source</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="517"/>
        <source>check access_key_id, the secret access key and the computer&apos;s clock</source>
        <translation>vérifiez access_key_id, la clé d’accès secrète et l’horloge de l’ordinateur</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudfrontprovider.cpp" line="521"/>
        <source>the session token variable %1 is not set</source>
        <translation>la variable %1 du jeton de session n’est pas définie</translation>
    </message>
</context>
<context>
    <name>CloudflareProvider</name>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="66"/>
        <source>code %1</source>
        <translation>code %1</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="67"/>
        <source>code %1: %2</source>
        <translation>code %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="85"/>
        <source>Create an API token with the Zone, Cache Purge permission under My Profile, API Tokens in the Cloudflare dashboard.</source>
        <translation>Créez dans le tableau de bord Cloudflare, sous My Profile, API Tokens, un jeton API avec la permission Zone, Cache Purge.</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="87"/>
        <source>API token (or Global API key with email)</source>
        <translation>Jeton d’API (ou Global API Key avec e-mail)</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="92"/>
        <source>letters, digits, “-” and “_”, at least 37 of them</source>
        <translation>des lettres, chiffres, «&#xa0;-&#xa0;» et «&#xa0;_&#xa0;», au moins 37</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="103"/>
        <source>Zone ID</source>
        <translation>ID de zone</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="108"/>
        <source>The zone&apos;s 32-digit ID from the dashboard&apos;s Overview page (not its domain name)</source>
        <translation>L’ID à 32 chiffres de la zone, sur la page Overview du tableau de bord (pas son nom de domaine)</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="111"/>
        <source>Plan</source>
        <translation>Offre</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="116"/>
        <source>The zone&apos;s plan; it sets the documented purge rate, burst and items per request</source>
        <translation>L’offre de la zone&#xa0;; elle fixe le débit de purge documenté, la rafale et le nombre d’éléments par requête</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="119"/>
        <source>Account email (Global API key only)</source>
        <translation>E-mail du compte (Global API Key uniquement)</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="124"/>
        <source>Set it only when the secret is the legacy Global API key (sent as X-Auth-Email and X-Auth-Key); leave it empty for an API token</source>
        <translation>À renseigner uniquement si le secret est l’ancienne Global API Key (envoyée en X-Auth-Email et X-Auth-Key)&#xa0;; laissez vide pour un jeton d’API</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="128"/>
        <source>Account ID</source>
        <translation>ID du compte</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="133"/>
        <source>Optional: the zone&apos;s account. Purge limits are per account, so sources with the same account share one rate budget; without it each zone has its own</source>
        <translation>Facultatif&#xa0;: le compte de la zone. Les limites de purge s’appliquent par compte, donc les sources d’un même compte partagent un budget de débit&#xa0;; sans lui, chaque zone a le sien</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="139"/>
        <source>Cache-key header</source>
        <translation>En-tête de clé de cache</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="143"/>
        <source>NAME:VALUE of a request header that is part of the cache key (CF-Device-Type, CF-IPCountry, Accept-Language, Origin...); sent with every URL</source>
        <translation>NAME:VALUE d’un en-tête de requête qui fait partie de la clé de cache (CF-Device-Type, CF-IPCountry, Accept-Language, Origin...)&#xa0;; envoyé avec chaque URL</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="206"/>
        <source>setting zone is missing: set it to the zone&apos;s 32-digit Zone ID (dashboard, the domain&apos;s Overview page)</source>
        <translation>le paramètre zone est manquant&#xa0;: indiquez l’ID de zone à 32 chiffres (tableau de bord, page Overview du domaine)</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="209"/>
        <source>setting zone &quot;%1&quot; is not a Zone ID: expected 32 hexadecimal digits, as shown on the domain&apos;s Overview page (not the domain name)</source>
        <translation>le paramètre zone «&#xa0;%1&#xa0;» n’est pas un ID de zone&#xa0;: 32 chiffres hexadécimaux attendus, comme sur la page Overview du domaine (pas le nom de domaine)</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="215"/>
        <source>setting plan is &quot;%1&quot;: expected free, pro, business or enterprise</source>
        <translation>le paramètre plan vaut «&#xa0;%1&#xa0;»&#xa0;: free, pro, business ou enterprise attendu</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="221"/>
        <source>setting email &quot;%1&quot; is not an email address (it is the Cloudflare login that goes with a Global API key)</source>
        <translation>le paramètre email «&#xa0;%1&#xa0;» n’est pas une adresse e-mail (c’est l’identifiant Cloudflare associé à une Global API Key)</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="227"/>
        <source>setting account &quot;%1&quot; is not an Account ID: expected 32 hexadecimal digits</source>
        <translation>le paramètre account «&#xa0;%1&#xa0;» n’est pas un ID de compte&#xa0;: 32 chiffres hexadécimaux attendus</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/cloudflareprovider.cpp" line="232"/>
        <source>provider cloudflare takes one --endpoint, but %n were given</source>
        <translation>
            <numerusform>le fournisseur cloudflare accepte un seul --endpoint, mais %n a été indiqué</numerusform>
            <numerusform>le fournisseur cloudflare accepte un seul --endpoint, mais %n ont été indiqués</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="252"/>
        <source>target &quot;%1&quot; contains white space or control characters</source>
        <translation>la cible «&#xa0;%1&#xa0;» contient des espaces ou des caractères de contrôle</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="262"/>
        <source>prefix &quot;%1&quot; must start with a host name, as in www.example.com/images</source>
        <translation>le préfixe «&#xa0;%1&#xa0;» doit commencer par un nom d’hôte, comme dans www.example.com/images</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="266"/>
        <source>prefix &quot;%1&quot; must not contain a query string or fragment</source>
        <translation>le préfixe «&#xa0;%1&#xa0;» ne doit contenir ni query string ni fragment</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="269"/>
        <source>prefix &quot;%1&quot; contains &apos;*&apos;: a prefix purge needs no wildcard, it already covers everything below the path</source>
        <translation>le préfixe «&#xa0;%1&#xa0;» contient &apos;*&apos;&#xa0;: une purge par préfixe n’a pas besoin de joker, elle couvre déjà tout ce qui se trouve sous le chemin</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="274"/>
        <source>prefix &quot;%1&quot; has more than 31 path segments</source>
        <translation>le préfixe «&#xa0;%1&#xa0;» a plus de 31 segments de chemin</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="279"/>
        <source>host &quot;%1&quot; is not a host name: write it alone, as in images.example.com (no scheme, port or path)</source>
        <translation>l’hôte «&#xa0;%1&#xa0;» n’est pas un nom d’hôte&#xa0;: écrivez-le seul, comme dans images.example.com (sans schéma, port ni chemin)</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="287"/>
        <source>tag &quot;%1&quot; contains a comma: give each tag on its own</source>
        <translation>le tag «&#xa0;%1&#xa0;» contient une virgule&#xa0;: indiquez chaque tag séparément</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="290"/>
        <source>tag &quot;%1&quot; is longer than 1024 bytes</source>
        <translation>le tag «&#xa0;%1&#xa0;» dépasse 1024 octets</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="302"/>
        <source>provider cloudflare does not support --match %1</source>
        <translation>le fournisseur cloudflare ne prend pas en charge --match %1</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="305"/>
        <source>provider cloudflare does not support --action invalidate: its API has no soft purge</source>
        <translation>le fournisseur cloudflare ne prend pas en charge --action invalidate&#xa0;: son API n’a pas de soft purge</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/cloudflareprovider.cpp" line="310"/>
        <source>--match all takes no targets, but %n were given</source>
        <translation>
            <numerusform>--match all n’accepte aucune cible, mais %n a été indiquée</numerusform>
            <numerusform>--match all n’accepte aucune cible, mais %n ont été indiquées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="313"/>
        <source>no targets given</source>
        <translation>aucune cible indiquée</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="321"/>
        <source>option header names %1 twice; a cached object has one value for it</source>
        <translation>l’option header nomme %1 deux fois&#xa0;; un objet en cache n’a qu’une valeur pour cet en-tête</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="428"/>
        <source>malformed reply: HTTP %1 without Cloudflare&apos;s JSON envelope, so it is unknown whether the purge was accepted</source>
        <translation>réponse mal formée&#xa0;: HTTP %1 sans l’enveloppe JSON de Cloudflare, on ne sait donc pas si la purge a été acceptée</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="432"/>
        <source>empty body</source>
        <translation>corps vide</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="435"/>
        <source>Cloudflare answered HTTP %1 but reported failure</source>
        <translation>Cloudflare a répondu HTTP %1 mais a signalé un échec</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="436"/>
        <source>no error given</source>
        <translation>aucune erreur indiquée</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="440"/>
        <source>accepted; the reply carries no purge id</source>
        <translation>acceptée&#xa0;; la réponse ne contient aucun identifiant de purge</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="449"/>
        <source>HTTP 429: over Cloudflare&apos;s purge rate limit</source>
        <translation>HTTP 429&#xa0;: limite de débit des purges de Cloudflare dépassée</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/cloudflareprovider.cpp" line="454"/>
        <source>HTTP 400: Cloudflare rejected the purge of %n item(s)</source>
        <translation>
            <numerusform>HTTP 400&#xa0;: Cloudflare a rejeté la purge de %n élément</numerusform>
            <numerusform>HTTP 400&#xa0;: Cloudflare a rejeté la purge de %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="460"/>
        <source>HTTP %1: Cloudflare refused the credentials: the API token needs the Cache Purge permission for this zone (with the email setting, the secret must be the Global API key)</source>
        <translation>HTTP %1&#xa0;: Cloudflare a refusé les identifiants&#xa0;: le jeton d’API nécessite l’autorisation Cache Purge pour cette zone (avec le paramètre email, le secret doit être la Global API Key)</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="468"/>
        <source>HTTP 404: no such zone or API path; check the source&apos;s zone and endpoint</source>
        <translation>HTTP 404&#xa0;: zone ou chemin d’API inexistant&#xa0;; vérifiez la zone et l’endpoint de la source</translation>
    </message>
    <message>
        <location filename="../app/providers/cloudflareprovider.cpp" line="472"/>
        <source>HTTP 413: request too large</source>
        <translation>HTTP 413&#xa0;: requête trop volumineuse</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="282"/>
        <source>&quot;%1&quot; needs a subcommand</source>
        <translation>«&#xa0;%1&#xa0;» nécessite une sous-commande</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="183"/>
        <location filename="../app/cli/commandline.cpp" line="291"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande «&#xa0;%1&#xa0;» inconnue</translation>
    </message>
</context>
<context>
    <name>ComposerPanel</name>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="83"/>
        <source>&amp;Sources</source>
        <translation>&amp;Sources</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="86"/>
        <source>Sources to purge</source>
        <translation>Sources à purger</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="94"/>
        <source>Purge as ordered &amp;layers</source>
        <translation>Purger en &amp;couches ordonnées</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="96"/>
        <source>Each source starts only when the one above it has succeeded; a failure stops the sources below it</source>
        <translation>Chaque source ne commence que lorsque celle du dessus a réussi&#xa0;; un échec arrête les sources du dessous</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="101"/>
        <source>Move source up</source>
        <translation>Monter la source</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="102"/>
        <source>Move the selected source up: an earlier layer</source>
        <translation>Monter la source choisie&#xa0;: une couche plus tôt</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="106"/>
        <source>Move source down</source>
        <translation>Descendre la source</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="107"/>
        <source>Move the selected source down: a later layer</source>
        <translation>Descendre la source choisie&#xa0;: une couche plus tard</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="122"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="123"/>
        <source>P&amp;urge</source>
        <translation>P&amp;urger</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="125"/>
        <source>Remove the cached copies; the next request fetches from the origin</source>
        <translation>Supprimer les copies en cache&#xa0;; la requête suivante interroge l’origine</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="126"/>
        <source>&amp;Invalidate</source>
        <translation>&amp;Invalider</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="141"/>
        <source>Match</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="153"/>
        <source>&amp;Match:</source>
        <translation>&amp;Correspondance&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="159"/>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="160"/>
        <source>As each source says</source>
        <translation>Comme chaque source l’indique</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="161"/>
        <source>Ask for each URL (HEAD)</source>
        <translation>Interroger chaque URL (HEAD)</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="162"/>
        <source>Fetch each URL (GET)</source>
        <translation>Récupérer chaque URL (GET)</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="163"/>
        <source>Do not verify</source>
        <translation>Ne pas vérifier</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="164"/>
        <source>After the purge, ask for the purged URLs as a visitor would and check that the cache no longer serves the old copy (exact URLs only)</source>
        <translation>Après la purge, demander les URL purgées comme un visiteur et vérifier que le cache ne sert plus l’ancienne copie (URL exactes seulement)</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="166"/>
        <source>&amp;Verify:</source>
        <translation>&amp;Vérifier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="174"/>
        <source>Kept with the request in the history, with who asked and from which machine; a source may require it</source>
        <translation>Gardé avec la demande dans l’historique, avec qui l’a faite et depuis quelle machine&#xa0;; une source peut l’exiger</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="176"/>
        <source>Reas&amp;on:</source>
        <translation>Rais&amp;on&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="192"/>
        <source>&amp;Targets</source>
        <translation>Ci&amp;bles</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="195"/>
        <source>New target</source>
        <translation>Nouvelle cible</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="197"/>
        <source>Type a URL, prefix, tag or host and press Enter; paste many lines at once</source>
        <translation>URL, préfixe, tag ou hôte puis Entrée&#xa0;; collez plusieurs lignes d’un coup</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="212"/>
        <location filename="../widgets/composerpanel.cpp" line="339"/>
        <location filename="../widgets/composerpanel.cpp" line="650"/>
        <source>Added %n target(s).</source>
        <translation>
            <numerusform>%n cible ajoutée.</numerusform>
            <numerusform>%n cibles ajoutées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="223"/>
        <source>Add from &amp;git…</source>
        <translation>Ajouter depuis &amp;git…</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="225"/>
        <source>Add the URLs of files changed between two revisions or deploys</source>
        <translation>Ajouter les URL des fichiers modifiés entre deux révisions ou déploiements</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="227"/>
        <source>C&amp;lear</source>
        <translation>E&amp;ffacer</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="234"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="235"/>
        <source>Remove the preset&apos;s extra targets</source>
        <translation>Supprimer les cibles supplémentaires du préréglage</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="265"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="284"/>
        <source>Save as pre&amp;set…</source>
        <translation>Enregistrer comme pr&amp;éréglage…</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="287"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="294"/>
        <source>Queue the purge (Ctrl+Return)</source>
        <translation>Mettre la purge en file (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="368"/>
        <source>%1 (unknown type %2)</source>
        <translation>%1 (type %2 inconnu)</translation>
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
Correspondances&#xa0;: %2
Invalidation&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="379"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="379"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="436"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="437"/>
        <source>Layers, first to last: %1</source>
        <translation>Couches, de la première à la dernière&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="511"/>
        <source>Mark the cached copies stale; they may still be served while the origin is asked again</source>
        <translation>Marquer les copies en cache comme périmées&#xa0;; elles peuvent encore être servies pendant que l’origine est réinterrogée</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="512"/>
        <source>Choose sources first</source>
        <translation>Choisissez d’abord des sources</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="513"/>
        <source>Not supported by %1</source>
        <translation>Non pris en charge par %1</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="519"/>
        <source>The chosen sources have no match kind in common; purge them separately.</source>
        <translation>Les sources choisies n’ont aucun type de correspondance en commun&#xa0;; purgez-les séparément.</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="528"/>
        <source>targets read from %1 when the purge runs</source>
        <translation>cibles lues dans %1 au moment de la purge</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="534"/>
        <source>the files changed in %1 (%2)</source>
        <translation>les fichiers modifiés dans %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="535"/>
        <source>%n file(s) changed in %1 (%2)</source>
        <translation>
            <numerusform>%n fichier modifié dans %1 (%2)</numerusform>
            <numerusform>%n fichiers modifiés dans %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="539"/>
        <source>Also purged: %1, mapped for each source with its own map setting.</source>
        <translation>Également purgé&#xa0;: %1, mis en correspondance pour chaque source avec son propre paramètre map.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="566"/>
        <source>, %n file(s) not mapped for every source</source>
        <translation>
            <numerusform>, %n fichier sans correspondance pour certaines sources</numerusform>
            <numerusform>, %n fichiers sans correspondance pour certaines sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="573"/>
        <source>, %n cannot be sent (marked; see its tooltip)</source>
        <translation>
            <numerusform>, %n ne peut pas être envoyée (marquée&#xa0;; voir son info-bulle)</numerusform>
            <numerusform>, %n ne peuvent pas être envoyées (marquées&#xa0;; voir leur info-bulle)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="576"/>
        <source>First: %1</source>
        <translation>Première&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="676"/>
        <source>%1: not sent %n file(s) it does not map (%2)</source>
        <translation>
            <numerusform>%1&#xa0;: %n fichier qu’elle ne mappe pas non envoyé (%2)</numerusform>
            <numerusform>%1&#xa0;: %n fichiers qu’elle ne mappe pas non envoyés (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="683"/>
        <source>%n transaction(s) will purge everything cached by %1.</source>
        <translation>
            <numerusform>%n transaction purgera tout ce que %1 met en cache.</numerusform>
            <numerusform>%n transactions purgeront tout ce que %1 met en cache.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="685"/>
        <source>%n transaction(s) to %1 for %2, each one call within the provider&apos;s limits.</source>
        <translation>
            <numerusform>%n transaction vers %1 pour %2, chacune un appel dans les limites du fournisseur.</numerusform>
            <numerusform>%n transactions vers %1 pour %2, chacune un appel dans les limites du fournisseur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="729"/>
        <source>Request %1 queued: %n transaction(s)</source>
        <translation>
            <numerusform>Requête %1 mise en file&#xa0;: %n transaction</numerusform>
            <numerusform>Requête %1 mise en file&#xa0;: %n transactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="795"/>
        <source>Added %n changed file(s).</source>
        <translation>
            <numerusform>%n fichier modifié ajouté.</numerusform>
            <numerusform>%n fichiers modifiés ajoutés.</numerusform>
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
        <translation>Pourquoi, ou un numéro de ticket</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="290"/>
        <source>Show the transactions that would be sent, exactly as sent (Ctrl+Shift+P)</source>
        <translation>Afficher les transactions qui seraient envoyées, exactement telles qu’envoyées (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="314"/>
        <source>Next: tick a source, type or paste the URLs that changed (or drop the files from the site&apos;s folder), then Preview to see exactly what will be sent, or Purge to send them.</source>
        <translation>Ensuite&#xa0;: cochez une source, tapez ou collez les URL modifiées (ou déposez les fichiers du dossier du site), puis Aperçu pour voir exactement ce qui sera envoyé, ou Lancer la purge pour l’envoyer.</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="557"/>
        <source>Purge &amp;everything…</source>
        <translation>&amp;Tout purger…</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="558"/>
        <source>Invalidate</source>
        <translation>Invalider</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="559"/>
        <source>Purge</source>
        <translation>Lancer la purge</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="562"/>
        <source>Everything the chosen sources cache</source>
        <translation>Tout ce que les sources choisies mettent en cache</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="562"/>
        <location filename="../widgets/composerpanel.cpp" line="688"/>
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n cible</numerusform>
            <numerusform>%n cibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="564"/>
        <source>, %n file(s) not mapped</source>
        <translation>
            <numerusform>, %n fichier sans correspondance</numerusform>
            <numerusform>, %n fichiers sans correspondance</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="638"/>
        <source>No source named %1.</source>
        <translation>Aucune source nommée %1.</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="640"/>
        <source>The chosen sources do not support matching %1.</source>
        <translation>Les sources choisies ne prennent pas en charge la correspondance %1.</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="642"/>
        <source>The chosen sources cannot invalidate; Purge is selected instead.</source>
        <translation>Les sources choisies ne peuvent pas invalider&#xa0;; Purger est sélectionné à la place.</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="705"/>
        <source>Purge everything cached by %1?

Every cached object will be fetched from the origin again; this cannot be undone.</source>
        <translation>Purger tout ce que %1 met en cache&#xa0;?

Chaque objet en cache sera de nouveau récupéré depuis l’origine&#xa0;; cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="708"/>
        <source>Purge everything</source>
        <translation>Tout purger</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="709"/>
        <source>Nothing was purged.</source>
        <translation>Rien n’a été purgé.</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="715"/>
        <source>Nothing was queued: %1</source>
        <translation>Rien n’a été mis en file&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="728"/>
        <source>Nothing queued: queued work already covers all of it.</source>
        <translation>Rien mis en file&#xa0;: le travail déjà en file couvre tout.</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="743"/>
        <source>Choose at least one source.</source>
        <translation>Choisissez au moins une source.</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="746"/>
        <source>Save as preset</source>
        <translation>Enregistrer comme préréglage</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="746"/>
        <source>Preset name:</source>
        <translation>Nom du préréglage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="750"/>
        <source>Replace preset</source>
        <translation>Remplacer le préréglage</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="750"/>
        <source>A preset named %1 exists. Replace it?</source>
        <translation>Un préréglage nommé %1 existe. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="753"/>
        <source>Could not save the preset: %1</source>
        <translation>Impossible d’enregistrer le préréglage&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="756"/>
        <source>Saved preset %1.</source>
        <translation>Préréglage %1 enregistré.</translation>
    </message>
</context>
<context>
    <name>DBusNotifications</name>
    <message>
        <location filename="../widgets/dbusnotifications.cpp" line="71"/>
        <source>no D-Bus session bus</source>
        <translation>aucun bus de session D-Bus</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/storage/database.cpp" line="118"/>
        <source>cannot create profile directory %1</source>
        <translation>impossible de créer le dossier de profil %1</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="177"/>
        <source>cannot open database in %1: %2</source>
        <translation>impossible d’ouvrir la base de données dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="364"/>
        <location filename="../app/storage/database.cpp" line="376"/>
        <location filename="../app/storage/database.cpp" line="470"/>
        <source>database migration %1 failed: %2</source>
        <translation>la migration %1 de la base de données a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="397"/>
        <source>cannot use the PostgreSQL profile %1: Qt&apos;s PostgreSQL driver (libqt6sql6-psql) is missing</source>
        <translation>impossible d’utiliser le profil PostgreSQL %1&#xa0;: le pilote PostgreSQL de Qt (libqt6sql6-psql) manque</translation>
    </message>
</context>
<context>
    <name>DatabaseBanner</name>
    <message>
        <location filename="../widgets/databasebanner.cpp" line="12"/>
        <source>Database problem</source>
        <translation>Problème de base de données</translation>
    </message>
    <message>
        <location filename="../widgets/databasebanner.cpp" line="22"/>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location filename="../widgets/databasebanner.cpp" line="23"/>
        <source>Check the database again and resume the queue when it can be written</source>
        <translation>Vérifier de nouveau la base de données et reprendre la file dès qu’elle est accessible en écriture</translation>
    </message>
    <message>
        <location filename="../widgets/databasebanner.cpp" line="47"/>
        <source>Then restart Purgeline.</source>
        <translation>Puis redémarrez Purgeline.</translation>
    </message>
    <message>
        <location filename="../widgets/databasebanner.cpp" line="51"/>
        <source>The queue is paused and its controls are off until it can be written.</source>
        <translation>La file est en pause et ses commandes sont désactivées jusqu’à ce que la base de données soit accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>DatabaseFault</name>
    <message>
        <location filename="../app/storage/databasefault.cpp" line="193"/>
        <source>the profile&apos;s database at %1 is read-only</source>
        <translation>la base de données du profil dans %1 est en lecture seule</translation>
    </message>
    <message>
        <location filename="../app/storage/databasefault.cpp" line="195"/>
        <source>the disk holding %1 is full (%2 bytes free)</source>
        <translation>le disque contenant %1 est plein (%2 octets libres)</translation>
    </message>
    <message>
        <location filename="../app/storage/databasefault.cpp" line="201"/>
        <source>the database %1 is locked by another process (pid %2) — waited %3 s</source>
        <translation>la base de données %1 est verrouillée par un autre processus (pid %2) — attente de %3 s</translation>
    </message>
    <message>
        <location filename="../app/storage/databasefault.cpp" line="206"/>
        <source>the database %1 is locked by another process — waited %2 s</source>
        <translation>la base de données %1 est verrouillée par un autre processus — attente de %2 s</translation>
    </message>
    <message>
        <location filename="../app/storage/databasefault.cpp" line="210"/>
        <source>the database %1 is damaged (SQLite: %2); it was not changed</source>
        <translation>la base de données %1 est endommagée (SQLite&#xa0;: %2)&#xa0;; elle n’a pas été modifiée</translation>
    </message>
    <message>
        <location filename="../app/storage/databasefault.cpp" line="213"/>
        <source>cannot use the database %1 (SQLite: %2)</source>
        <translation>impossible d’utiliser la base de données %1 (SQLite&#xa0;: %2)</translation>
    </message>
    <message>
        <location filename="../app/storage/databasefault.cpp" line="215"/>
        <source>cannot reach the PostgreSQL database %1 (%2)</source>
        <translation>la base PostgreSQL %1 est injoignable (%2)</translation>
    </message>
    <message>
        <location filename="../app/storage/databasefault.cpp" line="228"/>
        <source>Nothing new can be recorded, so nothing is sent. Make its file system writable (or choose another profile with --profile or PURGELINE_PROFILE); history and source list still read it.</source>
        <translation>Rien de nouveau ne peut être enregistré, donc rien n’est envoyé. Rendez son système de fichiers accessible en écriture (ou choisissez un autre profil avec --profile ou PURGELINE_PROFILE)&#xa0;; l’historique et la liste des sources la lisent toujours.</translation>
    </message>
    <message>
        <location filename="../app/storage/databasefault.cpp" line="232"/>
        <source>What was recorded stays; nothing is sent that cannot be recorded. Free some space there, then `purgeline %1 resume --wait` finishes the queued work.</source>
        <translation>Ce qui a été enregistré est conservé&#xa0;; rien n’est envoyé qui ne puisse être enregistré. Libérez de l’espace à cet endroit, puis `purgeline %1 resume --wait` termine le travail en file.</translation>
    </message>
    <message>
        <location filename="../app/storage/databasefault.cpp" line="237"/>
        <source>What was recorded stays; nothing is sent that cannot be recorded. When that process is done, run the command again (`purgeline %1 resume --wait` finishes queued work); PURGELINE_BUSY_TIMEOUT=SECONDS waits longer.</source>
        <translation>Ce qui a été enregistré est conservé&#xa0;; rien n’est envoyé qui ne puisse être enregistré. Quand ce processus aura terminé, relancez la commande (`purgeline %1 resume --wait` termine le travail en file)&#xa0;; PURGELINE_BUSY_TIMEOUT=SECONDS attend plus longtemps.</translation>
    </message>
    <message>
        <location filename="../app/storage/databasefault.cpp" line="243"/>
        <source>Nothing is written to it. `purgeline %1 profile set-aside` moves it to %2.damaged-DATE (byte for byte) and starts a new database with all that SQLite can still read from it; `sqlite3 FILE .recover` may salvage more from the set-aside file.</source>
        <translation>Rien n’y est écrit. `purgeline %1 profile set-aside` la déplace vers %2.damaged-DATE (octet pour octet) et crée une nouvelle base de données avec tout ce que SQLite peut encore en lire&#xa0;; `sqlite3 FILE .recover` peut récupérer davantage du fichier mis de côté.</translation>
    </message>
    <message>
        <location filename="../app/storage/databasefault.cpp" line="249"/>
        <source>Check the profile directory %1 (or choose another profile with --profile or PURGELINE_PROFILE).</source>
        <translation>Vérifiez le dossier de profil %1 (ou choisissez un autre profil avec --profile ou PURGELINE_PROFILE).</translation>
    </message>
    <message>
        <location filename="../app/storage/databasefault.cpp" line="253"/>
        <source>What was recorded stays; nothing is sent that cannot be recorded. Check that the server runs and this machine may connect (host, port, sslmode, ~/.pgpass), then `purgeline %1 resume --wait` finishes the queued work.</source>
        <translation>Ce qui a été enregistré reste&#xa0;; rien n’est envoyé qui ne puisse être enregistré. Vérifiez que le serveur tourne et que cette machine peut s’y connecter (hôte, port, sslmode, ~/.pgpass), puis `purgeline %1 resume --wait` termine le travail en attente.</translation>
    </message>
</context>
<context>
    <name>DesktopIntegration</name>
    <message>
        <location filename="../widgets/desktopintegration.cpp" line="84"/>
        <source>Quit Purgeline?</source>
        <translation>Quitter Purgeline&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/desktopintegration.cpp" line="85"/>
        <source>%n purge request(s) are still queued or running. They stay saved in the profile and continue the next time Purgeline runs.

Quit now?</source>
        <translation>
            <numerusform>%n requête de purge est encore en file ou en cours. Elle reste enregistrée dans le profil et reprendra au prochain lancement de Purgeline.

Quitter maintenant&#xa0;?</numerusform>
            <numerusform>%n requêtes de purge sont encore en file ou en cours. Elles restent enregistrées dans le profil et reprendront au prochain lancement de Purgeline.

Quitter maintenant&#xa0;?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EdgeGridSigner</name>
    <message>
        <location filename="../app/providers/edgegridsigner.cpp" line="115"/>
        <source>no Authorization header</source>
        <translation>pas d’en-tête Authorization</translation>
    </message>
    <message>
        <location filename="../app/providers/edgegridsigner.cpp" line="117"/>
        <source>more than one Authorization header</source>
        <translation>plus d’un en-tête Authorization</translation>
    </message>
    <message>
        <location filename="../app/providers/edgegridsigner.cpp" line="120"/>
        <source>the Authorization header is not EG1-HMAC-SHA256</source>
        <translation>l’en-tête Authorization n’est pas EG1-HMAC-SHA256</translation>
    </message>
    <message>
        <location filename="../app/providers/edgegridsigner.cpp" line="123"/>
        <source>the Authorization header has no signature</source>
        <translation>l’en-tête Authorization n’a pas de signature</translation>
    </message>
    <message>
        <location filename="../app/providers/edgegridsigner.cpp" line="136"/>
        <source>the Authorization field &quot;%1&quot; is malformed or repeated</source>
        <translation>le champ Authorization «&#xa0;%1&#xa0;» est mal formé ou répété</translation>
    </message>
    <message>
        <location filename="../app/providers/edgegridsigner.cpp" line="142"/>
        <source>the Authorization header lacks %1</source>
        <translation>il manque %1 dans l’en-tête Authorization</translation>
    </message>
    <message>
        <location filename="../app/providers/edgegridsigner.cpp" line="144"/>
        <source>unknown client_token</source>
        <translation>client_token inconnu</translation>
    </message>
    <message>
        <location filename="../app/providers/edgegridsigner.cpp" line="146"/>
        <source>access_token does not belong to the client_token</source>
        <translation>access_token n’appartient pas au client_token</translation>
    </message>
    <message>
        <location filename="../app/providers/edgegridsigner.cpp" line="150"/>
        <source>timestamp &quot;%1&quot; is not yyyyMMddTHH:mm:ss+0000</source>
        <translation>l’horodatage «&#xa0;%1&#xa0;» n’est pas au format yyyyMMddTHH:mm:ss+0000</translation>
    </message>
    <message>
        <location filename="../app/providers/edgegridsigner.cpp" line="154"/>
        <source>signed header %1 appears more than once</source>
        <translation>l’en-tête signé %1 apparaît plus d’une fois</translation>
    </message>
    <message>
        <location filename="../app/providers/edgegridsigner.cpp" line="160"/>
        <source>the signature does not match the request</source>
        <translation>la signature ne correspond pas à la requête</translation>
    </message>
</context>
<context>
    <name>EdgeRc</name>
    <message>
        <location filename="../app/providers/edgerc.cpp" line="39"/>
        <source>line %1: the quoted value of %2 has no closing quote</source>
        <translation>ligne %1&#xa0;: la valeur entre guillemets de %2 n’a pas de guillemet fermant</translation>
    </message>
    <message>
        <location filename="../app/providers/edgerc.cpp" line="43"/>
        <source>line %1: text follows the quoted value of %2</source>
        <translation>ligne %1&#xa0;: du texte suit la valeur entre guillemets de %2</translation>
    </message>
    <message>
        <location filename="../app/providers/edgerc.cpp" line="66"/>
        <source>line %1: the section header has no closing ]</source>
        <translation>ligne %1&#xa0;: l’en-tête de section n’a pas de ] fermant</translation>
    </message>
    <message>
        <location filename="../app/providers/edgerc.cpp" line="70"/>
        <source>line %1: text follows the section header</source>
        <translation>ligne %1&#xa0;: du texte suit l’en-tête de section</translation>
    </message>
    <message>
        <location filename="../app/providers/edgerc.cpp" line="76"/>
        <source>line %1: the section has no name</source>
        <translation>ligne %1&#xa0;: la section n’a pas de nom</translation>
    </message>
    <message>
        <location filename="../app/providers/edgerc.cpp" line="85"/>
        <location filename="../app/providers/edgerc.cpp" line="99"/>
        <source>line %1: &quot;name = value&quot; expected</source>
        <translation>ligne %1&#xa0;: &quot;name = value&quot; attendu</translation>
    </message>
    <message>
        <location filename="../app/providers/edgerc.cpp" line="92"/>
        <source>line %1: a value has no name</source>
        <translation>ligne %1&#xa0;: une valeur n’a pas de nom</translation>
    </message>
    <message>
        <location filename="../app/providers/edgerc.cpp" line="148"/>
        <source>line %1: section [%2] appears again (first on line %3)</source>
        <translation>ligne %1&#xa0;: la section [%2] apparaît de nouveau (d’abord à la ligne %3)</translation>
    </message>
    <message>
        <location filename="../app/providers/edgerc.cpp" line="158"/>
        <location filename="../app/providers/edgerc.cpp" line="234"/>
        <source>line %1: a value comes before any [section]</source>
        <translation>ligne %1&#xa0;: une valeur précède toute [section]</translation>
    </message>
    <message>
        <location filename="../app/providers/edgerc.cpp" line="166"/>
        <source>line %1: %2 is set twice in [%3] (first on line %4)</source>
        <translation>ligne %1&#xa0;: %2 est défini deux fois dans [%3] (d’abord à la ligne %4)</translation>
    </message>
    <message>
        <location filename="../app/providers/edgerc.cpp" line="177"/>
        <source>no [%1] section: the file has no sections</source>
        <translation>pas de section [%1]&#xa0;: le fichier n’a aucune section</translation>
    </message>
    <message>
        <location filename="../app/providers/edgerc.cpp" line="178"/>
        <source>no [%1] section: the file has [%2]</source>
        <translation>pas de section [%1]&#xa0;: le fichier contient [%2]</translation>
    </message>
    <message>
        <location filename="../app/providers/edgerc.cpp" line="187"/>
        <source>line %1: [%2] lacks %3</source>
        <translation>ligne %1&#xa0;: il manque %3 dans [%2]</translation>
    </message>
    <message>
        <location filename="../app/providers/edgerc.cpp" line="198"/>
        <source>line %1: host &quot;%2&quot; is not a host name such as akab-xxxx.luna.akamaiapis.net</source>
        <translation>ligne %1&#xa0;: host «&#xa0;%2&#xa0;» n’est pas un nom d’hôte comme akab-xxxx.luna.akamaiapis.net</translation>
    </message>
    <message>
        <location filename="../app/providers/edgerc.cpp" line="210"/>
        <source>line %1: max_body &quot;%2&quot; is not a positive number of bytes</source>
        <translation>ligne %1&#xa0;: max_body «&#xa0;%2&#xa0;» n’est pas un nombre d’octets positif</translation>
    </message>
</context>
<context>
    <name>FastlyProvider</name>
    <message>
        <location filename="../app/providers/fastlyprovider.cpp" line="60"/>
        <source>Create an API token with the purge_select (or purge_all) scope under Account, API tokens in the Fastly control panel.</source>
        <translation>Créez dans le panneau de contrôle Fastly, sous Account, API tokens, un jeton API avec la portée purge_select (ou purge_all).</translation>
    </message>
    <message>
        <location filename="../app/providers/fastlyprovider.cpp" line="62"/>
        <source>API token</source>
        <translation>Jeton d’API</translation>
    </message>
    <message>
        <location filename="../app/providers/fastlyprovider.cpp" line="65"/>
        <source>one word without spaces</source>
        <translation>un seul mot sans espace</translation>
    </message>
    <message>
        <location filename="../app/providers/fastlyprovider.cpp" line="75"/>
        <source>Service ID</source>
        <translation>ID du service</translation>
    </message>
    <message>
        <location filename="../app/providers/fastlyprovider.cpp" line="80"/>
        <source>The service&apos;s ID (needed for --match tag and --match all; URL purges work without)</source>
        <translation>L’ID du service (nécessaire pour --match tag et --match all&#xa0;; les purges d’URL fonctionnent sans)</translation>
    </message>
    <message>
        <location filename="../app/providers/fastlyprovider.cpp" line="108"/>
        <source>setting service &quot;%1&quot; is not a Fastly service ID: expected letters and digits only, as in SU1Z0isxPaozGVKXdv0eY</source>
        <translation>le paramètre service «&#xa0;%1&#xa0;» n’est pas un ID de service Fastly&#xa0;: lettres et chiffres uniquement, comme dans SU1Z0isxPaozGVKXdv0eY</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/fastlyprovider.cpp" line="114"/>
        <source>provider fastly takes one --endpoint, but %n were given</source>
        <translation>
            <numerusform>le fournisseur fastly accepte un seul --endpoint, mais %n a été indiqué</numerusform>
            <numerusform>le fournisseur fastly accepte un seul --endpoint, mais %n ont été indiqués</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/providers/fastlyprovider.cpp" line="125"/>
        <source>Fastly cannot soft-purge everything: purge all always removes every object. Use --action purge, or soft-purge a surrogate key that every object carries</source>
        <translation>Fastly ne peut pas tout purger en soft purge&#xa0;: purge all supprime toujours chaque objet. Utilisez --action purge, ou faites un soft purge d’une surrogate key que porte chaque objet</translation>
    </message>
    <message>
        <location filename="../app/providers/fastlyprovider.cpp" line="130"/>
        <source>setting service is missing: --match %1 needs the source&apos;s --set service=SERVICE_ID</source>
        <translation>le paramètre service est manquant&#xa0;: --match %1 nécessite --set service=SERVICE_ID sur la source</translation>
    </message>
    <message>
        <location filename="../app/providers/fastlyprovider.cpp" line="136"/>
        <source>target &quot;%1&quot; contains white space or control characters</source>
        <translation>la cible «&#xa0;%1&#xa0;» contient des espaces ou des caractères de contrôle</translation>
    </message>
    <message>
        <location filename="../app/providers/fastlyprovider.cpp" line="139"/>
        <source>URL &quot;%1&quot; carries a user name or password; caches key objects without it</source>
        <translation>l’URL «&#xa0;%1&#xa0;» contient un nom d’utilisateur ou un mot de passe&#xa0;; les caches les omettent dans la clé des objets</translation>
    </message>
    <message>
        <location filename="../app/providers/fastlyprovider.cpp" line="144"/>
        <source>surrogate key &quot;%1…&quot; is longer than 1024 bytes</source>
        <translation>la surrogate key «&#xa0;%1…&#xa0;» dépasse 1024 octets</translation>
    </message>
    <message>
        <location filename="../app/providers/fastlyprovider.cpp" line="240"/>
        <source>malformed reply: HTTP %1 without a JSON object, so it is unknown whether Fastly purged it</source>
        <translation>réponse mal formée&#xa0;: HTTP %1 sans objet JSON, on ne sait donc pas si Fastly a purgé</translation>
    </message>
    <message>
        <location filename="../app/providers/fastlyprovider.cpp" line="244"/>
        <source>empty body</source>
        <translation>corps vide</translation>
    </message>
    <message>
        <location filename="../app/providers/fastlyprovider.cpp" line="257"/>
        <source>malformed reply: HTTP %1 names none of the surrogate keys sent</source>
        <translation>réponse mal formée&#xa0;: HTTP %1 ne nomme aucune des surrogate keys envoyées</translation>
    </message>
    <message>
        <location filename="../app/providers/fastlyprovider.cpp" line="264"/>
        <source>no purge id for %1</source>
        <translation>aucun identifiant de purge pour %1</translation>
    </message>
    <message>
        <location filename="../app/providers/fastlyprovider.cpp" line="270"/>
        <source>Fastly answered HTTP %1 without status &quot;ok&quot;</source>
        <translation>Fastly a répondu HTTP %1 sans status &quot;ok&quot;</translation>
    </message>
    <message>
        <location filename="../app/providers/fastlyprovider.cpp" line="285"/>
        <source>HTTP 429: over Fastly&apos;s 1,000 requests per hour</source>
        <translation>HTTP 429&#xa0;: au-delà des 1 000 requêtes par heure de Fastly</translation>
    </message>
    <message>
        <location filename="../app/providers/fastlyprovider.cpp" line="291"/>
        <source>HTTP %1: Fastly refused the API token; it needs the purge_select scope (purge_all for --match all) on this service</source>
        <translation>HTTP %1&#xa0;: Fastly a refusé le jeton d’API&#xa0;; il nécessite la portée purge_select (purge_all pour --match all) sur ce service</translation>
    </message>
    <message>
        <location filename="../app/providers/fastlyprovider.cpp" line="297"/>
        <source>HTTP 404: no such service or API path; check the source&apos;s service and endpoint</source>
        <translation>HTTP 404&#xa0;: service ou chemin d’API inexistant&#xa0;; vérifiez le service et l’endpoint de la source</translation>
    </message>
    <message>
        <location filename="../app/providers/fastlyprovider.cpp" line="303"/>
        <source>HTTP %1: Fastly rejected the purge</source>
        <translation>HTTP %1&#xa0;: Fastly a rejeté la purge</translation>
    </message>
</context>
<context>
    <name>GitChanges</name>
    <message>
        <location filename="../app/changes/gitchanges.cpp" line="63"/>
        <source>no repository given</source>
        <translation>aucun dépôt indiqué</translation>
    </message>
    <message>
        <location filename="../app/changes/gitchanges.cpp" line="67"/>
        <source>repository &quot;%1&quot; is not a directory</source>
        <translation>le dépôt «&#xa0;%1&#xa0;» n’est pas un dossier</translation>
    </message>
    <message>
        <location filename="../app/changes/gitchanges.cpp" line="85"/>
        <source>no git repository in &quot;%1&quot; (nor in its repo/ subdirectory)</source>
        <translation>aucun dépôt git dans «&#xa0;%1&#xa0;» (ni dans son sous-dossier repo/)</translation>
    </message>
    <message>
        <location filename="../app/changes/gitchanges.cpp" line="86"/>
        <source>cannot open the git repository &quot;%1&quot;: %2</source>
        <translation>impossible d’ouvrir le dépôt git «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/changes/gitchanges.cpp" line="93"/>
        <source>no repository is open</source>
        <translation>aucun dépôt n’est ouvert</translation>
    </message>
    <message>
        <location filename="../app/changes/gitchanges.cpp" line="97"/>
        <source>empty revision</source>
        <translation>révision vide</translation>
    </message>
    <message>
        <location filename="../app/changes/gitchanges.cpp" line="106"/>
        <source>revision &quot;%1&quot; is not in the repository &quot;%2&quot;</source>
        <translation>la révision «&#xa0;%1&#xa0;» n’est pas dans le dépôt «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/changes/gitchanges.cpp" line="108"/>
        <source>revision &quot;%1&quot; is ambiguous in the repository &quot;%2&quot;: give more characters of the SHA</source>
        <translation>la révision «&#xa0;%1&#xa0;» est ambiguë dans le dépôt «&#xa0;%2&#xa0;»&#xa0;: indiquez davantage de caractères du SHA</translation>
    </message>
    <message>
        <location filename="../app/changes/gitchanges.cpp" line="111"/>
        <source>revision &quot;%1&quot; cannot be resolved in the repository &quot;%2&quot;: %3</source>
        <translation>la révision «&#xa0;%1&#xa0;» ne peut pas être résolue dans le dépôt «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/changes/gitchanges.cpp" line="129"/>
        <location filename="../app/changes/gitchanges.cpp" line="141"/>
        <source>revision &quot;%1&quot; names a %2, not a commit or tree</source>
        <translation>la révision «&#xa0;%1&#xa0;» désigne un %2, pas un commit ni un tree</translation>
    </message>
    <message>
        <location filename="../app/changes/gitchanges.cpp" line="163"/>
        <source>cannot compare &quot;%1&quot; with &quot;%2&quot;: %3</source>
        <translation>impossible de comparer «&#xa0;%1&#xa0;» avec «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/changes/gitchanges.cpp" line="170"/>
        <source>cannot detect renames between &quot;%1&quot; and &quot;%2&quot;: %3</source>
        <translation>impossible de détecter les renommages entre «&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>GitChangesDialog</name>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="45"/>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="47"/>
        <source>modified</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="49"/>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="51"/>
        <source>renamed</source>
        <translation>renommé</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="60"/>
        <source>Last two deploys in a &amp;revisions.log:</source>
        <translation>Deux derniers déploiements d’un &amp;revisions.log&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="61"/>
        <source>Two re&amp;visions:</source>
        <translation>Deux ré&amp;visions&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="68"/>
        <source>Add changed files from git</source>
        <translation>Ajouter les fichiers modifiés depuis git</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="72"/>
        <location filename="../widgets/gitchangesdialog.cpp" line="243"/>
        <source>Repository folder</source>
        <translation>Dossier du dépôt</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="73"/>
        <source>A work tree, a bare repository or a Capistrano deploy folder</source>
        <translation>Une copie de travail, un dépôt nu ou un dossier de déploiement Capistrano</translation>
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
        <translation>Choisir le dossier du dépôt</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="90"/>
        <source>revisions.log file</source>
        <translation>Fichier revisions.log</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="93"/>
        <source>Choose the revisions.log file</source>
        <translation>Choisir le fichier revisions.log</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="96"/>
        <source>From revision</source>
        <translation>Révision de départ</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="98"/>
        <source>To revision</source>
        <translation>Révision d’arrivée</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="106"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="110"/>
        <source>Which files</source>
        <translation>Quels fichiers</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="111"/>
        <source>Images only</source>
        <translation>Images uniquement</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="112"/>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="114"/>
        <source>Only paths matching these globs, e.g. public/**</source>
        <translation>Uniquement les chemins correspondant à ces globs, p. ex. public/**</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="116"/>
        <source>Leave out paths matching these globs, e.g. **/*.psd</source>
        <translation>Exclure les chemins correspondant à ces globs, p. ex. **/*.psd</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="119"/>
        <source>Empty: each source&apos;s own map setting. Or one for all: public=https://www.example.com</source>
        <translation>Vide&#xa0;: le paramètre map propre à chaque source. Ou un pour toutes&#xa0;: public=https://www.example.com</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="121"/>
        <source>PATH_PREFIX=URL_PREFIX rules for repository paths, separated by spaces, used for every chosen source instead of their own map settings</source>
        <translation>Règles PATH_PREFIX=URL_PREFIX pour les chemins du dépôt, séparées par des espaces, utilisées pour chaque source choisie à la place de leur propre paramètre map</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="126"/>
        <source>Re&amp;pository:</source>
        <translation>&amp;Dépôt&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="130"/>
        <source>&amp;Files:</source>
        <translation>&amp;Fichiers&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="131"/>
        <source>&amp;Include:</source>
        <translation>&amp;Inclure&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="132"/>
        <source>E&amp;xclude:</source>
        <translation>E&amp;xclure&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="133"/>
        <source>&amp;Map:</source>
        <translation>&amp;Correspondance&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="135"/>
        <source>&amp;Show changes</source>
        <translation>Afficher les &amp;modifications</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="140"/>
        <source>Check all</source>
        <translation>Tout cocher</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="143"/>
        <source>Check none</source>
        <translation>Tout décocher</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="154"/>
        <source>Changed files</source>
        <translation>Fichiers modifiés</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="157"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="157"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="157"/>
        <source>URL or reason</source>
        <translation>URL ou raison</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="164"/>
        <source>&amp;Add URLs</source>
        <translation>&amp;Ajouter les URL</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="258"/>
        <source>revisions.log</source>
        <translation>revisions.log</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="259"/>
        <source>Capistrano revisions log (revisions.log);;All files (*)</source>
        <translation>Journal des révisions Capistrano (revisions.log);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="304"/>
        <source>%1..%2</source>
        <translation>%1..%2</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="305"/>
        <source>releases %1..%2</source>
        <translation>versions %1..%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/gitchangesdialog.cpp" line="306"/>
        <source>%1: %n changed file(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n fichier modifié</numerusform>
            <numerusform>%1&#xa0;: %n fichiers modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/gitchangesdialog.cpp" line="307"/>
        <source>, %n selected</source>
        <translation>
            <numerusform>, %n sélectionné</numerusform>
            <numerusform>, %n sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="309"/>
        <source>; no path mapping, so no URLs</source>
        <translation>&#xa0;; aucune correspondance de chemins, donc aucune URL</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="328"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="338"/>
        <source>%1: not mapped</source>
        <translation>%1&#xa0;: sans correspondance</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="339"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="351"/>
        <source>no mapping rule covers this path</source>
        <translation>aucune règle de correspondance ne couvre ce chemin</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="353"/>
        <source>no path mapping: fill in Map or set the sources&apos; map setting</source>
        <translation>aucune correspondance de chemins&#xa0;: remplissez Correspondance ou définissez le paramètre map des sources</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/gitchangesdialog.cpp" line="423"/>
        <source>&amp;Add %n URL(s)</source>
        <translation>
            <numerusform>&amp;Ajouter %n URL</numerusform>
            <numerusform>&amp;Ajouter %n URL</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlobPattern</name>
    <message>
        <location filename="../app/changes/globpattern.cpp" line="49"/>
        <source>empty pattern</source>
        <translation>motif vide</translation>
    </message>
</context>
<context>
    <name>HistoryCommands</name>
    <message>
        <location filename="../app/cli/historycommands.cpp" line="52"/>
        <source>unknown --state &quot;%1&quot;: use queued, sending, waiting-for-status, retry-scheduled, succeeded, failed or cancelled</source>
        <translation>--state «&#xa0;%1&#xa0;» inconnu&#xa0;: utilisez queued, sending, waiting-for-status, retry-scheduled, succeeded, failed ou cancelled</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommands.cpp" line="60"/>
        <source>--limit must be a positive whole number, not &quot;%1&quot;</source>
        <translation>--limit doit être un entier positif, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommands.cpp" line="66"/>
        <source>--request must be a request id, not &quot;%1&quot;</source>
        <translation>--request doit être un identifiant de requête, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommands.cpp" line="123"/>
        <source>give transaction ids or --failed, not both</source>
        <translation>indiquez des identifiants de transaction ou --failed, pas les deux</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommands.cpp" line="127"/>
        <source>no failed transactions</source>
        <translation>aucune transaction en échec</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommands.cpp" line="132"/>
        <source>retry needs transaction ids or --failed</source>
        <translation>retry nécessite des identifiants de transaction ou --failed</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommands.cpp" line="137"/>
        <source>&quot;%1&quot; is not a transaction id</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant de transaction</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommands.cpp" line="140"/>
        <source>no transaction %1</source>
        <translation>aucune transaction %1</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommands.cpp" line="144"/>
        <source>transaction %1 is %2; only failed or cancelled ones can be retried</source>
        <translation>la transaction %1 est %2&#xa0;; seules les transactions en échec ou annulées peuvent être relancées</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommands.cpp" line="167"/>
        <source>%1 transaction(s) were being sent when their process stopped; queued again</source>
        <translation>%1 transaction(s) étaient en cours d’envoi quand leur processus s’est arrêté&#xa0;; remises en file</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommands.cpp" line="173"/>
        <source>%1 open transaction(s) belong to another running Purgeline process and are left to it</source>
        <translation>%1 transaction(s) ouverte(s) appartiennent à un autre processus Purgeline en cours et lui sont laissées</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/historycommands.cpp" line="182"/>
        <source>%n verification(s) a stopped process began are finished here</source>
        <translation>
            <numerusform>%n vérification commencée par un processus arrêté est terminée ici</numerusform>
            <numerusform>%n vérifications commencées par un processus arrêté sont terminées ici</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/historycommands.cpp" line="186"/>
        <source>nothing to resume</source>
        <translation>rien à reprendre</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../widgets/historypanel.cpp" line="35"/>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="36"/>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="54"/>
        <source>&amp;Run again</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="54"/>
        <source>Ctrl+Shift+Return</source>
        <translation>Ctrl+Shift+Return</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="55"/>
        <source>Send the selected transactions again, or the whole requests they belong to (asked when only part of a request is selected)</source>
        <translation>Renvoyer les transactions sélectionnées, ou les requêtes entières auxquelles elles appartiennent (demandé quand seule une partie d’une requête est sélectionnée)</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="57"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="57"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="58"/>
        <source>Save the rows shown as a CSV file</source>
        <translation>Enregistrer les lignes affichées dans un fichier CSV</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="59"/>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="60"/>
        <source>Search history</source>
        <translation>Rechercher dans l’historique</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="72"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="100"/>
        <source>Nothing purged yet. Every purge sent from this window, a preset or the command line is recorded here: search it by date, source, state and URL, run a request again, or export it as CSV.</source>
        <translation>Rien n’a encore été purgé. Chaque purge envoyée depuis cette fenêtre, un préréglage ou la ligne de commande est enregistrée ici : cherchez par date, source, état et URL, relancez une requête ou exportez en CSV.</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="129"/>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="130"/>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="135"/>
        <source>Limit by %1</source>
        <translation>Filtrer par %1</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="143"/>
        <source>Source filter</source>
        <translation>Filtre de source</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="151"/>
        <source>Person filter</source>
        <translation>Filtre par personne</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="155"/>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="158"/>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="164"/>
        <source>State filter</source>
        <translation>Filtre d’état</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="167"/>
        <source>URL, source or error contains…</source>
        <translation>URL, source ou erreur contient…</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="169"/>
        <source>Search text</source>
        <translation>Texte recherché</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="194"/>
        <source>Number of results</source>
        <translation>Nombre de résultats</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="245"/>
        <source>Newest %L1 matches shown; narrow the filter to see older ones</source>
        <translation>Les %L1 résultats les plus récents sont affichés&#xa0;; affinez le filtre pour voir les plus anciens</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/historypanel.cpp" line="247"/>
        <source>%Ln transaction(s)</source>
        <translation>
            <numerusform>%Ln transaction</numerusform>
            <numerusform>%Ln transactions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="275"/>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="314"/>
        <source>request %1 has no transactions</source>
        <translation>la requête %1 n’a aucune transaction</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="361"/>
        <source>Run again</source>
        <translation>Relancer</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/historypanel.cpp" line="362"/>
        <source>Send only the %n selected transaction(s) again, or the whole request(s) they belong to (%1 transactions)?</source>
        <translation>
            <numerusform>Renvoyer seulement la transaction sélectionnée, ou la requête entière à laquelle elle appartient (%1 transactions)&#xa0;?</numerusform>
            <numerusform>Renvoyer seulement les %n transactions sélectionnées, ou les requêtes entières auxquelles elles appartiennent (%1 transactions)&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="367"/>
        <source>&amp;Selected transactions</source>
        <translation>Transactions &amp;sélectionnées</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="368"/>
        <source>&amp;Whole requests</source>
        <translation>Requêtes &amp;entières</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="394"/>
        <source>Purge everything</source>
        <translation>Tout purger</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="395"/>
        <source>Run request %1 again and purge everything cached by %2?</source>
        <translation>Relancer la requête %1 et purger tout ce que %2 met en cache&#xa0;?</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="404"/>
        <source>request %1: %2</source>
        <translation>requête %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="414"/>
        <source>request %1 again as request %2</source>
        <translation>la requête %1 à nouveau comme requête %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/historypanel.cpp" line="415"/>
        <source>%n transaction(s) of request %1 again as request %2</source>
        <translation>
            <numerusform>%n transaction de la requête %1 à nouveau comme requête %2</numerusform>
            <numerusform>%n transactions de la requête %1 à nouveau comme requête %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="421"/>
        <source>Could not run again: %1</source>
        <translation>Impossible de relancer&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="424"/>
        <source>Nothing new queued</source>
        <translation>Rien de nouveau mis en file</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="425"/>
        <source>Queued %1</source>
        <translation>Mis en file&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="457"/>
        <location filename="../widgets/historypanel.cpp" line="465"/>
        <source>Export history</source>
        <translation>Exporter l’historique</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="458"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/historypanel.cpp" line="463"/>
        <source>Exported %Ln transaction(s) to %1</source>
        <translation>
            <numerusform>%Ln transaction exportée vers %1</numerusform>
            <numerusform>%Ln transactions exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="465"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <location filename="../app/net/httpclient.cpp" line="50"/>
        <source>proxy &quot;%1&quot; is not an http://, https://, socks5:// or socks5h:// URL</source>
        <translation>le proxy «&#xa0;%1&#xa0;» n’est pas une URL http://, https://, socks5:// ou socks5h://</translation>
    </message>
    <message>
        <location filename="../app/net/httpclient.cpp" line="57"/>
        <source>the proxy&apos;s user name and password are never sent in clear (to %1); use an https:// proxy</source>
        <translation>le nom d’utilisateur et le mot de passe du proxy ne sont jamais envoyés en clair (à %1)&#xa0;; utilisez un proxy https://</translation>
    </message>
    <message>
        <location filename="../app/net/httpclient.cpp" line="60"/>
        <source>credentials are never sent over plain http:// through %1; use https://</source>
        <translation>les identifiants ne sont jamais envoyés en http:// non chiffré via %1&#xa0;; utilisez https://</translation>
    </message>
    <message>
        <location filename="../app/net/httpclient.cpp" line="90"/>
        <source>invalid request URL &quot;%1&quot;</source>
        <translation>URL de requête «&#xa0;%1&#xa0;» invalide</translation>
    </message>
    <message>
        <location filename="../app/net/httpclient.cpp" line="93"/>
        <source>unsupported URL scheme &quot;%1&quot; in %2</source>
        <translation>schéma d’URL «&#xa0;%1&#xa0;» non pris en charge dans %2</translation>
    </message>
    <message>
        <location filename="../app/net/httpclient.cpp" line="96"/>
        <source>credentials are never sent over plain http:// (to %1); use https://</source>
        <translation>les identifiants ne sont jamais envoyés en http:// non chiffré (vers %1)&#xa0;; utilisez https://</translation>
    </message>
    <message>
        <location filename="../app/net/httpclient.cpp" line="100"/>
        <source>header &quot;%1&quot; contains a line break or is malformed</source>
        <translation>l’en-tête « %1 » contient un saut de ligne ou est mal formé</translation>
    </message>
    <message>
        <location filename="../app/net/httpclient.cpp" line="104"/>
        <source>invalid HTTP method &quot;%1&quot;</source>
        <translation>méthode HTTP « %1 » invalide</translation>
    </message>
    <message>
        <location filename="../app/net/httpclient.cpp" line="115"/>
        <source>libcurl could not be initialised</source>
        <translation>libcurl n’a pas pu être initialisée</translation>
    </message>
    <message>
        <location filename="../app/net/httpclient.cpp" line="129"/>
        <source>libcurl did not take the transfer</source>
        <translation>libcurl n’a pas accepté le transfert</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="82"/>
        <source>libcurl could not start a transfer</source>
        <translation>libcurl n’a pas pu démarrer de transfert</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="97"/>
        <source>libcurl refused option %1: %2</source>
        <translation>libcurl a refusé l’option %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="206"/>
        <source>header section longer than %1 bytes</source>
        <translation>section d’en-têtes de plus de %1 octets</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="258"/>
        <location filename="../app/net/curltransfer.cpp" line="352"/>
        <location filename="../app/net/curltransfer.cpp" line="354"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="343"/>
        <source>no complete reply within %1 ms</source>
        <translation>aucune réponse complète en %1 ms</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="200"/>
        <source>a protocol switch nothing asked for</source>
        <translation>un changement de protocole que personne n’a demandé</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="233"/>
        <source>reply body over the %1 MiB limit</source>
        <translation>corps de réponse au-delà de la limite de %1 Mio</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="259"/>
        <source>no valid HTTP status line (status code %1)</source>
        <translation>aucune ligne d’état HTTP valide (code %1)</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="288"/>
        <source>no valid HTTP status line (%1)</source>
        <translation>pas de ligne d’état HTTP valide (%1)</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="290"/>
        <source>the body does not decode as its Content-Encoding says (%1)</source>
        <translation>le corps ne se décode pas comme l’indique son Content-Encoding (%1)</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="293"/>
        <source>its Content-Length announces a body over the %1 MiB limit</source>
        <translation>son Content-Length annonce un corps au-delà de la limite de %1 Mio</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="302"/>
        <source>invalid chunked encoding (%1)</source>
        <translation>encodage chunked invalide (%1)</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="308"/>
        <source>a header line longer than libcurl accepts (%1 KiB)</source>
        <translation>une ligne d’en-tête plus longue que ce qu’accepte libcurl (%1 Kio)</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="336"/>
        <source>no connection within %1 ms</source>
        <translation>aucune connexion en %1 ms</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="338"/>
        <source>no TLS handshake within %1 ms: the server took the connection and did not answer</source>
        <translation>pas de négociation TLS en %1 ms&#xa0;: le serveur a accepté la connexion sans répondre</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="342"/>
        <source>no reply within %1 ms</source>
        <translation>aucune réponse en %1 ms</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="368"/>
        <source>after HTTP %1: %2</source>
        <translation>après HTTP %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="384"/>
        <source>could not connect: %1</source>
        <translation>connexion impossible&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="410"/>
        <source>the connection closed without a reply</source>
        <translation>la connexion a été fermée sans réponse</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="415"/>
        <source>refused the tunnel to %1 (HTTP %2)</source>
        <translation>a refusé le tunnel vers %1 (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../app/net/httpclient.cpp" line="145"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../app/net/httptransport.cpp" line="145"/>
        <source>proxy %1 (from %2)</source>
        <translation>proxy %1 (de %2)</translation>
    </message>
    <message>
        <location filename="../app/net/httptransport.cpp" line="146"/>
        <source>proxy %1</source>
        <translation>proxy %1</translation>
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
        <translation>Un cache que vous exploitez n’a pas de compte : saisissez l’adresse de chaque cache comme point d’accès, et un jeton seulement si votre configuration VCL ou nginx en vérifie un dans un en-tête.</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="55"/>
        <source>Purge token</source>
        <translation>Jeton de purge</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="67"/>
        <source>Prefix purge method</source>
        <translation>Méthode de purge par préfixe</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="72"/>
        <source>ban: a BAN request whose ban header carries an anchored regex of the path prefix (Varnish; needed for --match all). wildcard: PURGE of the prefix followed by &quot;*&quot; (ngx_cache_purge 2.4 or later; Debian 12&apos;s 2.3 has no partial purge and answers 404).</source>
        <translation>ban&#xa0;: une requête BAN dont l’en-tête ban porte une regex ancrée du préfixe de chemin (Varnish&#xa0;; nécessaire pour --match all). wildcard&#xa0;: PURGE du préfixe suivi de &quot;*&quot; (ngx_cache_purge 2.4 ou ultérieur&#xa0;; la 2.3 de Debian 12 ne fait pas de purge partielle et répond 404).</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="78"/>
        <source>Ban header</source>
        <translation>En-tête ban</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="83"/>
        <source>Header of BAN requests that carries the regex, e.g. &quot;^/img/&quot;; the VCL passes it to ban(&quot;req.url ~ &quot; + req.http.&lt;header&gt;).</source>
        <translation>En-tête des requêtes BAN qui porte la regex, p. ex. &quot;^/img/&quot;&#xa0;; la VCL la passe à ban(&quot;req.url ~ &quot; + req.http.&lt;header&gt;).</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="87"/>
        <source>Secret header</source>
        <translation>En-tête du secret</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="92"/>
        <source>Header that carries the secret on every PURGE/BAN, for caches that check a token as well as the client address; required when a secret is configured.</source>
        <translation>En-tête qui porte le secret à chaque PURGE/BAN, pour les caches qui vérifient un jeton en plus de l’adresse du client&#xa0;; obligatoire si un secret est configuré.</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="139"/>
        <source>http-purge needs at least one --endpoint: the base URL of each cache, e.g. --endpoint http://127.0.0.1:6081</source>
        <translation>http-purge nécessite au moins un --endpoint&#xa0;: l’URL de base de chaque cache, p. ex. --endpoint http://127.0.0.1:6081</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="148"/>
        <source>malformed --endpoint &quot;%1&quot;: expected an absolute http:// or https:// URL</source>
        <translation>--endpoint «&#xa0;%1&#xa0;» mal formé&#xa0;: URL absolue http:// ou https:// attendue</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="152"/>
        <source>--endpoint &quot;%1&quot; must not have a query or fragment: the target&apos;s path and query are appended to it</source>
        <translation>--endpoint «&#xa0;%1&#xa0;» ne doit avoir ni query ni fragment&#xa0;: le chemin et la query de la cible y sont ajoutés</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="157"/>
        <source>--endpoint &quot;%1&quot; must not carry a user name or password; put a token in the secret and name its header with --set secret_header=NAME</source>
        <translation>--endpoint «&#xa0;%1&#xa0;» ne doit contenir ni nom d’utilisateur ni mot de passe&#xa0;; mettez un jeton dans le secret et nommez son en-tête avec --set secret_header=NOM</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="165"/>
        <source>--endpoint &quot;%1&quot; is given twice</source>
        <translation>--endpoint «&#xa0;%1&#xa0;» est indiqué deux fois</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="170"/>
        <source>prefix_method &quot;%1&quot; is not one of: ban, wildcard</source>
        <translation>prefix_method «&#xa0;%1&#xa0;» n’est ni ban ni wildcard</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="173"/>
        <source>ban_header &quot;%1&quot; is not a valid HTTP header name</source>
        <translation>ban_header «&#xa0;%1&#xa0;» n’est pas un nom d’en-tête HTTP valide</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="177"/>
        <source>secret_header &quot;%1&quot; is not a valid HTTP header name</source>
        <translation>secret_header «&#xa0;%1&#xa0;» n’est pas un nom d’en-tête HTTP valide</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="181"/>
        <source>secret_header &quot;%1&quot; collides with the Host or ban header the purge needs</source>
        <translation>secret_header «&#xa0;%1&#xa0;» entre en conflit avec l’en-tête Host ou ban nécessaire à la purge</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="186"/>
        <source>a secret is configured but secret_header is not set: --set secret_header=NAME names the header that carries it (e.g. X-Purge-Token)</source>
        <translation>un secret est configuré mais secret_header n’est pas défini&#xa0;: --set secret_header=NOM nomme l’en-tête qui le porte (p. ex. X-Purge-Token)</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="197"/>
        <source>--match all needs BAN support: it is only available with --set prefix_method=ban (Varnish)</source>
        <translation>--match all nécessite la prise en charge de BAN&#xa0;: disponible uniquement avec --set prefix_method=ban (Varnish)</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="285"/>
        <source>ban added (HTTP %1)</source>
        <translation>ban ajouté (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="286"/>
        <source>purged (HTTP %1)</source>
        <translation>purgé (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="290"/>
        <source>the cache does not do partial purges: PURGE with a trailing &quot;*&quot; needs ngx_cache_purge 2.4 or later (Debian 12 ships 2.3); use single URLs, or prefix_method=ban on Varnish</source>
        <translation>le cache ne fait pas de purge partielle&#xa0;: PURGE avec un &quot;*&quot; final nécessite ngx_cache_purge 2.4 ou ultérieur (Debian 12 fournit la 2.3)&#xa0;; utilisez des URL individuelles, ou prefix_method=ban avec Varnish</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="296"/>
        <source>was not cached (HTTP %1)</source>
        <translation>n’était pas en cache (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="300"/>
        <source>the cache refused %1 from this client; most likely its purge ACL does not allow it: the VCL&apos;s acl checked in vcl_recv (Varnish), the proxy_cache_purge location&apos;s allow rules (nginx), or &quot;acl PURGE method PURGE&quot; with &quot;http_access allow PURGE&quot; for this address (Squid)</source>
        <translation>le cache a refusé %1 de ce client&#xa0;; son ACL de purge ne l’autorise probablement pas&#xa0;: l’acl de la VCL vérifiée dans vcl_recv (Varnish), les règles allow de la location proxy_cache_purge (nginx), ou &quot;acl PURGE method PURGE&quot; avec &quot;http_access allow PURGE&quot; pour cette adresse (Squid)</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="307"/>
        <source>; nginx and Squid have no BAN at all (use prefix_method=wildcard with ngx_cache_purge 2.4 or later)</source>
        <translation>&#xa0;; nginx et Squid n’ont pas du tout de BAN (utilisez prefix_method=wildcard avec ngx_cache_purge 2.4 ou ultérieur)</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="312"/>
        <source>; or it rejected the secret sent in %1</source>
        <translation>&#xa0;; ou il a rejeté le secret envoyé dans %1</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="318"/>
        <source>the cache has no handler for %1 requests; add one to its configuration</source>
        <translation>le cache n’a pas de gestionnaire pour les requêtes %1&#xa0;; ajoutez-en un à sa configuration</translation>
    </message>
</context>
<context>
    <name>HttpReply</name>
    <message>
        <location filename="../app/core/httpexchange.cpp" line="89"/>
        <source>timeout: %1</source>
        <translation>délai dépassé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/core/httpexchange.cpp" line="91"/>
        <source>network error: %1</source>
        <translation>erreur réseau&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/core/httpexchange.cpp" line="93"/>
        <source>TLS error: %1</source>
        <translation>erreur TLS&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/core/httpexchange.cpp" line="95"/>
        <source>not sent: %1</source>
        <translation>non envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/core/httpexchange.cpp" line="97"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../app/core/httpexchange.cpp" line="99"/>
        <source>the server&apos;s reply was malformed: %1</source>
        <translation>la réponse du serveur était mal formée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>HttpRequestSpec</name>
    <message>
        <location filename="../app/core/httpexchange.cpp" line="61"/>
        <source>(proxy: %1)</source>
        <translation>(proxy&#xa0;: %1)</translation>
    </message>
    <message>
        <location filename="../app/core/httpexchange.cpp" line="64"/>
        <source>(trusted CA certificates: %1)</source>
        <translation>(certificats d’autorité de confiance&#xa0;: %1)</translation>
    </message>
    <message>
        <location filename="../app/core/httpexchange.cpp" line="68"/>
        <source>(client certificate: %1)</source>
        <translation>(certificat client&#xa0;: %1)</translation>
    </message>
    <message>
        <location filename="../app/core/httpexchange.cpp" line="72"/>
        <source>(pinned server key: %1)</source>
        <translation>(clé de serveur épinglée&#xa0;: %1)</translation>
    </message>
</context>
<context>
    <name>ImgixProvider</name>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="27"/>
        <source>Generate an API key with the Purge permission on the API Keys page of the imgix dashboard.</source>
        <translation>Générez une clé API avec la permission Purge sur la page API Keys du tableau de bord imgix.</translation>
    </message>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="29"/>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="32"/>
        <source>one word without spaces</source>
        <translation>un seul mot sans espace</translation>
    </message>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="43"/>
        <source>API version</source>
        <translation>Version de l’API</translation>
    </message>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="48"/>
        <source>v1: POST /api/v1/purge with a Bearer key that has the Purge permission; legacy: the old POST /v2/image/purger with Basic auth</source>
        <translation>v1&#xa0;: POST /api/v1/purge avec une clé Bearer disposant de l’autorisation Purge&#xa0;; legacy&#xa0;: l’ancien POST /v2/image/purger avec authentification Basic</translation>
    </message>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="77"/>
        <source>setting api is &quot;%1&quot;: expected v1 or legacy</source>
        <translation>le paramètre api vaut «&#xa0;%1&#xa0;»&#xa0;: v1 ou legacy attendu</translation>
    </message>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="89"/>
        <source>imgix purges exact URLs only, but &quot;%1&quot; ends with the wildcard *</source>
        <translation>imgix ne purge que des URL exactes, mais «&#xa0;%1&#xa0;» se termine par le joker *</translation>
    </message>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="176"/>
        <source>reply unreadable; no purge id</source>
        <translation>réponse illisible&#xa0;; aucun identifiant de purge</translation>
    </message>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="183"/>
        <source>imgix answered HTTP %1 but reported errors for %2: %3</source>
        <translation>imgix a répondu HTTP %1 mais a signalé des erreurs pour %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="190"/>
        <source>reply carries no purge id</source>
        <translation>la réponse ne contient aucun identifiant de purge</translation>
    </message>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="198"/>
        <source>duplicate purge of %1 within 10 s (HTTP 409); imgix still purges it</source>
        <translation>purge en double de %1 en moins de 10 s (HTTP 409)&#xa0;; imgix la purge quand même</translation>
    </message>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="202"/>
        <source>imgix rejected the API key (HTTP 401); check the source&apos;s API key</source>
        <translation>imgix a rejeté la clé d’API (HTTP 401)&#xa0;; vérifiez la clé d’API de la source</translation>
    </message>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="206"/>
        <source>imgix refused the purge (HTTP 403); the API key needs the Purge permission</source>
        <translation>imgix a refusé la purge (HTTP 403)&#xa0;; la clé d’API doit avoir l’autorisation Purge</translation>
    </message>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="211"/>
        <source>imgix rejected the purge of %1 (HTTP %2)</source>
        <translation>imgix a rejeté la purge de %1 (HTTP %2)</translation>
    </message>
</context>
<context>
    <name>InstartProvider</name>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="37"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="47"/>
        <source>Customer (company name)</source>
        <translation>Client (nom de la société)</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="52"/>
        <source>The company name in the API path: https://api.instartlogic.com/&lt;customer&gt;/v1/...</source>
        <translation>Le nom de la société dans le chemin de l’API&#xa0;: https://api.instartlogic.com/&lt;customer&gt;/v1/...</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="55"/>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="60"/>
        <source>The Instart Logic portal user; the password is the secret</source>
        <translation>L’utilisateur du portail Instart Logic&#xa0;; le mot de passe est le secret</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="98"/>
        <source>setting customer is missing: set it to the company name of the Instart Logic account</source>
        <translation>le paramètre customer est manquant&#xa0;: indiquez le nom de la société du compte Instart Logic</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="102"/>
        <source>setting customer &quot;%1&quot; must be the bare company name: it may not contain white space or any of / ? # % \</source>
        <translation>le paramètre customer «&#xa0;%1&#xa0;» doit être le seul nom de la société&#xa0;: ni espace ni aucun de /&#xa0;? # % \</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="108"/>
        <source>setting user is missing: set it to the Instart Logic user name</source>
        <translation>le paramètre user est manquant&#xa0;: indiquez le nom d’utilisateur Instart Logic</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="110"/>
        <source>setting user &quot;%1&quot; has leading or trailing white space</source>
        <translation>le paramètre user «&#xa0;%1&#xa0;» commence ou se termine par des espaces</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="112"/>
        <source>setting user &quot;%1&quot; must not contain &apos;:&apos;</source>
        <translation>le paramètre user «&#xa0;%1&#xa0;» ne doit pas contenir &apos;:&apos;</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="82"/>
        <source>Cache key modifier</source>
        <translation>Modificateur de clé de cache</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="35"/>
        <source>Instart Logic takes the user name and password of a portal account allowed to use the API; your account administrator can create one.</source>
        <translation>Instart Logic demande le nom d’utilisateur et le mot de passe d’un compte du portail autorisé à utiliser l’API ; l’administrateur de votre compte peut en créer un.</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="86"/>
        <source>cache_key_modifier_regex: purge only the variants whose cache key modifier matches, as in device_type_* (prefix purges only)</source>
        <translation>cache_key_modifier_regex&#xa0;: ne purger que les variantes dont le modificateur de clé de cache correspond, comme dans device_type_* (purges par préfixe uniquement)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/instartprovider.cpp" line="114"/>
        <source>provider instart takes one --endpoint, but %n were given</source>
        <translation>
            <numerusform>le fournisseur instart accepte un seul --endpoint, mais %n a été indiqué</numerusform>
            <numerusform>le fournisseur instart accepte un seul --endpoint, mais %n ont été indiqués</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="123"/>
        <source>target &quot;%1&quot; contains white space or control characters</source>
        <translation>la cible «&#xa0;%1&#xa0;» contient des espaces ou des caractères de contrôle</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="128"/>
        <source>malformed URL &quot;%1&quot;: expected an absolute http:// or https:// URL</source>
        <translation>URL «&#xa0;%1&#xa0;» mal formée&#xa0;: URL absolue http:// ou https:// attendue</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="133"/>
        <source>target &quot;%1&quot; must not contain a user name or password</source>
        <translation>la cible «&#xa0;%1&#xa0;» ne doit contenir ni nom d’utilisateur ni mot de passe</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="139"/>
        <source>target &quot;%1&quot; has an invalid port &quot;%2&quot;</source>
        <translation>la cible «&#xa0;%1&#xa0;» a un port «&#xa0;%2&#xa0;» invalide</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="144"/>
        <source>target &quot;%1&quot; has no host</source>
        <translation>la cible «&#xa0;%1&#xa0;» n’a pas d’hôte</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="150"/>
        <source>target &quot;%1&quot;: a &apos;*&apos; in the host is only allowed as its whole first label, as in http://*.example.net/</source>
        <translation>cible «&#xa0;%1&#xa0;»&#xa0;: un &apos;*&apos; dans l’hôte n’est permis que comme premier label entier, comme dans http://*.example.net/</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="158"/>
        <source>target &quot;%1&quot;: &quot;%2&quot; is not a valid host name (write internationalized names in their xn-- form)</source>
        <translation>cible «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» n’est pas un nom d’hôte valide (écrivez les noms internationalisés sous leur forme xn--)</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="164"/>
        <source>target &quot;%1&quot; has no path: add at least &quot;/&quot; after the host</source>
        <translation>la cible «&#xa0;%1&#xa0;» n’a pas de chemin&#xa0;: ajoutez au moins &quot;/&quot; après l’hôte</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="167"/>
        <source>target &quot;%1&quot; must not contain a fragment (#...): caches never see it</source>
        <translation>la cible «&#xa0;%1&#xa0;» ne doit pas contenir de fragment (#...)&#xa0;: les caches ne le voient jamais</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="172"/>
        <source>target &quot;%1&quot;: &apos;*&apos; in the path is taken literally by Instart Logic; use --match prefix with the path up to where the &apos;*&apos; was</source>
        <translation>cible «&#xa0;%1&#xa0;»&#xa0;: Instart Logic prend un &apos;*&apos; du chemin au pied de la lettre&#xa0;; utilisez --match prefix avec le chemin jusqu’à l’emplacement du &apos;*&apos;</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="184"/>
        <source>--cache-key-modifier &quot;%1&quot;: Instart Logic allows a &apos;*&apos; wildcard only at the end, as in &quot;device_type_*&quot;</source>
        <translation>--cache-key-modifier «&#xa0;%1&#xa0;»&#xa0;: Instart Logic n’autorise un joker &apos;*&apos; qu’à la fin, comme dans &quot;device_type_*&quot;</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="190"/>
        <source>--cache-key-modifier &quot;%1&quot; contains white space or control characters</source>
        <translation>--cache-key-modifier «&#xa0;%1&#xa0;» contient des espaces ou des caractères de contrôle</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="198"/>
        <source>provider instart does not support --match %1: use exact or prefix</source>
        <translation>le fournisseur instart ne prend pas en charge --match %1&#xa0;: utilisez exact ou prefix</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="201"/>
        <source>no targets given</source>
        <translation>aucune cible indiquée</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="203"/>
        <source>--cache-key-modifier works only with --match prefix: Instart Logic answers 400 Bad Request when cache_key_modifier_regex is sent with an exact match</source>
        <translation>--cache-key-modifier ne fonctionne qu’avec --match prefix&#xa0;: Instart Logic répond 400 Bad Request si cache_key_modifier_regex est envoyé avec une correspondance exacte</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="308"/>
        <source>HTTP 400: Instart Logic did not validate the request (the user may not be allowed to purge this domain, or no configuration exists for the path)</source>
        <translation>HTTP 400&#xa0;: Instart Logic n’a pas validé la requête (l’utilisateur n’a peut-être pas le droit de purger ce domaine, ou aucune configuration n’existe pour ce chemin)</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="315"/>
        <source>HTTP %1: authentication failed: Instart Logic rejected the user name and password (or token); check the source&apos;s user setting and secret</source>
        <translation>HTTP %1&#xa0;: échec de l’authentification&#xa0;: Instart Logic a rejeté le nom d’utilisateur et le mot de passe (ou le jeton)&#xa0;; vérifiez le paramètre user et le secret de la source</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="321"/>
        <source>HTTP 404: no such API path; check the source&apos;s customer setting and endpoint</source>
        <translation>HTTP 404&#xa0;: chemin d’API inexistant&#xa0;; vérifiez le paramètre customer et l’endpoint de la source</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="326"/>
        <source>HTTP 405: the API does not allow this method here; check the source&apos;s endpoint</source>
        <translation>HTTP 405&#xa0;: l’API n’autorise pas cette méthode ici&#xa0;; vérifiez l’endpoint de la source</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="331"/>
        <source>HTTP 406: the API cannot answer in a format this request accepts</source>
        <translation>HTTP 406&#xa0;: l’API ne peut répondre dans aucun format accepté par cette requête</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="340"/>
        <source>Instart Logic answers 503 above 2 purge requests per second per customer</source>
        <translation>Instart Logic répond 503 au-delà de 2 requêtes de purge par seconde et par client</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="380"/>
        <source>malformed reply: HTTP %1 without a readable transaction_id; the purge may have been accepted, but its progress cannot be followed</source>
        <translation>réponse mal formée&#xa0;: HTTP %1 sans transaction_id lisible&#xa0;; la purge a peut-être été acceptée, mais son avancement ne peut pas être suivi</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="383"/>
        <source>empty body</source>
        <translation>corps vide</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="385"/>
        <source>accepted as transaction %1</source>
        <translation>acceptée comme transaction %1</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="409"/>
        <source>malformed transaction status reply (not a JSON object)</source>
        <translation>réponse d’état de transaction mal formée (pas un objet JSON)</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="415"/>
        <source>malformed transaction status reply: no transaction_response.transaction_status</source>
        <translation>réponse d’état de transaction mal formée&#xa0;: pas de transaction_response.transaction_status</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="423"/>
        <source>purge completed</source>
        <translation>purge terminée</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="424"/>
        <source>transaction %1 completed</source>
        <translation>transaction %1 terminée</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="429"/>
        <source>malformed transaction status reply: PENDING without a transaction_id</source>
        <translation>réponse d’état de transaction mal formée&#xa0;: PENDING sans transaction_id</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="434"/>
        <source>transaction %1 pending</source>
        <translation>transaction %1 en attente</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="438"/>
        <source>the transaction</source>
        <translation>la transaction</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="439"/>
        <source>transaction %1</source>
        <translation>transaction %1</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="441"/>
        <source>%1 ended with status %2</source>
        <translation>%1 s’est terminée avec l’état %2</translation>
    </message>
</context>
<context>
    <name>KeycdnProvider</name>
    <message>
        <location filename="../app/providers/keycdnprovider.cpp" line="26"/>
        <source>The API key is under Account settings, Authentication in the KeyCDN dashboard.</source>
        <translation>La clé API se trouve dans le tableau de bord KeyCDN, sous Account settings, Authentication.</translation>
    </message>
    <message>
        <location filename="../app/providers/keycdnprovider.cpp" line="28"/>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <location filename="../app/providers/keycdnprovider.cpp" line="31"/>
        <source>one word without spaces</source>
        <translation>un seul mot sans espace</translation>
    </message>
    <message>
        <location filename="../app/providers/keycdnprovider.cpp" line="41"/>
        <source>Zone ID</source>
        <translation>ID de zone</translation>
    </message>
    <message>
        <location filename="../app/providers/keycdnprovider.cpp" line="46"/>
        <source>The numeric ID of the zone (KeyCDN dashboard &gt; Zones), as in /zones/purgeurl/&lt;ID&gt;.json</source>
        <translation>L’ID numérique de la zone (tableau de bord KeyCDN &gt; Zones), comme dans /zones/purgeurl/&lt;ID&gt;.json</translation>
    </message>
    <message>
        <location filename="../app/providers/keycdnprovider.cpp" line="79"/>
        <source>setting zone is missing: set it to the numeric zone ID (--set zone=ID)</source>
        <translation>le paramètre zone est manquant&#xa0;: indiquez l’ID numérique de la zone (--set zone=ID)</translation>
    </message>
    <message>
        <location filename="../app/providers/keycdnprovider.cpp" line="81"/>
        <source>setting zone &quot;%1&quot; must be the numeric zone ID shown in the KeyCDN dashboard, not the zone name or URL</source>
        <translation>le paramètre zone «&#xa0;%1&#xa0;» doit être l’ID numérique de la zone affiché dans le tableau de bord KeyCDN, pas son nom ni son URL</translation>
    </message>
    <message>
        <location filename="../app/providers/keycdnprovider.cpp" line="93"/>
        <source>target &quot;%1&quot; must not contain a user name or password</source>
        <translation>la cible «&#xa0;%1&#xa0;» ne doit contenir ni nom d’utilisateur ni mot de passe</translation>
    </message>
    <message>
        <location filename="../app/providers/keycdnprovider.cpp" line="95"/>
        <source>tag &quot;%1&quot; contains white space or a comma, which separate tags in the Cache-Tag header; give each tag on its own</source>
        <translation>le tag «&#xa0;%1&#xa0;» contient un espace ou une virgule, qui séparent les tags dans l’en-tête Cache-Tag&#xa0;; indiquez chaque tag séparément</translation>
    </message>
    <message>
        <location filename="../app/providers/keycdnprovider.cpp" line="177"/>
        <source>KeyCDN answered HTTP %1 but reported an error</source>
        <translation>KeyCDN a répondu HTTP %1 mais a signalé une erreur</translation>
    </message>
    <message>
        <location filename="../app/providers/keycdnprovider.cpp" line="181"/>
        <source>malformed reply: HTTP %1 without a readable &quot;status&quot;; the purge may or may not have happened</source>
        <translation>réponse mal formée&#xa0;: HTTP %1 sans &quot;status&quot; lisible&#xa0;; on ne sait pas si la purge a eu lieu</translation>
    </message>
    <message>
        <location filename="../app/providers/keycdnprovider.cpp" line="189"/>
        <source>KeyCDN rejected the API key (HTTP 401); check the source&apos;s secret (KeyCDN dashboard &gt; Account Settings &gt; API)</source>
        <translation>KeyCDN a rejeté la clé d’API (HTTP 401)&#xa0;; vérifiez le secret de la source (tableau de bord KeyCDN &gt; Account Settings &gt; API)</translation>
    </message>
    <message>
        <location filename="../app/providers/keycdnprovider.cpp" line="193"/>
        <source>KeyCDN refused the purge of zone %1 (HTTP 403)</source>
        <translation>KeyCDN a refusé la purge de la zone %1 (HTTP 403)</translation>
    </message>
    <message>
        <location filename="../app/providers/keycdnprovider.cpp" line="198"/>
        <source>KeyCDN has no zone %1 for this API key (HTTP 404); check the source&apos;s zone setting</source>
        <translation>KeyCDN n’a pas de zone %1 pour cette clé d’API (HTTP 404)&#xa0;; vérifiez le paramètre zone de la source</translation>
    </message>
    <message>
        <location filename="../app/providers/keycdnprovider.cpp" line="204"/>
        <source>KeyCDN rejected the purge (HTTP %1)</source>
        <translation>KeyCDN a rejeté la purge (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../app/providers/keycdnprovider.cpp" line="209"/>
        <source>HTTP 429: the KeyCDN API rate limit of this API key was reached</source>
        <translation>HTTP 429&#xa0;: la limite de débit de l’API KeyCDN pour cette clé d’API est atteinte</translation>
    </message>
</context>
<context>
    <name>LayerGate</name>
    <message>
        <location filename="../app/queue/layergate.cpp" line="52"/>
        <source>not sent: layer %1 (%2) is still cached after its purge</source>
        <translation>non envoyé&#xa0;: la couche %1 (%2) est encore en cache après sa purge</translation>
    </message>
    <message>
        <location filename="../app/queue/layergate.cpp" line="55"/>
        <source>not sent: layer %1 (%2) was cancelled</source>
        <translation>non envoyé&#xa0;: la couche %1 (%2) a été annulée</translation>
    </message>
    <message>
        <location filename="../app/queue/layergate.cpp" line="56"/>
        <source>not sent: layer %1 (%2) failed</source>
        <translation>non envoyé&#xa0;: la couche %1 (%2) a échoué</translation>
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
        <translation>&amp;Purge</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="81"/>
        <location filename="../widgets/mainwindow.cpp" line="257"/>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="116"/>
        <source>Request %1 queued: %n transaction(s)</source>
        <translation>
            <numerusform>Requête %1 mise en file&#xa0;: %n transaction</numerusform>
            <numerusform>Requête %1 mise en file&#xa0;: %n transactions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="216"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="218"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="220"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
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
        <translation>&amp;Purger maintenant</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="230"/>
        <source>Pre&amp;view…</source>
        <translation>&amp;Aperçu…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="232"/>
        <source>From &amp;git…</source>
        <translation>Depuis &amp;git…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="234"/>
        <source>Save as p&amp;reset…</source>
        <translation>Enregistrer comme p&amp;réréglage…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="238"/>
        <source>Retry all &amp;failed</source>
        <translation>Relancer tous les &amp;échecs</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="240"/>
        <source>&amp;Cancel all pending</source>
        <translation>A&amp;nnuler tous les envois en attente</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="241"/>
        <source>P&amp;ause queue</source>
        <translation>Mettre la file en pa&amp;use</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="250"/>
        <source>Queue paused: nothing new is sent</source>
        <translation>File en pause&#xa0;: rien de nouveau n’est envoyé</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="250"/>
        <source>Queue running</source>
        <translation>File en cours</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="254"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="255"/>
        <source>&amp;Purge</source>
        <comment>View menu: shows the Purge tab</comment>
        <translation>&amp;Purge</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="259"/>
        <source>&amp;Find transaction</source>
        <translation>&amp;Rechercher une transaction</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="262"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="263"/>
        <source>&amp;About Purgeline</source>
        <translation>À &amp;propos de Purgeline</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="265"/>
        <source>About Purgeline</source>
        <translation>À propos de Purgeline</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="266"/>
        <source>&lt;b&gt;Purgeline %1&lt;/b&gt;&lt;p&gt;Purges caches: CDNs, HTTP caches and page-cache directories, as recorded, paced and retried transactions.&lt;/p&gt;&lt;p&gt;Profile: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;Purgeline %1&lt;/b&gt;&lt;p&gt;Purge les caches&#xa0;: CDN, caches HTTP et dossiers de cache de pages, sous forme de transactions enregistrées, cadencées et relancées.&lt;/p&gt;&lt;p&gt;Profil&#xa0;: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="318"/>
        <source>Preset &quot;%1&quot;</source>
        <translation>Préréglage «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="325"/>
        <source>Preset &quot;%1&quot;: nothing queued</source>
        <translation>Préréglage «&#xa0;%1&#xa0;»&#xa0;: rien mis en file</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="326"/>
        <source>Preset &quot;%1&quot;: request %2 queued</source>
        <translation>Préréglage «&#xa0;%1&#xa0;»&#xa0;: requête %2 mise en file</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="346"/>
        <source>Could not save the queue settings: %1</source>
        <translation>Impossible d’enregistrer les paramètres de la file&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="351"/>
        <source>Could not save your name: %1</source>
        <translation>Impossible d’enregistrer votre nom&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MemcachierProvider</name>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="24"/>
        <source>The cache ID and a user name and password with the API capability are on the Settings page of the cache&apos;s analytics dashboard.</source>
        <translation>L’identifiant du cache et un nom d’utilisateur et mot de passe ayant la capacité API se trouvent sur la page Settings du tableau de bord d’analyse du cache.</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="26"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="36"/>
        <source>Cache ID</source>
        <translation>ID du cache</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="41"/>
        <source>The cache ID shown on the Settings page of the MemCachier analytics dashboard</source>
        <translation>L’ID du cache affiché sur la page Settings du tableau de bord analytique MemCachier</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="44"/>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="49"/>
        <source>A credential user name that has the API capability</source>
        <translation>Un nom d’utilisateur d’identifiants disposant de la capacité API</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="75"/>
        <source>setting cache_id is empty: give the cache ID from the analytics dashboard&apos;s Settings page</source>
        <translation>le paramètre cache_id est vide&#xa0;: indiquez l’ID du cache de la page Settings du tableau de bord analytique</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="81"/>
        <source>a space or line break</source>
        <translation>un espace ou un saut de ligne</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="82"/>
        <source>setting cache_id &quot;%1&quot; contains %2: a cache ID has only letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; and &apos;~&apos;</source>
        <translation>le paramètre cache_id «&#xa0;%1&#xa0;» contient %2&#xa0;: un ID de cache ne comporte que des lettres, chiffres, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; et &apos;~&apos;</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="88"/>
        <source>setting user is empty: give the credential user name from the analytics dashboard</source>
        <translation>le paramètre user est vide&#xa0;: indiquez le nom d’utilisateur des identifiants du tableau de bord analytique</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="92"/>
        <source>setting user &quot;%1&quot; contains &apos;:&apos;, which Basic authentication cannot carry</source>
        <translation>le paramètre user «&#xa0;%1&#xa0;» contient &apos;:&apos;, que l’authentification Basic ne peut pas transmettre</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="102"/>
        <source>provider memcachier flushes the whole cache and does not support --match %1; use --match all</source>
        <translation>le fournisseur memcachier vide tout le cache et ne prend pas en charge --match %1&#xa0;; utilisez --match all</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="144"/>
        <source>MemCachier rejected the credentials (HTTP %1%2): check the setting user &quot;%3&quot; and the password; &quot;Bad user&quot; means they do not match or the credential lacks the API capability (enable it on the analytics dashboard&apos;s Settings page). Surrounding spaces and newlines were already removed.</source>
        <translation>MemCachier a rejeté les identifiants (HTTP %1%2)&#xa0;: vérifiez le paramètre user «&#xa0;%3&#xa0;» et le mot de passe&#xa0;; &quot;Bad user&quot; signifie qu’ils ne correspondent pas ou que l’identifiant n’a pas la capacité API (activez-la sur la page Settings du tableau de bord analytique). Les espaces et sauts de ligne en bordure ont déjà été retirés.</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="152"/>
        <source>MemCachier has no cache with ID &quot;%1&quot; for this credential (HTTP 404%2): check the setting cache_id</source>
        <translation>MemCachier n’a aucun cache d’ID «&#xa0;%1&#xa0;» pour cet identifiant (HTTP 404%2)&#xa0;: vérifiez le paramètre cache_id</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="158"/>
        <source>MemCachier rejected the flush of cache &quot;%1&quot; (HTTP 400%2)</source>
        <translation>MemCachier a rejeté le vidage du cache «&#xa0;%1&#xa0;» (HTTP 400%2)</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <location filename="../app/credentials/secretstore.cpp" line="125"/>
        <source>no secret stored for this source</source>
        <translation>aucun secret enregistré pour cette source</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../widgets/notifier.cpp" line="24"/>
        <source>Purge finished with failures</source>
        <translation>Purge terminée avec des échecs</translation>
    </message>
    <message>
        <location filename="../widgets/notifier.cpp" line="24"/>
        <source>Purge finished</source>
        <translation>Purge terminée</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/notifier.cpp" line="31"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/notifier.cpp" line="33"/>
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n réussie</numerusform>
            <numerusform>%n réussies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/notifier.cpp" line="35"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n annulée</numerusform>
            <numerusform>%n annulées</numerusform>
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
        <translation>Requête %1 sur %2</translation>
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
            <numerusform>%n demande attend une approbation</numerusform>
            <numerusform>%n demandes attendent une approbation</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/notifier.cpp" line="63"/>
        <source>Your request %1 awaits another person&apos;s approval</source>
        <translation>Votre demande %1 attend l’approbation d’une autre personne</translation>
    </message>
    <message>
        <location filename="../widgets/notifier.cpp" line="64"/>
        <source>Request %1 awaits approval</source>
        <translation>La demande %1 attend une approbation</translation>
    </message>
    <message>
        <location filename="../widgets/notifier.cpp" line="70"/>
        <source>%1 asks: %2 on %3</source>
        <translation>%1 demande&#xa0;: %2 sur %3</translation>
    </message>
    <message>
        <location filename="../widgets/notifier.cpp" line="74"/>
        <source>Request %1: %2</source>
        <translation>Demande %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../widgets/notifier.cpp" line="76"/>
        <source>Reason: %1</source>
        <translation>Motif&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../widgets/notifier.cpp" line="99"/>
        <source>Show Request</source>
        <translation>Afficher la requête</translation>
    </message>
</context>
<context>
    <name>OriginGate</name>
    <message>
        <location filename="../app/queue/origingate.cpp" line="23"/>
        <source>malformed --wait-for-origin &quot;%1&quot;: expected URL=EXPECTED (the version URL and the revision it must show)</source>
        <translation>--wait-for-origin mal formé «&#xa0;%1&#xa0;»&#xa0;: URL=ATTENDU attendu (l’URL de version et la révision qu’elle doit montrer)</translation>
    </message>
    <message>
        <location filename="../app/queue/origingate.cpp" line="32"/>
        <source>--wait-for-origin: &quot;%1&quot; is not an http:// or https:// URL</source>
        <translation>--wait-for-origin&#xa0;: «&#xa0;%1&#xa0;» n’est pas une URL http:// ou https://</translation>
    </message>
    <message>
        <location filename="../app/queue/origingate.cpp" line="107"/>
        <source>no answer yet</source>
        <translation>pas encore de réponse</translation>
    </message>
    <message>
        <location filename="../app/queue/origingate.cpp" line="129"/>
        <source>HTTP %1, body &quot;%2&quot;</source>
        <translation>HTTP %1, corps «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>PageCacheProvider</name>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="68"/>
        <source>%1 (which resolves to %2)</source>
        <translation>%1 (qui se résout en %2)</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="88"/>
        <source>target &quot;%1&quot; contains a NUL byte</source>
        <translation>la cible « %1 » contient un octet NUL</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="90"/>
        <source>target &quot;%1&quot; starts with &quot;//&quot;: give a path such as /posts/1 or a full http(s) URL</source>
        <translation>la cible « %1 » commence par « // » : indiquez un chemin tel que /posts/1 ou une URL http(s) complète</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="98"/>
        <source>target &quot;%1&quot; is neither an absolute http(s) URL nor a path starting with /</source>
        <translation>la cible « %1 » n’est ni une URL http(s) absolue ni un chemin commençant par /</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="102"/>
        <source>malformed target &quot;%1&quot;: %2</source>
        <translation>cible « %1 » mal formée : %2</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="107"/>
        <source>target &quot;%1&quot; contains an encoded NUL byte</source>
        <translation>la cible « %1 » contient un octet NUL encodé</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="113"/>
        <source>target &quot;%1&quot; contains a &quot;%2&quot; path segment; page-cache only removes files inside the cache directory</source>
        <translation>la cible « %1 » contient un segment de chemin « %2 » ; page-cache ne supprime que des fichiers situés dans le dossier de cache</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="187"/>
        <source>%1 is a symbolic link; page-cache never follows links, so %2 was not removed</source>
        <translation>%1 est un lien symbolique&#xa0;; page-cache ne suit jamais les liens, %2 n’a donc pas été supprimé</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="197"/>
        <source>%1 lies outside the cache directory %2; not removed</source>
        <translation>%1 se trouve hors du dossier du cache %2&#xa0;; non supprimé</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="216"/>
        <source>could not remove %1: %2</source>
        <translation>impossible de supprimer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="229"/>
        <source>could not remove directory %1/: %2</source>
        <translation>impossible de supprimer le dossier %1/&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="243"/>
        <source>%1 lies outside the cache directory %2; not swept</source>
        <translation>%1 se trouve hors du dossier du cache %2&#xa0;; non balayé</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="249"/>
        <source>could not read directory %1: permission denied</source>
        <translation>impossible de lire le dossier %1&#xa0;: permission refusée</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="269"/>
        <source>not cached: %1</source>
        <translation>pas en cache : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/pagecacheprovider.cpp" line="270"/>
        <source>not cached: %1 and %n more</source>
        <translation>
            <numerusform>pas en cache : %1 et %n autre</numerusform>
            <numerusform>pas en cache : %1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="279"/>
        <source>Rails page cache (directory)</source>
        <translation>Cache de pages Rails (dossier)</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="282"/>
        <source>No credentials: enter the directory the Rails page cache is written to; files under it are deleted, never the public root itself.</source>
        <translation>Aucun identifiant : indiquez le dossier où le cache de pages Rails est écrit ; les fichiers qu’il contient sont supprimés, jamais la racine publique elle-même.</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="295"/>
        <source>Cache directory</source>
        <translation>Dossier du cache</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="300"/>
        <source>Rails&apos; page_cache_directory, e.g. /srv/app/public/cache; it must not be the public directory or contain it</source>
        <translation>Le page_cache_directory de Rails, p. ex. /srv/app/public/cache&#xa0;; il ne doit pas être le dossier public ni le contenir</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="304"/>
        <source>Public directory</source>
        <translation>Dossier public</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="309"/>
        <source>The web server&apos;s public directory, e.g. /srv/app/public; the cache directory is checked against it so a sweep never deletes the site&apos;s static files</source>
        <translation>Le dossier public du serveur web, p. ex. /srv/app/public&#xa0;; le dossier du cache est vérifié par rapport à lui pour qu’un balayage ne supprime jamais les fichiers statiques du site</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="329"/>
        <source>setting root is missing: give the page cache directory, e.g. --set root=/srv/app/public/cache</source>
        <translation>le paramètre root est manquant&#xa0;: indiquez le dossier du cache de pages, p. ex. --set root=/srv/app/public/cache</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="332"/>
        <source>setting public_root is missing: give the web server&apos;s public directory, e.g. --set public_root=/srv/app/public</source>
        <translation>le paramètre public_root est manquant&#xa0;: indiquez le dossier public du serveur web, p. ex. --set public_root=/srv/app/public</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="336"/>
        <source>setting root must be an absolute path, but is &quot;%1&quot;</source>
        <translation>le paramètre root doit être un chemin absolu, mais vaut «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="338"/>
        <source>setting public_root must be an absolute path, but is &quot;%1&quot;</source>
        <translation>le paramètre public_root doit être un chemin absolu, mais vaut «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="347"/>
        <source>root %1 is the file-system root; page-cache refuses to sweep it</source>
        <translation>root %1 est la racine du système de fichiers&#xa0;; page-cache refuse de la balayer</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="351"/>
        <source>root %1 is the public directory (public_root): sweeping it would delete the site&apos;s static files, so page-cache refuses. Set Rails&apos; page_cache_directory and root to a subdirectory such as %2/cache</source>
        <translation>root %1 est le dossier public (public_root)&#xa0;: le balayer supprimerait les fichiers statiques du site, page-cache refuse donc. Réglez le page_cache_directory de Rails et root sur un sous-dossier tel que %2/cache</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="357"/>
        <source>root %1 contains the public directory %2 (public_root): sweeping it would delete the site&apos;s static files, so page-cache refuses. Use a subdirectory such as %3/cache</source>
        <translation>root %1 contient le dossier public %2 (public_root)&#xa0;: le balayer supprimerait les fichiers statiques du site, page-cache refuse donc. Utilisez un sous-dossier tel que %3/cache</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="361"/>
        <source>root %1 is or contains the home directory %2; page-cache refuses to sweep it</source>
        <translation>root %1 est ou contient le dossier personnel %2&#xa0;; page-cache refuse de le balayer</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="366"/>
        <source>root %1 is not a directory</source>
        <translation>root %1 n’est pas un dossier</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="373"/>
        <source>provider page-cache does not support --match %1; use exact, prefix or all</source>
        <translation>le fournisseur page-cache ne prend pas en charge --match %1&#xa0;; utilisez exact, prefix ou all</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="377"/>
        <source>provider page-cache does not support --action invalidate: a cached page can only be removed</source>
        <translation>le fournisseur page-cache ne prend pas en charge --action invalidate&#xa0;: une page en cache ne peut qu’être supprimée</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/pagecacheprovider.cpp" line="383"/>
        <source>--match all takes no targets, but %n were given</source>
        <translation>
            <numerusform>--match all n’accepte aucune cible, mais %n a été indiquée</numerusform>
            <numerusform>--match all n’accepte aucune cible, mais %n ont été indiquées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="388"/>
        <source>no targets given</source>
        <translation>aucune cible indiquée</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="418"/>
        <source>cache directory %1 (setting root) does not exist</source>
        <translation>le dossier du cache %1 (paramètre root) n’existe pas</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="422"/>
        <source>public directory %1 (setting public_root) does not exist; page-cache needs it to make sure it never sweeps the public directory</source>
        <translation>le dossier public %1 (paramètre public_root) n’existe pas&#xa0;; page-cache en a besoin pour s’assurer de ne jamais balayer le dossier public</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/pagecacheprovider.cpp" line="465"/>
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (et %n autre problème)</numerusform>
            <numerusform> (et %n autres problèmes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/pagecacheprovider.cpp" line="468"/>
        <source>; %n file(s) were removed before that</source>
        <translation>
            <numerusform>&#xa0;; %n fichier avait été supprimé auparavant</numerusform>
            <numerusform>&#xa0;; %n fichiers avaient été supprimés auparavant</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="477"/>
        <source>not cached: %1 was already empty</source>
        <translation>pas en cache&#xa0;: %1 était déjà vide</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/pagecacheprovider.cpp" line="480"/>
        <source>removed %n file(s)</source>
        <translation>
            <numerusform>%n fichier supprimé</numerusform>
            <numerusform>%n fichiers supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/pagecacheprovider.cpp" line="482"/>
        <source> and %n director(y/ies)</source>
        <translation>
            <numerusform> et %n dossier</numerusform>
            <numerusform> et %n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="483"/>
        <source> from %1</source>
        <translation> de %1</translation>
    </message>
</context>
<context>
    <name>PathMapper</name>
    <message>
        <location filename="../app/changes/pathmapper.cpp" line="38"/>
        <source>mapping &quot;%1&quot; is not PATH_PREFIX=URL_PREFIX</source>
        <translation>la correspondance «&#xa0;%1&#xa0;» n’est pas de la forme PATH_PREFIX=URL_PREFIX</translation>
    </message>
    <message>
        <location filename="../app/changes/pathmapper.cpp" line="42"/>
        <source>mapping &quot;%1&quot; has no URL prefix after the =</source>
        <translation>la correspondance «&#xa0;%1&#xa0;» n’a pas de préfixe d’URL après le =</translation>
    </message>
    <message>
        <location filename="../app/changes/pathmapper.cpp" line="45"/>
        <source>mapping &quot;%1&quot;: &quot;%2&quot; is not an absolute URL</source>
        <translation>correspondance «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» n’est pas une URL absolue</translation>
    </message>
    <message>
        <location filename="../app/changes/pathmapper.cpp" line="47"/>
        <source>mapping &quot;%1&quot;: the URL prefix must be http or https</source>
        <translation>correspondance «&#xa0;%1&#xa0;»&#xa0;: le préfixe d’URL doit être en http ou https</translation>
    </message>
    <message>
        <location filename="../app/changes/pathmapper.cpp" line="49"/>
        <source>mapping &quot;%1&quot;: the URL prefix must not have a query or fragment</source>
        <translation>correspondance «&#xa0;%1&#xa0;»&#xa0;: le préfixe d’URL ne doit avoir ni query ni fragment</translation>
    </message>
    <message>
        <location filename="../app/changes/pathmapper.cpp" line="66"/>
        <source>the map setting is empty</source>
        <translation>le paramètre map est vide</translation>
    </message>
</context>
<context>
    <name>PeopleText</name>
    <message numerus="yes">
        <location filename="../app/core/peopletext.cpp" line="13"/>
        <source> … (cut; %n characters in all)</source>
        <translation>
            <numerusform> … (tronqué&#xa0;; %n caractère au total)</numerusform>
            <numerusform> … (tronqué&#xa0;; %n caractères au total)</numerusform>
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
        <translation>tout</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/queue/planestimate.cpp" line="216"/>
        <source>%1 target(s)</source>
        <translation>
            <numerusform>%1 cible(s)</numerusform>
            <numerusform>%1 cible(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/queue/planestimate.cpp" line="219"/>
        <source>done on this computer</source>
        <translation>fait sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../app/queue/planestimate.cpp" line="221"/>
        <source>unpaced, up to %1 at a time</source>
        <translation>sans cadence, jusqu’à %1 à la fois</translation>
    </message>
    <message>
        <location filename="../app/queue/planestimate.cpp" line="223"/>
        <source>sent at once (within the burst of %1 at %2 transactions/s)</source>
        <translation>envoyé d’un coup (dans la rafale de %1 à %2 transactions/s)</translation>
    </message>
    <message>
        <location filename="../app/queue/planestimate.cpp" line="227"/>
        <source>about %1 to send at %2 transactions/s after a burst of %3</source>
        <translation>environ %1 pour envoyer à %2 transactions/s après une rafale de %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/queue/planestimate.cpp" line="232"/>
        <source> (its rate limit is shared with %1, whose %2 transaction(s) are counted)</source>
        <translation>
            <numerusform> (sa limite de débit est partagée avec %1, dont la transaction %2 est comptée)</numerusform>
            <numerusform> (sa limite de débit est partagée avec %1, dont les %2 transactions sont comptées)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/queue/planestimate.cpp" line="239"/>
        <source>%1 (%2): %3 transaction(s) for %4, %5</source>
        <translation>
            <numerusform>%1 (%2)&#xa0;: %3 transaction pour %4, %5</numerusform>
            <numerusform>%1 (%2)&#xa0;: %3 transactions pour %4, %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/queue/planestimate.cpp" line="260"/>
        <source>take %1 transaction(s) instead of %2</source>
        <translation>
            <numerusform>prendre %1 transaction au lieu de %2</numerusform>
            <numerusform>prendre %1 transactions au lieu de %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/queue/planestimate.cpp" line="236"/>
        <source>, then asked for its status every %1 until done</source>
        <translation>, puis son état est demandé toutes les %1 jusqu’à la fin</translation>
    </message>
    <message>
        <location filename="../app/queue/planestimate.cpp" line="242"/>
        <source>%1: more than the provider holds in progress at once (%2 items, %3 prefixes): the rest waits until earlier work completes</source>
        <translation>%1&#xa0;: plus que ce que le fournisseur garde en cours à la fois (%2 éléments, %3 préfixes)&#xa0;: le reste attend la fin du travail précédent</translation>
    </message>
    <message>
        <location filename="../app/queue/planestimate.cpp" line="246"/>
        <source>%1: bills %2 of the %3 free a month</source>
        <translation>%1&#xa0;: facture %2 des %3 gratuits par mois</translation>
    </message>
    <message>
        <location filename="../app/queue/planestimate.cpp" line="249"/>
        <source> (a prefix counts as one, however many files it matches)</source>
        <translation> (un préfixe compte pour un, quel que soit le nombre de fichiers couverts)</translation>
    </message>
    <message>
        <location filename="../app/queue/planestimate.cpp" line="251"/>
        <source>; this request alone is %1 over them: %2 at %3 each</source>
        <translation>&#xa0;; cette requête seule les dépasse de %1&#xa0;: %2 à %3 chacun</translation>
    </message>
    <message>
        <location filename="../app/queue/planestimate.cpp" line="258"/>
        <source>bill %1 instead of %2</source>
        <translation>facturer %1 au lieu de %2</translation>
    </message>
    <message>
        <location filename="../app/queue/planestimate.cpp" line="265"/>
        <source>%1: %2 URLs under %3 not collapsed: one prefix would be no cheaper</source>
        <translation>%1&#xa0;: %2 URL sous %3 non regroupées&#xa0;: un préfixe ne coûterait pas moins</translation>
    </message>
    <message>
        <location filename="../app/queue/planestimate.cpp" line="268"/>
        <source>%1: collapsing the %2 URLs under %3 into %4 would %5 (--set collapse_over=N on the source, N below %2; a prefix also purges what was not named)</source>
        <translation>%1&#xa0;: regrouper les %2 URL sous %3 en %4 permettrait de %5 (--set collapse_over=N sur la source, N inférieur à %2&#xa0;; un préfixe purge aussi ce qui n’a pas été nommé)</translation>
    </message>
    <message>
        <location filename="../app/queue/planestimate.cpp" line="280"/>
        <source>%1: %2 URLs under %3 purged as %4 (allowed by collapse_over; a prefix also purges what was not named)</source>
        <translation>%1&#xa0;: %2 URL sous %3 purgées comme %4 (permis par collapse_over&#xa0;; un préfixe purge aussi ce qui n’a pas été nommé)</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <location filename="../app/queue/planner.cpp" line="58"/>
        <source>source &quot;%1&quot; has unknown type &quot;%2&quot;</source>
        <translation>la source «&#xa0;%1&#xa0;» a le type inconnu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/queue/planner.cpp" line="60"/>
        <location filename="../app/queue/planner.cpp" line="62"/>
        <source>source &quot;%1&quot;: %2</source>
        <translation>source «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/queue/planner.cpp" line="94"/>
        <source>source &quot;%1&quot;: target &quot;%2&quot; alone is larger than the provider&apos;s %3-byte request limit</source>
        <translation>source «&#xa0;%1&#xa0;»&#xa0;: la cible «&#xa0;%2&#xa0;» dépasse à elle seule la limite de %3 octets par requête du fournisseur</translation>
    </message>
</context>
<context>
    <name>PresetStore</name>
    <message>
        <location filename="../app/storage/presetstore.cpp" line="70"/>
        <source>a preset named &quot;%1&quot; already exists</source>
        <translation>un préréglage nommé «&#xa0;%1&#xa0;» existe déjà</translation>
    </message>
    <message>
        <location filename="../app/storage/presetstore.cpp" line="78"/>
        <source>no preset named &quot;%1&quot;</source>
        <translation>aucun préréglage nommé «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>PresetsPanel</name>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="17"/>
        <source>&amp;Run</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="17"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="18"/>
        <source>Re&amp;name</source>
        <translation>Re&amp;nommer</translation>
    </message>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="18"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="19"/>
        <source>No presets yet. Set up a purge in the composer and choose Save as preset… to run it again in one click, from the tray, or with purgeline preset run.</source>
        <translation>Aucun préréglage pour l’instant. Composez une purge et choisissez Enregistrer comme préréglage… pour la relancer en un clic, depuis la zone de notification ou avec purgeline preset run.</translation>
    </message>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="24"/>
        <source>Presets</source>
        <translation>Préréglages</translation>
    </message>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="26"/>
        <source>Saved presets</source>
        <translation>Préréglages enregistrés</translation>
    </message>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="27"/>
        <source>Run the selected preset now</source>
        <translation>Lancer maintenant le préréglage sélectionné</translation>
    </message>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="28"/>
        <source>Load the selected preset into the composer</source>
        <translation>Charger le préréglage sélectionné dans l’éditeur</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/presetspanel.cpp" line="71"/>
        <source>%1 on %2; %n target(s)</source>
        <translation>
            <numerusform>%1 sur %2&#xa0;; %n cible</numerusform>
            <numerusform>%1 sur %2&#xa0;; %n cibles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="93"/>
        <location filename="../widgets/presetspanel.cpp" line="99"/>
        <source>Rename preset</source>
        <translation>Renommer le préréglage</translation>
    </message>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="93"/>
        <source>New name for &quot;%1&quot;:</source>
        <translation>Nouveau nom pour «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="109"/>
        <source>Delete preset</source>
        <translation>Supprimer le préréglage</translation>
    </message>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="109"/>
        <source>Delete the preset &quot;%1&quot;?</source>
        <translation>Supprimer le préréglage «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../widgets/previewdialog.cpp" line="18"/>
        <source>Preview: what will be sent</source>
        <translation>Aperçu&#xa0;: ce qui sera envoyé</translation>
    </message>
    <message>
        <location filename="../widgets/previewdialog.cpp" line="35"/>
        <source>Estimate</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <location filename="../widgets/previewdialog.cpp" line="40"/>
        <source>── Transaction %1 of %2 ──</source>
        <translation>── Transaction %1 sur %2 ──</translation>
    </message>
    <message>
        <location filename="../widgets/previewdialog.cpp" line="46"/>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <location filename="../widgets/previewdialog.cpp" line="50"/>
        <source>Copy the transactions as text (secrets stay redacted)</source>
        <translation>Copier les transactions en texte (les secrets restent masqués)</translation>
    </message>
    <message>
        <location filename="../widgets/previewdialog.cpp" line="49"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
</context>
<context>
    <name>ProfileCommands</name>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="57"/>
        <source>its columns cannot be read</source>
        <translation>ses colonnes sont illisibles</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="89"/>
        <source>cannot write it</source>
        <translation>impossible de l’écrire</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="109"/>
        <source>%1 is a PostgreSQL database: it is not a file to set aside; PostgreSQL repairs and restores its databases with its own tools (pg_dump, pg_restore)</source>
        <translation>%1 est une base PostgreSQL, pas un fichier à mettre de côté&#xa0;; PostgreSQL répare et restaure ses bases avec ses propres outils (pg_dump, pg_restore)</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="114"/>
        <source>there is no database at %1</source>
        <translation>il n’y a pas de base de données dans %1</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="117"/>
        <source>the database %1 is in use by process %2; stop it first</source>
        <translation>la base de données %1 est utilisée par le processus %2&#xa0;; arrêtez-le d’abord</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="125"/>
        <source>the database %1 is not damaged (PRAGMA quick_check: ok); nothing was moved</source>
        <translation>la base de données %1 n’est pas endommagée (PRAGMA quick_check&#xa0;: ok)&#xa0;; rien n’a été déplacé</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="135"/>
        <source>%1 already exists; try again in a second</source>
        <translation>%1 existe déjà&#xa0;; réessayez dans une seconde</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="142"/>
        <source>cannot move %1 to %2; nothing else was changed</source>
        <translation>impossible de déplacer %1 vers %2&#xa0;; rien d’autre n’a été modifié</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="145"/>
        <source>moved the damaged database to %1 (unchanged)</source>
        <translation>base de données endommagée déplacée vers %1 (inchangée)</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="149"/>
        <source>cannot create a new database: %1</source>
        <translation>impossible de créer une nouvelle base de données&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="158"/>
        <source>nothing could be read from it: %1</source>
        <translation>rien n’a pu y être lu&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/profilecommands.cpp" line="169"/>
        <source>%n row(s) copied</source>
        <translation>
            <numerusform>%n ligne copiée</numerusform>
            <numerusform>%n lignes copiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/profilecommands.cpp" line="170"/>
        <source>%n row(s) copied; the rest cannot be read (%1)</source>
        <translation>
            <numerusform>%n ligne copiée&#xa0;; le reste est illisible (%1)</numerusform>
            <numerusform>%n lignes copiées&#xa0;; le reste est illisible (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="181"/>
        <source>a new database at %1 holds what could be read%2</source>
        <translation>une nouvelle base de données dans %1 contient ce qui a pu être lu%2</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="185"/>
        <source>; `sqlite3 %1 .recover` may salvage more</source>
        <translation>&#xa0;; `sqlite3 %1 .recover` peut récupérer davantage</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="201"/>
        <source>profile copy needs a FROM and a TO profile</source>
        <translation>profile copy demande un profil FROM et un profil TO</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="205"/>
        <source>FROM and TO are the same profile (%1)</source>
        <translation>FROM et TO sont le même profil (%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="208"/>
        <source>there is no profile at %1</source>
        <translation>il n’y a pas de profil à %1</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="214"/>
        <location filename="../app/cli/profilecommands.cpp" line="216"/>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="219"/>
        <source>; nothing was copied</source>
        <translation>&#xa0;; rien n’a été copié</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/profilecommands.cpp" line="221"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="222"/>
        <source>copied %1 to %2. Secrets were not copied: the sources name the same keychain entries and environment variables, which another machine provides on its own (purgeline source add, or the window)</source>
        <translation>%1 copié vers %2. Les secrets n’ont pas été copiés&#xa0;: les sources désignent les mêmes entrées du trousseau et variables d’environnement, qu’une autre machine fournit elle-même (purgeline source add, ou la fenêtre)</translation>
    </message>
</context>
<context>
    <name>ProfileCopy</name>
    <message>
        <location filename="../app/storage/profilecopy.cpp" line="68"/>
        <location filename="../app/storage/profilecopy.cpp" line="87"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/storage/profilecopy.cpp" line="69"/>
        <source>%1 is not empty (its %2 table has %n row(s)); a profile is copied only into a new one</source>
        <translation>
            <numerusform>%1 n’est pas vide (sa table %2 a %n ligne)&#xa0;; un profil n’est copié que dans un nouveau</numerusform>
            <numerusform>%1 n’est pas vide (sa table %2 a %n lignes)&#xa0;; un profil n’est copié que dans un nouveau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/storage/profilecopy.cpp" line="88"/>
        <source>%1 has %n open transaction(s); finish them first (purgeline resume --wait) or cancel them, so that no purge is sent from both profiles</source>
        <translation>
            <numerusform>%1 a %n transaction ouverte&#xa0;; terminez-la d’abord (purgeline resume --wait) ou annulez-la, pour qu’aucune purge ne parte des deux profils</numerusform>
            <numerusform>%1 a %n transactions ouvertes&#xa0;; terminez-les d’abord (purgeline resume --wait) ou annulez-les, pour qu’aucune purge ne parte des deux profils</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/storage/profilecopy.cpp" line="108"/>
        <source>cannot read %1 from %2: %3</source>
        <translation>impossible de lire %1 dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/storage/profilecopy.cpp" line="126"/>
        <source>cannot write %1 to %2: %3</source>
        <translation>impossible d’écrire %1 dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/storage/profilecopy.cpp" line="151"/>
        <source>cannot write to %1</source>
        <translation>impossible d’écrire dans %1</translation>
    </message>
</context>
<context>
    <name>ProfileLocation</name>
    <message>
        <location filename="../app/storage/profilelocation.cpp" line="43"/>
        <source>the profile URL %1 is not a valid URL: %2</source>
        <translation>l’URL de profil %1 n’est pas une URL valide&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/profilelocation.cpp" line="49"/>
        <location filename="../app/storage/profilelocation.cpp" line="57"/>
        <source>the profile URL holds a password; leave it out and put it in ~/.pgpass or the file PGPASSFILE names (host:port:database:user:password, mode 0600)</source>
        <translation>l’URL de profil contient un mot de passe&#xa0;; retirez-le et mettez-le dans ~/.pgpass ou dans le fichier que nomme PGPASSFILE (host:port:database:user:password, mode 0600)</translation>
    </message>
    <message>
        <location filename="../app/storage/profilelocation.cpp" line="63"/>
        <source>the profile URL&apos;s option &quot;%1&quot; cannot be passed to PostgreSQL (empty, or with spaces, quotes or &apos;;&apos;)</source>
        <translation>l’option «&#xa0;%1&#xa0;» de l’URL de profil ne peut pas être passée à PostgreSQL (vide, ou avec des espaces, des guillemets ou «&#xa0;;&#xa0;»)</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <location filename="../app/providers/provider.cpp" line="24"/>
        <source>provider %1 does not support --match %2</source>
        <translation>le fournisseur %1 ne prend pas en charge --match %2</translation>
    </message>
    <message>
        <location filename="../app/providers/provider.cpp" line="27"/>
        <source>provider %1 does not support --action invalidate</source>
        <translation>le fournisseur %1 ne prend pas en charge --action invalidate</translation>
    </message>
    <message>
        <location filename="../app/providers/provider.cpp" line="29"/>
        <source>no targets given</source>
        <translation>aucune cible indiquée</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/provider.cpp" line="31"/>
        <source>--match all takes no targets, but %n were given</source>
        <translation>
            <numerusform>--match all n’accepte aucune cible, mais %n a été indiquée</numerusform>
            <numerusform>--match all n’accepte aucune cible, mais %n ont été indiquées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/providers/provider.cpp" line="89"/>
        <source>provider %1 has no option %2</source>
        <translation>le fournisseur %1 n’a pas d’option %2</translation>
    </message>
    <message>
        <location filename="../app/providers/provider.cpp" line="94"/>
        <source>option %1 works only with --match %2</source>
        <translation>l’option %1 ne fonctionne qu’avec --match %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/provider.cpp" line="98"/>
        <source>option %1 takes one value, but %n were given</source>
        <translation>
            <numerusform>l’option %1 accepte une seule valeur, mais %n a été indiquée</numerusform>
            <numerusform>l’option %1 accepte une seule valeur, mais %n ont été indiquées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/providers/provider.cpp" line="103"/>
        <source>option %1 needs a value</source>
        <translation>l’option %1 nécessite une valeur</translation>
    </message>
    <message>
        <location filename="../app/providers/provider.cpp" line="108"/>
        <source>option %1 &quot;%2&quot;: expected NAME:VALUE with a valid header name</source>
        <translation>option %1 «&#xa0;%2&#xa0;»&#xa0;: NAME:VALUE attendu avec un nom d’en-tête valide</translation>
    </message>
    <message>
        <location filename="../app/providers/provider.cpp" line="111"/>
        <source>option %1 &quot;%2&quot; contains a line break</source>
        <translation>l’option %1 «&#xa0;%2&#xa0;» contient un saut de ligne</translation>
    </message>
    <message>
        <location filename="../app/providers/provider.cpp" line="140"/>
        <location filename="../app/providers/provider.cpp" line="147"/>
        <source>provider %1 reads no settings file</source>
        <translation>le fournisseur %1 ne lit aucun fichier de paramètres</translation>
    </message>
    <message>
        <location filename="../app/providers/provider.cpp" line="197"/>
        <source>provider %1 cannot run locally</source>
        <translation>le fournisseur %1 ne peut pas s’exécuter localement</translation>
    </message>
    <message>
        <location filename="../app/providers/provider.cpp" line="222"/>
        <source>malformed URL &quot;%1&quot;: expected an absolute http:// or https:// URL</source>
        <translation>URL «&#xa0;%1&#xa0;» mal formée&#xa0;: URL absolue http:// ou https:// attendue</translation>
    </message>
</context>
<context>
    <name>ProviderRegistry</name>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="75"/>
        <source>CDNs</source>
        <translation>CDN</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="77"/>
        <source>HTTP caches you run</source>
        <translation>Caches HTTP que vous exploitez</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="79"/>
        <source>Object caches</source>
        <translation>Caches d’objets</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="81"/>
        <source>Page cache on disk</source>
        <translation>Cache de pages sur disque</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="100"/>
        <source>Timeout (seconds per attempt)</source>
        <translation>Délai (secondes par tentative)</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="119"/>
        <source>Pacing; defaults to the provider&apos;s documented limit</source>
        <translation>Cadence&#xa0;; par défaut, la limite documentée du fournisseur</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="120"/>
        <source>Burst</source>
        <translation>Rafale</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="107"/>
        <source>Transactions in flight</source>
        <translation>Transactions simultanées</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="114"/>
        <source>Transactions per second</source>
        <translation>Transactions par seconde</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="122"/>
        <source>Targets per transaction</source>
        <translation>Cibles par transaction</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="127"/>
        <source>Capped at the provider&apos;s maximum</source>
        <translation>Plafonné au maximum du fournisseur</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="129"/>
        <source>Collapse more than N URLs of one folder</source>
        <translation>Regrouper plus de N URL d’un dossier</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="134"/>
        <source>0 or empty: never. When a purge names more than N URLs in one folder of one host, and the provider takes prefixes, they are sent as one prefix purge of that folder where that bills fewer items or takes fewer requests. A prefix also purges what was not named</source>
        <translation>0 ou vide&#xa0;: jamais. Quand une purge nomme plus de N URL dans un dossier d’un hôte et que le fournisseur accepte les préfixes, elles sont envoyées comme une seule purge par préfixe de ce dossier, là où cela facture moins d’éléments ou prend moins de requêtes. Un préfixe purge aussi ce qui n’a pas été nommé</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="139"/>
        <source>Keep retrying for (seconds)</source>
        <translation>Durée des nouvelles tentatives (secondes)</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="144"/>
        <source>How long a purge that fails for a passing reason is tried again; a server&apos;s Retry-After is never waited past it</source>
        <translation>Durée pendant laquelle une purge qui échoue pour une raison passagère est retentée&#xa0;; le Retry-After d’un serveur n’est jamais attendu au-delà</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="148"/>
        <source>Attempts before giving up</source>
        <translation>Tentatives avant abandon</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="153"/>
        <source>An optional cap; without it, failures that may pass are retried for as long as retry_for allows. Replies that only ask to slow down are not counted</source>
        <translation>Un plafond facultatif&#xa0;; sans lui, les échecs passagers sont retentés aussi longtemps que retry_for le permet. Les réponses qui demandent seulement de ralentir ne sont pas comptées</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="156"/>
        <source>Path mapping</source>
        <translation>Correspondance de chemins</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="161"/>
        <source>Where files are served, as PREFIX=URL_PREFIX; several mappings are allowed, separated by spaces or &apos;;&apos;. An absolute path maps files dropped on the window (/srv/site/public=https://www.example.com/); a path inside the repository maps changed files from git (public=https://www.example.com/). Both kinds may be combined; a --map on the command line takes precedence</source>
        <translation>Où les fichiers sont servis, sous la forme PRÉFIXE=PRÉFIXE_URL&#xa0;; plusieurs correspondances sont permises, séparées par des espaces ou un &apos;;&apos;. Un chemin absolu fait correspondre les fichiers déposés sur la fenêtre (/srv/site/public=https://www.example.com/)&#xa0;; un chemin dans le dépôt fait correspondre les fichiers modifiés dans git (public=https://www.example.com/). Les deux sortes peuvent être combinées&#xa0;; un --map sur la ligne de commande l’emporte</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="168"/>
        <source>Reason required</source>
        <translation>Raison exigée</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="173"/>
        <source>yes: every purge of this source must say why (--reason, the composer&apos;s Reason); the reason is kept in the history with who asked and from where</source>
        <translation>yes&#xa0;: chaque purge de cette source doit dire pourquoi (--reason, la Raison de l’éditeur)&#xa0;; la raison est gardée dans l’historique avec qui a demandé et d’où</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="176"/>
        <source>Approval to purge everything</source>
        <translation>Approbation pour tout purger</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="181"/>
        <source>yes: a purge of everything (--match all) waits until another person approves it (purgeline approve ID)</source>
        <translation>yes&#xa0;: une purge de tout (--match all) attend qu’une autre personne l’approuve (purgeline approve ID)</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="185"/>
        <source>Approval over N targets</source>
        <translation>Approbation au-delà de N cibles</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="190"/>
        <source>A purge of more targets than this waits until another person approves it; empty or 0: never</source>
        <translation>Une purge de plus de cibles que cela attend qu’une autre personne l’approuve&#xa0;; vide ou 0&#xa0;: jamais</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="193"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="198"/>
        <source>Empty: from the environment (https_proxy, http_proxy, no_proxy); &quot;none&quot;: connect directly; or an http://, https://, socks5:// or socks5h:// URL</source>
        <translation>Vide&#xa0;: depuis l’environnement (https_proxy, http_proxy, no_proxy)&#xa0;; «&#xa0;none&#xa0;»&#xa0;: connexion directe&#xa0;; ou une URL http://, https://, socks5:// ou socks5h://</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="202"/>
        <source>Proxy password variable</source>
        <translation>Variable du mot de passe du proxy</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="207"/>
        <source>The environment variable that holds the proxy&apos;s password (never stored in the profile)</source>
        <translation>La variable d’environnement qui contient le mot de passe du proxy (jamais enregistré dans le profil)</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="210"/>
        <source>CA certificates file</source>
        <translation>Fichier des certificats d’autorité</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="215"/>
        <source>PEM file of the certificate authorities trusted for this source instead of the system&apos;s</source>
        <translation>Fichier PEM des autorités de certification approuvées pour cette source à la place de celles du système</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="219"/>
        <source>Client certificate file</source>
        <translation>Fichier du certificat client</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="224"/>
        <source>PEM certificate for servers that require one (mutual TLS)</source>
        <translation>Certificat PEM pour les serveurs qui en exigent un (TLS mutuel)</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="226"/>
        <source>Client key file</source>
        <translation>Fichier de la clé client</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="231"/>
        <source>PEM private key of the client certificate, when it is not in the certificate file</source>
        <translation>Clé privée PEM du certificat client, lorsqu’elle n’est pas dans le fichier du certificat</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="234"/>
        <source>Client key passphrase variable</source>
        <translation>Variable de la phrase secrète de la clé client</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="239"/>
        <source>The environment variable that holds the client key&apos;s passphrase, for an encrypted key (never stored in the profile)</source>
        <translation>La variable d’environnement qui contient la phrase secrète de la clé client, pour une clé chiffrée (jamais enregistrée dans le profil)</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="242"/>
        <source>Pinned server key</source>
        <translation>Clé de serveur épinglée</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="247"/>
        <source>sha256//BASE64 hashes of the public keys the server may have, separated by &apos;;&apos;; any other key fails the request</source>
        <translation>Empreintes sha256//BASE64 des clés publiques que le serveur peut avoir, séparées par ’;’&#xa0;; toute autre clé fait échouer la requête</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="257"/>
        <source>Status poll interval (seconds)</source>
        <translation>Intervalle d’interrogation de l’état (secondes)</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="262"/>
        <source>How often a pending purge is asked for its status</source>
        <translation>Fréquence à laquelle l’état d’une purge en attente est demandé</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="266"/>
        <source>Status poll time limit (seconds)</source>
        <translation>Durée maximale d’interrogation de l’état (secondes)</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="271"/>
        <source>How long a purge may stay pending before it counts as failed</source>
        <translation>Durée pendant laquelle une purge peut rester en attente avant d’être considérée comme échouée</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="281"/>
        <source>Verify purges</source>
        <translation>Vérifier les purges</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="286"/>
        <source>After a purge, ask for each purged URL (HEAD, or GET to compare bodies) and read the cache&apos;s own signals: verified fresh, still cached (purged once more), or cannot tell</source>
        <translation>Après une purge, demander chaque URL purgée (HEAD, ou GET pour comparer les corps) et lire les signaux du cache lui-même&#xa0;: vérifiée fraîche, encore en cache (purgée une fois de plus) ou impossible à dire</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="291"/>
        <source>Verify at</source>
        <translation>Vérifier sur</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="296"/>
        <source>Ask this host instead of the public URL (a staging host, or the cache itself), keeping the URL&apos;s path, query and Host header</source>
        <translation>Interroger cet hôte au lieu de l’URL publique (un hôte de préproduction ou le cache lui-même), en gardant le chemin, la requête et l’en-tête Host de l’URL</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="300"/>
        <source>URLs verified per request</source>
        <translation>URL vérifiées par requête</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="305"/>
        <source>For large purges, this many URLs of each request, spread over it</source>
        <translation>Pour les grandes purges, ce nombre d’URL de chaque requête, réparties sur elle</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="308"/>
        <source>Verify after (seconds)</source>
        <translation>Vérifier après (secondes)</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="313"/>
        <source>How long after a purge took effect its URLs are asked for</source>
        <translation>Combien de temps après l’effet d’une purge ses URL sont demandées</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="316"/>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="321"/>
        <source>The origin server behind the cache: a cached copy whose ETag, Last-Modified or body equals the origin&apos;s counts as fresh</source>
        <translation>Le serveur d’origine derrière le cache&#xa0;: une copie en cache dont l’ETag, le Last-Modified ou le corps égale celui de l’origine compte comme fraîche</translation>
    </message>
</context>
<context>
    <name>PurgeCommands</name>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="137"/>
        <location filename="../app/queue/targetresolver.cpp" line="49"/>
        <source>--source NAME is required</source>
        <translation>--source NOM est obligatoire</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="143"/>
        <source>unknown --action &quot;%1&quot;: use purge or invalidate</source>
        <translation>--action « %1 » inconnue : utilisez purge ou invalidate</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="148"/>
        <source>unknown --match &quot;%1&quot;: use one of %2</source>
        <translation>--match « %1 » inconnu : utilisez l’une des valeurs %2</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="179"/>
        <source>--changes-from gives URLs: use --match exact or prefix, not %1</source>
        <translation>--changes-from fournit des URL : utilisez --match exact ou prefix, pas %1</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="186"/>
        <source>--revisions-log, --from, --to, --only, --include, --exclude and --map need --changes-from DIR</source>
        <translation>--revisions-log, --from, --to, --only, --include, --exclude et --map nécessitent --changes-from DIR</translation>
    </message>
    <message>
        <location filename="../app/queue/targetresolver.cpp" line="57"/>
        <source>unknown source &quot;%1&quot;: no sources configured (see `purgeline source add`)</source>
        <translation>source « %1 » inconnue : aucune source configurée (voir `purgeline source add`)</translation>
    </message>
    <message>
        <location filename="../app/queue/targetresolver.cpp" line="60"/>
        <source>unknown source &quot;%1&quot;; configured: %2</source>
        <translation>source « %1 » inconnue ; configurées : %2</translation>
    </message>
    <message>
        <location filename="../app/queue/targetresolver.cpp" line="84"/>
        <source>provider %1 does not support %2</source>
        <translation>le fournisseur %1 ne prend pas en charge %2</translation>
    </message>
    <message>
        <location filename="../app/queue/targetresolver.cpp" line="85"/>
        <source>none of the chosen sources supports %1</source>
        <translation>aucune des sources choisies ne prend en charge %1</translation>
    </message>
    <message>
        <location filename="../app/queue/targetresolver.cpp" line="122"/>
        <source>source &quot;%1&quot;, %2</source>
        <translation>source «&#xa0;%1&#xa0;», %2</translation>
    </message>
    <message>
        <location filename="../app/queue/targetresolver.cpp" line="143"/>
        <source>no path mapping covers %1</source>
        <translation>aucune correspondance de chemin ne couvre %1</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="489"/>
        <location filename="../app/queue/targetresolver.cpp" line="154"/>
        <source>no path mapping for source &quot;%1&quot;: pass --map PATH_PREFIX=URL_PREFIX or set the source&apos;s map setting (source add ... --set map=PATH_PREFIX=URL_PREFIX)</source>
        <translation>aucune correspondance de chemins pour la source « %1 » : passez --map PATH_PREFIX=URL_PREFIX ou définissez le paramètre map de la source (source add ... --set map=PATH_PREFIX=URL_PREFIX)</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="211"/>
        <source>source %1:</source>
        <translation>source %1 :</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="262"/>
        <source>no targets given: pass URLs (or tags, hosts) as arguments or with --from-file</source>
        <translation>aucune cible indiquée : passez des URL (ou des tags, des hôtes) en arguments ou avec --from-file</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="264"/>
        <source>none of the files maps to a URL for the chosen sources</source>
        <translation>aucun des fichiers ne correspond à une URL pour les sources choisies</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="355"/>
        <location filename="../app/queue/purgeservice.cpp" line="505"/>
        <source>nothing to purge: the changes selection chose no file</source>
        <translation>rien à purger : la sélection des modifications n’a retenu aucun fichier</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="108"/>
        <source>malformed --option &quot;%1&quot;: expected KEY=VALUE</source>
        <translation>--option «&#xa0;%1&#xa0;» mal formé&#xa0;: KEY=VALUE attendu</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="116"/>
        <source>unknown --option &quot;%1&quot;; options providers declare: %2</source>
        <translation>--option «&#xa0;%1&#xa0;» inconnu&#xa0;; options déclarées par les fournisseurs&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="162"/>
        <source>--no-verify contradicts --verify and --verify-with</source>
        <translation>--no-verify contredit --verify et --verify-with</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="168"/>
        <source>unknown --verify-with &quot;%1&quot;: use head or get</source>
        <translation>--verify-with inconnu «&#xa0;%1&#xa0;»&#xa0;: utiliser head ou get</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="218"/>
        <source>source %1: not purged: %2: %3</source>
        <translation>source %1&#xa0;: non purgé&#xa0;: %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="266"/>
        <source>dry run: %1 transaction(s) shown, nothing sent</source>
        <translation>essai à blanc&#xa0;: %1 transaction(s) affichée(s), rien d’envoyé</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="283"/>
        <source>--origin-interval and --origin-timeout need --wait-for-origin</source>
        <translation>--origin-interval et --origin-timeout demandent --wait-for-origin</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="299"/>
        <source>--origin-interval &quot;%1&quot;: expected seconds between 0.1 and 3600</source>
        <translation>--origin-interval «&#xa0;%1&#xa0;»&#xa0;: secondes entre 0.1 et 3600 attendues</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="304"/>
        <source>--origin-timeout &quot;%1&quot;: expected seconds between 1 and 86400</source>
        <translation>--origin-timeout «&#xa0;%1&#xa0;»&#xa0;: secondes entre 1 et 86400 attendues</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="316"/>
        <source>waiting for %1 to show &quot;%2&quot; (at most %3 s)</source>
        <translation>attente que %1 montre «&#xa0;%2&#xa0;» (au plus %3 s)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/purgecommands.cpp" line="330"/>
        <source>origin shows the revision after %1 s (%n ask(s))</source>
        <translation>
            <numerusform>l’origine montre la révision après %1 s (%n demande)</numerusform>
            <numerusform>l’origine montre la révision après %1 s (%n demandes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/purgecommands.cpp" line="337"/>
        <source>%1 did not show &quot;%2&quot; within %3 s (%n ask(s)); last seen: %4; nothing purged</source>
        <translation>
            <numerusform>%1 n’a pas montré «&#xa0;%2&#xa0;» en %3 s (%n demande)&#xa0;; vu en dernier&#xa0;: %4&#xa0;; rien n’a été purgé</numerusform>
            <numerusform>%1 n’a pas montré «&#xa0;%2&#xa0;» en %3 s (%n demandes)&#xa0;; vu en dernier&#xa0;: %4&#xa0;; rien n’a été purgé</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="392"/>
        <source>nothing queued: queued work already covers all of it</source>
        <translation>rien mis en file&#xa0;: le travail déjà en file couvre tout</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="394"/>
        <source>request %1: %2 transaction(s) queued</source>
        <translation>requête %1 : %2 transaction(s) mise(s) en file</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="403"/>
        <source>request %1 awaits another person&apos;s approval (%2): `purgeline approve %1` sends it, `purgeline reject %1 --reason TEXT` drops it</source>
        <translation>la requête %1 attend l’approbation d’une autre personne (%2)&#xa0;: `purgeline approve %1` l’envoie, `purgeline reject %1 --reason TEXT` l’abandonne</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="462"/>
        <source>preset save needs a NAME</source>
        <translation>preset save nécessite un NOM</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="502"/>
        <source>saved preset &quot;%1&quot;</source>
        <translation>préréglage «&#xa0;%1&#xa0;» enregistré</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="532"/>
        <source>%1 target(s)</source>
        <translation>%1 cible(s)</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="533"/>
        <source>targets from %1</source>
        <translation>cibles lues dans %1</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="534"/>
        <source>, changes in %1</source>
        <translation>, modifications dans %1</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="549"/>
        <source>preset run needs exactly one NAME</source>
        <translation>preset run nécessite exactement un NOM</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="553"/>
        <location filename="../app/cli/purgecommands.cpp" line="572"/>
        <source>unknown preset &quot;%1&quot;</source>
        <translation>préréglage «&#xa0;%1&#xa0;» inconnu</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="569"/>
        <source>preset remove needs exactly one NAME</source>
        <translation>preset remove nécessite exactement un NOM</translation>
    </message>
</context>
<context>
    <name>PurgeOptions</name>
    <message>
        <location filename="../app/queue/purgeoptions.cpp" line="20"/>
        <source>cannot read target file &quot;%1&quot;: %2</source>
        <translation>impossible de lire le fichier de cibles «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PurgeQueue</name>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="161"/>
        <source>source &quot;%1&quot; no longer exists or its type is unknown</source>
        <translation>la source «&#xa0;%1&#xa0;» n’existe plus ou son type est inconnu</translation>
    </message>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="333"/>
        <source>left for a process that has the secret of source &quot;%1&quot; (%2)</source>
        <translation>laissé à un processus qui a le secret de la source «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="382"/>
        <source>attempt %1</source>
        <translation>tentative %1</translation>
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
        <translation>annulée&#xa0;; le fournisseur avait accepté la purge</translation>
    </message>
    <message>
        <location filename="../app/queue/queuedecisions.cpp" line="43"/>
        <source>no final status after %1 s of polling; the purge may still complete</source>
        <translation>pas d’état final après %1 s d’interrogation&#xa0;; la purge peut encore aboutir</translation>
    </message>
    <message>
        <location filename="../app/queue/queuedecisions.cpp" line="47"/>
        <source>%1% done</source>
        <translation>%1 % fait</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/queue/queuedecisions.cpp" line="79"/>
        <source>still failing after %1 of retries (%n attempt(s)): %2</source>
        <translation>
            <numerusform>toujours en échec après %1 de nouvelles tentatives (%n tentative)&#xa0;: %2</numerusform>
            <numerusform>toujours en échec après %1 de nouvelles tentatives (%n tentatives)&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/queue/queuedecisions.cpp" line="91"/>
        <source>%1 (the server asked to wait %2 s, past the retry budget; tried once more when the budget ends)</source>
        <translation>%1 (le serveur a demandé d’attendre %2 s, au-delà du budget de relance&#xa0;; une dernière tentative aura lieu à la fin du budget)</translation>
    </message>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="548"/>
        <source>split from transaction %1 after: %2</source>
        <translation>séparée de la transaction %1 après&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="555"/>
        <source>too large (%1); split into %2 + %3 targets</source>
        <translation>trop grande (%1)&#xa0;; divisée en %2 + %3 cibles</translation>
    </message>
    <message>
        <location filename="../app/queue/queuedecisions.cpp" line="55"/>
        <source>too large even with a single target: %1</source>
        <translation>trop grande même avec une seule cible&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/queue/queuedecisions.cpp" line="61"/>
        <source>cancelled after: %1</source>
        <translation>annulée après&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/queue/queuedecisions.cpp" line="73"/>
        <source>gave up after %n attempt(s): %1</source>
        <translation>
            <numerusform>abandon après %n tentative&#xa0;: %1</numerusform>
            <numerusform>abandon après %n tentatives&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="528"/>
        <source>%1; sending again in %2 s (not counted as an attempt)</source>
        <translation>%1&#xa0;; nouvel envoi dans %2 s (non compté comme tentative)</translation>
    </message>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="529"/>
        <source>%1; retrying in %2 s</source>
        <translation>%1&#xa0;; nouvelle tentative dans %2 s</translation>
    </message>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="610"/>
        <source>taken over by another process after this one&apos;s claim ran out</source>
        <translation>repris par un autre processus après l’expiration de la réservation de celui-ci</translation>
    </message>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="662"/>
        <source>cancelled before it was sent</source>
        <translation>annulée avant l’envoi</translation>
    </message>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="684"/>
        <source>queued again by request</source>
        <translation>remise en file à la demande</translation>
    </message>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="706"/>
        <source>stopped while sending; queued again</source>
        <translation>arrêtée pendant l’envoi&#xa0;; remise en file</translation>
    </message>
</context>
<context>
    <name>PurgeService</name>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="52"/>
        <source>source &quot;%1&quot; needs approval to purge everything</source>
        <translation>la source «&#xa0;%1&#xa0;» demande une approbation pour tout purger</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="58"/>
        <source>source &quot;%1&quot; needs approval for more than %2 targets (this has %3)</source>
        <translation>la source «&#xa0;%1&#xa0;» demande une approbation au-delà de %2 cibles (celle-ci en a %3)</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="133"/>
        <source>still cached after transaction %1: purged again</source>
        <translation>encore en cache après la transaction %1&#xa0;: purgé à nouveau</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="187"/>
        <source>unknown verify mode &quot;%1&quot;: use head or get</source>
        <translation>mode de vérification inconnu «&#xa0;%1&#xa0;»&#xa0;: utiliser head ou get</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="191"/>
        <source>verification asks for each purged URL: it needs exact URLs (--match exact), not %1</source>
        <translation>la vérification demande chaque URL purgée&#xa0;: il lui faut des URL exactes (--match exact), pas %1</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="200"/>
        <source>%1 cannot be verified (its caches show no signal of what they served)</source>
        <translation>%1 ne peut pas être vérifié (ses caches n’indiquent pas ce qu’ils ont servi)</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="221"/>
        <source>source %1: %2</source>
        <translation>source %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="236"/>
        <source>layers need at least two sources, in order (--source A,B --layered)</source>
        <translation>les couches demandent au moins deux sources, dans l’ordre (--source A,B --layered)</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="251"/>
        <source>source &quot;%1&quot; asks for a reason with every purge: say why with --reason TEXT (or in the composer&apos;s Reason)</source>
        <translation>la source «&#xa0;%1&#xa0;» demande une raison à chaque purge&#xa0;: dites pourquoi avec --reason TEXTE (ou dans la Raison de l’éditeur)</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="375"/>
        <source>request %1 has no transactions</source>
        <translation>la requête %1 n’a aucune transaction</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="393"/>
        <source>source &quot;%1&quot; no longer exists</source>
        <translation>la source «&#xa0;%1&#xa0;» n’existe plus</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="553"/>
        <source>also covers %1 of a later submission (%2)</source>
        <translation>couvre aussi %1 d’une soumission ultérieure (%2)</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="555"/>
        <source>also covers %1 of request %2</source>
        <translation>couvre aussi %1 de la requête %2</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="561"/>
        <source>could not note it on transaction %1</source>
        <translation>impossible de le noter sur la transaction %1</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="570"/>
        <source>could not record the request: %1</source>
        <translation>impossible d’enregistrer la requête&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="594"/>
        <source>no request %1</source>
        <translation>aucune requête %1</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="599"/>
        <source>request %1 needs no approval</source>
        <translation>la requête %1 n’a pas besoin d’approbation</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="600"/>
        <source>request %1 was already %2 by %3</source>
        <translation>la requête %1 a déjà été %2 par %3</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="603"/>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="604"/>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="610"/>
        <source>request %1 was asked for by you (%2); another person must approve it</source>
        <translation>la requête %1 vient de vous (%2)&#xa0;; une autre personne doit l’approuver</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="628"/>
        <source>could not record the decision</source>
        <translation>la décision n’a pas pu être enregistrée</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="449"/>
        <source>%1 (%2, on this computer): %3 %4
%5</source>
        <translation>%1 (%2, sur cet ordinateur)&#xa0;: %3 %4
%5</translation>
    </message>
</context>
<context>
    <name>PurgeWords</name>
    <message>
        <location filename="../models/purgewords.cpp" line="7"/>
        <source>Purge</source>
        <translation>Purger</translation>
    </message>
    <message>
        <location filename="../models/purgewords.cpp" line="9"/>
        <source>Invalidate</source>
        <translation>Invalider</translation>
    </message>
    <message>
        <location filename="../models/purgewords.cpp" line="18"/>
        <source>Exact URLs</source>
        <translation>URL exactes</translation>
    </message>
    <message>
        <location filename="../models/purgewords.cpp" line="20"/>
        <source>URL prefixes</source>
        <translation>Préfixes d’URL</translation>
    </message>
    <message>
        <location filename="../models/purgewords.cpp" line="22"/>
        <source>Tags (surrogate keys)</source>
        <translation>Tags (surrogate keys)</translation>
    </message>
    <message>
        <location filename="../models/purgewords.cpp" line="24"/>
        <source>Whole hosts</source>
        <translation>Hôtes entiers</translation>
    </message>
    <message>
        <location filename="../models/purgewords.cpp" line="26"/>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location filename="../models/purgewords.cpp" line="28"/>
        <source>Provider objects</source>
        <translation>Objets du fournisseur</translation>
    </message>
    <message>
        <location filename="../models/purgewords.cpp" line="39"/>
        <source>URLs</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../models/purgewords.cpp" line="42"/>
        <source>prefixes</source>
        <translation>préfixes</translation>
    </message>
    <message>
        <location filename="../models/purgewords.cpp" line="45"/>
        <source>tags</source>
        <translation>tags</translation>
    </message>
    <message>
        <location filename="../models/purgewords.cpp" line="48"/>
        <source>hosts</source>
        <translation>hôtes</translation>
    </message>
    <message>
        <location filename="../models/purgewords.cpp" line="51"/>
        <source>everything</source>
        <translation>tout</translation>
    </message>
    <message>
        <location filename="../models/purgewords.cpp" line="54"/>
        <source>objects</source>
        <translation>objets</translation>
    </message>
    <message>
        <location filename="../models/purgewords.cpp" line="57"/>
        <source>%1 %2</source>
        <comment>action, then what it matches: Purge URLs</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>QueueRunner</name>
    <message>
        <location filename="../app/cli/queuerunner.cpp" line="48"/>
        <source>waits for another person&apos;s approval</source>
        <translation>attend l’approbation d’une autre personne</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/queuerunner.cpp" line="160"/>
        <source>waiting for %n queued transaction(s) that cover this purge</source>
        <translation>
            <numerusform>en attente de %n transaction en file qui couvre cette purge</numerusform>
            <numerusform>en attente de %n transactions en file qui couvrent cette purge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/queuerunner.cpp" line="227"/>
        <source>%n transaction(s): </source>
        <translation>
            <numerusform>%n transaction&#xa0;: </numerusform>
            <numerusform>%n transactions&#xa0;: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/queuerunner.cpp" line="233"/>
        <source>the run stopped: %n transaction(s) not finished stay as last recorded</source>
        <translation>
            <numerusform>l’exécution s’est arrêtée&#xa0;: %n transaction inachevée reste dans son dernier état enregistré</numerusform>
            <numerusform>l’exécution s’est arrêtée&#xa0;: %n transactions inachevées restent dans leur dernier état enregistré</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/queuerunner.cpp" line="239"/>
        <source>stopped; unfinished work stays queued: run `purgeline resume --wait` to finish it</source>
        <translation>arrêté&#xa0;; le travail inachevé reste en file&#xa0;: lancez `purgeline resume --wait` pour le terminer</translation>
    </message>
    <message>
        <location filename="../app/cli/queuerunner.cpp" line="245"/>
        <source>open transactions are retried or polled by `purgeline resume --wait` or the Purgeline window</source>
        <translation>les transactions ouvertes sont relancées ou interrogées par `purgeline resume --wait` ou la fenêtre de Purgeline</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/queuerunner.cpp" line="250"/>
        <source>%n transaction(s) still waiting to be sent again within their retry budget</source>
        <translation>
            <numerusform>%n transaction attend encore d’être renvoyée dans son budget de relance</numerusform>
            <numerusform>%n transactions attendent encore d’être renvoyées dans leur budget de relance</numerusform>
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
        <translation>%1 URL</translation>
    </message>
    <message>
        <location filename="../app/queue/queueddedup.cpp" line="293"/>
        <source>1 prefix</source>
        <translation>1 préfixe</translation>
    </message>
    <message>
        <location filename="../app/queue/queueddedup.cpp" line="293"/>
        <source>%1 prefixes</source>
        <translation>%1 préfixes</translation>
    </message>
    <message>
        <location filename="../app/queue/queueddedup.cpp" line="295"/>
        <source>1 tag</source>
        <translation>1 tag</translation>
    </message>
    <message>
        <location filename="../app/queue/queueddedup.cpp" line="295"/>
        <source>%1 tags</source>
        <translation>%1 tags</translation>
    </message>
    <message>
        <location filename="../app/queue/queueddedup.cpp" line="297"/>
        <source>1 host</source>
        <translation>1 hôte</translation>
    </message>
    <message>
        <location filename="../app/queue/queueddedup.cpp" line="297"/>
        <source>%1 hosts</source>
        <translation>%1 hôtes</translation>
    </message>
    <message>
        <location filename="../app/queue/queueddedup.cpp" line="299"/>
        <source>1 object</source>
        <translation>1 objet</translation>
    </message>
    <message>
        <location filename="../app/queue/queueddedup.cpp" line="299"/>
        <source>%1 objects</source>
        <translation>%1 objets</translation>
    </message>
    <message>
        <location filename="../app/queue/queueddedup.cpp" line="303"/>
        <source>a purge of everything</source>
        <translation>une purge complète</translation>
    </message>
    <message>
        <location filename="../app/queue/queueddedup.cpp" line="312"/>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 de plus</translation>
    </message>
    <message>
        <location filename="../app/queue/queueddedup.cpp" line="330"/>
        <source> under its prefix %1</source>
        <translation> sous son préfixe %1</translation>
    </message>
    <message>
        <location filename="../app/queue/queueddedup.cpp" line="333"/>
        <source> under its purge of host %1</source>
        <translation> sous sa purge de l’hôte %1</translation>
    </message>
    <message>
        <location filename="../app/queue/queueddedup.cpp" line="336"/>
        <source> under its purge of everything</source>
        <translation> sous sa purge complète</translation>
    </message>
    <message>
        <location filename="../app/queue/queueddedup.cpp" line="339"/>
        <source>%1 already queued in request %2%3 (source %4)</source>
        <translation>%1 déjà en file dans la requête %2%3 (source %4)</translation>
    </message>
</context>
<context>
    <name>ReplyClassifier</name>
    <message>
        <location filename="../app/core/replyclassifier.cpp" line="78"/>
        <source>check the source&apos;s credentials</source>
        <translation>vérifiez les identifiants de la source</translation>
    </message>
    <message>
        <location filename="../app/core/replyclassifier.cpp" line="81"/>
        <source>redirect to %1 not followed</source>
        <translation>redirection vers %1 non suivie</translation>
    </message>
</context>
<context>
    <name>RequestOptionsForm</name>
    <message>
        <location filename="../widgets/requestoptionsform.cpp" line="53"/>
        <source>NAME:VALUE, one per line</source>
        <translation>NAME:VALUE, un par ligne</translation>
    </message>
    <message>
        <location filename="../widgets/requestoptionsform.cpp" line="54"/>
        <source>One per line</source>
        <translation>Un par ligne</translation>
    </message>
</context>
<context>
    <name>Requester</name>
    <message>
        <location filename="../app/queue/requester.cpp" line="61"/>
        <source>a name is one line</source>
        <translation>un nom tient sur une ligne</translation>
    </message>
    <message>
        <location filename="../app/queue/requester.cpp" line="63"/>
        <source>a name has at most %1 characters</source>
        <translation>un nom a au plus %1 caractères</translation>
    </message>
    <message>
        <location filename="../app/queue/requester.cpp" line="65"/>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <location filename="../app/queue/requester.cpp" line="73"/>
        <source>cannot write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
</context>
<context>
    <name>RevisionsLog</name>
    <message>
        <location filename="../app/changes/revisionslog.cpp" line="43"/>
        <source>%1 line %2 rolls back to release %3, but no earlier line deployed that release, so its revision is unknown</source>
        <translation>%1 ligne %2 revient à la version %3, mais aucune ligne précédente n’a déployé cette version, sa révision est donc inconnue</translation>
    </message>
    <message>
        <location filename="../app/changes/revisionslog.cpp" line="64"/>
        <source>cannot read the revisions log &quot;%1&quot;: %2</source>
        <translation>impossible de lire le journal des révisions «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/changes/revisionslog.cpp" line="65"/>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location filename="../app/changes/revisionslog.cpp" line="80"/>
        <source>skipped %1 line(s) of %2 that are not Capistrano deploy or rollback lines (line %3)</source>
        <translation>%1 ligne(s) de %2 ignorée(s) car ce ne sont pas des lignes de déploiement ou de rollback Capistrano (ligne %3)</translation>
    </message>
    <message>
        <location filename="../app/changes/revisionslog.cpp" line="89"/>
        <source>%1 names no deploy; two are needed to know what changed</source>
        <translation>%1 ne mentionne aucun déploiement&#xa0;; il en faut deux pour savoir ce qui a changé</translation>
    </message>
    <message>
        <location filename="../app/changes/revisionslog.cpp" line="90"/>
        <source>%1 names only one deploy (revision %2); two are needed to know what changed</source>
        <translation>%1 ne mentionne qu’un déploiement (révision %2)&#xa0;; il en faut deux pour savoir ce qui a changé</translation>
    </message>
</context>
<context>
    <name>SecretRef</name>
    <message>
        <location filename="../app/core/sourceconfig.cpp" line="8"/>
        <source>stored in keychain</source>
        <translation>enregistré dans le trousseau</translation>
    </message>
    <message>
        <location filename="../app/core/sourceconfig.cpp" line="10"/>
        <source>from environment variable %1</source>
        <translation>depuis la variable d’environnement %1</translation>
    </message>
    <message>
        <location filename="../app/core/sourceconfig.cpp" line="13"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>SecretResolver</name>
    <message>
        <location filename="../app/credentials/secretresolver.cpp" line="24"/>
        <source>the environment variable %1 that holds the secret of source &quot;%2&quot; is not set</source>
        <translation>la variable d’environnement %1 qui contient le secret de la source «&#xa0;%2&#xa0;» n’est pas définie</translation>
    </message>
    <message>
        <location filename="../app/credentials/secretresolver.cpp" line="43"/>
        <source>cannot read the secret of source &quot;%1&quot;: %2</source>
        <translation>impossible de lire le secret de la source «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../app/credentials/secretstore.cpp" line="22"/>
        <source>no secret stored in the keychain for this source</source>
        <translation>aucun secret enregistré dans le trousseau pour cette source</translation>
    </message>
    <message>
        <location filename="../app/credentials/secretstore.cpp" line="29"/>
        <source>the system keychain is not available (%1)</source>
        <translation>le trousseau du système n’est pas disponible (%1)</translation>
    </message>
    <message>
        <location filename="../app/credentials/secretstore.cpp" line="33"/>
        <source>keychain error: %1</source>
        <translation>erreur du trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/credentials/secretstore.cpp" line="53"/>
        <source>the system keychain did not answer within 30 s</source>
        <translation>le trousseau du système n’a pas répondu en 30 s</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="29"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="40"/>
        <source>Queue</source>
        <translation>File d’attente</translation>
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
        <translation>Durée des nouvelles tentatives, en minutes</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="50"/>
        <source>How long a purge that fails for a passing reason (a server error, a timeout, a network cut) is tried again before it is marked as failed. Replies that only ask to slow down never end it early.</source>
        <translation>Durée pendant laquelle une purge qui échoue pour une raison passagère (erreur du serveur, délai dépassé, coupure réseau) est retentée avant d’être marquée comme échouée. Les réponses qui demandent seulement de ralentir n’y mettent jamais fin plus tôt.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="53"/>
        <source>&amp;Keep retrying for:</source>
        <translation>&amp;Relancer pendant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="55"/>
        <source>No limit</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="56"/>
        <source>Most attempts</source>
        <translation>Nombre maximal de tentatives</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="43"/>
        <source>Transactions in flight</source>
        <translation>Transactions simultanées</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="31"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="35"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="36"/>
        <source>Recorded with every request you make and every approval you give, so that people sharing a profile see who did what. Kept on this computer only.</source>
        <translation>Enregistré avec chacune de vos demandes et approbations, pour que les personnes partageant un profil voient qui a fait quoi. Conservé sur cet ordinateur uniquement.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="38"/>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="44"/>
        <source>How many transactions may be in flight at once, over all sources. Each source&apos;s own limit still applies.</source>
        <translation>Combien de transactions peuvent être en cours à la fois, toutes sources confondues. La limite propre à chaque source s’applique toujours.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="46"/>
        <source>Transactions in &amp;flight:</source>
        <translation>Transactions &amp;simultanées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="58"/>
        <source>An optional cap on how often a transaction is sent before it is marked as failed; replies that only ask to slow down are not counted.</source>
        <translation>Un plafond facultatif du nombre d’envois d’une transaction avant qu’elle soit marquée en échec&#xa0;; les réponses qui demandent seulement de ralentir ne comptent pas.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="60"/>
        <source>&amp;Most attempts:</source>
        <translation>Nombre maximal de &amp;tentatives&#xa0;:</translation>
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
        <translation>Attente maximale entre deux tentatives, en secondes</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="63"/>
        <source>The wait between attempts doubles after each failure, up to this limit. A server&apos;s Retry-After is honoured even when longer.</source>
        <translation>L’attente entre deux tentatives double après chaque échec, jusqu’à cette limite. Le Retry-After d’un serveur est respecté même s’il est plus long.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="65"/>
        <source>&amp;Longest wait between attempts:</source>
        <translation>Attente &amp;maximale entre tentatives&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="67"/>
        <source>Status polling interval in seconds</source>
        <translation>Intervalle d’interrogation de l’état, en secondes</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="68"/>
        <source>How often a provider that works asynchronously is asked whether the purge is done.</source>
        <translation>Fréquence à laquelle un fournisseur asynchrone est interrogé pour savoir si la purge est terminée.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="70"/>
        <source>Status &amp;polling interval:</source>
        <translation>Intervalle d’&amp;interrogation de l’état&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="72"/>
        <source>Desktop</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="74"/>
        <source>Show a &amp;notification when a purge request finishes</source>
        <translation>Afficher une &amp;notification quand une requête de purge se termine</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="75"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="77"/>
        <source>Start &amp;hidden in the system tray</source>
        <translation>Démarrer masqué dans la &amp;zone de notification</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="78"/>
        <source>Start hidden in the system tray</source>
        <translation>Démarrer masqué dans la zone de notification</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="81"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="83"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="87"/>
        <source>L&amp;anguage:</source>
        <translation>L&amp;angue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="88"/>
        <source>The new language is used after Purgeline restarts.</source>
        <translation>La nouvelle langue sera utilisée après le redémarrage de Purgeline.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="156"/>
        <source>No system tray was found; Purgeline starts with its window shown until one is available.</source>
        <translation>Aucune zone de notification trouvée&#xa0;; Purgeline démarre avec sa fenêtre affichée jusqu’à ce qu’une soit disponible.</translation>
    </message>
</context>
<context>
    <name>SettingsFileImporter</name>
    <message>
        <location filename="../widgets/settingsfileimporter.cpp" line="23"/>
        <source>Sect&amp;ion:</source>
        <translation>Section du &amp;fichier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsfileimporter.cpp" line="25"/>
        <source>Settings file: error</source>
        <translation>Fichier de paramètres&#xa0;: erreur</translation>
    </message>
    <message>
        <location filename="../widgets/settingsfileimporter.cpp" line="29"/>
        <source>Section of the settings file</source>
        <translation>Section du fichier de paramètres</translation>
    </message>
    <message>
        <location filename="../widgets/settingsfileimporter.cpp" line="68"/>
        <source>Import %1…</source>
        <translation>Importer %1…</translation>
    </message>
    <message>
        <location filename="../widgets/settingsfileimporter.cpp" line="92"/>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <location filename="../widgets/settingsfileimporter.cpp" line="106"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../widgets/settingsfileimporter.cpp" line="110"/>
        <source>%1 is %2 bytes, too large for a settings file</source>
        <translation>%1 fait %2 octets, trop pour un fichier de paramètres</translation>
    </message>
    <message>
        <location filename="../widgets/settingsfileimporter.cpp" line="138"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../widgets/settingsfileimporter.cpp" line="142"/>
        <source>%1 has no sections to import</source>
        <translation>%1 n’a aucune section à importer</translation>
    </message>
    <message>
        <location filename="../widgets/settingsfileimporter.cpp" line="170"/>
        <source>%1, section “%2”: %3</source>
        <translation>%1, section «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../widgets/settingsfileimporter.cpp" line="181"/>
        <source>Filled in from %1, section “%2”: %3</source>
        <translation>Rempli depuis %1, section «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../widgets/settingsform.cpp" line="36"/>
        <source>%1: error</source>
        <translation>%1&#xa0;: erreur</translation>
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
        <translation>Par défaut&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../widgets/settingsform.cpp" line="47"/>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsform.cpp" line="73"/>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <location filename="../widgets/settingsform.cpp" line="74"/>
        <source>Default (%1)</source>
        <translation>Par défaut (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/settingsform.cpp" line="86"/>
        <source>One per line</source>
        <translation>Un par ligne</translation>
    </message>
    <message>
        <location filename="../widgets/settingsform.cpp" line="109"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../widgets/settingsform.cpp" line="110"/>
        <source>Browse for %1</source>
        <translation>Parcourir pour %1</translation>
    </message>
    <message>
        <location filename="../widgets/settingsform.cpp" line="181"/>
        <source>%1 is required.</source>
        <translation>%1 est obligatoire.</translation>
    </message>
</context>
<context>
    <name>SigV4Signer</name>
    <message>
        <location filename="../app/providers/sigv4signer.cpp" line="211"/>
        <source>no Authorization header</source>
        <translation>pas d’en-tête Authorization</translation>
    </message>
    <message>
        <location filename="../app/providers/sigv4signer.cpp" line="213"/>
        <source>more than one Authorization header</source>
        <translation>plus d’un en-tête Authorization</translation>
    </message>
    <message>
        <location filename="../app/providers/sigv4signer.cpp" line="216"/>
        <source>the Authorization header is not AWS4-HMAC-SHA256</source>
        <translation>l’en-tête Authorization n’est pas AWS4-HMAC-SHA256</translation>
    </message>
    <message>
        <location filename="../app/providers/sigv4signer.cpp" line="228"/>
        <source>the Authorization header has an unknown part</source>
        <translation>l’en-tête Authorization contient une partie inconnue</translation>
    </message>
    <message>
        <location filename="../app/providers/sigv4signer.cpp" line="231"/>
        <source>the Authorization header lacks Credential, SignedHeaders or Signature</source>
        <translation>il manque Credential, SignedHeaders ou Signature dans l’en-tête Authorization</translation>
    </message>
    <message>
        <location filename="../app/providers/sigv4signer.cpp" line="236"/>
        <source>X-Amz-Date is missing or not yyyyMMddTHHmmssZ</source>
        <translation>X-Amz-Date est absent ou n’est pas au format yyyyMMddTHHmmssZ</translation>
    </message>
    <message>
        <location filename="../app/providers/sigv4signer.cpp" line="239"/>
        <source>unknown access key</source>
        <translation>clé d’accès inconnue</translation>
    </message>
    <message>
        <location filename="../app/providers/sigv4signer.cpp" line="242"/>
        <source>the credential scope is not %1</source>
        <translation>la portée des identifiants n’est pas %1</translation>
    </message>
    <message>
        <location filename="../app/providers/sigv4signer.cpp" line="251"/>
        <source>SignedHeaders is not sorted and in lower case</source>
        <translation>SignedHeaders n’est pas trié et en minuscules</translation>
    </message>
    <message>
        <location filename="../app/providers/sigv4signer.cpp" line="254"/>
        <source>%1 is not signed</source>
        <translation>%1 n’est pas signé</translation>
    </message>
    <message>
        <location filename="../app/providers/sigv4signer.cpp" line="257"/>
        <source>signed header %1 is missing</source>
        <translation>l’en-tête signé %1 est absent</translation>
    </message>
    <message>
        <location filename="../app/providers/sigv4signer.cpp" line="260"/>
        <source>X-Amz-Security-Token does not match the credentials</source>
        <translation>X-Amz-Security-Token ne correspond pas aux identifiants</translation>
    </message>
    <message>
        <location filename="../app/providers/sigv4signer.cpp" line="263"/>
        <source>the signature does not match the request</source>
        <translation>la signature ne correspond pas à la requête</translation>
    </message>
</context>
<context>
    <name>SourceCheck</name>
    <message>
        <location filename="../app/queue/sourcechecker.cpp" line="66"/>
        <source>Unknown provider type &quot;%1&quot;.</source>
        <translation>Type de fournisseur «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcechecker.cpp" line="71"/>
        <source>The settings are not valid: %1</source>
        <translation>Les réglages ne sont pas valides&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcechecker.cpp" line="75"/>
        <source>The settings are complete and valid.</source>
        <translation>Les réglages sont complets et valides.</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcechecker.cpp" line="79"/>
        <source>No %1 is set; %2 needs one.</source>
        <translation>Aucun(e) %1 n’est défini(e)&#xa0;; %2 en a besoin.</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcechecker.cpp" line="98"/>
        <source>The secret could not be read: %1</source>
        <translation>Impossible de lire le secret&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcechecker.cpp" line="109"/>
        <source>The secret was found (%1).</source>
        <translation>Le secret a été trouvé (%1).</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcechecker.cpp" line="113"/>
        <source>The secret cannot be the %1 of %2: expected %3.</source>
        <translation>Le secret ne peut pas être la valeur «&#xa0;%1&#xa0;» de %2&#xa0;: attendu&#xa0;: %3.</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcechecker.cpp" line="118"/>
        <source>The secret has the expected form (%1).</source>
        <translation>Le secret a la forme attendue (%1).</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcechecker.cpp" line="167"/>
        <source>%1 answered a HEAD of / (%2): its name resolves, it accepts connections and its TLS certificate is valid.</source>
        <translation>%1 a répondu à un HEAD de / (%2)&#xa0;: son nom se résout, il accepte les connexions et son certificat TLS est valide.</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcechecker.cpp" line="170"/>
        <source>%1 answered a HEAD of / (%2): its name resolves and it accepts connections (plain HTTP, no certificate to check).</source>
        <translation>%1 a répondu à un HEAD de / (%2)&#xa0;: son nom se résout et il accepte les connexions (HTTP simple, aucun certificat à vérifier).</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcechecker.cpp" line="175"/>
        <source>%1 could not be reached: %2</source>
        <translation>%1 est injoignable&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcechecker.cpp" line="181"/>
        <source>Whether %1 accepts a purge: it has no request that checks this without purging something. The first purge will show it.</source>
        <translation>Si %1 accepte une purge&#xa0;: aucune requête ne le vérifie sans purger quelque chose. La première purge le montrera.</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcechecker.cpp" line="184"/>
        <source>Whether %1 accepts the secret and allows it to purge: %1 has no request that checks this without purging something. The first purge will show it.</source>
        <translation>Si %1 accepte le secret et lui permet de purger&#xa0;: %1 n’a aucune requête qui le vérifie sans purger quelque chose. La première purge le montrera.</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcechecker.cpp" line="198"/>
        <source>The dry run failed: %1</source>
        <translation>La simulation a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcechecker.cpp" line="201"/>
        <source>everything</source>
        <translation>tout</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcechecker.cpp" line="205"/>
        <source>Dry run, nothing done: a purge of %1 would do what is shown below.</source>
        <translation>Simulation, rien n’a été fait&#xa0;: une purge de %1 ferait ce qui est affiché ci-dessous.</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcechecker.cpp" line="207"/>
        <source>Dry run, nothing sent: a purge of %1 would send what is shown below.</source>
        <translation>Simulation, rien n’a été envoyé&#xa0;: une purge de %1 enverrait ce qui est affiché ci-dessous.</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcechecker.cpp" line="245"/>
        <source>The check request was answered with %1.</source>
        <translation>La requête de vérification a reçu la réponse %1.</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcechecker.cpp" line="246"/>
        <source>The check request failed: %1.</source>
        <translation>La requête de vérification a échoué&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcechecker.cpp" line="271"/>
        <source>What can be checked without purging passed; not everything could be verified.</source>
        <translation>Ce qui peut être vérifié sans purger est correct&#xa0;; tout n’a pas pu être confirmé.</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcechecker.cpp" line="273"/>
        <source>Everything checked passed.</source>
        <translation>Toutes les vérifications ont réussi.</translation>
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
        <translation>Réussi</translation>
    </message>
    <message>
        <location filename="../widgets/sourcecheckdialog.cpp" line="22"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../widgets/sourcecheckdialog.cpp" line="24"/>
        <source>Not verified</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <location filename="../widgets/sourcecheckdialog.cpp" line="60"/>
        <source>&amp;Details, secrets hidden:</source>
        <translation>&amp;Détails, secrets masqués&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/sourcecheckdialog.cpp" line="64"/>
        <source>Check details</source>
        <translation>Détails de la vérification</translation>
    </message>
    <message>
        <location filename="../widgets/sourcecheckdialog.cpp" line="70"/>
        <source>Check &amp;again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <location filename="../widgets/sourcecheckdialog.cpp" line="71"/>
        <source>C&amp;opy</source>
        <translation>C&amp;opier</translation>
    </message>
    <message>
        <location filename="../widgets/sourcecheckdialog.cpp" line="72"/>
        <source>Copy the result and the details, secrets hidden</source>
        <translation>Copier le résultat et les détails, secrets masqués</translation>
    </message>
    <message>
        <location filename="../widgets/sourcecheckdialog.cpp" line="89"/>
        <location filename="../widgets/sourcecheckdialog.cpp" line="101"/>
        <source>Check “%1”</source>
        <translation>Vérifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../widgets/sourcecheckdialog.cpp" line="90"/>
        <source>Checking “%1”…</source>
        <translation>Vérification de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <location filename="../widgets/sourcecheckdialog.cpp" line="133"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SourceCommands</name>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="82"/>
        <source>source add needs exactly one NAME</source>
        <translation>source add nécessite exactement un NOM</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="86"/>
        <source>invalid source name &quot;%1&quot;: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit</source>
        <translation>nom de source «&#xa0;%1&#xa0;» invalide&#xa0;: utilisez lettres, chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;, en commençant par une lettre ou un chiffre</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="91"/>
        <source>--type is required; known types: %1</source>
        <translation>--type est obligatoire&#xa0;; types connus&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="96"/>
        <source>unknown type &quot;%1&quot;; known types: %2</source>
        <translation>type «&#xa0;%1&#xa0;» inconnu&#xa0;; types connus&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="103"/>
        <source>malformed --set &quot;%1&quot;: expected KEY=VALUE</source>
        <translation>--set «&#xa0;%1&#xa0;» mal formé&#xa0;: KEY=VALUE attendu</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="122"/>
        <source>--%1 does not apply to type %2</source>
        <translation>--%1 ne s’applique pas au type %2</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="125"/>
        <source>cannot read --%1 &quot;%2&quot;: %3</source>
        <translation>impossible de lire --%1 «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="132"/>
        <source>--%1 &quot;%2&quot;: %3</source>
        <translation>--%1 «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="140"/>
        <source>--section names a section of a settings file; give the file too</source>
        <translation>--section désigne une section d’un fichier de paramètres&#xa0;; indiquez aussi le fichier</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="142"/>
        <source>give either --secret-env or --secret-stdin, not both</source>
        <translation>indiquez soit --secret-env, soit --secret-stdin, pas les deux</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="147"/>
        <source>invalid environment variable name &quot;%1&quot; for --secret-env</source>
        <translation>nom de variable d’environnement «&#xa0;%1&#xa0;» invalide pour --secret-env</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="155"/>
        <source>type %1 needs a secret (%2): give --secret-env VAR or --secret-stdin</source>
        <translation>le type %1 nécessite un secret (%2)&#xa0;: indiquez --secret-env VAR ou --secret-stdin</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="158"/>
        <source>type %1 takes no secret</source>
        <translation>le type %1 n’accepte pas de secret</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="167"/>
        <source>a source named &quot;%1&quot; already exists; remove it first</source>
        <translation>une source nommée «&#xa0;%1&#xa0;» existe déjà&#xa0;; supprimez-la d’abord</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="180"/>
        <source>--secret-stdin read an empty secret from standard input</source>
        <translation>--secret-stdin a lu un secret vide sur l’entrée standard</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="185"/>
        <source>cannot store the secret: %1. Nothing was saved. Without a keychain, keep the secret in an environment variable and use --secret-env VAR instead</source>
        <translation>impossible d’enregistrer le secret&#xa0;: %1. Rien n’a été enregistré. Sans trousseau, gardez le secret dans une variable d’environnement et utilisez plutôt --secret-env VAR</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="195"/>
        <source>added source &quot;%1&quot; (%2); secret: %3</source>
        <translation>source «&#xa0;%1&#xa0;» (%2) ajoutée&#xa0;; secret&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="234"/>
        <source>secret: %1</source>
        <translation>secret&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="246"/>
        <source>source remove needs exactly one NAME</source>
        <translation>source remove nécessite exactement un NOM</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="250"/>
        <location filename="../app/cli/sourcecommands.cpp" line="287"/>
        <source>unknown source &quot;%1&quot;</source>
        <translation>source «&#xa0;%1&#xa0;» inconnue</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="256"/>
        <source>source &quot;%1&quot; still has %2 open transaction(s); run `purgeline resume --wait` first, so no queued work is lost</source>
        <translation>la source «&#xa0;%1&#xa0;» a encore %2 transaction(s) ouverte(s)&#xa0;; lancez d’abord `purgeline resume --wait` pour ne perdre aucun travail en file</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="263"/>
        <source>could not remove source &quot;%1&quot;</source>
        <translation>impossible de supprimer la source «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="267"/>
        <source>warning: the keychain entry of &quot;%1&quot; could not be removed: %2</source>
        <translation>avertissement&#xa0;: l’entrée du trousseau de «&#xa0;%1&#xa0;» n’a pas pu être supprimée&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="271"/>
        <source>removed source &quot;%1&quot;</source>
        <translation>source «&#xa0;%1&#xa0;» supprimée</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="283"/>
        <source>source check needs exactly one NAME</source>
        <translation>source check nécessite exactement un NOM</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="31"/>
        <source>setting %1 must be a non-negative number, not &quot;%2&quot;</source>
        <translation>le paramètre %1 doit être un nombre positif ou nul, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="34"/>
        <source>setting %1 must be at least %2, not &quot;%3&quot;</source>
        <translation>le paramètre %1 doit valoir au moins %2, pas «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="41"/>
        <source>setting %1 must be a whole number of URLs, not &quot;%2&quot;</source>
        <translation>le réglage %1 doit être un nombre entier d’URL, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="45"/>
        <source>setting map: %1</source>
        <translation>paramètre map&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="47"/>
        <source>setting %1 must be one of %2, not &quot;%3&quot;</source>
        <translation>le paramètre %1 doit être l’une des valeurs %2, pas «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="54"/>
        <source>setting proxy must be &quot;none&quot; or an http://, https://, socks5:// or socks5h:// URL, not &quot;%1&quot;</source>
        <translation>le réglage proxy doit être «&#xa0;none&#xa0;» ou une URL http://, https://, socks5:// ou socks5h://, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="59"/>
        <source>setting proxy &quot;%1&quot; holds a password, which would be stored in the profile: leave it out and name the environment variable that holds it with --set proxy_password_env=VARIABLE</source>
        <translation>le paramètre proxy «&#xa0;%1&#xa0;» contient un mot de passe, qui serait enregistré dans le profil&#xa0;: retirez-le et nommez la variable d’environnement qui le contient avec --set proxy_password_env=VARIABLE</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="68"/>
        <source>setting %1 must name an environment variable, not &quot;%2&quot;</source>
        <translation>le paramètre %1 doit nommer une variable d’environnement, pas « %2 »</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="74"/>
        <source>setting pinned_key must be sha256//BASE64 hashes separated by &apos;;&apos;, not &quot;%1&quot;</source>
        <translation>le réglage pinned_key doit être des empreintes sha256//BASE64 séparées par ’;’, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="79"/>
        <source>setting %1 must be an absolute http:// or https:// URL, not &quot;%2&quot;</source>
        <translation>le paramètre %1 doit être une URL absolue http:// ou https://, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="94"/>
        <source>unknown setting &quot;%1&quot; for type %2; known settings: %3</source>
        <translation>paramètre «&#xa0;%1&#xa0;» inconnu pour le type %2&#xa0;; paramètres connus&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="102"/>
        <source>missing setting %1 (%2) for type %3: add --set %1=VALUE</source>
        <translation>paramètre %1 (%2) manquant pour le type %3&#xa0;: ajoutez --set %1=VALEUR</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="119"/>
        <source>type %1 works on local files and takes no --endpoint</source>
        <translation>le type %1 agit sur des fichiers locaux et n’accepte pas de --endpoint</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="121"/>
        <source>type %1 needs at least one --endpoint URL</source>
        <translation>le type %1 nécessite au moins une URL --endpoint</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="123"/>
        <source>type %1 takes one --endpoint, not %2</source>
        <translation>le type %1 accepte un seul --endpoint, pas %2</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="128"/>
        <source>malformed --endpoint &quot;%1&quot;: expected an absolute http:// or https:// URL</source>
        <translation>--endpoint «&#xa0;%1&#xa0;» mal formé&#xa0;: URL absolue http:// ou https:// attendue</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="146"/>
        <source>--endpoint &quot;%1&quot; would send the secret over plain http:// to %2: use https:// (only loopback addresses may be plain http://)</source>
        <translation>--endpoint «&#xa0;%1&#xa0;» enverrait le secret en http:// non chiffré à %2&#xa0;: utilisez https:// (seules les adresses de bouclage peuvent être en http:// non chiffré)</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="158"/>
        <source>setting proxy &quot;%1&quot; would send its user name and password in clear to %2: use an https:// proxy</source>
        <translation>le réglage proxy «&#xa0;%1&#xa0;» enverrait son nom d’utilisateur et son mot de passe en clair à %2&#xa0;: utilisez un proxy https://</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="163"/>
        <source>setting proxy &quot;%1&quot; would see the secret sent over plain http:// in clear: use https:// endpoints, an https:// proxy, or proxy=none</source>
        <translation>le réglage proxy «&#xa0;%1&#xa0;» verrait en clair le secret envoyé en http:// non chiffré&#xa0;: utilisez des points d’accès https://, un proxy https:// ou proxy=none</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="44"/>
        <source>Where to find it</source>
        <translation>Où le trouver</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="82"/>
        <source>Add Source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="93"/>
        <source>Edit Source “%1”</source>
        <translation>Modifier la source «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="148"/>
        <source>Source name</source>
        <translation>Nom de la source</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="149"/>
        <source>e.g. images-cdn</source>
        <translation>p. ex. images-cdn</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="150"/>
        <source>Letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;; used on the command line and in presets</source>
        <translation>Lettres, chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;&#xa0;; utilisé en ligne de commande et dans les préréglages</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="151"/>
        <source>Source name: error</source>
        <translation>Nom de la source&#xa0;: erreur</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="155"/>
        <source>&amp;Name *</source>
        <translation>&amp;Nom *</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="159"/>
        <source>Provider type</source>
        <translation>Type de fournisseur</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="184"/>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="194"/>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="202"/>
        <source>Endpoint URL</source>
        <translation>URL de l’endpoint</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="206"/>
        <source>Endpoint URLs, one per line</source>
        <translation>URL des endpoints, une par ligne</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="209"/>
        <source>Endpoint: error</source>
        <translation>Endpoint&#xa0;: erreur</translation>
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
        <translation>Depuis un fichier</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="232"/>
        <source>Store in the &amp;keychain</source>
        <translation>Enregistrer dans le tr&amp;ousseau</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="233"/>
        <source>Keep for this &amp;session only (not saved)</source>
        <translation>Garder pour cette sess&amp;ion seulement (non enregistré)</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="234"/>
        <source>Read from an en&amp;vironment variable</source>
        <translation>Lire depuis une &amp;variable d’environnement</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="235"/>
        <source>N&amp;one</source>
        <translation>Au&amp;cun</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="241"/>
        <source>The secret is held in memory until Purgeline quits and is never written to disk</source>
        <translation>Le secret reste en mémoire jusqu’à la fermeture de Purgeline et n’est jamais écrit sur le disque</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="247"/>
        <source>Environment variable name</source>
        <translation>Nom de la variable d’environnement</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="248"/>
        <source>e.g. PURGE_TOKEN</source>
        <translation>p. ex. PURGE_TOKEN</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="250"/>
        <source>Secret: error</source>
        <translation>Secret&#xa0;: erreur</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="264"/>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="269"/>
        <source>Leave a field empty to use the provider&apos;s documented limit.</source>
        <translation>Laissez un champ vide pour utiliser la limite documentée du fournisseur.</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="276"/>
        <source>&amp;Limits and Mapping</source>
        <translation>&amp;Limites et correspondances</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="281"/>
        <source>After each purge, Purgeline can ask for the purged URLs as a visitor would and read the cache&apos;s own answer: verified fresh, still cached (then purged once more), or cannot tell.</source>
        <translation>Après chaque purge, Purgeline peut demander les URL purgées comme un visiteur et lire la réponse du cache lui-même&#xa0;: vérifiée fraîche, encore en cache (alors purgée une fois de plus) ou impossible à dire.</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="290"/>
        <source>&amp;Verification</source>
        <translation>&amp;Vérification</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="298"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="357"/>
        <location filename="../widgets/sourcedialog.cpp" line="393"/>
        <source>Default: %1</source>
        <translation>Par défaut&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="361"/>
        <source>Default: unpaced</source>
        <translation>Par défaut&#xa0;: sans cadence</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="364"/>
        <source>Default and maximum: %1</source>
        <translation>Par défaut et maximum&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="366"/>
        <source>Default: no cap</source>
        <translation>Par défaut&#xa0;: aucun plafond</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="368"/>
        <source>e.g. public=https://www.example.com (from git) or /srv/site/public=https://www.example.com (dropped files)</source>
        <translation>p. ex. public=https://www.example.com (depuis git) ou /srv/site/public=https://www.example.com (fichiers déposés)</translation>
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
        <translation>p. ex. https://cache.example.com</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="395"/>
        <source>One base URL per cache, one per line, e.g.
http://10.0.0.1:6081
http://10.0.0.2:6081</source>
        <translation>Une URL de base par cache, une par ligne, p. ex.
http://10.0.0.1:6081
http://10.0.0.2:6081</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="397"/>
        <source>Base URL of the API; point it at a proxy, a staging API or a test server</source>
        <translation>URL de base de l’API&#xa0;; peut pointer vers un proxy, une API de préproduction ou un serveur de test</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="399"/>
        <source>Each cache of the cluster receives every purge</source>
        <translation>Chaque cache du cluster reçoit chaque purge</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="405"/>
        <source>%1 (optional)</source>
        <translation>%1 (facultatif)</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="459"/>
        <source>Leave empty to keep the stored secret</source>
        <translation>Laissez vide pour conserver le secret enregistré</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="460"/>
        <source>Enter the %1</source>
        <translation>Saisissez&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="465"/>
        <source>not set now</source>
        <translation>non défini pour l’instant</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="466"/>
        <source>set now</source>
        <translation>défini</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="500"/>
        <location filename="../widgets/sourcedialog.cpp" line="504"/>
        <location filename="../widgets/sourcedialog.cpp" line="519"/>
        <source>Currently: %1</source>
        <translation>Actuellement&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="549"/>
        <source>Name is required.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="551"/>
        <source>invalid source name &quot;%1&quot;: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit</source>
        <translation>nom de source «&#xa0;%1&#xa0;» invalide&#xa0;: utilisez lettres, chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;, en commençant par une lettre ou un chiffre</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="556"/>
        <source>a source named &quot;%1&quot; already exists</source>
        <translation>une source nommée «&#xa0;%1&#xa0;» existe déjà</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="584"/>
        <source>Enter the %1, or choose an environment variable.</source>
        <translation>Saisissez&#xa0;: %1, ou choisissez une variable d’environnement.</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="586"/>
        <source>No %1 is stored for this source: enter it.</source>
        <translation>Aucun(e) %1 n’est enregistré(e) pour cette source&#xa0;: saisissez-le.</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="591"/>
        <source>invalid environment variable name &quot;%1&quot;</source>
        <translation>nom de variable d’environnement «&#xa0;%1&#xa0;» invalide</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="605"/>
        <location filename="../widgets/sourcedialog.cpp" line="627"/>
        <location filename="../widgets/sourcedialog.cpp" line="644"/>
        <source>Please correct the marked fields.</source>
        <translation>Veuillez corriger les champs signalés.</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="672"/>
        <source>Storing the %1 in the keychain…</source>
        <translation>Enregistrement dans le trousseau&#xa0;: %1…</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="694"/>
        <source>the system keychain did not answer within %1 s</source>
        <translation>le trousseau du système n’a pas répondu en %1 s</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="705"/>
        <source>Could not save the source: %1</source>
        <translation>Impossible d’enregistrer la source&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="720"/>
        <source>Could not store the secret: %1. Nothing was saved.</source>
        <translation>Impossible d’enregistrer le secret&#xa0;: %1. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="727"/>
        <source>Nothing was saved: %1. Read the secret from an environment variable instead, or keep it for this session only: Purgeline then holds it in memory until it quits and never writes it to disk.</source>
        <translation>Rien n’a été enregistré&#xa0;: %1. Lisez plutôt le secret depuis une variable d’environnement, ou gardez-le pour cette session seulement&#xa0;: Purgeline le garde alors en mémoire jusqu’à sa fermeture et ne l’écrit jamais sur le disque.</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="731"/>
        <source>Nothing was saved: %1. Read the secret from an environment variable instead.</source>
        <translation>Rien n’a été enregistré&#xa0;: %1. Lisez plutôt le secret depuis une variable d’environnement.</translation>
    </message>
</context>
<context>
    <name>SourceListModel</name>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="67"/>
        <source>Works on local files</source>
        <translation>Agit sur des fichiers locaux</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="69"/>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="96"/>
        <source>Credentials: %1</source>
        <translation>Identifiants&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="110"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="112"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="114"/>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="116"/>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="133"/>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="135"/>
        <source>stored</source>
        <translation>enregistrés</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="137"/>
        <source>stored for this session only</source>
        <translation>enregistrés pour cette session seulement</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="139"/>
        <source>missing</source>
        <translation>manquants</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="141"/>
        <source>keychain unavailable</source>
        <translation>trousseau indisponible</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="143"/>
        <source>from environment variable %1 (set)</source>
        <translation>depuis la variable d’environnement %1 (définie)</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="145"/>
        <source>from environment variable %1 (not set)</source>
        <translation>depuis la variable d’environnement %1 (non définie)</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="147"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="149"/>
        <source>none needed</source>
        <translation>aucun requis</translation>
    </message>
</context>
<context>
    <name>SourceMapping</name>
    <message>
        <location filename="../app/changes/sourcemapping.cpp" line="41"/>
        <source>setting map: %1</source>
        <translation>paramètre map&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/changes/sourcemapping.cpp" line="54"/>
        <source>its map setting maps no local folder (add /local/folder=https://public.url/prefix)</source>
        <translation>son paramètre map ne fait correspondre aucun dossier local (ajoutez /local/folder=https://public.url/prefix)</translation>
    </message>
    <message>
        <location filename="../app/changes/sourcemapping.cpp" line="63"/>
        <source>the file is not inside a folder it maps (%1)</source>
        <translation>le fichier n’est dans aucun dossier qu’elle fait correspondre (%1)</translation>
    </message>
</context>
<context>
    <name>SourceStore</name>
    <message>
        <location filename="../app/storage/sourcestore.cpp" line="88"/>
        <source>a source named &quot;%1&quot; already exists</source>
        <translation>une source nommée «&#xa0;%1&#xa0;» existe déjà</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="51"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="66"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="72"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="75"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="77"/>
        <location filename="../widgets/sourcespanel.cpp" line="214"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="80"/>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="87"/>
        <source>Source actions</source>
        <translation>Actions sur les sources</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="91"/>
        <source>Add a source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="93"/>
        <source>Check the selected source&apos;s settings, secret and endpoint without purging anything</source>
        <translation>Vérifier les réglages, le secret et le point d’accès de la source choisie sans rien purger</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="100"/>
        <source>Sources message</source>
        <translation>Message des sources</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="194"/>
        <source>Cannot Remove Source</source>
        <translation>Impossible de supprimer la source</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/sourcespanel.cpp" line="195"/>
        <source>“%1” still has %n open transaction(s). Remove it once they have finished or been cancelled, so no queued work is lost.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» a encore %n transaction ouverte. Supprimez-la une fois celle-ci terminée ou annulée, pour ne perdre aucun travail en file.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» a encore %n transactions ouvertes. Supprimez-la une fois celles-ci terminées ou annulées, pour ne perdre aucun travail en file.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="207"/>
        <source>Remove the source “%1”? Its settings are deleted and its secret is removed from the keychain. Presets that use it stop working.</source>
        <translation>Supprimer la source «&#xa0;%1&#xa0;»&#xa0;? Ses paramètres sont effacés et son secret est retiré du trousseau. Les préréglages qui l’utilisent cessent de fonctionner.</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="209"/>
        <source>Remove the source “%1”? Its settings are deleted. Presets that use it stop working.</source>
        <translation>Supprimer la source «&#xa0;%1&#xa0;»&#xa0;? Ses paramètres sont effacés. Les préréglages qui l’utilisent cessent de fonctionner.</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="210"/>
        <source>Remove Source</source>
        <translation>Supprimer la source</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/sourcespanel.cpp" line="230"/>
        <source>Not removed: “%1” has %n open transaction(s) now.</source>
        <translation>
            <numerusform>Non supprimée&#xa0;: «&#xa0;%1&#xa0;» a maintenant %n transaction ouverte.</numerusform>
            <numerusform>Non supprimée&#xa0;: «&#xa0;%1&#xa0;» a maintenant %n transactions ouvertes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="236"/>
        <source>Could not remove “%1”.</source>
        <translation>Impossible de supprimer «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="243"/>
        <source>Removed “%1”, but its keychain entry could not be removed: %2</source>
        <translation>«&#xa0;%1&#xa0;» supprimée, mais son entrée du trousseau n’a pas pu être supprimée&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TargetListModel</name>
    <message>
        <location filename="../models/targetlistmodel.cpp" line="57"/>
        <source>%1 (not mapped)</source>
        <translation>%1 (sans correspondance)</translation>
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
            <numerusform>%1 → %2 (+%n autre)</numerusform>
            <numerusform>%1 → %2 (+%n autres)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/targetlistmodel.cpp" line="66"/>
        <source>%1 (not for %2)</source>
        <translation>%1 (pas pour %2)</translation>
    </message>
    <message>
        <location filename="../models/targetlistmodel.cpp" line="73"/>
        <source>%1
Cannot be sent: %2</source>
        <translation>%1
Ne peut pas être envoyé&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/targetlistmodel.cpp" line="75"/>
        <source>%1
Not purged: %2</source>
        <translation>%1
Non purgé&#xa0;: %2</translation>
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
        <translation>source %1, %2</translation>
    </message>
    <message>
        <location filename="../models/targetlistmodel.cpp" line="314"/>
        <source>%1: not purged: %2</source>
        <translation>%1&#xa0;: non purgé&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/targetlistmodel.cpp" line="315"/>
        <location filename="../models/targetlistmodel.cpp" line="339"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/targetlistmodel.cpp" line="336"/>
        <source>no source is chosen; a source&apos;s path mapping turns local files into URLs</source>
        <translation>aucune source choisie&#xa0;; la correspondance de chemins d’une source transforme les fichiers locaux en URL</translation>
    </message>
</context>
<context>
    <name>TargetListWidget</name>
    <message>
        <location filename="../widgets/targetlistwidget.cpp" line="22"/>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/targetlistwidget.cpp" line="74"/>
        <source>Added %n target(s).</source>
        <translation>
            <numerusform>%n cible ajoutée.</numerusform>
            <numerusform>%n cibles ajoutées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/targetlistwidget.cpp" line="90"/>
        <source>Added %n URL(s).</source>
        <translation>
            <numerusform>%n URL ajoutée.</numerusform>
            <numerusform>%n URL ajoutées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/targetlistwidget.cpp" line="94"/>
        <source>Added %n file(s).</source>
        <translation>
            <numerusform>%n fichier ajouté.</numerusform>
            <numerusform>%n fichiers ajoutés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/targetlistwidget.cpp" line="96"/>
        <source>%n file(s) map to no URL and will not be purged.</source>
        <translation>
            <numerusform>%n fichier ne correspond à aucune URL et ne sera pas purgé.</numerusform>
            <numerusform>%n fichiers ne correspondent à aucune URL et ne seront pas purgés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/targetlistwidget.cpp" line="98"/>
        <source>Read %n URL(s) from %1.</source>
        <translation>
            <numerusform>%n URL lue dans %1.</numerusform>
            <numerusform>%n URL lues dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/targetlistwidget.cpp" line="99"/>
        <source>%n list file(s)</source>
        <translation>
            <numerusform>%n fichier de liste</numerusform>
            <numerusform>%n fichiers de liste</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/targetlistwidget.cpp" line="101"/>
        <source>Only the first %1 files were taken; the dropped folders hold more.</source>
        <translation>Seuls les %1 premiers fichiers ont été pris&#xa0;; les dossiers déposés en contiennent davantage.</translation>
    </message>
    <message>
        <location filename="../widgets/targetlistwidget.cpp" line="104"/>
        <source>Could not read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/targetlistwidget.cpp" line="107"/>
        <source>%n link(s) that are neither files nor web addresses were ignored.</source>
        <translation>
            <numerusform>%n lien qui n’est ni un fichier ni une adresse web a été ignoré.</numerusform>
            <numerusform>%n liens qui ne sont ni des fichiers ni des adresses web ont été ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/targetlistwidget.cpp" line="146"/>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location filename="../widgets/targetlistwidget.cpp" line="149"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../widgets/targetlistwidget.cpp" line="153"/>
        <source>&amp;Clear all</source>
        <translation>&amp;Tout effacer</translation>
    </message>
    <message>
        <location filename="../widgets/targetlistwidget.cpp" line="167"/>
        <source>Drop files, folders or URL lists here,
or type and paste targets above.</source>
        <translation>Déposez ici des fichiers, dossiers ou listes d’URL,
ou saisissez et collez des cibles ci-dessus.</translation>
    </message>
</context>
<context>
    <name>TransactionDetails</name>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="47"/>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="48"/>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="50"/>
        <source>Attempts:</source>
        <translation>Tentatives&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="51"/>
        <source>Provider ID:</source>
        <translation>ID fournisseur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="52"/>
        <source>Times:</source>
        <translation>Horodatage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="53"/>
        <source>Last error:</source>
        <translation>Dernière erreur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="54"/>
        <source>Verified:</source>
        <translation>Vérifiée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="66"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="66"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="66"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="66"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="70"/>
        <source>Attempts and status polls</source>
        <translation>Tentatives et interrogations d’état</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="77"/>
        <source>Transaction details</source>
        <translation>Détails de la transaction</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="127"/>
        <source>No transaction selected</source>
        <translation>Aucune transaction sélectionnée</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="61"/>
        <source>What it sends</source>
        <translation>Ce qu’elle envoie</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="49"/>
        <source>Asked by:</source>
        <translation>Demandé par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="62"/>
        <source>What this transaction sends appears here.</source>
        <translation>Ce que cette transaction envoie apparaît ici.</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="63"/>
        <source>What it sends, with credentials replaced by [redacted]</source>
        <translation>Ce qu’elle envoie, identifiants remplacés par [redacted]</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="84"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="88"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="90"/>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="91"/>
        <source>%1, from %2</source>
        <translation>%1, via %2</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="92"/>
        <source>%1: “%2”</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="138"/>
        <source>Transaction %1 of request %2</source>
        <translation>Transaction %1 de la requête %2</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="141"/>
        <source>%1, next attempt %2</source>
        <translation>%1, prochaine tentative %2</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="143"/>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="148"/>
        <source>%1: %2, layer %3 of %4</source>
        <translation>%1&#xa0;: %2, couche %3 sur %4</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="152"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="156"/>
        <source>%1 (%2 before it was retried)</source>
        <translation>%1 (%2 avant la relance)</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="158"/>
        <source>%1, status polls: %2</source>
        <translation>%1, interrogations d’état&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="160"/>
        <source>none yet</source>
        <translation>aucune pour l’instant</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="161"/>
        <source>created %1, updated %2</source>
        <translation>créée %1, mise à jour %2</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="164"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="165"/>
        <source>none now; an earlier attempt failed: %1</source>
        <translation>aucune maintenant&#xa0;; une tentative précédente a échoué&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/transactiondetails.cpp" line="173"/>
        <source>%1 (%n URL(s) asked for)</source>
        <translation>
            <numerusform>%1 (%n URL demandée)</numerusform>
            <numerusform>%1 (%n URL demandées)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="175"/>
        <source>%1; purges again what transaction %2 left cached</source>
        <translation>%1&#xa0;; purge à nouveau ce que la transaction %2 a laissé en cache</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="181"/>
        <source>Status poll:</source>
        <translation>Interrogation d’état&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="199"/>
        <source>due %1</source>
        <translation>prévue %1</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="204"/>
        <source>verify: %1</source>
        <translation>vérification&#xa0;: %1</translation>
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
        <translation>la source «&#xa0;%1&#xa0;» n’existe plus</translation>
    </message>
    <message>
        <location filename="../models/transactionpreview.cpp" line="46"/>
        <source>unknown source type &quot;%1&quot;</source>
        <translation>type de source «&#xa0;%1&#xa0;» inconnu</translation>
    </message>
    <message>
        <location filename="../models/transactionpreview.cpp" line="48"/>
        <source>%1 runs on this computer; nothing is sent over the network</source>
        <translation>%1 s’exécute sur cet ordinateur&#xa0;; rien n’est envoyé sur le réseau</translation>
    </message>
    <message>
        <location filename="../models/transactionpreview.cpp" line="90"/>
        <source>transaction %1: %2</source>
        <translation>transaction %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TransactionRecord</name>
    <message>
        <location filename="../app/core/transactionrecord.cpp" line="30"/>
        <source>everything</source>
        <translation>tout</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/transactionrecord.cpp" line="35"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransactionStore</name>
    <message>
        <location filename="../app/storage/transactionstore.cpp" line="129"/>
        <source>the database could not be written</source>
        <translation>impossible d’écrire dans la base de données</translation>
    </message>
    <message>
        <location filename="../app/storage/transactionstore.cpp" line="668"/>
        <source>request %1 no longer awaits approval</source>
        <translation>la requête %1 n’attend plus d’approbation</translation>
    </message>
    <message>
        <location filename="../app/storage/transactionstore.cpp" line="674"/>
        <source>approved by %1</source>
        <translation>approuvée par %1</translation>
    </message>
    <message>
        <location filename="../app/storage/transactionstore.cpp" line="676"/>
        <source>rejected by %1</source>
        <translation>rejetée par %1</translation>
    </message>
    <message>
        <location filename="../app/storage/transactionstore.cpp" line="677"/>
        <source>rejected by %1: %2</source>
        <translation>rejetée par %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TransactionTableModel</name>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="32"/>
        <source>Queued</source>
        <translation>En file</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="34"/>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="36"/>
        <source>Waiting for status</source>
        <translation>Attente de l’état</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="38"/>
        <source>Retry scheduled</source>
        <translation>Relance prévue</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="40"/>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="42"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="44"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="46"/>
        <source>Awaiting approval</source>
        <translation>En attente d’approbation</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="148"/>
        <source>An earlier attempt failed: %1</source>
        <translation>Une tentative précédente a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="152"/>
        <source>%1 since it was retried, %2 before</source>
        <translation>%1 depuis la relance, %2 avant</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="155"/>
        <source>Next attempt at %1</source>
        <translation>Prochaine tentative à %1</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="169"/>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="182"/>
        <source>earlier: %1</source>
        <translation>avant&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="195"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="197"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="199"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="201"/>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="203"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="205"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="207"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="209"/>
        <source>Provider ID</source>
        <translation>ID fournisseur</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="211"/>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="213"/>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="215"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="217"/>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
</context>
<context>
    <name>TransactionView</name>
    <message>
        <location filename="../widgets/transactionview.cpp" line="34"/>
        <source>Copy this c&amp;ell</source>
        <translation>Copier cette c&amp;ellule</translation>
    </message>
    <message>
        <location filename="../widgets/transactionview.cpp" line="35"/>
        <source>Ctrl+Alt+C</source>
        <translation>Ctrl+Alt+C</translation>
    </message>
    <message>
        <location filename="../widgets/transactionview.cpp" line="38"/>
        <source>Copy the whole text of the current cell: every target, the full error (Ctrl+Alt+C)</source>
        <translation>Copier tout le texte de la cellule courante&#xa0;: chaque cible, l’erreur complète (Ctrl+Alt+C)</translation>
    </message>
</context>
<context>
    <name>TransactionsPanel</name>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="68"/>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="107"/>
        <source>Withdraw request %1</source>
        <translation>Retirer la demande %1</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="107"/>
        <source>Reject request %1</source>
        <translation>Rejeter la demande %1</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="108"/>
        <source>Why is it withdrawn? (optional)</source>
        <translation>Pourquoi la retirer&#xa0;? (facultatif)</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="108"/>
        <source>Why is it rejected? The one who asked sees this.</source>
        <translation>Pourquoi la rejeter&#xa0;? La personne qui l’a demandée verra ce texte.</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="129"/>
        <source>&amp;Retry selected</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="129"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="131"/>
        <source>Retry all &amp;failed</source>
        <translation>Relancer les &amp;échecs</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="132"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="133"/>
        <source>&amp;Cancel selected</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="135"/>
        <source>Cancel all &amp;pending</source>
        <translation>Tout &amp;annuler</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="136"/>
        <source>Ctrl+Shift+Del</source>
        <translation>Ctrl+Shift+Del</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="137"/>
        <source>Copy &amp;URLs</source>
        <translation>Copier les &amp;URL</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="139"/>
        <source>Copy as c&amp;url</source>
        <translation>Copier en &amp;curl</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="140"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="141"/>
        <source>Filter transactions</source>
        <translation>Filtrer les transactions</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="144"/>
        <source>Put the selected failed or cancelled transactions back in the queue (Ctrl+R)</source>
        <translation>Remettre en file les transactions sélectionnées en échec ou annulées (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="145"/>
        <source>Put every failed transaction back in the queue (Ctrl+Shift+R)</source>
        <translation>Remettre en file toutes les transactions en échec (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="146"/>
        <source>Stop the selected transactions that have not been sent (Del)</source>
        <translation>Arrêter les transactions sélectionnées pas encore envoyées (Suppr)</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="147"/>
        <source>Stop every transaction that has not finished (Ctrl+Shift+Del)</source>
        <translation>Arrêter toutes les transactions non terminées (Ctrl+Maj+Suppr)</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="148"/>
        <source>Copy the selected transactions as curl commands, credentials redacted</source>
        <translation>Copier les transactions sélectionnées en commandes curl, identifiants masqués</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/transactionspanel.cpp" line="386"/>
        <source>Copied %n transaction(s) as curl commands, credentials redacted</source>
        <translation>
            <numerusform>%n transaction copiée en commande curl, identifiants masqués</numerusform>
            <numerusform>%n transactions copiées en commandes curl, identifiants masqués</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="419"/>
        <source>Could not approve: %1</source>
        <translation>Approbation impossible&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/transactionspanel.cpp" line="425"/>
        <source>Request %1 approved: %n transaction(s) queued</source>
        <translation>
            <numerusform>Demande %1 approuvée&#xa0;: %n transaction en file</numerusform>
            <numerusform>Demande %1 approuvée&#xa0;: %n transactions en file</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="437"/>
        <source>Could not reject: %1</source>
        <translation>Rejet impossible&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="441"/>
        <source>Request %1 withdrawn: nothing was sent</source>
        <translation>Demande %1 retirée&#xa0;: rien n’a été envoyé</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="442"/>
        <source>Request %1 rejected: nothing was sent</source>
        <translation>Demande %1 rejetée&#xa0;: rien n’a été envoyé</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="497"/>
        <source>Request %1: %2 of %3 transactions done, %4 failed</source>
        <translation>Requête %1&#xa0;: %2 sur %3 transactions terminées, %4 en échec</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="504"/>
        <source>Request %1: %2 of %3 transactions done</source>
        <translation>Requête %1&#xa0;: %2 sur %3 transactions terminées</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="156"/>
        <source>Filter by URL, source, error or provider ID (Ctrl+F)</source>
        <translation>Filtrer par URL, source, erreur ou ID fournisseur (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="158"/>
        <source>Filter text</source>
        <translation>Texte du filtre</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="175"/>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="176"/>
        <source>Not finished</source>
        <translation>Non terminées</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="177"/>
        <source>Failed or cancelled</source>
        <translation>En échec ou annulées</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="183"/>
        <source>State filter</source>
        <translation>Filtre d’état</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="187"/>
        <source>Source filter</source>
        <translation>Filtre de source</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="194"/>
        <source>Any verification</source>
        <translation>Toute vérification</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="202"/>
        <source>Being verified</source>
        <translation>En vérification</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="205"/>
        <source>Verification filter</source>
        <translation>Filtre de vérification</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="231"/>
        <location filename="../widgets/transactionspanel.cpp" line="234"/>
        <source>Progress of the newest request</source>
        <translation>Avancement de la requête la plus récente</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="265"/>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/transactionspanel.cpp" line="334"/>
        <source>%n transaction(s) queued again</source>
        <translation>
            <numerusform>%n transaction remise en file</numerusform>
            <numerusform>%n transactions remises en file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/transactionspanel.cpp" line="340"/>
        <source>%n failed transaction(s) queued again</source>
        <translation>
            <numerusform>%n transaction en échec remise en file</numerusform>
            <numerusform>%n transactions en échec remises en file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/transactionspanel.cpp" line="350"/>
        <location filename="../widgets/transactionspanel.cpp" line="357"/>
        <source>Cancelling %n transaction(s)</source>
        <translation>
            <numerusform>Annulation de %n transaction</numerusform>
            <numerusform>Annulation de %n transactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/transactionspanel.cpp" line="373"/>
        <source>Copied %n target(s)</source>
        <translation>
            <numerusform>%n cible copiée</numerusform>
            <numerusform>%n cibles copiées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="495"/>
        <source>No requests yet</source>
        <translation>Aucune requête pour l’instant</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../widgets/trayicon.cpp" line="75"/>
        <source>Purgeline: idle</source>
        <translation>Purgeline&#xa0;: inactif</translation>
    </message>
    <message>
        <location filename="../widgets/trayicon.cpp" line="77"/>
        <source>Purgeline: purging…</source>
        <translation>Purgeline&#xa0;: purge en cours…</translation>
    </message>
    <message>
        <location filename="../widgets/trayicon.cpp" line="79"/>
        <source>Purgeline: the last request had failures</source>
        <translation>Purgeline&#xa0;: la dernière requête a eu des échecs</translation>
    </message>
    <message>
        <location filename="../widgets/trayicon.cpp" line="133"/>
        <source>&amp;Resume Queue</source>
        <translation>&amp;Reprendre la file</translation>
    </message>
    <message>
        <location filename="../widgets/trayicon.cpp" line="133"/>
        <source>&amp;Pause Queue</source>
        <translation>Mettre la file en &amp;pause</translation>
    </message>
    <message>
        <location filename="../widgets/trayicon.cpp" line="139"/>
        <source>&amp;Hide Window</source>
        <translation>&amp;Masquer la fenêtre</translation>
    </message>
    <message>
        <location filename="../widgets/trayicon.cpp" line="139"/>
        <source>&amp;Show Window</source>
        <translation>&amp;Afficher la fenêtre</translation>
    </message>
    <message>
        <location filename="../widgets/trayicon.cpp" line="145"/>
        <source>Purgeline tray menu</source>
        <translation>Menu de Purgeline dans la zone de notification</translation>
    </message>
    <message>
        <location filename="../widgets/trayicon.cpp" line="147"/>
        <source>No presets saved</source>
        <translation>Aucun préréglage enregistré</translation>
    </message>
    <message>
        <location filename="../widgets/trayicon.cpp" line="150"/>
        <source>Run Preset</source>
        <translation>Lancer un préréglage</translation>
    </message>
    <message>
        <location filename="../widgets/trayicon.cpp" line="167"/>
        <source>&amp;Quit Purgeline</source>
        <translation>&amp;Quitter Purgeline</translation>
    </message>
</context>
<context>
    <name>VerifyText</name>
    <message>
        <location filename="../app/queue/verifytext.cpp" line="20"/>
        <source>verifying</source>
        <translation>vérifie</translation>
    </message>
    <message>
        <location filename="../app/queue/verifytext.cpp" line="22"/>
        <source>still cached: purged again</source>
        <translation>encore en cache&#xa0;: purgé à nouveau</translation>
    </message>
    <message>
        <location filename="../app/queue/verifytext.cpp" line="24"/>
        <source>verified fresh</source>
        <translation>vérifié frais</translation>
    </message>
    <message>
        <location filename="../app/queue/verifytext.cpp" line="26"/>
        <source>still cached</source>
        <translation>encore en cache</translation>
    </message>
    <message>
        <location filename="../app/queue/verifytext.cpp" line="28"/>
        <source>cannot tell</source>
        <translation>impossible à dire</translation>
    </message>
    <message>
        <location filename="../app/queue/verifytext.cpp" line="29"/>
        <source>not verified</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <location filename="../app/queue/verifytext.cpp" line="34"/>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <location filename="../app/queue/verifytext.cpp" line="68"/>
        <source>STILL CACHED %1 (%2): %3</source>
        <translation>ENCORE EN CACHE %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/queue/verifytext.cpp" line="70"/>
        <source>cannot tell %1 (%2): %3</source>
        <translation>impossible à dire %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/queue/verifytext.cpp" line="78"/>
        <source>verified: %1 fresh, %2 still cached, %3 cannot tell</source>
        <translation>vérifié&#xa0;: %1 frais, %2 encore en cache, %3 impossible à dire</translation>
    </message>
</context>
<context>
    <name>WebhookProvider</name>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="99"/>
        <source>Webhook (in-house cache or deploy system)</source>
        <translation>Webhook (cache ou système de déploiement maison)</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="102"/>
        <source>Your own endpoint: enter its URL and, if it checks one, the shared secret your deploy system or in-house cache expects.</source>
        <translation>Votre propre point d’accès : saisissez son URL et, s’il en vérifie un, le secret partagé qu’attend votre système de déploiement ou votre cache maison.</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="104"/>
        <source>Secret (sent where a header uses {{secret}})</source>
        <translation>Secret (envoyé là où un en-tête utilise {{secret}})</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="114"/>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="119"/>
        <source>NAME:VALUE, one header per --set header=... (or per line); a value may use {{secret}} (the header is then never shown), {{action}}, {{match}} and {{request_id}} (the same on every send of one transaction: an idempotency key)</source>
        <translation>NOM:VALEUR, un en-tête par --set header=... (ou par ligne)&#xa0;; une valeur peut utiliser {{secret}} (l’en-tête n’est alors jamais affiché), {{action}}, {{match}} et {{request_id}} (le même à chaque envoi d’une transaction&#xa0;: une clé d’idempotence)</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="126"/>
        <source>HTTP method</source>
        <translation>Méthode HTTP</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="131"/>
        <source>Any HTTP method: POST, PUT, DELETE, PURGE, ...</source>
        <translation>N’importe quelle méthode HTTP&#xa0;: POST, PUT, DELETE, PURGE, ...</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="133"/>
        <source>URL template</source>
        <translation>Modèle d’URL</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="138"/>
        <source>An absolute URL, or a path and query appended to the endpoint; {{url}} is the target, percent-encoded, and sends one target per request; {{action}} and {{match}} are the request&apos;s words. Default: the endpoint</source>
        <translation>Une URL absolue, ou un chemin et une query ajoutés à l’endpoint&#xa0;; {{url}} est la cible, encodée en pourcentage, et envoie une cible par requête&#xa0;; {{action}} et {{match}} sont les mots de la requête. Par défaut&#xa0;: l’endpoint</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="143"/>
        <source>Body template</source>
        <translation>Modèle de corps</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="148"/>
        <source>{{targets_json}}: the targets as a JSON array; {{urls_json}}: the same for exact and prefix purges, [] otherwise; {{url}}: the one target, escaped for a JSON string (one request per target); {{action}}, {{match}}. Sent as application/json unless a Content-Type header is set. Default: no body</source>
        <translation>{{targets_json}}&#xa0;: les cibles sous forme de tableau JSON&#xa0;; {{urls_json}}&#xa0;: la même chose pour les purges exact et prefix, [] sinon&#xa0;; {{url}}&#xa0;: l’unique cible, échappée pour une chaîne JSON (une requête par cible)&#xa0;; {{action}}, {{match}}. Envoyé en application/json sauf si un en-tête Content-Type est défini. Par défaut&#xa0;: aucun corps</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="153"/>
        <source>Success status</source>
        <translation>Statut de réussite</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="158"/>
        <source>2xx, or a comma-separated list of status codes and classes such as 200,204 or 2xx,404</source>
        <translation>2xx, ou une liste de codes et classes d’état séparés par des virgules, comme 200,204 ou 2xx,404</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="181"/>
        <source>%1: unknown placeholder %2; known placeholders: %3</source>
        <translation>%1&#xa0;: espace réservé %2 inconnu&#xa0;; espaces réservés connus&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="186"/>
        <source>%1: {{secret}} may only appear in a header value (--set header=NAME:VALUE), where it is redacted whenever the request is shown</source>
        <translation>%1&#xa0;: {{secret}} ne peut apparaître que dans une valeur d’en-tête (--set header=NAME:VALUE), où il est masqué chaque fois que la requête est affichée</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="190"/>
        <source>%1: %2 cannot be used here; %1 takes %3</source>
        <translation>%1&#xa0;: %2 ne peut pas être utilisé ici&#xa0;; %1 accepte %3</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="249"/>
        <source>setting success &quot;%1&quot;: expected 2xx or a comma-separated list of status codes and classes, such as 200,204 or 2xx,404</source>
        <translation>paramètre success «&#xa0;%1&#xa0;»&#xa0;: 2xx ou une liste de codes et classes d’état séparés par des virgules attendu, comme 200,204 ou 2xx,404</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="304"/>
        <source>webhook needs --endpoint URL: the base URL of the service to call</source>
        <translation>webhook nécessite --endpoint URL&#xa0;: l’URL de base du service à appeler</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="307"/>
        <source>setting method &quot;%1&quot; is not a valid HTTP method (a token such as POST or PURGE)</source>
        <translation>le paramètre method «&#xa0;%1&#xa0;» n’est pas une méthode HTTP valide (un jeton comme POST ou PURGE)</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="319"/>
        <source>setting url_template &quot;%1&quot; does not make an absolute http:// or https:// URL</source>
        <translation>le paramètre url_template «&#xa0;%1&#xa0;» ne donne pas d’URL absolue http:// ou https://</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="334"/>
        <source>setting header &quot;%1&quot; contains a line break</source>
        <translation>le paramètre header «&#xa0;%1&#xa0;» contient un saut de ligne</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="338"/>
        <source>setting header &quot;%1&quot;: expected NAME:VALUE with a valid header name</source>
        <translation>paramètre header «&#xa0;%1&#xa0;»&#xa0;: NAME:VALUE attendu avec un nom d’en-tête valide</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="344"/>
        <source>setting header: %1 is set by the HTTP client; leave it out</source>
        <translation>paramètre header&#xa0;: %1 est défini par le client HTTP&#xa0;; retirez-le</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="347"/>
        <source>setting header: %1 is given twice</source>
        <translation>paramètre header&#xa0;: %1 est indiqué deux fois</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="357"/>
        <source>header %1 uses {{secret}}, but the source has no secret: add --secret-env VAR or --secret-stdin</source>
        <translation>l’en-tête %1 utilise {{secret}}, mais la source n’a pas de secret&#xa0;: ajoutez --secret-env VAR ou --secret-stdin</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="363"/>
        <source>a secret is configured but no header uses it: add --set header=NAME:...{{secret}} (e.g. &quot;Authorization: Bearer {{secret}}&quot;)</source>
        <translation>un secret est configuré mais aucun en-tête ne l’utilise&#xa0;: ajoutez --set header=NAME:...{{secret}} (p. ex. &quot;Authorization: Bearer {{secret}}&quot;)</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="375"/>
        <source>this webhook&apos;s url_template and body_template name no target ({{url}}, {{urls_json}} or {{targets_json}}), so it cannot say what to purge; only --match all works with it</source>
        <translation>url_template et body_template de ce webhook ne nomment aucune cible ({{url}}, {{urls_json}} ou {{targets_json}}), il ne peut donc pas indiquer quoi purger&#xa0;; seul --match all fonctionne avec lui</translation>
    </message>
    <message>
        <location filename="../app/providers/webhookprovider.cpp" line="418"/>
        <source>HTTP %1 is not a success status of this webhook (success=%2)</source>
        <translation>HTTP %1 n’est pas un statut de réussite de ce webhook (success=%2)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../widgets/welcomepage.cpp" line="13"/>
        <source>Purge every cache in front of your site</source>
        <translation>Purgez chaque cache devant votre site</translation>
    </message>
    <message>
        <location filename="../widgets/welcomepage.cpp" line="21"/>
        <source>When a file on your site changes, the caches in front of it still hand out the old copy. Purgeline tells each of them to forget it: drop the files you changed, or type their URLs, and every purge is sent at the provider&apos;s own pace, retried when that helps, and kept in a searchable history.</source>
        <translation>Quand un fichier de votre site change, les caches placés devant lui servent encore l’ancienne copie. Purgeline demande à chacun de l’oublier : déposez les fichiers modifiés ou saisissez leurs URL, et chaque purge est envoyée au rythme du fournisseur, relancée quand cela aide, et conservée dans un historique consultable.</translation>
    </message>
    <message>
        <location filename="../widgets/welcomepage.cpp" line="44"/>
        <source>Start by telling Purgeline about one cache: a source. Its form says which settings the provider needs and where to find its key; the key goes to your keychain, never to a file.</source>
        <translation>Commencez par présenter un cache à Purgeline : une source. Son formulaire indique les réglages dont le fournisseur a besoin et où trouver sa clé ; la clé va dans votre trousseau, jamais dans un fichier.</translation>
    </message>
    <message>
        <location filename="../widgets/welcomepage.cpp" line="51"/>
        <source>&amp;Add your first source…</source>
        <translation>&amp;Ajouter votre première source…</translation>
    </message>
    <message>
        <location filename="../widgets/welcomepage.cpp" line="58"/>
        <source>From a terminal or a deploy hook: &lt;code&gt;purgeline source add NAME --type TYPE …&lt;/code&gt; (see &lt;code&gt;man purgeline&lt;/code&gt;).</source>
        <translation>Depuis un terminal ou un hook de déploiement : &lt;code&gt;purgeline source add NAME --type TYPE …&lt;/code&gt; (voir &lt;code&gt;man purgeline&lt;/code&gt;).</translation>
    </message>
</context>
<context>
    <name>WorkerCommand</name>
    <message>
        <location filename="../app/cli/workercommand.cpp" line="47"/>
        <source>--lease must be a number of seconds from 1 to 3600, not &quot;%1&quot;</source>
        <translation>--lease doit être un nombre de secondes de 1 à 3600, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/cli/workercommand.cpp" line="96"/>
        <source>worker %1 on %2: claiming work from %3</source>
        <translation>worker %1 sur %2&#xa0;: prend du travail dans %3</translation>
    </message>
    <message>
        <location filename="../app/cli/workercommand.cpp" line="104"/>
        <source>worker stopped: %1 succeeded, %2 failed; unfinished work is given back</source>
        <translation>worker arrêté&#xa0;: %1 réussies, %2 échouées&#xa0;; le travail inachevé est rendu</translation>
    </message>
</context>
</TS>
