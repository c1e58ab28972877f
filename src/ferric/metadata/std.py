"""std as crate metadata: resolved and lowered once, written to the cache, read lazily.

`load_std(psess, cfg) -> StdSnapshot` is what the driver calls. It gives the same snapshot
`hir.lower.std_snapshot` makes from std's AST (DefTable, module graph, HIR, lang items...),
with std's files and syntax contexts installed in `psess`, but reads it from
`std-<key>.fmeta` in the cache directory when that file exists:

- eager (small tables, decoded at load): std's files, syntax contexts, the DefTable rows, the
  module graph (modules, bindings, imports, the crate's preludes: one pickle, since its
  identity matters), field names, trait items, lang items, the lifetime counts
  lowering asks of other crates' items, HIR roots / lang items / trait map / owners, and the
  impl index type checking starts from (`hir.ExternImpls`);
- lazy (decoded on first use, one marshal blob each): the items' full spans
  (`Resolver.extern_item_spans`, one blob), every HIR item and body
  (`LazyMap`s), and every definition's attributes (`ExternDefData.attrs`).

The key hashes this ferric's Python sources, std's `.rs` sources, the `#[cfg]` options and
the Python version: any change gives a new file. A missing, stale or unreadable file is
rebuilt (one process builds while others wait: `store.exclusive`); a directory that cannot
be written, or std that cannot be encoded, leaves std built in memory: never an error.
The file a process builds is decoded from the bytes it wrote, so a cold run and a warm run
take the same path. `FERRIC_NO_CACHE=1` builds std in memory from its AST, as before.

What is not stored: std's AST (DefData.node is None for std's definitions but constants;
lowering asks `Resolver.extern_lifetime_counts` instead) and std's own diagnostics (std is
clean; tests read them through `expand.std_crate.std_diagnostics` in the no-cache path).
"""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import io
import marshal
import os
import pickle
import sys
from array import array
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any, Final

from ferric.base.hygiene import ExpnData
from ferric.base.lazy_map import LazyMap, LazySource
from ferric.base.nodeclass import dataclass
from ferric.base.span import Span
from ferric.expand.base import CfgOptions
from ferric.expand.std_crate import install_std, std_dir, std_paths, std_source, std_source_for
from ferric.hir import nodes as hir
from ferric.hir.lower import StdSnapshot, std_snapshot
from ferric.hir.lower.ty import lifetime_param_count
from ferric.metadata import store
from ferric.metadata.encode import Decoder, Encoder
from ferric.resolve.defs import (
    STD_CRATE,
    CrateNum,
    CtorKind,
    DefData,
    DefId,
    DefKind,
    DefTable,
    Visibility,
)
from ferric.resolve.resolver import Resolver
from ferric.syntax.parse_sess import ParseSess
from ferric.ty.ty import Interned, intern_key

if TYPE_CHECKING:
    from ferric.ty.context import TyCtxt

FORMAT: Final = 1
"""Bump when the layout of the file changes in a way the key would not notice."""


@dataclass(slots=True)
class LoadedStd:
    snapshot: StdSnapshot
    files: list[str]
    """std's files the snapshot's spans point into (absolute paths)."""
    lengths: list[int | None]
    """The length of each file's text (None: read it now; `std_source`)."""
    expns: dict[int, ExpnData]


_LOADED: dict[str, LoadedStd] = {}


def load_std(psess: ParseSess, cfg: CfgOptions) -> StdSnapshot:
    """std resolved and lowered for `cfg` (from the cache when possible), its files and
    syntax contexts put in `psess`."""
    if not store.cache_enabled():
        installed = install_std(psess, cfg)
        return std_snapshot(installed.crate, installed.expns)
    key = cache_key(cfg)
    loaded = _LOADED.get(key)
    if loaded is None:
        loaded = _LOADED[key] = _load_or_build(psess, key, cfg)
        # std lives as long as the process: later collections need not walk it again.
        gc.freeze()
    for path, length in zip(loaded.files, loaded.lengths, strict=True):
        std_source_for(psess, path, length)
    psess.hygiene.imported.update(loaded.expns)
    return loaded.snapshot


def ensure_cached(cfg: CfgOptions) -> bool:
    """Build and write std's metadata for `cfg` unless the cache has it (the test suite
    calls this once up front); True when a file for it exists afterwards."""
    if not store.cache_enabled():
        return False
    key = cache_key(cfg)
    path = cache_path(key)
    if store.read(path, key) is not None:
        return True
    with store.exclusive(path):
        if store.read(path, key) is None:
            _build_and_write(path, key, cfg)
    return store.read(path, key) is not None


def cache_path(key: str) -> str:
    return os.path.join(store.cache_dir(), f"std-{key}.fmeta")


# =================================================================================================
# The key
# =================================================================================================


@cache
def cache_key(cfg: CfgOptions) -> str:
    """The key of std's metadata for `cfg` (once per process; the hashes of ferric's and
    std's sources are kept by `store.files_hash`, which reads them only when one changed)."""
    h = hashlib.blake2b(digest_size=16)
    h.update(f"{FORMAT}\0{sys.version}\0{_canonical(cfg)}\0".encode())
    h.update(_ferric_sources_hash())
    h.update(store.files_hash(std_dir(), list(std_paths())))
    return h.hexdigest()


def _canonical(cfg: CfgOptions) -> str:
    parts = []
    for f in dataclasses.fields(cfg):
        v = getattr(cfg, f.name)
        parts.append(f"{f.name}={sorted(v) if isinstance(v, frozenset) else v!r}")
    return ";".join(parts)


_METADATA_INPUTS: Final = frozenset({"base", "library", "diag", "lexer", "syntax", "fmt", "expand", "resolve", "hir", "ty", "metadata"})
"""The packages std's metadata depends on (every layer up to `metadata`)."""


@cache
def _ferric_sources_hash() -> bytes:
    """A hash of the Python sources that compute and read the metadata: the packages at or
    below `metadata` in the layering (tests/unit/test_layers.py), which cannot import the
    later stages, so editing type checking or a backend does not invalidate std's cache."""
    pkg = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    return store.sources_hash(pkg, _METADATA_INPUTS, (".py",))


# =================================================================================================
# Building and writing
# =================================================================================================


def _load_or_build(psess: ParseSess, key: str, cfg: CfgOptions) -> LoadedStd:
    path = cache_path(key)
    loaded = _try_read(path, key)
    if loaded is not None:
        return loaded
    with store.exclusive(path):
        loaded = _try_read(path, key)  # another process may have built it meanwhile
        if loaded is not None:
            return loaded
        return _build_and_write(path, key, cfg)


def _try_read(path: str, key: str) -> LoadedStd | None:
    f = store.read(path, key)
    if f is None:
        return None
    try:
        return decode(f)
    except Exception:  # a corrupt or stale file: rebuilt, never an error
        return None


def _build(cfg: CfgOptions) -> LoadedStd:
    """std expanded, resolved and lowered from its sources, in a private session."""
    std = install_std(ParseSess(), cfg)
    return LoadedStd(std_snapshot(std.crate, std.expns), [sf.name for sf in std.files], [None] * len(std.files), std.expns)


def _build_and_write(path: str, key: str, cfg: CfgOptions) -> LoadedStd:
    """Build std's snapshot, write it, and read back what was written (the snapshot as
    built when the directory is not writable or std cannot be encoded)."""
    built = _build(cfg)
    if not store.writable(os.path.dirname(path)):
        return built
    try:
        header, sections = encode(built.snapshot, built.files, built.expns, key)
    except Exception:  # something std holds that the encoding cannot write: stay in memory
        return built
    store.write(path, header, sections)
    return decode(_in_memory_file(header, sections))


def _in_memory_file(header: dict[str, object], sections: dict[str, bytes]) -> store.MetadataFile:
    table: dict[str, tuple[int, int]] = {}
    off = 0
    for name, data in sections.items():
        table[name] = (off, len(data))
        off += len(data)
    return store.MetadataFile(b"".join(sections.values()), {**header, "sections": table}, 0)


def encode(
    snap: StdSnapshot, files: list[str], expns: dict[int, ExpnData], key: str
) -> tuple[dict[str, object], dict[str, bytes]]:
    """The header and sections of std's metadata file."""
    enc = Encoder()
    r = snap.resolver
    defs = snap.defs
    root = std_dir()
    sections: dict[str, bytes] = {}

    # definitions: one row each; attributes and HIR as blobs
    kinds = list(DefKind)
    ctor_kinds = list(CtorKind)
    vis_index: dict[tuple[bool, int | None], int] = {}
    attr_blobs: list[bytes] = []
    rows: list[tuple[object, ...]] = []
    lifetimes: dict[int, int] = {}
    for i in range(len(defs)):
        d = defs[DefId(i)]
        vkey = (d.vis.public, d.vis.restricted_to)
        vi = vis_index.setdefault(vkey, len(vis_index))
        ai = -1
        node = d.node if d.kind in _KEEP_NODE else None
        if d.attrs or node is not None:
            ai = len(attr_blobs)
            attr_blobs.append(enc.dumps((d.attrs, node)))
        rows.append(
            (
                kinds.index(d.kind),
                d.name,
                d.parent,
                d.crate,
                *d.span,
                vi,
                d.ctor_of,
                None if d.ctor_kind is None else ctor_kinds.index(d.ctor_kind),
                d.ctor,
                ai,
            )
        )
        n = lifetime_param_count(d.node)
        if n:
            lifetimes[i] = n
    sections["defs"] = marshal.dumps((rows, list(vis_index)))
    sections["attrs.index"], sections["attrs"] = _blobs(attr_blobs)

    items = snap.hir.items
    item_keys = list(items)
    sections["items.keys"] = marshal.dumps(item_keys)
    sections["items.index"], sections["items"] = _blobs([enc.dumps(items[k]) for k in item_keys])
    bodies = snap.hir.bodies
    body_keys = list(bodies)
    sections["bodies.keys"] = marshal.dumps(body_keys)
    sections["bodies.index"], sections["bodies"] = _blobs([enc.dumps(bodies[k]) for k in body_keys])

    # the module graph: identity matters (bindings share modules and imports)
    sections["graph"] = _pickle_graph((snap.crate, r.modules, r.field_names, r.trait_items))

    trait_impls, inherent, self_keys, queries, names = _type_info(snap)
    for name, answers in queries.items():
        sections[f"q.{name}.keys"] = marshal.dumps([d for d, _ in answers])
        sections[f"q.{name}.index"], sections[f"q.{name}"] = _blobs([b for _, b in answers])
    h = snap.hir
    tables = {
        "files": [os.path.relpath(p, root) for p in files],
        "file_lengths": [len(sf.text) if (sf := std_source(p)) is not None else None for p in files],
        "lang_items": dict(r.lang_items),
        "lifetimes": lifetimes,
        "roots": dict(h.roots),
        "hir_lang_items": dict(h.lang_items),
        "trait_map": dict(h.trait_map),
        "owners": dict(h.owners),
        "main_fn": h.main_fn,
        "next_hir_id": snap.next_hir_id,
        "std_crate": int(STD_CRATE),
        "names": names,
        "std_names": (snap.hir.std_names.counts, snap.hir.std_names.paths)
        if snap.hir.std_names is not None
        else None,
    }
    sections["tables"] = marshal.dumps(tables)
    sections["item_spans"] = marshal.dumps({k: tuple(v) for k, v in r.item_spans.items()})
    sections["encoded"] = enc.dumps(
        {
            "expns": expns,
            "trait_impls": {k: tuple(v) for k, v in trait_impls.items()},
            "inherent_impls": {k: tuple(v) for k, v in inherent.items()},
            "self_keys": self_keys,
            "negative_impls": sorted(
                d for impls in trait_impls.values() for d in impls if _is_negative(snap.hir.items.get(d))
            ),
        }
    )
    header: dict[str, object] = {"key": key, "format": FORMAT, "classes": enc.table}
    return header, sections


def _is_negative(item: object) -> bool:
    return isinstance(item, hir.ImplItem) and item.polarity is hir.ImplPolarity.NEGATIVE


class _GraphPickler(pickle.Pickler):
    """Dataclasses (resolutions, bindings, modules, imports, identifiers) as a call of the
    class with their fields, trailing ones at their default left out (or of
    `restore_frozen` for frozen ones with keyword-only fields): the default for a slotted
    class, its fields as a dict set one by one (or `__setstate__` through
    `dataclasses.fields` when frozen), costs about twice as much to load; a cycle through
    an argument is fine (pickle memoises the object when its arguments are written and
    refers back to it). Interned type-system values are looked up (or made) by their key,
    as their constructors do."""

    def reducer_override(self, obj: object) -> Any:
        if isinstance(obj, Interned):  # types, regions, consts, predicates: by their key
            return intern_key, (type(obj), obj._key, obj.flags)
        cls = type(obj)
        if getattr(cls, "__dataclass_params__", None) is None:
            return NotImplemented
        fields = dataclasses.fields(obj)  # type: ignore[arg-type]
        values = [getattr(obj, f.name) for f in fields]
        if _made_by_fields(cls) and all(f.init and not f.kw_only for f in fields):
            n = len(values)
            while n and fields[n - 1].default is not dataclasses.MISSING and values[n - 1] is fields[n - 1].default:
                n -= 1
            return cls, tuple(values[:n])
        if cls.__dataclass_params__.frozen:  # type: ignore[attr-defined]
            return restore_frozen, (cls, tuple(f.name for f in fields), tuple(values))
        return NotImplemented


def _made_by_fields(cls: Any) -> bool:
    """Whether calling `cls` with its fields makes the instance: its `__init__` is the
    generated one (no `__init__` of its own, no `__post_init__`)."""
    init = cls.__init__
    code = getattr(init, "__code__", None)
    generated = code is not None and (code.co_filename == "<string>" or init.__module__ == "ferric.base.nodeclass")
    return generated and not hasattr(cls, "__post_init__")


def restore_frozen(cls: type, names: tuple[str, ...], values: tuple[object, ...]) -> object:
    """A frozen dataclass rebuilt field by field (for `_GraphPickler`)."""
    o: object = object.__new__(cls)
    for n, v in zip(names, values, strict=True):
        object.__setattr__(o, n, v)
    return o


def _pickle_graph(value: object) -> bytes:
    buf = io.BytesIO()
    _GraphPickler(buf, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return buf.getvalue()


def _blobs(blobs: list[bytes]) -> tuple[bytes, bytes]:
    """(offsets as u64: n + 1 of them, the blobs one after another)."""
    offsets = array("Q", [0])
    total = 0
    for b in blobs:
        total += len(b)
        offsets.append(total)
    return offsets.tobytes(), b"".join(blobs)


_SIGNATURES: Final = frozenset(
    {
        DefKind.STRUCT,
        DefKind.ENUM,
        DefKind.UNION,
        DefKind.TRAIT,
        DefKind.TRAIT_ALIAS,
        DefKind.TY_ALIAS,
        DefKind.FN,
        DefKind.CONST,
        DefKind.STATIC,
        DefKind.ASSOC_FN,
        DefKind.ASSOC_CONST,
        DefKind.ASSOC_TY,
        DefKind.IMPL,
    }
)
"""Items with generics, predicates and (most) a type of their own."""
_ADTS: Final = frozenset({DefKind.STRUCT, DefKind.ENUM, DefKind.UNION})
_PARTS: Final = frozenset({DefKind.VARIANT, DefKind.FIELD, DefKind.CTOR})
_ASSOC: Final = frozenset({DefKind.ASSOC_FN, DefKind.ASSOC_CONST, DefKind.ASSOC_TY})

_QUERY_KINDS: Final[dict[str, frozenset[DefKind]]] = {
    "generics_of": _SIGNATURES | _PARTS,
    "type_of": (_SIGNATURES - {DefKind.TRAIT, DefKind.TRAIT_ALIAS, DefKind.ASSOC_TY})
    | {DefKind.FIELD, DefKind.CTOR},
    "fn_sig": frozenset({DefKind.FN, DefKind.ASSOC_FN, DefKind.CTOR}),
    "predicates_of": _SIGNATURES - {DefKind.STATIC},
    "item_bounds": frozenset({DefKind.ASSOC_TY}),
    "adt_def": _ADTS,
    "trait_def": frozenset({DefKind.TRAIT}),
    "associated_items": frozenset({DefKind.TRAIT, DefKind.IMPL}),
    "assoc_item": _ASSOC,
    "impl_trait_ref": frozenset({DefKind.IMPL}),
}
"""Which of std's definitions each query of `ty.context.EXTERN_QUERIES` is answered for."""


def _type_info(
    snap: StdSnapshot,
) -> tuple[
    dict[DefId, list[DefId]],
    dict[object, list[DefId]],
    dict[DefId, object],
    dict[str, list[tuple[DefId, bytes]]],
    tuple[int, dict[tuple[str, str], int], dict[str, list[DefId]]],
]:
    """What type checking asks about std, answered ahead: the impl index (as `TyCtxt`
    builds it), the simplified self type of each trait impl, and the answers of
    `EXTERN_QUERIES` (pickled). A query is answered in two type contexts, in opposite
    orders of definitions, and an answer is kept only when both agree (the caches that
    break cycles make some answers depend on what was asked first: those are left to be
    computed in each session, as without metadata); nothing is kept when std reported
    anything."""
    from ferric.base.source_map import SourceMap
    from ferric.diag.ctxt import DiagCtxt
    from ferric.ty.context import EXTERN_QUERIES, TyCtxt, simplify_type

    assert set(EXTERN_QUERIES) == set(_QUERY_KINDS), "every extern query needs its kinds"
    std_defs = [DefId(i) for i in range(len(snap.defs)) if snap.defs[DefId(i)].crate == STD_CRATE]
    forward = TyCtxt(snap.defs, snap.hir, DiagCtxt(), SourceMap(), {STD_CRATE: "std"})
    trait_impls, inherent = forward.impl_index()
    self_keys: dict[DefId, object] = {}
    for impls in trait_impls.values():
        for impl_id in impls:
            tr = forward.impl_trait_ref(impl_id)
            if tr is not None:
                self_keys[impl_id] = simplify_type(tr.self_ty)
    a = _answers(forward, std_defs)
    backward = TyCtxt(snap.defs, snap.hir, DiagCtxt(), SourceMap(), {STD_CRATE: "std"})
    b = _answers(backward, list(reversed(std_defs)))
    queries: dict[str, list[tuple[DefId, bytes]]] = {}
    if not forward.dcx.diagnostics and not backward.dcx.diagnostics:
        for name in EXTERN_QUERIES:
            theirs = b[name]
            kept = [(d, v) for d, v in sorted(a[name].items()) if d in theirs and theirs[d] == v]
            queries[name] = [(d, _pickle_graph(v)) for d, v in kept]
    rows = len(snap.defs)
    names = (rows, forward.count_visible_names(0, forward.std_visible_counts()), forward.std_name_index(0, {}))
    return trait_impls, inherent, self_keys, queries, names


def _answers(tcx: TyCtxt, defs: list[DefId]) -> dict[str, dict[DefId, object]]:
    from ferric.ty.context import EXTERN_QUERIES

    out: dict[str, dict[DefId, object]] = {name: {} for name in EXTERN_QUERIES}
    for name in EXTERN_QUERIES:
        kinds = _QUERY_KINDS[name]
        ask = getattr(tcx, name)
        got = out[name]
        for d in defs:
            if tcx.defs.kind(d) not in kinds:
                continue
            try:
                v = ask(d)
            except Exception:  # not a question for this item: computed in sessions, if asked
                continue
            if v is not None:
                got[d] = v
    return out


# =================================================================================================
# Reading
# =================================================================================================


_KEEP_NODE: Final = frozenset({DefKind.CONST, DefKind.ASSOC_CONST})
"""std definitions whose AST node is kept (`DefData.node`; None for all others): patterns
point at a constant's `const NAME: Ty`."""


class ExternDefData(DefData):
    """A definition read from metadata, decoded when first read: it is made holding only
    its row (`_row`, with the file's tables in `_src`); the first read of a field not set
    yet (`__getattr__`, which Python calls only then) fills every field from the row. A
    check reads a few thousand of std's 38,000 definitions. Its attributes (and, for
    `_KEEP_NODE` kinds, its AST node) are decoded later still, when first asked for.

    Invariant: std's definitions are never assigned to (only `resolve.collect` assigns
    fields, of the crate it collects), so a field set before the row is decoded cannot be
    overwritten by it."""

    __slots__ = ("_extra_at", "_row", "_src")
    _row: tuple[Any, ...] | None
    _src: _RowTables
    _extra_at: int

    def __getattr__(self, name: str) -> object:
        # (Only for a slot not set yet: a definition whose row is decoded has them all.)
        if _ROW_GET(self) is None:
            raise AttributeError(name)
        self._decode_row()
        return getattr(self, name)

    def _decode_row(self) -> None:
        row = _ROW_GET(self)
        if row is None:
            return
        kind, name, parent, crate, lo, hi, ctxt, vi, ctor_of, ctor_kind, ctor, ai = row
        src = self._src
        # (Plain stores into the slots, three times as fast as calling their descriptors;
        # `attrs` and `node` are properties here: their slots are set through `DefData`'s.)
        self.kind = src.kinds[kind]
        self.name = name
        self.parent = parent
        self.crate = crate
        self.span = tuple.__new__(Span, (lo, hi, ctxt))
        self.vis = src.vis[vi]
        self.ctor_of = ctor_of
        self.ctor_kind = None if ctor_kind is None else src.ctor_kinds[ctor_kind]
        self.ctor = ctor
        if ai < 0:
            _ATTRS_SET(self, ())
            _NODE_SET(self, None)
        else:
            self._extra_at = ai
        self._row = None

    def _decode_extra(self) -> None:
        self._decode_row()
        try:
            _ATTRS_GET(self)
            return  # (no attributes: set with the row)
        except AttributeError:
            pass
        extra = self._src.load_attrs(self._extra_at)
        assert isinstance(extra, tuple)
        _ATTRS_SET(self, extra[0])
        _NODE_SET(self, extra[1])

    @property
    def attrs(self) -> tuple[object, ...]:
        try:
            got: tuple[object, ...] = _ATTRS_GET(self)
        except AttributeError:  # not decoded yet
            self._decode_extra()
            got = _ATTRS_GET(self)
        return got

    @attrs.setter
    def attrs(self, value: tuple[object, ...]) -> None:
        _ATTRS_SET(self, value)

    @property
    def node(self) -> object | None:
        try:
            got: object | None = _NODE_GET(self)
        except AttributeError:  # not decoded yet
            self._decode_extra()
            got = _NODE_GET(self)
        return got

    @node.setter
    def node(self, value: object | None) -> None:
        _NODE_SET(self, value)


@dataclass(slots=True)
class _RowTables:
    """What decoding a metadata file's definition rows needs (`ExternDefData._src`)."""

    kinds: list[DefKind]
    ctor_kinds: list[CtorKind]
    vis: list[Visibility]
    load_attrs: Callable[[int], object]


_ATTRS_SLOT = DefData.__dict__["attrs"]
_ATTRS_GET: Final = _ATTRS_SLOT.__get__
_ATTRS_SET: Final = _ATTRS_SLOT.__set__
_NODE_SLOT = DefData.__dict__["node"]
_NODE_GET: Final = _NODE_SLOT.__get__
_NODE_SET: Final = _NODE_SLOT.__set__
_ROW_GET: Final = ExternDefData.__dict__["_row"].__get__


def _blob_loader(
    f: store.MetadataFile, name: str, dec: Decoder | None
) -> tuple[int, Callable[[int], object]]:
    """The number of blobs in section `name`, and a function decoding the i-th (marshal +
    `dec`, or a pickle without a decoder)."""
    offsets = array("Q")
    offsets.frombytes(f.section(f"{name}.index"))
    data = f.section(name)
    if dec is None:
        unpickle = pickle.loads

        def load_pickled(i: int) -> object:
            return unpickle(data[offsets[i] : offsets[i + 1]])

        return len(offsets) - 1, load_pickled
    loads = marshal.loads
    decode_value = dec.decode

    def load(i: int) -> object:
        return decode_value(loads(data[offsets[i] : offsets[i + 1]]))

    return len(offsets) - 1, load


def decode(f: store.MetadataFile) -> LoadedStd:
    """The snapshot a metadata file holds (eager tables now, HIR and attributes later)."""
    gc_was_enabled = gc.isenabled()
    gc.disable()  # tens of thousands of objects, no cycles to find
    try:
        return _decode(f)
    finally:
        if gc_was_enabled:
            gc.enable()


def _decode(f: store.MetadataFile) -> LoadedStd:
    classes = f.header["classes"]
    assert isinstance(classes, list)
    dec = Decoder(classes)
    tables = marshal.loads(f.section("tables"))
    encoded = dec.decode(marshal.loads(f.section("encoded")))
    assert isinstance(tables, dict) and isinstance(encoded, dict)

    # definitions
    rows, vis_keys = marshal.loads(f.section("defs"))
    _, load_attrs = _blob_loader(f, "attrs", dec)
    src = _RowTables(list(DefKind), list(CtorKind), [Visibility(p, r) for p, r in vis_keys], load_attrs)
    new = object.__new__
    out: list[DefData] = []
    append = out.append
    for row in rows:
        d = new(ExternDefData)
        d._row = row
        d._src = src
        append(d)
    defs = DefTable()
    defs.extend(out)

    # the module graph and the resolver's tables
    crate, modules, field_names, trait_items = pickle.loads(f.section("graph"))
    r = Resolver(ParseSess(), defs)
    r.crates[CrateNum(tables["std_crate"])] = crate
    r.modules = modules
    r.field_names = field_names
    r.trait_items = trait_items
    r.lang_items = tables["lang_items"]
    r.extern_item_spans = cache(lambda: marshal.loads(f.section("item_spans")))
    r.extern_lifetime_counts = tables["lifetimes"]

    # HIR: items and bodies on demand
    _, load_item = _blob_loader(f, "items", dec)
    _, load_body = _blob_loader(f, "bodies", dec)
    items: LazySource[DefId, hir.Item] = LazySource(
        marshal.loads(f.section("items.keys")),
        load_item,  # type: ignore[arg-type]
    )
    bodies: LazySource[DefId, hir.Body] = LazySource(
        marshal.loads(f.section("bodies.keys")),
        load_body,  # type: ignore[arg-type]
    )
    crate_num = CrateNum(tables["std_crate"])
    out_hir = hir.HirCrate(
        items=LazyMap(items),
        bodies=LazyMap(bodies),
        roots=tables["roots"],
        lang_items=tables["hir_lang_items"],
        main_fn=tables["main_fn"],
        trait_map=tables["trait_map"],
        owners=tables["owners"],
        extern_impls=hir.ExternImpls(
            frozenset({crate_num}),
            encoded["trait_impls"],
            encoded["inherent_impls"],
            encoded["self_keys"],
            frozenset(encoded["negative_impls"]),
        ),
    )
    queries: dict[str, LazySource[DefId, object]] = {}
    for name in _QUERY_KINDS:
        if f"q.{name}" in f:
            _, load_answer = _blob_loader(f, f"q.{name}", None)
            keys = marshal.loads(f.section(f"q.{name}.keys"))
            queries[name] = LazySource(keys, load_answer)
    out_hir.extern_queries = queries
    rows_counted, visible_counts, std_index = tables["names"]
    out_hir.extern_names = hir.ExternNames(rows_counted, visible_counts, std_index)
    if tables["std_names"] is not None:
        out_hir.std_names = hir.StdNames(*tables["std_names"])
    snap = StdSnapshot(None, defs, crate, r, out_hir, tables["next_hir_id"], [])
    root = std_dir()
    files = [os.path.normpath(os.path.join(root, p)) for p in tables["files"]]
    return LoadedStd(snap, files, tables["file_lengths"], encoded["expns"])
