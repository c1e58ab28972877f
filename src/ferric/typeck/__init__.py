"""Type checking of bodies: inference, coercion, method lookup, patterns, closures, and the results tables."""
