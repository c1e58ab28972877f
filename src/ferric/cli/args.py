"""Command-line parsing in the style of cargo (clap): declared commands, options and errors.

A `Command` declares its options (`--name <VALUE>` or `--name=VALUE`, with the possible
values it accepts) and at most one positional argument. `parse_args` turns a command's
argv into an `Args` or raises `UsageError`, whose text is what clap prints for the same
mistake (`error: unexpected argument '--x' found`, `error: invalid value 'x' for '--color
<WHEN>'`, ...); clap exits 1 for these, and so does ferric. Help text is laid out as clap
lays it out.

Invariant: nothing here prints or exits; `ferric.cli.main` decides what goes where.
"""

from __future__ import annotations

from dataclasses import field

from ferric.base.nodeclass import dataclass

USAGE_EXIT = 1
"""clap's exit code for bad usage."""


@dataclass(frozen=True, slots=True)
class Opt:
    long: str
    """Without dashes: `edition` is `--edition`."""
    value_name: str
    help: str
    choices: tuple[str, ...] = ()
    default: str | None = None
    short: str | None = None
    """A one-letter alias (`q` is `-q`)."""
    multiple: bool = False
    """May be given more than once (`-p a -p b`); `Args.all` has every value."""

    @property
    def flag(self) -> bool:
        """A switch without a value (`--release`); its value is `"true"` when given."""
        return not self.value_name

    @property
    def display(self) -> str:
        if self.flag:
            return f"--{self.long}"
        return f"--{self.long} <{self.value_name}>"


@dataclass(frozen=True, slots=True)
class Command:
    name: str
    about: str
    options: tuple[Opt, ...] = ()
    positional: str | None = None
    """The value name of the one required positional argument (`FILE`), if any."""
    positional_help: str = ""
    available: bool = True
    alias: str | None = None
    positional_optional: bool = False
    """The positional argument may be left out (`ferric build` in a package)."""
    positional_extra: str | None = None
    """The value name of a second, optional positional argument (`ferric test FILE FILTER`)."""
    trailing: str | None = None
    """Arguments after `--` are passed on (to the program or the test harness)."""

    @property
    def usage(self) -> str:
        pos = ""
        if self.positional:
            pos = f" [{self.positional}]" if self.positional_optional else f" <{self.positional}>"
        if self.positional_extra:
            pos += f" [{self.positional_extra}]"
        if self.trailing:
            pos += f" [-- <{self.trailing}>...]"
        return f"Usage: ferric {self.name} [OPTIONS]{pos}"


@dataclass(slots=True)
class Args:
    values: dict[str, str] = field(default_factory=dict)
    positional: str | None = None
    extra: str | None = None
    """The second positional argument (`Command.positional_extra`)."""
    trailing: list[str] = field(default_factory=list)
    """What followed `--` (`Command.trailing`)."""
    help: bool = False
    repeated: dict[str, list[str]] = field(default_factory=dict)
    """Every value of each option given (in order)."""

    def all(self, long: str) -> list[str]:
        return self.repeated.get(long, [])

    def flag(self, long: str) -> bool:
        return self.values.get(long) == "true"

    def get(self, long: str) -> str:
        return self.values[long]


class UsageError(Exception):
    """Bad usage; `str(e)` is the full message clap would print (ends with a newline)."""


def _help_tail() -> str:
    return "\nFor more information, try '--help'.\n"


def _possible(opt: Opt) -> str:
    return f"  [possible values: {', '.join(opt.choices)}]\n" if opt.choices else ""


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (for "a similar ... exists" tips)."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def closest(word: str, candidates: list[str]) -> str | None:
    """The candidate nearest to `word` within cargo's distance of 3, if any."""
    best: tuple[int, str] | None = None
    for c in candidates:
        d = edit_distance(word, c)
        if d <= 3 and (best is None or d < best[0]):
            best = (d, c)
    return best[1] if best else None


def parse_args(cmd: Command, argv: list[str]) -> Args:
    """Parse `argv` (the words after the command name) against `cmd`."""
    args = Args()
    by_long = {o.long: o for o in cmd.options}
    by_short = {o.short: o for o in cmd.options if o.short}
    seen: set[str] = set()
    i = 0
    only_positional = False
    while i < len(argv):
        word = argv[i]
        i += 1
        if not only_positional and word == "--":
            if cmd.trailing:
                args.trailing = argv[i:]
                break
            only_positional = True
            continue
        if not only_positional and word in ("-h", "--help"):
            args.help = True
            continue
        if not only_positional and len(word) == 2 and word[0] == "-" and word[1] in by_short:
            word = f"--{by_short[word[1]].long}"
        if not only_positional and word.startswith("--"):
            name, eq, value = word[2:].partition("=")
            opt = by_long.get(name)
            if opt is None:
                raise UsageError(_unexpected(cmd, word, [f"--{o}" for o in by_long]))
            if name in seen and not opt.multiple:
                raise UsageError(
                    f"error: the argument '{opt.display}' cannot be used multiple times\n\n"
                    f"{cmd.usage}\n{_help_tail()}"
                )
            if opt.flag:
                if eq:
                    raise UsageError(
                        f"error: unexpected value '{value}' for '{opt.display}' found; no more were expected\n\n"
                        f"{cmd.usage}\n{_help_tail()}"
                    )
                seen.add(name)
                args.values[name] = "true"
                continue
            if not eq:
                if i >= len(argv):
                    raise UsageError(
                        f"error: a value is required for '{opt.display}' but none was supplied\n"
                        f"{_possible(opt)}{_help_tail()}"
                    )
                value = argv[i]
                i += 1
            if opt.choices and value not in opt.choices:
                raise UsageError(
                    f"error: invalid value '{value}' for '{opt.display}'\n{_possible(opt)}{_help_tail()}"
                )
            seen.add(name)
            args.values[name] = value
            args.repeated.setdefault(name, []).append(value)
            continue
        if not only_positional and word.startswith("-") and word != "-":
            raise UsageError(_unexpected(cmd, word, []))
        if cmd.positional is not None and args.positional is None:
            args.positional = word
            continue
        if cmd.positional_extra is not None and args.extra is None:
            args.extra = word
            continue
        raise UsageError(_unexpected(cmd, word, []))
    if args.help:
        return args
    if cmd.positional is not None and args.positional is None and not cmd.positional_optional:
        raise UsageError(
            "error: the following required arguments were not provided:\n"
            f"  <{cmd.positional}>\n\n{cmd.usage}\n{_help_tail()}"
        )
    for opt in cmd.options:
        if opt.long not in args.values and opt.default is not None:
            args.values[opt.long] = opt.default
    return args


def _unexpected(cmd: Command, word: str, candidates: list[str]) -> str:
    flag = word.partition("=")[0] if word.startswith("--") else word
    text = f"error: unexpected argument '{flag}' found\n\n"
    tip = closest(flag, candidates) if flag.startswith("--") else None
    if tip is not None:
        text += f"  tip: a similar argument exists: '{tip}'\n\n"
    return text + f"{cmd.usage}\n{_help_tail()}"


def _table(rows: list[tuple[str, str]], indent: int) -> str:
    width = max((len(left) for left, _ in rows), default=0)
    pad = " " * indent
    return "".join(f"{pad}{left.ljust(width)}  {right}".rstrip() + "\n" for left, right in rows)


def command_help(cmd: Command) -> str:
    """`ferric CMD --help`, laid out as clap does."""
    out = f"{cmd.about}\n\n{cmd.usage}\n"
    if cmd.positional:
        shown = f"[{cmd.positional}]" if cmd.positional_optional else f"<{cmd.positional}>"
        out += "\nArguments:\n" + _table([(shown, cmd.positional_help)], 2)
    rows: list[tuple[str, str]] = []
    for o in cmd.options:
        text = o.help
        if o.default is not None:
            text += f" [default: {o.default}]"
        if o.choices:
            text += f" [possible values: {', '.join(o.choices)}]"
        lead = f"-{o.short}, " if o.short else "    "
        rows.append((f"{lead}{o.display}", text))
    rows.append(("-h, --help", "Print help"))
    out += "\nOptions:\n" + _table(rows, 2)
    return out
