"""Large imports (issue 14, "Size"): a vCard's big PHOTO is skipped unread, the writer reports its progress
in batches, and a cancel from the progress callback writes nothing. Functional only: the timings and the
memory are measured by bench/import_size.py, never here."""

from __future__ import annotations

import base64
import os
from dataclasses import astuple
from pathlib import Path

import pytest
from sqlmodel import select

from carnet.domain.models import Contact, ContactDetailRow, Payment, StageChange
from carnet.io.csv_import import guess_mapping, read_csv, validate
from carnet.io.vcard_import import read_vcards
from carnet.services import importing
from carnet.services.importing import ImportCancelled, import_plan


def _counts(db) -> tuple[int, ...]:
    with db.reading() as session:
        return tuple(len(session.exec(select(table)).all())
                     for table in (Contact, StageChange, ContactDetailRow, Payment))


def _photo_card(path: Path, *, version: str = "3.0") -> str:
    photo = base64.b64encode(os.urandom(3 * 1024 * 1024)).decode("ascii")
    if version == "2.1":
        body = "PHOTO;ENCODING=BASE64;TYPE=JPEG:" + "\r\n".join(photo[i:i + 76] for i in range(0, len(photo), 76))
        body += "\r\n\r\n"
    else:
        body = "PHOTO;ENCODING=b;TYPE=JPEG:" + "\r\n ".join(photo[i:i + 74] for i in range(0, len(photo), 74))
        body += "\r\n"
    path.write_text(f"BEGIN:VCARD\r\nVERSION:{version}\r\nFN:Zoé Lefèvre\r\n{body}"
                    "EMAIL:zoe@example.com\r\nNOTE:Rencontrée au salon\r\nEND:VCARD\r\n"
                    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Omar Haddad\r\nEND:VCARD\r\n", encoding="utf-8")
    return photo


@pytest.mark.parametrize("version", ["3.0", "2.1"])
def test_a_big_photo_is_skipped_and_the_card_imports(db, tmp_path: Path, version: str) -> None:
    path = tmp_path / "photo.vcf"
    photo = _photo_card(path, version=version)
    plan = read_vcards(path)
    assert not plan.bad
    assert [draft.display_name for _, draft in plan.good] == ["Zoé Lefèvre", "Omar Haddad"]
    (line, draft), _ = plan.good
    assert line == 1
    assert draft.email == "zoe@example.com" and draft.notes == "Rencontrée au salon"
    held = " ".join(str(value) for value in astuple(draft))
    assert photo[:40] not in held and photo[-40:] not in held and len(held) < 1000
    assert import_plan(db, plan, skip_bad=False).added == 2


def test_the_line_of_a_card_after_a_photo_is_its_physical_line(tmp_path: Path) -> None:
    path = tmp_path / "photo.vcf"
    _photo_card(path)
    second = path.read_text(encoding="utf-8").splitlines().index("BEGIN:VCARD", 1) + 1
    assert [line for line, _ in read_vcards(path).good] == [1, second]


def _csv(path: Path, rows: int) -> None:
    lines = ["Name,Email,Phone,Amount"]
    lines += [f"Contact {n},c{n}@example.com ,+33 6 12 34 {n:02d} 00,{'12.50' if n % 3 == 0 else ''}"
              for n in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _csv_plan(path: Path):
    parsed = read_csv(path)
    return validate(parsed, guess_mapping(parsed.headers))


def test_progress_is_called_with_increasing_counts(db, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(importing, "BATCH", 4)
    _csv(tmp_path / "c.csv", 10)
    calls: list[tuple[int, int]] = []
    result = import_plan(db, _csv_plan(tmp_path / "c.csv"), skip_bad=False,
                         progress=lambda done, total: calls.append((done, total)))
    assert result.added == 10
    assert calls == [(4, 10), (8, 10), (10, 10)]


def test_cancel_from_progress_writes_nothing(db, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(importing, "BATCH", 4)
    _csv(tmp_path / "c.csv", 5)
    import_plan(db, _csv_plan(tmp_path / "c.csv"), skip_bad=False)  # something already in the book
    before = _counts(db)
    assert before[0] == 5 and before[3] > 0
    _csv(tmp_path / "more.csv", 10)

    def cancel(done: int, total: int) -> None:
        if done >= 8:  # two batches are written already, inside the transaction
            raise ImportCancelled()

    with pytest.raises(ImportCancelled):
        import_plan(db, _csv_plan(tmp_path / "more.csv"), skip_bad=False, progress=cancel)
    assert _counts(db) == before
