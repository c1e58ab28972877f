"""`python -m ferric` is the `ferric` command."""

from ferric.cli.main import main

raise SystemExit(main())
