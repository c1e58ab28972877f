"""The cargo workflow: packages (Cargo.toml), `new`/`init`, and `build`/`run`/`check`/`test`/`clean` on them."""
