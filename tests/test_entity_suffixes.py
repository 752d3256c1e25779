"""Names read from a company suffix (`Acme Corp`, `Northwind Group`): the suffix's own name, never
a determiner before it."""

import pytest

from checker.link.entities import suffixed_names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Revenue at Northwind Group rose 4% to $3bn.", ["Northwind"]),
        ("The Contoso Pacific Group said sales fell.", ["Contoso Pacific"]),
        ("Contoso Holdings and Fabrikam Inc. both reported.", ["Contoso", "Fabrikam"]),
        ("The Group's passenger revenue fell 40% to $2bn.", []),
        ("Its Group revenue fell.", []),
        ("the Company said profit rose 8%.", []),
    ],
)
def test_suffixed_names(text, names):
    assert [name for _, _, name in suffixed_names(text, "en")] == names
