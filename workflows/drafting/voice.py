"""How the drafts sound: one careful person, speaking to the contact, not about them.

Two tools live here. :func:`chooser` picks, for one contact, one phrasing out
of a few for each place in a letter, the same every time (so a re-rendered
draft does not change) yet different between contacts (so two people at one
organisation don't receive the same letter). :func:`to_you` turns the user's
notes, written *about* the contact ("she suggested I join UXPA"), into words
addressed *to* them ("you suggested I join UXPA"), so no draft ever speaks of
its reader in the third person.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*|[^A-Za-z]+")
_THEY_VERB = {
    "is": "are",
    "was": "were",
    "has": "have",
    "does": "do",
    "goes": "go",
    "isn't": "aren't",
    "wasn't": "weren't",
    "hasn't": "haven't",
    "doesn't": "don't",
}
# Words between the pronoun and its verb that leave the verb's form alone.
_ADVERBS = {"also", "always", "often", "really", "just", "still", "never", "usually", "even"}
# After these words "her" is the object ("I'll send her my notes"), not "her team".
_AFTER_OBJECT_HER = {
    "the", "a", "an", "my", "to", "about", "for", "and", "or", "that", "i", "with", "on",
    "in", "at", "again", "how", "what", "why", "if", "this", "some", "any", "more", "later",
    "soon", "back", "up", "know", "once", "today", "tomorrow",
}  # fmt: skip
_SIMPLE = {
    "he": "you",
    "she": "you",
    "him": "you",
    "his": "your",
    "hers": "yours",
    "himself": "yourself",
    "herself": "yourself",
    "he's": "you're",
    "she's": "you're",
    "he'd": "you'd",
    "she'd": "you'd",
    "he'll": "you'll",
    "she'll": "you'll",
}


def chooser(seed: str) -> Callable[..., str]:
    """``pick(slot, *options)``: one of ``options``, fixed for ``seed`` and ``slot``."""

    def pick(slot: str, *options: str) -> str:
        # hashlib, not hash(): the choice must be the same in every process.
        digest = hashlib.sha256(f"{seed.strip().lower()}/{slot}".encode()).digest()
        return options[int.from_bytes(digest[:4], "big") % len(options)]

    return pick


def _verb_for_you(word: str) -> str:
    lower = word.lower()
    if lower in _THEY_VERB:
        return _THEY_VERB[lower]
    if lower.endswith("ies") and len(lower) > 4:
        return word[:-3] + "y"
    if lower.endswith(("ches", "shes", "sses", "xes", "zes")):
        return word[:-2]
    if lower.endswith("s") and not lower.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _next_word(tokens: list[str], index: int) -> int | None:
    """The index of the next word token after ``index`` within the same clause."""
    for later in range(index + 1, len(tokens)):
        token = tokens[later]
        if token[0].isalpha():
            return later
        if token.strip(" "):
            return None  # punctuation ends the clause
    return None


def to_you(text: str, names: Sequence[str] = ()) -> str:
    """``text`` about the contact, turned to address them ("she says" → "you say").

    ``names`` are what the user calls them ("Dana Lee", "Dana"): each becomes
    "you" ("Dana's" → "your").
    """
    for name in sorted((n for n in names if n.strip()), key=len, reverse=True):
        text = re.sub(rf"\b{re.escape(name)}['’]s\b", "her", text)
        text = re.sub(rf"\b{re.escape(name)}\b", "she", text)
    tokens = _WORD.findall(text)
    for index, token in enumerate(tokens):
        lower = token.lower().replace("’", "'")
        if lower in ("he", "she"):
            tokens[index] = "you"
            verb = _next_word(tokens, index)
            while verb is not None and tokens[verb].lower() in _ADVERBS:
                verb = _next_word(tokens, verb)
            if verb is not None:
                tokens[verb] = _verb_for_you(tokens[verb])
        elif lower in ("he's", "she's"):
            following = _next_word(tokens, index)
            perfect = following is not None and tokens[following].lower() in ("been", "got", "had")
            tokens[index] = "you've" if perfect else "you're"
        elif lower in _SIMPLE:
            tokens[index] = _SIMPLE[lower]
        elif lower == "her":
            following = _next_word(tokens, index)
            possessive = (
                following is not None and tokens[following].lower() not in _AFTER_OBJECT_HER
            )
            tokens[index] = "your" if possessive else "you"
    # A converted pronoun that opens a later sentence keeps its capital.
    return re.sub(r"([.!?]\s+)(y)(?=ou)", lambda m: m.group(1) + "Y", "".join(tokens))
