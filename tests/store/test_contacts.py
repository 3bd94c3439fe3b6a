"""Adding contacts (with dedupe), finding them, listing and counting by stage."""

from __future__ import annotations

import pytest

from connectors.errors import InputError, NotFound
from daemon.store.db import Store
from daemon.store.models import Actor, ContactSource
from daemon.store.repo import (
    add_contact,
    contact_log,
    find_contact,
    find_contact_by_address,
    list_contacts,
    set_stage_manually,
    stage_counts,
)
from workflows.stages import Stage


def test_added_contact_is_stored_identified_with_a_log_row(store: Store) -> None:
    with store.transaction() as session:
        added = add_contact(
            session,
            name="  Ann Lee ",
            email="Ann.Lee@Example.org",
            other_addresses=["ann@home.example"],
            organization="Acme",
            role="Data engineer",
            how_found="alumni list",
            linkedin_url="https://www.linkedin.com/in/ann-lee/",
        )
        assert not added.existed
        contact_id = added.contact.id
    with store.transaction() as session:
        contact = find_contact(session, str(contact_id))
        assert contact.name == "Ann Lee"
        assert contact.email == "ann.lee@example.org"
        assert [a.address for a in contact.addresses] == ["ann@home.example"]
        assert (contact.organization, contact.role) == ("Acme", "Data engineer")
        assert contact.stage is Stage.IDENTIFIED
        assert contact.source is ContactSource.CLI
        assert not contact.manual
        [event] = contact_log(session, contact)
        assert (event.actor, event.cause, event.from_stage, event.to_stage) == (
            Actor.USER,
            "added",
            None,
            Stage.IDENTIFIED,
        )


def test_contact_without_email_is_allowed(store: Store) -> None:
    with store.transaction() as session:
        first = add_contact(session, name="Bo", source=ContactSource.LINKEDIN)
        second = add_contact(session, name="Cy", source=ContactSource.LINKEDIN)
        assert not first.existed and not second.existed
        assert first.contact.email is None
        assert contact_log(session, first.contact)[0].actor is Actor.IMPORT


@pytest.mark.parametrize(
    ("email", "other", "linkedin"),
    [
        ("ANN.LEE@example.org", [], None),
        (None, ["ann.lee@example.org"], None),
        ("ann@home.example", [], None),
        (None, [], "http://linkedin.com/in/Ann-Lee?trk=public"),
    ],
    ids=["same-email", "email-as-other-address", "other-address-as-email", "same-linkedin"],
)
def test_duplicate_returns_the_existing_contact_unchanged(
    store: Store, email: str | None, other: list[str], linkedin: str | None
) -> None:
    with store.transaction() as session:
        original = add_contact(
            session,
            name="Ann Lee",
            email="ann.lee@example.org",
            other_addresses=["ann@home.example"],
            linkedin_url="https://www.linkedin.com/in/ann-lee",
        ).contact
    with store.transaction() as session:
        again = add_contact(
            session,
            name="Annie L.",
            email=email,
            other_addresses=other,
            linkedin_url=linkedin,
            organization="Other Corp",
        )
        assert again.existed
        assert again.contact.id == original.id
        assert again.contact.name == "Ann Lee"
        assert again.contact.organization is None
        assert len(list_contacts(session)) == 1
        assert len(contact_log(session, again.contact)) == 1


def test_referral_records_who_referred(store: Store) -> None:
    with store.transaction() as session:
        ann = add_contact(session, name="Ann Lee", email="ann@example.org").contact
        bo = add_contact(
            session,
            name="Bo Chen",
            email="bo@example.org",
            source=ContactSource.REFERRAL,
            referred_by=ann,
        ).contact
        assert (bo.referred_by_id, bo.referred_by_name) == (ann.id, "Ann Lee")
        assert contact_log(session, bo)[0].actor is Actor.DAEMON


def test_bad_input_is_refused(store: Store) -> None:
    with store.transaction() as session:
        with pytest.raises(InputError, match="needs a name"):
            add_contact(session, name="  ")
        with pytest.raises(InputError, match="not an email address"):
            add_contact(session, name="Ann", email="ann-at-example.org")


@pytest.fixture
def three(store: Store) -> Store:
    with store.transaction() as session:
        add_contact(
            session, name="Ann Lee", email="ann@example.org", other_addresses=["al@home.example"]
        )
        add_contact(session, name="Joanne Annis", email="jo@example.org")
        add_contact(session, name="Bo Chen", linkedin_url="https://www.linkedin.com/in/bochen")
        add_contact(session, name="Ann", email="other-ann@example.org")
    return store


@pytest.mark.parametrize(
    ("ref", "name"),
    [
        ("1", "Ann Lee"),
        ("#2", "Joanne Annis"),
        ("ANN@example.org", "Ann Lee"),
        ("al@home.example", "Ann Lee"),
        ("chen", "Bo Chen"),
        ("LEE", "Ann Lee"),
        ("ann", "Ann"),  # ambiguous as a part, but names one contact exactly
        ("linkedin.com/in/BoChen/", "Bo Chen"),
    ],
)
def test_find_contact_by_id_address_or_name_part(three: Store, ref: str, name: str) -> None:
    with three.transaction() as session:
        assert find_contact(session, ref).name == name


def test_ambiguous_name_part_lists_the_candidates(three: Store) -> None:
    with three.transaction() as session, pytest.raises(InputError) as caught:
        find_contact(session, "an")
    message = str(caught.value)
    assert message.startswith("'an' matches 3 contacts: #1 Ann Lee, #2 Joanne Annis, #4 Ann")
    assert "\n" not in message


@pytest.mark.parametrize("ref", ["zed", "99", "nobody@example.org", "50%", "_"])
def test_unknown_reference_is_not_found(three: Store, ref: str) -> None:
    with three.transaction() as session, pytest.raises(NotFound) as caught:
        find_contact(session, ref)
    assert str(caught.value) == f"no contact matches {ref!r}"


def test_find_by_address_returns_none_when_unknown(three: Store) -> None:
    with three.transaction() as session:
        assert find_contact_by_address(session, "nobody@example.org") is None
        found = find_contact_by_address(session, " AL@home.example ")
        assert found is not None and found.name == "Ann Lee"


def test_list_and_count_by_stage(three: Store) -> None:
    with three.transaction() as session:
        set_stage_manually(session, find_contact(session, "Bo"), Stage.CLOSED)
    with three.transaction() as session:
        assert [c.name for c in list_contacts(session, Stage.IDENTIFIED)] == [
            "Ann Lee",
            "Joanne Annis",
            "Ann",
        ]
        assert [c.name for c in list_contacts(session, Stage.CLOSED)] == ["Bo Chen"]
        assert len(list_contacts(session)) == 4
        counts = stage_counts(session)
        assert list(counts) == list(Stage)
        assert counts[Stage.IDENTIFIED] == 3
        assert counts[Stage.CLOSED] == 1
        assert counts[Stage.MET] == 0
