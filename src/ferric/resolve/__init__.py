"""Name resolution: definitions, the module tree, imports, and what every path names."""
