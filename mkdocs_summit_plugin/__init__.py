"""mkdocs-summit: Arabic news articles in, a right-to-left fact-check site of claims out."""

__version__ = "0.1.0"
