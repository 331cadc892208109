"""The widgets of the main screen, one area each."""
