"""Rule packs and lexicons shipped with factlint (TOML data; see packs/ and lexicon/)."""
