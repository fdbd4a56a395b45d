<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
<context>
    <name>AnswerButtons</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>Archive — {name}</source>
        <translation>Archiver — {name}</translation>
    </message>
    <message>
        <source>{name} will leave the board.</source>
        <translation>{name} va quitter le tableau.</translation>
    </message>
    <message numerus="yes">
        <source>Archive %n contacts</source>
        <translation>
            <numerusform>Archiver %n contact</numerusform>
            <numerusform>Archiver %n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>{names} will leave the board.</source>
        <translation>{names} vont quitter le tableau.</translation>
    </message>
    <message>
        <source>Nothing is deleted: archived contacts keep all their history, can be found by searching and can be restored to the stage they left.</source>
        <translation>Rien n’est supprimé&#xa0;: les contacts archivés gardent tout leur historique, se retrouvent par la recherche et peuvent être rétablis à l’étape qu’ils ont quittée.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Required: what happened?</source>
        <translation>Obligatoire&#xa0;: que s’est-il passé&#xa0;?</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} et {last}</translation>
    </message>
    <message>
        <source>{first} and one other</source>
        <translation>{first} et une autre personne</translation>
    </message>
    <message numerus="yes">
        <source>{first} and %n others</source>
        <translation>
            <numerusform>{first} et %n autre personne</numerusform>
            <numerusform>{first} et %n autres personnes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveReason</name>
    <message>
        <source>Lost to a competitor</source>
        <translation>Perdu face à un concurrent</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Pas de budget</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Not a fit</source>
        <translation>Ne correspond pas</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>ArchivedModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Stage left</source>
        <translation>Étape quittée</translation>
    </message>
    <message>
        <source>Archived on</source>
        <translation>Archivé le</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ArchivedView</name>
    <message>
        <source>Search by name, organisation, email, tag or note</source>
        <translation>Rechercher par nom, organisation, e-mail, étiquette ou note</translation>
    </message>
    <message>
        <source>Search archived contacts</source>
        <translation>Rechercher dans les contacts archivés</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Put the selected contacts back on the board, in the stage they left</source>
        <translation>Remettre les contacts sélectionnés sur le tableau, à l’étape qu’ils ont quittée</translation>
    </message>
    <message>
        <source>Archived contacts</source>
        <translation>Contacts archivés</translation>
    </message>
    <message numerus="yes">
        <source>%n archived contact(s) found</source>
        <translation>
            <numerusform>%n contact archivé trouvé</numerusform>
            <numerusform>%n contacts archivés trouvés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n archived contact(s)</source>
        <translation>
            <numerusform>%n contact archivé</numerusform>
            <numerusform>%n contacts archivés</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Restauration impossible</translation>
    </message>
</context>
<context>
    <name>BackupWarning</name>
    <message>
        <source>Backup not written</source>
        <translation>Sauvegarde non écrite</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be written: %1</source>
        <translation>La sauvegarde automatique du jour n&apos;a pas pu être écrite : %1</translation>
    </message>
    <message>
        <source>Your contacts are safe and Carnet works as usual, but there is no backup of today yet. Carnet tries again at its next start.</source>
        <translation>Vos contacts sont intacts et Carnet fonctionne normalement, mais il n&apos;existe pas encore de sauvegarde d&apos;aujourd&apos;hui. Carnet réessaiera à son prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>BoardController</name>
    <message numerus="yes">
        <source>Reorder %n card(s)</source>
        <translation>
            <numerusform>Réordonner %n carte</numerusform>
            <numerusform>Réordonner %n cartes</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Déplacer %1 vers %2</translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s) to %1</source>
        <translation>
            <numerusform>Déplacer %n carte vers %1</numerusform>
            <numerusform>Déplacer %n cartes vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Already back on the board: nothing to undo.</source>
        <translation>Déjà de retour sur le tableau : rien à annuler.</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>Archiver %1</translation>
    </message>
    <message numerus="yes">
        <source>Archive %n contact(s)</source>
        <translation>
            <numerusform>Archiver %n contact</numerusform>
            <numerusform>Archiver %n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived: %1. Undo with Ctrl+Z.</source>
        <translation>Archivé&#xa0;: %1. Ctrl+Z pour annuler.</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <source>follow-up overdue</source>
        <translation>relance en retard</translation>
    </message>
    <message>
        <source>no recent interaction</source>
        <translation>aucune interaction récente</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>%1 d</source>
        <comment>days, abbreviated</comment>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>No interaction yet</source>
        <translation>Aucune interaction</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Follow-up was due on %1</source>
        <translation>Relance prévue le %1</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>Relance en retard</translation>
    </message>
    <message numerus="yes">
        <source>No interaction for %n day(s)</source>
        <translation>
            <numerusform>Aucune interaction depuis %n jour</numerusform>
            <numerusform>Aucune interaction depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>No interaction since the contact was added</source>
        <translation>Aucune interaction depuis l’ajout du contact</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Carnet has read every row of your file. Nothing is saved until you click Import.</source>
        <translation>Carnet a lu toutes les lignes de votre fichier. Rien n’est enregistré avant que vous cliquiez sur Importer.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Lignes qui posent problème</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready to import.</source>
        <translation>
            <numerusform>%n ligne prête à être importée.</numerusform>
            <numerusform>%n lignes prêtes à être importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them look like contacts you already have.</source>
        <translation>
            <numerusform>%n d’entre elles ressemble à un contact que vous avez déjà.</numerusform>
            <numerusform>%n d’entre elles ressemblent à des contacts que vous avez déjà.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported; fix them in your file, or leave them out.</source>
        <translation>
            <numerusform>%n ligne ne peut pas être importée&#xa0;; corrigez-la dans votre fichier, ou laissez-la de côté.</numerusform>
            <numerusform>%n lignes ne peuvent pas être importées&#xa0;; corrigez-les dans votre fichier, ou laissez-les de côté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the %n good row(s) and leave out the rows with problems</source>
        <translation>
            <numerusform>Importer la ligne correcte (%n) et laisser de côté les lignes qui posent problème</numerusform>
            <numerusform>Importer les %n lignes correctes et laisser de côté les lignes qui posent problème</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactActions</name>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 ajouté.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Interaction logged for %1.</source>
        <translation>Interaction enregistrée pour %1.</translation>
    </message>
    <message>
        <source>Move to Client?</source>
        <translation>Passer en Client&#xa0;?</translation>
    </message>
    <message>
        <source>%1 has paid: move the card to Client?</source>
        <translation>%1 a payé&#xa0;: passer la carte en Client&#xa0;?</translation>
    </message>
    <message>
        <source>Mark as paid?</source>
        <translation>Marquer comme payé&#xa0;?</translation>
    </message>
    <message>
        <source>Mark %1 from %2 as paid today?</source>
        <translation>Marquer %1 de %2 comme payé aujourd’hui&#xa0;?</translation>
    </message>
    <message>
        <source>Flag an ambassador?</source>
        <translation>Désigner un ambassadeur&#xa0;?</translation>
    </message>
    <message>
        <source>%1 sent you %2, who is now a client. Flag %1 as an ambassador?</source>
        <translation>%1 vous a recommandé %2, qui est maintenant client. Désigner %1 comme ambassadeur&#xa0;?</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>Fusionner %1</translation>
    </message>
    <message>
        <source>Merged %1. Undo with Ctrl+Z.</source>
        <translation>%1 fusionné. Ctrl+Z pour annuler.</translation>
    </message>
</context>
<context>
    <name>ContactEditorDialog</name>
    <message>
        <source>Edit — {name}</source>
        <translation>Modifier — {name}</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>&amp;Qualification &amp;&amp; notes</source>
        <translation>&amp;Qualification et notes</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Zoé Lefèvre</source>
        <translation>ex. Zoé Lefèvre</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Atelier Œuvre</source>
        <translation>ex. Atelier Œuvre</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Founder</source>
        <translation>ex. Fondatrice</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Télé&amp;phone&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. +33 6 12 34 56 78</source>
        <translation>ex. +33 6 12 34 56 78</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Site &amp;web&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. atelier-oeuvre.fr</source>
        <translation>ex. atelier-oeuvre.fr</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Postal address, for gifts</source>
        <translation>Adresse postale, pour les cadeaux</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Étiq&amp;uettes&#xa0;:</translation>
    </message>
    <message>
        <source>Separated by commas, e.g. design, Lyon</source>
        <translation>Séparées par des virgules, ex. design, Lyon</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <source>Referred &amp;by:</source>
        <translation>&amp;Recommandé par&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>É&amp;tape&#xa0;:</translation>
    </message>
    <message>
        <source>Te&amp;mperature:</source>
        <translation>Te&amp;mpérature&#xa0;:</translation>
    </message>
    <message>
        <source>Ne&amp;xt follow-up:</source>
        <translation>Prochaine re&amp;lance&#xa0;:</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Prochaine relance</translation>
    </message>
    <message>
        <source>Qualification n&amp;ote:</source>
        <translation>N&amp;ote de qualification&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Budget approved in March</source>
        <translation>ex. Budget validé en mars</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Anything worth remembering</source>
        <translation>Tout ce qui mérite d’être retenu</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>L’ouvrir</translation>
    </message>
    <message>
        <source>Merge into it</source>
        <translation>Fusionner avec lui</translation>
    </message>
    <message>
        <source>Nobody — type a name</source>
        <translation>Personne — tapez un nom</translation>
    </message>
    <message>
        <source>Contact #{id}</source>
        <translation>Contact n° {id}</translation>
    </message>
    <message>
        <source>{name} ({organisation})</source>
        <translation>{name} ({organisation})</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>même e-mail</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>même téléphone</translation>
    </message>
    <message>
        <source>same name and organisation</source>
        <translation>même nom et même organisation</translation>
    </message>
    <message>
        <source>Looks like an existing contact: {who}.</source>
        <translation>Ressemble à un contact existant&#xa0;: {who}.</translation>
    </message>
    <message>
        <source>Looks like an existing contact: {who} — {reasons}.</source>
        <translation>Ressemble à un contact existant&#xa0;: {who} — {reasons}.</translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Select a card to see the contact.</source>
        <translation>Sélectionnez une carte pour voir le contact.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Recommandé par</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Prochaine relance</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Contacts referred</source>
        <translation>Contacts recommandés</translation>
    </message>
    <message>
        <source>Became clients</source>
        <translation>Devenus clients</translation>
    </message>
    <message>
        <source>Revenue brought</source>
        <translation>Chiffre d’affaires apporté</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Rien n’est encore enregistré.</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — en retard</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>%1/4</source>
        <translation>%1/4</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Aucun pour l’instant</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archivé)</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Paiement reçu</translation>
    </message>
    <message>
        <source>Paid before Carnet (imported)</source>
        <translation>Payé avant Carnet (importé)</translation>
    </message>
    <message>
        <source>Added as %1</source>
        <translation>Ajouté en %1</translation>
    </message>
    <message>
        <source>Moved %1 → %2</source>
        <translation>Déplacé %1 → %2</translation>
    </message>
    <message>
        <source>Gift %1: %2</source>
        <translation>Cadeau %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Gift %1</source>
        <translation>Cadeau %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Pas encore envoyé</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Champions</source>
        <translation>Champions</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Fidèles</translation>
    </message>
    <message>
        <source>Potential loyalists</source>
        <translation>Fidèles en devenir</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>En sommeil</translation>
    </message>
    <message>
        <source>Bought recently and often</source>
        <translation>Achats récents et fréquents</translation>
    </message>
    <message>
        <source>Steady buyers</source>
        <translation>Achètent régulièrement</translation>
    </message>
    <message>
        <source>Recent, already a second purchase</source>
        <translation>Récents, déjà un deuxième achat</translation>
    </message>
    <message>
        <source>Recent first purchase</source>
        <translation>Premier achat récent</translation>
    </message>
    <message>
        <source>Neither recent nor frequent, not lost yet</source>
        <translation>Ni récents ni fréquents, pas encore perdus</translation>
    </message>
    <message>
        <source>Used to buy often, have not for a while</source>
        <translation>Achetaient souvent, plus depuis un moment</translation>
    </message>
    <message>
        <source>Few purchases, long ago</source>
        <translation>Peu d’achats, il y a longtemps</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Petit</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Big</source>
        <translation>Grand</translation>
    </message>
    <message>
        <source>small client</source>
        <translation>petit client</translation>
    </message>
    <message>
        <source>medium client</source>
        <translation>client moyen</translation>
    </message>
    <message>
        <source>big client</source>
        <translation>grand client</translation>
    </message>
    <message>
        <source>thousands of %1</source>
        <translation>milliers de %1</translation>
    </message>
    <message>
        <source>Pipeline: quotes and invoices of the period still open, archived contacts left out.</source>
        <translation>En cours&#xa0;: devis et factures de la période encore ouverts, contacts archivés exclus.</translation>
    </message>
    <message>
        <source>No source</source>
        <translation>Sans source</translation>
    </message>
    <message>
        <source>Contacts added during the period, how many have paid since, and what every contact from the source paid during the period.</source>
        <translation>Contacts ajoutés pendant la période, combien ont payé depuis, et ce que tous les contacts venus de cette source ont payé pendant la période.</translation>
    </message>
    <message>
        <source>%1 of the revenue in %2 came from referred contacts.</source>
        <translation>%1 du chiffre d’affaires en %2 provient de contacts recommandés.</translation>
    </message>
    <message>
        <source>Double-click or press Enter to show these clients on the board</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour afficher ces clients sur le tableau</translation>
    </message>
    <message>
        <source>Clients who paid during the period, scored 1–5 on recency, frequency and amount. Click a bar or a row to show its clients on the board.</source>
        <translation>Clients qui ont payé pendant la période, notés de 1 à 5 sur la récence, la fréquence et le montant. Cliquez sur une barre ou une ligne pour afficher ses clients sur le tableau.</translation>
    </message>
    <message>
        <source>Thresholds: terciles of your clients (set your own in Preferences).</source>
        <translation>Seuils&#xa0;: terciles de vos clients (définissez les vôtres dans les Préférences).</translation>
    </message>
    <message>
        <source>Thresholds set in Preferences.</source>
        <translation>Seuils définis dans les Préférences.</translation>
    </message>
    <message>
        <source>Clients who paid in the last 12 months, whatever the period. %1</source>
        <translation>Clients qui ont payé au cours des 12 derniers mois, quelle que soit la période. %1</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Entrés</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Entonnoir</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuellement</translation>
    </message>
    <message>
        <source>Paid in %1</source>
        <translation>Payé en %1</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Went further</source>
        <translation>Allés plus loin</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Jours (médiane)</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Funnel chart: contacts per stage</source>
        <translation>Graphique de l’entonnoir&#xa0;: contacts par étape</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <source>Revenue chart: paid per month</source>
        <translation>Graphique du chiffre d’affaires&#xa0;: payé par mois</translation>
    </message>
    <message>
        <source>Became clients</source>
        <translation>Devenus clients</translation>
    </message>
    <message>
        <source>Contacts added</source>
        <translation>Contacts ajoutés</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Sources chart: contacts added and clients per source</source>
        <translation>Graphique des sources&#xa0;: contacts ajoutés et clients par source</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Recommandés</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Apporteur</translation>
    </message>
    <message>
        <source>Referrals chart: revenue per referrer</source>
        <translation>Graphique des recommandations&#xa0;: chiffre d’affaires par apporteur</translation>
    </message>
    <message>
        <source>Client segments (RFM)</source>
        <translation>Segments de clients (RFM)</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Qui ils sont</translation>
    </message>
    <message>
        <source>Segments chart: clients per segment; click a bar to show them on the board</source>
        <translation>Graphique des segments&#xa0;: clients par segment&#xa0;; cliquez sur une barre pour les afficher sur le tableau</translation>
    </message>
    <message>
        <source>Client size (last 12 months)</source>
        <translation>Taille des clients (12 derniers mois)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>From</source>
        <translation>À partir de</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>Part du chiffre d’affaires</translation>
    </message>
    <message>
        <source>Client size chart: share of revenue per size</source>
        <translation>Graphique de la taille des clients&#xa0;: part du chiffre d’affaires par taille</translation>
    </message>
    <message>
        <source>Now: contacts in each column (%1 archived left out). Entered: during the period; went further: reached any later stage since. Median days: stays in the stage that ended during the period.</source>
        <translation>Actuellement&#xa0;: contacts dans chaque colonne (%1 archivés exclus). Entrés&#xa0;: pendant la période&#xa0;; allés plus loin&#xa0;: ont atteint depuis une étape suivante. Jours (médiane)&#xa0;: séjours dans l’étape terminés pendant la période.</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Clients who paid</source>
        <translation>Clients ayant payé</translation>
    </message>
    <message>
        <source>Average payment</source>
        <translation>Paiement moyen</translation>
    </message>
    <message>
        <source>Revenue per client</source>
        <translation>Chiffre d’affaires par client</translation>
    </message>
    <message>
        <source>Quoted, not paid yet</source>
        <translation>En devis, pas encore payé</translation>
    </message>
    <message>
        <source>Invoiced, not paid yet</source>
        <translation>Facturé, pas encore payé</translation>
    </message>
    <message>
        <source>Pipeline (quoted and invoiced)</source>
        <translation>En cours (devis et factures)</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Currency of the charts</source>
        <translation>Devise des graphiques</translation>
    </message>
    <message>
        <source>Charts in %1: the currency you were paid the most in. Tables show every currency.</source>
        <translation>Graphiques en %1&#xa0;: la devise dans laquelle vous avez été le plus payé. Les tableaux montrent toutes les devises.</translation>
    </message>
</context>
<context>
    <name>DuplicatePairsDialog</name>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom et organisation</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>Doublons probables</translation>
    </message>
    <message>
        <source>Likely duplicate pairs</source>
        <translation>Paires de doublons probables</translation>
    </message>
    <message>
        <source>%1  ↔  %2</source>
        <translation>%1  ↔  %2</translation>
    </message>
    <message>
        <source>same %1</source>
        <translation>même %1</translation>
    </message>
    <message>
        <source>No likely duplicates: no two contacts share an email, a phone, or a name and organisation.</source>
        <translation>Aucun doublon probable&#xa0;: aucun contact ne partage d’e-mail, de téléphone, ni de nom et d’organisation avec un autre.</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
    <message>
        <source>Contacts that look like the same person or company:</source>
        <translation>Contacts qui semblent être la même personne ou la même entreprise&#xa0;:</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Contacts you already have</source>
        <translation>Contacts que vous avez déjà</translation>
    </message>
    <message>
        <source>Skip a row to keep your contact as it is; merge it to fill what your contact lacks (nothing you typed is overwritten); or add it as a new contact.</source>
        <translation>Ignorez une ligne pour garder votre contact tel quel&#xa0;; fusionnez-la pour compléter ce qui manque à votre contact (rien de ce que vous avez saisi n’est remplacé)&#xa0;; ou ajoutez-la comme nouveau contact.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>In your file</source>
        <translation>Dans votre fichier</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Ressemble à</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Identique</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Rows that look like your contacts</source>
        <translation>Lignes qui ressemblent à vos contacts</translation>
    </message>
    <message>
        <source>Skip All</source>
        <translation>Tout ignorer</translation>
    </message>
    <message>
        <source>Merge All</source>
        <translation>Tout fusionner</translation>
    </message>
    <message>
        <source>Add All</source>
        <translation>Tout ajouter</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>name and organisation</source>
        <translation>nom et organisation</translation>
    </message>
    <message>
        <source>What to do with line %1</source>
        <translation>Que faire de la ligne %1</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Carnet</source>
        <translation>Carnet</translation>
    </message>
    <message>
        <source>Carnet could not read part of the database: %1. The file may be damaged; File ▸ Restore from Backup… puts a backup in its place.</source>
        <translation>Carnet n&apos;a pas pu lire une partie de la base : %1. Le fichier est peut-être endommagé ; Fichier ▸ Restaurer une sauvegarde… met une sauvegarde à sa place.</translation>
    </message>
    <message>
        <source>Something went wrong in Carnet: %1. Nothing was half-saved: a change is saved whole or not at all. The details are in Carnet&apos;s log.</source>
        <translation>Un problème est survenu dans Carnet : %1. Rien n&apos;a été enregistré à moitié : une modification est enregistrée entière ou pas du tout. Les détails sont dans le journal de Carnet.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter by name, organisation, email or tag  (Ctrl+F)</source>
        <translation>Filtrer par nom, organisation, e-mail ou étiquette  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter cards</source>
        <translation>Filtrer les cartes</translation>
    </message>
    <message>
        <source>Show only %1 contacts</source>
        <translation>Afficher seulement les contacts «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Show only contacts whose follow-up date has passed</source>
        <translation>Afficher seulement les contacts dont la date de relance est passée</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Inactifs</translation>
    </message>
    <message>
        <source>Show only contacts without a recent interaction</source>
        <translation>Afficher seulement les contacts sans interaction récente</translation>
    </message>
    <message>
        <source>%1  ✕</source>
        <translation>%1  ✕</translation>
    </message>
    <message>
        <source>Showing only the segment “%1”; click to show every card</source>
        <translation>Seul le segment «&#xa0;%1&#xa0;» est affiché&#xa0;; cliquez pour afficher toutes les cartes</translation>
    </message>
    <message>
        <source>Remove the segment filter %1</source>
        <translation>Retirer le filtre de segment %1</translation>
    </message>
</context>
<context>
    <name>FlagAmbassadorDialog</name>
    <message>
        <source>Flag ambassador — {name}</source>
        <translation>Désigner comme ambassadeur — {name}</translation>
    </message>
    <message>
        <source>{name} recommends you and sends you leads. Ambassadors get special care, such as a year-end gift.</source>
        <translation>{name} vous recommande et vous envoie des leads. Les ambassadeurs bénéficient d’une attention particulière, comme un cadeau de fin d’année.</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Désigner</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Depuis le&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Mentions you at her business club</source>
        <translation>ex. Parle de vous à son club d’affaires</translation>
    </message>
    <message>
        <source>&amp;How they recommend you:</source>
        <translation>&amp;Comment ce contact vous recommande&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Loves tea, no alcohol</source>
        <translation>ex. Adore le thé, pas d’alcool</translation>
    </message>
    <message>
        <source>&amp;Gift preferences:</source>
        <translation>&amp;Préférences cadeau&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source> + </source>
        <comment>between amounts in different currencies</comment>
        <translation> + </translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GiftModel</name>
    <message>
        <source>Referrals
in %1</source>
        <translation>Recommandations
en %1</translation>
    </message>
    <message>
        <source>Referral revenue
in %1</source>
        <translation>CA des recommandations
en %1</translation>
    </message>
</context>
<context>
    <name>GiftsTab</name>
    <message>
        <source>Ambassador</source>
        <translation>Ambassadeur</translation>
    </message>
    <message>
        <source>Top client</source>
        <translation>Meilleur client</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Prescripteur</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>envoyé le %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <source>Referrals this year</source>
        <translation>Recommandations cette année</translation>
    </message>
    <message>
        <source>Revenue from referrals this year</source>
        <translation>CA des recommandations cette année</translation>
    </message>
    <message>
        <source>Last gift</source>
        <translation>Dernier cadeau</translation>
    </message>
    <message>
        <source>Gift preferences</source>
        <translation>Préférences cadeau</translation>
    </message>
    <message>
        <source>Gift sent</source>
        <translation>Cadeau envoyé</translation>
    </message>
    <message>
        <source>Gift this year</source>
        <translation>Cadeau cette année</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>Year-end gifts %1</source>
        <translation>Cadeaux de fin d’année %1</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Also top clients</source>
        <translation>Aussi les meilleurs clients</translation>
    </message>
    <message>
        <source>Also list this many of your best clients by revenue</source>
        <translation>Ajouter à la liste ce nombre de vos meilleurs clients en chiffre d’affaires</translation>
    </message>
    <message>
        <source>Also &amp;referrers</source>
        <translation>Aussi les &amp;prescripteurs</translation>
    </message>
    <message>
        <source>Also list the people who never bought from you but sent you leads that became clients</source>
        <translation>Ajouter à la liste les personnes qui ne vous ont jamais rien acheté mais vous ont envoyé des leads devenus clients</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année&#xa0;:</translation>
    </message>
    <message>
        <source>Also &amp;top clients:</source>
        <translation>Aussi les &amp;meilleurs clients&#xa0;:</translation>
    </message>
    <message>
        <source>Year-end gift list</source>
        <translation>Liste des cadeaux de fin d’année</translation>
    </message>
    <message>
        <source>Gifts sent: %1 of %2</source>
        <translation>Cadeaux envoyés&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Gift sent — %1</source>
        <translation>Cadeau envoyé — %1</translation>
    </message>
    <message>
        <source>What did you send to %1?</source>
        <translation>Qu’avez-vous envoyé à %1&#xa0;?</translation>
    </message>
    <message>
        <source>Gift not recorded</source>
        <translation>Cadeau non enregistré</translation>
    </message>
    <message>
        <source>Export the gift list</source>
        <translation>Exporter la liste des cadeaux</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the gift list as PDF</source>
        <translation>Enregistrer la liste des cadeaux en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>gifts-%1</source>
        <translation>cadeaux-%1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Print the gift list</source>
        <translation>Imprimer la liste des cadeaux</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import Contacts from %1</source>
        <translation>Importer des contacts depuis %1</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Montant payé</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Prochaine relance</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Qualification note</source>
        <translation>Note de qualification</translation>
    </message>
</context>
<context>
    <name>InteractionKind</name>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Quote sent</source>
        <translation>Devis envoyé</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Takes effect after restarting Carnet.</source>
        <translation>Prend effet au prochain démarrage de Carnet.</translation>
    </message>
</context>
<context>
    <name>LogInteractionDialog</name>
    <message>
        <source>Log interaction — {name}</source>
        <translation>Enregistrer une interaction — {name}</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Called about the spring workshop; she wants a quote</source>
        <translation>ex. Appel au sujet de l’atelier de printemps&#xa0;; elle veut un devis</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Résumé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Follow up on:</source>
        <translation>Re&amp;lancer le&#xa0;:</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Relancer le</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <source>Select a card first.</source>
        <translation>Sélectionnez d’abord une carte.</translation>
    </message>
    <message>
        <source>&amp;New Contact…</source>
        <translation>&amp;Nouveau contact…</translation>
    </message>
    <message>
        <source>&amp;Edit Contact…</source>
        <translation>&amp;Modifier le contact…</translation>
    </message>
    <message>
        <source>&amp;Log Interaction…</source>
        <translation>Enregistrer une &amp;interaction…</translation>
    </message>
    <message>
        <source>Record &amp;Payment or Quote…</source>
        <translation>Enregistrer un &amp;paiement ou un devis…</translation>
    </message>
    <message>
        <source>&amp;Qualify…</source>
        <translation>&amp;Qualifier…</translation>
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation>Rechercher les &amp;doublons…</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>To do today</source>
        <translation>À faire aujourd’hui</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Cadeaux</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivés</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Write a copy of the database in the backups folder</source>
        <translation>Écrire une copie de la base de données dans le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation>&amp;Importer des contacts…</translation>
    </message>
    <message>
        <source>Add contacts from a CSV or vCard file</source>
        <translation>Ajouter des contacts depuis un fichier CSV ou vCard</translation>
    </message>
    <message>
        <source>Export Contacts as &amp;CSV…</source>
        <translation>Exporter les contacts en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export Contacts as &amp;vCard…</source>
        <translation>Exporter les contacts en &amp;vCard…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Move to &amp;Previous Stage</source>
        <translation>Déplacer vers l’étape &amp;précédente</translation>
    </message>
    <message>
        <source>Move to &amp;Next Stage</source>
        <translation>Déplacer vers l’étape &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>Arc&amp;hiver…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Filter Cards…</source>
        <translation>&amp;Filtrer les cartes…</translation>
    </message>
    <message>
        <source>&amp;Clear Filter</source>
        <translation>&amp;Effacer le filtre</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Carnet</source>
        <translation>À &amp;propos de Carnet</translation>
    </message>
    <message>
        <source>Demo database (discarded on quit)</source>
        <translation>Base de démonstration (effacée en quittant)</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>démo</translation>
    </message>
    <message>
        <source>%1 (already undone elsewhere)</source>
        <translation>%1 (déjà annulé ailleurs)</translation>
    </message>
    <message>
        <source>Showing the segment “%1” on the board; click its name in the filter bar to show every card again.</source>
        <translation>Le tableau n’affiche que le segment «&#xa0;%1&#xa0;»&#xa0;; cliquez sur son nom dans la barre de filtre pour afficher à nouveau toutes les cartes.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n contact(s) to the board.</source>
        <translation>
            <numerusform>%n contact remis sur le tableau.</numerusform>
            <numerusform>%n contacts remis sur le tableau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Sauvegardé dans %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Fichiers vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Exporter les contacts</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <source>%1 already exists; Carnet never overwrites a file. Choose another name.</source>
        <translation>%1 existe déjà&#xa0;; Carnet n’écrase jamais un fichier. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The export to %1 failed: %2</source>
        <translation>L’export vers %1 a échoué&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) exported to %1.</source>
        <translation>
            <numerusform>%n contact exporté vers %1.</numerusform>
            <numerusform>%n contacts exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Non restauré</translation>
    </message>
    <message>
        <source>Restored. Your previous file was kept as %1.</source>
        <translation>Restauration effectuée. Votre fichier précédent a été conservé sous le nom %1.</translation>
    </message>
    <message>
        <source>About Carnet</source>
        <translation>À propos de Carnet</translation>
    </message>
    <message>
        <source>&lt;b&gt;Carnet %1&lt;/b&gt;&lt;p&gt;The offline CRM for solo entrepreneurs: follow every contact from stranger to ambassador. Your data stays in one file on this computer.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Carnet %1&lt;/b&gt;&lt;p&gt;Le CRM hors ligne des entrepreneurs indépendants&#xa0;: suivez chaque contact, d’étranger à ambassadeur. Vos données restent dans un seul fichier sur cet ordinateur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.vcf *.vcard *.txt);;All files (*)</source>
        <translation>Contacts (*.csv *.vcf *.vcard *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Import done: %1.</source>
        <translation>Import terminé&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) added</source>
        <translation>
            <numerusform>%n contact ajouté</numerusform>
            <numerusform>%n contacts ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged into existing contacts</source>
        <translation>
            <numerusform>%n fusionné avec un contact existant</numerusform>
            <numerusform>%n fusionnés avec des contacts existants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignoré</numerusform>
            <numerusform>%n ignorés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Tell Carnet what each column of your file holds. A name is needed: a Name column, or First name and Last name.</source>
        <translation>Indiquez à Carnet ce que contient chaque colonne de votre fichier. Un nom est nécessaire&#xa0;: une colonne Nom, ou bien Prénom et Nom de famille.</translation>
    </message>
    <message>
        <source>Column in your file</source>
        <translation>Colonne de votre fichier</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <source>Carnet field</source>
        <translation>Champ Carnet</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Colonnes du fichier</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Carnet field for the column %1</source>
        <translation>Champ Carnet pour la colonne %1</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Preview of the first rows:</source>
        <translation>Aperçu des premières lignes&#xa0;:</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Aperçu des premières lignes</translation>
    </message>
    <message>
        <source>Choose the column that holds the name.</source>
        <translation>Choisissez la colonne qui contient le nom.</translation>
    </message>
</context>
<context>
    <name>MarkPaymentDialog</name>
    <message>
        <source>Mark payment — {name}</source>
        <translation>Enregistrer un paiement — {name}</translation>
    </message>
    <message>
        <source>{name} becomes a client once a payment is recorded as paid.</source>
        <translation>{name} devient client dès qu’un paiement est enregistré comme payé.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>ex. {example}</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Devise&#xa0;:</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Paid on:</source>
        <translation>&amp;Payé le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Quoted or invoiced on:</source>
        <translation>Devis ou &amp;facture du&#xa0;:</translation>
    </message>
    <message>
        <source>Quoted or invoiced on</source>
        <translation>Devis ou facture du</translation>
    </message>
    <message>
        <source>e.g. Website redesign</source>
        <translation>ex. Refonte du site web</translation>
    </message>
    <message>
        <source>&amp;What for:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Prochaine relance</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Recommandé par</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Fusionner des contacts</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Merged into it</source>
        <translation>Fusionné avec lui</translation>
    </message>
    <message>
        <source>Every interaction, payment, stage change, gift and referral of both contacts is kept. You can undo the merge with Ctrl+Z.</source>
        <translation>Toutes les interactions, paiements, changements d’étape, cadeaux et recommandations des deux contacts sont conservés. Ctrl+Z annule la fusion.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>Where the two differ, choose what to keep:</source>
        <translation>Là où les deux diffèrent, choisissez ce que vous gardez&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>%1 table</source>
        <translation>Tableau «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the %1 table as CSV</source>
        <translation>Exporter le tableau «&#xa0;%1&#xa0;» en CSV</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>Exporter le tableau</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PaymentStatus</name>
    <message>
        <source>Quoted</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
</context>
<context>
    <name>PmgThresholdsGroup</name>
    <message>
        <source>Client size (small / medium / big)</source>
        <translation>Taille des clients (petit / moyen / grand)</translation>
    </message>
    <message>
        <source>By what a client paid over the last 12 months. Leave both empty to split your clients into three equal groups (terciles).</source>
        <translation>Selon ce qu’un client a payé au cours des 12 derniers mois. Laissez les deux vides pour répartir vos clients en trois groupes égaux (terciles).</translation>
    </message>
    <message>
        <source>Medium client from</source>
        <translation>Client moyen à partir de</translation>
    </message>
    <message>
        <source>Big client from</source>
        <translation>Grand client à partir de</translation>
    </message>
    <message>
        <source>Terciles</source>
        <translation>Terciles</translation>
    </message>
    <message>
        <source>Client size error</source>
        <translation>Erreur de taille des clients</translation>
    </message>
    <message>
        <source>&amp;Medium from (%1):</source>
        <translation>&amp;Moyen à partir de (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Big from (%1):</source>
        <translation>&amp;Grand à partir de (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Give both amounts, or leave both empty for terciles.</source>
        <translation>Indiquez les deux montants, ou laissez les deux vides pour utiliser les terciles.</translation>
    </message>
    <message>
        <source>An amount is a positive number, with at most two decimals.</source>
        <translation>Un montant est un nombre positif, avec au plus deux décimales.</translation>
    </message>
    <message>
        <source>A big client cannot start below a medium one.</source>
        <translation>Un grand client ne peut pas commencer en dessous d’un client moyen.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Stay in touch: a contact goes stale, and shows up in “To do today”, after this many days without an interaction.</source>
        <translation>Garder le contact&#xa0;: un contact devient inactif, et apparaît dans «&#xa0;À faire aujourd’hui&#xa0;», après ce nombre de jours sans interaction.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>%1 goes stale after:</source>
        <translation>%1 inactif après&#xa0;:</translation>
    </message>
    <message>
        <source>Days before a %1 goes stale</source>
        <translation>Jours avant qu’un %1 devienne inactif</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> jour</numerusform>
            <numerusform> jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qualification</name>
    <message>
        <source>&amp;Budget: can they pay for it?</source>
        <translation>&amp;Budget&#xa0;: peut-il payer&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Authority: do they decide?</source>
        <translation>&amp;Autorité&#xa0;: est-ce lui qui décide&#xa0;?</translation>
    </message>
    <message>
        <source>N&amp;eed: do they need what you sell?</source>
        <translation>B&amp;esoin&#xa0;: a-t-il besoin de ce que vous vendez&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Timing: do they want it soon?</source>
        <translation>Dé&amp;lai&#xa0;: le veut-il bientôt&#xa0;?</translation>
    </message>
</context>
<context>
    <name>QualifyDialog</name>
    <message>
        <source>Qualify — {name}</source>
        <translation>Qualifier — {name}</translation>
    </message>
    <message>
        <source>A lead is qualified once you know whether {name} can pay, decides, needs what you sell and wants it soon.</source>
        <translation>Un lead est qualifié quand vous savez si {name} peut payer, décide, a besoin de ce que vous vendez et le veut bientôt.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>e.g. Budget approved in March, decides with her partner</source>
        <translation>ex. Budget validé en mars, décide avec son associé</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Score: {score}/4</source>
        <translation>Score&#xa0;: {score}/4</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuelle</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>Carnet replaces your contacts with the backup&apos;s. Your current file is kept as a backup first, so this can be undone by restoring that one.</source>
        <translation>Carnet remplace vos contacts par ceux de la sauvegarde. Votre fichier actuel est d’abord conservé comme sauvegarde&#xa0;: vous pourrez revenir en arrière en restaurant celle-ci.</translation>
    </message>
    <message>
        <source>There is no backup yet: Carnet makes one each day you open it.</source>
        <translation>Aucune sauvegarde pour l’instant&#xa0;: Carnet en fait une chaque jour où vous l’ouvrez.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <source>White paper</source>
        <translation>Livre blanc</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinaire</translation>
    </message>
    <message>
        <source>Trade show / event</source>
        <translation>Salon / événement</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Réseautage</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>Réseau social</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Cold outreach</source>
        <translation>Prospection à froid</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Stranger</source>
        <translation>Étranger</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visiteur</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Ambassador</source>
        <translation>Ambassadeur</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>%1 paid</source>
        <translation>%1 payés</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) in this stage</source>
        <translation>
            <numerusform>%n contact à cette étape</numerusform>
            <numerusform>%n contacts à cette étape</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 contacts shown (filtered)</source>
        <translation>%1 contacts affichés sur %2 (filtrés)</translation>
    </message>
    <message>
        <source>%1: paid by the contacts shown in this column</source>
        <translation>%1&#xa0;: payés par les contacts affichés dans cette colonne</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Start a New Contact Book</source>
        <translation>&amp;Commencer un nouveau carnet</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>Carnet cannot open this database</source>
        <translation>Carnet ne peut pas ouvrir cette base de données</translation>
    </message>
    <message numerus="yes">
        <source>Carnet has %n backup(s) of this database. Restoring one puts a copy of it in place of this file, which is kept beside it, untouched.</source>
        <translation>
            <numerusform>Carnet a %n sauvegarde de cette base de données. La restaurer met une copie de celle-ci à la place de ce fichier, qui est conservé à côté, intact.</numerusform>
            <numerusform>Carnet a %n sauvegardes de cette base de données. En restaurer une met une copie de celle-ci à la place de ce fichier, qui est conservé à côté, intact.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the backup to put in place of the damaged file. The damaged file is kept beside it under another name, not deleted, in case someone can rescue more from it.</source>
        <translation>Choisissez la sauvegarde à mettre à la place du fichier endommagé. Le fichier endommagé est conservé à côté sous un autre nom, sans être supprimé, au cas où l&apos;on pourrait en récupérer davantage.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Non restauré</translation>
    </message>
    <message>
        <source>The backup is in place. The damaged file was kept as %1.</source>
        <translation>La sauvegarde est en place. Le fichier endommagé a été conservé sous le nom %1.</translation>
    </message>
    <message>
        <source>This database file is empty</source>
        <translation>Ce fichier de base de données est vide</translation>
    </message>
    <message>
        <source>This database is in use</source>
        <translation>Cette base de données est occupée</translation>
    </message>
</context>
<context>
    <name>Temperature</name>
    <message>
        <source>Cold</source>
        <translation>Froid</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Tiède</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Chaud</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline, newest first</source>
        <translation>Historique, du plus récent au plus ancien</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>TodoModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Paid, invoiced and quoted: what the contact is worth to you, used to rank the list</source>
        <translation>Payé, facturé et en devis&#xa0;: ce que le contact représente pour vous, qui sert à classer la liste</translation>
    </message>
    <message>
        <source>Follow-up overdue since %1</source>
        <translation>Relance en retard depuis le %1</translation>
    </message>
    <message>
        <source>No interaction yet</source>
        <translation>Aucune interaction</translation>
    </message>
    <message numerus="yes">
        <source>No interaction for %n day(s)</source>
        <translation>
            <numerusform>Aucune interaction depuis %n jour</numerusform>
            <numerusform>Aucune interaction depuis %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodoView</name>
    <message>
        <source>&amp;Log Interaction…</source>
        <translation>Enregistrer une &amp;interaction…</translation>
    </message>
    <message>
        <source>Record a call, an email or a meeting with the selected contact</source>
        <translation>Enregistrer un appel, un e-mail ou un rendez-vous avec le contact sélectionné</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>To do today</source>
        <translation>À faire aujourd’hui</translation>
    </message>
    <message>
        <source>Nothing to do today: every follow-up is on time and nobody has gone quiet.</source>
        <translation>Rien à faire aujourd’hui&#xa0;: toutes les relances sont à jour et aucun contact n’est inactif.</translation>
    </message>
    <message>
        <source>Overdue follow-ups: %1 · Gone quiet: %2</source>
        <translation>Relances en retard&#xa0;: %1 · Inactifs&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>carnet.domain</name>
    <message>
        <source>&quot;{value}&quot; is not an amount (type it like {example}).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un montant (saisissez-le comme {example}).</translation>
    </message>
    <message>
        <source>Type an amount, such as {example}.</source>
        <translation>Saisissez un montant, par exemple {example}.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; has more than one decimal point (type it like {example}).</source>
        <translation>«&#xa0;{value}&#xa0;» a plus d’un séparateur décimal (saisissez-le comme {example}).</translation>
    </message>
    <message>
        <source>The amount cannot be more than {maximum}.</source>
        <translation>Le montant ne peut pas dépasser {maximum}.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; has more than two decimals (type it like {example}).</source>
        <translation>«&#xa0;{value}&#xa0;» a plus de deux décimales (saisissez-le comme {example}).</translation>
    </message>
    <message>
        <source>{name} cannot be an ambassador: ambassadors are clients who recommend you, and {name} has not paid yet. Someone who sends you leads without buying is a referrer: set them as &quot;referred by&quot; on the leads they send.</source>
        <translation>{name} ne peut pas être ambassadeur&#xa0;: les ambassadeurs sont des clients qui vous recommandent, et {name} n’a pas encore payé. Quelqu’un qui vous envoie des leads sans acheter est un prescripteur&#xa0;: indiquez-le dans «&#xa0;Recommandé par&#xa0;» sur les leads qu’il vous envoie.</translation>
    </message>
    <message>
        <source>{name} is archived: restore the contact before moving it.</source>
        <translation>{name} est archivé&#xa0;: restaurez le contact avant de le déplacer.</translation>
    </message>
    <message>
        <source>{name} cannot become a client yet: a contact becomes a client only once a payment is recorded as paid. A signed quote is not enough.</source>
        <translation>{name} ne peut pas encore devenir client&#xa0;: un contact ne devient client qu’une fois un paiement enregistré comme payé. Un devis signé ne suffit pas.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Le montant doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a currency code (three letters, such as EUR or USD).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un code de devise (trois lettres, comme EUR ou USD).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not an email address (expected something like name@example.com).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une adresse e-mail (attendu&#xa0;: quelque chose comme nom@exemple.fr).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a phone number (digits, spaces and + ( ) . - only).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un numéro de téléphone (chiffres, espaces et + ( ) . - uniquement).</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>Un contact doit avoir un nom.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a valid {column} (expected one of: {choices}).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une valeur valable pour {column} (valeurs attendues&#xa0;: {choices}).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date (write it like 2025-03-31 or 31/03/2025).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une date (écrivez-la comme 31/03/2025 ou 2025-03-31).</translation>
    </message>
    <message>
        <source>A client (or an ambassador) is someone who has paid: give this row an amount paid, or an earlier stage.</source>
        <translation>Un client (ou un ambassadeur) est quelqu’un qui a payé&#xa0;: indiquez un montant payé sur cette ligne, ou une étape antérieure.</translation>
    </message>
    <message>
        <source>The file cannot be read as CSV at line {line} ({detail}).</source>
        <translation>Le fichier ne peut pas être lu comme un CSV à la ligne {line} ({detail}).</translation>
    </message>
    <message>
        <source>No header line naming a name column (such as Name, First Name, Nom or Prénom) was found.</source>
        <translation>Aucune ligne d’en-tête ne nomme une colonne de nom (comme Nom, Prénom, Name ou First Name).</translation>
    </message>
    <message>
        <source>The row has no name.</source>
        <translation>La ligne n’a pas de nom.</translation>
    </message>
    <message>
        <source>Line {line} holds a NUL character: this is not a text CSV file. Save it from your spreadsheet as &quot;CSV UTF-8&quot; and import that file.</source>
        <translation>La ligne {line} contient un caractère NUL : ce n&apos;est pas un fichier CSV texte. Enregistrez-le depuis votre tableur au format « CSV UTF-8 » et importez ce fichier.</translation>
    </message>
    <message>
        <source>The row has {count} columns, more than the {expected} of the header.</source>
        <translation>La ligne a {count} colonnes, plus que les {expected} de l’en-tête.</translation>
    </message>
    <message>
        <source>The quotation mark that opens a cell on line {line} is never closed, so the rest of the file would be read as one cell. Check the quotation marks on that line.</source>
        <translation>Le guillemet qui ouvre une cellule à la ligne {line} n&apos;est jamais fermé : le reste du fichier serait lu comme une seule cellule. Vérifiez les guillemets de cette ligne.</translation>
    </message>
    <message>
        <source>This card cannot be read ({error}).</source>
        <translation>Cette fiche ne peut pas être lue ({error}).</translation>
    </message>
    <message>
        <source>This card has no END:VCARD line.</source>
        <translation>Cette fiche n’a pas de ligne END:VCARD.</translation>
    </message>
    <message>
        <source>{year} is not a sensible year for a gift.</source>
        <translation>{year} n’est pas une année plausible pour un cadeau.</translation>
    </message>
    <message>
        <source>The time of an interaction must include its time zone.</source>
        <translation>L’heure d’une interaction doit préciser son fuseau horaire.</translation>
    </message>
    <message>
        <source>{referrer} was referred, directly or not, by {name}: that would make a loop.</source>
        <translation>{referrer} a été recommandé, directement ou non, par {name}&#xa0;: cela ferait une boucle.</translation>
    </message>
    <message>
        <source>A contact cannot be referred by themselves.</source>
        <translation>Un contact ne peut pas être recommandé par lui-même.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a field that can be edited.</source>
        <translation>«&#xa0;{name}&#xa0;» n’est pas un champ modifiable.</translation>
    </message>
    <message>
        <source>A contact cannot be merged with itself.</source>
        <translation>Un contact ne peut pas être fusionné avec lui-même.</translation>
    </message>
    <message>
        <source>This merge can no longer be undone: a contact created since then took the place of {name}.</source>
        <translation>Cette fusion ne peut plus être annulée&#xa0;: un contact créé depuis a pris la place de {name}.</translation>
    </message>
    <message>
        <source>{count} row(s) have problems: nothing was imported.</source>
        <translation>{count} ligne(s) posent problème&#xa0;: rien n’a été importé.</translation>
    </message>
    <message>
        <source>This contact no longer exists (it may have been deleted).</source>
        <translation>Ce contact n’existe plus (il a peut-être été supprimé).</translation>
    </message>
    <message>
        <source>This payment no longer exists (it may have been deleted).</source>
        <translation>Ce paiement n’existe plus (il a peut-être été supprimé).</translation>
    </message>
    <message>
        <source>{name} is already archived.</source>
        <translation>{name} est déjà archivé.</translation>
    </message>
    <message>
        <source>{name} is not archived.</source>
        <translation>{name} n’est pas archivé.</translation>
    </message>
    <message>
        <source>This payment is already marked paid.</source>
        <translation>Ce paiement est déjà marqué comme payé.</translation>
    </message>
    <message>
        <source>The payment date cannot be before the date of the quote or invoice.</source>
        <translation>La date de paiement ne peut pas précéder celle du devis ou de la facture.</translation>
    </message>
    <message>
        <source>{path} already exists; Carnet never overwrites a file. Choose another name.</source>
        <translation>{path} existe déjà&#xa0;; Carnet n’écrase jamais un fichier. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The backup to {path} failed: {reason}</source>
        <translation>La sauvegarde vers {path} a échoué&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Carnet cannot open {path}: {reason}.</source>
        <translation>Carnet ne peut pas ouvrir {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>{path} is damaged: {problem}</source>
        <translation>{path} est endommagé&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{path} holds rows Carnet cannot read ({problem}): part of the file is damaged. Restore a backup; the file was left untouched.</source>
        <translation>{path} contient des lignes que Carnet ne peut pas lire ({problem}) : une partie du fichier est endommagée. Restaurez une sauvegarde ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>{path} is a link to {target}, which does not exist. Fix or remove the link, or choose another file.</source>
        <translation>{path} est un lien vers {target}, qui n&apos;existe pas. Réparez ou supprimez le lien, ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full. Free some space and try again.</source>
        <translation>Le disque qui contient {path} est plein. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes): it holds no contacts. If you expected your contacts in it, restore a backup; the empty file is kept as it is.</source>
        <translation>{path} est vide (0 octet) : il ne contient aucun contact. Si vous vous attendiez à y trouver vos contacts, restaurez une sauvegarde ; le fichier vide est conservé tel quel.</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes): it holds no contacts, and Carnet has no backup of it. Carnet can start a new, empty contact book in this file.</source>
        <translation>{path} est vide (0 octet) : il ne contient aucun contact, et Carnet n&apos;en a aucune sauvegarde. Carnet peut commencer un nouveau carnet vide dans ce fichier.</translation>
    </message>
    <message>
        <source>{path} is a SQLite database, but not one of Carnet&apos;s: it was left untouched.</source>
        <translation>{path} est une base SQLite, mais pas une base Carnet&#xa0;: elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>{path} has {links} names (hard links) on this disk. SQLite keeps each name&apos;s unsaved changes in a separate journal, so two names of one database can corrupt it. Keep one name: delete the other links, or copy the file and open the copy.</source>
        <translation>{path} a {links} noms (liens physiques) sur ce disque. SQLite garde les modifications en attente de chaque nom dans un journal distinct : deux noms d&apos;une même base peuvent l&apos;endommager. Gardez un seul nom : supprimez les autres liens, ou copiez le fichier et ouvrez la copie.</translation>
    </message>
    <message>
        <source>An internal error in Carnet stopped this change ({reason}); nothing of it was saved. This is Carnet&apos;s fault, not yours: the details are in the log at {log}, for a bug report.</source>
        <translation>Une erreur interne de Carnet a arrêté cette modification ({reason}) ; rien n&apos;en a été enregistré. C&apos;est la faute de Carnet, pas la vôtre : les détails sont dans le journal {log}, pour un rapport de bogue.</translation>
    </message>
    <message>
        <source>{path} is in use by another program, which holds it locked. It is not damaged: close that program and try again. The file was left untouched.</source>
        <translation>{path} est utilisé par un autre programme, qui le garde verrouillé. Il n&apos;est pas endommagé : fermez ce programme et réessayez. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Carnet could not save this change: {path} is in use by another program, which holds it locked. Nothing of the change was saved; close that program and try again.</source>
        <translation>Carnet n&apos;a pas pu enregistrer cette modification : {path} est utilisé par un autre programme, qui le garde verrouillé. Rien de la modification n&apos;a été enregistré ; fermez ce programme et réessayez.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a Carnet file. Choose the database file itself.</source>
        <translation>{path} est un dossier, pas un fichier Carnet. Choisissez le fichier de la base lui-même.</translation>
    </message>
    <message>
        <source>{path} is already open in another Carnet window. Close that window first, or open another database with --db.</source>
        <translation>{path} est déjà ouvert dans une autre fenêtre de Carnet. Fermez d’abord cette fenêtre, ou ouvrez une autre base de données avec --db.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} n’existe pas.</translation>
    </message>
    <message>
        <source>{path} was saved by a newer version of Carnet (schema {revision}). This version cannot open it; the file was left untouched. Install the latest Carnet to open it.</source>
        <translation>{path} a été enregistré par une version plus récente de Carnet (schéma {revision}). Cette version ne peut pas l’ouvrir&#xa0;; le fichier n’a pas été modifié. Installez la dernière version de Carnet pour l’ouvrir.</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (it is a device, a pipe or a socket): Carnet cannot keep contacts in it.</source>
        <translation>{path} n&apos;est pas un fichier ordinaire (c&apos;est un périphérique, un tube ou une socket) : Carnet ne peut pas y garder de contacts.</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder</source>
        <translation>{path} est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>{path} is not readable for you (its permissions forbid it): Carnet cannot open it.</source>
        <translation>{path} ne vous est pas lisible (ses permissions l&apos;interdisent) : Carnet ne peut pas l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>{path} is not a Carnet database (it is not a SQLite file, or it is damaged).</source>
        <translation>{path} n’est pas une base de données Carnet (ce n’est pas un fichier SQLite, ou il est endommagé).</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Create it first, or choose another place for the database.</source>
        <translation>Le dossier {folder} n’existe pas. Créez-le d’abord, ou choisissez un autre emplacement pour la base de données.</translation>
    </message>
    <message>
        <source>{path} looks like a Carnet database, but it does not say which version of Carnet made it (its schema revision is missing), so Carnet cannot tell how to read it. It was left untouched.</source>
        <translation>{path} ressemble à une base Carnet, mais n&apos;indique pas quelle version de Carnet l&apos;a créée (sa révision de schéma manque) : Carnet ne peut pas savoir comment la lire. Elle n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>{path} was saved by an older Carnet: open it in Carnet once to bring it up to date.</source>
        <translation>{path} a été enregistré par une version plus ancienne de Carnet&#xa0;: ouvrez-le une fois dans Carnet pour le mettre à jour.</translation>
    </message>
    <message>
        <source>{path} is read-only for you, so Carnet could not save anything in it. Copy it to a folder of yours and open the copy, or make the file writable.</source>
        <translation>{path} est en lecture seule pour vous&#xa0;: Carnet n’a rien pu y enregistrer. Copiez-le dans l’un de vos dossiers et ouvrez la copie, ou rendez le fichier modifiable.</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only for you. Carnet writes small files beside the database (a lock and a journal): move the database to a folder of yours and open it from there.</source>
        <translation>Le dossier {folder} est en lecture seule pour vous. Carnet écrit de petits fichiers à côté de la base de données (un verrou et un journal)&#xa0;: déplacez la base dans l’un de vos dossiers et ouvrez-la depuis celui-ci.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} ne peut pas être lu&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Carnet could not save this change ({reason}); nothing of it was saved.</source>
        <translation>Carnet n’a pas pu enregistrer cette modification ({reason})&#xa0;; rien n’en a été enregistré.</translation>
    </message>
    <message>
        <source>{path} is not a Carnet backup: the database was left unchanged.</source>
        <translation>{path} n’est pas une sauvegarde Carnet&#xa0;: la base de données n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>Carnet could not restore {path}: {reason}. The previous state is kept in {before}.</source>
        <translation>Carnet n’a pas pu restaurer {path}&#xa0;: {reason}. L’état précédent est conservé dans {before}.</translation>
    </message>
    <message>
        <source>Flag ambassadors one at a time: each has their own details.</source>
        <translation>Désignez les ambassadeurs un par un&#xa0;: chacun a ses propres informations.</translation>
    </message>
    <message>
        <source>{names} cannot become clients yet: each needs a payment recorded as paid. Drop them one at a time to record their payments.</source>
        <translation>{names} ne peuvent pas encore devenir clients&#xa0;: il faut pour chacun un paiement enregistré comme payé. Déposez-les un par un pour enregistrer leurs paiements.</translation>
    </message>
    <message>
        <source>Say why, so that you remember later.</source>
        <translation>Précisez pourquoi, pour vous en souvenir plus tard.</translation>
    </message>
    <message>
        <source>Choose someone from your contacts</source>
        <translation>Choisissez quelqu’un parmi vos contacts</translation>
    </message>
    <message>
        <source>This date is still to come: pick today or an earlier day.</source>
        <translation>Cette date n’est pas encore passée&#xa0;: choisissez aujourd’hui ou un jour antérieur.</translation>
    </message>
    <message>
        <source>A follow-up date is in the future. Pick today or a later day.</source>
        <translation>Une date de relance se situe dans le futur&#xa0;: choisissez aujourd’hui ou un jour suivant.</translation>
    </message>
    <message>
        <source>An interaction cannot be more than a day in the future.</source>
        <translation>Une interaction ne peut pas être datée de plus d’un jour dans le futur.</translation>
    </message>
    <message>
        <source>A payment cannot be dated in the future.</source>
        <translation>Un paiement ne peut pas être daté dans le futur.</translation>
    </message>
</context>
</TS>
