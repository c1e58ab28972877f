"""CFG simplification (rustc's `SimplifyCfg`), for MIR after drop elaboration: jumps to
empty `goto` blocks go straight to where those lead, a block that is the only way into
its `goto` target absorbs it, and blocks nothing reaches are removed (the rest renumbered
in order, the entry staying `bb0`). What runs, and in what order, does not change."""

from __future__ import annotations

from ferric.mir import nodes as m


def simplify_cfg(body: m.Body) -> m.Body:
    blocks = [m.BasicBlock(list(bb.statements), bb.terminator, bb.is_cleanup) for bb in body.blocks]
    _thread_gotos(blocks)
    _merge_straight_lines(blocks)
    return _renumbered(body, blocks)


def _final(blocks: list[m.BasicBlock], b: m.BlockId) -> m.BlockId:
    """Where a jump to `b` really goes: through empty `goto` blocks (a cycle of them stays)."""
    seen = {b}
    while True:
        bb = blocks[b]
        term = bb.terminator
        if bb.statements or not isinstance(term, m.Goto) or term.target in seen:
            return b
        if blocks[term.target].is_cleanup != bb.is_cleanup:
            return b
        b = term.target
        seen.add(b)


def _thread_gotos(blocks: list[m.BasicBlock]) -> None:
    cache: dict[m.BlockId, m.BlockId] = {}

    def final(b: m.BlockId) -> m.BlockId:
        got = cache.get(b)
        if got is None:
            got = cache[b] = _final(blocks, b)
        return got

    for bb in blocks:
        if bb.terminator is not None:
            bb.terminator = m.map_targets(bb.terminator, final)


def _merge_straight_lines(blocks: list[m.BasicBlock]) -> None:
    preds = [0] * len(blocks)
    for b in _reachable(blocks):
        term = blocks[b].terminator
        if term is not None:
            for s in m.all_successors(term):
                preds[s] += 1
    for b in _reachable(blocks):
        bb = blocks[b]
        while True:
            term = bb.terminator
            if not isinstance(term, m.Goto):
                break
            t = term.target
            nxt = blocks[t]
            if t == b or t == 0 or preds[t] != 1 or nxt.is_cleanup != bb.is_cleanup:
                break
            bb.statements.extend(nxt.statements)
            bb.terminator = nxt.terminator
            nxt.statements = []
            nxt.terminator = m.Unreachable()
            preds[t] = 0


def _reachable(blocks: list[m.BasicBlock]) -> list[m.BlockId]:
    seen = {0}
    order = [0]
    for b in order:
        term = blocks[b].terminator
        if term is None:
            continue
        for s in m.all_successors(term):
            if s not in seen:
                seen.add(s)
                order.append(s)
    return sorted(order)


def _renumbered(body: m.Body, blocks: list[m.BasicBlock]) -> m.Body:
    keep = _reachable(blocks)
    new_id = {old: new for new, old in enumerate(keep)}
    out = []
    for old in keep:
        bb = blocks[old]
        term = None if bb.terminator is None else m.map_targets(bb.terminator, new_id.__getitem__)
        out.append(m.BasicBlock(bb.statements, term, bb.is_cleanup))
    return body.with_blocks(out)
