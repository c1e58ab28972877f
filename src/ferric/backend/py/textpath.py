"""Fast paths for text, formatting and hashing: std code whose effect the Python backend
reaches with Python's own machinery, recognised by concrete type (never by what a program
computes). The runtime side is `ferric.rt.text`.

- `display_piece`: a `{}` placeholder without options whose argument is an integer, a
  `bool`, a `char`, a `str` or a `String` (behind shared references) is rendered
  when `format_args!` runs, as a *text piece* of `fmt::Arguments` instead of a
  `(value, fmt_fn, flags, width, precision)` placeholder. The pieces keep the writes std's
  `Display` would make (`rt.text` documents them), so writers see the same calls.
- float pieces (`{}`, `{:?}`, `{:.N}`, literal widths) and `{:?}` of `str`/`String`/
  `char`: `rt.text.Writes`, the writes core makes (`float_piece`, `debug_str_piece`).
- `PlainText`: the whole text of a text-only `format_args!` and its estimated capacity,
  beside the pieces (`FmtArgs.args`), for writers that cannot tell the writes apart.
- `PlainText.doubling`: when `format!` of such arguments only doubles its capacity, the
  `String` at once (`rt.text.fmt_string`).
- `to_string`, `inline_make_hash`: `ToString` of integers and text, and `make_hash` of
  directly hashed keys, inline; `entry_or_insert`: `map.entry(k).or_insert(v)` of such
  keys as one `RawTable.or_insert` call.
- `INTRINSICS`: std's `#[ferric::intrinsic]` functions for text and hashing (looked up
  before `intrinsics._TABLE`): formatting into `String`s and stdout, byte searches in
  `str`, whole-text case mapping and trimming, integer parsing, SipHash, and the hashing
  of `RandomState` tables (`StreamHasher`).

Invariant: a fast path yields exactly the values, panics, writes and capacities of the std
code it stands for; anything it does not recognise goes the ordinary way.
"""

from __future__ import annotations

import ast
import dataclasses
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from ferric.backend.py.layout import by_value, int_bits, int_range
from ferric.hir import nodes as hir
from ferric.resolve.defs import DefId, DefKind
from ferric.syntax.ast import (
    FormatAlignment,
    FormatOptions,
    FormatPlaceholder,
    FormatTrait,
    Mutability,
)
from ferric.ty import ty as t

if TYPE_CHECKING:
    from ferric.backend.py.codegen import FnCodegen
    from ferric.backend.py.mono import Instance
    from ferric.backend.py.program import Program

_NO_OPTIONS: Final = FormatOptions()


def behind_refs(ty: t.Ty) -> t.Ty | None:
    """The type behind any references when the Python value of `ty` is that type's value
    (shared references to a by-value type are the value; a `&mut` to one is a pointer
    object, for which this is None)."""
    while isinstance(ty, t.Ref):
        inner = ty.pointee
        if ty.mutbl is Mutability.MUT and by_value(inner):
            return None
        ty = inner
    return ty


def display_piece(cg: FnCodegen, piece: FormatPlaceholder, arg_ty: t.Ty, value: str) -> str | None:
    """The text piece (a Python expression) standing for `piece` applied to `value`, an
    argument of type `arg_ty`, or None when the placeholder needs its formatting trait.

    Text pieces (see `rt.text`): an `int` (an integer: `pad_integral` writes the sign with
    `write_char`, then the digits), a 1-char `str` (`char`: one `write_char`), `bytes` or
    `bytearray` (`str`, `String`, `bool`: one `write_str`); with a literal width (and any
    fill and alignment), `rt.text.pad_piece` of one of those."""
    writes = _float_piece(piece, arg_ty, value) or _debug_text_piece(cg, piece, arg_ty, value)
    if writes is not None:
        w = piece.options.width
        if w is not None:
            o = piece.options
            align = {FormatAlignment.LEFT: 0, FormatAlignment.RIGHT: 1, FormatAlignment.CENTER: 2}.get(o.alignment, 3)  # type: ignore[arg-type]
            return f"pad_piece({writes}, {w.literal}, {align}, {o.fill or ' '!r})"
        return cg.spill(writes)  # (named: `PlainText` uses it again)
    if piece.format_trait is not FormatTrait.DISPLAY:
        return None
    o = piece.options
    width = o.width.literal if o.width is not None else None
    plain = dataclasses.replace(o, width=None, alignment=None, fill=None) == _NO_OPTIONS
    if not plain or (o.width is not None and width is None):
        return None
    ty = behind_refs(arg_ty)
    if ty is None:
        return None
    if isinstance(ty, t.Int | t.Uint):
        core = value
    elif isinstance(ty, t.Char):
        if width is None:
            return value
        core = f"{value}.encode()"  # (with a width, `char`'s Display is `Formatter::pad`)
    elif isinstance(ty, t.Bool):
        core = f"(b'true' if {value} else b'false')"
    elif isinstance(ty, t.Str):
        v = cg.spill(value)
        core = f"bytes({v}.b[{v}.lo:{v}.hi])"
    elif isinstance(ty, t.Adt) and cg.tcx.is_lang_item(ty.def_id, "String"):
        core = f"bytes({value}.a)"
    else:
        return None
    if width is None:
        if core != value and not isinstance(ty, t.Char):
            core = cg.spill(core)  # (named: `PlainText` uses it again)
        return core
    align = {FormatAlignment.LEFT: 0, FormatAlignment.RIGHT: 1, FormatAlignment.CENTER: 2}.get(o.alignment, 3)  # type: ignore[arg-type]
    return f"pad_piece({core}, {width}, {align}, {o.fill or ' '!r})"


def _float_piece(piece: FormatPlaceholder, arg_ty: t.Ty, value: str) -> str | None:
    """`{}`, `{:?}`, `{:.N}`, `{:.N?}` (no other options) of an `f32`/`f64` behind shared
    references: `rt.text.float_piece`, the writes std's `fmt/float.rs` makes."""
    if piece.format_trait not in (FormatTrait.DISPLAY, FormatTrait.DEBUG):
        return None
    o = piece.options
    if o.precision is not None and o.precision.literal is None:
        return None
    if o.width is not None and o.width.literal is None:
        return None
    if dataclasses.replace(o, precision=None, width=None, alignment=None, fill=None) != _NO_OPTIONS:
        return None
    ty = behind_refs(arg_ty)
    if not isinstance(ty, t.Float) or ty.bits not in (32, 64):
        return None
    prec = o.precision.literal if o.precision is not None else None
    debug = piece.format_trait is FormatTrait.DEBUG
    return f"float_piece({value}, {ty.bits == 32}, {debug}, {prec})"


def _debug_text_piece(cg: FnCodegen, piece: FormatPlaceholder, arg_ty: t.Ty, value: str) -> str | None:
    """`{:?}` (no options) of a `str`, `String` or `char` behind shared references:
    `rt.text.debug_str_piece`/`debug_char_piece`, the writes of their `Debug`."""
    if piece.format_trait is not FormatTrait.DEBUG or piece.options != _NO_OPTIONS:
        return None
    ty = behind_refs(arg_ty)
    if isinstance(ty, t.Str):
        return f"debug_str_piece({value})"
    if isinstance(ty, t.Adt) and cg.tcx.is_lang_item(ty.def_id, "String"):
        return f"debug_str_piece(Slice({value}.a, 0, len({value}.a)))"
    if isinstance(ty, t.Char):
        return f"debug_char_piece({value})"
    return None


class PlainText:
    """The whole text of a `format_args!` whose pieces are all literal text or unpadded text
    pieces, built beside the pieces as one `bytes % (..)` (C code): `FmtArgs.args` becomes
    `(text, estimated_capacity)` (rustc's estimate is known at compile time), which
    `rt.text` uses where no writer can tell (`format!`, `String::write_fmt`, stdout).
    Writers that observe each write still get the pieces."""

    def __init__(self) -> None:
        self.template: list[bytes] = []
        self.operands: list[str] = []
        self.literal = 0
        self.plain = True
        self.first_literal: bool | None = None
        self.fixed_write = 0  # (the longest write whose size codegen knows)
        self.sized: list[tuple[str, int]] = []  # (integer operand, its most digits)
        self.texts: list[str] = []  # (text operands: `bytes`)
        self.single_writes = True  # (each piece one write, a negative integer's sign apart)

    def add_literal(self, data: bytes) -> None:
        self.template.append(data.replace(b"%", b"%%"))
        self.literal += len(data)
        self.fixed_write = max(self.fixed_write, len(data))
        if self.first_literal is None:
            self.first_literal = True

    def add_piece(self, cg: FnCodegen, placeholder: FormatPlaceholder, arg_ty: t.Ty, piece: str) -> None:
        """The text piece `piece` `display_piece` made of `placeholder` for an argument of
        `arg_ty` (a padded one makes the arguments not plain)."""
        if self.first_literal is None:
            self.first_literal = False
        ty = behind_refs(arg_ty)
        if piece.startswith("pad_piece(") or placeholder.options.width is not None or ty is None:
            self.plain = False
        elif _float_piece(placeholder, arg_ty, piece) or _debug_text_piece(cg, placeholder, arg_ty, piece):
            self.template.append(b"%s")
            self.operands.append(f"{piece}.text")
            self.single_writes = False
        elif isinstance(ty, t.Int | t.Uint):
            self.template.append(b"%d")
            self.operands.append(piece)
            bits = int_bits(ty)
            assert bits is not None
            self.sized.append((piece, len(str(1 << (bits[0] - 1) if bits[1] else (1 << bits[0]) - 1))))
        elif isinstance(ty, t.Char):
            self.template.append(b"%s")
            self.operands.append(f"{piece}.encode()")
            self.fixed_write = max(self.fixed_write, 4)
        else:
            self.template.append(b"%s")
            self.operands.append(piece)
            if isinstance(ty, t.Bool):
                self.fixed_write = max(self.fixed_write, 5)
            else:
                self.texts.append(piece)

    def capacity(self) -> int:
        """rustc's `Arguments::estimated_capacity` of these arguments."""
        if not self.operands:
            return self.literal
        if not self.first_literal and self.literal < 16:
            return 0
        return 2 * self.literal

    def text(self) -> str:
        """The whole text: a `bytes` expression."""
        tmpl = b"".join(self.template)
        if not self.operands:
            return repr(tmpl.replace(b"%%", b"%"))
        return f"{tmpl!r} % ({', '.join(self.operands)},)"

    def expr(self) -> str | None:
        """`(text, estimated_capacity)`, or None when the arguments are not plain."""
        if not self.plain:
            return None
        return f"({self.text()}, {self.capacity()})"

    def doubling(self) -> str | None:
        """A Python condition under which `format!` of these arguments ends with the
        capacity `rt.text.fmt_string` gives (None when codegen cannot bound the writes).

        `format!` starts from the estimated capacity `c0` and grows as `push_str` does, to
        `max(2 * cap, len, 8)`, at each write past the capacity. When no write is longer than
        `W = max(c0, 8 - c0)`, every growth is a doubling `max(2 * cap, 8)`: the first
        overflowing write ends at most at `c0 + W <= max(2 * c0, 8)`, and after it the
        capacity holds any one write. The sizes of literal pieces, `char`s and `bool`s are
        known here; integers (digits, and a separate sign write) and text are checked when
        the program runs."""
        if not self.plain or not self.single_writes:
            return None
        c0 = self.capacity()
        w = max(c0, 8 - c0)
        if self.fixed_write > w:
            return None
        checks = [f"-{10**w} < {v} < {10**w}" for v, digits in self.sized if digits > w]
        checks += [f"len({v}) <= {w}" for v in self.texts]
        return " and ".join(checks) or "True"


# -- intrinsics --------------------------------------------------------------------------------

Gen = Callable[["Program", "Instance", list[str], "FnCodegen", object], str]


def _simple(template: str) -> Gen:
    def gen(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
        return template.format(*args)

    return gen


def _set_to_string_capacity(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    """`string::set_to_string_capacity::<T>(&mut buf)`: the capacity rustc's specialised
    `ToString` gives `T`'s text (signed integers: the most digits of the type, one more
    when negative; unsigned integers, `str` behind any references, `String`, `char`,
    `bool`, `Cow<str>`: the text's length); nothing for other types."""
    ty = next(a for a in inst.args if isinstance(a, t.Ty))
    peeled = ty  # (rustc's specialisations reach `str` through shared references only)
    while isinstance(peeled, t.Ref) and peeled.mutbl is Mutability.NOT:
        peeled = peeled.pointee
    bits = int_bits(ty)
    if bits is not None and bits[1]:
        # Signed: the most digits of the type, and one more for a minus sign.
        digits = {8: 3, 16: 5, 32: 10, 64: 19, 128: 39}[bits[0]]
        b = cg.spill(args[0])
        return f"setattr({b}, 'cap', {digits + 1} if {b}.a[:1] == b'-' else {digits})"
    exact = (
        bits is not None
        or isinstance(ty, t.Char | t.Bool | t.Str)
        or isinstance(peeled, t.Str)
        or _is_cow_str(prog, ty)
        or (isinstance(ty, t.Adt) and prog.tcx.is_lang_item(ty.def_id, "String"))
    )
    if exact:
        b = cg.spill(args[0])
        return f"setattr({b}, 'cap', len({b}.a))"
    return "None"


def to_string(cg: FnCodegen, ty: t.Ty, arg: str) -> str | None:
    """`<T as ToString>::to_string(&v)` (std's blanket impl) where rustc's specialisations
    give the result an exact capacity (as `_set_to_string_capacity`): the `String` at once,
    for integers, `char`, `bool`, `str` behind shared references and `String`; else None."""
    bits = int_bits(ty)
    if bits is not None:
        digits = {8: 3, 16: 5, 32: 10, 64: 19, 128: 39}[bits[0]] if bits[1] else None
        return f"int_string({arg}, {digits})"
    if isinstance(ty, t.Char):
        return f"text_string({arg}.encode())"
    if isinstance(ty, t.Bool):
        return f"text_string(b'true' if {arg} else b'false')"
    peeled = ty
    while isinstance(peeled, t.Ref) and peeled.mutbl is Mutability.NOT:
        peeled = peeled.pointee
    if isinstance(peeled, t.Str):
        v = cg.spill(arg)
        return f"text_string({v}.b[{v}.lo:{v}.hi])"
    if isinstance(ty, t.Adt) and cg.tcx.is_lang_item(ty.def_id, "String"):
        return f"text_string({arg}.a)"
    return None


def _is_cow_str(prog: Program, ty: t.Ty) -> bool:
    defs = prog.tcx.defs
    if not isinstance(ty, t.Adt) or defs[ty.def_id].crate != 1 or defs.path_str(ty.def_id) != "borrow::Cow":
        return False
    inner = ty.args[-1] if ty.args else None
    return isinstance(inner, t.Str)


def _hashes_by_stream(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    """`hash_map::hashes_by_stream::<S>()`: whether `S` is std's `RandomState`."""
    ty = next(a for a in inst.args if isinstance(a, t.Ty))
    return str(_is_random_state(prog, ty))


def _is_random_state(prog: Program, ty: t.Ty) -> bool:
    defs = prog.tcx.defs
    return isinstance(ty, t.Adt) and defs[ty.def_id].crate == 1 and defs.path_str(ty.def_id) == "hash::random::RandomState"


def _direct_hash_expr(prog: Program, q: t.Ty, v: str) -> str | None:
    """Python's hash of the bytes `q`'s `Hash` writes for the value `v` (what
    `StreamHasher::finish` gives), for `str`, `String` and integers behind any
    references; None for other types."""
    q = behind_refs(q)  # type: ignore[assignment]
    if q is None:
        return None
    if isinstance(q, t.Str):
        return f"hash(bytes({v}.b[{v}.lo:{v}.hi]) + b'\\xff')"
    if isinstance(q, t.Adt) and prog.tcx.is_lang_item(q.def_id, "String"):
        return f"hash(bytes({v}.a) + b'\\xff')"
    bits = int_bits(q)
    if bits is not None:
        n = bits[0] // 8
        return f"hash(({v} & {(1 << bits[0]) - 1}).to_bytes({n}, 'little'))"
    return None


def inline_make_hash(cg: FnCodegen, inst: Instance, args: list[str]) -> str | None:
    """A call of `hash_map::make_hash::<Q, S>(builder, val)` where `S` is `RandomState`
    and `Q` hashes directly: its result, `_direct_hash_expr` of the value, inline."""
    tys = [a for a in inst.args if isinstance(a, t.Ty)]
    if len(tys) != 2 or not _is_random_state(cg.prog, tys[1]):
        return None
    if _direct_hash_expr(cg.prog, tys[0], "v") is None:
        return None
    return _direct_hash_expr(cg.prog, tys[0], cg.spill(args[1]))


def _str_join_plain(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    """`join::str_join_plain::<S>(slice, sep)`: `rt.text.str_join` when `S` is `str` behind
    shared references (a `Slice`) or `String` (a `Vec`) behind them, else None."""
    from ferric.backend.py.intrinsics import _ret_ty, _some_unless_none

    elem = behind_refs(next(a for a in inst.args if isinstance(a, t.Ty)))
    if isinstance(elem, t.Str):
        kind = "str"
    elif isinstance(elem, t.Adt) and prog.tcx.is_lang_item(elem.def_id, "String"):
        kind = "String"
    else:
        return _some_unless_none(prog, _ret_ty(prog, inst), "None")
    return _some_unless_none(prog, _ret_ty(prog, inst), cg.spill(f"str_join({args[0]}, {args[1]}, {kind == 'String'})"))


def entry_or_insert(cg: FnCodegen, e: hir.MethodCallExpr) -> str | None:
    """`map.entry(key).or_insert(default)` on a std `HashMap` with `RandomState` whose key
    hashes directly and compares in the runtime (integers, `str`, `String`): one runtime
    call (`rt.ops.RawTable.or_insert`) doing what std's `entry` (`make_hash`, `find` with
    `equivalent_key`) and `or_insert` (`into_mut`, or `VacantEntry::insert`) do, without
    the `Entry` value; the `&mut V` made as `RawTable::get_mut(slot).1` makes it. The map,
    the key and the default are evaluated in that order first (nothing of the lookup can
    be seen from the default: the map is borrowed)."""
    recv = e.receiver
    if e.segment.ident.name != "or_insert" or len(e.args) != 1 or not isinstance(recv, hir.MethodCallExpr) or len(recv.args) != 1:
        return None
    if recv.segment.ident.name != "entry" or cg.results.adjustments.get(recv.hir_id):
        return None
    outer, inner = cg.results.type_dependent_defs.get(e.hir_id), cg.results.type_dependent_defs.get(recv.hir_id)
    if outer is None or inner is None or not (_is_std_method(cg, outer[1], "Entry") and _is_std_method(cg, inner[1], "HashMap")):
        return None
    kvs = [a for a in cg.node_args(recv.hir_id) if isinstance(a, t.Ty)]
    if len(kvs) != 3 or not _is_random_state(cg.prog, kvs[2]):
        return None
    key_ty, val_ty = kvs[0], kvs[1]
    kind = _key_text(cg.prog, key_ty)
    if kind is None:
        return None
    hm_ty = cg.expr_ty_adjusted(recv.receiver)
    if not isinstance(hm_ty, t.Ref) or by_value(hm_ty.pointee):
        return None
    base, _ = cg.prog.field_by_name(hm_ty.pointee, "base")
    m, key, default = cg.operands([recv.receiver, recv.args[0], e.args[0]])
    k = cg.spill(key)
    if kind == "int":
        bits = int_bits(behind_refs(key_ty))  # type: ignore[arg-type]
        assert bits is not None
        q = k
        h = f"hash(({k} & {(1 << bits[0]) - 1}).to_bytes({bits[0] // 8}, 'little'))"
    else:
        q = cg.spill(f"bytes({k}.b[{k}.lo:{k}.hi])" if kind == "str" else f"bytes({k}.a)")
        h = f"hash({q} + b'\\xff')"
    pair = f"{m}.f{base}.or_insert({h}, {q}, {k}, {default})"
    return f"ItemPtr({pair}, 1)" if by_value(val_ty) else f"{pair}[1]"


def _is_std_method(cg: FnCodegen, did: DefId, self_name: str) -> bool:
    """`did` is a method of an inherent `impl` of std's `collections::hash_map::{self_name}`."""
    tcx = cg.tcx
    parent = tcx.parent(did)
    if parent is None or tcx.defs[did].crate != 1 or tcx.def_kind(parent) is not DefKind.IMPL or tcx.impl_trait_ref(parent) is not None:
        return False
    self_ty = tcx.type_of(parent)
    return isinstance(self_ty, t.Adt) and tcx.defs.path_str(self_ty.def_id) == f"collections::hash_map::{self_name}"


def _hashes_directly(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    """`hash_map::hashes_directly::<Q>()`: whether `_direct_hash_expr` covers `Q`."""
    q = next(a for a in inst.args if isinstance(a, t.Ty))
    return str(_direct_hash_expr(prog, q, "v") is not None)


def _direct_stream_hash(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    """`hash_map::direct_stream_hash::<Q>(val)`: `_direct_hash_expr` of the value."""
    q = next(a for a in inst.args if isinstance(a, t.Ty))
    expr = _direct_hash_expr(prog, q, cg.spill(args[0]))
    return expr if expr is not None else "0"  # (unreachable: `hashes_directly` is False)


def _stream_int(nbytes: int) -> Gen:
    """`StreamHasher::write_{u,i}N`: the integer's little-endian two's-complement bytes."""
    mask = (1 << (8 * nbytes)) - 1
    return _simple(f"{{0}}.f0.a.extend(({{1}} & {mask}).to_bytes({nbytes}, 'little'))")


_STREAM_HASHER: dict[str, Gen] = {
    "StreamHasher::finish": _simple("hash(bytes({0}.f0.a))"),
    "StreamHasher::write": _simple("{0}.f0.a.extend({1}.b[{1}.lo:{1}.hi])"),
    "StreamHasher::write_str": _simple("stream_write_str({0}.f0.a, {1})"),
    "StreamHasher::write_u8": _simple("{0}.f0.a.append({1})"),
    "StreamHasher::write_i8": _simple("{0}.f0.a.append({1} & 255)"),
    **{f"StreamHasher::write_{s}{n}": _stream_int(n // 8) for s in "ui" for n in (16, 32, 64, 128)},
    "StreamHasher::write_usize": _stream_int(8),
    "StreamHasher::write_isize": _stream_int(8),
    "StreamHasher::write_length_prefix": _stream_int(8),
}


def _str_cmp(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    """`<str as Ord>::cmp`: by the UTF-8 bytes (Python compares bytes the same way)."""
    ordering = prog.tcx.lang_item("Ordering")
    assert ordering is not None
    oty = t.Adt(ordering, ())
    c = cg.temp("c")
    less, equal, greater = (prog.construct(oty, i, []) for i in range(3))
    return f"({less} if ({c} := str_cmp({args[0]}, {args[1]})) < 0 else {equal} if {c} == 0 else {greater})"


def _optional(template: str) -> Gen:
    """An intrinsic returning `Option<T>` from a runtime call that returns None for `None`."""

    def gen(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
        from ferric.backend.py.intrinsics import _ret_ty, _some_unless_none

        return _some_unless_none(prog, _ret_ty(prog, inst), cg.spill(template.format(*args)))

    return gen


def _string_push(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    """`String::push(c)`: of a `char` literal, its UTF-8 bytes at once."""
    if _CHAR_LITERAL.fullmatch(args[1]):
        c = ast.literal_eval(args[1])
        if isinstance(c, str) and len(c) == 1:
            return f"string_push_bytes({args[0]}, {c.encode()!r})"
    return f"string_push_char({args[0]}, {args[1]})"


_CHAR_LITERAL = re.compile(r"'(?:[^'\\]|\\.)+'|\"(?:[^\"\\]|\\.)+\"")


def _extend_by_copy(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    """`vec::extend_by_copy::<T>`: a bulk copy when `T` is by-value (its `Clone` is a copy)."""
    from ferric.backend.py.intrinsics import _min_cap

    elem = next(a for a in inst.args if isinstance(a, t.Ty))
    if not by_value(elem):
        return "False"
    return f"vec_extend_copy({args[0]}, {args[1]}, {_min_cap(prog, elem)})"


def _parse_decimal(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    """`num::parse_decimal::<T>(src)`: `rt.text.parse_decimal` with `T`'s range."""
    lo, hi = int_range(next(a for a in inst.args if isinstance(a, t.Ty)))  # type: ignore[arg-type]
    return f"parse_decimal({args[0]}, {lo}, {hi})"


def _key_text(prog: Program, ty: t.Ty) -> str | None:
    """"int", "str" or "String": a hash-map key type (behind shared references) whose `==`
    is Python's on its value or its bytes, else None."""
    peeled = behind_refs(ty)
    if peeled is None:
        return None
    if int_bits(peeled) is not None:
        return "int"
    if isinstance(peeled, t.Str):
        return "str"
    if isinstance(peeled, t.Adt) and prog.tcx.is_lang_item(peeled.def_id, "String"):
        return "String"
    return None


def _table_find(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    """`RawTable::find(hash, eq)` where `eq` is std's `hash_map::equivalent_key(&q)` for a
    key type `K` and a lookup type `Q` among integers, `str` and `String` with std's own
    `Borrow` between them (`K` is `Q`, or `String` for `str`): the runtime compares the
    stored keys with `q`'s value or bytes (`RawTable.find_key`), no closure calls."""
    from ferric.backend.py.intrinsics import _ret_ty, _some_unless_none
    from ferric.backend.py.intrinsics import _table_find as generic

    eq_ty = [a for a in inst.args if isinstance(a, t.Ty)][-1]
    defs = prog.tcx.defs
    if isinstance(eq_ty, t.Closure):
        parent = prog.tcx.parent(eq_ty.def_id)
        kqv = [a for a in eq_ty.parent_args if isinstance(a, t.Ty)]
        if parent is not None and defs[parent].crate == 1 and defs.path_str(parent) == "collections::hash_map::equivalent_key" and len(kqv) == 3:
            k, q = _key_text(prog, kqv[0]), _key_text(prog, kqv[1])
            if q is not None and (k == q or (k, q) == ("String", "str")):
                env = cg.spill(args[2])
                key = {"int": f"{env}.f0", "str": f"bytes({env}.f0.b[{env}.f0.lo:{env}.f0.hi])", "String": f"{env}.f0.a"}[q]
                r = cg.spill(f"{args[0]}.find_key({args[1]}, {key})")
                return _some_unless_none(prog, _ret_ty(prog, inst), r)
    return generic(prog, inst, args, cg, span)


INTRINSICS: dict[str, Gen] = {
    # formatting
    "Arguments::estimated_capacity": _simple("fmt_estimated_capacity({0})"),
    "string::fmt_plain_into": _simple("fmt_plain_into({0}, {1})"),
    "fmt::format_plain": _optional("fmt_format({0})"),
    "string::set_to_string_capacity": _set_to_string_capacity,
    "stdio::plain_text": _optional("fmt_plain_bytes({0})"),
    "buffered::memrchr": _optional("memrchr({0}, {1})"),
    # `str` and `String`
    "str::eq": _simple("str_eq({0}, {1})"),
    "str::cmp": _str_cmp,
    "str::trim": _simple("str_trim({0}, True, True)"),
    "str::trim_start": _simple("str_trim({0}, True, False)"),
    "str::trim_end": _simple("str_trim({0}, False, True)"),
    "str::to_uppercase": _simple("str_to_upper({0})"),
    "str::lowercase_without_sigma": _optional("str_to_lower({0})"),
    "pattern::find_bytes": _optional("find_bytes({0}, {1}, {2}, {3})"),
    "pattern::rfind_bytes": _optional("rfind_bytes({0}, {1}, {2}, {3})"),
    "pattern::find_char": _optional("find_char({0}, {1}, {2}, {3})"),
    "pattern::rfind_char": _optional("rfind_char({0}, {1}, {2}, {3})"),
    "iter::next_word": _optional("next_word({0}, {1}, {2})"),
    "iter::next_word_back": _optional("next_word_back({0}, {1}, {2})"),
    "iter::bytes_iter_skip_to": _simple("setattr({0}, 'f1', {1})"),
    "iter::bytes_iter_skip_back_to": _simple("setattr({0}, 'f2', {1})"),
    "iter::chars_next_back": _optional("chars_next_back({0})"),
    "iter::strip_line_end": _simple("strip_line_end({0})"),
    "num::parse_decimal": _parse_decimal,
    "String::push": _string_push,
    "vec::extend_by_copy": _extend_by_copy,
    "join::str_join_plain": _str_join_plain,
    # hashing
    "sip::sip_absorb": _simple("sip_absorb({0}, {1}, {2})"),
    "sip::sip_finish": _simple("sip_finish({0}, {1}, {2}, {3})"),
    "hash_map::hashes_by_stream": _hashes_by_stream,
    "RawTable::find": _table_find,
    "hash_map::hashes_directly": _hashes_directly,
    "hash_map::direct_stream_hash": _direct_stream_hash,
    **_STREAM_HASHER,
}
