"""The screens: the main book, and the full-screen search, keys and matrix views."""
