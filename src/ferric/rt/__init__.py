"""The runtime support library that generated Python programs call (pure Python, imports nothing from the compiler)."""
