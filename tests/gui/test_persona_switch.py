"""Switching persona replaces the document the way opening a file does (MainWindow.reset_design):
fresh undo history, the persona's own locks and framing, an unmodified title."""

from dataclasses import replace

from avatarstudio.core.design import Framing
from avatarstudio.core.generate import generate
from avatarstudio.core.persona import with_persona


def test_switching_persona_behaves_like_opening_a_file(make_window, mini_pack):
    first = with_persona(generate(mini_pack, "first"), mini_pack, language="en")
    window = make_window(design=first)
    switcher = window.personas
    switcher.show_warning = lambda title, text: None
    window.state.set_layer_locked("eyes", True)
    window.doc.push(window.doc.design.with_framing("x:avatar", Framing(1.5, 10, 0)), "frame")
    saved = switcher.save_to_library()
    assert saved.design.locked_layers == {"eyes"}  # the library keeps the locks, as a saved file does

    second = replace(
        with_persona(generate(mini_pack, "second"), mini_pack, language="en"),
        locked_slots=frozenset({"skin"}),
    )
    window.reset_design(second)
    switcher.current_id = None
    other = switcher.save_to_library()
    window.doc.push(window.doc.design.with_colour("skin", "#123456"), "skin")  # switching drops this step
    assert window.doc.stack.count() == 1

    assert switcher.open_persona(saved.id)
    assert window.doc.stack.count() == 0 and not window.doc.modified  # fresh history, like File > Open
    assert window.state.locked_layers == {"eyes"} and window.state.locked_slots == set()
    assert window.doc.design.framing_for("x:avatar") == Framing(1.5, 10, 0)
    assert first.persona.display_name in window.windowTitle() and not window.isWindowModified()

    assert switcher.open_persona(other.id)
    assert window.state.locked_layers == set() and window.state.locked_slots == {"skin"}
    assert window.doc.design.framing == {} and second.persona.display_name in window.windowTitle()
