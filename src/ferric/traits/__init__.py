"""Trait solving: obligations, selection, projection normalization, fulfillment, errors."""
