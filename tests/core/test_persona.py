"""Persona generation: seeded, lockable, platform-valid handles, theme from the design, no real data."""

import re
from dataclasses import replace
from pathlib import Path

import pytest

from avatarstudio.core import persona as P
from avatarstudio.core.colour import hls
from avatarstudio.core.design import Persona
from avatarstudio.core.generate import generate


@pytest.fixture
def designs(mini_pack):
    return [generate(mini_pack, f"seed-{i}") for i in range(60)]


def test_same_design_same_persona(mini_pack, designs):
    for d in designs[:10]:
        assert P.generate_persona(d, mini_pack) == P.generate_persona(d, mini_pack)


def test_personas_vary(mini_pack, designs):
    names = {P.generate_persona(d, mini_pack).display_name for d in designs}
    handles = {P.generate_persona(d, mini_pack).handle for d in designs}
    assert len(names) > 30 and len(handles) > 40


def test_fits_design_persona_type(mini_pack, designs):
    p = P.generate_persona(designs[0], mini_pack)
    assert isinstance(p, Persona) and isinstance(p.tags, tuple) and p.language in ("ja", "en")
    assert re.fullmatch(r"#[0-9a-f]{6}", p.theme)


def test_handles_valid_on_every_platform(mini_pack):
    for i in range(400):
        d = generate(mini_pack, i)
        for lang in ("ja", "en"):
            handle = P.generate_persona(d, mini_pack, language=lang).handle
            assert P.canonical_handle_ok(handle), handle
            for platform in P.HANDLE_RULES:
                assert P.handle_valid(platform, P.handle_for(platform, handle)), (platform, handle)


def test_language_scripts(mini_pack, designs):
    kana = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
    for d in designs[:20]:
        ja = P.generate_persona(d, mini_pack, language="ja")
        en = P.generate_persona(d, mini_pack, language="en")
        assert kana.search(ja.display_name) and kana.search(ja.bio)
        assert ja.handle.isascii()
        assert en.display_name.isascii() and en.bio.isascii()


def test_lock_keeps_fields_and_reroll_changes_others(mini_pack, designs):
    d = replace(designs[0], persona=P.generate_persona(designs[0], mini_pack, language="ja"))
    changed = 0
    for k in range(10):
        p = P.generate_persona(d, mini_pack, seed=f"reroll-{k}", keep=("display_name", "language"))
        assert p.display_name == d.persona.display_name and p.language == "ja"
        changed += p.handle != d.persona.handle
    assert changed >= 5
    with pytest.raises(ValueError):
        P.generate_persona(d, mini_pack, keep=("email",))


def test_changing_one_key_does_not_reshuffle_others(mini_pack, designs):
    # Keys are independent: the bio template does not depend on the handle style and vice versa.
    d = designs[3]
    a = P.generate_persona(d, mini_pack, language="ja")
    b = P.generate_persona(d, mini_pack, language="ja")
    assert (a.handle, a.bio, a.tags) == (b.handle, b.bio, b.tags)


def test_theme_comes_from_design_colours(mini_pack, designs):
    for d in designs[:20]:
        theme = P.generate_persona(d, mini_pack).theme
        hues = [hls(c)[0] for c in d.colours.values()]
        assert any(min(abs(hls(theme)[0] - h), 1 - abs(hls(theme)[0] - h)) < 0.02 for h in hues)


def test_no_real_data_or_random(mini_pack, designs, monkeypatch):
    before = P.generate_persona(designs[1], mini_pack)
    monkeypatch.setenv("USER", "taro.yamada")
    monkeypatch.setenv("HOME", "/home/taro.yamada")
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    assert P.generate_persona(designs[1], mini_pack) == before
    source = Path(P.__file__).read_text(encoding="utf-8")
    assert "import random" not in source and "getpass" not in source and "os.environ" not in source


def test_generated_text_has_font_coverage(mini_pack, designs):
    from avatarstudio.export import fonts

    texts = set(P.all_display_names("ja")) | set(P.all_display_names("en"))
    for d in designs[:30]:
        for lang in ("ja", "en"):
            p = P.generate_persona(d, mini_pack, language=lang)
            texts |= {p.bio, *p.tags}
    for text in texts:
        assert fonts.clean(text) == " ".join(text.split()), text


def test_with_persona_returns_new_design(mini_pack, designs):
    d = P.with_persona(designs[0], mini_pack, language="en")
    assert d.persona.language == "en" and designs[0].persona == Persona()
