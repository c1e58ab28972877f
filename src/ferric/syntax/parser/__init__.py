"""syntax/parser package."""
