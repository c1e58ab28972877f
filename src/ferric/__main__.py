"""`python -m ferric` is the `ferric` command."""

import gc

# Importing the command makes tens of thousands of objects that live as long as the process
# (classes, functions, tables) and no garbage: collect nothing meanwhile, and keep them out
# of later collections (`gc.freeze`).
gc.disable()
from ferric.cli.main import main  # noqa: E402

gc.freeze()
gc.enable()
raise SystemExit(main())
