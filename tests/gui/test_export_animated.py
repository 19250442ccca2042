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


def test_animated_stickers_play_at_chat_size_on_light_and_dark(make_window, qtbot):
    window = make_window()
    dialog = window.export_dialog()
    dialog.set_selected(["line"])
    dialog.tabs.setCurrentWidget(dialog.preview)
    preview = dialog.preview
    qtbot.waitUntil(lambda: preview.worker is None, timeout=60000)
    animated = [label for kind, label in preview.shown if kind == "animated"]
    assert len(animated) == 2 * STICKER_COUNT and all(isinstance(a, ChatAnimation) for a in animated)
    target = window.platforms["line"].targets["animated_stickers"]
    for sticker in animated:
        assert len(sticker.frames) == target.extra["frames"]
        assert sum(sticker.delays) == target.extra["duration_ms"] and sticker.loops == target.extra["loops"]
        images = [f.toImage() for f in sticker.frames]
        assert any(a != b for a, b in zip(images, images[1:], strict=False))  # it moves
    grounds = {a.frames[0].toImage().pixelColor(1, 1).name() for a in animated}
    assert grounds == {CHAT_LIGHT, CHAT_DARK}

    sticker = animated[0]
    sticker.play()  # from its first frame (it has been playing since it was shown)
    assert sticker.playing()
    for _ in range(sticker.loops * len(sticker.frames) - 1):
        sticker._next()  # what the timer does at each delay
        assert sticker.playing()
    sticker._next()
    assert not sticker.playing()  # played its loops, like a chat: rests on the first frame
    assert sticker.pixmap().toImage() == sticker.frames[0].toImage()
    qtbot.mouseClick(sticker, Qt.MouseButton.LeftButton)
    assert sticker.playing() and sticker.index == 0
    qtbot.waitUntil(lambda: sticker.index > 0, timeout=5000)  # the timer moves it on by itself
    dialog.close()


def test_animated_emoji_play_at_text_sizes_on_light_and_dark(make_window, qtbot):
    window = make_window()
    dialog = window.export_dialog()
    dialog.set_selected(["line"])
    dialog.tabs.setCurrentWidget(dialog.preview)
    preview = dialog.preview
    qtbot.waitUntil(lambda: preview.worker is None, timeout=60000)
    assert not preview._failed_message
    animated = [label for kind, label in preview.shown if kind == "animated_emoji"]
    assert len(animated) == EMOJI_COUNT * len(EMOJI_TEXT_PX) * 2
    assert all(isinstance(a, ChatAnimation) for a in animated)
    target = window.platforms["line"].targets["animated_emoji"]
    for emoji in animated:
        assert len(emoji.frames) == target.extra["frames"] == len(emoji.delays)
        assert sum(emoji.delays) == target.extra["duration_ms"] and emoji.loops == target.extra["loops"]
        images = [f.toImage() for f in emoji.frames]
        assert any(a != b for a, b in zip(images, images[1:], strict=False))  # it moves
    # at their real sizes (the still emoji's), each on a light and a dark chat
    sides = {(a.frames[0].width() - 16, a.frames[0].toImage().pixelColor(1, 1).name()) for a in animated}
    assert sides == {(px, ground) for px in EMOJI_TEXT_PX for ground in (CHAT_LIGHT, CHAT_DARK)}

    emoji = animated[0]
    emoji.play()
    for _ in range(emoji.loops * len(emoji.frames) - 1):
        emoji._next()
        assert emoji.playing()
    emoji._next()
    assert not emoji.playing()  # played its loops: rests on the first frame
    assert emoji.pixmap().toImage() == emoji.frames[0].toImage()
    qtbot.mouseClick(emoji, Qt.MouseButton.LeftButton)
    assert emoji.playing() and emoji.index == 0
    dialog.close()
