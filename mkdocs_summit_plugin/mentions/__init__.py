"""Stage 3: mentions: the quantities, statements and event-format facts found in an article's sentences."""
