"""std's metadata cache (`ferric.metadata`): the same answers with no cache, a cold cache and a
warm one, and a cache that is corrupt, stale or unwritable is rebuilt or bypassed, never an
error."""

from __future__ import annotations

import io
import marshal
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from ferric.base.lazy_map import LazyMap, LazySource
from ferric.driver.pipeline import cfg_options, check, lower, run_compiler
from ferric.driver.session import Options, Session
from ferric.expand.base import CfgOptions
from ferric.hir.print import print_crate
from ferric.metadata import std as std_meta
from ferric.metadata import store
from ferric.metadata.encode import DecodeError, Decoder, Encoder
from ferric.syntax.parse_sess import ParseSess

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "tests" / "ui"

PROGRAMS = [
    ROOT / "examples" / "hello.rs",
    UI / "typeck" / "bound_collect_into_wrong_container.rs",
    UI / "typeck" / "bound_hashmap_key_not_hash.rs",
    UI / "typeck" / "bound_closure_not_fn_trait.rs",
    UI / "typeck" / "method_trait_not_imported.rs",
    UI / "typeck" / "impl_missing_display_fmt.rs",
    UI / "resolve" / "undeclared_type_hashmap.rs",
]
"""Programs whose diagnostics point into std, name std items, suggest std imports, or
implement std traits."""


def _outputs() -> list[tuple[int, str, str]]:
    """(exit code, rendered diagnostics, `--emit=hir`) of every program."""
    out = []
    for path in PROGRAMS:
        sess = Session.create(Options())
        err = io.StringIO()
        code = run_compiler(sess, lambda s, p=str(path): check(s, p), err)
        out.append((code, err.getvalue(), _hir_text(str(path))))
    return out


def _hir_text(path: str) -> str:
    """`ferric check --emit=hir` of `path`."""
    text: list[str] = []

    def emit_hir(s: Session) -> None:
        prog = lower(s, path)
        if prog is not None:
            text.append(print_crate(prog.defs, prog.hir, prog.crate_names))

    run_compiler(Session.create(Options()), emit_hir, io.StringIO())
    return "".join(text)


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("FERRIC_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("FERRIC_NO_CACHE", raising=False)
    saved = dict(std_meta._LOADED)
    std_meta._LOADED.clear()
    yield tmp_path
    std_meta._LOADED.clear()
    std_meta._LOADED.update(saved)


def test_no_cache_cold_and_warm_agree(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FERRIC_NO_CACHE", "1")
    reference = _outputs()
    monkeypatch.delenv("FERRIC_NO_CACHE")
    cold = _outputs()  # builds and writes the file, then reads what it wrote
    assert [p.name for p in cache_dir.glob("std-*.fmeta")], "no cache file written"
    assert cold == reference
    std_meta._LOADED.clear()
    warm = _outputs()  # reads the file
    assert warm == reference
    assert any(code == 1 for code, _, _ in reference) and any(
        "std" in err for _, err, _ in reference
    ), "the programs should include diagnostics that point into std"


def test_unreadable_files_are_rebuilt(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = cfg_options(Session.create(Options()))
    key = std_meta.cache_key(cfg)
    path = Path(std_meta.cache_path(key))
    built: list[str] = []
    sentinel = object()

    def fake_build(p: str, k: str, c: object) -> std_meta.LoadedStd:
        built.append(k)
        return std_meta.LoadedStd(sentinel, [], [], {})  # type: ignore[arg-type]

    monkeypatch.setattr(std_meta, "_build_and_write", fake_build)
    store.write(str(path), {"key": key, "classes": []}, {"tables": b"x" * 1000})
    whole = path.read_bytes()
    store.write(str(path), {"key": "another key"}, {})
    foreign = path.read_bytes()
    for bad in (b"", b"FERRICMD", b"garbage" * 100, whole[:-10], whole, foreign):
        path.write_bytes(bad)
        std_meta._LOADED.clear()
        assert std_meta.load_std(ParseSess(), cfg) is sentinel
    assert built == [key] * 6


def test_unwritable_cache_dir_keeps_std_in_memory(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    cache = blocker / "cache"
    assert not store.writable(str(cache))
    assert not store.write(str(cache / "x.fmeta"), {"key": "k"}, {})
    with store.exclusive(str(cache / "x.fmeta")):
        pass  # no lock, no error
    built = std_meta.LoadedStd(object(), [], [], {})  # type: ignore[arg-type]
    monkeypatch.setattr(std_meta, "_build", lambda cfg: built)

    def no_encoding(*args: object) -> None:
        raise AssertionError("nothing to write to")

    monkeypatch.setattr(std_meta, "encode", no_encoding)
    got = std_meta._build_and_write(str(cache / "std-k.fmeta"), "k", CfgOptions())
    assert got is built


def test_cache_dir_location(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FERRIC_CACHE_DIR", "/x/y")
    assert store.cache_dir() == "/x/y"
    monkeypatch.delenv("FERRIC_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", "/xdg")
    assert store.cache_dir() == os.path.join("/xdg", "ferric")
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert store.cache_dir().endswith(os.path.join(".cache", "ferric"))
    monkeypatch.setenv("FERRIC_NO_CACHE", "1")
    assert not store.cache_enabled()


def test_write_is_atomic_and_read_checks_the_key(tmp_path: Path) -> None:
    path = str(tmp_path / "a.fmeta")
    assert store.write(path, {"key": "k"}, {"one": b"1", "two": b"22"})
    f = store.read(path, "k")
    assert f is not None and bytes(f.section("two")) == b"22"
    assert store.read(path, "other") is None
    assert [p.name for p in tmp_path.iterdir()] == ["a.fmeta"]  # no temporary left


def test_old_files_of_other_keys_are_removed(tmp_path: Path) -> None:
    for i in range(6):
        f = tmp_path / f"std-{i}.fmeta"
        f.write_bytes(b"x")
        (tmp_path / f"std-{i}.fmeta.lock").write_bytes(b"")
        os.utime(f, (1000 + i, 1000 + i))
    (tmp_path / ".tmp-live.fmeta").write_bytes(b"being written")
    assert store.write(str(tmp_path / "std-new.fmeta"), {"key": "k"}, {})
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [
        ".tmp-live.fmeta",
        "std-new.fmeta",
    ], "files a week old go, whatever their rank"
    for i in range(5):
        (tmp_path / f"std-{i}.fmeta").write_bytes(b"x")
    assert store.write(str(tmp_path / "std-new.fmeta"), {"key": "k"}, {})
    kept = [
        p.name
        for p in tmp_path.iterdir()
        if p.name.startswith("std-") and p.name != "std-new.fmeta"
    ]
    assert len(kept) == store.KEEP_OTHERS


def test_encoding_round_trips_values() -> None:
    from ferric.base.span import Span
    from ferric.resolve.defs import DefKind, DefRes, Visibility

    value = (
        DefRes(DefKind.FN, 3),
        [Span(1, 2, 3), {"a": (1, None)}, {frozenset({1}), 2.5}],
        Visibility(public=False, restricted_to=4),
        True,
    )
    enc = Encoder()
    data = marshal.loads(marshal.dumps(enc.encode(value)))
    assert Decoder(enc.table).decode(data) == value


def test_decoding_refuses_a_changed_class() -> None:
    enc = Encoder()
    from ferric.resolve.defs import DefKind, DefRes

    enc.encode(DefRes(DefKind.FN, 3))
    kind, module, qualname, fields, kinds = enc.table[0]
    with pytest.raises(DecodeError):
        Decoder([(kind, module, qualname, (*fields, "extra"), kinds + "g")])
    with pytest.raises(DecodeError):
        Decoder([(kind, module, qualname, fields, "s" * len(kinds))])
    with pytest.raises(DecodeError):
        Decoder([(kind, module, "NoSuchClass", fields, kinds)])


def test_lazy_map_decodes_on_demand() -> None:
    loads: list[int] = []

    def load(i: int) -> str:
        loads.append(i)
        return f"v{i}"

    m: LazyMap[int, str] = LazyMap(LazySource([10, 20, 30], load))
    m[40] = "own"
    assert list(m) == [10, 20, 30, 40] and len(m) == 4 and loads == []
    assert m.get(20) == "v1" and m[20] == "v1" and loads == [1]
    assert 30 in m and 99 not in m and m.get(99) is None
    c = m.copy()
    c[50] = "x"
    assert 50 not in m and c[40] == "own" and c[20] == "v1" and loads == [1]
    assert dict(m.items()) == {10: "v0", 20: "v1", 30: "v2", 40: "own"}


def test_std_macros_from_the_cache_are_those_built(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`metadata.macros`: a cold load writes `stdmacros-KEY.fmeta`; a warm one reads back
    the same macros (names, rules, spans, re-exports) without parsing std; a corrupt file
    is rebuilt."""
    from ferric.expand import std_crate
    from ferric.metadata.macros import load_std_macros

    monkeypatch.setenv("FERRIC_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("FERRIC_NO_CACHE", raising=False)
    cfg = CfgOptions(names=CfgOptions().names | {"macro_cache_test"})
    monkeypatch.setattr(std_crate, "_MACROS", {})

    def shape(m: std_crate.StdMacros) -> object:
        rules = {name: (mac.span, mac.name_span, len(mac.rules), mac.exported, mac.builtin_name, mac.hidden) for name, mac in m.exports.items()}
        modules = {path: sorted(ms) for path, ms in m.modules.items()}
        return rules, [sf.name for sf in m.files], modules, len(m.diagnostics)

    load_std_macros(cfg)
    built = std_crate._MACROS[cfg]
    [path] = tmp_path.glob("stdmacros-*.fmeta")
    std_crate._MACROS.clear()
    monkeypatch.setattr(std_crate, "_build_macros", lambda c: pytest.fail("std was parsed again"))
    load_std_macros(cfg)
    read = std_crate._MACROS[cfg]
    assert read is not built and shape(read) == shape(built)
    assert read.files[0] is built.files[0]  # the process's std files, at their fixed positions

    path.write_bytes(b"FERRICMD garbage")
    std_crate._MACROS.clear()
    monkeypatch.undo()
    monkeypatch.setenv("FERRIC_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(std_crate, "_MACROS", {})
    load_std_macros(cfg)
    assert shape(std_crate._MACROS[cfg]) == shape(built)
    assert store.read(str(path), std_meta.cache_key(cfg)) is not None


def test_stale_files_are_counted_per_kind(tmp_path: Path) -> None:
    """Writing one kind of cache file (`stdmacros-`) never pushes out another (`std-`)."""
    for i in range(5):
        (tmp_path / f"std-{i}.fmeta").write_bytes(b"x")
    assert store.write(str(tmp_path / "stdmacros-new.fmeta"), {"key": "k"}, {})
    assert len(list(tmp_path.glob("std-*.fmeta"))) == 5
    assert store.write(str(tmp_path / "std-new.fmeta"), {"key": "k"}, {})
    assert len([p for p in tmp_path.glob("std-*.fmeta") if p.name != "std-new.fmeta"]) == store.KEEP_OTHERS
    assert (tmp_path / "stdmacros-new.fmeta").exists()


def test_counts_written_with_std_are_those_a_session_makes() -> None:
    """What the metadata records so a session need not look at all of std's definitions
    (`HirCrate.extern_names`, `ExternImpls.negative`) is what looking at them gives."""
    from ferric.hir import nodes as hir
    from ferric.ty.context import TyCtxt

    sess = Session.create(Options())
    progs = []
    run_compiler(sess, lambda s: progs.append(lower(s, str(ROOT / "examples" / "hello.rs"))), io.StringIO())
    [prog] = progs
    assert prog is not None
    names, impls = prog.hir.extern_names, prog.hir.extern_impls
    assert names is not None and impls is not None  # (read from the cache)
    tcx = TyCtxt(prog.defs, prog.hir, sess.dcx, sess.source_map, prog.crate_names, prog.trait_map, sess.psess.hygiene)
    assert 0 < names.rows < len(prog.defs)
    # (std's names are counted over its module graph: `resolve.visible`, `HirCrate.std_names`)
    assert prog.hir.std_names is not None
    assert tcx.count_visible_names(names.rows, dict(names.visible_counts)) == tcx.count_visible_names(
        0, tcx.std_visible_counts()
    )
    assert tcx.std_name_index(names.rows, dict(names.std_index)) == tcx.std_name_index(0, {})
    negative = {
        d
        for d in impls.self_keys
        if isinstance(item := prog.hir.items.get(d), hir.ImplItem) and item.polarity is hir.ImplPolarity.NEGATIVE
    }
    assert negative and negative == impls.negative  # (std has `impl !Send for Rc<T>` ...)
    assert all(tcx.impl_is_negative(d) == (d in negative) for d in impls.self_keys)
