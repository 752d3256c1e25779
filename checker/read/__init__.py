"""Read stage: files → Documents (decoded text plus metadata, and the normalized text every stage reads).

The package itself imports nothing: `checker.models` builds a Document's normalized text with
`checker.read.normalize`, and `checker.read.files` builds Documents (import from the modules).
"""
