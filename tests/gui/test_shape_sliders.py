"""The face sliders in the studio: shown under their category's parts, limits from the pack, stored in
the design, undoable; the head tilt in the pose panel; a disabled slider rests at its neutral value."""

import shutil
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from support import MINI_PACK

from avatarstudio.core.compose import compose
from avatarstudio.core.heads import HeadPose
from avatarstudio.gui.panels.shape import STEPS

EXTRA = """
[sliders.eye_size]
label = "Eye size"
label_ja = "目の大きさ"
range = [0.5, 1.5]
effects = [{ layers = ["eyes"], scale = "both", about = [[432, 500], [592, 500]] }]

[sliders.eye_spacing]
label = "Eye spacing"
range = [-30, 30]
effects = [{ layers = ["eyes"], spread = 1, about = [[432, 500], [592, 500]] }]

[sliders.hat_height]
label = "Hat height"
range = [-20, 40]
effects = [{ layers = ["hat"], move = [0, 1] }]

[pose]
pivot = [512, 700]
layers = ["face", "eyes", "hat"]
tilt = [-15, 15]
random_tilt = [0, 0]
"""


@pytest.fixture
def mini_pack(tmp_path):
    """The mini pack with face sliders and a head pose (make_window draws with this pack)."""
    from avatarstudio.core.pack import load_pack

    folder = tmp_path / "shaped"
    shutil.copytree(MINI_PACK, folder)
    manifest = folder / "pack.toml"
    manifest.write_text(manifest.read_text() + EXTRA)
    return load_pack(folder)


def design_with(mini_pack, **parts):
    from avatarstudio.core.generate import generate

    design = generate(mini_pack, "shape-test")
    return replace(design, parts={**design.parts, "eyes": "dots", "hat": "cap", **parts})


def test_category_shows_its_sliders_with_the_pack_limits(make_window, mini_pack):
    window = make_window(design_with(mini_pack))
    window.layers.show_category("eyes")
    shape = window.layers.shape
    assert [r.id for r in shape.rows] == ["eye_size", "eye_spacing"]
    assert shape.labels["eye_size"].text() == "Eye size"
    assert shape.values["eye_size"].text() == "100%" and shape.values["eye_spacing"].text() == "+0"
    assert shape.rows[0].range == (0.5, 1.5)  # from the pack, not from the GUI
    assert shape.sliders["eye_size"].value() == STEPS // 2  # neutral 1.0 sits in the middle of 0.5-1.5
    window.layers.show_category("accessories")
    assert [r.id for r in window.layers.shape.rows] == ["hat_height"]


def test_slider_drag_is_one_undo_step_stored_in_the_design(make_window, mini_pack, qtbot):
    window = make_window(design_with(mini_pack))
    window.layers.show_category("eyes")
    slider = window.layers.shape.sliders["eye_size"]
    before = window.doc.design
    index = window.doc.stack.index()
    slider.setSliderDown(True)
    for raw in (70, 80, STEPS):
        slider.setValue(raw)
    slider.setSliderDown(False)
    slider.sliderReleased.emit()
    assert window.doc.design.sliders == {"eye_size": 1.5}
    assert window.layers.shape.values["eye_size"].text() == "150%"
    assert window.doc.stack.index() == index + 1  # the whole drag is one step
    assert compose(mini_pack, window.doc.design) != compose(mini_pack, before)
    window.doc.stack.undo()
    assert window.doc.design.sliders == {}
    assert slider.value() == STEPS // 2


def test_keyboard_steps_and_reset(make_window, mini_pack, qtbot):
    window = make_window(design_with(mini_pack))
    window.layers.show_category("eyes")
    shape = window.layers.shape
    slider, reset = shape.sliders["eye_spacing"], shape.resets["eye_spacing"]
    assert not reset.isEnabled()  # nothing to reset at neutral
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert window.doc.design.sliders["eye_spacing"] == pytest.approx(1.0)  # 60 px over 120 steps
    assert window.doc.stack.index() == 2
    assert reset.isEnabled()
    reset.click()
    assert window.doc.design.sliders == {}
    assert shape.values["eye_spacing"].text() == "+0" and not reset.isEnabled()


def test_disabled_slider_rests_at_its_neutral_value(make_window, mini_pack):
    design = design_with(mini_pack, hat=None).with_slider("hat_height", 30)
    window = make_window(design)
    window.layers.show_category("accessories")
    shape = window.layers.shape
    slider = shape.sliders["hat_height"]
    assert not slider.isEnabled() and not shape.labels["hat_height"].isEnabled()
    # neutral 0 in -20..40 is a third of the way along, not the far left; the number says 0
    assert slider.value() == STEPS // 3 and shape.values["hat_height"].text() == "+0"
    window.layers.choose_part("hat", "cap")
    assert slider.isEnabled() and shape.values["hat_height"].text() == "+30"


def test_head_tilt_in_the_pose_panel(make_window, mini_pack, qtbot):
    window = make_window(replace(design_with(mini_pack), head_pose=HeadPose()))
    window.layers.show_category("pose")
    head = window.adjust.head
    assert [r.id for r in head.rows] == ["head_tilt"] and head.rows[0].range == (-15, 15)
    slider = head.sliders["head_tilt"]
    assert slider.value() == STEPS // 2 and head.values["head_tilt"].text() == "+0.0°"
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_End)
    assert window.doc.design.head_pose.tilt == 15
    assert head.values["head_tilt"].text() == "+15.0°"
    window.doc.stack.undo()
    assert window.doc.design.head_pose.tilt == 0


def test_slider_labels_follow_the_language(make_window, mini_pack, qtbot):
    window = make_window(design_with(mini_pack))
    window.layers.show_category("eyes")
    labels = window.layers.shape.labels
    try:
        window.set_language("ja")
        qtbot.waitUntil(lambda: labels["eye_size"].text() == "目の大きさ", timeout=2000)
        assert window.adjust.head.labels["head_tilt"].text() == "頭の傾き"
    finally:
        window.set_language("en")
    qtbot.waitUntil(lambda: labels["eye_size"].text() == "Eye size", timeout=2000)


def test_pose_panel_opens_on_a_part_it_can_move(make_window, mini_pack):
    window = make_window(design_with(mini_pack))
    window.state.select_layer("eyes")  # drawn where the artist put it: the position sliders are fixed
    window.layers.show_category("pose")
    assert window.state.layer == "face" and window.adjust.layer_combo.currentText() != ""
    assert window.adjust.sliders["x"].isEnabled()
