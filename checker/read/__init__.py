"""Read stage: files → Documents (decoded text plus metadata)."""
from checker.read.files import ARTICLE_SUFFIXES, iter_documents, read_paths

__all__ = ["ARTICLE_SUFFIXES", "iter_documents", "read_paths"]
