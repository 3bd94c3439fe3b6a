"""The question bank for the prep brief, and a fitting pick for one contact.

Questions are open-ended and grouped by the categories career advisers use.
An entry may carry a tailored phrasing with ``{role}`` and/or ``{org}``: it is
used when the contact's role/organization are known, the plain phrasing
otherwise, so no question ever shows an empty slot.
"""

from __future__ import annotations

import hashlib
import random
import string
from dataclasses import dataclass
from enum import StrEnum

from connectors.errors import InputError
from workflows.drafting.context import ContactFacts

MIN_QUESTIONS, MAX_QUESTIONS = 8, 12


class Category(StrEnum):
    """The topics a good informational interview covers, in conversation order."""

    PATH = "path"
    WORK = "work"
    SKILLS = "skills"
    ENVIRONMENT = "environment"
    REWARDS = "rewards"
    OUTLOOK = "outlook"
    ADVICE = "advice"
    REFERRALS = "referrals"

    @property
    def heading(self) -> str:
        """A heading for the brief."""
        return _TITLES[self]


_TITLES = {
    Category.PATH: "Their path",
    Category.WORK: "The work and a typical week",
    Category.SKILLS: "Skills",
    Category.ENVIRONMENT: "The environment",
    Category.REWARDS: "Rewards and frustrations",
    Category.OUTLOOK: "Outlook",
    Category.ADVICE: "Advice for you",
    Category.REFERRALS: "Referrals",
}


@dataclass(frozen=True)
class BankEntry:
    """One question: a plain phrasing and, optionally, one naming role/org."""

    plain: str
    tailored: str | None = None

    def _facts(self, contact: ContactFacts) -> dict[str, str] | None:
        """The values the tailored phrasing needs, or None when one is unknown."""
        if self.tailored is None:
            return None
        known = {"role": contact.role, "org": contact.organization}
        needed = {name for _, name, _, _ in string.Formatter().parse(self.tailored) if name}
        values = {name: known.get(name) for name in needed}
        return {k: v for k, v in values.items() if v} if all(values.values()) else None

    def fits(self, contact: ContactFacts) -> bool:
        """Whether the tailored phrasing can be used for ``contact``."""
        return self._facts(contact) is not None

    def phrase(self, contact: ContactFacts) -> str:
        """The tailored phrasing when every fact it names is known, else the plain one."""
        facts = self._facts(contact)
        if facts is None or self.tailored is None:
            return self.plain
        return self.tailored.format(**facts)


@dataclass(frozen=True)
class Question:
    """A question chosen for one brief."""

    category: Category
    text: str


#: The question every brief ends with: it is how one conversation leads to the next.
REFERRAL_QUESTION = BankEntry(
    "Is there someone else you think I should talk to? Would you be comfortable introducing me?"
)

#: The heart of the conversation: what the work is like, week to week.
TYPICAL_WEEK = BankEntry(
    "What does a typical week look like for you?",
    "What does a typical week look like in your role as {role} at {org}?",
)
#: Questions every pick includes, in their categories.
_ALWAYS = {Category.WORK: TYPICAL_WEEK, Category.REFERRALS: REFERRAL_QUESTION}
#: At most this many questions name the organization or role: more reads like a form letter.
_TAILORED_AT_MOST = 3

QUESTION_BANK: dict[Category, tuple[BankEntry, ...]] = {
    Category.PATH: (
        BankEntry(
            "How did you get into this line of work?",
            "How did you end up in your role as {role}?",
        ),
        BankEntry(
            "Is the way you came into the field a common one, or unusual?",
        ),
        BankEntry(
            "Was there a person who guided you along the way, and how did you find them?",
        ),
        BankEntry(
            "What made you choose this organization over others?",
            "What drew you to {org}?",
        ),
        BankEntry(
            "Looking back, which step in your career mattered most?",
        ),
    ),
    Category.WORK: (
        TYPICAL_WEEK,
        BankEntry(
            "What surprised you most once you were doing the job?",
        ),
        BankEntry(
            "How much of what you studied or trained in do you use day to day?",
        ),
        BankEntry(
            "Which parts of the job take more of your time than people expect?",
        ),
        BankEntry(
            "Would someone with your title elsewhere be doing much the same work?",
            "Would someone with your title outside {org} be doing much the same work?",
        ),
    ),
    Category.SKILLS: (
        BankEntry(
            "Which skills and qualities make the biggest difference in this work?",
        ),
        BankEntry(
            "What is one skill you picked up outside formal training that helps you every week?",
        ),
        BankEntry(
            "Where do newcomers tend to struggle at first?",
            "Where do newcomers at {org} tend to struggle at first?",
        ),
        BankEntry(
            "If you were hiring for your team, what would make a candidate stand out?",
        ),
    ),
    Category.ENVIRONMENT: (
        BankEntry(
            "How would you describe the culture where you work, and in the industry more broadly?",
            "How would you describe the culture at {org}, and in the industry more broadly?",
        ),
        BankEntry(
            "How much of your time is spent with colleagues, clients or outside partners?",
        ),
        BankEntry(
            "How predictable are the hours? Are evenings, weekends or travel part of it?",
        ),
        BankEntry(
            "What kind of person tends to thrive in this environment?",
            "What kind of person tends to thrive at {org}?",
        ),
    ),
    Category.REWARDS: (
        BankEntry(
            "What do you find most rewarding about the work?",
        ),
        BankEntry(
            "What frustrates you most, and how do you handle it?",
        ),
        BankEntry(
            "How is success measured in your position?",
            "How is success measured for someone in your role as {role}?",
        ),
        BankEntry(
            "What would make you leave the field, and what keeps you in it?",
        ),
    ),
    Category.OUTLOOK: (
        BankEntry(
            "What do paths for advancement usually look like from where you are?",
        ),
        BankEntry(
            "Which parts of the field are growing, and what does that mean for newcomers?",
        ),
        BankEntry(
            "How are new technology and global competition changing the work?",
        ),
        BankEntry(
            "Where do you see the organization heading over the next few years?",
            "Where do you see {org} heading over the next few years?",
        ),
    ),
    Category.ADVICE: (
        BankEntry(
            "Which courses, training or certifications would you recommend to someone like me?",
        ),
        BankEntry(
            "Are there projects I could take on now that would show I am serious about this field?",
        ),
        BankEntry(
            "Which professional associations or communities are worth joining?",
        ),
        BankEntry(
            "How do people usually hear about openings in this line of work?",
        ),
        BankEntry(
            "What do you wish someone had told you when you were starting out?",
        ),
        BankEntry(
            "Given what I have told you about my background, what would you do in my place?",
        ),
    ),
    Category.REFERRALS: (
        REFERRAL_QUESTION,
        BankEntry(
            "Are there people elsewhere in the organization I might learn from?",
            "Are there people elsewhere at {org} I might learn from?",
        ),
        BankEntry(
            "If I reach out to someone you mention, may I say that you suggested it?",
        ),
        BankEntry(
            "Are there events, groups or newsletters where I could meet more people in the field?",
        ),
    ),
}


def _seed(contact: ContactFacts) -> int:
    # hashlib, not hash(): the pick must be the same in every process.
    digest = hashlib.sha256(contact.email.strip().lower().encode()).digest()
    return int.from_bytes(digest[:8], "big")


def choose_questions(contact: ContactFacts, count: int = 10) -> list[Question]:
    """Pick ``count`` (8–12) questions for ``contact``, the same ones every time.

    Every pick asks about their path, their typical week and advice, ends
    with the referral question, and spreads the rest over the other categories
    before taking a second question from any of them. When role or
    organization are known, the first few questions that can name them do.
    """
    if not MIN_QUESTIONS <= count <= MAX_QUESTIONS:
        raise InputError(
            f"choose_questions: count {count} is outside {MIN_QUESTIONS}–{MAX_QUESTIONS}"
        )
    rng = random.Random(_seed(contact))
    pools: dict[Category, list[BankEntry]] = {}
    for category, entries in QUESTION_BANK.items():
        pools[category] = [entry for entry in entries if entry is not _ALWAYS.get(category)]
        rng.shuffle(pools[category])
    others = [Category.SKILLS, Category.ENVIRONMENT, Category.REWARDS, Category.OUTLOOK]
    rng.shuffle(others)
    # The fixed questions fill the first round's work and referrals slots.
    first_round = [Category.PATH, Category.ADVICE, *others]
    second_round = [Category.PATH, Category.WORK, Category.ADVICE, Category.REFERRALS, *others]
    order = first_round + second_round

    picked: dict[Category, list[BankEntry]] = {category: [] for category in Category}
    for category, entry in _ALWAYS.items():
        picked[category].append(entry)
    for category in order[: count - len(_ALWAYS)]:
        picked[category].append(pools[category].pop())

    chosen: list[Question] = []
    budget = _TAILORED_AT_MOST
    for category in Category:
        for entry in picked[category]:
            tailor = budget > 0 and entry.fits(contact)
            budget -= tailor
            chosen.append(Question(category, entry.phrase(contact) if tailor else entry.plain))
    return chosen
