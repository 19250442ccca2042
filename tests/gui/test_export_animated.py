"""The export preview plays animated stickers and emoji: the frames the export writes, at their delays,
on a light and a dark chat (emoji at the sizes they show in text), as many loops as the platform plays
them, then the first frame; a click replays."""

from PySide6.QtCore import Qt

from avatarstudio.gui.export_preview import (
    CHAT_DARK,
    CHAT_LIGHT,
    EMOJI_COUNT,
    EMOJI_TEXT_PX,
    STICKER_COUNT,
    ChatAnimation,
)


def line_preview(make_window, qtbot):
    """The export dialog's preview of LINE, drawn; and LINE's platform data."""
    window = make_window()
    dialog = window.export_dialog()
    dialog.set_selected(["line"])
    dialog.tabs.setCurrentWidget(dialog.preview)
    qtbot.waitUntil(lambda: dialog.preview.worker is None, timeout=60000)
    assert not dialog.preview._failed_message
    return dialog, window.platforms["line"]


def assert_timed_as(animations, target) -> None:
    """Each plays the preset's frames at its delays and loops, and moves."""
    assert all(isinstance(a, ChatAnimation) for a in animations)
    for animation in animations:
        assert len(animation.frames) == target.extra["frames"] == len(animation.delays)
        assert sum(animation.delays) == target.extra["duration_ms"]
        assert animation.loops == target.extra["loops"]
        images = [f.toImage() for f in animation.frames]
        assert any(a != b for a, b in zip(images, images[1:], strict=False))  # it moves


def assert_plays_its_loops_then_rests(animation, qtbot) -> None:
    animation.play()  # from its first frame (it has been playing since it was shown)
    assert animation.playing()
    for _ in range(animation.loops * len(animation.frames) - 1):
        animation._next()  # what the timer does at each delay
        assert animation.playing()
    animation._next()
    assert not animation.playing()  # played its loops, like a chat: rests on the first frame
    assert animation.pixmap().toImage() == animation.frames[0].toImage()
    qtbot.mouseClick(animation, Qt.MouseButton.LeftButton)
    assert animation.playing() and animation.index == 0
    qtbot.waitUntil(lambda: animation.index > 0, timeout=5000)  # the timer moves it on by itself


def test_animated_stickers_play_at_chat_size_on_light_and_dark(make_window, qtbot):
    dialog, line = line_preview(make_window, qtbot)
    animated = [label for kind, label in dialog.preview.shown if kind == "animated"]
    assert len(animated) == 2 * STICKER_COUNT
    assert_timed_as(animated, line.targets["animated_stickers"])
    grounds = {a.frames[0].toImage().pixelColor(1, 1).name() for a in animated}
    assert grounds == {CHAT_LIGHT, CHAT_DARK}
    assert_plays_its_loops_then_rests(animated[0], qtbot)
    dialog.close()


def test_animated_emoji_play_at_text_sizes_on_light_and_dark(make_window, qtbot):
    dialog, line = line_preview(make_window, qtbot)
    animated = [label for kind, label in dialog.preview.shown if kind == "animated_emoji"]
    assert len(animated) == EMOJI_COUNT * len(EMOJI_TEXT_PX) * 2
    assert_timed_as(animated, line.targets["animated_emoji"])
    # at the sizes the still emoji show at, each on a light and a dark chat
    sides = {(a.frames[0].width() - 16, a.frames[0].toImage().pixelColor(1, 1).name()) for a in animated}
    assert sides == {(px, ground) for px in EMOJI_TEXT_PX for ground in (CHAT_LIGHT, CHAT_DARK)}
    assert_plays_its_loops_then_rests(animated[0], qtbot)
    dialog.close()
