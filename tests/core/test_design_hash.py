"""Designs are values: equal designs hash alike, so GUI caches key on the design, not on id()."""

from avatarstudio.core import design as design_io


def test_designs_are_hashable_by_value(mini_pack):
    from dataclasses import replace

    from avatarstudio.core.design import Transform
    from avatarstudio.core.generate import generate

    a = generate(mini_pack, "hash")
    b = design_io.loads(design_io.dumps(a))
    assert a is not b and a == b and hash(a) == hash(b)
    cache = {a: "image"}
    assert cache[b] == "image"
    changed = [
        a.with_colour(next(iter(a.colours)), "#010203"),
        a.with_transform(next(iter(a.parts)), Transform(x=3)),
        replace(a, expression="wink"),
    ]
    assert all(c != a and c not in cache for c in changed)
