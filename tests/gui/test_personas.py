"""The studio's persona switcher: fresh New, the library, the link warning on save, design codes."""

from dataclasses import replace

from avatarstudio.core.designcode import encode_design
from avatarstudio.core.generate import generate
from avatarstudio.core.persona import with_persona


def _switcher(window):
    warnings = []
    window.personas.show_warning = lambda title, text: warnings.append(text)
    return window.personas, warnings


def test_new_takes_a_fresh_seed_each_time_and_it_reproduces(make_window, mini_pack):
    window = make_window()
    seeds = set()
    for _ in range(3):
        window.new_design()
        design = window.doc.design
        seeds.add(design.seed)
        assert generate(mini_pack, design.seed) == design  # the recorded seed makes it again
    assert len(seeds) == 3 and all(len(s) == 20 for s in seeds)


def test_save_switch_and_link_warning(make_window, mini_pack, tmp_path):
    window = make_window(design=with_persona(generate(mini_pack, "first"), mini_pack, language="en"))
    switcher, warnings = _switcher(window)
    first = switcher.save_to_library()
    assert warnings == [] and switcher.combo.count() == 2
    # A second persona that copies the first one's look and handle stem.
    copy = replace(
        window.doc.design,
        seed="second",
        persona=replace(
            window.doc.design.persona, display_name="Other", handle=first.design.persona.handle + "2"
        ),
    )
    window.doc.reset(copy)
    switcher.current_id = None
    second = switcher.save_to_library()
    assert second.id != first.id and len(warnings) == 1
    assert first.name in warnings[0] and "palette" in warnings[0] and "stem" in warnings[0]
    # Switching opens the other persona's design.
    index = switcher.combo.findData(first.id)
    switcher.combo.setCurrentIndex(index)
    switcher._on_activated(index)
    assert window.doc.design == first.design and switcher.current_id == first.id


def test_import_design_code(make_window, mini_pack):
    window = make_window()
    switcher, warnings = _switcher(window)
    target = generate(mini_pack, "from-a-code")
    code = encode_design(target)
    before = window.doc.design
    assert not switcher.import_code(code[:-2] + ("00" if code[-2:] != "00" else "11"))
    assert window.doc.design == before and "mistyped" in make_window.errors[-1]
    assert switcher.import_code(code)
    assert window.doc.design == target
    window.doc.stack.undo()
    assert window.doc.design == before
    assert switcher.copy_code() == encode_design(before)


def test_export_dialog_shows_generated_persona_values_before_writing(make_window, mini_pack, qtbot):
    from avatarstudio.core.design import Persona
    from avatarstudio.gui.export_dialog import ExportDialog

    design = replace(
        generate(mini_pack, "kaede"), persona=Persona(display_name="Kaede", bio="Rainy streets.")
    )
    window = make_window(design=design)
    dialog = ExportDialog(window.doc, window.platforms, window.settings, window)
    qtbot.addWidget(dialog)
    dialog.kit.setChecked(True)
    dialog.update_plan()
    lines = dialog.file_texts()
    generated = [line for line in lines if line.startswith("Generated ")]
    assert {line.split(":")[0] for line in generated} == {
        "Generated handle",
        "Generated tags",
        "Generated theme",
    }
    assert any("@" not in line and "kaede" in line for line in generated)  # the handle comes from her name
    assert not any("Kaede" in line or "Rainy" in line for line in generated)  # her words are not regenerated


def test_the_dice_takes_a_fresh_seed_not_one_derived_from_the_design(make_window, mini_pack):
    start = generate(mini_pack, "kaede")  # a meaningful seed must not lead to guessable new avatars
    first, second = make_window(design=start), make_window(design=start)
    first.generate.randomise_all()
    second.generate.randomise_all()
    a, b = first.doc.design, second.doc.design
    assert a.seed != b.seed and len(a.seed) == 20 and "kaede" not in a.seed
