"""Type inference: the inference context (variables, snapshots) and relating types."""
