"""The lifecycle board: one model over all cards, one filtered view per stage."""
