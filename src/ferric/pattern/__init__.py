"""Pattern analysis after type checking (rustc's `rustc_pattern_analysis` + `check_match`).

    HIR patterns + TypeckResults ─lower─▶ DeconstructedPat ─usefulness─▶ witnesses, redundancy
                                                                      ─check_match─▶ diagnostics

- `constructor`: constructors (variants, integer ranges, slices, ...), the constructor set of a
  type, and constructor splitting (integer ranges, variable-length slices).
- `pat`: deconstructed patterns (what the algorithm reads) and witness patterns (what it
  builds).
- `usefulness`: the algorithm (Maranget's usefulness with rustc's relevancy, place validity and
  branch tracking): which arms are redundant, which values no arm matches.
- `cx`: the type-aware side: the constructors of a type, field types, inhabitedness, lowering
  HIR patterns, printing witnesses as rustc does.
- `check_match`: walks every body and reports E0004, E0005, E0030, E0579, E0170 and the
  `unreachable_patterns`, `irrefutable_let_patterns`, `overlapping_range_endpoints` and
  `non_contiguous_range_endpoints` lints.

Entry point: `check_match.check_crate_matches(tcx, results)`, called by the driver after
type checking. Bodies whose type checking reported errors are skipped, as rustc does.
"""
