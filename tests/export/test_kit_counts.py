"""``kit --stickers N`` sizes every still sticker set, and the animated sets only with ``--animated``."""

import pytest

from avatarstudio.core.errors import ExportError
from avatarstudio.core.generate import generate
from avatarstudio.core.pack import load_pack
from avatarstudio.core.presets import load_all
from avatarstudio.export.chibi import load_figure_kit
from avatarstudio.export.kit import check_sticker_request, ensure_persona, planned_files
from tests.conftest import MINI_PACK


@pytest.fixture(scope="module")
def pack():
    return load_pack(MINI_PACK)


@pytest.fixture(scope="module")
def design(pack):
    return ensure_persona(pack, generate(pack, "counts-1"))[0]


def _check(pack, design, platform_ids, count, animated):
    platforms = load_all()
    chosen = [platforms[p] for p in platform_ids]
    check_sticker_request(load_figure_kit(pack), chosen, count, {}, animated)


def _members(plan, name):
    return [m for m in dict(plan)[name] if m[:2].isdigit()]


def test_line_40_still_stickers_are_accepted_without_animated(pack, design):
    _check(pack, design, ["line"], 40, animated=False)  # the animated set (8/16/24) is not built
    plan = planned_files(pack, design, load_all()["line"], 40)
    assert len(_members(plan, "line-stickers.zip")) == 40
    assert "line-animated-stickers.zip" not in dict(plan)


def test_animated_sets_take_the_asked_count_when_they_allow_it(pack, design):
    _check(pack, design, ["line"], 16, animated=True)
    plan = dict(planned_files(pack, design, load_all()["line"], 16, animated=True))
    zips = [name for name in plan if name.endswith(".zip") and "stickers" in name]
    assert len(zips) == 2  # the still and the animated set, both of 16
    assert all(len(_members(list(plan.items()), name)) == 16 for name in zips)


def test_animated_set_refuses_a_count_it_cannot_take_naming_itself(pack, design):
    with pytest.raises(ExportError) as err:
        _check(pack, design, ["line"], 40, animated=True)
    text = str(err.value)
    assert "line animated stickers: 40" in text and "8, 16 or 24" in text and "--animated" in text
    assert "line stickers:" not in text  # the still set takes 40


def test_all_platforms_name_each_set_that_cannot_take_the_count(pack, design):
    ids = sorted(load_all())
    with pytest.raises(ExportError) as err:
        _check(pack, design, ids, 2, animated=False)
    text = str(err.value)
    assert "line stickers: 2" in text and "whatsapp stickers: 2" in text
    assert "telegram" not in text and "discord" not in text  # 2 is a count they take
    _check(pack, design, ids, 40, animated=False)


def test_cli_exit_2_names_the_animated_set(tmp_path, capsys):
    from avatarstudio.cli import main

    out = tmp_path / "k"
    rc = main(["kit", "--seed", "x", "--platform", "all", "--stickers", "40", "--animated", "-o", str(out)])
    err = capsys.readouterr().err
    assert rc == 2 and "line animated stickers: 40" in err and "8, 16 or 24" in err
    assert "Traceback" not in err and not out.exists()
