"""Drop elaboration (rustc's `ElaborateDrops`): the MIR a backend runs, after borrowck.

    elaborate_drops(body, queries) -> Body

MIR building puts an unconditional `drop(_x)` wherever a value's scope ends (and on the
cleanup paths); the borrow checker reads those as they are. Here each one becomes what
really runs, from two dataflow analyses over the *move paths* (a local, and the parts of it
moved or assigned separately: fields, enum variants' fields, array elements, a `Box`'s
content):

- dead (nothing there may be initialised: moved out on every path) -> removed;
- static (everything there is initialised on every path) -> kept as it is;
- conditional (initialised on some paths only) -> guarded by a *drop flag*, a `bool` local
  set where the path is initialised and cleared where it is moved out or dropped;
- open (parts moved out separately) -> the remaining parts dropped one by one: fields in
  declaration order (a panic in one still drops the later ones), an enum per variant after
  a switch on its discriminant, a `Box`'s content then its allocation (`box_free`).

An assignment to a place that may hold a value drops the old value first (rustc's
drop-and-replace), elaborated the same way. Borrow checking never sees this MIR: it runs
on the built MIR, as rustc's does. `check_drops` verifies the result path by path (every
drop of a whole initialised value, nothing left initialised when storage ends or the body
returns or unwinds, no assignment over a live value): the test suite runs it on every
program it checks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Protocol

from ferric.base.span import Span
from ferric.mir import nodes as m
from ferric.resolve.defs import DefId
from ferric.ty import ty as t
from ferric.ty.context import TyCtxt

MAX_ELEMENTS = 64
"""Arrays longer than this are never split into element paths (moving one element out of a
longer array is tracked as moving the whole array's drop responsibility to the parts
moved; see `MovePaths`)."""


class TypeInfo(Protocol):
    """What elaboration asks about types (`mir.build.NeedsDrop` and the ADT tables)."""

    def needs_drop(self, ty: t.Ty) -> bool: ...

    def fields(self, ty: t.Ty, variant: int) -> list[t.Ty] | None:
        """The field types of `ty` (of variant `variant` for an enum); None when they are
        not known here."""
        ...

    def variants(self, ty: t.Ty) -> list[str] | None:
        """An enum's variant names (None: not an enum)."""
        ...

    def is_box(self, ty: t.Ty) -> bool: ...

    def has_drop_impl(self, ty: t.Ty) -> bool: ...


# -- move paths -------------------------------------------------------------------------------


class MovePaths:
    """The tree of places whose initialisation is tracked, numbered for bitsets.

    Roots are the locals whose type needs dropping; a place moved out of, assigned or
    dropped below a root gets a path for every prefix, and a path with children gets *all*
    its siblings (every field of a struct, tuple or closure; every variant of an enum with
    its fields; every element of an array; a `Box`'s content), so a parent's content is
    exactly its children's. Paths never go through a reference or a raw pointer, an index
    by a run-time value, or into a type with a `Drop` impl (its fields cannot be moved
    out; assigning one is an assignment to memory that is always initialised).

    `leaves[p]`: the bits of what dropping `p` must drop: its parts with drop glue that
    have no parts of their own, and a `Box`'s allocation."""

    def __init__(self, body: m.Body, info: TypeInfo) -> None:
        self.body = body
        self.info = info
        self.places: list[m.Place] = []
        self.tys: list[t.Ty] = []
        self.keys: list[tuple[object, ...] | None] = []
        self.parent: list[int] = []
        self.children: list[list[int]] = []
        self.roots: dict[m.Local, int] = {}
        for local, decl in enumerate(body.locals):
            if info.needs_drop(decl.ty):
                self.roots[local] = self._new(m.Place(local), decl.ty, -1, None)
        for place in _places_of_interest(body):
            self._make(place)
        n = len(self.places)
        self.subtree = [0] * n
        self.leaves = [0] * n
        for p in range(n - 1, -1, -1):
            # Children are numbered after their parent: a reverse sweep sees them first.
            bit = 1 << p
            sub = bit
            leaves = 0
            for c in self.children[p]:
                sub |= self.subtree[c]
                leaves |= self.leaves[c]
            ty = self.tys[p]
            if info.is_box(ty) or (
                not self.children[p] and not _is_downcast(self, p) and info.needs_drop(ty)
            ):
                leaves |= bit  # a part with nothing below it, or a Box's allocation
            self.subtree[p] = sub
            self.leaves[p] = leaves
        self.all = (1 << n) - 1

    def __len__(self) -> int:
        return len(self.places)

    def _new(self, place: m.Place, ty: t.Ty, parent: int, key: tuple[object, ...] | None) -> int:
        idx = len(self.places)
        self.places.append(place)
        self.tys.append(ty)
        self.keys.append(key)
        self.parent.append(parent)
        self.children.append([])
        if parent >= 0:
            self.children[parent].append(idx)
        return idx

    def _child(self, p: int, proj: m.Projection) -> int | None:
        key = _child_key(proj, self.tys[p], self.info)
        if key is None:
            return None
        for k in self.children[p]:
            if self.keys[k] == key:
                return k
        return None

    def find(self, place: m.Place) -> int | None:
        """The path of exactly `place` (None: not tracked)."""
        cur = self.roots.get(place.local)
        for proj in place.projection:
            if cur is None:
                return None
            cur = self._child(cur, proj)
        return cur

    def _make(self, place: m.Place) -> None:
        """Paths for `place`'s prefixes, each expanded to all its siblings."""
        cur = self.roots.get(place.local)
        for proj in place.projection:
            if cur is None or not self._expand(cur):
                return
            cur = self._child(cur, proj)

    def _expand(self, p: int) -> bool:
        """Make `p`'s children on first use (False: `p` is not split into parts)."""
        if self.children[p]:
            return True
        ty = self.tys[p]
        base = self.places[p]
        info = self.info
        if _is_downcast(self, p):
            return False  # (a variant's fields are made with the variant)
        if info.is_box(ty):
            inner = _box_content(ty)
            if inner is None:
                return False
            self._new(base.deref(), inner, p, ("*",))
            return True
        if info.has_drop_impl(ty):
            return False
        variants = info.variants(ty)
        if variants is not None:
            all_fields = [info.fields(ty, v) for v in range(len(variants))]
            if any(f is None for f in all_fields):
                return False
            for v, name in enumerate(variants):
                dplace = base.project(m.Downcast(v, name))
                d = self._new(dplace, ty, p, ("v", v))
                for i, fty in enumerate(all_fields[v] or ()):
                    self._new(dplace.project(m.Field(i, "", fty)), fty, d, ("f", i))
            return True
        if isinstance(ty, t.Array):
            n = _array_len(ty)
            if n is None or n > MAX_ELEMENTS:
                return False
            for i in range(n):
                self._new(base.project(m.ConstantIndex(i, False, n)), ty.elem, p, ("i", i))
            return True
        fields = info.fields(ty, 0)
        if not fields:
            return False
        for i, fty in enumerate(fields):
            self._new(base.project(m.Field(i, "", fty)), fty, p, ("f", i))
        return True

    def moved_masks(self, place: m.Place) -> int:
        """The bits a move out of `place` clears (a subslice: its elements' paths)."""
        if place.projection and isinstance(place.projection[-1], m.Subslice):
            sub = place.projection[-1]
            base = self.find(m.Place(place.local, place.projection[:-1]))
            if base is None:
                return 0
            kids = self.children[base]
            out = 0
            for k in kids[sub.start : len(kids) - sub.end]:
                out |= self.subtree[k]
            return out
        p = self.find(place)
        return 0 if p is None else self.subtree[p]


def _box_content(ty: t.Ty) -> t.Ty | None:
    if isinstance(ty, t.Adt) and ty.args and isinstance(ty.args[0], t.Ty):
        return ty.args[0]
    return None


def _array_len(ty: t.Array) -> int | None:
    n = ty._key[1]
    if isinstance(n, t.ConstValue) and isinstance(n.value, int) and not isinstance(n.value, bool):
        return n.value
    return None


def _child_key(proj: m.Projection, parent_ty: t.Ty, info: TypeInfo) -> tuple[object, ...] | None:
    """What identifies a child by the projection that reaches it."""
    if isinstance(proj, m.Field):
        return ("f", proj.index)
    if isinstance(proj, m.Downcast):
        return ("v", proj.variant)
    if isinstance(proj, m.Deref):
        return ("*",) if info.is_box(parent_ty) else None
    if isinstance(proj, m.ConstantIndex) and isinstance(parent_ty, t.Array):
        n = _array_len(parent_ty)
        if n is None:
            return None
        return ("i", n - proj.offset if proj.from_end else proj.offset)
    return None


def _is_downcast(paths: MovePaths, k: int) -> bool:
    proj = paths.places[k].projection
    return bool(proj) and isinstance(proj[-1], m.Downcast)


def _places_of_interest(body: m.Body) -> Iterator[m.Place]:
    """Places moved out of, assigned, or dropped."""
    for bb in body.blocks:
        for s in bb.statements:
            if isinstance(s, m.Assign):
                yield s.place
                for op in m.rvalue_operands(s.rvalue):
                    if isinstance(op, m.Move):
                        yield _strip_subslice(op.place)
        term = bb.terminator
        if isinstance(term, m.Call):
            yield term.destination
            for op in (term.func, *term.args):
                if isinstance(op, m.Move):
                    yield _strip_subslice(op.place)
        elif isinstance(term, m.Drop):
            yield term.place


def _strip_subslice(place: m.Place) -> m.Place:
    if place.projection and isinstance(place.projection[-1], m.Subslice):
        # (the elements of the base get paths)
        base = m.Place(place.local, place.projection[:-1])
        return base.project(m.ConstantIndex(0, False, 0))
    return place


# -- the init analyses ------------------------------------------------------------------------


class Effects:
    """What each statement and terminator does to the move paths, as (gen, kill) bitsets:
    `init' = (init & ~kill) | gen`, `uninit' = (uninit & ~gen) | kill`."""

    def __init__(self, paths: MovePaths) -> None:
        self.paths = paths

    def statement(self, s: m.Statement) -> tuple[int, int]:
        paths = self.paths
        if isinstance(s, m.Assign):
            kill = 0
            for op in m.rvalue_operands(s.rvalue):
                if isinstance(op, m.Move):
                    kill |= paths.moved_masks(op.place)
            p = paths.find(s.place)
            gen = 0 if p is None else paths.subtree[p]
            return gen, kill & ~gen
        if isinstance(s, m.StorageLive | m.StorageDead):
            r = paths.roots.get(s.local)
            return 0, 0 if r is None else paths.subtree[r]
        return 0, 0

    def before_terminator(self, term: m.Terminator) -> int:
        """The bits a terminator clears on every edge (a call's moved arguments)."""
        if isinstance(term, m.Call):
            kill = 0
            for op in (term.func, *term.args):
                if isinstance(op, m.Move):
                    kill |= self.paths.moved_masks(op.place)
            return kill
        if isinstance(term, m.Drop):
            return self.paths.moved_masks(term.place)
        return 0

    def call_return(self, term: m.Call) -> int:
        """The bits a call's return initialises (its destination)."""
        p = self.paths.find(term.destination)
        return 0 if p is None else self.paths.subtree[p]

    def switched_enum(self, bb: m.BasicBlock) -> int | None:
        """The path of the enum whose discriminant `bb`'s `switchInt` tests, if it is one
        split into variants."""
        term = bb.terminator
        if not isinstance(term, m.SwitchInt) or not isinstance(term.discr, m.Copy | m.Move):
            return None
        d = term.discr.place
        src: m.Place | None = None
        for s in reversed(bb.statements):
            if isinstance(s, m.Assign) and s.place == d:
                if isinstance(s.rvalue, m.Discriminant):
                    src = s.rvalue.place
                break
        if src is None:
            return None
        p = self.paths.find(src)
        if p is None or not self.paths.children[p] or not _is_downcast(self.paths, self.paths.children[p][0]):
            return None
        return p

    def switch_edges(self, bb: m.BasicBlock) -> dict[m.BlockId, int] | None:
        """For a `switchInt` on an enum's discriminant: per target, the other variants'
        paths (they hold nothing on that edge: rustc's `switch_int_edge_effects`)."""
        p = self.switched_enum(bb)
        if p is None:
            return None
        term = bb.terminator
        assert isinstance(term, m.SwitchInt)
        variants = {
            self.paths.places[k].projection[-1].variant: self.paths.subtree[k]  # type: ignore[union-attr]
            for k in self.paths.children[p]
        }
        every = 0
        for mask in variants.values():
            every |= mask
        out: dict[m.BlockId, int] = {}
        listed = 0
        for v, target in term.targets:
            out[target] = out.get(target, every) & (every & ~variants.get(v, 0))
            listed |= variants.get(v, 0)
        out[term.otherwise] = out.get(term.otherwise, every) & listed
        return out


def init_states(
    body: m.Body, paths: MovePaths, effects: Effects
) -> tuple[list[int], list[int]]:
    """Maybe-initialised and maybe-uninitialised bits at each block's entry, following
    normal and unwind edges."""
    n = len(body.blocks)
    NONE = -1
    init_in = [NONE] * n
    uninit_in = [NONE] * n
    args = 0
    for local in range(1, body.arg_count + 1):
        r = paths.roots.get(local)
        if r is not None:
            args |= paths.subtree[r]
    init_in[0] = args
    uninit_in[0] = paths.all & ~args
    block_fx = [_block_effect(bb, effects) for bb in body.blocks]
    work = [0]
    queued = {0}
    while work:
        b = work.pop()
        queued.discard(b)
        gen, kill = block_fx[b]
        init = (init_in[b] & ~kill) | gen
        uninit = (uninit_in[b] & ~gen) | kill
        bb = body.blocks[b]
        term = bb.terminator
        if term is None:
            continue
        before = effects.before_terminator(term)
        init_before = init
        init &= ~before
        uninit |= before
        edges: list[tuple[m.BlockId, int, int]] = []
        if isinstance(term, m.Call):
            ret = effects.call_return(term)
            if term.target is not None:
                edges.append((term.target, (init | ret), (uninit & ~ret)))
            if term.unwind is not None:
                edges.append((term.unwind, init, uninit))
        elif isinstance(term, m.Drop):
            edges.append((term.target, init, uninit))
            p = paths.find(term.place)
            if term.unwind is not None and (p is None or init_before & paths.leaves[p]):
                # (A drop of nothing is removed: it cannot panic.)
                edges.append((term.unwind, init, uninit))
        else:
            refine = effects.switch_edges(bb)
            for s in m.all_successors(term):
                off = refine.get(s, 0) if refine else 0
                edges.append((s, init & ~off, uninit | off))
        for s, i, u in edges:
            oi, ou = init_in[s], uninit_in[s]
            if oi == NONE:
                init_in[s], uninit_in[s] = i, u
            else:
                ni, nu = oi | i, ou | u
                if ni == oi and nu == ou:
                    continue
                init_in[s], uninit_in[s] = ni, nu
            if s not in queued:
                queued.add(s)
                work.append(s)
    return [0 if v == NONE else v for v in init_in], [0 if v == NONE else v for v in uninit_in]


def _block_effect(bb: m.BasicBlock, effects: Effects) -> tuple[int, int]:
    gen = kill = 0
    for s in bb.statements:
        g, k = effects.statement(s)
        gen = (gen & ~k) | g
        kill = (kill & ~g) | k
    return gen, kill


# -- elaboration ------------------------------------------------------------------------------


class _Elaborator:
    def __init__(self, body: m.Body, info: TypeInfo) -> None:
        body = with_replace_drops(body)
        self.src = body
        self.info = info
        self.paths = MovePaths(body, info)
        self.effects = Effects(self.paths)
        self.init_in, self.uninit_in = init_states(body, self.paths, self.effects)
        self.locals = list(body.locals)
        self.blocks: list[m.BasicBlock] = []
        self.flags: dict[int, m.Local] = {}
        self.wanted_flags: set[int] = set()
        """Paths found to need a flag (a first, dry pass finds them all before any flag
        is set or cleared)."""
        self.dry = True

    # -- small builders --

    def block(self, term: m.Terminator, cleanup: bool, stmts: list[m.Statement] | None = None) -> m.BlockId:
        self.blocks.append(m.BasicBlock(stmts or [], term, cleanup))
        return len(self.blocks) - 1

    def flag(self, p: int) -> m.Local:
        self.wanted_flags.add(p)
        got = self.flags.get(p)
        if got is None:
            got = len(self.locals)
            self.locals.append(
                m.LocalDecl(t.BOOL, m.LocalKind.TEMP, mutable=True, drop_flag=True)
            )
            self.flags[p] = got
        return got

    def set_flags(self, mask: int, value: bool, span: Span) -> list[m.Statement]:
        if self.dry or not mask:
            return []
        out: list[m.Statement] = []
        for p, local in self.flags.items():
            if mask >> p & 1:
                out.append(
                    m.Assign(m.Place(local), m.Use(m.Constant(t.BOOL, "true" if value else "false")), span)
                )
        return out

    # -- dropping a path --

    def drop_path(
        self,
        p: int,
        place: m.Place,
        init: int,
        uninit: int,
        target: m.BlockId,
        unwind: m.BlockId | None,
        cleanup: bool,
        span: Span,
    ) -> m.BlockId:
        """The code dropping what `place` (path `p`) holds, given the maybe-init and
        maybe-uninit bits there, then going on to `target`."""
        leaves = self.paths.leaves[p]
        if init & leaves and uninit & leaves and self.paths.children[p]:
            return self.open_drop(p, place, init, uninit, target, unwind, cleanup, span)
        return self.guarded(
            p, leaves, init, uninit,
            lambda: self.block(m.Drop(place, target, span, unwind), cleanup),
            target, span, cleanup,
        )

    def guarded(
        self,
        p: int,
        mask: int,
        init: int,
        uninit: int,
        make: Callable[[], m.BlockId],
        target: m.BlockId,
        span: Span,
        cleanup: bool,
    ) -> m.BlockId:
        """A drop of path `p` (the block `make` builds, going on to `target`) by whether
        the bits `mask` may hold a value there: never (dead: straight to `target`),
        always (static: the drop), or on some paths only (behind `p`'s drop flag)."""
        if not init & mask:
            return target
        drop = make()
        if not uninit & mask:
            return drop
        flag = self.flag(p)
        return self.block(m.SwitchInt(m.Copy(m.Place(flag)), ((0, target),), drop, span), cleanup)

    def open_drop(
        self,
        p: int,
        place: m.Place,
        init: int,
        uninit: int,
        target: m.BlockId,
        unwind: m.BlockId | None,
        cleanup: bool,
        span: Span,
    ) -> m.BlockId:
        paths = self.paths
        kids = paths.children[p]
        ty = paths.tys[p]
        if self.info.is_box(ty):
            free = self.guarded(
                p, 1 << p, init, uninit,
                lambda: self.block(m.Drop(place, target, span, unwind, box_free=True), cleanup),
                target, span, cleanup,
            )
            content_unwind = unwind if cleanup else self.ladder([], unwind, free_of=(p, place, init, uninit), span=span)
            k = kids[0]
            return self.drop_path(k, paths.places[k], init, uninit, free, content_unwind, cleanup, span)
        if _is_downcast(paths, kids[0]):
            # An enum: its variants' fields, after a switch on its discriminant.
            arms: list[tuple[int, m.BlockId]] = []
            for k in kids:
                v = paths.places[k].projection[-1].variant  # type: ignore[union-attr]
                entry = self.fields_chain(paths.children[k], init, uninit, target, unwind, cleanup, span)
                if entry != target:
                    arms.append((v, entry))
            if not arms:
                return target
            d = len(self.locals)
            self.locals.append(m.LocalDecl(t.ISIZE, m.LocalKind.TEMP, mutable=True, span=span))
            switch = m.SwitchInt(m.Move(m.Place(d)), tuple(arms), target, span)
            stmts: list[m.Statement] = [
                m.StorageLive(d, span),
                m.Assign(m.Place(d), m.Discriminant(place), span),
            ]
            return self.block(switch, cleanup, stmts)
        return self.fields_chain(kids, init, uninit, target, unwind, cleanup, span)

    def fields_chain(
        self,
        kids: list[int],
        init: int,
        uninit: int,
        target: m.BlockId,
        unwind: m.BlockId | None,
        cleanup: bool,
        span: Span,
    ) -> m.BlockId:
        """Drop `kids` in order (a panic in one still drops the ones after it)."""
        nxt = target
        for i in range(len(kids) - 1, -1, -1):
            k = kids[i]
            if not init & self.paths.leaves[k]:
                continue
            unw = unwind if cleanup else self.ladder(kids[i + 1 :], unwind, None, span, init, uninit)
            nxt = self.drop_path(k, self.paths.places[k], init, uninit, nxt, unw, cleanup, span)
        return nxt

    def ladder(
        self,
        kids: list[int],
        unwind: m.BlockId | None,
        free_of: tuple[int, m.Place, int, int] | None,
        span: Span,
        init: int = 0,
        uninit: int = 0,
    ) -> m.BlockId | None:
        """The cleanup path when a part's drop panics: the later parts (or the `Box`'s
        allocation) are dropped anyway, then unwinding goes on to `unwind`."""
        if free_of is not None:
            p, place, init, uninit = free_of
            if not init & (1 << p):
                return unwind
            end = unwind if unwind is not None else self.resume(span)
            return self.guarded(
                p, 1 << p, init, uninit,
                lambda: self.block(m.Drop(place, end, span, None, box_free=True), True),
                end, span, True,
            )
        if not any(init & self.paths.leaves[k] for k in kids):
            return unwind
        end = unwind if unwind is not None else self.resume(span)
        return self.fields_chain(kids, init, uninit, end, None, True, span)

    def resume(self, span: Span) -> m.BlockId:
        return self.block(m.Resume(span), True)

    # -- the body --

    def run(self) -> m.Body:
        """Elaborate twice: the first (dry) pass finds which paths need flags, the second
        builds the body with them."""
        self._pass()
        self.dry = False
        self.locals = list(self.src.locals)
        self.flags = {}
        for p in sorted(self.wanted_flags):
            self.flag(p)
        self.blocks = []
        return self._pass()

    def _pass(self) -> m.Body:
        src = self.src
        self.blocks = [m.BasicBlock([], None, bb.is_cleanup) for bb in src.blocks]
        for b, bb in enumerate(src.blocks):
            self._block(b, bb)
        if not self.dry and self.flags:
            self._init_flags()
        return src.with_blocks(self.blocks, self.locals)

    def _init_flags(self) -> None:
        """Every flag starts as its path is at the entry (arguments initialised)."""
        args = self.init_in[0]
        stmts = [
            m.Assign(
                m.Place(local),
                m.Use(m.Constant(t.BOOL, "true" if args >> p & 1 else "false")),
                self.src.span,
            )
            for p, local in self.flags.items()
        ]
        entry = self.blocks[0]
        self.blocks.append(m.BasicBlock(entry.statements, entry.terminator, entry.is_cleanup))
        self.blocks[0] = m.BasicBlock(stmts, m.Goto(len(self.blocks) - 1), False)

    def _block(self, b: m.BlockId, bb: m.BasicBlock) -> None:
        paths = self.paths
        fx = self.effects
        init, uninit = self.init_in[b], self.uninit_in[b]
        cur = b
        cleanup = bb.is_cleanup
        out = self.blocks[cur].statements
        term = bb.terminator
        for s in bb.statements:
            gen, kill = fx.statement(s)
            out.append(s)
            out.extend(self.set_flags(kill & ~gen, False, s.span))
            out.extend(self.set_flags(gen, True, s.span))
            init = (init & ~kill) | gen
            uninit = (uninit & ~gen) | kill
        if term is None:
            return
        before = fx.before_terminator(term)
        if isinstance(term, m.Drop):
            p = paths.find(term.place)
            if p is None:
                self.blocks[cur].terminator = term
                return
            after = self.after_drop(p, term.target, cleanup, term.span)
            entry = self.drop_path(p, term.place, init, uninit, after, term.unwind, cleanup, term.span)
            self.blocks[cur].terminator = m.Goto(entry, term.span)
            return
        if isinstance(term, m.Call):
            out.extend(self.set_flags(before, False, term.span))
            ret = fx.call_return(term)
            target = term.target
            if target is not None and ret and not self.dry and any(
                ret >> p & 1 for p in self.flags
            ):
                target = self.block(m.Goto(target), cleanup, self.set_flags(ret, True, term.span))
            self.blocks[cur].terminator = m.Call(
                term.func,
                term.args,
                term.destination,
                target,
                term.span,
                term.from_hir_call,
                term.fn_span,
                term.unwind,
            )
            return
        self.blocks[cur].terminator = term

    def after_drop(self, p: int, target: m.BlockId, cleanup: bool, span: Span) -> m.BlockId:
        """Where a drop of path `p` goes on: `target`, after clearing the flags of what it
        dropped."""
        clear = self.set_flags(self.paths.subtree[p], False, span)
        if not clear:
            return target
        return self.block(m.Goto(target), cleanup, clear)


def _last_flag_writes(stmts: list[m.Statement], flags: set[m.Local]) -> list[m.Statement]:
    """`stmts` without the flag writes a later write in the same block overrides (flags are
    only read by terminators)."""
    seen: set[m.Local] = set()
    out: list[m.Statement] = []
    for s in reversed(stmts):
        if isinstance(s, m.Assign) and s.place.is_local and s.place.local in flags:
            if s.place.local in seen:
                continue
            seen.add(s.place.local)
        out.append(s)
    out.reverse()
    return out


def with_replace_drops(body: m.Body) -> m.Body:
    """`body` with a `drop` of the old value before each assignment to a place with drop
    glue (rustc's drop-and-replace; elaboration then removes the drops of places that
    hold nothing). If that drop panics, the new value is written in a cleanup block, and
    unwinding goes on to drop it with the rest of the scope."""
    if not body.replace_unwind:
        return body
    blocks = [m.BasicBlock(list(bb.statements), bb.terminator, bb.is_cleanup) for bb in body.blocks]
    for (b, i), unwind in sorted(body.replace_unwind.items(), reverse=True):
        # (Last first in each block: the earlier indices stay valid.)
        bb = blocks[b]
        if bb.is_cleanup or i >= len(bb.statements):
            continue
        s = bb.statements[i]
        if not isinstance(s, m.Assign):
            continue
        rest = m.BasicBlock(bb.statements[i:], bb.terminator)
        blocks.append(rest)
        cont = len(blocks) - 1
        if unwind is None:
            blocks.append(m.BasicBlock([], m.Resume(s.span), True))
            unwind = len(blocks) - 1
        blocks.append(m.BasicBlock([s], m.Goto(unwind), True))
        cleanup = len(blocks) - 1
        del bb.statements[i:]
        bb.terminator = m.Drop(s.place, cont, s.span, cleanup)
    return body.with_blocks(blocks)


def elaborate_drops(body: m.Body, info: TypeInfo) -> m.Body:
    """`body` with its drops elaborated and its CFG simplified (a new body; `body` is left
    as it is)."""
    from ferric.mir.simplify import simplify_cfg

    out = simplify_cfg(_Elaborator(body, info).run())
    flags = {i for i, d in enumerate(out.locals) if d.drop_flag}
    if flags:
        for bb in out.blocks:
            bb.statements = _last_flag_writes(bb.statements, flags)
    return out


# -- checking the result ----------------------------------------------------------------------

MAX_STATES = 20_000
"""`check_drops` gives up (reports nothing) on a body with more distinct states than this."""


def check_drops(body: m.Body, info: TypeInfo) -> list[str]:
    """Follow every path through an elaborated `body` (drop flags' values known, other
    branches both ways) and report drops of values that may not be there, values still
    there when their storage ends or the body returns or unwinds, and assignments over
    values that are still there."""
    paths = MovePaths(body, info)
    fx = Effects(paths)
    flags = {i for i, d in enumerate(body.locals) if d.drop_flag}
    errors: list[str] = []
    args = 0
    for local in range(1, body.arg_count + 1):
        r = paths.roots.get(local)
        if r is not None:
            args |= paths.subtree[r]
    ret = paths.roots.get(m.RETURN_PLACE)
    ret_mask = 0 if ret is None else paths.subtree[ret]

    def name(p: int) -> str:
        from ferric.mir.pretty import place_str

        return place_str(body, paths.places[p])

    def report(where: str, msg: str) -> None:
        if len(errors) < 10 and f"{where}: {msg}" not in errors:
            errors.append(f"{where}: {msg}")

    def required(p: int, variants: frozenset[tuple[int, frozenset[int]]]) -> int:
        """The leaves a whole `p` has: an enum's variants it cannot be (a switch on its
        discriminant told) hold nothing."""
        out = paths.leaves[p]
        for q, possible in variants:
            if paths.subtree[p] >> q & 1:
                for d in paths.children[q]:
                    if paths.places[d].projection[-1].variant not in possible:  # type: ignore[union-attr]
                        out &= ~paths.leaves[d]
        return out

    def live_leaves(mask: int, init: int) -> list[int]:
        return [p for p in range(len(paths)) if (mask & init) >> p & 1 and paths.leaves[p] >> p & 1]

    def forget(variants: frozenset[tuple[int, frozenset[int]]], mask: int) -> frozenset[tuple[int, frozenset[int]]]:
        """Variant knowledge about paths `mask` (re)initialises or moves out is gone."""
        if not variants or not mask:
            return variants
        return frozenset(pv for pv in variants if not mask >> pv[0] & 1)

    start: tuple[int, int, frozenset[m.Local], frozenset[tuple[int, frozenset[int]]]] = (
        0, args, frozenset(), frozenset()
    )
    seen = {start}
    work = [start]
    while work:
        if len(seen) > MAX_STATES:
            return errors
        b, init, true_flags, variants = work.pop()
        bb = body.blocks[b]
        where = f"bb{b}"
        for s in bb.statements:
            if isinstance(s, m.Assign):
                if s.place.is_local and s.place.local in flags:
                    c = s.rvalue.operand if isinstance(s.rvalue, m.Use) else None
                    on = isinstance(c, m.Constant) and c.text == "true"
                    true_flags = true_flags | {s.place.local} if on else true_flags - {s.place.local}
                    continue
                gen, kill = fx.statement(s)
                for op in m.rvalue_operands(s.rvalue):
                    if isinstance(op, m.Move):
                        p = paths.find(op.place)
                        if p is not None and required(p, variants) & ~init:
                            report(where, f"moves out of `{name(p)}`, not (wholly) initialised")
                init &= ~kill
                p = paths.find(s.place)
                if p is not None and paths.leaves[p] & init:
                    report(where, f"assigns over `{name(p)}`, which still holds a value")
                init |= gen
                variants = forget(variants, gen | kill)
            elif isinstance(s, m.StorageDead | m.StorageLive):
                r = paths.roots.get(s.local)
                if r is not None:
                    if isinstance(s, m.StorageDead) and paths.leaves[r] & init:
                        report(where, f"storage of `_{s.local}` ends while it holds a value")
                    init &= ~paths.subtree[r]
                    variants = forget(variants, paths.subtree[r])
        term = bb.terminator
        if term is None:
            continue
        nexts: list[
            tuple[m.BlockId, int] | tuple[m.BlockId, int, frozenset[tuple[int, frozenset[int]]]]
        ] = []
        if isinstance(term, m.Drop):
            p = paths.find(term.place)
            if p is not None:
                if term.box_free:
                    if not init >> p & 1:
                        report(where, f"frees `{name(p)}`, which holds no allocation")
                    content = paths.leaves[p] & ~(1 << p)
                    if content & init:
                        report(where, f"frees `{name(p)}` while its content is still there")
                elif required(p, variants) & ~init:
                    report(where, f"drops `{name(p)}`, not (wholly) initialised")
                init &= ~paths.subtree[p]
                variants = forget(variants, paths.subtree[p])
            nexts = [(s, init) for s in m.all_successors(term)]
        elif isinstance(term, m.Call):
            kill = fx.before_terminator(term)
            init &= ~kill
            variants = forget(variants, kill | fx.call_return(term))
            d = paths.find(term.destination)
            if d is not None and paths.leaves[d] & init:
                report(where, f"a call's result overwrites `{name(d)}`")
            if term.target is not None:
                nexts.append((term.target, init | fx.call_return(term)))
            if term.unwind is not None:
                nexts.append((term.unwind, init))
        elif isinstance(term, m.SwitchInt):
            known = None
            discr = term.discr
            if isinstance(discr, m.Copy | m.Move) and discr.place.is_local and discr.place.local in flags:
                known = 1 if discr.place.local in true_flags else 0
            refine = fx.switch_edges(bb)
            enum = fx.switched_enum(bb)
            possible: frozenset[int] | None = None
            if enum is not None:
                possible = next((vs for p, vs in variants if p == enum), None)
                if possible is None:
                    possible = frozenset(range(len(paths.children[enum])))
                rest = frozenset(pv for pv in variants if pv[0] != enum)
            listed = frozenset(v for v, _ in term.targets)
            for v, tgt in term.targets:
                if known is not None and known != v:
                    continue
                if possible is not None and v not in possible:
                    continue
                off = refine.get(tgt, 0) if refine else 0
                learnt = rest | {(enum, frozenset((v,)))} if enum is not None else variants
                nexts.append((tgt, init & ~off, learnt))
            otherwise_possible = not (known is not None and known in listed) and not (
                possible is not None and not possible - listed
            )
            if otherwise_possible:
                tgt = term.otherwise
                off = refine.get(tgt, 0) if refine else 0
                learnt = (
                    rest | {(enum, possible - listed)}
                    if enum is not None and possible is not None
                    else variants
                )
                nexts.append((tgt, init & ~off, learnt))
        elif isinstance(term, m.Return | m.Resume):
            left = live_leaves(paths.all & ~ret_mask, init)
            if left:
                what = "returns" if isinstance(term, m.Return) else "unwinds"
                report(where, f"{what} while `{name(left[0])}` still holds a value")
        else:
            nexts = [(s, init) for s in m.all_successors(term)]
        for nxt in nexts:
            s, st = nxt[0], nxt[1]
            key = (s, st, true_flags, nxt[2] if len(nxt) > 2 else variants)  # type: ignore[misc]
            if key not in seen:
                seen.add(key)
                work.append(key)
    return errors


def type_info(tcx: TyCtxt, drop_adts: frozenset[DefId]) -> TypeInfo:
    """The `TypeInfo` of a crate's types (`drop_adts`: the ADTs with a `Drop` impl)."""
    return _TcxTypeInfo(tcx, drop_adts)


class _TcxTypeInfo:
    def __init__(self, tcx: TyCtxt, drop_adts: frozenset[DefId]) -> None:
        from ferric.mir.build import NeedsDrop

        self.tcx = tcx
        self._needs_drop = NeedsDrop(tcx, drop_adts)
        self.drop_adts = drop_adts

    def needs_drop(self, ty: t.Ty) -> bool:
        return self._needs_drop(ty)

    def fields(self, ty: t.Ty, variant: int) -> list[t.Ty] | None:
        if isinstance(ty, t.Tuple):
            return list(ty.elems)
        if isinstance(ty, t.Closure | t.Coroutine):
            upv = ty.upvars_ty
            return list(upv.elems) if isinstance(upv, t.Tuple) else None
        if isinstance(ty, t.Adt):
            try:
                adt = self.tcx.adt_def(ty.def_id)
                if adt.is_union or variant >= len(adt.variants):
                    return None
                return [self.tcx.field_ty(fd, ty.args) for fd in adt.variants[variant].fields]
            except Exception:
                return None
        return None

    def variants(self, ty: t.Ty) -> list[str] | None:
        if not isinstance(ty, t.Adt):
            return None
        try:
            adt = self.tcx.adt_def(ty.def_id)
        except Exception:
            return None
        return [v.name for v in adt.variants] if adt.is_enum else None

    def is_box(self, ty: t.Ty) -> bool:
        if not isinstance(ty, t.Adt):
            return False
        try:
            return bool(self.tcx.adt_def(ty.def_id).is_box)
        except Exception:
            return False

    def has_drop_impl(self, ty: t.Ty) -> bool:
        return isinstance(ty, t.Adt) and ty.def_id in self.drop_adts



def check_elaborated(body: m.Body, info: TypeInfo) -> m.Body:
    """Elaborate `body`'s drops and check the result (`validate` and `check_drops`);
    an internal error names what is wrong."""
    from ferric.mir.validate import validate

    out = elaborate_drops(body, info)
    problems = validate(out) + check_drops(out, info)
    if problems:
        raise AssertionError(
            f"drop elaboration of `{body.name}` is wrong: " + "; ".join(problems[:5])
        )
    return out
