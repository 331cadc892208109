"""The Textual user interface of briefbook."""
