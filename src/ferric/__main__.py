"""`python -m ferric` is the `ferric` command (and `run` is the installed `ferric` script's
entry point, so both start the same way).

The command runs with the cyclic garbage collector off: compiling makes millions of
objects that live until the process ends and few cycles, so collections would only walk
them again (and the first one after a compilation walks everything it made: a fifth of a
second after checking 1,500 lines). A program the command runs gets the collector back
(`driver.run.execute`).
"""

import gc


def run() -> int:
    """The `ferric` command: the collector off before the compiler is even imported."""
    gc.disable()
    from ferric.cli.main import main

    return main()


if __name__ == "__main__":
    raise SystemExit(run())
