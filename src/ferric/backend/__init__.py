"""Back ends: turning a checked program into something that runs."""
