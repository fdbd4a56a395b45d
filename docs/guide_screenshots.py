"""Every picture of the user guide (docs/guide.md, docs/guide.fr.md), taken from the real widgets on demo data.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/guide_screenshots.py --lang en
    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/guide_screenshots.py --lang fr

Writes the PNGs into docs/images/guide/<lang>/ (or --out DIR). The French run installs Carnet's French
catalogue (carnet.i18n) and a French locale, as Carnet does on a French desktop. The window is 1280×800,
the palette Fusion's light one, the demo data generated with a fixed seed for a fixed day.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QRect, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from carnet import paths
from carnet.domain.enums import Stage
from carnet.services.demo_data import make_demo_book
from carnet.storage import Database
from carnet.ui.main_window import MainWindow

SIZE = (1280, 800)
CONTACTS = 150
SEED = 1
# A fixed day, so that "12 days ago", the badges and the dashboard are the same from one run to the next.
DEMO_DAY = date(2026, 11, 23)
HERE = Path(__file__).resolve().parent
SYSTEM_LOCALES = {
    "en": QLocale(QLocale.Language.English, QLocale.Country.Ireland),
    "fr": QLocale(QLocale.Language.French, QLocale.Country.France),
}
# What the pictures show typed into the dialogs.
TYPED = {
    "en": {"summary": "Called about the spring workshop; she wants a quote", "what_for": "Website redesign",
           "search": "boulangerie", "gift": "Tea box"},
    "fr": {"summary": "Appel au sujet de l'atelier de printemps ; elle veut un devis", "what_for": "Refonte du site",
           "search": "boulangerie", "gift": "Coffret de thé"},
}
# Where the database of the "damaged file" picture is said to be: the default place on Linux.
SHOWN_PATH = "/home/you/.local/share/Carnet/carnet.sqlite3"

# A small export from a spreadsheet, in each language: a good row, a row that is already in the demo
# book (same email as a demo contact, filled in at run time), a client with an amount, and a bad row.
CSV_TEXT = {
    "en": (
        "Name,Company,E-mail,Phone,Stage,Amount paid,Notes\n"
        "Claire Fontaine,Fontaine Design,claire@fontaine-design.example,+33 6 11 22 33 44,Lead,,Met at the fair\n"
        "{dup_name},{dup_org},{dup_email},,Prospect,,Already in Carnet\n"
        "Marc Aubert,Aubert & Fils,marc@aubert.example,,Client,1200,Kitchen cabinets\n"
        "Julie Caron,,julie.caron@example,not a phone,Lead,,\n"
    ),
    "fr": (
        "Nom;Société;Courriel;Téléphone;Étape;Montant payé;Notes\n"
        "Claire Fontaine;Fontaine Design;claire@fontaine-design.example;06 11 22 33 44;Lead;;Vue au salon\n"
        "{dup_name};{dup_org};{dup_email};;Prospect;;Déjà dans Carnet\n"
        "Marc Aubert;Aubert & Fils;marc@aubert.example;;Client;1200;Cuisine sur mesure\n"
        "Julie Caron;;julie.caron@example;pas un numéro;Lead;;\n"
    ),
}


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def save(widget: QWidget, path: Path, crop: QRect | None = None) -> None:
    if isinstance(widget, QDialog) and crop is None:
        # The offscreen platform shows a dialog at its minimum width; a desktop shows it at its size hint.
        widget.resize(widget.sizeHint().expandedTo(widget.size()))
        QApplication.processEvents()
    image = widget.grab(crop) if crop is not None else widget.grab()
    if not image.save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


def install_language(app: QApplication, lang: str) -> str:
    """The catalogues and locale for ``lang``, as Carnet installs them at start on such a desktop; returns the
    language actually in use ("en" when the French catalogue is missing)."""
    # English as written in Europe (euros, day/month dates), like the demo data's contacts; French of France.
    system = SYSTEM_LOCALES[lang]
    try:
        from carnet.i18n import install_translations
    except ImportError:  # no catalogue in this checkout: Qt's own words at least, and the locale's dates
        from PySide6.QtCore import QLibraryInfo, QTranslator

        translator = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if lang != "en" and translator.load(str(Path(qt_dir) / f"qtbase_{lang}.qm")):
            app.installTranslator(translator)
        QLocale.setDefault(system)
        return "en"
    return install_translations(app, preference=lang, system_locale=system)


def new_window(database: Database) -> MainWindow:
    window = MainWindow(database, demo=True)
    window.board_model._today = lambda: DEMO_DAY
    window.resize(*SIZE)
    window.show()
    window.controller.load()
    return window


def show_tab(app: QApplication, window: MainWindow, index: int) -> QWidget:
    window.tabs.setCurrentIndex(index)
    settle(app)
    page = window.tabs.currentWidget()
    if hasattr(page, "_today"):  # the lazy tabs take today's date from the clock: the demo day instead
        page._today = lambda: DEMO_DAY
        if hasattr(page, "refresh"):
            page.refresh()
    settle(app)
    return page


def pending(owner: object) -> QDialog:
    dialog = getattr(owner, "pending_dialog", None)
    assert dialog is not None, "no dialog opened"
    return dialog


def close(dialog: QDialog) -> None:
    dialog.reject()


def first_card(window: MainWindow, stage: Stage, wanted: Callable[[object], bool] = lambda card: True) -> int:
    proxy = window.board.columns[stage].proxy
    for row in range(proxy.rowCount()):
        contact_id = proxy.contact_id(row)
        card = window.board_model.card(contact_id)
        if card is not None and wanted(card):
            return contact_id
    raise LookupError(f"no suitable card in {stage}")


def hide_panel(app: QApplication, window: MainWindow, hidden: bool) -> None:
    """The contact panel closed (View ▸ Contact), as for a wide table, or open again."""
    window.panel.setVisible(not hidden)
    settle(app)


def shoot_board(app: QApplication, window: MainWindow, out: Path) -> None:
    """The whole window, a lead selected and shown in the contact panel; a close-up of some cards; the panel;
    the six columns with the panel closed."""
    lead = window.board.columns[Stage.LEAD].view
    lead.setFocus()
    lead.select_row(1)
    window.panel.show_contact(window.board.selected_ids()[0])
    settle(app)
    save(window, out / "board.png")
    board = window.board
    top_left = board.mapTo(window, board.rect().topLeft())
    save(window, out / "cards.png", QRect(top_left.x(), top_left.y(), 780, 330))
    # The close-up: the panel widened by dragging its left edge, as one does for long addresses.
    window.resizeDocks([window.panel], [400], Qt.Orientation.Horizontal)
    settle(app)
    save(window.panel, out / "contact-panel.png")
    window.resizeDocks([window.panel], [276], Qt.Orientation.Horizontal)
    settle(app)
    hide_panel(app, window, True)
    save(window, out / "board-columns.png")
    hide_panel(app, window, False)


def shoot_filter(app: QApplication, window: MainWindow, typed: dict[str, str], out: Path) -> None:
    bar = window.filter_bar
    bar.search.setText(typed["search"])
    settle(app)
    top_left = bar.mapTo(window, bar.rect().topLeft())
    save(window, out / "filter.png", QRect(top_left.x(), top_left.y(), bar.width(), 280))
    bar.clear()
    settle(app)


def shoot_dialogs(app: QApplication, window: MainWindow, typed: dict[str, str], out: Path) -> None:
    actions = window.contact_actions
    # Edit a prospect.
    prospect = first_card(window, Stage.PROSPECT, lambda card: bool(card.organisation))
    actions.edit_contact(prospect)
    settle(app)
    save(pending(actions), out / "contact-editor.png")
    close(pending(actions))
    settle(app)

    # New contact, typed like one that exists already: the duplicate warning.
    existing = window.board_model.card(first_card(window, Stage.CLIENT, lambda card: bool(card.organisation)))
    actions.new_contact()
    settle(app)
    dialog = pending(actions)
    dialog.name_edit.setText(existing.display_name)
    dialog.organisation_edit.setText(existing.organisation)
    dialog.check_duplicates()
    settle(app)
    save(dialog, out / "new-contact-duplicate.png")
    close(dialog)
    settle(app)

    # Log an interaction with a lead, with a follow-up.
    lead = first_card(window, Stage.LEAD)
    actions.log_interaction(lead)
    settle(app)
    dialog = pending(actions)
    dialog.summary_edit.setPlainText(typed["summary"])
    dialog.when_edit.set_moment(datetime.combine(DEMO_DAY, time(10, 30)))
    dialog.follow_up_check.setChecked(True)
    # A week from the real today: the dialog refuses a follow-up in the past (DEMO_DAY may be gone).
    dialog.follow_up_edit.setDate(QDate(max(DEMO_DAY, date.today()) + timedelta(days=7)))
    settle(app)
    save(dialog, out / "log-interaction.png")
    close(dialog)
    settle(app)

    # A prospect dropped on Client: the payment dialog (cancelled: nothing is saved).
    unpaid = first_card(window, Stage.PROSPECT, lambda card: not card.has_paid)
    window.controller.move([unpaid], Stage.CLIENT, 0)
    settle(app)
    dialog = pending(window.controller)
    dialog.amount_edit.setText("1500")
    dialog.paid_edit.setDate(QDate(DEMO_DAY))
    dialog.issued_edit.setDate(QDate(DEMO_DAY))
    dialog.description_edit.setText(typed["what_for"])
    settle(app)
    save(dialog, out / "payment.png")
    close(dialog)
    settle(app)

    # A client dropped on Ambassador.
    client = first_card(window, Stage.CLIENT)
    window.controller.move([client], Stage.AMBASSADOR, 0)
    settle(app)
    dialog = pending(window.controller)
    dialog.since_edit.setDate(QDate(DEMO_DAY))
    save(dialog, out / "flag-ambassador.png")
    close(dialog)
    settle(app)

    # Qualify a lead.
    actions.qualify(lead)
    settle(app)
    save(pending(actions), out / "qualify.png")
    close(pending(actions))
    settle(app)

    # Contact ▸ Find Duplicates…: the demo book has none, so one is typed in twice first (from a business card).
    from carnet import services
    from carnet.services.queries import contact_details

    original = window.board_model.card(first_card(window, Stage.LEAD, lambda card: bool(card.organisation)))
    details = contact_details(window.database, original.id)
    twin = services.create_contact(window.database, services.ContactDraft(
        display_name=original.display_name, organisation=original.organisation, phone=details.phone,
        email="contact@" + details.email.partition("@")[2]))
    window.refresh()
    settle(app)
    actions.find_duplicates()
    settle(app)
    dialog = pending(actions)
    dialog.list.setCurrentRow(0)
    settle(app)
    save(dialog, out / "find-duplicates.png")
    close(dialog)
    settle(app)
    actions.merge_pair(original.id, twin.id)
    settle(app)
    save(pending(actions), out / "merge.png")
    close(pending(actions))
    services.delete_contact(window.database, twin.id)
    window.refresh()
    settle(app)

    # Tools ▸ Preferences.
    from carnet.ui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog(window)
    dialog.show()
    settle(app)
    save(dialog, out / "preferences.png")
    dialog.reject()
    settle(app)


def shoot_invoicing(app: QApplication, window: MainWindow, out: Path) -> None:
    """Contact ▸ Quotes and Invoices of the client with the most documents, and Preferences ▸ Sequences."""
    from carnet.services.quotes import documents
    from carnet.ui.dialogs.preferences import PreferencesDialog

    listed = [summary.contact_id for summary in documents(window.database) if summary.contact_id is not None]
    busiest = max(set(listed), key=listed.count)
    window.invoice_actions.show_documents(busiest)
    settle(app)
    shown = window.invoice_actions.documents_window
    assert shown is not None
    shown.resize(900, 360)
    shown.table.selectRow(0)
    settle(app)
    save(shown, out / "documents.png")
    shown.reject()
    settle(app)

    dialog = PreferencesDialog(window, database=window.database)
    dialog.show()
    dialog.tabs.setCurrentIndex(next(i for i in range(dialog.tabs.count())
                                     if dialog.tabs.widget(i).isAncestorOf(dialog.sequences_group)))
    settle(app)
    save(dialog, out / "sequences.png")
    dialog.reject()
    settle(app)


def shoot_todo(app: QApplication, window: MainWindow, out: Path) -> None:
    page = show_tab(app, window, window.todo_tab)
    page.table.selectRow(0)
    settle(app)
    app.processEvents()
    window._update_panel()  # the panel follows the row picked, after a short delay: not waited for here
    settle(app)
    save(window, out / "todo.png")


def shoot_dashboard(app: QApplication, window: MainWindow, out: Path) -> None:
    from PySide6.QtWidgets import QScrollArea

    page = show_tab(app, window, window.dashboard_tab)
    page.refresh(force=True)  # drawn again at its final size: QtCharts elides labels laid out smaller
    settle(app)
    save(window, out / "dashboard.png")
    scroll = page.findChild(QScrollArea)
    for name, panel in (("dashboard-segments.png", page.panels["rfm"]),
                        ("dashboard-client-size.png", page.panels["pmg"])):
        scroll.ensureWidgetVisible(panel)
        settle(app)
        save(panel, out / name)


def shoot_gifts(app: QApplication, window: MainWindow, typed: dict[str, str], out: Path) -> None:
    from carnet import services

    page = show_tab(app, window, window.gifts_tab)
    page.top_spin.setValue(3)
    page.referrers_check.setChecked(True)
    settle(app)
    for row in page.model.rows()[:3]:  # a few gifts already sent this year
        services.record_gift(window.database, row.contact_id, page.year, typed["gift"], sent_on=DEMO_DAY)
    page.refresh()
    settle(app)
    save(window, out / "gifts.png")


def shoot_tabs(app: QApplication, window: MainWindow, typed: dict[str, str], out: Path) -> None:
    shoot_todo(app, window, out)
    hide_panel(app, window, True)  # wide tables: the panel would squeeze their columns
    shoot_dashboard(app, window, out)
    shoot_gifts(app, window, typed, out)
    show_tab(app, window, window.archived_tab)
    save(window, out / "archived.png")
    hide_panel(app, window, False)
    window.tabs.setCurrentIndex(0)
    settle(app)


def shoot_import(app: QApplication, window: MainWindow, lang: str, folder: Path, out: Path) -> None:
    from carnet.services.importing import find_plan_duplicates
    from carnet.ui.dialogs.import_wizard import ImportWizard

    client = window.board_model.card(first_card(window, Stage.CLIENT, lambda card: bool(card.email)))
    csv_path = folder / ("contacts.csv" if lang == "en" else "contacts-salon.csv")
    csv_path.write_text(CSV_TEXT[lang].format(dup_name=client.display_name, dup_org=client.organisation,
                                              dup_email=client.email), encoding="utf-8")
    wizard = ImportWizard(csv_path, lambda plan: find_plan_duplicates(window.database, plan), window)
    wizard.resize(800, 600)
    wizard.show()
    settle(app)
    mapping = wizard.page(ImportWizard.MAPPING)
    for combo in mapping.combos:  # what the user does for a column Carnet did not recognise
        if combo.currentData() == "" and combo.findData("amount") >= 0:
            combo.setCurrentIndex(combo.findData("amount"))
    settle(app)
    save(wizard, out / "import-columns.png")
    wizard.next()
    settle(app)
    save(wizard, out / "import-check.png")
    wizard.check_page.skip_bad.setChecked(True)
    settle(app)
    wizard.next()
    settle(app)
    save(wizard, out / "import-duplicates.png")
    wizard.reject()
    settle(app)


def shoot_restore(app: QApplication, window: MainWindow, out: Path) -> None:
    window.restore_from_backup()
    settle(app)
    dialog = pending(window)
    dialog.list.setCurrentRow(1)
    settle(app)
    save(dialog, out / "restore.png")
    close(dialog)
    settle(app)


def shoot_damaged(app: QApplication, folder: Path, out: Path) -> None:
    """What Carnet says at start when its file is damaged and backups exist (the message box; then quit)."""
    from carnet.storage.backup import backup_database, default_backup_path
    from carnet.ui.startup_recovery import open_or_recover

    damaged = folder / "damaged" / "carnet.sqlite3"
    damaged.parent.mkdir()
    with Database.open(damaged) as database:
        make_demo_book(database, 20, seed=SEED, today=DEMO_DAY)
    backup_database(damaged, default_backup_path(damaged))
    damaged.write_bytes(b"this is not a database any more" * 200)
    for extra in ("-wal", "-shm"):
        damaged.with_name(damaged.name + extra).unlink(missing_ok=True)

    def grab_and_quit() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(100, grab_and_quit)
            return
        # The temporary folder of this script, shown as the place where Carnet keeps its file on Linux.
        box.setText(box.text().replace(str(damaged), SHOWN_PATH))
        settle(app)
        save(box, out / "damaged-at-start.png")
        box.reject()

    QTimer.singleShot(200, grab_and_quit)
    result = open_or_recover(lambda allow_empty: Database.open(damaged, allow_empty=allow_empty), damaged,
                             interactive=True)
    assert result is None


def make_backups(database_path: Path) -> None:
    """A week of automatic backups and one made with File ▸ Back Up Now, as a week of use leaves them."""
    from carnet.storage.backup import backup_database, default_backup_path
    from carnet.storage.rotation import auto_backup_path

    now = datetime(DEMO_DAY.year, DEMO_DAY.month, DEMO_DAY.day, 9, 15).astimezone()
    for days_ago in (0, 1, 2, 3, 5, 8):
        backup_database(database_path, auto_backup_path(database_path, now - timedelta(days=days_ago)))
    manual = (now - timedelta(days=2)).replace(hour=18, minute=40, tzinfo=None)
    backup_database(database_path, default_backup_path(database_path, now=manual))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("en", "fr"), default="en")
    parser.add_argument("--out", type=Path, help="where to write the PNGs (default: docs/images/guide/LANG)")
    args = parser.parse_args()
    out = args.out or HERE / "images" / "guide" / args.lang
    out.mkdir(parents=True, exist_ok=True)

    app = QApplication(sys.argv[:1])
    app.setApplicationName("Carnet")
    app.setStyle("Fusion")  # the same look whatever desktop the screenshots are taken on
    app.setPalette(app.style().standardPalette())
    language = install_language(app, args.lang)
    if language != args.lang:
        print(f"warning: no {args.lang} catalogue; the pictures show the English interface", file=sys.stderr)
    typed = TYPED[args.lang]
    with tempfile.TemporaryDirectory() as home:
        folder = Path(home)
        paths.override_base_dir(folder)  # a fresh settings file: default preferences, no saved geometry
        database_path = folder / "carnet.sqlite3"
        with Database.open(database_path) as database:
            make_demo_book(database, CONTACTS, seed=SEED, today=DEMO_DAY, language=args.lang)
        make_backups(database_path)
        # Today's automatic backup is among them (the demo day's); none is taken at the real date.
        with Database.open(database_path, daily_backup=False) as database:
            window = new_window(database)
            settle(app)
            shoot_board(app, window, out)
            shoot_filter(app, window, typed, out)
            shoot_dialogs(app, window, typed, out)
            shoot_invoicing(app, window, out)
            shoot_import(app, window, args.lang, folder, out)
            shoot_restore(app, window, out)
            shoot_tabs(app, window, typed, out)  # last: it records a few gifts
            window.close()
        shoot_damaged(app, folder, out)
        paths.override_base_dir(None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
