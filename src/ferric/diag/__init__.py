"""Diagnostics as data: Diagnostic/Label/Suggestion, the collector, renderers and error codes."""
