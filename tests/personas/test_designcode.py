"""Design codes round-trip for 2,000 seeds; a mistyped or tampered code is refused."""

from dataclasses import replace

import pytest

from avatarstudio.core import designcode as DC
from avatarstudio.core.design import Persona
from avatarstudio.core.errors import DesignError
from avatarstudio.core.generate import generate
from avatarstudio.core.persona import with_persona


def test_round_trip_2000_seeds(mini_pack):
    for i in range(2000):
        d = generate(mini_pack, f"code-{i}")
        code = DC.encode_design(d)
        back, warning = DC.for_pack(DC.decode_design(code), mini_pack)
        assert warning is None and back == d, i


def test_persona_text_only_when_asked(mini_pack):
    d = with_persona(generate(mini_pack, "p"), mini_pack)
    plain, full = (
        DC.decode_design(DC.encode_design(d)),
        DC.decode_design(DC.encode_design(d, with_persona=True)),
    )
    assert plain.persona == Persona() and full.persona == d.persona
    assert d.persona.handle not in DC.encode_design(d)


def test_every_single_character_change_is_refused(mini_pack):
    code = DC.encode_design(generate(mini_pack, "tamper"))
    body_positions = [i for i, c in enumerate(code) if c != "-" and i > 3]
    for i in body_positions:
        for new in ("0", "Z"):
            changed = code[:i] + new + code[i + 1 :]
            if DC.normalise(changed) == DC.normalise(code):
                continue
            with pytest.raises(DesignError, match="mistyped|damaged"):
                DC.decode_design(changed)


def test_bad_codes_have_clear_messages(mini_pack):
    code = DC.encode_design(generate(mini_pack, "x"))
    for bad, words in (
        ("hello", "start with 'AS1-'"),
        ("AS9-" + code[4:], "format 9"),
        (code + "U", "never has: U"),
        (code[:-3], "mistyped"),
    ):
        with pytest.raises(DesignError, match=words):
            DC.decode_design(bad)
    assert DC.decode_design(code.lower().replace("-", " ")) == DC.decode_design(
        code
    )  # forgiving of case/spaces


def test_other_pack_is_named(mini_pack):
    d = replace(generate(mini_pack, "x"), pack_hash="0" * 64)
    _, warning = DC.for_pack(DC.decode_design(DC.encode_design(d)), mini_pack)
    assert warning and "made with pack" in warning


def test_qr_code_holds_the_code(mini_pack):
    code = DC.encode_design(generate(mini_pack, "qr"))
    img = DC.qr_image(code, scale=2)
    assert img.size[0] == img.size[1] and img.size[0] > 50
    import numpy as np

    assert set(np.unique(np.asarray(img)).tolist()) == {0, 255}


def test_per_platform_handles_are_optional_in_the_design_file(mini_pack):
    from avatarstudio.core import design as design_io

    d = with_persona(generate(mini_pack, "h"), mini_pack)
    assert "handles" not in design_io.dumps(d)  # files without them are written exactly as before
    own = replace(d, persona=replace(d.persona, handles=(("bluesky", "me-art"), ("x", "me_x"))))
    back = design_io.loads(design_io.dumps(own))
    assert back.persona.handle_on("bluesky") == "me-art" and back == own
    assert DC.decode_design(DC.encode_design(own, with_persona=True)).persona.handles == own.persona.handles
