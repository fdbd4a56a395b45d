"""Run by tests/test_crash.py: commits moves and payments as fast as it can, reporting each one only
after its transaction has returned, until it is killed."""

from __future__ import annotations

import random
import sys
from pathlib import Path

from carnet.domain.enums import PaymentStatus, Stage
from carnet.services import PaymentDraft, move_contacts, record_payment
from carnet.services.board_read import board_cards
from carnet.storage import Database

MOVABLE = (Stage.STRANGER, Stage.VISITOR, Stage.LEAD, Stage.PROSPECT)


def main() -> None:
    rng = random.Random(int(sys.argv[2]))
    with Database.open(Path(sys.argv[1]), daily_backup=False) as database:
        stages = {card.id: card.stage for card in board_cards(database) if card.stage in MOVABLE}
        ids = sorted(stages)
        print("ready", flush=True)
        for step in range(100_000):
            contact_id = rng.choice(ids)
            if step % 3 == 0:
                amount = 100_000 + step  # unique: the test finds each reported payment by its amount
                record_payment(database, contact_id, PaymentDraft(amount, PaymentStatus.QUOTED))
                print(f"payment {contact_id} {amount}", flush=True)
            else:
                target = rng.choice([s for s in MOVABLE if s != stages[contact_id]])
                move_contacts(database, [contact_id], target, rng.randint(0, 3))
                print(f"move {contact_id} {stages[contact_id].value} {target.value}", flush=True)
                stages[contact_id] = target


if __name__ == "__main__":
    main()
