"""pytest wiring: each `tests/ui/**/NAME.rs` is a test item run by `ui_harness`.

`pytest --bless tests/ui/...` first rewrites each selected program's expectation files with
rustc (`tests/tools/rustc_expect.py`, the only place rustc runs), then runs the test. The
suite itself never needs rustc. Known failures (`tests/ui/known-failures.txt`) are strict
xfails.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from ui_harness import RUSTC_EXPECT, UI_ROOT, UiFailure, read_known_failures, run_ui_test


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--bless",
        action="store_true",
        default=False,
        help="regenerate the expectations of the selected UI tests with rustc before running them",
    )


def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("--bless") and shutil.which("rustc") is None:
        raise pytest.UsageError("--bless needs rustc on PATH (it is the oracle)")
    config.stash[_KNOWN] = read_known_failures()


@pytest.hookimpl(tryfirst=True)
def pytest_sessionstart(session: pytest.Session) -> None:
    """Build std's metadata cache once, before any worker starts (the first run on a fresh
    machine takes about a minute; the workers then only read it). In a worker, or when
    the cache is switched off, there is nothing to do: a worker that finds no cache builds
    it itself, one at a time (`ferric.metadata.store.exclusive`)."""
    if hasattr(session.config, "workerinput"):
        return
    from ferric.driver.pipeline import run_guarded
    from ferric.driver.session import Session
    from ferric.expand.base import CfgOptions
    from ferric.metadata.std import ensure_cached

    # Guarded: the deep stack std's build needs, and a failure here is left for the tests
    # that need std to report.
    run_guarded(Session.create(), lambda: ensure_cached(CfgOptions()))


_KNOWN = pytest.StashKey[dict[str, str]]()


def pytest_collect_file(parent: pytest.Collector, file_path: Path) -> pytest.Collector | None:
    if file_path.suffix == ".rs" and file_path.resolve().is_relative_to(UI_ROOT):
        return UiFile.from_parent(parent, path=file_path)
    return None


class UiFile(pytest.File):
    def collect(self) -> Iterator[pytest.Item]:
        item = UiItem.from_parent(self, name="ui")
        rel = self.path.resolve().relative_to(UI_ROOT).as_posix()
        reason = self.config.stash[_KNOWN].get(rel)
        if reason is not None:
            item.add_marker(pytest.mark.xfail(reason=reason, strict=True, raises=UiFailure))
        yield item


class UiItem(pytest.Item):
    def runtest(self) -> None:
        if self.config.getoption("--bless"):
            verdict = RUSTC_EXPECT.expect(str(self.path))
            self.add_report_section("call", "bless", f"{self.path.name} -> {verdict}")
        run_ui_test(self.path.resolve())

    def repr_failure(
        self,
        excinfo: pytest.ExceptionInfo[BaseException],
        style: object = None,
    ) -> str:
        if isinstance(excinfo.value, UiFailure):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, 0, f"ui: {self.path.resolve().relative_to(UI_ROOT).as_posix()}"
