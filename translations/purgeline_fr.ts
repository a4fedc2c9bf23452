<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../widgets/transactionview.cpp" line="59"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
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
        <translation>%1 «&#xa0;%2&#xa0;» n’est pas un motif glob utilisable&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/changes/changefilter.cpp" line="71"/>
        <source>a submodule, not an image</source>
        <translation>un sous-module, pas une image</translation>
    </message>
    <message>
        <location filename="../app/changes/changefilter.cpp" line="78"/>
        <source>not an image (%1)</source>
        <translation>pas une image (%1)</translation>
    </message>
    <message>
        <location filename="../app/changes/changefilter.cpp" line="89"/>
        <source>matches no --include</source>
        <translation>ne correspond à aucun --include</translation>
    </message>
    <message>
        <location filename="../app/changes/changefilter.cpp" line="93"/>
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
        <location filename="../app/changes/changequery.cpp" line="37"/>
        <source>--from needs --to</source>
        <translation>--from nécessite --to</translation>
    </message>
    <message>
        <location filename="../app/changes/changequery.cpp" line="40"/>
        <source>unknown --only &quot;%1&quot;: use images or all</source>
        <translation>--only «&#xa0;%1&#xa0;» inconnu&#xa0;: utilisez images ou all</translation>
    </message>
</context>
<context>
    <name>ChangeSelection</name>
    <message>
        <location filename="../app/changes/changeselection.cpp" line="123"/>
        <source>cannot read the revisions log &quot;%1&quot;: %2</source>
        <translation>impossible de lire le journal des révisions «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/changes/changeselection.cpp" line="124"/>
        <source>not a file</source>
        <translation>pas un fichier</translation>
    </message>
    <message>
        <location filename="../app/changes/changeselection.cpp" line="124"/>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location filename="../app/changes/changeselection.cpp" line="149"/>
        <source>%1 line %2 (release %3): %4</source>
        <translation>%1 ligne %2 (version %3)&#xa0;: %4</translation>
    </message>
    <message>
        <location filename="../app/changes/changeselection.cpp" line="173"/>
        <source>the path is not valid UTF-8, so it has no URL</source>
        <translation>le chemin n’est pas de l’UTF-8 valide, il n’a donc pas d’URL</translation>
    </message>
    <message>
        <location filename="../app/changes/changeselection.cpp" line="240"/>
        <source>no path mapping covers %1</source>
        <translation>aucune correspondance de chemin ne couvre %1</translation>
    </message>
</context>
<context>
    <name>ChangesCommand</name>
    <message>
        <location filename="../app/cli/changescommand.cpp" line="51"/>
        <source>filtered out: %1</source>
        <translation>exclu par le filtre : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/changescommand.cpp" line="53"/>
        <source>unmapped: %1</source>
        <translation>sans correspondance : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/changescommand.cpp" line="55"/>
        <source>not decodable: %1</source>
        <translation>non décodable : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/changescommand.cpp" line="90"/>
        <source>no repository given</source>
        <translation>aucun dépôt indiqué</translation>
    </message>
    <message>
        <location filename="../app/cli/changescommand.cpp" line="108"/>
        <location filename="../app/cli/changescommand.cpp" line="153"/>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/changescommand.cpp" line="110"/>
        <location filename="../app/cli/changescommand.cpp" line="112"/>
        <source>%1 (release %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/changescommand.cpp" line="113"/>
        <source>changes from %1 to %2: %3 file(s), %4 selected, %5 skipped</source>
        <translation>modifications de %1 à %2&#xa0;: %3 fichier(s), %4 sélectionné(s), %5 ignoré(s)</translation>
    </message>
    <message>
        <location filename="../app/cli/changescommand.cpp" line="121"/>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <location filename="../app/cli/changescommand.cpp" line="139"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/cli/changescommand.cpp" line="141"/>
        <source>--repo DIR is required</source>
        <translation>--repo DIR est obligatoire</translation>
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
        <translation>usage&#xa0;: purgeline [--profile DIR] COMMANDE ...
  source add NOM --type TYPE [--endpoint URL]... [--set CLÉ=VALEUR]... [--secret-env VAR | --secret-stdin]
  source list [--json]
  source remove NOM
  purge --source NOM[,NOM...] [--action purge|invalidate] [--match exact|prefix|tag|host|all]
        [--from-file FICHIER|-] [--changes-from DIR &lt;sélection&gt;] [--cache-key-modifier REGEX]
        [--wait] [--dry-run] [--json] [CIBLE...]
  changes --repo DIR &lt;sélection&gt; [--json]
    &lt;sélection&gt; = (--revisions-log FICHIER | --from REV --to REV) [--only images|all] [--include GLOB]...
                  [--exclude GLOB]... [--map PATH_PREFIX=URL_PREFIX]...
  preset save NOM &lt;options de purge&gt; | preset list [--json] | preset run NOM [--wait] [--json] | preset remove NOM
  history [--json] [--state ÉTAT] [--limit N] [--search TEXTE] [--request ID]
  retry (ID... | --failed) [--wait] [--json]
  resume [--wait] [--json]
Sans commande, la fenêtre de Purgeline s’ouvre.
Code de sortie&#xa0;: 0 tout a réussi (ou est en file), 1 une transaction a échoué, 2 usage ou entrée incorrects (rien mis en file),
3 arrêté alors que du travail reste en file.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="119"/>
        <source>&quot;%1&quot; needs a subcommand</source>
        <translation>«&#xa0;%1&#xa0;» nécessite une sous-commande</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="128"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande «&#xa0;%1&#xa0;» inconnue</translation>
    </message>
</context>
<context>
    <name>ComposerPanel</name>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="38"/>
        <source>Exact URLs</source>
        <translation>URL exactes</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="40"/>
        <source>URL prefixes</source>
        <translation>Préfixes d’URL</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="42"/>
        <source>Tags (surrogate keys)</source>
        <translation>Tags (surrogate keys)</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="44"/>
        <source>Whole hosts</source>
        <translation>Hôtes entiers</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="46"/>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="79"/>
        <source>&amp;Sources</source>
        <translation>&amp;Sources</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="82"/>
        <source>Sources to purge</source>
        <translation>Sources à purger</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="90"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="91"/>
        <source>P&amp;urge</source>
        <translation>P&amp;urger</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="93"/>
        <source>Remove the cached copies; the next request fetches from the origin</source>
        <translation>Supprimer les copies en cache&#xa0;; la requête suivante interroge l’origine</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="94"/>
        <source>&amp;Invalidate</source>
        <translation>&amp;Invalider</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="103"/>
        <source>Match</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="111"/>
        <source>&amp;Match:</source>
        <translation>&amp;Correspondance&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="119"/>
        <source>&amp;Targets</source>
        <translation>Ci&amp;bles</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="122"/>
        <source>New target</source>
        <translation>Nouvelle cible</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="124"/>
        <source>Type a URL, prefix, tag or host and press Enter; paste many lines at once</source>
        <translation>URL, préfixe, tag ou hôte puis Entrée&#xa0;; collez plusieurs lignes d’un coup</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="139"/>
        <location filename="../widgets/composerpanel.cpp" line="233"/>
        <location filename="../widgets/composerpanel.cpp" line="468"/>
        <source>Added %n target(s).</source>
        <translation>
            <numerusform>%n cible ajoutée.</numerusform>
            <numerusform>%n cibles ajoutées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="146"/>
        <source>Add from &amp;git…</source>
        <translation>Ajouter depuis &amp;git…</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="148"/>
        <source>Add the URLs of files changed between two revisions or deploys</source>
        <translation>Ajouter les URL des fichiers modifiés entre deux révisions ou déploiements</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="150"/>
        <source>C&amp;lear</source>
        <translation>E&amp;ffacer</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="157"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="158"/>
        <source>Remove the preset&apos;s extra targets</source>
        <translation>Supprimer les cibles supplémentaires du préréglage</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="186"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="193"/>
        <source>Save as pre&amp;set…</source>
        <translation>Enregistrer comme pr&amp;éréglage…</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="196"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="198"/>
        <source>Show the requests that would be sent (Ctrl+Shift+P)</source>
        <translation>Afficher les requêtes qui seraient envoyées (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="202"/>
        <source>Queue the purge (Ctrl+Return)</source>
        <translation>Mettre la purge en file (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="253"/>
        <source>%1 (unknown type %2)</source>
        <translation>%1 (type %2 inconnu)</translation>
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
Correspondances&#xa0;: %2
Invalidation&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="264"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="264"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="334"/>
        <source>Mark the cached copies stale; they may still be served while the origin is asked again</source>
        <translation>Marquer les copies en cache comme périmées&#xa0;; elles peuvent encore être servies pendant que l’origine est réinterrogée</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="335"/>
        <source>Choose sources first</source>
        <translation>Choisissez d’abord des sources</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="336"/>
        <source>Not supported by %1</source>
        <translation>Non pris en charge par %1</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="338"/>
        <source>The chosen sources have no match kind in common; purge them separately.</source>
        <translation>Les sources choisies n’ont aucun type de correspondance en commun&#xa0;; purgez-les séparément.</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="348"/>
        <source>targets read from %1 when the purge runs</source>
        <translation>cibles lues dans %1 au moment de la purge</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="350"/>
        <source>the files changed in %1 (%2)</source>
        <translation>les fichiers modifiés dans %1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="352"/>
        <source>%1..%2</source>
        <translation>%1..%2</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="355"/>
        <source>cache key modifier %1</source>
        <translation>modificateur de clé de cache %1</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="356"/>
        <source>Also from the preset: %1.</source>
        <translation>Également issu du préréglage&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="372"/>
        <source>Purge &amp;everything…</source>
        <translation>&amp;Tout purger…</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="373"/>
        <source>Invalidate</source>
        <translation>Invalider</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="374"/>
        <source>Purge</source>
        <translation>Purger</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="377"/>
        <source>Everything the chosen sources cache</source>
        <translation>Tout ce que les sources choisies mettent en cache</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="377"/>
        <location filename="../widgets/composerpanel.cpp" line="495"/>
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n cible</numerusform>
            <numerusform>%n cibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="379"/>
        <source>, %n file(s) not mapped</source>
        <translation>
            <numerusform>, %n fichier sans correspondance</numerusform>
            <numerusform>, %n fichiers sans correspondance</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="421"/>
        <source>source %1, setting map: %2</source>
        <translation>source %1, paramètre map&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="425"/>
        <source>the preset&apos;s changed files need a path mapping: set the map setting of %1</source>
        <translation>les fichiers modifiés du préréglage nécessitent une correspondance de chemins&#xa0;: définissez le paramètre map de %1</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="456"/>
        <source>No source named %1.</source>
        <translation>Aucune source nommée %1.</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="458"/>
        <source>The chosen sources do not support matching %1.</source>
        <translation>Les sources choisies ne prennent pas en charge la correspondance %1.</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="460"/>
        <source>The chosen sources cannot invalidate; Purge is selected instead.</source>
        <translation>Les sources choisies ne peuvent pas invalider&#xa0;; Purger est sélectionné à la place.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="492"/>
        <source>%n request(s) will purge everything cached by %1.</source>
        <translation>
            <numerusform>%n requête purgera tout ce que %1 met en cache.</numerusform>
            <numerusform>%n requêtes purgeront tout ce que %1 met en cache.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="494"/>
        <source>%n request(s) (batches) to %1 for %2.</source>
        <translation>
            <numerusform>%n requête (lot) vers %1 pour %2.</numerusform>
            <numerusform>%n requêtes (lots) vers %1 pour %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="515"/>
        <source>Purge everything cached by %1?

Every cached object will be fetched from the origin again; this cannot be undone.</source>
        <translation>Purger tout ce que %1 met en cache&#xa0;?

Chaque objet en cache sera de nouveau récupéré depuis l’origine&#xa0;; cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="518"/>
        <source>Purge everything</source>
        <translation>Tout purger</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="519"/>
        <source>Nothing was purged.</source>
        <translation>Rien n’a été purgé.</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="525"/>
        <source>Nothing was queued: %1</source>
        <translation>Rien n’a été mis en file&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/composerpanel.cpp" line="528"/>
        <source>Queued %n request(s).</source>
        <translation>
            <numerusform>%n requête mise en file.</numerusform>
            <numerusform>%n requêtes mises en file.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="538"/>
        <source>Choose at least one source.</source>
        <translation>Choisissez au moins une source.</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="541"/>
        <source>Save as preset</source>
        <translation>Enregistrer comme préréglage</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="541"/>
        <source>Preset name:</source>
        <translation>Nom du préréglage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="545"/>
        <source>Replace preset</source>
        <translation>Remplacer le préréglage</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="545"/>
        <source>A preset named %1 exists. Replace it?</source>
        <translation>Un préréglage nommé %1 existe. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="548"/>
        <source>Could not save the preset: %1</source>
        <translation>Impossible d’enregistrer le préréglage&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../widgets/composerpanel.cpp" line="551"/>
        <source>Saved preset %1.</source>
        <translation>Préréglage %1 enregistré.</translation>
    </message>
</context>
<context>
    <name>DBusNotifications</name>
    <message>
        <location filename="../widgets/dbusnotifications.cpp" line="69"/>
        <source>no D-Bus session bus</source>
        <translation>aucun bus de session D-Bus</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/storage/database.cpp" line="116"/>
        <source>cannot create profile directory %1</source>
        <translation>impossible de créer le dossier de profil %1</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="123"/>
        <source>cannot open database in %1: %2</source>
        <translation>impossible d’ouvrir la base de données dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="160"/>
        <source>database migration %1 failed: %2</source>
        <translation>la migration %1 de la base de données a échoué&#xa0;: %2</translation>
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
        <location filename="../widgets/gitchangesdialog.cpp" line="39"/>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="41"/>
        <source>modified</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="43"/>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="45"/>
        <source>renamed</source>
        <translation>renommé</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="54"/>
        <source>Last two deploys in a &amp;revisions.log:</source>
        <translation>Deux derniers déploiements d’un &amp;revisions.log&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="55"/>
        <source>Two re&amp;visions:</source>
        <translation>Deux ré&amp;visions&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="62"/>
        <source>Add changed files from git</source>
        <translation>Ajouter les fichiers modifiés depuis git</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="66"/>
        <location filename="../widgets/gitchangesdialog.cpp" line="208"/>
        <source>Repository folder</source>
        <translation>Dossier du dépôt</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="67"/>
        <source>A work tree, a bare repository or a Capistrano deploy folder</source>
        <translation>Une copie de travail, un dépôt nu ou un dossier de déploiement Capistrano</translation>
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
        <translation>Choisir le dossier du dépôt</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="80"/>
        <source>revisions.log file</source>
        <translation>Fichier revisions.log</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="83"/>
        <source>Choose the revisions.log file</source>
        <translation>Choisir le fichier revisions.log</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="86"/>
        <source>From revision</source>
        <translation>Révision de départ</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="88"/>
        <source>To revision</source>
        <translation>Révision d’arrivée</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="96"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="100"/>
        <source>Which files</source>
        <translation>Quels fichiers</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="101"/>
        <source>Images only</source>
        <translation>Images uniquement</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="102"/>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="104"/>
        <source>Only paths matching these globs, e.g. public/**</source>
        <translation>Uniquement les chemins correspondant à ces globs, p. ex. public/**</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="106"/>
        <source>Leave out paths matching these globs, e.g. **/*.psd</source>
        <translation>Exclure les chemins correspondant à ces globs, p. ex. **/*.psd</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="108"/>
        <source>PATH_PREFIX=URL_PREFIX, e.g. public=https://www.example.com</source>
        <translation>PATH_PREFIX=URL_PREFIX, p. ex. public=https://www.example.com</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="119"/>
        <source>Re&amp;pository:</source>
        <translation>&amp;Dépôt&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="123"/>
        <source>&amp;Files:</source>
        <translation>&amp;Fichiers&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="124"/>
        <source>&amp;Include:</source>
        <translation>&amp;Inclure&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="125"/>
        <source>E&amp;xclude:</source>
        <translation>E&amp;xclure&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="126"/>
        <source>&amp;Map:</source>
        <translation>&amp;Correspondance&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="128"/>
        <source>&amp;Show changes</source>
        <translation>Afficher les &amp;modifications</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="133"/>
        <source>Check all</source>
        <translation>Tout cocher</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="136"/>
        <source>Check none</source>
        <translation>Tout décocher</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="147"/>
        <source>Changed files</source>
        <translation>Fichiers modifiés</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="150"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="150"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="150"/>
        <source>URL or reason</source>
        <translation>URL ou raison</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="157"/>
        <source>&amp;Add URLs</source>
        <translation>&amp;Ajouter les URL</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="223"/>
        <source>revisions.log</source>
        <translation>revisions.log</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="224"/>
        <source>Capistrano revisions log (revisions.log);;All files (*)</source>
        <translation>Journal des révisions Capistrano (revisions.log);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="257"/>
        <source>%1..%2</source>
        <translation>%1..%2</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="258"/>
        <source>releases %1..%2</source>
        <translation>versions %1..%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/gitchangesdialog.cpp" line="259"/>
        <source>%1: %n changed file(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n fichier modifié</numerusform>
            <numerusform>%1&#xa0;: %n fichiers modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/gitchangesdialog.cpp" line="260"/>
        <source>, %n selected</source>
        <translation>
            <numerusform>, %n sélectionné</numerusform>
            <numerusform>, %n sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="262"/>
        <source>; no path mapping, so no URLs</source>
        <translation>&#xa0;; aucune correspondance de chemins, donc aucune URL</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="279"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="291"/>
        <source>no mapping rule covers this path</source>
        <translation>aucune règle de correspondance ne couvre ce chemin</translation>
    </message>
    <message>
        <location filename="../widgets/gitchangesdialog.cpp" line="293"/>
        <source>no path mapping: fill in Map</source>
        <translation>aucune correspondance de chemins&#xa0;: remplissez Correspondance</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/gitchangesdialog.cpp" line="347"/>
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
        <location filename="../app/cli/historycommands.cpp" line="40"/>
        <source>unknown --state &quot;%1&quot;: use queued, sending, waiting-for-status, retry-scheduled, succeeded, failed or cancelled</source>
        <translation>--state «&#xa0;%1&#xa0;» inconnu&#xa0;: utilisez queued, sending, waiting-for-status, retry-scheduled, succeeded, failed ou cancelled</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommands.cpp" line="47"/>
        <source>--limit must be a positive whole number, not &quot;%1&quot;</source>
        <translation>--limit doit être un entier positif, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommands.cpp" line="51"/>
        <source>--request must be a request id, not &quot;%1&quot;</source>
        <translation>--request doit être un identifiant de requête, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommands.cpp" line="96"/>
        <source>give transaction ids or --failed, not both</source>
        <translation>indiquez des identifiants de transaction ou --failed, pas les deux</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommands.cpp" line="100"/>
        <source>no failed transactions</source>
        <translation>aucune transaction en échec</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommands.cpp" line="105"/>
        <source>retry needs transaction ids or --failed</source>
        <translation>retry nécessite des identifiants de transaction ou --failed</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommands.cpp" line="110"/>
        <source>&quot;%1&quot; is not a transaction id</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant de transaction</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommands.cpp" line="113"/>
        <source>no transaction %1</source>
        <translation>aucune transaction %1</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommands.cpp" line="115"/>
        <source>transaction %1 is %2; only failed or cancelled ones can be retried</source>
        <translation>la transaction %1 est %2&#xa0;; seules les transactions en échec ou annulées peuvent être relancées</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommands.cpp" line="132"/>
        <source>%1 transaction(s) were being sent when their process stopped; queued again</source>
        <translation>%1 transaction(s) étaient en cours d’envoi quand leur processus s’est arrêté&#xa0;; remises en file</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommands.cpp" line="137"/>
        <source>%1 open transaction(s) belong to another running Purgeline process and are left to it</source>
        <translation>%1 transaction(s) ouverte(s) appartiennent à un autre processus Purgeline en cours et lui sont laissées</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommands.cpp" line="141"/>
        <source>nothing to resume</source>
        <translation>rien à reprendre</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../widgets/historypanel.cpp" line="30"/>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="31"/>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="49"/>
        <source>&amp;Run again</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="49"/>
        <source>Ctrl+Shift+Return</source>
        <translation>Ctrl+Shift+Return</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="50"/>
        <source>Send the selected requests again: same sources, action, match and targets</source>
        <translation>Renvoyer les requêtes sélectionnées&#xa0;: mêmes sources, action, correspondance et cibles</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="51"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="51"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="52"/>
        <source>Save the rows shown as a CSV file</source>
        <translation>Enregistrer les lignes affichées dans un fichier CSV</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="53"/>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="54"/>
        <source>Search history</source>
        <translation>Rechercher dans l’historique</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="66"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="107"/>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="108"/>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="113"/>
        <source>Limit by %1</source>
        <translation>Filtrer par %1</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="121"/>
        <source>Source filter</source>
        <translation>Filtre de source</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="126"/>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="132"/>
        <source>State filter</source>
        <translation>Filtre d’état</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="135"/>
        <source>URL, source or error contains…</source>
        <translation>URL, source ou erreur contient…</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="137"/>
        <source>Search text</source>
        <translation>Texte recherché</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="160"/>
        <source>Number of results</source>
        <translation>Nombre de résultats</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="204"/>
        <source>Newest %L1 matches shown; narrow the filter to see older ones</source>
        <translation>Les %L1 résultats les plus récents sont affichés&#xa0;; affinez le filtre pour voir les plus anciens</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/historypanel.cpp" line="206"/>
        <source>%Ln transaction(s)</source>
        <translation>
            <numerusform>%Ln transaction</numerusform>
            <numerusform>%Ln transactions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="229"/>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="256"/>
        <source>request %1 has no transactions</source>
        <translation>la requête %1 n’a aucune transaction</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="303"/>
        <source>Purge everything</source>
        <translation>Tout purger</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="304"/>
        <source>Run request %1 again and purge everything cached by %2?</source>
        <translation>Relancer la requête %1 et purger tout ce que %2 met en cache&#xa0;?</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="312"/>
        <source>request %1: %2</source>
        <translation>requête %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="319"/>
        <source>Could not run again: %1</source>
        <translation>Impossible de relancer&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/historypanel.cpp" line="321"/>
        <source>%n request(s) queued again</source>
        <translation>
            <numerusform>%n requête remise en file</numerusform>
            <numerusform>%n requêtes remises en file</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="385"/>
        <location filename="../widgets/historypanel.cpp" line="393"/>
        <source>Export history</source>
        <translation>Exporter l’historique</translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="386"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/historypanel.cpp" line="391"/>
        <source>Exported %Ln transaction(s) to %1</source>
        <translation>
            <numerusform>%Ln transaction exportée vers %1</numerusform>
            <numerusform>%Ln transactions exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/historypanel.cpp" line="393"/>
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
        <location filename="../app/net/httpclient.cpp" line="88"/>
        <source>invalid request URL &quot;%1&quot;</source>
        <translation>URL de requête «&#xa0;%1&#xa0;» invalide</translation>
    </message>
    <message>
        <location filename="../app/net/httpclient.cpp" line="91"/>
        <source>unsupported URL scheme &quot;%1&quot; in %2</source>
        <translation>schéma d’URL «&#xa0;%1&#xa0;» non pris en charge dans %2</translation>
    </message>
    <message>
        <location filename="../app/net/httpclient.cpp" line="94"/>
        <source>credentials are never sent over plain http:// (to %1); use https://</source>
        <translation>les identifiants ne sont jamais envoyés en http:// non chiffré (vers %1)&#xa0;; utilisez https://</translation>
    </message>
    <message>
        <location filename="../app/net/httpclient.cpp" line="98"/>
        <source>header &quot;%1&quot; contains a line break or is malformed</source>
        <translation>l’en-tête « %1 » contient un saut de ligne ou est mal formé</translation>
    </message>
    <message>
        <location filename="../app/net/httpclient.cpp" line="102"/>
        <source>invalid HTTP method &quot;%1&quot;</source>
        <translation>méthode HTTP « %1 » invalide</translation>
    </message>
    <message>
        <location filename="../app/net/httpclient.cpp" line="113"/>
        <source>libcurl could not be initialised</source>
        <translation>libcurl n’a pas pu être initialisée</translation>
    </message>
    <message>
        <location filename="../app/net/httpclient.cpp" line="127"/>
        <source>libcurl did not take the transfer</source>
        <translation>libcurl n’a pas accepté le transfert</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="28"/>
        <source>the server sent a malformed reply: %1</source>
        <translation>le serveur a envoyé une réponse mal formée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="36"/>
        <source>libcurl could not start a transfer</source>
        <translation>libcurl n’a pas pu démarrer de transfert</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="52"/>
        <source>libcurl refused option %1: %2</source>
        <translation>libcurl a refusé l’option %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="155"/>
        <source>unexpected protocol switch (HTTP 101)</source>
        <translation>changement de protocole inattendu (HTTP 101)</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="161"/>
        <source>header section longer than %1 bytes</source>
        <translation>section d’en-têtes de plus de %1 octets</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="187"/>
        <source>reply body larger than the %1 MiB limit</source>
        <translation>corps de réponse au-delà de la limite de %1 Mio</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="221"/>
        <location filename="../app/net/curltransfer.cpp" line="223"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="237"/>
        <source>no complete reply within %1 ms</source>
        <translation>aucune réponse complète en %1 ms</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="246"/>
        <source>could not connect: %1</source>
        <translation>connexion impossible&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="275"/>
        <source>reply body of %1 bytes is larger than the %2 MiB limit</source>
        <translation>corps de réponse de %1 octets au-delà de la limite de %2 Mio</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="287"/>
        <source>the connection closed without a reply</source>
        <translation>la connexion a été fermée sans réponse</translation>
    </message>
    <message>
        <location filename="../app/net/curltransfer.cpp" line="292"/>
        <source>refused the tunnel to %1 (HTTP %2)</source>
        <translation>a refusé le tunnel vers %1 (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../app/net/httpclient.cpp" line="143"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../app/net/httptransport.cpp" line="132"/>
        <source>proxy %1 (from %2)</source>
        <translation>proxy %1 (de %2)</translation>
    </message>
    <message>
        <location filename="../app/net/httptransport.cpp" line="133"/>
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
        <location filename="../app/providers/httppurgeprovider.cpp" line="51"/>
        <source>Purge token</source>
        <translation>Jeton de purge</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="62"/>
        <source>Prefix purge method</source>
        <translation>Méthode de purge par préfixe</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="64"/>
        <source>ban: a BAN request whose ban header carries an anchored regex of the path prefix (Varnish; needed for --match all). wildcard: PURGE of the prefix followed by &quot;*&quot; (ngx_cache_purge 2.4 or later; Debian 12&apos;s 2.3 has no partial purge and answers 404).</source>
        <translation>ban&#xa0;: une requête BAN dont l’en-tête ban porte une regex ancrée du préfixe de chemin (Varnish&#xa0;; nécessaire pour --match all). wildcard&#xa0;: PURGE du préfixe suivi de &quot;*&quot; (ngx_cache_purge 2.4 ou ultérieur&#xa0;; la 2.3 de Debian 12 ne fait pas de purge partielle et répond 404).</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="67"/>
        <source>Ban header</source>
        <translation>En-tête ban</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="68"/>
        <source>Header of BAN requests that carries the regex, e.g. &quot;^/img/&quot;; the VCL passes it to ban(&quot;req.url ~ &quot; + req.http.&lt;header&gt;).</source>
        <translation>En-tête des requêtes BAN qui porte la regex, p. ex. &quot;^/img/&quot;&#xa0;; la VCL la passe à ban(&quot;req.url ~ &quot; + req.http.&lt;header&gt;).</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="70"/>
        <source>Secret header</source>
        <translation>En-tête du secret</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="71"/>
        <source>Header that carries the secret on every PURGE/BAN, for caches that check a token as well as the client address; required when a secret is configured.</source>
        <translation>En-tête qui porte le secret à chaque PURGE/BAN, pour les caches qui vérifient un jeton en plus de l’adresse du client&#xa0;; obligatoire si un secret est configuré.</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="105"/>
        <source>http-purge needs at least one --endpoint: the base URL of each cache, e.g. --endpoint http://127.0.0.1:6081</source>
        <translation>http-purge nécessite au moins un --endpoint&#xa0;: l’URL de base de chaque cache, p. ex. --endpoint http://127.0.0.1:6081</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="113"/>
        <source>malformed --endpoint &quot;%1&quot;: expected an absolute http:// or https:// URL</source>
        <translation>--endpoint «&#xa0;%1&#xa0;» mal formé&#xa0;: URL absolue http:// ou https:// attendue</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="115"/>
        <source>--endpoint &quot;%1&quot; must not have a query or fragment: the target&apos;s path and query are appended to it</source>
        <translation>--endpoint «&#xa0;%1&#xa0;» ne doit avoir ni query ni fragment&#xa0;: le chemin et la query de la cible y sont ajoutés</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="118"/>
        <source>--endpoint &quot;%1&quot; must not carry a user name or password; put a token in the secret and name its header with --set secret_header=NAME</source>
        <translation>--endpoint «&#xa0;%1&#xa0;» ne doit contenir ni nom d’utilisateur ni mot de passe&#xa0;; mettez un jeton dans le secret et nommez son en-tête avec --set secret_header=NOM</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="124"/>
        <source>--endpoint &quot;%1&quot; is given twice</source>
        <translation>--endpoint «&#xa0;%1&#xa0;» est indiqué deux fois</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="129"/>
        <source>prefix_method &quot;%1&quot; is not one of: ban, wildcard</source>
        <translation>prefix_method «&#xa0;%1&#xa0;» n’est ni ban ni wildcard</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="132"/>
        <source>ban_header &quot;%1&quot; is not a valid HTTP header name</source>
        <translation>ban_header «&#xa0;%1&#xa0;» n’est pas un nom d’en-tête HTTP valide</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="136"/>
        <source>secret_header &quot;%1&quot; is not a valid HTTP header name</source>
        <translation>secret_header «&#xa0;%1&#xa0;» n’est pas un nom d’en-tête HTTP valide</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="139"/>
        <source>secret_header &quot;%1&quot; collides with the Host or ban header the purge needs</source>
        <translation>secret_header «&#xa0;%1&#xa0;» entre en conflit avec l’en-tête Host ou ban nécessaire à la purge</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="142"/>
        <source>a secret is configured but secret_header is not set: --set secret_header=NAME names the header that carries it (e.g. X-Purge-Token)</source>
        <translation>un secret est configuré mais secret_header n’est pas défini&#xa0;: --set secret_header=NOM nomme l’en-tête qui le porte (p. ex. X-Purge-Token)</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="152"/>
        <source>--match all needs BAN support: it is only available with --set prefix_method=ban (Varnish)</source>
        <translation>--match all nécessite la prise en charge de BAN&#xa0;: disponible uniquement avec --set prefix_method=ban (Varnish)</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="237"/>
        <source>ban added (HTTP %1)</source>
        <translation>ban ajouté (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="238"/>
        <source>purged (HTTP %1)</source>
        <translation>purgé (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="241"/>
        <source>the cache does not do partial purges: PURGE with a trailing &quot;*&quot; needs ngx_cache_purge 2.4 or later (Debian 12 ships 2.3); use single URLs, or prefix_method=ban on Varnish</source>
        <translation>le cache ne fait pas de purge partielle&#xa0;: PURGE avec un &quot;*&quot; final nécessite ngx_cache_purge 2.4 ou ultérieur (Debian 12 fournit la 2.3)&#xa0;; utilisez des URL individuelles, ou prefix_method=ban avec Varnish</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="247"/>
        <source>was not cached (HTTP %1)</source>
        <translation>n’était pas en cache (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="250"/>
        <source>the cache refused %1 from this client; most likely its purge ACL does not allow it: the VCL&apos;s acl checked in vcl_recv (Varnish), the proxy_cache_purge location&apos;s allow rules (nginx), or &quot;acl PURGE method PURGE&quot; with &quot;http_access allow PURGE&quot; for this address (Squid)</source>
        <translation>le cache a refusé %1 de ce client&#xa0;; son ACL de purge ne l’autorise probablement pas&#xa0;: l’acl de la VCL vérifiée dans vcl_recv (Varnish), les règles allow de la location proxy_cache_purge (nginx), ou &quot;acl PURGE method PURGE&quot; avec &quot;http_access allow PURGE&quot; pour cette adresse (Squid)</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="256"/>
        <source>; nginx and Squid have no BAN at all (use prefix_method=wildcard with ngx_cache_purge 2.4 or later)</source>
        <translation>&#xa0;; nginx et Squid n’ont pas du tout de BAN (utilisez prefix_method=wildcard avec ngx_cache_purge 2.4 ou ultérieur)</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="260"/>
        <source>; or it rejected the secret sent in %1</source>
        <translation>&#xa0;; ou il a rejeté le secret envoyé dans %1</translation>
    </message>
    <message>
        <location filename="../app/providers/httppurgeprovider.cpp" line="264"/>
        <source>the cache has no handler for %1 requests; add one to its configuration</source>
        <translation>le cache n’a pas de gestionnaire pour les requêtes %1&#xa0;; ajoutez-en un à sa configuration</translation>
    </message>
</context>
<context>
    <name>HttpReply</name>
    <message>
        <location filename="../app/core/httpexchange.cpp" line="87"/>
        <source>timeout: %1</source>
        <translation>délai dépassé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/core/httpexchange.cpp" line="88"/>
        <source>network error: %1</source>
        <translation>erreur réseau&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/core/httpexchange.cpp" line="89"/>
        <source>TLS error: %1</source>
        <translation>erreur TLS&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/core/httpexchange.cpp" line="90"/>
        <source>not sent: %1</source>
        <translation>non envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/core/httpexchange.cpp" line="91"/>
        <source>cancelled</source>
        <translation>annulé</translation>
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
        <location filename="../app/providers/imgixprovider.cpp" line="25"/>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="36"/>
        <source>API version</source>
        <translation>Version de l’API</translation>
    </message>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="37"/>
        <source>v1: POST /api/v1/purge with a Bearer key that has the Purge permission; legacy: the old POST /v2/image/purger with Basic auth</source>
        <translation>v1&#xa0;: POST /api/v1/purge avec une clé Bearer disposant de l’autorisation Purge&#xa0;; legacy&#xa0;: l’ancien POST /v2/image/purger avec authentification Basic</translation>
    </message>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="61"/>
        <source>setting api is &quot;%1&quot;: expected v1 or legacy</source>
        <translation>le paramètre api vaut «&#xa0;%1&#xa0;»&#xa0;: v1 ou legacy attendu</translation>
    </message>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="73"/>
        <source>imgix purges exact URLs only, but &quot;%1&quot; ends with the wildcard *</source>
        <translation>imgix ne purge que des URL exactes, mais «&#xa0;%1&#xa0;» se termine par le joker *</translation>
    </message>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="157"/>
        <source>reply unreadable; no purge id</source>
        <translation>réponse illisible&#xa0;; aucun identifiant de purge</translation>
    </message>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="163"/>
        <source>imgix answered HTTP %1 but reported errors for %2: %3</source>
        <translation>imgix a répondu HTTP %1 mais a signalé des erreurs pour %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="169"/>
        <source>reply carries no purge id</source>
        <translation>la réponse ne contient aucun identifiant de purge</translation>
    </message>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="176"/>
        <source>duplicate purge of %1 within 10 s (HTTP 409); imgix still purges it</source>
        <translation>purge en double de %1 en moins de 10 s (HTTP 409)&#xa0;; imgix la purge quand même</translation>
    </message>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="179"/>
        <source>imgix rejected the API key (HTTP 401); check the source&apos;s API key</source>
        <translation>imgix a rejeté la clé d’API (HTTP 401)&#xa0;; vérifiez la clé d’API de la source</translation>
    </message>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="181"/>
        <source>imgix refused the purge (HTTP 403); the API key needs the Purge permission</source>
        <translation>imgix a refusé la purge (HTTP 403)&#xa0;; la clé d’API doit avoir l’autorisation Purge</translation>
    </message>
    <message>
        <location filename="../app/providers/imgixprovider.cpp" line="185"/>
        <source>imgix rejected the purge of %1 (HTTP %2)</source>
        <translation>imgix a rejeté la purge de %1 (HTTP %2)</translation>
    </message>
</context>
<context>
    <name>InstartProvider</name>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="31"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="41"/>
        <source>Customer (company name)</source>
        <translation>Client (nom de la société)</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="46"/>
        <source>The company name in the API path: https://api.instartlogic.com/&lt;customer&gt;/v1/...</source>
        <translation>Le nom de la société dans le chemin de l’API&#xa0;: https://api.instartlogic.com/&lt;customer&gt;/v1/...</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="48"/>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="53"/>
        <source>The Instart Logic portal user; the password is the secret</source>
        <translation>L’utilisateur du portail Instart Logic&#xa0;; le mot de passe est le secret</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="55"/>
        <source>Status poll interval (seconds)</source>
        <translation>Intervalle d’interrogation de l’état (secondes)</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="60"/>
        <source>How often a pending purge transaction is checked</source>
        <translation>Fréquence de vérification d’une transaction de purge en attente</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="62"/>
        <source>Status poll time limit (seconds)</source>
        <translation>Durée maximale d’interrogation de l’état (secondes)</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="67"/>
        <source>How long a purge transaction may stay pending before it counts as failed</source>
        <translation>Durée pendant laquelle une transaction de purge peut rester en attente avant d’être considérée en échec</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="88"/>
        <source>setting customer is missing: set it to the company name of the Instart Logic account</source>
        <translation>le paramètre customer est manquant&#xa0;: indiquez le nom de la société du compte Instart Logic</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="91"/>
        <source>setting customer &quot;%1&quot; must be the bare company name: it may not contain white space or any of / ? # % \</source>
        <translation>le paramètre customer «&#xa0;%1&#xa0;» doit être le seul nom de la société&#xa0;: ni espace ni aucun de /&#xa0;? # % \</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="96"/>
        <source>setting user is missing: set it to the Instart Logic user name</source>
        <translation>le paramètre user est manquant&#xa0;: indiquez le nom d’utilisateur Instart Logic</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="98"/>
        <source>setting user &quot;%1&quot; has leading or trailing white space</source>
        <translation>le paramètre user «&#xa0;%1&#xa0;» commence ou se termine par des espaces</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="100"/>
        <source>setting user &quot;%1&quot; must not contain &apos;:&apos;</source>
        <translation>le paramètre user «&#xa0;%1&#xa0;» ne doit pas contenir &apos;:&apos;</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="110"/>
        <source>setting %1 &quot;%2&quot; must be a number of seconds, at least %3</source>
        <translation>le paramètre %1 «&#xa0;%2&#xa0;» doit être un nombre de secondes, au moins %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/instartprovider.cpp" line="115"/>
        <source>provider instart takes one --endpoint, but %n were given</source>
        <translation>
            <numerusform>le fournisseur instart accepte un seul --endpoint, mais %n a été indiqué</numerusform>
            <numerusform>le fournisseur instart accepte un seul --endpoint, mais %n ont été indiqués</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="124"/>
        <source>target &quot;%1&quot; contains white space or control characters</source>
        <translation>la cible «&#xa0;%1&#xa0;» contient des espaces ou des caractères de contrôle</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="129"/>
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
        <location filename="../app/providers/instartprovider.cpp" line="143"/>
        <source>target &quot;%1&quot; has no host</source>
        <translation>la cible «&#xa0;%1&#xa0;» n’a pas d’hôte</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="149"/>
        <source>target &quot;%1&quot;: a &apos;*&apos; in the host is only allowed as its whole first label, as in http://*.example.net/</source>
        <translation>cible «&#xa0;%1&#xa0;»&#xa0;: un &apos;*&apos; dans l’hôte n’est permis que comme premier label entier, comme dans http://*.example.net/</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="156"/>
        <source>target &quot;%1&quot;: &quot;%2&quot; is not a valid host name (write internationalized names in their xn-- form)</source>
        <translation>cible «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» n’est pas un nom d’hôte valide (écrivez les noms internationalisés sous leur forme xn--)</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="161"/>
        <source>target &quot;%1&quot; has no path: add at least &quot;/&quot; after the host</source>
        <translation>la cible «&#xa0;%1&#xa0;» n’a pas de chemin&#xa0;: ajoutez au moins &quot;/&quot; après l’hôte</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="163"/>
        <source>target &quot;%1&quot; must not contain a fragment (#...): caches never see it</source>
        <translation>la cible «&#xa0;%1&#xa0;» ne doit pas contenir de fragment (#...)&#xa0;: les caches ne le voient jamais</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="167"/>
        <source>target &quot;%1&quot;: &apos;*&apos; in the path is taken literally by Instart Logic; use --match prefix with the path up to where the &apos;*&apos; was</source>
        <translation>cible «&#xa0;%1&#xa0;»&#xa0;: Instart Logic prend un &apos;*&apos; du chemin au pied de la lettre&#xa0;; utilisez --match prefix avec le chemin jusqu’à l’emplacement du &apos;*&apos;</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="178"/>
        <source>--cache-key-modifier &quot;%1&quot;: Instart Logic allows a &apos;*&apos; wildcard only at the end, as in &quot;device_type_*&quot;</source>
        <translation>--cache-key-modifier «&#xa0;%1&#xa0;»&#xa0;: Instart Logic n’autorise un joker &apos;*&apos; qu’à la fin, comme dans &quot;device_type_*&quot;</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="183"/>
        <source>--cache-key-modifier &quot;%1&quot; contains white space or control characters</source>
        <translation>--cache-key-modifier «&#xa0;%1&#xa0;» contient des espaces ou des caractères de contrôle</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="190"/>
        <source>provider instart does not support --match %1: use exact or prefix</source>
        <translation>le fournisseur instart ne prend pas en charge --match %1&#xa0;: utilisez exact ou prefix</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="193"/>
        <source>no targets given</source>
        <translation>aucune cible indiquée</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="196"/>
        <source>--cache-key-modifier works only with --match prefix: Instart Logic answers 400 Bad Request when cache_key_modifier_regex is sent with an exact match</source>
        <translation>--cache-key-modifier ne fonctionne qu’avec --match prefix&#xa0;: Instart Logic répond 400 Bad Request si cache_key_modifier_regex est envoyé avec une correspondance exacte</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="301"/>
        <source>HTTP 400: Instart Logic did not validate the request (the user may not be allowed to purge this domain, or no configuration exists for the path)</source>
        <translation>HTTP 400&#xa0;: Instart Logic n’a pas validé la requête (l’utilisateur n’a peut-être pas le droit de purger ce domaine, ou aucune configuration n’existe pour ce chemin)</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="308"/>
        <source>HTTP %1: authentication failed: Instart Logic rejected the user name and password (or token); check the source&apos;s user setting and secret</source>
        <translation>HTTP %1&#xa0;: échec de l’authentification&#xa0;: Instart Logic a rejeté le nom d’utilisateur et le mot de passe (ou le jeton)&#xa0;; vérifiez le paramètre user et le secret de la source</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="314"/>
        <source>HTTP 404: no such API path; check the source&apos;s customer setting and endpoint</source>
        <translation>HTTP 404&#xa0;: chemin d’API inexistant&#xa0;; vérifiez le paramètre customer et l’endpoint de la source</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="317"/>
        <source>HTTP 405: the API does not allow this method here; check the source&apos;s endpoint</source>
        <translation>HTTP 405&#xa0;: l’API n’autorise pas cette méthode ici&#xa0;; vérifiez l’endpoint de la source</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="320"/>
        <source>HTTP 406: the API cannot answer in a format this request accepts</source>
        <translation>HTTP 406&#xa0;: l’API ne peut répondre dans aucun format accepté par cette requête</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="327"/>
        <source>Instart Logic answers 503 above 2 purge requests per second per customer</source>
        <translation>Instart Logic répond 503 au-delà de 2 requêtes de purge par seconde et par client</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="367"/>
        <source>malformed reply: HTTP %1 without a readable transaction_id; the purge may have been accepted, but its progress cannot be followed</source>
        <translation>réponse mal formée&#xa0;: HTTP %1 sans transaction_id lisible&#xa0;; la purge a peut-être été acceptée, mais son avancement ne peut pas être suivi</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="370"/>
        <source>empty body</source>
        <translation>corps vide</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="372"/>
        <source>accepted as transaction %1</source>
        <translation>acceptée comme transaction %1</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="395"/>
        <source>malformed transaction status reply (not a JSON object)</source>
        <translation>réponse d’état de transaction mal formée (pas un objet JSON)</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="401"/>
        <source>malformed transaction status reply: no transaction_response.transaction_status</source>
        <translation>réponse d’état de transaction mal formée&#xa0;: pas de transaction_response.transaction_status</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="407"/>
        <source>purge completed</source>
        <translation>purge terminée</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="408"/>
        <source>transaction %1 completed</source>
        <translation>transaction %1 terminée</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="413"/>
        <source>malformed transaction status reply: PENDING without a transaction_id</source>
        <translation>réponse d’état de transaction mal formée&#xa0;: PENDING sans transaction_id</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="418"/>
        <source>transaction %1 pending</source>
        <translation>transaction %1 en attente</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="422"/>
        <source>the transaction</source>
        <translation>la transaction</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="422"/>
        <source>transaction %1</source>
        <translation>transaction %1</translation>
    </message>
    <message>
        <location filename="../app/providers/instartprovider.cpp" line="424"/>
        <source>%1 ended with status %2</source>
        <translation>%1 s’est terminée avec l’état %2</translation>
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
        <translation>&amp;Purge</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="59"/>
        <location filename="../widgets/mainwindow.cpp" line="161"/>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="77"/>
        <source>Request %1 queued: %n transaction(s)</source>
        <translation>
            <numerusform>Requête %1 mise en file&#xa0;: %n transaction</numerusform>
            <numerusform>Requête %1 mise en file&#xa0;: %n transactions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="130"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="132"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="134"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="142"/>
        <source>&amp;Purge now</source>
        <translation>&amp;Purger maintenant</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="143"/>
        <source>Pre&amp;view…</source>
        <translation>&amp;Aperçu…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="144"/>
        <source>From &amp;git…</source>
        <translation>Depuis &amp;git…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="145"/>
        <source>Save as p&amp;reset…</source>
        <translation>Enregistrer comme p&amp;réréglage…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="147"/>
        <source>Retry all &amp;failed</source>
        <translation>Relancer tous les &amp;échecs</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="148"/>
        <source>&amp;Cancel all pending</source>
        <translation>A&amp;nnuler tous les envois en attente</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="149"/>
        <source>P&amp;ause queue</source>
        <translation>Mettre la file en pa&amp;use</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="156"/>
        <source>Queue paused: nothing new is sent</source>
        <translation>File en pause&#xa0;: rien de nouveau n’est envoyé</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="156"/>
        <source>Queue running</source>
        <translation>File en cours</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="159"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="162"/>
        <source>&amp;Find transaction</source>
        <translation>&amp;Rechercher une transaction</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="164"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="165"/>
        <source>&amp;About Purgeline</source>
        <translation>À &amp;propos de Purgeline</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="166"/>
        <source>About Purgeline</source>
        <translation>À propos de Purgeline</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="167"/>
        <source>&lt;b&gt;Purgeline %1&lt;/b&gt;&lt;p&gt;Purges caches: CDNs, HTTP caches and page-cache directories, as recorded, paced and retried transactions.&lt;/p&gt;&lt;p&gt;Profile: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;Purgeline %1&lt;/b&gt;&lt;p&gt;Purge les caches&#xa0;: CDN, caches HTTP et dossiers de cache de pages, sous forme de transactions enregistrées, cadencées et relancées.&lt;/p&gt;&lt;p&gt;Profil&#xa0;: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="181"/>
        <source>Preset &quot;%1&quot;</source>
        <translation>Préréglage «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="184"/>
        <source>Preset &quot;%1&quot;: request %2 queued</source>
        <translation>Préréglage «&#xa0;%1&#xa0;»&#xa0;: requête %2 mise en file</translation>
    </message>
</context>
<context>
    <name>MemcachierProvider</name>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="21"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="30"/>
        <source>Cache ID</source>
        <translation>ID du cache</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="31"/>
        <source>The cache ID shown on the Settings page of the MemCachier analytics dashboard</source>
        <translation>L’ID du cache affiché sur la page Settings du tableau de bord analytique MemCachier</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="32"/>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="33"/>
        <source>A credential user name that has the API capability</source>
        <translation>Un nom d’utilisateur d’identifiants disposant de la capacité API</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="59"/>
        <source>setting cache_id is empty: give the cache ID from the analytics dashboard&apos;s Settings page</source>
        <translation>le paramètre cache_id est vide&#xa0;: indiquez l’ID du cache de la page Settings du tableau de bord analytique</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="63"/>
        <source>a space or line break</source>
        <translation>un espace ou un saut de ligne</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="64"/>
        <source>setting cache_id &quot;%1&quot; contains %2: a cache ID has only letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; and &apos;~&apos;</source>
        <translation>le paramètre cache_id «&#xa0;%1&#xa0;» contient %2&#xa0;: un ID de cache ne comporte que des lettres, chiffres, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; et &apos;~&apos;</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="69"/>
        <source>setting user is empty: give the credential user name from the analytics dashboard</source>
        <translation>le paramètre user est vide&#xa0;: indiquez le nom d’utilisateur des identifiants du tableau de bord analytique</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="72"/>
        <source>setting user &quot;%1&quot; contains &apos;:&apos;, which Basic authentication cannot carry</source>
        <translation>le paramètre user «&#xa0;%1&#xa0;» contient &apos;:&apos;, que l’authentification Basic ne peut pas transmettre</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="79"/>
        <source>provider memcachier flushes the whole cache and does not support --match %1; use --match all</source>
        <translation>le fournisseur memcachier vide tout le cache et ne prend pas en charge --match %1&#xa0;; utilisez --match all</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="121"/>
        <source>MemCachier rejected the credentials (HTTP %1%2): check the setting user &quot;%3&quot; and the password; &quot;Bad user&quot; means they do not match or the credential lacks the API capability (enable it on the analytics dashboard&apos;s Settings page). Surrounding spaces and newlines were already removed.</source>
        <translation>MemCachier a rejeté les identifiants (HTTP %1%2)&#xa0;: vérifiez le paramètre user «&#xa0;%3&#xa0;» et le mot de passe&#xa0;; &quot;Bad user&quot; signifie qu’ils ne correspondent pas ou que l’identifiant n’a pas la capacité API (activez-la sur la page Settings du tableau de bord analytique). Les espaces et sauts de ligne en bordure ont déjà été retirés.</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="126"/>
        <source>MemCachier has no cache with ID &quot;%1&quot; for this credential (HTTP 404%2): check the setting cache_id</source>
        <translation>MemCachier n’a aucun cache d’ID «&#xa0;%1&#xa0;» pour cet identifiant (HTTP 404%2)&#xa0;: vérifiez le paramètre cache_id</translation>
    </message>
    <message>
        <location filename="../app/providers/memcachierprovider.cpp" line="130"/>
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
        <location filename="../widgets/notifier.cpp" line="23"/>
        <source>Purge finished with failures</source>
        <translation>Purge terminée avec des échecs</translation>
    </message>
    <message>
        <location filename="../widgets/notifier.cpp" line="23"/>
        <source>Purge finished</source>
        <translation>Purge terminée</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/notifier.cpp" line="30"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/notifier.cpp" line="32"/>
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n réussie</numerusform>
            <numerusform>%n réussies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/notifier.cpp" line="34"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n annulée</numerusform>
            <numerusform>%n annulées</numerusform>
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
        <translation>Requête %1 sur %2</translation>
    </message>
    <message>
        <location filename="../widgets/notifier.cpp" line="37"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../widgets/notifier.cpp" line="69"/>
        <source>Show Request</source>
        <translation>Afficher la requête</translation>
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
        <location filename="../app/providers/pagecacheprovider.cpp" line="97"/>
        <source>target &quot;%1&quot; is neither an absolute http(s) URL nor a path starting with /</source>
        <translation>la cible « %1 » n’est ni une URL http(s) absolue ni un chemin commençant par /</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="99"/>
        <source>malformed target &quot;%1&quot;: %2</source>
        <translation>cible « %1 » mal formée : %2</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="104"/>
        <source>target &quot;%1&quot; contains an encoded NUL byte</source>
        <translation>la cible « %1 » contient un octet NUL encodé</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="110"/>
        <source>target &quot;%1&quot; contains a &quot;%2&quot; path segment; page-cache only removes files inside the cache directory</source>
        <translation>la cible « %1 » contient un segment de chemin « %2 » ; page-cache ne supprime que des fichiers situés dans le dossier de cache</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="182"/>
        <source>%1 is a symbolic link; page-cache never follows links, so %2 was not removed</source>
        <translation>%1 est un lien symbolique&#xa0;; page-cache ne suit jamais les liens, %2 n’a donc pas été supprimé</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="191"/>
        <source>%1 lies outside the cache directory %2; not removed</source>
        <translation>%1 se trouve hors du dossier du cache %2&#xa0;; non supprimé</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="208"/>
        <source>could not remove %1: %2</source>
        <translation>impossible de supprimer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="221"/>
        <source>could not remove directory %1/: %2</source>
        <translation>impossible de supprimer le dossier %1/&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="234"/>
        <source>%1 lies outside the cache directory %2; not swept</source>
        <translation>%1 se trouve hors du dossier du cache %2&#xa0;; non balayé</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="238"/>
        <source>could not read directory %1: permission denied</source>
        <translation>impossible de lire le dossier %1&#xa0;: permission refusée</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="258"/>
        <source>not cached: %1</source>
        <translation>pas en cache : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/pagecacheprovider.cpp" line="259"/>
        <source>not cached: %1 and %n more</source>
        <translation>
            <numerusform>pas en cache : %1 et %n autre</numerusform>
            <numerusform>pas en cache : %1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="268"/>
        <source>Rails page cache (directory)</source>
        <translation>Cache de pages Rails (dossier)</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="279"/>
        <source>Cache directory</source>
        <translation>Dossier du cache</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="280"/>
        <source>Rails&apos; page_cache_directory, e.g. /srv/app/public/cache; it must not be the public directory or contain it</source>
        <translation>Le page_cache_directory de Rails, p. ex. /srv/app/public/cache&#xa0;; il ne doit pas être le dossier public ni le contenir</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="282"/>
        <source>Public directory</source>
        <translation>Dossier public</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="283"/>
        <source>The web server&apos;s public directory, e.g. /srv/app/public; the cache directory is checked against it so a sweep never deletes the site&apos;s static files</source>
        <translation>Le dossier public du serveur web, p. ex. /srv/app/public&#xa0;; le dossier du cache est vérifié par rapport à lui pour qu’un balayage ne supprime jamais les fichiers statiques du site</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="302"/>
        <source>setting root is missing: give the page cache directory, e.g. --set root=/srv/app/public/cache</source>
        <translation>le paramètre root est manquant&#xa0;: indiquez le dossier du cache de pages, p. ex. --set root=/srv/app/public/cache</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="304"/>
        <source>setting public_root is missing: give the web server&apos;s public directory, e.g. --set public_root=/srv/app/public</source>
        <translation>le paramètre public_root est manquant&#xa0;: indiquez le dossier public du serveur web, p. ex. --set public_root=/srv/app/public</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="307"/>
        <source>setting root must be an absolute path, but is &quot;%1&quot;</source>
        <translation>le paramètre root doit être un chemin absolu, mais vaut «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="309"/>
        <source>setting public_root must be an absolute path, but is &quot;%1&quot;</source>
        <translation>le paramètre public_root doit être un chemin absolu, mais vaut «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="317"/>
        <source>root %1 is the file-system root; page-cache refuses to sweep it</source>
        <translation>root %1 est la racine du système de fichiers&#xa0;; page-cache refuse de la balayer</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="319"/>
        <source>root %1 is the public directory (public_root): sweeping it would delete the site&apos;s static files, so page-cache refuses. Set Rails&apos; page_cache_directory and root to a subdirectory such as %2/cache</source>
        <translation>root %1 est le dossier public (public_root)&#xa0;: le balayer supprimerait les fichiers statiques du site, page-cache refuse donc. Réglez le page_cache_directory de Rails et root sur un sous-dossier tel que %2/cache</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="324"/>
        <source>root %1 contains the public directory %2 (public_root): sweeping it would delete the site&apos;s static files, so page-cache refuses. Use a subdirectory such as %3/cache</source>
        <translation>root %1 contient le dossier public %2 (public_root)&#xa0;: le balayer supprimerait les fichiers statiques du site, page-cache refuse donc. Utilisez un sous-dossier tel que %3/cache</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="328"/>
        <source>root %1 is or contains the home directory %2; page-cache refuses to sweep it</source>
        <translation>root %1 est ou contient le dossier personnel %2&#xa0;; page-cache refuse de le balayer</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="331"/>
        <source>root %1 is not a directory</source>
        <translation>root %1 n’est pas un dossier</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="338"/>
        <source>provider page-cache does not support --match %1; use exact, prefix or all</source>
        <translation>le fournisseur page-cache ne prend pas en charge --match %1&#xa0;; utilisez exact, prefix ou all</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="340"/>
        <source>provider page-cache does not support --action invalidate: a cached page can only be removed</source>
        <translation>le fournisseur page-cache ne prend pas en charge --action invalidate&#xa0;: une page en cache ne peut qu’être supprimée</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="342"/>
        <source>provider page-cache does not support --cache-key-modifier</source>
        <translation>le fournisseur page-cache ne prend pas en charge --cache-key-modifier</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/pagecacheprovider.cpp" line="345"/>
        <source>--match all takes no targets, but %n were given</source>
        <translation>
            <numerusform>--match all n’accepte aucune cible, mais %n a été indiquée</numerusform>
            <numerusform>--match all n’accepte aucune cible, mais %n ont été indiquées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="349"/>
        <source>no targets given</source>
        <translation>aucune cible indiquée</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="378"/>
        <source>cache directory %1 (setting root) does not exist</source>
        <translation>le dossier du cache %1 (paramètre root) n’existe pas</translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="381"/>
        <source>public directory %1 (setting public_root) does not exist; page-cache needs it to make sure it never sweeps the public directory</source>
        <translation>le dossier public %1 (paramètre public_root) n’existe pas&#xa0;; page-cache en a besoin pour s’assurer de ne jamais balayer le dossier public</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/pagecacheprovider.cpp" line="423"/>
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (et %n autre problème)</numerusform>
            <numerusform> (et %n autres problèmes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/pagecacheprovider.cpp" line="425"/>
        <source>; %n file(s) were removed before that</source>
        <translation>
            <numerusform>&#xa0;; %n fichier avait été supprimé auparavant</numerusform>
            <numerusform>&#xa0;; %n fichiers avaient été supprimés auparavant</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="432"/>
        <source>not cached: %1 was already empty</source>
        <translation>pas en cache&#xa0;: %1 était déjà vide</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/pagecacheprovider.cpp" line="435"/>
        <source>removed %n file(s)</source>
        <translation>
            <numerusform>%n fichier supprimé</numerusform>
            <numerusform>%n fichiers supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/pagecacheprovider.cpp" line="437"/>
        <source> and %n director(y/ies)</source>
        <translation>
            <numerusform> et %n dossier</numerusform>
            <numerusform> et %n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/providers/pagecacheprovider.cpp" line="438"/>
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
    <name>Planner</name>
    <message>
        <location filename="../app/queue/planner.cpp" line="43"/>
        <source>no source given</source>
        <translation>aucune source indiquée</translation>
    </message>
    <message>
        <location filename="../app/queue/planner.cpp" line="55"/>
        <source>source &quot;%1&quot; has unknown type &quot;%2&quot;</source>
        <translation>la source «&#xa0;%1&#xa0;» a le type inconnu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/queue/planner.cpp" line="59"/>
        <location filename="../app/queue/planner.cpp" line="61"/>
        <source>source &quot;%1&quot;: %2</source>
        <translation>source «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/queue/planner.cpp" line="78"/>
        <source>source &quot;%1&quot;: target &quot;%2&quot; alone is larger than the provider&apos;s %3-byte request limit</source>
        <translation>source «&#xa0;%1&#xa0;»&#xa0;: la cible «&#xa0;%2&#xa0;» dépasse à elle seule la limite de %3 octets par requête du fournisseur</translation>
    </message>
</context>
<context>
    <name>PresetStore</name>
    <message>
        <location filename="../app/storage/presetstore.cpp" line="69"/>
        <source>a preset named &quot;%1&quot; already exists</source>
        <translation>un préréglage nommé «&#xa0;%1&#xa0;» existe déjà</translation>
    </message>
    <message>
        <location filename="../app/storage/presetstore.cpp" line="77"/>
        <source>no preset named &quot;%1&quot;</source>
        <translation>aucun préréglage nommé «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>PresetsPanel</name>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="14"/>
        <source>&amp;Run</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="15"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="15"/>
        <source>Re&amp;name</source>
        <translation>Re&amp;nommer</translation>
    </message>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="16"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="18"/>
        <source>Presets</source>
        <translation>Préréglages</translation>
    </message>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="20"/>
        <source>Saved presets</source>
        <translation>Préréglages enregistrés</translation>
    </message>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="21"/>
        <source>Run the selected preset now</source>
        <translation>Lancer maintenant le préréglage sélectionné</translation>
    </message>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="22"/>
        <source>Load the selected preset into the composer</source>
        <translation>Charger le préréglage sélectionné dans l’éditeur</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/presetspanel.cpp" line="64"/>
        <source>%1 %2 on %3; %n target(s)</source>
        <translation>
            <numerusform>%1 %2 sur %3&#xa0;; %n cible</numerusform>
            <numerusform>%1 %2 sur %3&#xa0;; %n cibles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="84"/>
        <location filename="../widgets/presetspanel.cpp" line="90"/>
        <source>Rename preset</source>
        <translation>Renommer le préréglage</translation>
    </message>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="84"/>
        <source>New name for &quot;%1&quot;:</source>
        <translation>Nouveau nom pour «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="100"/>
        <source>Delete preset</source>
        <translation>Supprimer le préréglage</translation>
    </message>
    <message>
        <location filename="../widgets/presetspanel.cpp" line="100"/>
        <source>Delete the preset &quot;%1&quot;?</source>
        <translation>Supprimer le préréglage «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../widgets/previewdialog.cpp" line="15"/>
        <source>Preview: what will be sent</source>
        <translation>Aperçu&#xa0;: ce qui sera envoyé</translation>
    </message>
    <message>
        <location filename="../widgets/previewdialog.cpp" line="25"/>
        <source>── Request %1 of %2 ──</source>
        <translation>── Requête %1 sur %2 ──</translation>
    </message>
    <message>
        <location filename="../widgets/previewdialog.cpp" line="31"/>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <location filename="../widgets/previewdialog.cpp" line="34"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../widgets/previewdialog.cpp" line="35"/>
        <source>Copy the requests as text (secrets stay redacted)</source>
        <translation>Copier les requêtes en texte (les secrets restent masqués)</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <location filename="../app/providers/provider.cpp" line="23"/>
        <source>provider %1 does not support --match %2</source>
        <translation>le fournisseur %1 ne prend pas en charge --match %2</translation>
    </message>
    <message>
        <location filename="../app/providers/provider.cpp" line="25"/>
        <source>provider %1 does not support --action invalidate</source>
        <translation>le fournisseur %1 ne prend pas en charge --action invalidate</translation>
    </message>
    <message>
        <location filename="../app/providers/provider.cpp" line="27"/>
        <source>no targets given</source>
        <translation>aucune cible indiquée</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providers/provider.cpp" line="29"/>
        <source>--match all takes no targets, but %n were given</source>
        <translation>
            <numerusform>--match all n’accepte aucune cible, mais %n a été indiquée</numerusform>
            <numerusform>--match all n’accepte aucune cible, mais %n ont été indiquées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/providers/provider.cpp" line="31"/>
        <source>provider %1 does not support --cache-key-modifier</source>
        <translation>le fournisseur %1 ne prend pas en charge --cache-key-modifier</translation>
    </message>
    <message>
        <location filename="../app/providers/provider.cpp" line="73"/>
        <source>provider %1 cannot run locally</source>
        <translation>le fournisseur %1 ne peut pas s’exécuter localement</translation>
    </message>
    <message>
        <location filename="../app/providers/provider.cpp" line="88"/>
        <source>malformed URL &quot;%1&quot;: expected an absolute http:// or https:// URL</source>
        <translation>URL «&#xa0;%1&#xa0;» mal formée&#xa0;: URL absolue http:// ou https:// attendue</translation>
    </message>
</context>
<context>
    <name>ProviderRegistry</name>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="53"/>
        <source>Timeout (seconds per attempt)</source>
        <translation>Délai (secondes par tentative)</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="54"/>
        <source>Requests in flight</source>
        <translation>Requêtes simultanées</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="55"/>
        <source>Requests per second</source>
        <translation>Requêtes par seconde</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="56"/>
        <source>Pacing; defaults to the provider&apos;s documented limit</source>
        <translation>Cadence&#xa0;; par défaut, la limite documentée du fournisseur</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="57"/>
        <source>Burst</source>
        <translation>Rafale</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="58"/>
        <source>Targets per request</source>
        <translation>Cibles par requête</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="59"/>
        <source>Capped at the provider&apos;s maximum</source>
        <translation>Plafonné au maximum du fournisseur</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="60"/>
        <source>Attempts before giving up</source>
        <translation>Tentatives avant abandon</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="61"/>
        <source>Path mapping</source>
        <translation>Correspondance de chemins</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="62"/>
        <source>PATH_PREFIX=URL_PREFIX pairs separated by spaces or &apos;;&apos;: where the files of a repository are served, for purge --changes-from (a --map on the command line takes precedence)</source>
        <translation>Paires PATH_PREFIX=URL_PREFIX séparées par des espaces ou &apos;;&apos;&#xa0;: où les fichiers d’un dépôt sont servis, pour purge --changes-from (un --map en ligne de commande est prioritaire)</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="64"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="65"/>
        <source>Empty: from the environment (https_proxy, http_proxy, no_proxy); &quot;none&quot;: connect directly; or an http://, https://, socks5:// or socks5h:// URL</source>
        <translation>Vide&#xa0;: depuis l’environnement (https_proxy, http_proxy, no_proxy)&#xa0;; «&#xa0;none&#xa0;»&#xa0;: connexion directe&#xa0;; ou une URL http://, https://, socks5:// ou socks5h://</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="67"/>
        <source>CA certificates file</source>
        <translation>Fichier des certificats d’autorité</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="68"/>
        <source>PEM file of the certificate authorities trusted for this source instead of the system&apos;s</source>
        <translation>Fichier PEM des autorités de certification approuvées pour cette source à la place de celles du système</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="70"/>
        <source>Client certificate file</source>
        <translation>Fichier du certificat client</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="71"/>
        <source>PEM certificate for servers that require one (mutual TLS)</source>
        <translation>Certificat PEM pour les serveurs qui en exigent un (TLS mutuel)</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="72"/>
        <source>Client key file</source>
        <translation>Fichier de la clé client</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="73"/>
        <source>PEM private key of the client certificate, when it is not in the certificate file</source>
        <translation>Clé privée PEM du certificat client, lorsqu’elle n’est pas dans le fichier du certificat</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="74"/>
        <source>Pinned server key</source>
        <translation>Clé de serveur épinglée</translation>
    </message>
    <message>
        <location filename="../app/providers/providerregistry.cpp" line="75"/>
        <source>sha256//BASE64 hashes of the public keys the server may have, separated by &apos;;&apos;; any other key fails the request</source>
        <translation>Empreintes sha256//BASE64 des clés publiques que le serveur peut avoir, séparées par ’;’&#xa0;; toute autre clé fait échouer la requête</translation>
    </message>
</context>
<context>
    <name>PurgeCommands</name>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="53"/>
        <source>--source NAME is required</source>
        <translation>--source NOM est obligatoire</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="58"/>
        <source>unknown --action &quot;%1&quot;: use purge or invalidate</source>
        <translation>--action « %1 » inconnue : utilisez purge ou invalidate</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="63"/>
        <source>unknown --match &quot;%1&quot;: use one of %2</source>
        <translation>--match « %1 » inconnu : utilisez l’une des valeurs %2</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="74"/>
        <source>--changes-from gives URLs: use --match exact or prefix, not %1</source>
        <translation>--changes-from fournit des URL : utilisez --match exact ou prefix, pas %1</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="80"/>
        <source>--revisions-log, --from, --to, --only, --include, --exclude and --map need --changes-from DIR</source>
        <translation>--revisions-log, --from, --to, --only, --include, --exclude et --map nécessitent --changes-from DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="94"/>
        <source>unknown source &quot;%1&quot;: no sources configured (see `purgeline source add`)</source>
        <translation>source « %1 » inconnue : aucune source configurée (voir `purgeline source add`)</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="95"/>
        <source>unknown source &quot;%1&quot;; configured: %2</source>
        <translation>source « %1 » inconnue ; configurées : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="111"/>
        <source>no path mapping for source &quot;%1&quot;: pass --map PATH_PREFIX=URL_PREFIX or set the source&apos;s map setting (source add ... --set map=PATH_PREFIX=URL_PREFIX)</source>
        <translation>aucune correspondance de chemins pour la source « %1 » : passez --map PATH_PREFIX=URL_PREFIX ou définissez le paramètre map de la source (source add ... --set map=PATH_PREFIX=URL_PREFIX)</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="117"/>
        <source>source &quot;%1&quot;, setting map: %2</source>
        <translation>source «&#xa0;%1&#xa0;», paramètre map&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="143"/>
        <source>source %1:</source>
        <translation>source %1 :</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="184"/>
        <source>no targets given: pass URLs (or tags, hosts) as arguments or with --from-file</source>
        <translation>aucune cible indiquée : passez des URL (ou des tags, des hôtes) en arguments ou avec --from-file</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="202"/>
        <source>%1 (%2, local): %3 %4 %5</source>
        <translation>%1 (%2, local) : %3 %4 %5</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="229"/>
        <source>dry run: %1 request(s) shown, nothing sent</source>
        <translation>simulation : %1 requête(s) affichée(s), rien n’a été envoyé</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="241"/>
        <source>nothing to purge: the changes selection chose no file</source>
        <translation>rien à purger : la sélection des modifications n’a retenu aucun fichier</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="261"/>
        <source>could not record the request: %1</source>
        <translation>impossible d’enregistrer la requête&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="264"/>
        <source>request %1: %2 transaction(s) queued</source>
        <translation>requête %1 : %2 transaction(s) mise(s) en file</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="295"/>
        <source>preset save needs a NAME</source>
        <translation>preset save nécessite un NOM</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="326"/>
        <source>saved preset &quot;%1&quot;</source>
        <translation>préréglage «&#xa0;%1&#xa0;» enregistré</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="348"/>
        <source>%1 target(s)</source>
        <translation>%1 cible(s)</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="348"/>
        <source>targets from %1</source>
        <translation>cibles lues dans %1</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="349"/>
        <source>, changes in %1</source>
        <translation>, modifications dans %1</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="362"/>
        <source>preset run needs exactly one NAME</source>
        <translation>preset run nécessite exactement un NOM</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="366"/>
        <location filename="../app/cli/purgecommands.cpp" line="380"/>
        <source>unknown preset &quot;%1&quot;</source>
        <translation>préréglage «&#xa0;%1&#xa0;» inconnu</translation>
    </message>
    <message>
        <location filename="../app/cli/purgecommands.cpp" line="378"/>
        <source>preset remove needs exactly one NAME</source>
        <translation>preset remove nécessite exactement un NOM</translation>
    </message>
</context>
<context>
    <name>PurgeOptions</name>
    <message>
        <location filename="../app/queue/purgeoptions.cpp" line="21"/>
        <source>cannot read target file &quot;%1&quot;: %2</source>
        <translation>impossible de lire le fichier de cibles «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PurgeQueue</name>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="107"/>
        <source>source &quot;%1&quot; no longer exists or its type is unknown</source>
        <translation>la source «&#xa0;%1&#xa0;» n’existe plus ou son type est inconnu</translation>
    </message>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="229"/>
        <source>the environment variable %1 that holds the secret of source &quot;%2&quot; is not set</source>
        <translation>la variable d’environnement %1 qui contient le secret de la source «&#xa0;%2&#xa0;» n’est pas définie</translation>
    </message>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="250"/>
        <source>cannot read the secret of source &quot;%1&quot;: %2</source>
        <translation>impossible de lire le secret de la source «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="268"/>
        <source>attempt %1</source>
        <translation>tentative %1</translation>
    </message>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="368"/>
        <source>cancelled; the provider had accepted the purge</source>
        <translation>annulée&#xa0;; le fournisseur avait accepté la purge</translation>
    </message>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="378"/>
        <source>no final status after %1 s of polling; the purge may still complete</source>
        <translation>pas d’état final après %1 s d’interrogation&#xa0;; la purge peut encore aboutir</translation>
    </message>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="386"/>
        <source>%1% done</source>
        <translation>%1 % fait</translation>
    </message>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="399"/>
        <source>split from transaction %1 after: %2</source>
        <translation>séparée de la transaction %1 après&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="405"/>
        <source>too large (%1); split into %2 + %3 targets</source>
        <translation>trop grande (%1)&#xa0;; divisée en %2 + %3 cibles</translation>
    </message>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="411"/>
        <source>too large even with a single target: %1</source>
        <translation>trop grande même avec une seule cible&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="420"/>
        <source>cancelled after: %1</source>
        <translation>annulée après&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/queue/purgequeue.cpp" line="437"/>
        <source>gave up after %n attempt(s): %1</source>
        <translation>
            <numerusform>abandon après %n tentative&#xa0;: %1</numerusform>
            <numerusform>abandon après %n tentatives&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="445"/>
        <source>%1; retrying in %2 s</source>
        <translation>%1&#xa0;; nouvelle tentative dans %2 s</translation>
    </message>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="513"/>
        <source>cancelled before it was sent</source>
        <translation>annulée avant l’envoi</translation>
    </message>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="532"/>
        <source>queued again by request</source>
        <translation>remise en file à la demande</translation>
    </message>
    <message>
        <location filename="../app/queue/purgequeue.cpp" line="553"/>
        <source>stopped while sending; queued again</source>
        <translation>arrêtée pendant l’envoi&#xa0;; remise en file</translation>
    </message>
</context>
<context>
    <name>PurgeService</name>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="43"/>
        <source>unknown source &quot;%1&quot;</source>
        <translation>source «&#xa0;%1&#xa0;» inconnue</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="53"/>
        <source>no targets given</source>
        <translation>aucune cible indiquée</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="72"/>
        <source>no path mapping for source &quot;%1&quot;: give the preset a mapping or set the source&apos;s map setting</source>
        <translation>aucune correspondance de chemins pour la source «&#xa0;%1&#xa0;»&#xa0;: donnez une correspondance au préréglage ou définissez le paramètre map de la source</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="75"/>
        <source>source &quot;%1&quot;, setting map: %2</source>
        <translation>source «&#xa0;%1&#xa0;», paramètre map&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="95"/>
        <source>nothing to purge: the selection of changed files chose no file</source>
        <translation>rien à purger&#xa0;: la sélection des fichiers modifiés n’a retenu aucun fichier</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="106"/>
        <source>could not record the request: %1</source>
        <translation>impossible d’enregistrer la requête&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/queue/purgeservice.cpp" line="120"/>
        <source>%1 (%2, on this computer): %3 %4
%5</source>
        <translation>%1 (%2, sur cet ordinateur)&#xa0;: %3 %4
%5</translation>
    </message>
</context>
<context>
    <name>QueueRunner</name>
    <message numerus="yes">
        <location filename="../app/cli/queuerunner.cpp" line="161"/>
        <source>%n transaction(s): </source>
        <translation>
            <numerusform>%n transaction&#xa0;: </numerusform>
            <numerusform>%n transactions&#xa0;: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/queuerunner.cpp" line="164"/>
        <source>stopped; unfinished work stays queued: run `purgeline resume --wait` to finish it</source>
        <translation>arrêté&#xa0;; le travail inachevé reste en file&#xa0;: lancez `purgeline resume --wait` pour le terminer</translation>
    </message>
    <message>
        <location filename="../app/cli/queuerunner.cpp" line="168"/>
        <source>open transactions are retried or polled by `purgeline resume --wait` or the Purgeline window</source>
        <translation>les transactions ouvertes sont relancées ou interrogées par `purgeline resume --wait` ou la fenêtre de Purgeline</translation>
    </message>
</context>
<context>
    <name>ReplyClassifier</name>
    <message>
        <location filename="../app/core/replyclassifier.cpp" line="72"/>
        <source>check the source&apos;s credentials</source>
        <translation>vérifiez les identifiants de la source</translation>
    </message>
    <message>
        <location filename="../app/core/replyclassifier.cpp" line="75"/>
        <source>redirect to %1 not followed</source>
        <translation>redirection vers %1 non suivie</translation>
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
        <location filename="../widgets/settingsdialog.cpp" line="28"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="30"/>
        <source>Queue</source>
        <translation>File d’attente</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="33"/>
        <source>Concurrent requests</source>
        <translation>Requêtes simultanées</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="34"/>
        <source>How many purge requests may be in flight at once, over all sources. Each source&apos;s own limit still applies.</source>
        <translation>Nombre de requêtes de purge pouvant être en cours en même temps, toutes sources confondues. La limite propre à chaque source reste appliquée.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="36"/>
        <source>&amp;Concurrent requests:</source>
        <translation>Requêtes &amp;simultanées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="38"/>
        <source>Retry attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="39"/>
        <source>How often a request is sent before it is marked as failed.</source>
        <translation>Nombre d’envois d’une requête avant qu’elle soit marquée en échec.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="40"/>
        <source>&amp;Retry attempts:</source>
        <translation>&amp;Tentatives&#xa0;:</translation>
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
        <translation>Attente maximale entre deux tentatives, en secondes</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="43"/>
        <source>The wait between attempts doubles after each failure, up to this limit. A server&apos;s Retry-After is honoured even when longer.</source>
        <translation>L’attente entre deux tentatives double après chaque échec, jusqu’à cette limite. Le Retry-After d’un serveur est respecté même s’il est plus long.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="45"/>
        <source>&amp;Longest wait between attempts:</source>
        <translation>Attente &amp;maximale entre tentatives&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="47"/>
        <source>Status polling interval in seconds</source>
        <translation>Intervalle d’interrogation de l’état, en secondes</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="48"/>
        <source>How often a provider that works asynchronously is asked whether the purge is done.</source>
        <translation>Fréquence à laquelle un fournisseur asynchrone est interrogé pour savoir si la purge est terminée.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="50"/>
        <source>Status &amp;polling interval:</source>
        <translation>Intervalle d’&amp;interrogation de l’état&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="52"/>
        <source>Desktop</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="54"/>
        <source>Show a &amp;notification when a purge request finishes</source>
        <translation>Afficher une &amp;notification quand une requête de purge se termine</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="55"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="57"/>
        <source>Start &amp;hidden in the system tray</source>
        <translation>Démarrer masqué dans la &amp;zone de notification</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="58"/>
        <source>Start hidden in the system tray</source>
        <translation>Démarrer masqué dans la zone de notification</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="61"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="63"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="67"/>
        <source>L&amp;anguage:</source>
        <translation>L&amp;angue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="68"/>
        <source>The new language is used after Purgeline restarts.</source>
        <translation>La nouvelle langue sera utilisée après le redémarrage de Purgeline.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="129"/>
        <source>No system tray was found; Purgeline starts with its window shown until one is available.</source>
        <translation>Aucune zone de notification trouvée&#xa0;; Purgeline démarre avec sa fenêtre affichée jusqu’à ce qu’une soit disponible.</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../widgets/settingsform.cpp" line="35"/>
        <source>%1: error</source>
        <translation>%1&#xa0;: erreur</translation>
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
        <translation>Par défaut&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../widgets/settingsform.cpp" line="45"/>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsform.cpp" line="71"/>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <location filename="../widgets/settingsform.cpp" line="71"/>
        <source>Default (%1)</source>
        <translation>Par défaut (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/settingsform.cpp" line="96"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../widgets/settingsform.cpp" line="97"/>
        <source>Browse for %1</source>
        <translation>Parcourir pour %1</translation>
    </message>
    <message>
        <location filename="../widgets/settingsform.cpp" line="161"/>
        <source>%1 is required.</source>
        <translation>%1 est obligatoire.</translation>
    </message>
</context>
<context>
    <name>SourceCheck</name>
    <message>
        <location filename="../widgets/sourcecheck.cpp" line="73"/>
        <source>Unknown provider type &quot;%1&quot;.</source>
        <translation>Type de fournisseur «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
    <message>
        <location filename="../widgets/sourcecheck.cpp" line="94"/>
        <source>The secret could not be read: %1</source>
        <translation>Impossible de lire le secret&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../widgets/sourcecheck.cpp" line="104"/>
        <source>The dry run failed: %1</source>
        <translation>La simulation a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../widgets/sourcecheck.cpp" line="107"/>
        <source>everything</source>
        <translation>tout</translation>
    </message>
    <message>
        <location filename="../widgets/sourcecheck.cpp" line="109"/>
        <source>%1 has no harmless check request, so nothing was sent. Dry run: a purge of %2 would send:</source>
        <translation>%1 n’a pas de requête de vérification sans effet, rien n’a donc été envoyé. Simulation&#xa0;: une purge de %2 enverrait&#xa0;:</translation>
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
        <translation>source add nécessite exactement un NOM</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="46"/>
        <source>invalid source name &quot;%1&quot;: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit</source>
        <translation>nom de source «&#xa0;%1&#xa0;» invalide&#xa0;: utilisez lettres, chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;, en commençant par une lettre ou un chiffre</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="50"/>
        <source>--type is required; known types: %1</source>
        <translation>--type est obligatoire&#xa0;; types connus&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="53"/>
        <source>unknown type &quot;%1&quot;; known types: %2</source>
        <translation>type «&#xa0;%1&#xa0;» inconnu&#xa0;; types connus&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="59"/>
        <source>malformed --set &quot;%1&quot;: expected KEY=VALUE</source>
        <translation>--set «&#xa0;%1&#xa0;» mal formé&#xa0;: KEY=VALUE attendu</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="63"/>
        <source>give either --secret-env or --secret-stdin, not both</source>
        <translation>indiquez soit --secret-env, soit --secret-stdin, pas les deux</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="67"/>
        <source>invalid environment variable name &quot;%1&quot; for --secret-env</source>
        <translation>nom de variable d’environnement «&#xa0;%1&#xa0;» invalide pour --secret-env</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="73"/>
        <source>type %1 needs a secret (%2): give --secret-env VAR or --secret-stdin</source>
        <translation>le type %1 nécessite un secret (%2)&#xa0;: indiquez --secret-env VAR ou --secret-stdin</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="76"/>
        <source>type %1 takes no secret</source>
        <translation>le type %1 n’accepte pas de secret</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="84"/>
        <source>a source named &quot;%1&quot; already exists; remove it first</source>
        <translation>une source nommée «&#xa0;%1&#xa0;» existe déjà&#xa0;; supprimez-la d’abord</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="94"/>
        <source>--secret-stdin read an empty secret from standard input</source>
        <translation>--secret-stdin a lu un secret vide sur l’entrée standard</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="97"/>
        <source>cannot store the secret: %1. Nothing was saved. Without a keychain, keep the secret in an environment variable and use --secret-env VAR instead</source>
        <translation>impossible d’enregistrer le secret&#xa0;: %1. Rien n’a été enregistré. Sans trousseau, gardez le secret dans une variable d’environnement et utilisez plutôt --secret-env VAR</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="106"/>
        <source>added source &quot;%1&quot; (%2); secret: %3</source>
        <translation>source «&#xa0;%1&#xa0;» (%2) ajoutée&#xa0;; secret&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="132"/>
        <source>secret: %1</source>
        <translation>secret&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="144"/>
        <source>source remove needs exactly one NAME</source>
        <translation>source remove nécessite exactement un NOM</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="148"/>
        <source>unknown source &quot;%1&quot;</source>
        <translation>source «&#xa0;%1&#xa0;» inconnue</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="153"/>
        <source>source &quot;%1&quot; still has %2 open transaction(s); run `purgeline resume --wait` first, so no queued work is lost</source>
        <translation>la source «&#xa0;%1&#xa0;» a encore %2 transaction(s) ouverte(s)&#xa0;; lancez d’abord `purgeline resume --wait` pour ne perdre aucun travail en file</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="159"/>
        <source>could not remove source &quot;%1&quot;</source>
        <translation>impossible de supprimer la source «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="163"/>
        <source>warning: the keychain entry of &quot;%1&quot; could not be removed: %2</source>
        <translation>avertissement&#xa0;: l’entrée du trousseau de «&#xa0;%1&#xa0;» n’a pas pu être supprimée&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/sourcecommands.cpp" line="165"/>
        <source>removed source &quot;%1&quot;</source>
        <translation>source «&#xa0;%1&#xa0;» supprimée</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="29"/>
        <source>setting %1 must be a non-negative number, not &quot;%2&quot;</source>
        <translation>le paramètre %1 doit être un nombre positif ou nul, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="33"/>
        <source>setting map: %1</source>
        <translation>paramètre map&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="35"/>
        <source>setting %1 must be one of %2, not &quot;%3&quot;</source>
        <translation>le paramètre %1 doit être l’une des valeurs %2, pas «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="41"/>
        <source>setting proxy must be &quot;none&quot; or an http://, https://, socks5:// or socks5h:// URL, not &quot;%1&quot;</source>
        <translation>le réglage proxy doit être «&#xa0;none&#xa0;» ou une URL http://, https://, socks5:// ou socks5h://, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="49"/>
        <source>setting pinned_key must be sha256//BASE64 hashes separated by &apos;;&apos;, not &quot;%1&quot;</source>
        <translation>le réglage pinned_key doit être des empreintes sha256//BASE64 séparées par ’;’, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="54"/>
        <source>setting %1 must be an absolute http:// or https:// URL, not &quot;%2&quot;</source>
        <translation>le paramètre %1 doit être une URL absolue http:// ou https://, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="67"/>
        <source>unknown setting &quot;%1&quot; for type %2; known settings: %3</source>
        <translation>paramètre «&#xa0;%1&#xa0;» inconnu pour le type %2&#xa0;; paramètres connus&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="75"/>
        <source>missing setting %1 (%2) for type %3: add --set %1=VALUE</source>
        <translation>paramètre %1 (%2) manquant pour le type %3&#xa0;: ajoutez --set %1=VALEUR</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="90"/>
        <source>type %1 works on local files and takes no --endpoint</source>
        <translation>le type %1 agit sur des fichiers locaux et n’accepte pas de --endpoint</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="92"/>
        <source>type %1 needs at least one --endpoint URL</source>
        <translation>le type %1 nécessite au moins une URL --endpoint</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="94"/>
        <source>type %1 takes one --endpoint, not %2</source>
        <translation>le type %1 accepte un seul --endpoint, pas %2</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="97"/>
        <source>malformed --endpoint &quot;%1&quot;: expected an absolute http:// or https:// URL</source>
        <translation>--endpoint «&#xa0;%1&#xa0;» mal formé&#xa0;: URL absolue http:// ou https:// attendue</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="113"/>
        <source>--endpoint &quot;%1&quot; would send the secret over plain http:// to %2: use https:// (only loopback addresses may be plain http://)</source>
        <translation>--endpoint «&#xa0;%1&#xa0;» enverrait le secret en http:// non chiffré à %2&#xa0;: utilisez https:// (seules les adresses de bouclage peuvent être en http:// non chiffré)</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="125"/>
        <source>setting proxy &quot;%1&quot; would send its user name and password in clear to %2: use an https:// proxy</source>
        <translation>le réglage proxy «&#xa0;%1&#xa0;» enverrait son nom d’utilisateur et son mot de passe en clair à %2&#xa0;: utilisez un proxy https://</translation>
    </message>
    <message>
        <location filename="../app/queue/sourcevalidator.cpp" line="130"/>
        <source>setting proxy &quot;%1&quot; would see the secret sent over plain http:// in clear: use https:// endpoints, an https:// proxy, or proxy=none</source>
        <translation>le réglage proxy «&#xa0;%1&#xa0;» verrait en clair le secret envoyé en http:// non chiffré&#xa0;: utilisez des points d’accès https://, un proxy https:// ou proxy=none</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="57"/>
        <source>Add Source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="66"/>
        <source>Edit Source “%1”</source>
        <translation>Modifier la source «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="114"/>
        <source>Source name</source>
        <translation>Nom de la source</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="115"/>
        <source>e.g. images-cdn</source>
        <translation>p. ex. images-cdn</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="116"/>
        <source>Letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;; used on the command line and in presets</source>
        <translation>Lettres, chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;&#xa0;; utilisé en ligne de commande et dans les préréglages</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="117"/>
        <source>Source name: error</source>
        <translation>Nom de la source&#xa0;: erreur</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="121"/>
        <source>&amp;Name *</source>
        <translation>&amp;Nom *</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="125"/>
        <source>Provider type</source>
        <translation>Type de fournisseur</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="128"/>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="136"/>
        <source>Endpoint URL</source>
        <translation>URL de l’endpoint</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="139"/>
        <source>Endpoint URLs, one per line</source>
        <translation>URL des endpoints, une par ligne</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="142"/>
        <source>Endpoint: error</source>
        <translation>Endpoint&#xa0;: erreur</translation>
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
        <translation>Enregistrer dans le tr&amp;ousseau</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="161"/>
        <source>Keep for this &amp;session only (not saved)</source>
        <translation>Garder pour cette sess&amp;ion seulement (non enregistré)</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="162"/>
        <source>Read from an en&amp;vironment variable</source>
        <translation>Lire depuis une &amp;variable d’environnement</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="163"/>
        <source>N&amp;one</source>
        <translation>Au&amp;cun</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="168"/>
        <source>The secret is held in memory until Purgeline quits and is never written to disk</source>
        <translation>Le secret reste en mémoire jusqu’à la fermeture de Purgeline et n’est jamais écrit sur le disque</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="174"/>
        <source>Environment variable name</source>
        <translation>Nom de la variable d’environnement</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="175"/>
        <source>e.g. PURGE_TOKEN</source>
        <translation>p. ex. PURGE_TOKEN</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="177"/>
        <source>Secret: error</source>
        <translation>Secret&#xa0;: erreur</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="191"/>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="195"/>
        <source>Leave a field empty to use the provider&apos;s documented limit.</source>
        <translation>Laissez un champ vide pour utiliser la limite documentée du fournisseur.</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="202"/>
        <source>&amp;Limits and Mapping</source>
        <translation>&amp;Limites et correspondances</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="210"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="258"/>
        <location filename="../widgets/sourcedialog.cpp" line="286"/>
        <source>Default: %1</source>
        <translation>Par défaut&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="262"/>
        <source>Default: unpaced</source>
        <translation>Par défaut&#xa0;: sans cadence</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="264"/>
        <source>Default and maximum: %1</source>
        <translation>Par défaut et maximum&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="266"/>
        <source>e.g. public=https://www.example.com</source>
        <translation>p. ex. public=https://www.example.com</translation>
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
        <translation>p. ex. https://cache.example.com</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="287"/>
        <source>One base URL per cache, one per line, e.g.
http://10.0.0.1:6081
http://10.0.0.2:6081</source>
        <translation>Une URL de base par cache, une par ligne, p. ex.
http://10.0.0.1:6081
http://10.0.0.2:6081</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="288"/>
        <source>Base URL of the API; point it at a proxy, a staging API or a test server</source>
        <translation>URL de base de l’API&#xa0;; peut pointer vers un proxy, une API de préproduction ou un serveur de test</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="290"/>
        <source>Each cache of the cluster receives every purge</source>
        <translation>Chaque cache du cluster reçoit chaque purge</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="295"/>
        <source>%1 (optional)</source>
        <translation>%1 (facultatif)</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="340"/>
        <source>Leave empty to keep the stored secret</source>
        <translation>Laissez vide pour conserver le secret enregistré</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="341"/>
        <source>Enter the %1</source>
        <translation>Saisissez&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="346"/>
        <source>not set now</source>
        <translation>non défini pour l’instant</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="346"/>
        <source>set now</source>
        <translation>défini</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="358"/>
        <location filename="../widgets/sourcedialog.cpp" line="361"/>
        <location filename="../widgets/sourcedialog.cpp" line="375"/>
        <source>Currently: %1</source>
        <translation>Actuellement&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="405"/>
        <source>Name is required.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="407"/>
        <source>invalid source name &quot;%1&quot;: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit</source>
        <translation>nom de source «&#xa0;%1&#xa0;» invalide&#xa0;: utilisez lettres, chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;, en commençant par une lettre ou un chiffre</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="410"/>
        <source>a source named &quot;%1&quot; already exists</source>
        <translation>une source nommée «&#xa0;%1&#xa0;» existe déjà</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="437"/>
        <source>Enter the %1, or choose an environment variable.</source>
        <translation>Saisissez&#xa0;: %1, ou choisissez une variable d’environnement.</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="439"/>
        <source>No %1 is stored for this source: enter it.</source>
        <translation>Aucun(e) %1 n’est enregistré(e) pour cette source&#xa0;: saisissez-le.</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="444"/>
        <source>invalid environment variable name &quot;%1&quot;</source>
        <translation>nom de variable d’environnement «&#xa0;%1&#xa0;» invalide</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="456"/>
        <location filename="../widgets/sourcedialog.cpp" line="478"/>
        <location filename="../widgets/sourcedialog.cpp" line="493"/>
        <source>Please correct the marked fields.</source>
        <translation>Veuillez corriger les champs signalés.</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="521"/>
        <source>Storing the %1 in the keychain…</source>
        <translation>Enregistrement dans le trousseau&#xa0;: %1…</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="543"/>
        <source>the system keychain did not answer within %1 s</source>
        <translation>le trousseau du système n’a pas répondu en %1 s</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="553"/>
        <source>Could not save the source: %1</source>
        <translation>Impossible d’enregistrer la source&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="567"/>
        <source>Could not store the secret: %1. Nothing was saved.</source>
        <translation>Impossible d’enregistrer le secret&#xa0;: %1. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="572"/>
        <source>Nothing was saved: %1. Read the secret from an environment variable instead, or keep it for this session only: Purgeline then holds it in memory until it quits and never writes it to disk.</source>
        <translation>Rien n’a été enregistré&#xa0;: %1. Lisez plutôt le secret depuis une variable d’environnement, ou gardez-le pour cette session seulement&#xa0;: Purgeline le garde alors en mémoire jusqu’à sa fermeture et ne l’écrit jamais sur le disque.</translation>
    </message>
    <message>
        <location filename="../widgets/sourcedialog.cpp" line="576"/>
        <source>Nothing was saved: %1. Read the secret from an environment variable instead.</source>
        <translation>Rien n’a été enregistré&#xa0;: %1. Lisez plutôt le secret depuis une variable d’environnement.</translation>
    </message>
</context>
<context>
    <name>SourceListModel</name>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="61"/>
        <source>Works on local files</source>
        <translation>Agit sur des fichiers locaux</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="63"/>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="86"/>
        <source>Credentials: %1</source>
        <translation>Identifiants&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="98"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="99"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="100"/>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="101"/>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="117"/>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="118"/>
        <source>stored</source>
        <translation>enregistrés</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="119"/>
        <source>stored for this session only</source>
        <translation>enregistrés pour cette session seulement</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="120"/>
        <source>missing</source>
        <translation>manquants</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="121"/>
        <source>keychain unavailable</source>
        <translation>trousseau indisponible</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="122"/>
        <source>from environment variable %1 (set)</source>
        <translation>depuis la variable d’environnement %1 (définie)</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="123"/>
        <source>from environment variable %1 (not set)</source>
        <translation>depuis la variable d’environnement %1 (non définie)</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="124"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../models/sourcelistmodel.cpp" line="125"/>
        <source>none needed</source>
        <translation>aucun requis</translation>
    </message>
</context>
<context>
    <name>SourceStore</name>
    <message>
        <location filename="../app/storage/sourcestore.cpp" line="84"/>
        <source>a source named &quot;%1&quot; already exists</source>
        <translation>une source nommée «&#xa0;%1&#xa0;» existe déjà</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="48"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="61"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="67"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="69"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="71"/>
        <location filename="../widgets/sourcespanel.cpp" line="208"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="73"/>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="76"/>
        <source>Source actions</source>
        <translation>Actions sur les sources</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="83"/>
        <source>Add a source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="85"/>
        <source>Send a harmless request to the selected source, or show a dry run</source>
        <translation>Envoyer une requête sans effet à la source sélectionnée, ou afficher une simulation</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="92"/>
        <source>Check result</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="97"/>
        <source>Check details</source>
        <translation>Détails de la vérification</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="189"/>
        <source>Cannot Remove Source</source>
        <translation>Impossible de supprimer la source</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/sourcespanel.cpp" line="190"/>
        <source>“%1” still has %n open transaction(s). Remove it once they have finished or been cancelled, so no queued work is lost.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» a encore %n transaction ouverte. Supprimez-la une fois celle-ci terminée ou annulée, pour ne perdre aucun travail en file.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» a encore %n transactions ouvertes. Supprimez-la une fois celles-ci terminées ou annulées, pour ne perdre aucun travail en file.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="201"/>
        <source>Remove the source “%1”? Its settings are deleted and its secret is removed from the keychain. Presets that use it stop working.</source>
        <translation>Supprimer la source «&#xa0;%1&#xa0;»&#xa0;? Ses paramètres sont effacés et son secret est retiré du trousseau. Les préréglages qui l’utilisent cessent de fonctionner.</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="203"/>
        <source>Remove the source “%1”? Its settings are deleted. Presets that use it stop working.</source>
        <translation>Supprimer la source «&#xa0;%1&#xa0;»&#xa0;? Ses paramètres sont effacés. Les préréglages qui l’utilisent cessent de fonctionner.</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="204"/>
        <source>Remove Source</source>
        <translation>Supprimer la source</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/sourcespanel.cpp" line="224"/>
        <source>Not removed: “%1” has %n open transaction(s) now.</source>
        <translation>
            <numerusform>Non supprimée&#xa0;: «&#xa0;%1&#xa0;» a maintenant %n transaction ouverte.</numerusform>
            <numerusform>Non supprimée&#xa0;: «&#xa0;%1&#xa0;» a maintenant %n transactions ouvertes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="229"/>
        <source>Could not remove “%1”.</source>
        <translation>Impossible de supprimer «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="236"/>
        <source>Removed “%1”, but its keychain entry could not be removed: %2</source>
        <translation>«&#xa0;%1&#xa0;» supprimée, mais son entrée du trousseau n’a pas pu être supprimée&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="252"/>
        <source>Checking “%1”…</source>
        <translation>Vérification de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="258"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TargetListModel</name>
    <message>
        <location filename="../models/targetlistmodel.cpp" line="74"/>
        <source>%1 (not mapped)</source>
        <translation>%1 (sans correspondance)</translation>
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
            <numerusform>%1 → %2 (+%n autre)</numerusform>
            <numerusform>%1 → %2 (+%n autres)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/targetlistmodel.cpp" line="85"/>
        <source>%1
Not purged: %2</source>
        <translation>%1
Non purgé&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/targetlistmodel.cpp" line="86"/>
        <source>%1
Purges:
%2</source>
        <translation>%1
Purge&#xa0;:
%2</translation>
    </message>
    <message>
        <location filename="../models/targetlistmodel.cpp" line="281"/>
        <source>source %1, setting map: %2</source>
        <translation>source %1, paramètre map&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/targetlistmodel.cpp" line="314"/>
        <source>no source is chosen; a source&apos;s path mapping turns local files into URLs</source>
        <translation>aucune source choisie&#xa0;; la correspondance de chemins d’une source transforme les fichiers locaux en URL</translation>
    </message>
    <message>
        <location filename="../models/targetlistmodel.cpp" line="316"/>
        <source>none of the chosen sources (%1) maps a local folder: set its map setting to /local/folder=https://public.url/prefix</source>
        <translation>aucune des sources choisies (%1) ne fait correspondre de dossier local&#xa0;: réglez son paramètre map sur /local/folder=https://public.url/prefix</translation>
    </message>
    <message>
        <location filename="../models/targetlistmodel.cpp" line="326"/>
        <source>the file is not inside a folder the chosen sources map (%1)</source>
        <translation>le fichier n’est dans aucun dossier pris en charge par les sources choisies (%1)</translation>
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
        <location filename="../widgets/transactiondetails.cpp" line="44"/>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="45"/>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="46"/>
        <source>Attempts:</source>
        <translation>Tentatives&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="47"/>
        <source>Provider ID:</source>
        <translation>ID fournisseur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="48"/>
        <source>Times:</source>
        <translation>Horodatage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="49"/>
        <source>Last error:</source>
        <translation>Dernière erreur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="56"/>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="57"/>
        <source>The request this transaction sends appears here.</source>
        <translation>La requête envoyée par cette transaction s’affiche ici.</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="58"/>
        <source>The request as sent, with credentials replaced by [redacted]</source>
        <translation>La requête telle qu’envoyée, identifiants remplacés par [redacted]</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="61"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="61"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="61"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="61"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="65"/>
        <source>Attempts and status polls</source>
        <translation>Tentatives et interrogations d’état</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="72"/>
        <source>Transaction details</source>
        <translation>Détails de la transaction</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="99"/>
        <source>No transaction selected</source>
        <translation>Aucune transaction sélectionnée</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="110"/>
        <source>Transaction %1 (request %2)</source>
        <translation>Transaction %1 (requête %2)</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="113"/>
        <source>%1, next attempt %2</source>
        <translation>%1, prochaine tentative %2</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="115"/>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="118"/>
        <source>%1: %2 %3</source>
        <translation>%1&#xa0;: %2 %3</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="119"/>
        <source>%1, status polls: %2</source>
        <translation>%1, interrogations d’état&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="121"/>
        <source>none yet</source>
        <translation>aucune pour l’instant</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="122"/>
        <source>created %1, updated %2</source>
        <translation>créée %1, mise à jour %2</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="123"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../widgets/transactiondetails.cpp" line="128"/>
        <source>Status poll:</source>
        <translation>Interrogation d’état&#xa0;:</translation>
    </message>
</context>
<context>
    <name>TransactionPreview</name>
    <message>
        <location filename="../models/transactionpreview.cpp" line="43"/>
        <source>source &quot;%1&quot; no longer exists</source>
        <translation>la source «&#xa0;%1&#xa0;» n’existe plus</translation>
    </message>
    <message>
        <location filename="../models/transactionpreview.cpp" line="45"/>
        <source>unknown source type &quot;%1&quot;</source>
        <translation>type de source «&#xa0;%1&#xa0;» inconnu</translation>
    </message>
    <message>
        <location filename="../models/transactionpreview.cpp" line="47"/>
        <source>%1 runs on this computer; nothing is sent over the network</source>
        <translation>%1 s’exécute sur cet ordinateur&#xa0;; rien n’est envoyé sur le réseau</translation>
    </message>
    <message>
        <location filename="../models/transactionpreview.cpp" line="77"/>
        <source>%1 everything</source>
        <translation>%1 tout</translation>
    </message>
    <message>
        <location filename="../models/transactionpreview.cpp" line="91"/>
        <source>transaction %1: %2</source>
        <translation>transaction %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TransactionRecord</name>
    <message>
        <location filename="../app/queue/transaction.cpp" line="30"/>
        <source>everything</source>
        <translation>tout</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/queue/transaction.cpp" line="35"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransactionTableModel</name>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="25"/>
        <source>Queued</source>
        <translation>En file</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="26"/>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="27"/>
        <source>Waiting for status</source>
        <translation>Attente de l’état</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="28"/>
        <source>Retry scheduled</source>
        <translation>Relance prévue</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="29"/>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="30"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="31"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="94"/>
        <source>Next attempt at %1</source>
        <translation>Prochaine tentative à %1</translation>
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
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="123"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="124"/>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="125"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="126"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="127"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="128"/>
        <source>Provider ID</source>
        <translation>ID fournisseur</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="129"/>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="130"/>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <location filename="../models/transactiontablemodel.cpp" line="131"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>TransactionsPanel</name>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="61"/>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="106"/>
        <source>&amp;Retry selected</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="106"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="108"/>
        <source>Retry all &amp;failed</source>
        <translation>Relancer les &amp;échecs</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="109"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="110"/>
        <source>&amp;Cancel selected</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="112"/>
        <source>Cancel all &amp;pending</source>
        <translation>Tout &amp;annuler</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="113"/>
        <source>Ctrl+Shift+Del</source>
        <translation>Ctrl+Shift+Del</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="114"/>
        <source>Copy &amp;URLs</source>
        <translation>Copier les &amp;URL</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="116"/>
        <source>Copy as c&amp;url</source>
        <translation>Copier en &amp;curl</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="117"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="118"/>
        <source>Filter transactions</source>
        <translation>Filtrer les transactions</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="121"/>
        <source>Put the selected failed or cancelled transactions back in the queue (Ctrl+R)</source>
        <translation>Remettre en file les transactions sélectionnées en échec ou annulées (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="122"/>
        <source>Put every failed transaction back in the queue (Ctrl+Shift+R)</source>
        <translation>Remettre en file toutes les transactions en échec (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="123"/>
        <source>Stop the selected transactions that have not been sent (Del)</source>
        <translation>Arrêter les transactions sélectionnées pas encore envoyées (Suppr)</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="124"/>
        <source>Stop every transaction that has not finished (Ctrl+Shift+Del)</source>
        <translation>Arrêter toutes les transactions non terminées (Ctrl+Maj+Suppr)</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="125"/>
        <source>Copy the selected requests as curl commands, credentials redacted</source>
        <translation>Copier les requêtes sélectionnées en commandes curl, identifiants masqués</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="133"/>
        <source>Filter by URL, source, error or provider ID (Ctrl+F)</source>
        <translation>Filtrer par URL, source, erreur ou ID fournisseur (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="135"/>
        <source>Filter text</source>
        <translation>Texte du filtre</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="152"/>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="153"/>
        <source>Not finished</source>
        <translation>Non terminées</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="154"/>
        <source>Failed or cancelled</source>
        <translation>En échec ou annulées</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="160"/>
        <source>State filter</source>
        <translation>Filtre d’état</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="164"/>
        <source>Source filter</source>
        <translation>Filtre de source</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="189"/>
        <location filename="../widgets/transactionspanel.cpp" line="192"/>
        <source>Progress of the newest request</source>
        <translation>Avancement de la requête la plus récente</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="223"/>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/transactionspanel.cpp" line="292"/>
        <source>%n transaction(s) queued again</source>
        <translation>
            <numerusform>%n transaction remise en file</numerusform>
            <numerusform>%n transactions remises en file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/transactionspanel.cpp" line="298"/>
        <source>%n failed transaction(s) queued again</source>
        <translation>
            <numerusform>%n transaction en échec remise en file</numerusform>
            <numerusform>%n transactions en échec remises en file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/transactionspanel.cpp" line="308"/>
        <location filename="../widgets/transactionspanel.cpp" line="315"/>
        <source>Cancelling %n transaction(s)</source>
        <translation>
            <numerusform>Annulation de %n transaction</numerusform>
            <numerusform>Annulation de %n transactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/transactionspanel.cpp" line="331"/>
        <source>Copied %n target(s)</source>
        <translation>
            <numerusform>%n cible copiée</numerusform>
            <numerusform>%n cibles copiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/transactionspanel.cpp" line="344"/>
        <source>Copied %n request(s) as curl commands, credentials redacted</source>
        <translation>
            <numerusform>%n requête copiée en commande curl, identifiants masqués</numerusform>
            <numerusform>%n requêtes copiées en commandes curl, identifiants masqués</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="392"/>
        <source>No requests yet</source>
        <translation>Aucune requête pour l’instant</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="394"/>
        <source>Request %1: %2 of %3 done, %4 failed</source>
        <translation>Requête %1&#xa0;: %2 sur %3 faites, %4 en échec</translation>
    </message>
    <message>
        <location filename="../widgets/transactionspanel.cpp" line="400"/>
        <source>Request %1: %2 of %3 done</source>
        <translation>Requête %1&#xa0;: %2 sur %3 faites</translation>
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
</TS>
