"""Search everything (issue 16, item 3), the service: every kind of text a contact holds is found, case and
accents aside, archived contacts marked, nothing typed breaks the query, and the index follows every write
made through the real services (edits, corrections, merges, imports, deletions, an erasure and its undo)."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import UTC, date, datetime

import pytest

from carnet.domain.drafts import ContactDetail
from carnet.domain.enums import ArchiveReason, DetailKind, InteractionKind, PaymentMethod, PaymentStatus, Stage
from carnet.domain.import_plan import ImportPlan
from carnet.services import (
    ContactDraft,
    PaymentDraft,
    archive_contacts,
    create_contact,
    delete_contact,
    log_interaction,
    move_contacts,
    record_payment,
    restore_contacts,
    update_contact,
)
from carnet.services import corrections as fix
from carnet.services.duplicates import merge_contacts, undo_merge
from carnet.services.importing import import_plan
from carnet.services.search import (
    MATCH_END,
    MATCH_START,
    MatchedIn,
    SearchHit,
    match_expression,
    search,
    search_result,
)
from carnet.services.snapshots import restore
from carnet.storage import Database
from carnet.storage.sql import search as search_sql


def names(hits: list[SearchHit]) -> list[str]:
    return [hit.display_name for hit in hits]


def found(db: Database, text: str) -> list[str]:
    return names(search(db, text))


def only(db: Database, text: str) -> SearchHit:
    hits = search(db, text)
    assert len(hits) == 1, (text, hits)
    return hits[0]


def plain(snippet: str) -> str:
    return snippet.replace(MATCH_START, "").replace(MATCH_END, "")


@pytest.fixture
def zoe(db: Database) -> int:
    """Zoé Lefèvre with a bit of everything, and a few neighbours who hold none of her words."""
    contact = create_contact(db, ContactDraft(
        display_name="Zoé Lefèvre", organisation="Atelier Œuvre", role="Gérante", email="zoe@atelier-oeuvre.fr",
        phone="+33 6 12 34 56 78", website="https://atelier-oeuvre.fr", address="12 rue des Lilas\n69003 Lyon",
        notes="Prefers calls in the morning", tags="VIP, salon 2025", stage=Stage.PROSPECT,
        qualification_note="Budget validated for Q3",
        more=(ContactDetail(DetailKind.EMAIL, "zoe.lefevre@gmail.com", "Home"),
              ContactDetail(DetailKind.PHONE, "04 72 10 20 30", "Office"),
              ContactDetail(DetailKind.ADDRESS, "Chalet des Aiguilles\n74400 Chamonix", "Holiday")),
    ))
    for name, organisation in (("Bruno Martin", "Boulangerie Martin"), ("Hélène Dubois", "Cabinet Dubois")):
        create_contact(db, ContactDraft(display_name=name, organisation=organisation, stage=Stage.LEAD))
    assert contact.id is not None
    return contact.id


# --- what is found ---------------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["zoé", "ZOE", "Zoe", "lefevre", "LEFÈVRE", "lefé", "zo lef", "Lefèvre Zoé"])
def test_case_and_accents_do_not_matter(db: Database, zoe: int, typed: str) -> None:
    hit = only(db, typed)
    assert (hit.contact_id, hit.matched_in) == (zoe, MatchedIn.NAME)
    assert plain(hit.snippet) == "Zoé Lefèvre"


def test_an_accent_typed_finds_a_name_written_without(db: Database) -> None:
    create_contact(db, ContactDraft(display_name="Helene Roux", stage=Stage.LEAD))
    assert found(db, "hélène") == ["Helene Roux"]
    assert found(db, "helene") == ["Helene Roux"]


@pytest.mark.parametrize(("typed", "where", "words"), [
    ("atelier", MatchedIn.ORGANISATION, "Atelier Œuvre"),
    ("oeuvre", MatchedIn.ORGANISATION, "Atelier Œuvre"),  # the ligature typed as two letters
    ("gérante", MatchedIn.ROLE, "Gérante"),
    ("zoe@atelier", MatchedIn.NAME, "Zoé Lefèvre"),  # "zoe" is her name too: the name wins
    ("atelier-oeuvre.fr", MatchedIn.COORDINATES, "zoe@atelier-oeuvre.fr"),  # "fr" is not in her organisation
    ("gmail", MatchedIn.COORDINATES, "zoe.lefevre@gmail.com"),  # a further email
    ("+33 6 12 34", MatchedIn.COORDINATES, "+33 6 12 34 56 78"),
    ("33612345678", MatchedIn.COORDINATES, "33612345678"),  # her digits typed together
    ("04.72.10.20.30", MatchedIn.COORDINATES, "04 72 10 20 30"),  # a further phone, typed with dots
    ("0472102030", MatchedIn.COORDINATES, "0472102030"),
    ("69003", MatchedIn.COORDINATES, "69003 Lyon"),
    ("chamonix", MatchedIn.COORDINATES, "Chamonix"),  # a further address
    ("lilas lyon", MatchedIn.COORDINATES, "Lilas"),
    ("salon", MatchedIn.TAGS, "VIP, salon 2025"),
    ("morning", MatchedIn.NOTES, "Prefers calls in the morning"),
    ("budget q3", MatchedIn.NOTES, "Budget validated for Q3"),
])
def test_every_kind_of_field_is_found_and_says_where(
    db: Database, zoe: int, typed: str, where: MatchedIn, words: str
) -> None:
    hit = only(db, typed)
    assert (hit.contact_id, hit.matched_in) == (zoe, where)
    assert words in plain(hit.snippet)
    assert MATCH_START in hit.snippet


def test_interaction_summaries_and_payment_descriptions_are_found(db: Database, zoe: int) -> None:
    log_interaction(db, zoe, InteractionKind.MEETING, "Workshop about the new shop sign",
                    at=datetime(2026, 11, 3, 14, 0, tzinfo=UTC))
    record_payment(db, zoe, PaymentDraft(amount_cents=180000, status=PaymentStatus.INVOICED,
                                         issued_on=date(2026, 11, 5), description="Logo et cartes de visite",
                                         method=PaymentMethod.BANK_TRANSFER, reference="F-2026-014"))
    hit = only(db, "shop sign")
    assert (hit.contact_id, hit.matched_in) == (zoe, MatchedIn.INTERACTIONS)
    assert plain(hit.snippet) == "Workshop about the new shop sign"
    hit = only(db, "cartes")
    assert (hit.contact_id, hit.matched_in) == (zoe, MatchedIn.PAYMENTS)
    assert "Logo et cartes de visite" in plain(hit.snippet)
    assert only(db, "F-2026-014").matched_in is MatchedIn.PAYMENTS  # its reference, too
    # Words from several places must all be there, wherever each is.
    assert only(db, "zoe workshop cartes chamonix").contact_id == zoe
    assert search(db, "zoe workshop boulangerie") == []


def test_every_word_typed_must_start_a_word_of_the_contact(db: Database, zoe: int) -> None:
    assert found(db, "mart") == ["Bruno Martin"]
    assert found(db, "artin") == []  # the middle of a word is not its start
    assert found(db, "bruno dubois") == []
    assert found(db, "du") == ["Hélène Dubois"]


def test_names_and_organisations_come_before_the_rest(db: Database, zoe: int) -> None:
    # Martin is Bruno's name and his bakery; for Zoé it is only a word of an interaction.
    log_interaction(db, zoe, InteractionKind.CALL, "Called about Martin's recommendation")
    create_contact(db, ContactDraft(display_name="Anne Martinez", stage=Stage.STRANGER))
    hits = search(db, "martin")
    assert names(hits) == ["Anne Martinez", "Bruno Martin", "Zoé Lefèvre"]
    assert [hit.matched_in for hit in hits] == [MatchedIn.NAME, MatchedIn.NAME, MatchedIn.INTERACTIONS]
    # An organisation only: said so.
    assert only(db, "boulangerie").matched_in is MatchedIn.ORGANISATION


def test_archived_contacts_are_found_and_marked(db: Database, zoe: int) -> None:
    archive_contacts(db, [zoe], ArchiveReason.NO_BUDGET, "Will call back next year")
    hit = only(db, "zoe")
    assert hit.archived and hit.stage is Stage.PROSPECT  # the stage it left, where a restore puts it
    assert only(db, "next year").matched_in is MatchedIn.NOTES  # the archive's note
    # On the board first, archived after, whatever the names.
    create_contact(db, ContactDraft(display_name="Zoltan Kovács", stage=Stage.LEAD))
    assert [(hit.display_name, hit.archived) for hit in search(db, "zo")] == [
        ("Zoltan Kovács", False), ("Zoé Lefèvre", True)]
    restore_contacts(db, [zoe])
    assert not only(db, "lefevre").archived
    assert search(db, "next year") == []  # a restore clears the archive's note


def test_the_limit_keeps_the_newest(db: Database) -> None:
    for number in range(1, 8):
        create_contact(db, ContactDraft(display_name=f"Camille Petit {number}", stage=Stage.LEAD))
    hits = search(db, "camille", limit=3)
    assert names(hits) == ["Camille Petit 5", "Camille Petit 6", "Camille Petit 7"]
    assert len(search(db, "camille")) == 7
    assert search(db, "camille", limit=0) == []
    assert search_result(db, "camille", limit=3).more and not search_result(db, "camille", limit=7).more
    # Found by their names (all but one) and elsewhere (one): the limit counts both.
    log_interaction(db, create_contact(db, ContactDraft(display_name="Yves Roux")).id or 0, InteractionKind.CALL,
                    "Camille's brother")
    result = search_result(db, "camille", limit=8)
    assert len(result.hits) == 8 and not result.more and result.hits[-1].display_name == "Yves Roux"
    result = search_result(db, "camille", limit=7)
    assert len(result.hits) == 7 and result.more and "Yves Roux" not in names(result.hits)


NASTY = ['"', '""', "'", "-", "--zoe", "zoe -lefevre", "*", "zoe*", "**", ":", "name:zoe", "{name}: zoe", "(", ")",
         "(zoe", "zoe)", "AND", "OR", "NOT", "zoe AND", "OR zoe", "NOT zoe", "zoe NOT lefevre", "NEAR(zoe lefevre)",
         "NEAR", "^zoe", "zoe + lefevre", "[zoe]", "\\", "%", "_", "zoe_lefevre", "\x00", "\x02zoe\x03",
         "zo\u0301e", "ꞔ", "🙂", "e\u0301", "Ԇ", "𝔷𝔬𝔢", "x" * 5000, "a " * 500, "\n\t zoe \r\n"]


@pytest.mark.parametrize("typed", NASTY)
def test_nothing_typed_is_fts_syntax_or_raises(db: Database, zoe: int, typed: str) -> None:
    hits = search(db, typed)
    assert all(isinstance(hit, SearchHit) for hit in hits)


def test_search_words_are_words_not_operators(db: Database, zoe: int) -> None:
    create_contact(db, ContactDraft(display_name="Marc Or", organisation="Not Only Nails", stage=Stage.LEAD))
    assert found(db, "zoe NOT lefevre") == []  # NOT is a word to find, not an operator
    assert found(db, "not only") == ["Marc Or"]
    assert found(db, "OR") == ["Marc Or"]
    assert found(db, "-zoe") == ["Zoé Lefèvre"]
    assert found(db, "zo\u0301e") == ["Zoé Lefèvre"]  # an accent typed as a combining character


@pytest.mark.parametrize("typed", ["", " ", "\t\n", "-", "*", '"', "()", "::", "…", "🙂"])
def test_a_text_without_a_word_finds_nothing(db: Database, zoe: int, typed: str) -> None:
    assert match_expression(typed) is None
    assert search(db, typed) == []


# --- the index follows every write --------------------------------------------------------------


def test_an_edit_is_found_at_once_and_the_old_words_are_gone(db: Database, zoe: int) -> None:
    update_contact(db, zoe, display_name="Zoé Martin-Lefèvre", notes="Now prefers email",
                   more=(ContactDetail(DetailKind.EMAIL, "zoe@studio-martin.fr"),))
    assert found(db, "studio") == ["Zoé Martin-Lefèvre"]
    assert search(db, "morning") == [] and search(db, "gmail") == [] and search(db, "chamonix") == []
    assert found(db, "martin lefevre") == ["Zoé Martin-Lefèvre"]


def test_corrections_of_interactions_and_payments_follow(db: Database, zoe: int) -> None:
    interaction = log_interaction(db, zoe, InteractionKind.CALL, "Discussed the brochure")
    assert interaction.id is not None
    fix.edit_interaction(db, interaction.id, InteractionKind.CALL, "Discussed the catalogue", interaction.at, None)
    assert search(db, "brochure") == [] and found(db, "catalogue") == ["Zoé Lefèvre"]
    snapshot = fix.delete_interaction(db, interaction.id)
    assert search(db, "catalogue") == []
    restore(db, snapshot)  # its undo
    assert found(db, "catalogue") == ["Zoé Lefèvre"]

    payment = record_payment(db, zoe, PaymentDraft(amount_cents=50000, status=PaymentStatus.QUOTED,
                                                   description="Vitrophanie")).payment
    assert payment.id is not None
    bruno = search(db, "bruno")[0].contact_id
    # Moved onto another contact: found there, no longer on Zoé.
    fix.edit_payment(db, payment.id, PaymentDraft(amount_cents=50000, status=PaymentStatus.QUOTED,
                                                  description="Vitrophanie"), contact_id=bruno)
    assert found(db, "vitrophanie") == ["Bruno Martin"]
    fix.delete_payment(db, payment.id)
    assert search(db, "vitrophanie") == []


def test_a_merge_moves_the_words_and_its_undo_takes_them_back(db: Database, zoe: int) -> None:
    other = create_contact(db, ContactDraft(display_name="Z. Lefèvre", email="zl@laposte.net",
                                            stage=Stage.LEAD)).id
    assert other is not None
    log_interaction(db, other, InteractionKind.EMAIL, "Sent the moodboard")
    result = merge_contacts(db, zoe, other)
    assert [hit.contact_id for hit in search(db, "moodboard")] == [zoe]
    assert [hit.contact_id for hit in search(db, "laposte")] == [zoe]  # kept as a further email
    assert [hit.contact_id for hit in search(db, "lefevre")] == [zoe]
    undo_merge(db, result)
    assert [hit.contact_id for hit in search(db, "moodboard")] == [other]
    assert sorted(hit.contact_id for hit in search(db, "lefevre")) == sorted([zoe, other])


def test_an_import_is_searchable(db: Database) -> None:
    plan = ImportPlan(good=[
        (2, ContactDraft(display_name="Jürgen Schäfer", organisation="Schäfer Holzbau", phone="+49 30 1234567",
                         more=(ContactDetail(DetailKind.EMAIL, "js@holzbau.de"),))),
        (3, ContactDraft(display_name="Siobhan O'Brien", tags="press", notes="Met at the Web Summit")),
    ], bad=[], paid={})
    import_plan(db, plan, skip_bad=False)
    assert found(db, "jurgen schafer") == ["Jürgen Schäfer"]
    assert found(db, "holzbau.de") == ["Jürgen Schäfer"]
    assert found(db, "o'brien") == ["Siobhan O'Brien"]
    assert found(db, "summit") == ["Siobhan O'Brien"]


def test_a_move_leaves_the_index_alone(db: Database, zoe: int) -> None:
    # A drop must stay within its few milliseconds: the triggers watch the searched columns only.
    before = db.reader().execute(f"SELECT count(*) FROM {search_sql.TABLE}_data").fetchone()
    changes_before = _index_writes(db)
    move_contacts(db, [zoe], Stage.LEAD)
    assert _index_writes(db) == changes_before
    assert db.reader().execute(f"SELECT count(*) FROM {search_sql.TABLE}_data").fetchone() == before
    assert only(db, "zoe").stage is Stage.LEAD  # the stage shown is read from the contact


def _index_writes(db: Database) -> tuple:
    # The index's structure record changes with every write to the index (a new segment, a new row count).
    return db.reader().execute(f"SELECT block FROM {search_sql.TABLE}_data WHERE id = 10").fetchone()


def test_a_deleted_contact_is_no_longer_found(db: Database, zoe: int) -> None:
    delete_contact(db, zoe)
    assert search(db, "zoe") == [] and search(db, "chamonix") == []
    rows = db.reader().execute(f"SELECT count(*) FROM {search_sql.TABLE}").fetchone()
    assert rows == db.reader().execute("SELECT count(*) FROM contact").fetchone() == (2,)


def test_an_erased_person_leaves_no_word_in_the_index_or_the_file(db: Database, zoe: int) -> None:
    create_contact(db, ContactDraft(display_name="Yannick Quenouille", email="y.quenouille@wanadoo.fr",
                                    stage=Stage.LEAD))
    erased = only(db, "quenouille").contact_id
    log_interaction(db, erased, InteractionKind.CALL, "Talked about his xylophone collection")
    snapshot = fix.erase_contacts(db, [erased])

    assert search(db, "quenouille") == [] and search(db, "xylophone") == []
    # Not in the file's bytes (free pages included) or its log, in any case.
    files = [db.path, db.path.with_name(db.path.name + "-wal")]
    contents = b"".join(path.read_bytes().lower() for path in files if path.exists())
    for word in (b"quenouille", b"xylophone", b"wanadoo"):
        assert word not in contents
    # Nor among the index's words (a delete alone only marks them deleted, beside them in a newer segment).
    with contextlib.closing(sqlite3.connect(db.path)) as connection:
        connection.execute(f"CREATE VIRTUAL TABLE temp.words USING fts5vocab(main, {search_sql.TABLE}, 'row')")
        words = {row[0] for row in connection.execute("SELECT term FROM temp.words")}
    assert "lefevre" in words  # the others' are still there
    assert not {"quenouille", "yannick", "wanadoo", "xylophone"} & words

    restore(db, snapshot)  # the undo, while Carnet is open
    assert found(db, "quenouille xylophone") == ["Yannick Quenouille"]


def test_the_index_reads_the_migrated_schema(db: Database) -> None:
    # The column names the service reads are the ones the migration made.
    columns = [row[1] for row in db.reader().execute(f"PRAGMA table_info({search_sql.TABLE})")]
    assert tuple(columns) == search_sql.COLUMNS
    assert [member.value for member in MatchedIn] == list(search_sql.COLUMNS[:-1])
    assert search_sql.COLUMNS[-1] == "phone_digits"  # told as a coordinate

