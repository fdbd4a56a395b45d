<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_US">
<context>
    <name>ArchiveDialog</name>
    <message numerus="yes">
        <source>Archive %n contacts</source>
        <translation>
            <numerusform>Archive %n contact</numerusform>
            <numerusform>Archive %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{first} and %n others</source>
        <translation>
            <numerusform>{first} and %n other</numerusform>
            <numerusform>{first} and %n others</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchivedView</name>
    <message numerus="yes">
        <source>%n archived contact(s) found</source>
        <translation>
            <numerusform>%n archived contact found</numerusform>
            <numerusform>%n archived contacts found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n archived contact(s)</source>
        <translation>
            <numerusform>%n archived contact</numerusform>
            <numerusform>%n archived contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardController</name>
    <message numerus="yes">
        <source>Move %n clients back to %2? They have paid you; the payments stay recorded, but they will no longer count as clients.</source>
        <translation>
            <numerusform>Move %n client back to %2? They have paid you; the payments stay recorded, but they will no longer count as a client.</numerusform>
            <numerusform>Move %n clients back to %2? They have paid you; the payments stay recorded, but they will no longer count as clients.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reorder %n card(s)</source>
        <translation>
            <numerusform>Reorder %n card</numerusform>
            <numerusform>Reorder %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s) to %1</source>
        <translation>
            <numerusform>Move %n card to %1</numerusform>
            <numerusform>Move %n cards to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %n contact(s)</source>
        <translation>
            <numerusform>Archive %n contact</numerusform>
            <numerusform>Archive %n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarFile</name>
    <message numerus="yes">
        <source>%n follow-up(s) written to %1</source>
        <translation>
            <numerusform>%n follow-up written to %1</numerusform>
            <numerusform>%n follow-ups written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message numerus="yes">
        <source>No contact for %n day(s)</source>
        <translation>
            <numerusform>No contact for %n day</numerusform>
            <numerusform>No contact for %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message numerus="yes">
        <source>%n row(s) ready to import.</source>
        <translation>
            <numerusform>%n row ready to import.</numerusform>
            <numerusform>%n rows ready to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them look like contacts you already have.</source>
        <translation>
            <numerusform>%n of them looks like a contact you already have.</numerusform>
            <numerusform>%n of them look like contacts you already have.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported; fix them in your file, or leave them out.</source>
        <translation>
            <numerusform>%n row cannot be imported; fix it in your file, or leave it out.</numerusform>
            <numerusform>%n rows cannot be imported; fix them in your file, or leave them out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the %n good row(s) and leave out the rows with problems</source>
        <translation>
            <numerusform>Import the %n good row and leave out the rows with problems</numerusform>
            <numerusform>Import the %n good rows and leave out the rows with problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Restored %n contact(s) to the board.</source>
        <translation>
            <numerusform>Restored %n contact to the board.</numerusform>
            <numerusform>Restored %n contacts to the board.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) exported to %1.</source>
        <translation>
            <numerusform>%n contact exported to %1.</numerusform>
            <numerusform>%n contacts exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) added</source>
        <translation>
            <numerusform>%n contact added</numerusform>
            <numerusform>%n contacts added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged into existing contacts</source>
        <translation>
            <numerusform>%n merged into an existing contact</numerusform>
            <numerusform>%n merged into existing contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> year(s) of no contact</source>
        <translation>
            <numerusform> year of no contact</numerusform>
            <numerusform> years of no contact</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message numerus="yes">
        <source>Delete %n contact(s) permanently, with every interaction, payment, gift and stage change recorded for them? Contacts they referred stay, with no referrer.</source>
        <translation>
            <numerusform>Delete %n contact permanently, with every interaction, payment, gift and stage change recorded for them? Contacts they referred stay, with no referrer.</numerusform>
            <numerusform>Delete %n contacts permanently, with every interaction, payment, gift and stage change recorded for them? Contacts they referred stay, with no referrer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s) permanently</source>
        <translation>
            <numerusform>Delete %n contact permanently</numerusform>
            <numerusform>Delete %n contacts permanently</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>%n follow-up(s) due now</source>
        <translation>
            <numerusform>%n follow-up due now</numerusform>
            <numerusform>%n follow-ups due now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due today</source>
        <translation>
            <numerusform>%n follow-up due today</numerusform>
            <numerusform>%n follow-ups due today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message numerus="yes">
        <source>Strangers, visitors, leads and prospects with no contact for %n year(s) (no interaction, invoice, payment or gift sent): the CNIL advises archiving them or deleting them permanently. Clients and ambassadors are never listed.</source>
        <translation>
            <numerusform>Strangers, visitors, leads and prospects with no contact for %n year (no interaction, invoice, payment or gift sent): the CNIL advises archiving them or deleting them permanently. Clients and ambassadors are never listed.</numerusform>
            <numerusform>Strangers, visitors, leads and prospects with no contact for %n years (no interaction, invoice, payment or gift sent): the CNIL advises archiving them or deleting them permanently. Clients and ambassadors are never listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) to review</source>
        <translation>
            <numerusform>%n contact to review</numerusform>
            <numerusform>%n contacts to review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPalette</name>
    <message numerus="yes">
        <source>%n contact(s) found</source>
        <translation>
            <numerusform>%n contact found</numerusform>
            <numerusform>%n contacts found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message numerus="yes">
        <source>%n contact(s) in this stage</source>
        <translation>
            <numerusform>%n contact in this stage</numerusform>
            <numerusform>%n contacts in this stage</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>Carnet has %n backup(s) of this database. Restoring one puts a copy of it in place of this file, which is kept beside it, untouched.</source>
        <translation>
            <numerusform>Carnet has %n backup of this database. Restoring it puts a copy of it in place of this file, which is kept beside it, untouched.</numerusform>
            <numerusform>Carnet has %n backups of this database. Restoring one puts a copy of it in place of this file, which is kept beside it, untouched.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodoModel</name>
    <message numerus="yes">
        <source>Invoice %1 unpaid, %n day(s) late</source>
        <translation>
            <numerusform>Invoice %1 unpaid, %n day late</numerusform>
            <numerusform>Invoice %1 unpaid, %n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No contact for %n day(s)</source>
        <translation>
            <numerusform>No contact for %n day</numerusform>
            <numerusform>No contact for %n days</numerusform>
        </translation>
    </message>
</context>
</TS>
