"""The editors' side: overrides from claims.yml, the consistency check, evaluation against a reference."""
