"""Every rendered sample reads like a person wrote it: no seams, no placeholders."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from workflows.stages import DraftKind

SEAMS = [
    "{{",
    "}}",
    "{%",
    "%}",
    "None",
    "TODO",
    "at .",
    " ,",
    " .",
    "  ",
    "()",
    "..",
    ",.",
    "!!",
    "\n\n\n",
    "Undefined",
]


def test_samples_cover_every_draft_kind_and_the_brief(samples):
    kinds = {sample.kind for sample in samples.values()}
    assert kinds == {kind.value for kind in DraftKind} | {"brief"}


@pytest.mark.parametrize("part", ["subject", "text", "html"])
def test_every_sample_is_free_of_template_seams(samples, part):
    for sample in samples.values():
        content = getattr(sample, part)
        for seam in SEAMS:
            assert seam not in content, f"{sample.name} {part} contains {seam!r}"
        assert content.strip(), f"{sample.name} {part} is empty"


def test_every_sample_is_calm_and_tidy(samples):
    for sample in samples.values():
        assert sample.text.count("!") == 0, f"{sample.name} exclaims"
        assert all(line == line.rstrip() for line in sample.text.splitlines())
        assert sample.text.endswith("\n") and not sample.text.endswith("\n\n")
        # Sentences begin with a capital letter: a missing fact never leaves ". and" behind.
        assert not re.search(r"[.?] [a-z]", sample.text), sample.name


def test_drafts_are_signed_with_the_users_signature(samples):
    for sample in samples.values():
        if sample.kind != "brief":
            assert sample.text.endswith("Sam Rivera\nsam.rivera@example.com\n"), sample.name


def test_drafts_greet_the_contact_by_first_name(samples):
    greetings = {"full": "Hi Dana,", "plain": "Hi Priya,", "bare": "Hi Alex,"}
    for sample in samples.values():
        for label, greeting in greetings.items():
            if sample.name.endswith(f"-{label}") and sample.kind != "brief":
                assert sample.text.startswith(greeting + "\n\n"), sample.name


def test_print_samples(samples, samples_folder: Path):
    """Shows every sample (run with -s) and checks the reviewer's folder holds them all."""
    for sample in samples.values():
        print(f"\n===== {sample.name}\nSubject: {sample.subject}\n\n{sample.text}")
    print(f"\nSamples written to {samples_folder}")
    written = sorted(path.stem for path in samples_folder.glob("*.txt"))
    assert written == sorted(samples)
    for name, sample in samples.items():
        assert (samples_folder / f"{name}.txt").read_text(encoding="utf-8").endswith(sample.text)
