"""ferric fmt: rustfmt's default style, ported (`api.format_source`, the `ferric fmt` command in `cli`)."""
