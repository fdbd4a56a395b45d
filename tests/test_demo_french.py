"""The demo book in French when the interface is French (issue 16, polish list): summaries, notes, gift
preferences, gifts, tags, roles and payments in French; the same book otherwise, seed for seed."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from carnet.domain.enums import InteractionKind
from carnet.services.demo_data import generate_demo_data
from carnet.services.demo_words import ENGLISH, FRENCH, language_of, words_for
from carnet.storage import Database

TODAY = date(2026, 3, 15)
# Words an English sentence has and a French one does not (checked on whole words, any case).
ENGLISH_WORDS = {"the", "and", "with", "of", "to", "sent", "call", "called", "about", "our", "us", "loves", "no",
                 "prefers", "their", "box", "book", "bottle", "honey", "from", "for", "at", "on", "quote", "website",
                 "workshop", "shoot", "shelves", "translation", "retainer", "maintenance contract", "founder",
                 "owner", "head", "purchasing", "freelance", "retail", "closed", "business"}


def book(path: Path, language: str, contacts: int = 300) -> dict[str, list[tuple]]:
    with Database.open(path) as database:
        generate_demo_data(database, contacts, seed=4, today=TODAY, language=language)
    connection = sqlite3.connect(path)
    try:
        return {table: connection.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
                for table in ("contact", "stage_change", "interaction", "payment", "gift")}
    finally:
        connection.close()


def columns(path: Path, table: str) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
    finally:
        connection.close()


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, list[tuple]], dict[str, list[tuple]], Path]:
    folder = tmp_path_factory.mktemp("demo-languages")
    english, french = folder / "en.sqlite3", folder / "fr.sqlite3"
    return book(english, "en"), book(french, QLocale(QLocale.Language.French, QLocale.Country.France).name()), french


def english_words_in(text: str) -> set[str]:
    found = {word for word in re.findall(r"[^\W\d_]+", text.lower()) if word in ENGLISH_WORDS}
    return found | {phrase for phrase in ENGLISH_WORDS if " " in phrase and phrase in text.lower()}


def test_every_french_table_matches_its_english_one_entry_for_entry() -> None:
    for name in ("person_roles", "independent_roles", "tags", "notes", "payment_what", "qualification_notes",
                 "recommends", "gift_preferences", "gifts"):
        english, french = getattr(ENGLISH, name), getattr(FRENCH, name)
        assert len(english) == len(french), name
        assert len(set(french)) == len(french), name  # no entry twice: one English entry, one French one
    assert set(FRENCH.summaries) == set(ENGLISH.summaries) == set(InteractionKind)
    for kind in InteractionKind:
        assert len(FRENCH.summaries[kind]) == len(ENGLISH.summaries[kind]), kind


def test_the_french_words_are_french() -> None:
    texts = [*FRENCH.person_roles, *FRENCH.independent_roles, *FRENCH.tags, *FRENCH.notes, *FRENCH.payment_what,
             *FRENCH.qualification_notes, *FRENCH.recommends, *FRENCH.gift_preferences, *FRENCH.gifts,
             FRENCH.closed_business, *FRENCH.countries.values(),
             *(summary for summaries in FRENCH.summaries.values() for summary in summaries)]
    assert {text: english_words_in(text) for text in texts if english_words_in(text)} == {}
    # The check can fail: the English tables are full of such words.
    assert english_words_in(" ".join(ENGLISH.gift_preferences + ENGLISH.gifts))


def test_the_same_seed_gives_the_same_book_in_other_words(both) -> None:
    english, french, path = both
    assert {table: len(rows) for table, rows in english.items()} == {table: len(rows) for table, rows in french.items()}
    assert english["stage_change"] == french["stage_change"]  # the same lifecycles, at the same instants
    contact = columns(path, "contact")
    same = ("id", "display_name", "organisation", "email", "phone", "website", "stage", "created_at",
            "archived_at", "next_follow_up", "referred_by_id")
    for en_row, fr_row in zip(english["contact"], french["contact"], strict=True):
        assert [en_row[contact.index(name)] for name in same] == [fr_row[contact.index(name)] for name in same]
    payment = columns(path, "payment")
    money = ("contact_id", "amount_cents", "currency", "status", "issued_on", "paid_on")
    for en_row, fr_row in zip(english["payment"], french["payment"], strict=True):
        assert [en_row[payment.index(name)] for name in money] == [fr_row[payment.index(name)] for name in money]
        what = en_row[payment.index("description")]
        assert fr_row[payment.index("description")] == FRENCH.payment_what[ENGLISH.payment_what.index(what)]


def test_the_french_book_speaks_french(both) -> None:
    _, french, path = both
    interaction = columns(path, "interaction")
    kinds = {kind.value: kind for kind in InteractionKind}
    summaries = [(kinds[row[interaction.index("kind")]], row[interaction.index("summary")])
                 for row in french["interaction"]]
    assert len(summaries) > 1000
    assert all(summary in FRENCH.summaries[kind] for kind, summary in summaries)
    contact = columns(path, "contact")
    texts = {name: [row[contact.index(name)] for row in french["contact"] if row[contact.index(name)]]
             for name in ("notes", "gift_preferences", "recommends_how", "qualification_note", "role", "tags",
                          "archive_note", "address")}
    assert all(texts[name] for name in texts), {name: len(values) for name, values in texts.items()}
    assert set(texts["gift_preferences"]) <= set(FRENCH.gift_preferences)
    assert set(texts["notes"]) <= set(FRENCH.notes)
    assert set(texts["recommends_how"]) <= set(FRENCH.recommends)
    assert {tag for tags in texts["tags"] for tag in tags.split(", ")} <= set(FRENCH.tags)
    assert "retail" not in {tag for tags in texts["tags"] for tag in tags.split(", ")}
    gift = columns(path, "gift")
    assert {row[gift.index("what")] for row in french["gift"]} <= set(FRENCH.gifts)
    # Addresses abroad end with the country's French name.
    countries = {address.splitlines()[-1] for address in texts["address"]}
    assert countries & set(FRENCH.countries.values())
    assert not countries & set(FRENCH.countries)  # never "Germany"
    every = [summary for _, summary in summaries] + [text for values in texts.values() for text in values]
    assert not {text for text in every if english_words_in(text) and text not in texts["address"]}


@pytest.mark.parametrize(("code", "language"), [
    ("fr", "fr"), ("fr_FR", "fr"), ("fr-CA", "fr"), ("FR_be", "fr"), ("en_US", "en"), ("de_DE", "en"),
    ("C", "en"), ("", "en"),
])
def test_the_language_follows_a_locale_name(code: str, language: str) -> None:
    assert language_of(code) == language
    assert words_for(code) is (FRENCH if language == "fr" else ENGLISH)


def run_demo_data(path: Path, environment: dict[str, str]) -> None:
    clean = {name: value for name, value in os.environ.items()
             if name not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    result = subprocess.run([sys.executable, "-m", "carnet", "demo-data", "--db", str(path), "--contacts", "30"],
                            capture_output=True, text=True, timeout=120, env={**clean, **environment})
    assert result.returncode == 0, result.stderr


def summaries_of(path: Path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {row[0] for row in connection.execute("SELECT summary FROM interaction")}
    finally:
        connection.close()


def test_the_command_line_writes_the_demo_in_the_environments_language(tmp_path: Path) -> None:
    every_french = {summary for summaries in FRENCH.summaries.values() for summary in summaries}
    every_english = {summary for summaries in ENGLISH.summaries.values() for summary in summaries}
    run_demo_data(tmp_path / "fr.sqlite3", {"LANG": "fr_FR.UTF-8"})
    assert summaries_of(tmp_path / "fr.sqlite3") <= every_french
    run_demo_data(tmp_path / "en.sqlite3", {"LANG": "C.UTF-8"})
    english = summaries_of(tmp_path / "en.sqlite3")
    assert english <= every_english and english - every_french  # some English-only sentences
    run_demo_data(tmp_path / "messages.sqlite3", {"LANG": "en_GB.UTF-8", "LC_MESSAGES": "fr_BE.UTF-8"})
    assert summaries_of(tmp_path / "messages.sqlite3") <= every_french
