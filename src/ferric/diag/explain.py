"""`ferric explain CODE`: print the long explanation of an error code, as `rustc --explain` does.

Accepted spellings are rustc's: `E0382`, `e0382`, `0382`, `382`, `E382` (a number, with or
without the `E`, in any case). The explanation is printed as plain text with rustc's light
processing of the Markdown source: the info string of code fences is dropped
(```` ```compile_fail,E0382 ```` becomes ```` ``` ````) and hidden lines (`# ` inside a code
block) are left out. An unknown or malformed code is rustc's fatal error, exit status 1.

Input → output: the argument → (text, exit status). On success the text goes to stdout; on
failure it is the error to print on stderr.
"""

from __future__ import annotations

from ferric.diag.codes import explanation


def _parse_number(s: str) -> int | None:
    """Rust's `str::parse::<u32>`: an optional `+`, then ASCII digits only."""
    digits = s[1:] if s.startswith("+") else s
    if not digits or not all("0" <= c <= "9" for c in digits):
        return None
    n = int(digits)
    return n if n <= 0xFFFF_FF00 else None


def normalize_code(code: str) -> str | None:
    """`E0382` for any accepted spelling of a registered code, else None."""
    upper = code.upper()
    number = _parse_number(upper[1:] if upper.startswith("E") else upper)
    if number is None:
        return None
    canonical = f"E{number:04}"
    return canonical if explanation(canonical) is not None else None


def format_explanation(markdown: str) -> str:
    """The text `rustc --explain` prints when stdout is not a terminal."""
    out: list[str] = []
    in_code = False
    for line in markdown.splitlines():
        stripped = line.lstrip()
        indent = len(line) - len(stripped)
        if indent == 0 and stripped.startswith("```"):
            in_code = not in_code
            out.append("```\n")
        elif in_code and stripped.startswith("# "):
            continue
        else:
            out.append(line + "\n")
    return "".join(out)


def explain_command(code: str) -> tuple[str, int]:
    """What `ferric explain CODE` prints, and its exit status (0, or 1 for an unknown code)."""
    canonical = normalize_code(code)
    if canonical is None:
        return f"error: {code} is not a valid error code\n\n", 1
    text = explanation(canonical)
    assert text is not None
    return format_explanation(text), 0
