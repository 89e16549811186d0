"""Stage 1: read articles: files and folders, encodings, front matter, the problems found on the way."""
