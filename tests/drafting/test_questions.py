"""The question bank and the pick for one contact: fitting, varied, deterministic."""

from __future__ import annotations

from dataclasses import replace

import pytest

from connectors.errors import InputError
from workflows.drafting import Category, ContactFacts, choose_questions
from workflows.drafting.questions import QUESTION_BANK, REFERRAL_QUESTION, TYPICAL_WEEK


def test_bank_has_four_to_eight_open_questions_per_category():
    assert set(QUESTION_BANK) == set(Category)
    texts = []
    for entries in QUESTION_BANK.values():
        assert 4 <= len(entries) <= 8
        for entry in entries:
            texts += [entry.plain] + ([entry.tailored] if entry.tailored else [])
            assert entry.plain.endswith("?")
            # Open-ended: not a yes/no opener on its own.
            assert not entry.plain.startswith(("Do you", "Is it", "Are you"))
    assert len(texts) == len(set(texts))


@pytest.mark.parametrize("count", range(8, 13))
def test_every_pick_covers_path_work_advice_and_ends_with_referrals(full_contact, count):
    questions = choose_questions(full_contact, count)
    assert len(questions) == count
    categories = [q.category for q in questions]
    assert {Category.PATH, Category.WORK, Category.ADVICE, Category.REFERRALS} <= set(categories)
    assert len(set(categories)) >= 5
    assert categories == sorted(categories, key=list(Category).index)
    assert REFERRAL_QUESTION.plain in [q.text for q in questions]
    assert len({q.text for q in questions}) == count


@pytest.mark.parametrize("count", [0, 7, 13])
def test_counts_outside_8_to_12_are_refused(full_contact, count):
    with pytest.raises(InputError, match="outside 8–12"):
        choose_questions(full_contact, count)


def test_the_pick_is_the_same_every_time_for_one_contact(full_contact):
    assert choose_questions(full_contact) == choose_questions(replace(full_contact, notes=[]))


def test_different_contacts_get_different_mixes():
    picks = {
        tuple(q.text for q in choose_questions(ContactFacts(name="X", email=f"p{n}@x.example")))
        for n in range(10)
    }
    assert len(picks) > 5


def test_role_and_org_are_written_into_a_few_questions(full_contact):
    texts = [q.text for q in choose_questions(full_contact, 12)]
    assert (
        "What does a typical week look like in your role as Senior UX Researcher at Acme Health?"
        in texts
    )
    naming = [t for t in texts if "Acme Health" in t or "Senior UX Researcher" in t]
    assert 1 <= len(naming) <= 3


def test_without_role_or_org_questions_stay_plain(bare_contact):
    texts = [q.text for q in choose_questions(bare_contact, 12)]
    assert TYPICAL_WEEK.plain in texts
    assert not any("{" in t or "None" in t for t in texts)
