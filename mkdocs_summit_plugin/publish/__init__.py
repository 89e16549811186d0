"""Stage 6: publish: claims.json, the CSV export, the site's pages, navigation and search."""
