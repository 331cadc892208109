"""The pure core of briefbook: reading, cleaning and analysis. It never imports Textual."""
