<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
<context>
    <name>AcceptQuoteDialog</name>
    <message>
        <source>Accept {number}</source>
        <translation>Accepter {number}</translation>
    </message>
    <message>
        <source>The client said yes to {number}. Make the invoice now? It stays a draft until you issue it.</source>
        <translation>Le client a accepté {number}. Faire la facture maintenant&#xa0;? Elle reste un brouillon jusqu’à ce que vous l’émettiez.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Accepted &amp;on:</source>
        <translation>Accepté &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>Invoice &amp;every line</source>
        <translation>Facturer &amp;toutes les lignes</translation>
    </message>
    <message>
        <source>A &amp;deposit invoice of the lines ticked below</source>
        <translation>Une facture d’&amp;acompte des lignes cochées ci-dessous</translation>
    </message>
    <message>
        <source>&amp;Not yet: only mark it accepted</source>
        <translation>&amp;Pas encore&#xa0;: seulement le marquer comme accepté</translation>
    </message>
    <message>
        <source>Lines to invoice</source>
        <translation>Lignes à facturer</translation>
    </message>
    <message>
        <source>Invoice:</source>
        <translation>Facturer&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AddedDayDialog</name>
    <message>
        <source>Day added — {name}</source>
        <translation>Date d’ajout — {name}</translation>
    </message>
    <message>
        <source>When did {name} first come to you? Contacts imported from another tool are dated on the day of the import; put the real day here.</source>
        <translation>Quel jour a eu lieu votre premier contact avec {name}&#xa0;? Les contacts importés depuis un autre outil sont datés du jour de l’import&#xa0;; indiquez ici la vraie date.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Added on:</source>
        <translation>&amp;Ajouté le&#xa0;:</translation>
    </message>
</context>
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
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
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
    <name>BackupFoldersGroup</name>
    <message>
        <source>Second backup folder</source>
        <translation>Second dossier de sauvegarde</translation>
    </message>
    <message>
        <source>Each day&apos;s automatic backup is also copied to this folder, on another disk or a USB disk, so that a lost or broken computer does not take every backup with it. Carnet keeps the same copies there as in its own backups folder: one a day for a week, then one a week for four weeks.</source>
        <translation>La sauvegarde automatique de chaque jour est aussi copiée dans ce dossier, sur un autre disque ou une clé USB&#xa0;: un ordinateur perdu ou en panne n’emporte pas toutes les sauvegardes avec lui. Carnet y garde les mêmes copies que dans son propre dossier de sauvegardes&#xa0;: une par jour pendant une semaine, puis une par semaine pendant quatre semaines.</translation>
    </message>
    <message>
        <source>No second folder</source>
        <translation>Pas de second dossier</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>&amp;Vider</translation>
    </message>
    <message>
        <source>No second folder: the backups stay in Carnet&apos;s own folder only</source>
        <translation>Pas de second dossier&#xa0;: les sauvegardes restent dans le seul dossier de Carnet</translation>
    </message>
    <message>
        <source>Choose the second backup folder</source>
        <translation>Choisir le second dossier de sauvegarde</translation>
    </message>
    <message>
        <source>Type the folder&apos;s whole path, or choose it with Choose….</source>
        <translation>Tapez le chemin complet du dossier, ou choisissez-le avec Choisir….</translation>
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
    <name>BillingFields</name>
    <message>
        <source>How this contact&apos;s quotes and invoices name them. Empty: the contact&apos;s own name and address.</source>
        <translation>Comment les devis et factures de ce contact le désignent. Vide&#xa0;: le nom et l’adresse du contact.</translation>
    </message>
    <message>
        <source>A b&amp;usiness client (a company, a sole trader, an association)</source>
        <translation>Un client &amp;professionnel (société, entrepreneur individuel, association)</translation>
    </message>
    <message>
        <source>Invoices to a business show its SIREN and the €40 recovery indemnity for late payment.</source>
        <translation>Les factures à un professionnel indiquent son SIREN et l’indemnité forfaitaire de 40&#xa0;€ pour frais de recouvrement en cas de retard de paiement.</translation>
    </message>
    <message>
        <source>Invoices made &amp;out to:</source>
        <translation>Facturer au &amp;nom de&#xa0;:</translation>
    </message>
    <message>
        <source>Empty: the organisation, else the name</source>
        <translation>Vide&#xa0;: l’organisation, sinon le nom</translation>
    </message>
    <message>
        <source>SIRE&amp;N:</source>
        <translation>SI&amp;REN&#xa0;:</translation>
    </message>
    <message>
        <source>9 digits</source>
        <translation>9 chiffres</translation>
    </message>
    <message>
        <source>SIRE&amp;T:</source>
        <translation>S&amp;IRET&#xa0;:</translation>
    </message>
    <message>
        <source>14 digits</source>
        <translation>14 chiffres</translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation>Numéro de T&amp;VA&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. FR40303265045</source>
        <translation>ex. FR40303265045</translation>
    </message>
    <message>
        <source>Billing add&amp;ress:</source>
        <translation>Adresse de &amp;facturation&#xa0;:</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Adresse de facturation</translation>
    </message>
    <message>
        <source>Deliver&amp;y address:</source>
        <translation>Adresse de &amp;livraison&#xa0;:</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>Adresse de livraison</translation>
    </message>
    <message>
        <source>As the country says (French in France)</source>
        <translation>Selon le pays (français en France)</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Documents in:</source>
        <translation>Documents en&#xa0;:</translation>
    </message>
    <message>
        <source>Street, one line each</source>
        <translation>Rue, sur une ou plusieurs lignes</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>The country&apos;s two-letter code: FR, BE, CH…</source>
        <translation>Le code du pays en deux lettres&#xa0;: FR, BE, CH…</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Code pays</translation>
    </message>
</context>
<context>
    <name>BoardController</name>
    <message>
        <source>Move %1 back to %2? %1 has paid you %3. The payments stay recorded, but %1 will no longer count as a client.</source>
        <translation>Ramener %1 à l’étape %2&#xa0;? %1 vous a payé %3. Les paiements restent enregistrés, mais %1 ne comptera plus comme client.</translation>
    </message>
    <message numerus="yes">
        <source>Move %n clients back to %2? They have paid you; the payments stay recorded, but they will no longer count as clients.</source>
        <translation>
            <numerusform>Ramener %n client à l’étape %2&#xa0;? Il vous a payé&#xa0;; les paiements restent enregistrés, mais il ne comptera plus comme client.</numerusform>
            <numerusform>Ramener %n clients à l’étape %2&#xa0;? Ils vous ont payé&#xa0;; les paiements restent enregistrés, mais ils ne compteront plus comme clients.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move a client back?</source>
        <translation>Ramener un client à une étape antérieure&#xa0;?</translation>
    </message>
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
        <source>no recent contact</source>
        <translation>aucun contact récent</translation>
    </message>
</context>
<context>
    <name>BusinessIdentityGroup</name>
    <message>
        <source>My business, as your quotes and invoices name it</source>
        <translation>Votre entreprise, telle que vos devis et factures la présentent</translation>
    </message>
    <message>
        <source>What French invoices must show of their seller. Saved in this book; an invoice already issued keeps what it was issued with.</source>
        <translation>Ce que les factures françaises doivent indiquer sur le vendeur. Enregistré dans ce carnet&#xa0;; une facture déjà émise garde les informations avec lesquelles elle a été émise.</translation>
    </message>
    <message>
        <source>Who you are</source>
        <translation>Qui vous êtes</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Zoé Lefèvre Design</source>
        <translation>ex. Zoé Lefèvre Design</translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation>Forme &amp;juridique&#xa0;:</translation>
    </message>
    <message>
        <source>Street, one line each</source>
        <translation>Rue, sur une ou plusieurs lignes</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. 69001</source>
        <translation>ex. 69001</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>e.g. Lyon</source>
        <translation>ex. Lyon</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>The country&apos;s two-letter code: FR, BE, CH…</source>
        <translation>Le code du pays en deux lettres&#xa0;: FR, BE, CH…</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Code pays</translation>
    </message>
    <message>
        <source>&amp;Postcode, city, country:</source>
        <translation>Code postal, ville, pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>E-ma&amp;il&#xa0;:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Télép&amp;hone&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. +33 6 12 34 56 78</source>
        <translation>ex. +33 6 12 34 56 78</translation>
    </message>
    <message>
        <source>Registration and VAT</source>
        <translation>Immatriculation et TVA</translation>
    </message>
    <message>
        <source>&amp;SIREN:</source>
        <translation>SI&amp;REN&#xa0;:</translation>
    </message>
    <message>
        <source>9 digits, e.g. 732 829 320</source>
        <translation>9 chiffres, ex. 732 829 320</translation>
    </message>
    <message>
        <source>S&amp;IRET:</source>
        <translation>SIRE&amp;T&#xa0;:</translation>
    </message>
    <message>
        <source>14 digits, e.g. 732 829 320 00074</source>
        <translation>14 chiffres, ex. 732 829 320 00074</translation>
    </message>
    <message>
        <source>&amp;RCS or RM:</source>
        <translation>R&amp;CS ou RM&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. RCS Lyon 732 829 320</source>
        <translation>ex. RCS Lyon 732 829 320</translation>
    </message>
    <message>
        <source>VAT &amp;franchise: “TVA non applicable, art. 293 B du CGI”</source>
        <translation>&amp;Franchise en base de TVA&#xa0;: «&#xa0;TVA non applicable, art. 293 B du CGI&#xa0;»</translation>
    </message>
    <message>
        <source>Under the franchise (micro-entrepreneurs below the thresholds) no line charges VAT, and every invoice says so.</source>
        <translation>En franchise (micro-entrepreneurs sous les seuils), aucune ligne ne porte de TVA, et chaque facture le mentionne.</translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation>Numéro de T&amp;VA&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. FR40303265045</source>
        <translation>ex. FR40303265045</translation>
    </message>
    <message>
        <source>VA&amp;T on debits (“Option pour le paiement de la taxe d’après les débits”)</source>
        <translation>TVA sur les &amp;débits&#xa0;: «&#xa0;Option pour le paiement de la taxe d’après les débits&#xa0;»</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Ban&amp;k account (IBAN):</source>
        <translation>Compte &amp;bancaire (IBAN)&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. FR76 3000 6000 0112 3456 7890 189</source>
        <translation>ex. FR76 3000 6000 0112 3456 7890 189</translation>
    </message>
    <message>
        <source>BIC:</source>
        <translation>BIC&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. AGRIFRPP</source>
        <translation>ex. AGRIFRPP</translation>
    </message>
    <message>
        <source>On receipt</source>
        <translation>À réception</translation>
    </message>
    <message>
        <source>365 days after the invoice</source>
        <translation>365 jours après la facture</translation>
    </message>
    <message>
        <source>Pa&amp;yment terms:</source>
        <translation>Dé&amp;lai de paiement&#xa0;:</translation>
    </message>
    <message>
        <source>Empty: “penalties at three times the legal interest rate”, in the invoice&apos;s language</source>
        <translation>Vide&#xa0;: «&#xa0;pénalités au taux de trois fois le taux d’intérêt légal&#xa0;», dans la langue de la facture</translation>
    </message>
    <message>
        <source>Late payment te&amp;xt:</source>
        <translation>Te&amp;xte des pénalités&#xa0;:</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>You sell:</source>
        <translation>Vous vendez&#xa0;:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Quotes are valid f&amp;or:</source>
        <translation>D&amp;urée de validité des devis&#xa0;:</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Pas de logo</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo&#xa0;:</translation>
    </message>
    <message>
        <source>Invoice numbers:</source>
        <translation>Numéros de facture&#xa0;:</translation>
    </message>
    <message>
        <source>Quote numbers:</source>
        <translation>Numéros de devis&#xa0;:</translation>
    </message>
    <message>
        <source>Credit note numbers:</source>
        <translation>Numéros d’avoir&#xa0;:</translation>
    </message>
    <message>
        <source>{year} is the year and {seq:04d} the number in the year, on four digits: F-{year}-{seq:04d} gives F-2026-0001, then F-2026-0002. Numbers follow each other without a gap and start again each year.</source>
        <translation>{year} est l’année et {seq:04d} le numéro dans l’année, sur quatre chiffres&#xa0;: F-⁠{year}-⁠{seq:04d} donne F-⁠2026-⁠0001, puis F-⁠2026-⁠0002. Les numéros se suivent sans trou et repartent à 1 chaque année.</translation>
    </message>
    <message>
        <source> days after the invoice</source>
        <translation> jours après la facture</translation>
    </message>
    <message>
        <source> day after the invoice</source>
        <translation> jour après la facture</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>CalendarFile</name>
    <message>
        <source>%1 already exists; Carnet never overwrites a file. Choose another name.</source>
        <translation>%1 existe déjà&#xa0;; Carnet n’écrase jamais un fichier. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) written to %1</source>
        <translation>
            <numerusform>%n relance écrite dans %1</numerusform>
            <numerusform>%n relances écrites dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers d’agenda (*.ics)</translation>
    </message>
    <message>
        <source>Carnet follow-ups</source>
        <translation>Relances Carnet</translation>
    </message>
    <message>
        <source>Export Follow-ups to Calendar</source>
        <translation>Exporter les relances vers l’agenda</translation>
    </message>
    <message>
        <source>Follow up: {name}</source>
        <translation>Relancer {name}</translation>
    </message>
    <message>
        <source>The calendar file %1 cannot be written (%2). Your follow-ups are safe in Carnet.</source>
        <translation>Le fichier d’agenda %1 ne peut pas être écrit (%2). Vos relances sont en sécurité dans Carnet.</translation>
    </message>
    <message>
        <source>The calendar file %1 is not one Carnet wrote for this book: it was left as it is. Choose another file in Preferences ▸ Reminders.</source>
        <translation>Le fichier d’agenda %1 n’a pas été écrit par Carnet pour ce carnet&#xa0;: il est laissé tel quel. Choisissez un autre fichier dans Préférences ▸ Rappels.</translation>
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
        <source>No contact yet</source>
        <translation>Pas encore de contact</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>No next step</source>
        <translation>Sans suite prévue</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>A lead or prospect without a follow-up date: plan the next step with Contact ▸ Set Follow-up</source>
        <translation>Un lead ou un prospect sans date de relance&#xa0;: prévoyez la suite avec Contact ▸ Prévoir une relance</translation>
    </message>
    <message>
        <source>Follow-up was due on %1</source>
        <translation>Relance prévue le %1</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>Relance en retard</translation>
    </message>
    <message>
        <source>No contact since the contact was added</source>
        <translation>Aucun contact depuis son ajout</translation>
    </message>
    <message numerus="yes">
        <source>No contact for %n day(s)</source>
        <translation>
            <numerusform>Aucun contact depuis %n jour</numerusform>
            <numerusform>Aucun contact depuis %n jours</numerusform>
        </translation>
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
    <message>
        <source>Imported, but check:</source>
        <translation>Importé, mais à vérifier&#xa0;:</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Vérification des lignes…</translation>
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
        <source>Not qualified: %1. Qualify them later with Contact ▸ Qualify….</source>
        <translation>Pas qualifiés&#xa0;: %1. Qualifiez-les plus tard avec Contact ▸ Qualifier….</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sur %3)</translation>
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
        <source>%1 is archived: restore them to the board to plan a follow-up.</source>
        <translation>%1 est archivé&#xa0;: remettez ce contact sur le suivi pour prévoir une relance.</translation>
    </message>
    <message>
        <source>Postpone Follow-up of %1</source>
        <translation>Reporter la relance de %1</translation>
    </message>
    <message>
        <source>Set Follow-up of %1</source>
        <translation>Prévoir la relance de %1</translation>
    </message>
    <message>
        <source>Follow-up with %1 moved to %2. Undo with Ctrl+Z.</source>
        <translation>Relance de %1 reportée au %2. Annulez avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Follow-up with %1 set for %2. Undo with Ctrl+Z.</source>
        <translation>Relance de %1 prévue le %2. Annulez avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Start Sequence for %1</source>
        <translation>Lancer une séquence pour %1</translation>
    </message>
    <message>
        <source>%1 follows “%2”: first, %3 on %4. Undo with Ctrl+Z.</source>
        <translation>%1 suit «&#xa0;%2&#xa0;»&#xa0;: d’abord, %3 le %4. Annulez avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Stop Sequence for %1</source>
        <translation>Arrêter la séquence de %1</translation>
    </message>
    <message>
        <source>%1 no longer follows “%2”; the follow-up stays.</source>
        <translation>%1 ne suit plus «&#xa0;%2&#xa0;»&#xa0;; la relance reste prévue.</translation>
    </message>
    <message>
        <source>No next step for %1: no follow-up is planned.</source>
        <translation>Pas de suite prévue pour %1&#xa0;: aucune relance n’est planifiée.</translation>
    </message>
    <message>
        <source>Set a follow-up in a &amp;week</source>
        <translation>Prévoir une relance dans une &amp;semaine</translation>
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
        <source>&amp;Qualification &amp;&amp; notes</source>
        <translation>&amp;Qualification et notes</translation>
    </message>
    <message>
        <source>&amp;Further details</source>
        <translation>Autres &amp;coordonnées</translation>
    </message>
    <message>
        <source>Detai&amp;ls</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>B&amp;illing</source>
        <translation>Fac&amp;turation</translation>
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
        <translation>Fonct&amp;ion&#xa0;:</translation>
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
        <translation>Fusionner avec ce contact</translation>
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
    <name>ContactLinks</name>
    <message>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Open in the Browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>Write an Email</source>
        <translation>Écrire un e-mail</translation>
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
        <source>More details</source>
        <translation>Autres coordonnées</translation>
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
        <source>Change the Day Added…</source>
        <translation>Modifier la date d’ajout…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Mark &amp;Paid…</source>
        <translation>Marquer comme &amp;payé…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
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
    <name>CsvStyle</name>
    <message>
        <source>CSV for Excel (France) (*.csv)</source>
        <translation>CSV pour Excel (France) (*.csv)</translation>
    </message>
    <message>
        <source>CSV, standard (*.csv)</source>
        <translation>CSV standard (*.csv)</translation>
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
        <source>Thresholds: terciles of your clients (set your own in Preferences).</source>
        <translation>Seuils&#xa0;: terciles de vos clients (définissez les vôtres dans les Préférences).</translation>
    </message>
    <message>
        <source>Thresholds set in Preferences.</source>
        <translation>Seuils définis dans les Préférences.</translation>
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
        <source>Clients who paid in %1 (the home currency) during the period, scored 1–5 on the recency, frequency and amount of their payments in %1 only: amounts in other currencies cannot be compared with them. Click a bar or a row to show its clients on the board.</source>
        <translation>Clients qui ont payé en %1 (la devise principale) pendant la période, notés de 1 à 5 sur la récence, la fréquence et le montant de leurs paiements en %1 uniquement&#xa0;: les montants dans d’autres devises ne peuvent pas leur être comparés. Cliquez sur une barre ou une ligne pour afficher ses clients sur le tableau.</translation>
    </message>
    <message>
        <source>Clients who paid in %1 (the home currency) in the last 12 months, whatever the period, sized by their payments in %1 only. %2</source>
        <translation>Clients qui ont payé en %1 (la devise principale) au cours des 12 derniers mois, quelle que soit la période, classés par taille selon leurs seuls paiements en %1. %2</translation>
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
        <source>Pipeline: quotes and invoices of the period still open, archived contacts left out. Each currency has its own totals and averages; the chart shows %1.</source>
        <translation>En cours&#xa0;: devis et factures de la période encore ouverts, contacts archivés exclus. Chaque devise a ses propres totaux et moyennes&#xa0;; le graphique montre %1.</translation>
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
        <source>%1 of %2: %3 of the VAT franchise threshold</source>
        <translation>%1 sur %2&#xa0;: %3 du seuil de franchise en base de TVA</translation>
    </message>
    <message>
        <source>%1 of %2: %3 of the turnover ceiling</source>
        <translation>%1 sur %2&#xa0;: %3 du plafond de chiffre d’affaires</translation>
    </message>
    <message>
        <source>Also paid in other currencies, not counted against the ceilings: %1.</source>
        <translation>Également payé dans d’autres devises, non pris en compte pour les plafonds&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No ceiling set: enter your turnover ceiling and VAT franchise threshold in Tools ▸ Preferences ▸ Revenue ceilings to follow this year&apos;s revenue against them.</source>
        <translation>Aucun plafond défini&#xa0;: indiquez votre plafond de chiffre d’affaires et votre seuil de franchise en base de TVA dans Outils ▸ Préférences ▸ Plafonds et seuils pour suivre le chiffre d’affaires de l’année par rapport à eux.</translation>
    </message>
    <message>
        <source>Paid in %1 so far, in %2: %3.</source>
        <translation>Payé en %1 à ce jour, en %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>This year&apos;s revenue</source>
        <translation>Chiffre d’affaires de l’année</translation>
    </message>
    <message>
        <source>Turnover ceiling</source>
        <translation>Plafond de chiffre d’affaires</translation>
    </message>
    <message>
        <source>VAT franchise threshold</source>
        <translation>Seuil de franchise en base de TVA</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>You have passed the VAT franchise threshold: check what it means for your VAT and your status.</source>
        <translation>Vous avez dépassé le seuil de franchise en base de TVA&#xa0;: vérifiez ce que cela implique pour votre TVA et votre statut.</translation>
    </message>
    <message>
        <source>You have passed the turnover ceiling: check what it means for your VAT and your status.</source>
        <translation>Vous avez dépassé le plafond de chiffre d’affaires&#xa0;: vérifiez ce que cela implique pour votre TVA et votre statut.</translation>
    </message>
    <message>
        <source>You have reached %1 of the VAT franchise threshold.</source>
        <translation>Vous avez atteint %1 du seuil de franchise en base de TVA.</translation>
    </message>
    <message>
        <source>You have reached %1 of the turnover ceiling.</source>
        <translation>Vous avez atteint %1 du plafond de chiffre d’affaires.</translation>
    </message>
    <message>
        <source>You have reached the VAT franchise threshold: check what it means for your VAT and your status.</source>
        <translation>Vous avez atteint le seuil de franchise en base de TVA&#xa0;: vérifiez ce que cela implique pour votre TVA et votre statut.</translation>
    </message>
    <message>
        <source>You have reached the turnover ceiling: check what it means for your VAT and your status.</source>
        <translation>Vous avez atteint le plafond de chiffre d’affaires&#xa0;: vérifiez ce que cela implique pour votre TVA et votre statut.</translation>
    </message>
    <message>
        <source>Your ceilings are in %1 and the home currency is %2: enter them again in Tools ▸ Preferences ▸ Revenue ceilings to compare them with this year&apos;s revenue.</source>
        <translation>Vos plafonds sont en %1 et la devise principale est %2&#xa0;: saisissez-les à nouveau dans Outils ▸ Préférences ▸ Plafonds et seuils pour les comparer au chiffre d’affaires de l’année.</translation>
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
        <source>Currency of the figures</source>
        <translation>Devise des montants</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Figures in %1, the home currency, come first; other currencies are listed beside them, never added to them. Charts show %1.</source>
        <translation>Les montants en %1, la devise principale, viennent en premier&#xa0;; les autres devises sont indiquées à côté, jamais ajoutées. Les graphiques sont en %1.</translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>%1 ne peut pas être créé&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Vider le menu</translation>
    </message>
    <message>
        <source>Carnet could not be started on %1.</source>
        <translation>Carnet n’a pas pu être lancé sur %1.</translation>
    </message>
    <message>
        <source>Carnet databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Bases Carnet (*.sqlite3 *.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nouvelle base</translation>
    </message>
    <message>
        <source>No new database: %1</source>
        <translation>Pas de nouvelle base&#xa0;: %1</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Aucune base récente</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base</translation>
    </message>
    <message>
        <source>Opening %1 in a new window…</source>
        <translation>Ouverture de %1 dans une nouvelle fenêtre…</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose from the calendar</source>
        <translation>Choisir dans le calendrier</translation>
    </message>
    <message>
        <source>Choose from the calendar (Alt+Down)</source>
        <translation>Choisir dans le calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>ex. {example}</translation>
    </message>
</context>
<context>
    <name>DesktopNotifications</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>DocumentEditorDialog</name>
    <message>
        <source>New quote — {name}</source>
        <translation>Nouveau devis — {name}</translation>
    </message>
    <message>
        <source>Edit quote — {name}</source>
        <translation>Modifier le devis — {name}</translation>
    </message>
    <message>
        <source>New invoice — {name}</source>
        <translation>Nouvelle facture — {name}</translation>
    </message>
    <message>
        <source>Edit invoice — {name}</source>
        <translation>Modifier la facture — {name}</translation>
    </message>
    <message>
        <source>Credit note — {name}</source>
        <translation>Avoir — {name}</translation>
    </message>
    <message>
        <source>A draft until you send it: it gets its number then.</source>
        <translation>Le devis reste un brouillon jusqu’à son envoi&#xa0;: il reçoit alors son numéro.</translation>
    </message>
    <message>
        <source>A draft until you issue it: it gets its number then, and can no longer be changed.</source>
        <translation>La facture reste un brouillon jusqu’à son émission&#xa0;: elle reçoit alors son numéro et ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>What the credit note takes off the invoice, as positive amounts.</source>
        <translation>Ce que l’avoir retire de la facture, en montants positifs.</translation>
    </message>
    <message>
        <source>Save Draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>No VAT</source>
        <translation>Sans TVA</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Unit price excl. VAT</source>
        <translation>Prix unitaire HT</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Total excl. VAT</source>
        <translation>Total HT</translation>
    </message>
    <message>
        <source>lump sum</source>
        <translation>forfait</translation>
    </message>
    <message>
        <source>&amp;Add Line</source>
        <translation>&amp;Ajouter une ligne</translation>
    </message>
    <message>
        <source>&amp;Remove Line</source>
        <translation>&amp;Supprimer la ligne</translation>
    </message>
    <message>
        <source>Lines:</source>
        <translation>Lignes&#xa0;:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>&amp;Discount excl. VAT:</source>
        <translation>&amp;Remise HT&#xa0;:</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>&amp;Valable jusqu’au&#xa0;:</translation>
    </message>
    <message>
        <source>Unticked: as many days after the day it is sent as My Business says</source>
        <translation>Non coché&#xa0;: le nombre de jours après l’envoi fixé dans Mon entreprise</translation>
    </message>
    <message>
        <source>D&amp;ue on:</source>
        <translation>&amp;Date d’échéance&#xa0;:</translation>
    </message>
    <message>
        <source>Unticked: the payment terms of My Business, from the issue date</source>
        <translation>Non coché&#xa0;: le délai de paiement de Mon entreprise, à partir de la date d’émission</translation>
    </message>
    <message>
        <source>&amp;Sells:</source>
        <translation>&amp;Nature de la vente&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. 30 % deposit on acceptance, the rest on delivery</source>
        <translation>ex. acompte de 30&#xa0;% à l’acceptation, solde à la livraison</translation>
    </message>
    <message>
        <source>&amp;Conditions:</source>
        <translation>&amp;Conditions&#xa0;:</translation>
    </message>
    <message>
        <source>Lines: {amount}</source>
        <translation>Lignes&#xa0;: {amount}</translation>
    </message>
    <message>
        <source>Discount: −{amount}</source>
        <translation>Remise&#xa0;: −{amount}</translation>
    </message>
    <message>
        <source>Total excl. VAT: {amount}</source>
        <translation>Total HT&#xa0;: {amount}</translation>
    </message>
    <message>
        <source>No VAT on {base}</source>
        <translation>Sans TVA sur {base}</translation>
    </message>
    <message>
        <source>VAT {rate}: {vat} on {base}</source>
        <translation>TVA {rate}&#xa0;: {vat} sur {base}</translation>
    </message>
    <message>
        <source>No VAT: art. 293 B du CGI</source>
        <translation>TVA non applicable, art. 293 B du CGI</translation>
    </message>
    <message>
        <source>Total incl. VAT: {amount}</source>
        <translation>Total TTC&#xa0;: {amount}</translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <source>Quote</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Deposit invoice</source>
        <translation>Facture d’acompte</translation>
    </message>
</context>
<context>
    <name>DocumentState</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Payée en partie</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Annulée par avoir</translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>a credit note</comment>
        <translation>Émis</translation>
    </message>
</context>
<context>
    <name>DocumentsWindow</name>
    <message>
        <source>Quotes and invoices — {name}</source>
        <translation>Devis et factures — {name}</translation>
    </message>
    <message>
        <source>Quotes, invoices and credit notes</source>
        <translation>Devis, factures et avoirs</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Left to pay</source>
        <translation>Reste à payer</translation>
    </message>
    <message>
        <source>No quote nor invoice yet: make one with New Quote or New Invoice.</source>
        <translation>Aucun devis ni aucune facture pour l’instant&#xa0;: commencez par Nouveau devis ou Nouvelle facture.</translation>
    </message>
    <message>
        <source>New &amp;Quote…</source>
        <translation>&amp;Nouveau devis…</translation>
    </message>
    <message>
        <source>New &amp;Invoice…</source>
        <translation>Nouvelle &amp;facture…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Mark &amp;Sent</source>
        <translation>Marquer comme &amp;envoyé</translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation>&amp;Accepter…</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>E&amp;xtend Validity…</source>
        <translation>Prolonger la &amp;validité…</translation>
    </message>
    <message>
        <source>Iss&amp;ue…</source>
        <translation>Émet&amp;tre…</translation>
    </message>
    <message>
        <source>Record &amp;Payment…</source>
        <translation>Enregistrer un &amp;paiement…</translation>
    </message>
    <message>
        <source>Credit &amp;Note…</source>
        <translation>&amp;Créer un avoir…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Enregistrer le P&amp;DF…</translation>
    </message>
    <message>
        <source>Reminder Le&amp;tter…</source>
        <translation>&amp;Lettre de relance…</translation>
    </message>
    <message>
        <source>{status}, overdue</source>
        <translation>{status}, en retard</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(brouillon)</translation>
    </message>
    <message>
        <source>valid until {day}</source>
        <translation>valable jusqu’au {day}</translation>
    </message>
    <message>
        <source>A draft has no number yet: send the quote or issue the invoice first, then save its PDF.</source>
        <translation>Un brouillon n’a pas encore de numéro&#xa0;: envoyez d’abord le devis ou émettez la facture, puis enregistrez son PDF.</translation>
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
    <name>ExportInvoicesDialog</name>
    <message>
        <source>Export Invoices</source>
        <translation>Exporter les factures</translation>
    </message>
    <message>
        <source>Every invoice and credit note issued in the period, as a Factur-X PDF named by its number. A file already in the folder is never replaced.</source>
        <translation>Chaque facture et chaque avoir émis pendant la période, en PDF Factur-X nommé d’après son numéro. Un fichier déjà présent dans le dossier n’est jamais remplacé.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>D&amp;ossier&#xa0;:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Folder for the invoices</source>
        <translation>Dossier des factures</translation>
    </message>
</context>
<context>
    <name>ExtendValidityDialog</name>
    <message>
        <source>Extend {number}</source>
        <translation>Prolonger {number}</translation>
    </message>
    <message>
        <source>Until when may the client accept {number}?</source>
        <translation>Jusqu’à quand le client peut-il accepter {number}&#xa0;?</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Prolonger</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>&amp;Valable jusqu’au&#xa0;:</translation>
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
        <source>Show only contacts without recent contact</source>
        <translation>Afficher seulement les contacts sans contact récent</translation>
    </message>
    <message>
        <source>No next step</source>
        <translation>Sans suite prévue</translation>
    </message>
    <message>
        <source>Show only leads and prospects without a follow-up date</source>
        <translation>Ne montrer que les leads et prospects sans date de relance</translation>
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
    <name>FollowUpFields</name>
    <message>
        <source>Follow-up time</source>
        <translation>Heure de la relance</translation>
    </message>
    <message>
        <source>Optional: a time of day for the reminder. Empty: any time that day.</source>
        <translation>Facultatif&#xa0;: une heure pour le rappel. Vide&#xa0;: n’importe quand dans la journée.</translation>
    </message>
    <message>
        <source>W&amp;hat to do:</source>
        <translation>À &amp;faire&#xa0;:</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>n’importe quand</translation>
    </message>
    <message>
        <source>e.g. Call back about the quote</source>
        <translation>par ex. Rappeler au sujet du devis</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>, </source>
        <comment>between amounts in currencies other than the home one</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 · also %2</source>
        <comment>an amount in the home currency, then the amounts in other currencies (never added to it)</comment>
        <translation>%1 · et aussi %2</translation>
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
    <name>GiftDialog</name>
    <message>
        <source>Edit gift — {name}</source>
        <translation>Modifier le cadeau — {name}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Box of chocolates</source>
        <translation>ex. Boîte de chocolats</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Cadeau&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>&amp;Envoyé le&#xa0;:</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Envoyé le</translation>
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
        <source>Loading…</source>
        <translation>Chargement…</translation>
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
    <name>GuideWindow</name>
    <message>
        <source>Carnet User Guide</source>
        <translation>Guide d’utilisation de Carnet</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation of Carnet.</source>
        <translation>Le guide d’utilisation manque dans cette installation de Carnet.</translation>
    </message>
</context>
<context>
    <name>HomeCurrencyDialog</name>
    <message>
        <source>Home currency</source>
        <translation>Devise principale</translation>
    </message>
    <message>
        <source>Which currency do you invoice in? Carnet shows your totals in it; payments in other currencies are listed beside them, never added to them. You can change it later in Preferences.</source>
        <translation>Dans quelle devise facturez-vous&#xa0;? Carnet y affiche vos totaux&#xa0;; les paiements dans d’autres devises sont indiqués à côté, jamais ajoutés. Vous pourrez la changer plus tard dans les Préférences.</translation>
    </message>
    <message>
        <source>Use This Currency</source>
        <translation>Utiliser cette devise</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Devise&#xa0;:</translation>
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
        <source>Not a stage (its rows cannot be imported)</source>
        <translation>Pas une étape (ses lignes ne peuvent pas être importées)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Other (the word is kept as a tag)</source>
        <translation>Autre (le mot est gardé comme étiquette)</translation>
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
    <name>InvoiceActions</name>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Draft quote saved for {name}.</source>
        <translation>Brouillon de devis enregistré pour {name}.</translation>
    </message>
    <message>
        <source>Draft invoice saved for {name}.</source>
        <translation>Brouillon de facture enregistré pour {name}.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Brouillon enregistré.</translation>
    </message>
    <message>
        <source>Delete the draft?</source>
        <translation>Supprimer le brouillon&#xa0;?</translation>
    </message>
    <message>
        <source>Delete this draft of {total}? It has no number yet, so no number is lost.</source>
        <translation>Supprimer ce brouillon de {total}&#xa0;? Il n’a pas encore de numéro&#xa0;: aucun numéro n’est perdu.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Non supprimé</translation>
    </message>
    <message>
        <source>Draft deleted.</source>
        <translation>Brouillon supprimé.</translation>
    </message>
    <message>
        <source>Mark the quote sent?</source>
        <translation>Marquer le devis comme envoyé&#xa0;?</translation>
    </message>
    <message>
        <source>The quote gets its number now and can no longer be changed. Then save its PDF and send it to your client.</source>
        <translation>Le devis reçoit maintenant son numéro et ne pourra plus être modifié. Enregistrez ensuite son PDF et envoyez-le à votre client.</translation>
    </message>
    <message>
        <source>Quote {number} marked sent.</source>
        <translation>Devis {number} marqué comme envoyé.</translation>
    </message>
    <message>
        <source>Quote {number} accepted.</source>
        <translation>Devis {number} accepté.</translation>
    </message>
    <message>
        <source>Quote {number} accepted; its invoice is a draft: check it, then issue it.</source>
        <translation>Devis {number} accepté&#xa0;; sa facture est un brouillon&#xa0;: vérifiez-la, puis émettez-la.</translation>
    </message>
    <message>
        <source>Mark the quote refused?</source>
        <translation>Marquer le devis comme refusé&#xa0;?</translation>
    </message>
    <message>
        <source>Mark {number} refused by the client? Its amount leaves the pipeline.</source>
        <translation>Marquer {number} comme refusé par le client&#xa0;? Son montant ne compte plus dans les affaires en cours.</translation>
    </message>
    <message>
        <source>Quote {number} refused.</source>
        <translation>Devis {number} refusé.</translation>
    </message>
    <message>
        <source>{number} is valid until {day}.</source>
        <translation>{number} est valable jusqu’au {day}.</translation>
    </message>
    <message>
        <source>credit note</source>
        <translation>cet avoir</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>cette facture</translation>
    </message>
    <message>
        <source>Issue it?</source>
        <translation>Émettre maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Issue this {what} of {total} today? It gets the next number and becomes final: it can never be changed nor deleted, only corrected by a credit note.</source>
        <translation>Émettre {what} de {total} aujourd’hui&#xa0;? Le document reçoit le numéro suivant et devient définitif&#xa0;: il ne pourra jamais être modifié ni supprimé, seulement corrigé par un avoir.</translation>
    </message>
    <message>
        <source>Not issued</source>
        <translation>Non émis</translation>
    </message>
    <message>
        <source>{number} issued.</source>
        <translation>Document {number} émis.</translation>
    </message>
    <message>
        <source>Payment recorded; {due} still due on {number}.</source>
        <translation>Paiement enregistré&#xa0;; il reste {due} à payer sur {number}.</translation>
    </message>
    <message>
        <source>{number} is paid.</source>
        <translation>La facture {number} est payée.</translation>
    </message>
    <message>
        <source>Make a credit note?</source>
        <translation>Créer un avoir&#xa0;?</translation>
    </message>
    <message>
        <source>An issued invoice is never changed: a credit note corrects it. Make a draft credit note of {number}? You can then take lines off it before you issue it.</source>
        <translation>Une facture émise n’est jamais modifiée&#xa0;: un avoir la corrige. Créer un brouillon d’avoir pour {number}&#xa0;? Vous pourrez ensuite en retirer des lignes avant de l’émettre.</translation>
    </message>
    <message>
        <source>Draft credit note for {number} saved.</source>
        <translation>Brouillon d’avoir pour {number} enregistré.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Pas de lettre de relance</translation>
    </message>
    <message>
        <source>Save Reminder Letter</source>
        <translation>Enregistrer la lettre de relance</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>{file} already exists; Carnet never replaces a file you did not choose. Choose another name.</source>
        <translation>{file} existe déjà&#xa0;; Carnet ne remplace jamais un fichier que vous n’avez pas choisi. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>{file} is your database: choose another name.</source>
        <translation>{file} est votre base de données&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The PDF could not be written to {file}: {reason}</source>
        <translation>Le PDF n’a pas pu être écrit dans {file}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>{file} enregistré.</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <source>Export Invoices</source>
        <translation>Exporter les factures</translation>
    </message>
    <message>
        <source>No invoice nor credit note was issued from {start} to {end}: nothing to export.</source>
        <translation>Aucune facture ni aucun avoir n’a été émis du {start} au {end}&#xa0;: rien à exporter.</translation>
    </message>
    <message>
        <source>Writing the invoices…</source>
        <translation>Écriture des factures…</translation>
    </message>
    <message>
        <source>1 file written to {folder}.</source>
        <translation>1 fichier écrit dans {folder}.</translation>
    </message>
    <message>
        <source>{count} files written to {folder}.</source>
        <translation>{count} fichiers écrits dans {folder}.</translation>
    </message>
    <message>
        <source>Invoices exported</source>
        <translation>Factures exportées</translation>
    </message>
</context>
<context>
    <name>InvoicePaymentDialog</name>
    <message>
        <source>Record payment — {number}</source>
        <translation>Enregistrer un paiement — {number}</translation>
    </message>
    <message>
        <source>{due} is still due on {number}.</source>
        <translation>Il reste {due} à payer sur {number}.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Amount received:</source>
        <translation>&amp;Montant reçu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Paid on:</source>
        <translation>&amp;Payé le&#xa0;:</translation>
    </message>
    <message>
        <source>— not said —</source>
        <translation>— non précisé —</translation>
    </message>
    <message>
        <source>Paid &amp;by:</source>
        <translation>Payé pa&amp;r&#xa0;:</translation>
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
        <source>Edit interaction — {name}</source>
        <translation>Modifier l’interaction — {name}</translation>
    </message>
    <message>
        <source>Save</source>
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
    <message>
        <source>Logging this marks “%1” done: the last step of the sequence “%2”.</source>
        <translation>Enregistrer cette interaction marque «&#xa0;%1&#xa0;» comme fait&#xa0;: c’est la dernière étape de la séquence «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Logging this marks “%1” done (sequence “%2”); its next step is proposed below.</source>
        <translation>Enregistrer cette interaction marque «&#xa0;%1&#xa0;» comme fait (séquence «&#xa0;%2&#xa0;»)&#xa0;; l’étape suivante est proposée ci-dessous.</translation>
    </message>
</context>
<context>
    <name>LongWork</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
        <source>&amp;Delete Permanently…</source>
        <translation>&amp;Supprimer définitivement…</translation>
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
        <source>&amp;Move To</source>
        <translation>&amp;Déplacer vers</translation>
    </message>
    <message>
        <source>&amp;Start Sequence</source>
        <translation>&amp;Lancer une séquence</translation>
    </message>
    <message>
        <source>&amp;Stop “%1”</source>
        <translation>&amp;Arrêter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>E&amp;xport This Contact…</source>
        <translation>E&amp;xporter ce contact…</translation>
    </message>
    <message>
        <source>Find D&amp;uplicates…</source>
        <translation>Rechercher les do&amp;ublons…</translation>
    </message>
    <message>
        <source>New In&amp;voice…</source>
        <translation>Nouvelle &amp;facture…</translation>
    </message>
    <message>
        <source>New Quo&amp;te…</source>
        <translation>Nouveau de&amp;vis…</translation>
    </message>
    <message>
        <source>No sequence: add one in Preferences</source>
        <translation>Aucune séquence&#xa0;: ajoutez-en une dans les Préférences</translation>
    </message>
    <message>
        <source>Postpone &amp;Follow-up</source>
        <translation>Reporter la &amp;relance</translation>
    </message>
    <message>
        <source>Quotes &amp;and Invoices…</source>
        <translation>Devis &amp;et factures…</translation>
    </message>
    <message>
        <source>Record &amp;Payment or Quote…</source>
        <translation>Enregistrer un &amp;paiement ou un devis…</translation>
    </message>
    <message>
        <source>Set &amp;Follow-up</source>
        <translation>Prévoir une &amp;relance</translation>
    </message>
    <message>
        <source>Backed up to %1, and copied to %2.</source>
        <translation>Sauvegardé dans %1, et copié dans %2.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>&amp;Qualify…</source>
        <translation>&amp;Qualifier…</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Suivi</translation>
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
        <source>To review</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nouvelle base…</translation>
    </message>
    <message>
        <source>Start another, empty book in a file of its own</source>
        <translation>Commencer un autre carnet, vide, dans son propre fichier</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Créer une sauvegarde</translation>
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
        <translation>Exporter les contacts en C&amp;SV…</translation>
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
        <source>Move to &amp;Next Stage</source>
        <translation>Déplacer vers l’étape &amp;suivante</translation>
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
        <source>Open Recen&amp;t</source>
        <translation>&amp;Bases récentes</translation>
    </message>
    <message>
        <source>Export Follow-ups to Ca&amp;lendar…</source>
        <translation>Exporter les relances vers l’a&amp;genda…</translation>
    </message>
    <message>
        <source>Every open follow-up as an event of an .ics file, for your calendar</source>
        <translation>Chaque relance prévue comme un événement d’un fichier .ics, pour votre agenda</translation>
    </message>
    <message>
        <source>E&amp;xport Invoices…</source>
        <translation>E&amp;xporter les factures…</translation>
    </message>
    <message>
        <source>Every invoice and credit note issued in a period, as Factur-X PDFs in a folder</source>
        <translation>Chaque facture et chaque avoir émis pendant une période, en PDF Factur-X dans un dossier</translation>
    </message>
    <message>
        <source>Move to Pre&amp;vious Stage</source>
        <translation>Déplacer vers l’étape &amp;précédente</translation>
    </message>
    <message>
        <source>Arc&amp;hive…</source>
        <translation>Arc&amp;hiver…</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>Ra&amp;pports</translation>
    </message>
    <message>
        <source>&amp;Receipts Book…</source>
        <translation>&amp;Livre des recettes…</translation>
    </message>
    <message>
        <source>Every payment received, in date order, with monthly totals</source>
        <translation>Tous les paiements reçus, par date, avec les totaux mensuels</translation>
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
        <source>User &amp;Guide</source>
        <translation>&amp;Guide d’utilisation</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
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
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Showing the segment “%1” on the board; click its name in the filter bar to show every card again.</source>
        <translation>Le tableau n’affiche que le segment «&#xa0;%1&#xa0;»&#xa0;; cliquez sur son nom dans la barre de filtre pour afficher à nouveau toutes les cartes.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n contact(s) to the board.</source>
        <translation>
            <numerusform>%n contact remis sur le tableau.</numerusform>
            <numerusform>%n contacts remis sur le tableau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move between cards and columns</source>
        <translation>Passer de carte en carte et de colonne en colonne</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Flèches</translation>
    </message>
    <message>
        <source>Open the selected contact</source>
        <translation>Ouvrir le contact sélectionné</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Open the card&apos;s menu</source>
        <translation>Ouvrir le menu de la carte</translation>
    </message>
    <message>
        <source>Menu key</source>
        <translation>Touche Menu</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation>Modifier la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>Supprimer la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppr</translation>
    </message>
    <message>
        <source>Done: log an interaction</source>
        <translation>Fait&#xa0;: enregistrer une interaction</translation>
    </message>
    <message>
        <source>Alt+D or Ctrl+I</source>
        <translation>Alt+T ou Ctrl+I</translation>
    </message>
    <message>
        <source>Postpone the selected follow-up</source>
        <translation>Reporter la relance sélectionnée</translation>
    </message>
    <message>
        <source>Alt+S</source>
        <translation>Alt+E</translation>
    </message>
    <message>
        <source>a demo database, discarded on quit</source>
        <translation>une base de démonstration, effacée à la fermeture</translation>
    </message>
    <message>
        <source>&lt;p&gt;Database: %1&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later. Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Base&#xa0;: %1&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure. Construit avec Qt %2.&lt;/p&gt;</translation>
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
        <source>Import cancelled: nothing was imported.</source>
        <translation>Import annulé&#xa0;: rien n’a été importé.</translation>
    </message>
    <message>
        <source>Importing contacts…</source>
        <translation>Import des contacts…</translation>
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
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Tout sé&amp;lectionner</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Tell Carnet what each column of your file holds. A name is needed: a Name column, First name and Last name, or an Organisation column.</source>
        <translation>Dites à Carnet ce que contient chaque colonne de votre fichier. Un nom est nécessaire&#xa0;: une colonne Nom, Prénom et Nom de famille, ou une colonne Organisation.</translation>
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
        <source>Words Carnet does not know: say what each one means.</source>
        <translation>Mots que Carnet ne connaît pas&#xa0;: dites ce que chacun veut dire.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>In your file</source>
        <translation>Dans votre fichier</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Veut dire</translation>
    </message>
    <message>
        <source>Words Carnet does not know</source>
        <translation>Mots que Carnet ne connaît pas</translation>
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
        <source>Choose the column that holds the name or the organisation.</source>
        <translation>Choisissez la colonne qui contient le nom ou l’organisation.</translation>
    </message>
    <message>
        <source>What %1 means</source>
        <translation>Ce que veut dire %1</translation>
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
        <source>Edit payment — {name}</source>
        <translation>Modifier le paiement — {name}</translation>
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
    <message>
        <source>— not said —</source>
        <translation>— non précisé —</translation>
    </message>
    <message>
        <source>Paid &amp;by:</source>
        <translation>Payé pa&amp;r&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. invoice 2026-014</source>
        <translation>ex. facture 2026-014</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>Référ&amp;ence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact&#xa0;:</translation>
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
        <translation>Fusionné avec ce contact</translation>
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
    <name>MoreDetailsEditor</name>
    <message>
        <source>Further emails, phones and addresses. The ones on the Details tab come first: the card shows them.</source>
        <translation>Autres e-mails, téléphones et adresses. Ceux de l’onglet Détails passent en premier&#xa0;: ce sont eux que la carte affiche.</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Aucune pour l’instant.</translation>
    </message>
    <message>
        <source>Add &amp;Email</source>
        <translation>Ajouter un &amp;e-mail</translation>
    </message>
    <message>
        <source>Add P&amp;hone</source>
        <translation>Ajouter un télé&amp;phone</translation>
    </message>
    <message>
        <source>Add Addre&amp;ss</source>
        <translation>Ajouter une &amp;adresse</translation>
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
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Label, e.g. Holiday home</source>
        <translation>Libellé, ex. Maison de vacances</translation>
    </message>
    <message>
        <source>Label, e.g. Mobile</source>
        <translation>Libellé, ex. Portable</translation>
    </message>
    <message>
        <source>Label, e.g. Work</source>
        <translation>Libellé, ex. Travail</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Fermer le message</translation>
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
    <name>PaymentMethod</name>
    <message>
        <source>Bank transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte bancaire</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Online (PayPal…)</source>
        <translation>En ligne (PayPal…)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
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
    <name>PersonExport</name>
    <message>
        <source>%1 exported to %2.</source>
        <translation>%1 exporté vers %2.</translation>
    </message>
    <message>
        <source>%1 is a database; an export never replaces one. Choose another name.</source>
        <translation>%1 est une base de données&#xa0;; un export ne remplace jamais une base. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajout</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Ambassador since</source>
        <translation>Ambassadeur depuis le</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Archive note</source>
        <translation>Note d’archivage</translation>
    </message>
    <message>
        <source>Archive reason</source>
        <translation>Motif d’archivage</translation>
    </message>
    <message>
        <source>Archived on</source>
        <translation>Archivé le</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Informations du contact</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Export This Contact</source>
        <translation>Exporter ce contact</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>Exported from Carnet on %1</source>
        <translation>Exporté de Carnet le %1</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Follow-up time</source>
        <translation>Heure de la relance</translation>
    </message>
    <message>
        <source>Follow-up: what to do</source>
        <translation>Relance&#xa0;: à faire</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Cadeau</translation>
    </message>
    <message>
        <source>Gift preferences</source>
        <translation>Préférences cadeau</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Cadeaux</translation>
    </message>
    <message>
        <source>How they recommend you</source>
        <translation>Comment ce contact vous recommande</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Last changed on</source>
        <translation>Dernière modification le</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Prochaine relance</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Pas encore envoyé</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Rien n’est enregistré.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Paid before Carnet (imported)</source>
        <translation>Payé avant Carnet (importé)</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Payé le</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Qualification note</source>
        <translation>Note de qualification</translation>
    </message>
    <message>
        <source>Quote or invoice date</source>
        <translation>Date du devis ou de la facture</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Recommandé par</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Historique des étapes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>The export to %1 failed: %2</source>
        <translation>L’export vers %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>en</source>
        <comment>The code of this translation&apos;s language (fr for French): the lang of the exported page</comment>
        <translation>fr</translation>
    </message>
</context>
<context>
    <name>PickFollowUpDayDialog</name>
    <message>
        <source>Set Follow-up — {name}</source>
        <translation>Prévoir une relance — {name}</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Prévoir</translation>
    </message>
    <message>
        <source>Postpone Follow-up — {name}</source>
        <translation>Reporter la relance — {name}</translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>The follow-up keeps its time and note; only its day changes.</source>
        <translation>La relance garde son heure et sa note&#xa0;; seul son jour change.</translation>
    </message>
    <message>
        <source>&amp;Follow up on:</source>
        <translation>Re&amp;lancer le&#xa0;:</translation>
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
        <source>M&amp;edium from (%1):</source>
        <translation>M&amp;oyen à partir de (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>B&amp;ig from (%1):</source>
        <translation>G&amp;rand à partir de (%1)&#xa0;:</translation>
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
    <name>PostponeMenu</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Next Week</source>
        <translation>La semaine &amp;prochaine</translation>
    </message>
    <message>
        <source>&amp;Pick a Date…</source>
        <translation>&amp;Choisir une date…</translation>
    </message>
    <message>
        <source>&amp;Tomorrow</source>
        <translation>&amp;Demain</translation>
    </message>
    <message>
        <source>In &amp;3 Days</source>
        <translation>Dans &amp;3 jours</translation>
    </message>
    <message>
        <source>In a &amp;Month</source>
        <translation>Dans un &amp;mois</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Stay in touch: a contact goes stale, and shows up in “To do today”, after this many days without contact (an interaction, an invoice, a payment or a gift sent).</source>
        <translation>Rester en contact&#xa0;: un contact devient inactif, et apparaît dans «&#xa0;À faire aujourd’hui&#xa0;», après ce nombre de jours sans contact (interaction, facture, paiement ou cadeau envoyé).</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
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
        <source>Strangers, visitors, leads and prospects with no contact for this long are listed in “To review”, to archive or delete (the CNIL advises three years).</source>
        <translation>Les étrangers, visiteurs, leads et prospects sans contact depuis cette durée apparaissent dans «&#xa0;À revoir&#xa0;», pour être archivés ou supprimés (la CNIL recommande trois ans).</translation>
    </message>
    <message>
        <source>&amp;Review contacts after:</source>
        <translation>&amp;Revoir les contacts après&#xa0;:</translation>
    </message>
    <message>
        <source>Years without contact before a contact is listed for review</source>
        <translation>Nombre d’années sans contact avant qu’un contact apparaisse dans «&#xa0;À revoir&#xa0;»</translation>
    </message>
    <message>
        <source>The currency your totals are shown in; payments in other currencies are listed beside them, never added to them.</source>
        <translation>La devise dans laquelle vos totaux sont affichés&#xa0;; les paiements dans d’autres devises sont indiqués à côté, jamais ajoutés.</translation>
    </message>
    <message>
        <source>&amp;Home currency:</source>
        <translation>&amp;Devise principale&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Amounts</source>
        <translation>&amp;Montants</translation>
    </message>
    <message>
        <source>Re&amp;minders</source>
        <translation>Ra&amp;ppels</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Sauvegardes</translation>
    </message>
    <message>
        <source>Se&amp;quences</source>
        <translation>Sé&amp;quences</translation>
    </message>
    <message>
        <source>My B&amp;usiness</source>
        <translation>Mon &amp;entreprise</translation>
    </message>
    <message>
        <source>While Carnet is open, even minimised, a follow-up falling due shows a notification on your desktop; click it to open the contact. A follow-up with a time of day is due at that time, one without at the hour below.</source>
        <translation>Tant que Carnet est ouvert, même réduit, une relance qui arrive à échéance s’affiche en notification sur votre bureau&#xa0;; cliquez dessus pour ouvrir le contact. Une relance avec une heure tombe à cette heure-là, une relance sans heure à l’heure ci-dessous.</translation>
    </message>
    <message>
        <source>&amp;Notify me of follow-ups falling due</source>
        <translation>Me pré&amp;venir des relances qui arrivent à échéance</translation>
    </message>
    <message>
        <source>Follow-ups without a time are due at:</source>
        <translation>Les relances sans heure tombent à&#xa0;:</translation>
    </message>
    <message>
        <source>Hour of the follow-ups without a time of day</source>
        <translation>Heure des relances sans heure précise</translation>
    </message>
    <message>
        <source>Your calendar can show your follow-ups too: Carnet keeps this file up to date (an iCalendar .ics file, one event per follow-up), which a calendar app subscribes to or a sync tool carries. Leave it empty for none; File ▸ Export Follow-ups to Calendar… writes one once.</source>
        <translation>Votre agenda peut aussi montrer vos relances&#xa0;: Carnet tient ce fichier à jour (un fichier iCalendar .ics, un événement par relance), auquel une application d’agenda s’abonne ou qu’un outil de synchronisation emporte. Laissez vide pour aucun&#xa0;; Fichier ▸ Exporter les relances vers l’agenda… en écrit un une fois.</translation>
    </message>
    <message>
        <source>No calendar file</source>
        <translation>Pas de fichier d’agenda</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>&amp;Calendar file:</source>
        <translation>Fichier d’&amp;agenda&#xa0;:</translation>
    </message>
    <message>
        <source>Calendar file kept up to date</source>
        <translation>Fichier d’agenda tenu à jour</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>Fichier d’agenda</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers d’agenda (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> jour</numerusform>
            <numerusform> jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> year(s) of no contact</source>
        <translation>
            <numerusform> an sans contact</numerusform>
            <numerusform> ans sans contact</numerusform>
        </translation>
    </message>
    <message>
        <source>Home currency not saved</source>
        <translation>Devise principale non enregistrée</translation>
    </message>
    <message>
        <source>Sequences not saved</source>
        <translation>Séquences non enregistrées</translation>
    </message>
    <message>
        <source>Business identity not saved</source>
        <translation>Informations de l’entreprise non enregistrées</translation>
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
        <translation>&amp;Autorité&#xa0;: est-ce la personne qui décide&#xa0;?</translation>
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
    <name>ReceiptsBook</name>
    <message>
        <source>%1 already exists; Carnet never overwrites a file. Choose another name.</source>
        <translation>%1 existe déjà&#xa0;; Carnet n’écrase jamais un fichier. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>a&amp;u</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Date d’encaissement</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export the receipts book</source>
        <translation>Exporter le livre des recettes</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Mode de règlement</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>No payment received in this period.</source>
        <translation>Aucun paiement reçu sur cette période.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Paid before Carnet (imported)</source>
        <translation>Payé avant Carnet (importé)</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Receipts book</source>
        <translation>Livre des recettes</translation>
    </message>
    <message>
        <source>Receipts book %1 — %2</source>
        <translation>Livre des recettes %1 — %2</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Encaissé</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the receipts book as PDF</source>
        <translation>Enregistrer le livre des recettes en PDF</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Enregistré sous %1</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Total %1 (in this period)</source>
        <translation>Total %1 (sur cette période)</translation>
    </message>
    <message>
        <source>Total from %1 to %2</source>
        <translation>Total du %1 au %2</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>Totals per month</source>
        <translation>Totaux par mois</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>receipts-%1</source>
        <translation>recettes-%1</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Saved. Undo with Ctrl+Z.</source>
        <translation>Enregistré. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <source>Record a payment for %1</source>
        <translation>Enregistrer un paiement pour %1</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>Non annulé</translation>
    </message>
    <message>
        <source>the quote of %1 (%2)</source>
        <translation>le devis de %1 (%2)</translation>
    </message>
    <message>
        <source>the invoice of %1 (%2)</source>
        <translation>la facture de %1 (%2)</translation>
    </message>
    <message>
        <source>the payment of %1 (%2)</source>
        <translation>le paiement de %1 (%2)</translation>
    </message>
    <message>
        <source>the %1 of %2</source>
        <translation>l’interaction du %2 (%1)</translation>
    </message>
    <message>
        <source>the %1 gift</source>
        <translation>le cadeau %1</translation>
    </message>
    <message>
        <source>the stage change of %1</source>
        <translation>le changement d’étape du %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Change the day %1 was added</source>
        <translation>Modifier la date d’ajout de %1</translation>
    </message>
    <message>
        <source>The day %1 was added cannot be deleted; edit it to change the day.</source>
        <translation>La date d’ajout de %1 ne peut pas être supprimée&#xa0;; vous pouvez la modifier.</translation>
    </message>
    <message>
        <source>Delete %1 for %2?</source>
        <translation>Supprimer %1 de l’historique de %2&#xa0;?</translation>
    </message>
    <message>
        <source>If it was the last move, %1 goes back to the stage before it.</source>
        <translation>S’il s’agit du dernier déplacement, %1 revient à l’étape précédente.</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Vous pourrez l’annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete?</source>
        <translation>Supprimer&#xa0;?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Deleted %1. Undo with Ctrl+Z.</source>
        <translation>Supprimé&#xa0;: %1. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <source>Delete %1 permanently, with every interaction, payment, gift and stage change recorded for them? Contacts they referred stay, with no referrer.</source>
        <translation>Supprimer définitivement %1, avec toutes ses interactions et tous ses paiements, cadeaux et changements d’étape enregistrés&#xa0;? Les contacts venus sur sa recommandation restent, sans «&#xa0;Recommandé par&#xa0;».</translation>
    </message>
    <message>
        <source>Backups made before today still hold %1 until they are replaced: Carnet keeps a backup for each of the last %2 days and %3 weeks.</source>
        <translation>Les sauvegardes faites avant aujourd’hui contiennent encore %1 jusqu’à ce qu’elles soient remplacées&#xa0;: Carnet garde une sauvegarde pour chacun des %2 derniers jours et chacune des %3 dernières semaines.</translation>
    </message>
    <message>
        <source>Delete %1 permanently</source>
        <translation>Supprimer définitivement %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s) permanently, with every interaction, payment, gift and stage change recorded for them? Contacts they referred stay, with no referrer.</source>
        <translation>
            <numerusform>Supprimer définitivement %n contact, avec toutes ses interactions et tous ses paiements, cadeaux et changements d’étape enregistrés&#xa0;? Les contacts venus sur sa recommandation restent, sans «&#xa0;Recommandé par&#xa0;».</numerusform>
            <numerusform>Supprimer définitivement %n contacts, avec toutes leurs interactions et tous leurs paiements, cadeaux et changements d’étape enregistrés&#xa0;? Les contacts venus sur leur recommandation restent, sans «&#xa0;Recommandé par&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups made before today still hold them until they are replaced: Carnet keeps a backup for each of the last %2 days and %3 weeks.</source>
        <translation>Les sauvegardes faites avant aujourd’hui les contiennent encore jusqu’à ce qu’elles soient remplacées&#xa0;: Carnet garde une sauvegarde pour chacun des %2 derniers jours et chacune des %3 dernières semaines.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s) permanently</source>
        <translation>
            <numerusform>Supprimer définitivement %n contact</numerusform>
            <numerusform>Supprimer définitivement %n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z until you close Carnet. To take someone off the board without deleting them, archive them instead.</source>
        <translation>Vous pourrez l’annuler avec Ctrl+Z tant que Carnet reste ouvert. Pour retirer quelqu’un du tableau sans le supprimer, archivez-le plutôt.</translation>
    </message>
    <message>
        <source>Delete permanently?</source>
        <translation>Supprimer définitivement&#xa0;?</translation>
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <source>Deleted permanently. Undo with Ctrl+Z until you close Carnet.</source>
        <translation>Suppression définitive effectuée. Ctrl+Z pour annuler, tant que Carnet reste ouvert.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>%n follow-up(s) due now</source>
        <translation>
            <numerusform>%n relance à faire maintenant</numerusform>
            <numerusform>%n relances à faire maintenant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due today</source>
        <translation>
            <numerusform>%n relance prévue aujourd’hui</numerusform>
            <numerusform>%n relances prévues aujourd’hui</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Relance à faire</translation>
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
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Restore a backup kept elsewhere, on a USB disk for example</source>
        <translation>Restaurer une sauvegarde rangée ailleurs, sur une clé USB par exemple</translation>
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
        <source>Choose a backup</source>
        <translation>Choisir une sauvegarde</translation>
    </message>
    <message>
        <source>Carnet backups (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Sauvegardes Carnet (*.sqlite3 *.sqlite *.db);;Tous les fichiers (*)</translation>
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
    <name>RevenueCeilingsGroup</name>
    <message>
        <source>Revenue ceilings</source>
        <translation>Plafonds et seuils</translation>
    </message>
    <message>
        <source>The dashboard follows this year&apos;s revenue against them. Carnet sets no figure: they change with the law and with your activity (the guide says where they are published). Leave a field empty not to follow it.</source>
        <translation>Le tableau de bord suit le chiffre d’affaires de l’année par rapport à ces montants. Carnet n’en fixe aucun&#xa0;: ils changent avec la loi et selon votre activité (le guide indique où ils sont publiés). Laissez un champ vide pour ne pas le suivre.</translation>
    </message>
    <message>
        <source>Turnover ceiling</source>
        <translation>Plafond de chiffre d’affaires</translation>
    </message>
    <message>
        <source>VAT franchise threshold</source>
        <translation>Seuil de franchise en base de TVA</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Revenue ceiling error</source>
        <translation>Erreur de plafond</translation>
    </message>
    <message>
        <source>&amp;Turnover ceiling (%1):</source>
        <translation>Plafond de &amp;chiffre d’affaires (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;VAT franchise threshold (%1):</source>
        <translation>Seuil de franchise en base de &amp;TVA (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
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
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Never (added on %1)</source>
        <translation>Jamais (ajouté le %1)</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>&amp;Archive…</source>
        <translation>A&amp;rchiver…</translation>
    </message>
    <message>
        <source>Take the selected contacts off the board; they can be restored</source>
        <translation>Retirer les contacts sélectionnés du tableau&#xa0;; ils pourront être restaurés</translation>
    </message>
    <message>
        <source>&amp;Delete Permanently…</source>
        <translation>&amp;Supprimer définitivement…</translation>
    </message>
    <message>
        <source>Erase the selected contacts and everything recorded about them</source>
        <translation>Effacer les contacts sélectionnés et tout ce qui a été enregistré à leur sujet</translation>
    </message>
    <message>
        <source>Contacts to review</source>
        <translation>Contacts à revoir</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>Strangers, visitors, leads and prospects with no contact for %n year(s) (no interaction, invoice, payment or gift sent): the CNIL advises archiving them or deleting them permanently. Clients and ambassadors are never listed.</source>
        <translation>
            <numerusform>Étrangers, visiteurs, leads et prospects sans contact depuis %n an (ni interaction, ni facture, ni paiement, ni cadeau envoyé)&#xa0;: la CNIL recommande de les archiver ou de les supprimer définitivement. Les clients et les ambassadeurs n’y figurent jamais.</numerusform>
            <numerusform>Étrangers, visiteurs, leads et prospects sans contact depuis %n ans (ni interaction, ni facture, ni paiement, ni cadeau envoyé)&#xa0;: la CNIL recommande de les archiver ou de les supprimer définitivement. Les clients et les ambassadeurs n’y figurent jamais.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) to review</source>
        <translation>
            <numerusform>%n contact à revoir</numerusform>
            <numerusform>%n contacts à revoir</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation>Rien à revoir.</translation>
    </message>
</context>
<context>
    <name>SaleNature</name>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Biens</translation>
    </message>
    <message>
        <source>Goods and services</source>
        <translation>Biens et services</translation>
    </message>
</context>
<context>
    <name>SearchPalette</name>
    <message>
        <source>Cannot restore</source>
        <translation>Restauration impossible</translation>
    </message>
    <message>
        <source>Email, phone or address</source>
        <translation>E-mail, téléphone ou adresse</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>This contact is no longer archived.</source>
        <translation>Ce contact n’est plus archivé.</translation>
    </message>
    <message>
        <source>This contact is no longer on the board.</source>
        <translation>Ce contact n’est plus sur le suivi.</translation>
    </message>
    <message>
        <source>“%1” is back on the board.</source>
        <translation>« %1 » est de retour sur le suivi.</translation>
    </message>
    <message>
        <source>Search Everything</source>
        <translation>Tout rechercher</translation>
    </message>
    <message>
        <source>Name, email, phone, address, tag, note, interaction, payment…</source>
        <translation>Nom, e-mail, téléphone, adresse, étiquette, note, interaction, paiement…</translation>
    </message>
    <message>
        <source>Search every contact</source>
        <translation>Rechercher dans tous les contacts</translation>
    </message>
    <message>
        <source>Contacts found</source>
        <translation>Contacts trouvés</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Type any word a contact holds: a name, an email, a phone number, a word of a note, of an interaction or of a payment. Archived contacts are searched too.</source>
        <translation>Tapez n’importe quel mot d’un contact&#xa0;: un nom, un e-mail, un numéro de téléphone, un mot d’une note, d’une interaction ou d’un paiement. Les contacts archivés sont cherchés aussi.</translation>
    </message>
    <message>
        <source>No contact holds every word typed.</source>
        <translation>Aucun contact ne contient tous les mots tapés.</translation>
    </message>
    <message>
        <source>More than %1 contacts found: the newest are shown. Type more words to narrow the search.</source>
        <translation>Plus de %1 contacts trouvés&#xa0;: les plus récents sont affichés. Tapez d’autres mots pour affiner la recherche.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) found</source>
        <translation>
            <numerusform>%n contact trouvé</numerusform>
            <numerusform>%n contacts trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived Contact</source>
        <translation>Contact archivé</translation>
    </message>
    <message>
        <source>“%1” is archived.</source>
        <translation>« %1 » est archivé.</translation>
    </message>
    <message>
        <source>Restore puts the contact back on the board, in the stage it left: %1.</source>
        <translation>Restaurer remet le contact sur le suivi, à l’étape qu’il a quittée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Show in Archived</source>
        <translation>&amp;Voir dans Archivés</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
</context>
<context>
    <name>SequenceDefaults</name>
    <message>
        <source>Ask whether the quote suits them</source>
        <translation>Demander si le devis convient</translation>
    </message>
    <message>
        <source>Call to introduce yourself</source>
        <translation>Appeler pour se présenter</translation>
    </message>
    <message>
        <source>Check the quote arrived and answer questions</source>
        <translation>Vérifier que le devis est bien arrivé et répondre aux questions</translation>
    </message>
    <message>
        <source>Follow up on the brochure</source>
        <translation>Relancer au sujet de la brochure</translation>
    </message>
    <message>
        <source>Last call before the quote expires</source>
        <translation>Dernier appel avant la fin de validité du devis</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Nouveau lead</translation>
    </message>
    <message>
        <source>Quote sent</source>
        <translation>Devis envoyé</translation>
    </message>
    <message>
        <source>Send the brochure</source>
        <translation>Envoyer la brochure</translation>
    </message>
</context>
<context>
    <name>SequencesGroup</name>
    <message>
        <source>Follow-up sequences</source>
        <translation>Séquences de relance</translation>
    </message>
    <message>
        <source>A sequence plans a contact&apos;s next follow-ups, one step at a time: Contact ▸ Start Sequence makes its first step the follow-up, and each interaction you log marks the step done and sets the next one, as many days after as the steps are apart.</source>
        <translation>Une séquence prévoit les prochaines relances d’un contact, une étape à la fois&#xa0;: Contact ▸ Lancer une séquence fait de sa première étape la relance, et chaque interaction enregistrée marque l’étape comme faite et prévoit la suivante, autant de jours après que les étapes sont espacées.</translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation>Séquences</translation>
    </message>
    <message>
        <source>Steps of the sequence</source>
        <translation>Étapes de la séquence</translation>
    </message>
    <message>
        <source>Ne&amp;w Sequence</source>
        <translation>Nou&amp;velle séquence</translation>
    </message>
    <message>
        <source>Days after the start</source>
        <translation>Jours après le début</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Days after the start of the sequence</source>
        <translation>Jours après le début de la séquence</translation>
    </message>
    <message>
        <source>&amp;Delete Sequence</source>
        <translation>Supprimer la séquen&amp;ce</translation>
    </message>
    <message>
        <source>Add S&amp;tep</source>
        <translation>Ajouter une é&amp;tape</translation>
    </message>
    <message>
        <source>Remo&amp;ve Step</source>
        <translation>Ret&amp;irer l’étape</translation>
    </message>
    <message>
        <source>New sequence</source>
        <translation>Nouvelle séquence</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
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
    <name>StageBackDialog</name>
    <message>
        <source>No paid payment left</source>
        <translation>Plus aucun paiement reçu</translation>
    </message>
    <message>
        <source>Move Back</source>
        <translation>Ramener</translation>
    </message>
    <message>
        <source>&amp;Move back to:</source>
        <translation>&amp;Ramener à l’étape&#xa0;:</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>People who do not know you yet: a name from a fair, a list.</source>
        <translation>Des personnes qui ne vous connaissent pas encore&#xa0;: un nom venu d’un salon, d’une liste.</translation>
    </message>
    <message>
        <source>They have seen your website, a post or a talk.</source>
        <translation>Ils ont vu votre site web, une publication ou une intervention.</translation>
    </message>
    <message>
        <source>They have shown interest: a message, a form, a call.</source>
        <translation>Ils ont montré de l’intérêt&#xa0;: un message, un formulaire, un appel.</translation>
    </message>
    <message>
        <source>Qualified: a need, a budget, someone who decides.</source>
        <translation>Qualifiés&#xa0;: un besoin, un budget, quelqu’un qui décide.</translation>
    </message>
    <message>
        <source>Paid at least once.</source>
        <translation>Ils ont payé au moins une fois.</translation>
    </message>
    <message>
        <source>Clients who recommend you.</source>
        <translation>Des clients qui vous recommandent.</translation>
    </message>
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
    <message>
        <source>Adding up what the contacts of this column paid…</source>
        <translation>Calcul de ce qu’ont payé les contacts de cette colonne…</translation>
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
    <name>StatusBarNotifier</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
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
        <source>Paid, invoiced and quoted, per currency: what the contact is worth to you. The list is ranked by the amount in %1, the home currency.</source>
        <translation>Payé, facturé et en devis, par devise&#xa0;: ce que le contact représente pour vous. La liste est classée selon le montant en %1, la devise principale.</translation>
    </message>
    <message>
        <source>Follow-up overdue since %1</source>
        <translation>Relance en retard depuis le %1</translation>
    </message>
    <message>
        <source>Follow-up due today</source>
        <translation>Relance prévue aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>Invoice %1 unpaid, %n day(s) late</source>
        <translation>
            <numerusform>Facture&#xa0;%1 impayée,&#xa0;%n jour de retard</numerusform>
            <numerusform>Facture&#xa0;%1 impayée,&#xa0;%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>No next step planned</source>
        <translation>Aucune suite prévue</translation>
    </message>
    <message>
        <source>No contact yet</source>
        <translation>Pas encore de contact</translation>
    </message>
    <message numerus="yes">
        <source>No contact for %n day(s)</source>
        <translation>
            <numerusform>Aucun contact depuis %n jour</numerusform>
            <numerusform>Aucun contact depuis %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodoView</name>
    <message>
        <source>&amp;Open</source>
        <translation>O&amp;uvrir</translation>
    </message>
    <message>
        <source>Edit the selected contact (Enter)</source>
        <translation>Modifier le contact sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>Po&amp;stpone</source>
        <translation>Report&amp;er</translation>
    </message>
    <message>
        <source>Move the selected contact&apos;s follow-up to another day, or give them one</source>
        <translation>Reporter la relance du contact sélectionné à un autre jour, ou lui en prévoir une</translation>
    </message>
    <message>
        <source>&amp;Done — Log Interaction…</source>
        <translation>Fai&amp;t — Enregistrer une interaction…</translation>
    </message>
    <message>
        <source>Record the call, email or meeting that deals with the selected contact (Ctrl+I)</source>
        <translation>Enregistrer l’appel, l’e-mail ou le rendez-vous qui règle le cas du contact sélectionné (Ctrl+I)</translation>
    </message>
    <message>
        <source>To do today</source>
        <translation>À faire aujourd’hui</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Nothing to do today: every follow-up is on time, every lead and prospect has a next step, and nobody has gone quiet.</source>
        <translation>Rien à faire aujourd’hui&#xa0;: chaque relance est à l’heure, chaque lead et prospect a une suite prévue, et personne n’est resté sans nouvelles.</translation>
    </message>
    <message>
        <source>Overdue: %1 · Due today: %2 · No next step: %3 · Gone quiet: %4</source>
        <translation>En retard&#xa0;: %1 · Aujourd’hui&#xa0;: %2 · Sans suite&#xa0;: %3 · Sans nouvelles&#xa0;: %4</translation>
    </message>
    <message>
        <source>Unpaid invoices: %1</source>
        <translation>Factures impayées&#xa0;:&#xa0;%1</translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <source>&amp;Search Everything…</source>
        <translation>&amp;Tout rechercher…</translation>
    </message>
    <message>
        <source>Find a contact by any word: name, email, phone, address, notes, interactions…</source>
        <translation>Trouver un contact par n’importe quel mot&#xa0;: nom, e-mail, téléphone, adresse, notes, interactions…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Log Interaction</source>
        <translation>Noter une interaction</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Record Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Show &amp;Toolbar</source>
        <translation>Afficher la &amp;barre d’outils</translation>
    </message>
    <message>
        <source>Show Text &amp;Under Icons</source>
        <translation>Afficher le texte so&amp;us les icônes</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <source>piece</source>
        <translation>pièce</translation>
    </message>
    <message>
        <source>lump sum</source>
        <translation>forfait</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>minute</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>g</source>
        <translation>g</translation>
    </message>
    <message>
        <source>tonne</source>
        <translation>tonne</translation>
    </message>
    <message>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <source>m³</source>
        <translation>m³</translation>
    </message>
    <message>
        <source>litre</source>
        <translation>litre</translation>
    </message>
    <message>
        <source>set</source>
        <translation>lot</translation>
    </message>
    <message>
        <source>pair</source>
        <translation>paire</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome to Carnet</source>
        <translation>Bienvenue dans Carnet</translation>
    </message>
    <message>
        <source>Each contact moves from left to right as you get to know them: a stranger becomes a visitor, a lead, a prospect, a client once they have paid, and an ambassador when they recommend you. Drag the cards as that happens.</source>
        <translation>Chaque contact avance de gauche à droite à mesure que vous faites connaissance&#xa0;: un étranger devient visiteur, lead, prospect, client une fois qu’il a payé, puis ambassadeur quand il vous recommande. Déplacez les cartes au fil de ces étapes.</translation>
    </message>
    <message>
        <source>Add Your First Contact…</source>
        <translation>Ajouter votre premier contact…</translation>
    </message>
    <message>
        <source>Import Contacts…</source>
        <translation>Importer des contacts…</translation>
    </message>
    <message>
        <source>From Google, Outlook, LinkedIn, a spreadsheet or a phone&apos;s vCard</source>
        <translation>Depuis Google, Outlook, LinkedIn, un tableur ou la vCard d’un téléphone</translation>
    </message>
    <message>
        <source>Explore the Demo</source>
        <translation>Découvrir la démo</translation>
    </message>
    <message>
        <source>Opens a second window on sample contacts, discarded when it closes</source>
        <translation>Ouvre une seconde fenêtre avec des contacts d’exemple, effacés à sa fermeture</translation>
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
        <source>No header line naming a name column (such as Name, First Name, Company, Nom, Prénom or Société) was found.</source>
        <translation>Aucune ligne d’en-tête nommant une colonne de nom (comme Nom, Prénom, Société, Name, First Name ou Company) n’a été trouvée.</translation>
    </message>
    <message>
        <source>This row runs over lines {line} to {last}, and lines inside it look like rows of their own: a quotation mark on line {line} is probably not closed, so the rows below it were read into one cell. Check the quotation marks there.</source>
        <translation>Cette ligne s’étend sur les lignes {line} à {last} du fichier, et des lignes qu’elle contient ressemblent à des lignes à part entière&#xa0;: un guillemet de la ligne {line} n’est probablement pas fermé, et les lignes suivantes ont été lues dans une seule cellule. Vérifiez les guillemets à cet endroit.</translation>
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
        <source>{file} already exists in {folder}: Carnet never replaces a file. Nothing was exported; choose another folder or move that file away.</source>
        <translation>{file} existe déjà dans {folder}&#xa0;: Carnet ne remplace jamais un fichier. Rien n’a été exporté&#xa0;; choisissez un autre dossier ou déplacez ce fichier.</translation>
    </message>
    <message>
        <source>Carnet cannot write in {folder} ({reason}): nothing was exported.</source>
        <translation>Carnet ne peut pas écrire dans {folder} ({reason})&#xa0;: rien n’a été exporté.</translation>
    </message>
    <message>
        <source>{folder} is not a folder: nothing was exported.</source>
        <translation>{folder} n’est pas un dossier&#xa0;: rien n’a été exporté.</translation>
    </message>
    <message>
        <source>A document without a number cannot be exported: it has not been issued.</source>
        <translation>Un document sans numéro ne peut pas être exporté&#xa0;: il n’a pas été émis.</translation>
    </message>
    <message>
        <source>Two documents have the number {name}: nothing was exported.</source>
        <translation>Deux documents portent le numéro {name}&#xa0;: rien n’a été exporté.</translation>
    </message>
    <message>
        <source>The Factur-X data of this document is not valid: {reason}</source>
        <translation>Les données Factur-X de ce document ne sont pas valides&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>A quote is not an invoice: it has no Factur-X data ({number}).</source>
        <translation>Un devis n’est pas une facture&#xa0;: il n’a pas de données Factur-X ({number}).</translation>
    </message>
    <message>
        <source>Invoice {number} has nothing left to pay: no reminder to write.</source>
        <translation>Il ne reste rien à payer sur la facture {number}&#xa0;: pas de lettre de relance à écrire.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a BIC (8 or 11 letters and digits).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un BIC (8 ou 11 lettres et chiffres).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a country code (two letters, such as FR or BE).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un code pays (deux lettres, comme FR ou BE).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not an IBAN (its check digits or length are wrong).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un IBAN (sa clé de contrôle ou sa longueur est fausse).</translation>
    </message>
    <message>
        <source>Payment terms are a number of days from 0 to {maximum}.</source>
        <translation>Le délai de paiement est un nombre de jours de 0 à {maximum}.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a French postcode (five digits).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un code postal français (cinq chiffres).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a SIREN number (nine digits whose check digit is right).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un numéro SIREN (neuf chiffres avec une clé de contrôle juste).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a SIRET number (fourteen digits whose check digit is right).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un numéro SIRET (quatorze chiffres avec une clé de contrôle juste).</translation>
    </message>
    <message>
        <source>A quote&apos;s validity is a number of days from 1 to {maximum}.</source>
        <translation>La durée de validité d’un devis est un nombre de jours de 1 à {maximum}.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a European VAT number (such as FR40303265045).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un numéro de TVA européen (comme FR40303265045).</translation>
    </message>
    <message>
        <source>Before issuing an invoice, give {name}&apos;s billing address (street, postcode and city).</source>
        <translation>Avant d’émettre une facture, indiquez l’adresse de facturation de {name} (rue, code postal et ville).</translation>
    </message>
    <message>
        <source>Before issuing an invoice, give your business&apos;s address: street, postcode and city.</source>
        <translation>Avant d’émettre une facture, indiquez l’adresse de votre entreprise&#xa0;: rue, code postal et ville.</translation>
    </message>
    <message>
        <source>Before issuing an invoice, give your SIREN or SIRET number (French invoices must show it).</source>
        <translation>Avant d’émettre une facture, indiquez votre numéro SIREN ou SIRET (les factures françaises doivent le mentionner).</translation>
    </message>
    <message>
        <source>Before issuing an invoice, give your VAT number, or say that you are under the VAT franchise (art. 293 B du CGI).</source>
        <translation>Avant d’émettre une facture, indiquez votre numéro de TVA, ou précisez que vous êtes en franchise en base de TVA (art. 293 B du CGI).</translation>
    </message>
    <message>
        <source>The SIRET {siret} does not begin with the SIREN {siren}.</source>
        <translation>Le SIRET {siret} ne commence pas par le SIREN {siren}.</translation>
    </message>
    <message>
        <source>This text cannot be longer than {maximum} characters.</source>
        <translation>Ce texte ne peut pas dépasser {maximum} caractères.</translation>
    </message>
    <message>
        <source>The French VAT number {vat} does not hold the SIREN {siren}.</source>
        <translation>Le numéro de TVA français {vat} ne contient pas le SIREN {siren}.</translation>
    </message>
    <message>
        <source>The discount cannot be negative.</source>
        <translation>La remise ne peut pas être négative.</translation>
    </message>
    <message>
        <source>The discount must be a percentage from 0 to 100.</source>
        <translation>La remise doit être un pourcentage de 0 à 100.</translation>
    </message>
    <message>
        <source>A number format holds {{year}} and {{seq}} once each (the sequence may be padded: {{seq:04d}}), with letters, digits and - _ / . around them, such as F-{{year}}-{{seq:04d}}.</source>
        <translation>Un format de numéro contient {{year}} et {{seq}} une fois chacun (le numéro d’ordre peut être complété par des zéros&#xa0;: {{seq:04d}}), entourés de lettres, de chiffres et de - _ / ., comme F-{{year}}-{{seq:04d}}.</translation>
    </message>
    <message>
        <source>The quantity must be a number above 0 with at most three decimals.</source>
        <translation>La quantité doit être un nombre supérieur à 0 avec au plus trois décimales.</translation>
    </message>
    <message>
        <source>&quot;{unit}&quot; is not a unit Carnet knows.</source>
        <translation>«&#xa0;{unit}&#xa0;» n’est pas une unité connue de Carnet.</translation>
    </message>
    <message>
        <source>The unit price cannot be negative.</source>
        <translation>Le prix unitaire ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The VAT rate must be a percentage from 0 to 100 with at most two decimals (such as 20 or 5.5).</source>
        <translation>Le taux de TVA doit être un pourcentage de 0 à 100 avec au plus deux décimales (comme 20 ou 5,5).</translation>
    </message>
    <message>
        <source>The issue date cannot be before {last}, the date of {number}: numbers follow the dates (French rule of chronological numbering).</source>
        <translation>La date d’émission ne peut pas être antérieure au {last}, date de {number}&#xa0;: les numéros suivent l’ordre des dates (règle française de la numérotation chronologique).</translation>
    </message>
    <message>
        <source>A line&apos;s description cannot be longer than {maximum} characters.</source>
        <translation>La désignation d’une ligne ne peut pas dépasser {maximum} caractères.</translation>
    </message>
    <message>
        <source>The discount cannot be more than the lines&apos; total.</source>
        <translation>La remise ne peut pas dépasser le total des lignes.</translation>
    </message>
    <message>
        <source>A line&apos;s total cannot be more than {maximum}.</source>
        <translation>Le total d’une ligne ne peut pas dépasser {maximum}.</translation>
    </message>
    <message>
        <source>Describe what the line sells.</source>
        <translation>Décrivez ce que vous vendez sur cette ligne.</translation>
    </message>
    <message>
        <source>A document needs at least one line.</source>
        <translation>Un document doit avoir au moins une ligne.</translation>
    </message>
    <message>
        <source>Numbers made by this format would be longer than {maximum} characters.</source>
        <translation>Les numéros produits par ce format dépasseraient {maximum} caractères.</translation>
    </message>
    <message>
        <source>The quantity cannot be more than {maximum}.</source>
        <translation>La quantité ne peut pas dépasser {maximum}.</translation>
    </message>
    <message>
        <source>A document cannot have more than {maximum} lines.</source>
        <translation>Un document ne peut pas avoir plus de {maximum} lignes.</translation>
    </message>
    <message>
        <source>The unit price cannot be more than {maximum}.</source>
        <translation>Le prix unitaire ne peut pas dépasser {maximum}.</translation>
    </message>
    <message>
        <source>Step {number} of &quot;{name}&quot; must come 0 to {maximum} days after the start.</source>
        <translation>L’étape {number} de «&#xa0;{name}&#xa0;» doit venir de 0 à {maximum} jours après le début.</translation>
    </message>
    <message>
        <source>Step {number} of &quot;{name}&quot; comes before the step above it. Put the steps in the order of their days.</source>
        <translation>L’étape {number} de «&#xa0;{name}&#xa0;» vient avant l’étape au-dessus. Rangez les étapes dans l’ordre de leurs jours.</translation>
    </message>
    <message>
        <source>Give the sequence a name.</source>
        <translation>Donnez un nom à la séquence.</translation>
    </message>
    <message>
        <source>The sequence &quot;{name}&quot; has no step. Add at least one.</source>
        <translation>La séquence «&#xa0;{name}&#xa0;» n’a aucune étape. Ajoutez-en au moins une.</translation>
    </message>
    <message>
        <source>Step {number} of &quot;{name}&quot; says nothing to do. Say what to do then.</source>
        <translation>L’étape {number} de «&#xa0;{name}&#xa0;» ne dit rien à faire. Dites quoi faire à ce moment-là.</translation>
    </message>
    <message>
        <source>Two sequences are called &quot;{name}&quot;. Give each its own name.</source>
        <translation>Deux séquences s’appellent «&#xa0;{name}&#xa0;». Donnez à chacune son propre nom.</translation>
    </message>
    <message>
        <source>The sequence &quot;{name}&quot; has more than {maximum} steps.</source>
        <translation>La séquence «&#xa0;{name}&#xa0;» a plus de {maximum} étapes.</translation>
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
        <source>&quot;{value}&quot; is not a time of day (write it like 14:30).</source>
        <translation>« {value} » n’est pas une heure (écrivez-la comme 14:30).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; runs over several lines, which a name, an email or a phone never does: a quotation mark on line {line} is probably not closed, so the rows below it were read into this one. Check the quotation marks there.</source>
        <translation>«&#xa0;{value}&#xa0;» s’étend sur plusieurs lignes, ce qui n’arrive jamais à un nom, un e-mail ou un téléphone&#xa0;: un guillemet de la ligne {line} n’est probablement pas fermé, et les lignes suivantes ont été lues dans celle-ci. Vérifiez les guillemets à cet endroit.</translation>
    </message>
    <message>
        <source>{count} phone number(s) have nine digits and no leading 0, the first on line {line} ({value}): a spreadsheet drops the 0 of a number it takes for a figure (a French 06… becomes 6…). They were imported as written: add the 0 where one is missing.</source>
        <translation>Numéros de téléphone à neuf chiffres sans 0 initial&#xa0;: {count}, le premier à la ligne {line} ({value}). Un tableur supprime le 0 d’un numéro qu’il prend pour un nombre (un 06… français devient 6…). Ils ont été importés tels quels&#xa0;: ajoutez le 0 là où il manque.</translation>
    </message>
    <message>
        <source>The row has neither a name nor an organisation.</source>
        <translation>La ligne n’a ni nom ni organisation.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a source Carnet knows: the {count} row(s) with it, the first on line {line}, were imported with the source Other and &quot;{value}&quot; as a tag.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une source connue de Carnet&#xa0;: les lignes concernées ({count}), dont la première à la ligne {line}, ont été importées avec la source «&#xa0;Autre&#xa0;» et «&#xa0;{value}&#xa0;» comme étiquette.</translation>
    </message>
    <message>
        <source>This is not a text file: line {line} holds bytes that no CSV or vCard file holds. Save it from its program as CSV (&quot;CSV UTF-8&quot;) or vCard, and import that file.</source>
        <translation>Ce n’est pas un fichier texte&#xa0;: la ligne {line} contient des octets qu’aucun fichier CSV ou vCard ne contient. Enregistrez-le depuis son programme au format CSV («&#xa0;CSV UTF-8&#xa0;») ou vCard, et importez ce fichier.</translation>
    </message>
    <message>
        <source>Line {line} is not in UTF-8 like the rest of the file: it was read as Windows-1252 (Western European). Check its accented letters.</source>
        <translation>La ligne {line} n’est pas en UTF-8 comme le reste du fichier&#xa0;: elle a été lue comme du Windows-1252 (Europe occidentale). Vérifiez ses lettres accentuées.</translation>
    </message>
    <message>
        <source>{count} more line(s) are not in UTF-8 either, the first on line {line}: they were read as Windows-1252 (Western European).</source>
        <translation>{count} autre(s) ligne(s) ne sont pas en UTF-8 non plus, la première à la ligne {line}&#xa0;: elles ont été lues en Windows-1252 (Europe de l’Ouest).</translation>
    </message>
    <message>
        <source>{count} NUL character(s) were removed, the first on line {line}: the program that wrote the file left them there, and no text holds them.</source>
        <translation>Caractères NUL supprimés&#xa0;: {count}, le premier à la ligne {line}. Le programme qui a écrit le fichier les y a laissés, et aucun texte n’en contient.</translation>
    </message>
    <message>
        <source>This file is a spreadsheet&apos;s own format (such as .xlsx, .ods or .xls), not a text file: save it from your spreadsheet as &quot;CSV UTF-8&quot; and import that file.</source>
        <translation>Ce fichier est au format propre d’un tableur (comme .xlsx, .ods ou .xls), pas un fichier texte&#xa0;: enregistrez-le depuis votre tableur au format «&#xa0;CSV UTF-8&#xa0;» et importez ce fichier.</translation>
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
        <source>The day a contact was added cannot be in the future.</source>
        <translation>La date d’ajout d’un contact ne peut pas se situer dans le futur.</translation>
    </message>
    <message>
        <source>This is the day {name} was added: edit it to change the day, it cannot be deleted.</source>
        <translation>C’est la date d’ajout de {name}&#xa0;: elle ne peut pas être supprimée, mais vous pouvez la modifier.</translation>
    </message>
    <message>
        <source>This gift no longer exists (it may have been deleted).</source>
        <translation>Ce cadeau n’existe plus (il a peut-être été supprimé).</translation>
    </message>
    <message>
        <source>{name} already has a gift for {year}.</source>
        <translation>{name} a déjà un cadeau pour {year}.</translation>
    </message>
    <message>
        <source>This interaction no longer exists (it may have been deleted).</source>
        <translation>Cette interaction n’existe plus (elle a peut-être été supprimée).</translation>
    </message>
    <message>
        <source>{stage} is not before Client: pick an earlier stage.</source>
        <translation>{stage} n’est pas avant Client&#xa0;: choisissez une étape antérieure.</translation>
    </message>
    <message>
        <source>This stage change no longer exists (it may have been deleted).</source>
        <translation>Ce changement d’étape n’existe plus (il a peut-être été supprimé).</translation>
    </message>
    <message>
        <source>{name} would have no paid payment left, and only a paid payment makes a client. Move {name} back to an earlier stage? The other payments stay recorded.</source>
        <translation>{name} n’aurait plus aucun paiement reçu, et seul un paiement reçu fait un client. Ramener {name} à une étape précédente&#xa0;? Les autres paiements restent enregistrés.</translation>
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
        <source>The import was cancelled: nothing was imported.</source>
        <translation>L’import a été annulé&#xa0;: rien n’a été importé.</translation>
    </message>
    <message>
        <source>{count} row(s) have problems: nothing was imported.</source>
        <translation>{count} ligne(s) posent problème&#xa0;: rien n’a été importé.</translation>
    </message>
    <message>
        <source>This document no longer exists (it may have been deleted).</source>
        <translation>Ce document n’existe plus (il a peut-être été supprimé).</translation>
    </message>
    <message>
        <source>{number} is already issued.</source>
        <translation>Le document {number} est déjà émis.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a kind of sale (goods, services or both).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une nature de vente (biens, services ou les deux).</translation>
    </message>
    <message>
        <source>A credit note cannot be dated before the invoice it corrects ({day}).</source>
        <translation>Un avoir ne peut pas être daté d’avant la facture qu’il corrige ({day}).</translation>
    </message>
    <message>
        <source>Only an issued invoice is corrected by a credit note (a draft is simply edited).</source>
        <translation>Seule une facture émise se corrige par un avoir (un brouillon se modifie, tout simplement).</translation>
    </message>
    <message>
        <source>This credit note would credit {amount} {currency}, more than the {left} {currency} left on {number}.</source>
        <translation>Cet avoir créditerait {amount} {currency}, plus que les {left} {currency} qui restent sur {number}.</translation>
    </message>
    <message>
        <source>The due date cannot be before the issue date.</source>
        <translation>La date d’échéance ne peut pas précéder la date d’émission.</translation>
    </message>
    <message>
        <source>An invoice cannot be issued with a date in the future.</source>
        <translation>Une facture ne peut pas être émise à une date future.</translation>
    </message>
    <message>
        <source>{number} was issued: it can no longer be changed. Correct it with a credit note.</source>
        <translation>Le document {number} a été émis&#xa0;: il ne peut plus être modifié. Corrigez-le par un avoir.</translation>
    </message>
    <message>
        <source>{number} was issued: it cannot be deleted. Correct it with a credit note.</source>
        <translation>Le document {number} a été émis&#xa0;: il ne peut pas être supprimé. Corrigez-le par un avoir.</translation>
    </message>
    <message>
        <source>This is more than the {due} {currency} still due on {number}.</source>
        <translation>C’est plus que les {due} {currency} qui restent à payer sur {number}.</translation>
    </message>
    <message>
        <source>Nothing is due on {number} any more.</source>
        <translation>Il ne reste plus rien à payer sur {number}.</translation>
    </message>
    <message>
        <source>This document is not an invoice.</source>
        <translation>Ce document n’est pas une facture.</translation>
    </message>
    <message>
        <source>Only a draft can be changed.</source>
        <translation>Seul un brouillon peut être modifié.</translation>
    </message>
    <message>
        <source>The contact of this document was deleted: choose a contact first.</source>
        <translation>Le contact de ce document a été supprimé&#xa0;: choisissez d’abord un contact.</translation>
    </message>
    <message>
        <source>Issue the invoice first: a payment is recorded against an issued invoice.</source>
        <translation>Émettez d’abord la facture&#xa0;: un paiement s’enregistre sur une facture émise.</translation>
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
        <source>A quote cannot be accepted or refused before its own date.</source>
        <translation>Un devis ne peut pas être accepté ou refusé avant sa propre date.</translation>
    </message>
    <message>
        <source>Every line of {number} is already on an invoice.</source>
        <translation>Toutes les lignes de {number} sont déjà facturées.</translation>
    </message>
    <message>
        <source>This line is not one of the quote&apos;s lines still to invoice.</source>
        <translation>Cette ligne ne fait pas partie des lignes du devis restant à facturer.</translation>
    </message>
    <message>
        <source>This document is not a quote.</source>
        <translation>Ce document n’est pas un devis.</translation>
    </message>
    <message>
        <source>Only an accepted quote is invoiced.</source>
        <translation>Seul un devis accepté peut être facturé.</translation>
    </message>
    <message>
        <source>Only a sent quote can be accepted or refused.</source>
        <translation>Seul un devis envoyé peut être accepté ou refusé.</translation>
    </message>
    <message>
        <source>Only a sent quote&apos;s validity can be extended.</source>
        <translation>Seule la validité d’un devis envoyé peut être prolongée.</translation>
    </message>
    <message>
        <source>{number} expired on {day}: extend its validity before accepting it.</source>
        <translation>Le devis {number} a expiré le {day}&#xa0;: prolongez sa validité avant de l’accepter.</translation>
    </message>
    <message>
        <source>{number} was sent: refuse it rather than delete it.</source>
        <translation>Le devis {number} a été envoyé&#xa0;: marquez-le comme refusé plutôt que de le supprimer.</translation>
    </message>
    <message>
        <source>{number} was sent: it can no longer be changed. Make a new quote from it instead.</source>
        <translation>Le devis {number} a été envoyé&#xa0;: il ne peut plus être modifié. Faites plutôt un nouveau devis à partir de celui-ci.</translation>
    </message>
    <message>
        <source>A quote cannot expire before its own date.</source>
        <translation>Un devis ne peut pas expirer avant sa propre date.</translation>
    </message>
    <message>
        <source>The review period must be at least one year (it is {years}).</source>
        <translation>Le délai avant revue doit être d’au moins un an (il est de {years}).</translation>
    </message>
    <message>
        <source>An archived contact follows no sequence. Restore it first.</source>
        <translation>Un contact archivé ne suit aucune séquence. Restaurez-le d’abord.</translation>
    </message>
    <message>
        <source>This cannot be undone: {name} would be a client without any paid payment. Move {name} back before Client first, or delete the payment from the timeline, which asks where {name} goes.</source>
        <translation>Impossible d’annuler&#xa0;: {name} serait client sans aucun paiement reçu. Ramenez d’abord {name} à une étape avant Client, ou supprimez le paiement depuis l’historique, qui vous demandera où ramener {name}.</translation>
    </message>
    <message>
        <source>The backup could not be copied to the second backup folder {folder} ({reason}). Today&apos;s backup is in the usual folder, {usual}.</source>
        <translation>La sauvegarde n’a pas pu être copiée dans le second dossier de sauvegarde {folder} ({reason}). La sauvegarde du jour est dans le dossier habituel, {usual}.</translation>
    </message>
    <message>
        <source>The disk of the second backup folder {folder} is full: the backup could not be copied there. Today&apos;s backup is in the usual folder, {usual}.</source>
        <translation>Le disque du second dossier de sauvegarde {folder} est plein&#xa0;: la sauvegarde n’a pas pu y être copiée. La sauvegarde du jour est dans le dossier habituel, {usual}.</translation>
    </message>
    <message>
        <source>The second backup folder {folder} is not there (is the disk plugged in?). Today&apos;s backup is in the usual folder, {usual}.</source>
        <translation>Le second dossier de sauvegarde {folder} n’est pas là (le disque est-il branché&#xa0;?). La sauvegarde du jour est dans le dossier habituel, {usual}.</translation>
    </message>
    <message>
        <source>The second backup folder {folder} is a file, not a folder: choose another one in Preferences. Today&apos;s backup is in the usual folder, {usual}.</source>
        <translation>Le second dossier de sauvegarde {folder} est un fichier, pas un dossier&#xa0;: choisissez-en un autre dans les Préférences. La sauvegarde du jour est dans le dossier habituel, {usual}.</translation>
    </message>
    <message>
        <source>Carnet may not write in the second backup folder {folder} (it is read-only for you). Today&apos;s backup is in the usual folder, {usual}.</source>
        <translation>Carnet n’a pas le droit d’écrire dans le second dossier de sauvegarde {folder} (il est en lecture seule pour vous). La sauvegarde du jour est dans le dossier habituel, {usual}.</translation>
    </message>
    <message>
        <source>Carnet could not copy {path} into {folder} to check it ({reason}). Nothing was changed.</source>
        <translation>Carnet n’a pas pu copier {path} dans {folder} pour le vérifier ({reason}). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>{path} is the contact book open in this window, not a backup of it: choose a backup file.</source>
        <translation>{path} est le carnet ouvert dans cette fenêtre, pas une de ses sauvegardes&#xa0;: choisissez un fichier de sauvegarde.</translation>
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
        <source>malformed database schema (text that is not UTF-8)</source>
        <translation>schéma de base mal formé (texte qui n’est pas en UTF-8)</translation>
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
        <source>Carnet cannot read {file} as a picture: choose a PNG or JPEG file.</source>
        <translation>Carnet ne peut pas lire {file} comme une image&#xa0;: choisissez un fichier PNG ou JPEG.</translation>
    </message>
    <message>
        <source>Choose someone from your contacts</source>
        <translation>Choisissez quelqu’un parmi vos contacts</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date (expected something like {example}).</source>
        <translation>« {value} » n’est pas une date (attendu&#xa0;: quelque chose comme {example}).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a time (expected something like {example}).</source>
        <translation>« {value} » n’est pas une heure (attendu&#xa0;: quelque chose comme {example}).</translation>
    </message>
    <message>
        <source>Type a date, such as {example}.</source>
        <translation>Tapez une date, comme {example}.</translation>
    </message>
    <message>
        <source>Type a time, such as {example}.</source>
        <translation>Tapez une heure, comme {example}.</translation>
    </message>
    <message>
        <source>A quote cannot be valid only until a day already past.</source>
        <translation>Un devis ne peut pas être valable jusqu’à un jour déjà passé.</translation>
    </message>
    <message>
        <source>Line {number}: {problem}</source>
        <translation>Ligne {number}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>This date is still to come: pick today or an earlier day.</source>
        <translation>Cette date n’est pas encore passée&#xa0;: choisissez aujourd’hui ou un jour antérieur.</translation>
    </message>
    <message>
        <source>Choose the folder the invoices go to.</source>
        <translation>Choisissez le dossier où enregistrer les factures.</translation>
    </message>
    <message>
        <source>The end of the period cannot be before its start.</source>
        <translation>La fin de la période ne peut pas précéder son début.</translation>
    </message>
    <message>
        <source>The new date must be after {day}, the quote&apos;s validity now.</source>
        <translation>La nouvelle date doit être postérieure au {day}, fin de validité actuelle du devis.</translation>
    </message>
    <message>
        <source>This day is still to come: choose today or a day before.</source>
        <translation>Ce jour n’est pas encore arrivé&#xa0;: choisissez aujourd’hui ou un jour passé.</translation>
    </message>
    <message>
        <source>Tick at least one line to invoice.</source>
        <translation>Cochez au moins une ligne à facturer.</translation>
    </message>
    <message>
        <source>Type the folder&apos;s whole path, or choose it with Choose….</source>
        <translation>Tapez le chemin complet du dossier, ou choisissez-le avec Choisir….</translation>
    </message>
    <message>
        <source>An interaction cannot be more than a day in the future.</source>
        <translation>Une interaction ne peut pas être datée de plus d’un jour dans le futur.</translation>
    </message>
    <message>
        <source>This follow-up date is in the past. Pick today or a later day.</source>
        <translation>Cette date de relance est passée&#xa0;: choisissez aujourd’hui ou un jour suivant.</translation>
    </message>
    <message>
        <source>A payment cannot be dated in the future.</source>
        <translation>Un paiement ne peut pas être daté dans le futur.</translation>
    </message>
    <message>
        <source>Before issuing an invoice, give your business&apos;s name (Tools ▸ Preferences ▸ My Business).</source>
        <translation>Avant d’émettre une facture, indiquez le nom de votre entreprise (Outils ▸ Préférences ▸ Mon entreprise).</translation>
    </message>
    <message>
        <source>Under the VAT franchise (art. 293 B du CGI) no line charges VAT: choose &quot;No VAT&quot; for the line, or turn the franchise off in Tools ▸ Preferences ▸ My Business.</source>
        <translation>Sous la franchise en base de TVA (art. 293 B du CGI), aucune ligne ne porte de TVA&#xa0;: choisissez «&#xa0;Sans TVA&#xa0;» pour la ligne, ou retirez la franchise dans Outils ▸ Préférences ▸ Mon entreprise.</translation>
    </message>
    <message>
        <source>Type the calendar file&apos;s whole path, or choose it with Choose….</source>
        <translation>Tapez le chemin complet du fichier d’agenda, ou choisissez-le avec Choisir….</translation>
    </message>
    <message>
        <source>A gift cannot have been sent in the future.</source>
        <translation>La date d’envoi d’un cadeau ne peut pas se situer dans le futur.</translation>
    </message>
    <message>
        <source>A draft has no number yet: send the quote or issue the invoice first, then save its PDF.</source>
        <translation>Un brouillon n’a pas encore de numéro&#xa0;: envoyez d’abord le devis ou émettez la facture, puis enregistrez son PDF.</translation>
    </message>
    <message>
        <source>{path} is already open in another Carnet window that does not answer (an older version of Carnet, or one that is busy), or in another program. The file is not damaged. Close that window or program, or wait for it to finish, then try again.</source>
        <translation>{path} est déjà ouvert dans une autre fenêtre de Carnet qui ne répond pas (une version plus ancienne de Carnet, ou une fenêtre occupée), ou dans un autre programme. Le fichier n’est pas endommagé. Fermez cette fenêtre ou ce programme, ou attendez qu’il ait fini, puis réessayez.</translation>
    </message>
</context>
</TS>
