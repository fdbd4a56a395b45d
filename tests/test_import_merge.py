"""Import: stages and amounts paid from a file, and rows that look like existing contacts (skip/merge/add)."""

from __future__ import annotations

from pathlib import Path

import pytest

from carnet import services
from carnet.domain.enums import PaymentStatus, Stage
from carnet.domain.errors import RuleViolation
from carnet.domain.import_plan import ImportPlan
from carnet.io.csv_export import write_contacts_csv
from carnet.io.csv_import import guess_mapping, read_csv, validate
from carnet.services import ContactDraft, PaymentDraft
from carnet.services.importing import IMPORTED_PAYMENT, DuplicateChoice, find_plan_duplicates, import_plan
from carnet.storage import Database

SPREADSHEET = (
    "Nom;Société;Courriel;Statut;Montant payé;Étiquettes;Notes\n"  # 1
    "Zoé Lefèvre;Atelier Œuvre;zoe@oeuvre.fr;Client;1 250,50 €;vip;Rencontrée au salon\n"  # 2
    "Jean Dupont;;jean@example.com;prospect;;;\n"  # 3
    "Ada Lovelace;Engines;ada@engines.example;ambassadeur;300 USD + 20 €;;\n"  # 4
    "Bob Martin;;;client;;;\n"  # 5: a client who paid nothing
    "Eve;;;retired;;;\n"  # 6: no such stage
)


def _plan(path: Path) -> ImportPlan:
    csv_file = read_csv(path)
    return validate(csv_file, guess_mapping(csv_file.headers))


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "file.csv"
    path.write_text(text, encoding="utf-8")
    return path


def _payments(db: Database) -> list[tuple]:
    sql = ("SELECT c.display_name, p.amount_cents, p.currency, p.status, p.paid_on, p.description FROM payment p "
           "JOIN contact c ON c.id = p.contact_id ORDER BY c.display_name, p.currency")
    return db.reader().execute(sql).fetchall()


def test_stages_and_amounts_are_read_in_french_and_english(tmp_path: Path) -> None:
    plan = _plan(_write(tmp_path, SPREADSHEET))
    assert [(line, draft.stage) for line, draft in plan.good] == [
        (2, Stage.CLIENT), (3, Stage.PROSPECT), (4, Stage.AMBASSADOR)]
    assert plan.paid == {2: (("EUR", 125050),), 4: (("USD", 30000), ("EUR", 2000))}
    reasons = {problem.line: problem.reason for problem in plan.bad}
    assert set(reasons) == {5, 6}
    assert "someone who has paid" in reasons[5] and "amount paid" in reasons[5]
    assert '"retired" is not a valid stage' in reasons[6]


def test_amounts_become_paid_payments_without_an_invented_date(db, tmp_path: Path) -> None:
    plan = _plan(_write(tmp_path, SPREADSHEET))
    result = import_plan(db, plan, skip_bad=True)
    assert (result.added, result.merged, result.skipped) == (3, 0, 0)
    assert _payments(db) == [
        ("Ada Lovelace", 2000, "EUR", "paid", None, IMPORTED_PAYMENT),
        ("Ada Lovelace", 30000, "USD", "paid", None, IMPORTED_PAYMENT),
        ("Zoé Lefèvre", 125050, "EUR", "paid", None, IMPORTED_PAYMENT),
    ]
    stages = dict(db.reader().execute("SELECT display_name, stage FROM contact").fetchall())
    assert stages == {"Zoé Lefèvre": "client", "Jean Dupont": "prospect", "Ada Lovelace": "ambassador"}


def test_a_plan_built_by_hand_cannot_bypass_the_client_rule(db) -> None:
    plan = ImportPlan(good=[(2, ContactDraft("Bob", stage=Stage.CLIENT))])
    with pytest.raises(RuleViolation):
        import_plan(db, plan, skip_bad=False)
    assert db.reader().execute("SELECT COUNT(*) FROM contact").fetchone() == (0,)


def test_export_then_import_keeps_stages_and_paid_totals(db, tmp_path: Path) -> None:
    client = services.create_contact(db, ContactDraft("Jean Dupont", email="jean@example.com"))
    services.record_payment(db, client.id, PaymentDraft(125050, PaymentStatus.PAID, "EUR"), move_to_client=True)
    services.record_payment(db, client.id, PaymentDraft(30000, PaymentStatus.PAID, "USD"))
    services.create_contact(db, ContactDraft("Marie Curie", stage=Stage.LEAD))
    exported = tmp_path / "export.csv"
    write_contacts_csv(db, exported)
    plan = _plan(exported)
    assert plan.bad == []
    with Database.open(tmp_path / "other.sqlite3") as other:
        import_plan(other, plan, skip_bad=False)
        back = other.reader().execute(
            "SELECT c.display_name, c.stage, group_concat(p.currency || p.amount_cents) FROM contact c "
            "LEFT JOIN payment p ON p.contact_id = c.id GROUP BY c.id ORDER BY c.display_name").fetchall()
    assert back == [("Jean Dupont", "client", "EUR125050,USD30000"), ("Marie Curie", "lead", None)]


EXISTING = (
    "Name,Organisation,Email,Phone,Tags,Notes,Amount\n"  # 1
    "Zoé Lefèvre,Atelier Œuvre,ZOE@oeuvre.fr,+33 6 12 34 56 78,\"vip, salon\",Prefers mornings,100\n"  # 2: by email
    "Someone New,,new@example.com,,,,\n"  # 3
    "Jean Dupont,,,06 12 34 56 78,,,\n"  # 4: by phone
)


def _existing(db) -> tuple[int, int]:
    zoe = services.create_contact(db, ContactDraft("Zoé Lefèvre", email="zoe@oeuvre.fr", tags="vip",
                                                   notes="Met in 2024"))
    jean = services.create_contact(db, ContactDraft("Jean Dupont", phone="+33 6 12 34 56 78", role="CEO"))
    return zoe.id, jean.id


def test_duplicates_are_found_with_the_contact_they_match(db, tmp_path: Path) -> None:
    zoe, jean = _existing(db)
    matches = find_plan_duplicates(db, _plan(_write(tmp_path, EXISTING)))
    assert {line: match.contact_id for line, match in matches.items()} == {2: zoe, 4: jean}
    assert matches[2].reasons == ("email",)


def test_skip_merge_and_add_each_do_what_they_say(db, tmp_path: Path) -> None:
    zoe, jean = _existing(db)
    plan = _plan(_write(tmp_path, EXISTING))
    result = import_plan(db, plan, skip_bad=False, duplicates={
        2: (DuplicateChoice.MERGE, zoe), 4: (DuplicateChoice.SKIP, jean)})
    assert (result.added, result.merged, result.skipped) == (1, 1, 1)
    rows = db.reader().execute(
        "SELECT id, display_name, organisation, email, phone, tags, notes FROM contact ORDER BY id").fetchall()
    assert rows[0] == (zoe, "Zoé Lefèvre", "Atelier Œuvre", "zoe@oeuvre.fr", "+33 6 12 34 56 78", "vip, salon",
                       "Met in 2024\n\nPrefers mornings")  # blanks filled, nothing overwritten, tags joined
    assert rows[1][:2] == (jean, "Jean Dupont")
    assert [row[1] for row in rows] == ["Zoé Lefèvre", "Jean Dupont", "Someone New"]
    assert _payments(db) == [("Zoé Lefèvre", 10000, "EUR", "paid", None, IMPORTED_PAYMENT)]
    assert result.contact_ids == (zoe, rows[2][0])

    again = import_plan(db, plan, skip_bad=False, duplicates={4: (DuplicateChoice.ADD, jean)})
    assert again.added == 3
    assert db.reader().execute("SELECT COUNT(*) FROM contact WHERE display_name = 'Jean Dupont'").fetchone() == (2,)
