"""Batch specs are checked against their schema before any work: exit 2 naming file, row and field,
never a traceback (a hypothesis property feeds random shapes), BOMs accepted, FIFOs and devices
refused, duplicate output names refused, report.json true to what is on disk."""

from __future__ import annotations

import json
import os
import threading

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import MINI_PACK

from avatarstudio.cli import main
from avatarstudio.core.errors import AvatarStudioError
from avatarstudio.export.batch import MAX_ROWS, SpecError, read_spec


def batch(tmp_path, spec_name: str, text: str | bytes, *extra: str) -> int:
    spec = tmp_path / spec_name
    spec.write_bytes(text if isinstance(text, bytes) else text.encode())
    return main(
        ["batch", str(spec), "-o", str(tmp_path / "out"), "-j", "1", "-q", "--pack", str(MINI_PACK), *extra]
    )


BAD_SPECS = [
    ("spec.toml", "seeds = {from = 1}\n", "'seeds.count' must be a whole number"),
    ("spec.toml", "seeds = {from = 1, count = 10000000000}\n", "'seeds.count' must be from 1 to"),
    ("spec.toml", "seeds = {from = 'a', count = 2}\n", "'seeds.from' must be a whole number"),
    ("spec.toml", "seeds = {start = 1, count = 2}\n", "unknown key 'start'"),
    ("spec.toml", "seeds = 5\n", "'seeds' must be a list"),
    ("spec.toml", "rows = 5\n", "'rows' must be a list of tables"),
    ("spec.toml", "presets = 5\nseeds = [1]\n", "'presets' must be a list"),
    ("spec.toml", "presets = [5]\nseeds = [1]\n", "'presets' entry must be text"),
    (
        "spec.toml",
        "presets = ['x']\nrows = [{seed = 1, expression = ['a']}]\n",
        "row 1: 'expression' must be text",
    ),
    (
        "spec.toml",
        "presets = ['x']\nrows = [{seed = 1, expression = 'grin'}]\n",
        "row 1: 'expression': 'grin'",
    ),
    ("spec.toml", "presets = ['x']\nrows = [{seed = 1, presentation = 'robot'}]\n", "row 1: 'presentation'"),
    ("spec.toml", "presets = ['x']\nrows = [{seed = 1, colour = 'red'}]\n", "row 1: unknown field 'colour'"),
    ("spec.toml", "presets = ['x']\nrows = [{seed = true}]\n", "row 1: 'seed' must be text"),
    ("spec.toml", "presets = ['x']\nrows = [{seed = {a = 1}}]\n", "row 1: 'seed' must be text"),
    ("spec.toml", "presets = ['x']\nrows = [{seed = 1, design = 'a.json'}]\n", "row 1: give exactly one"),
    ("spec.toml", "presets = ['x']\nrows = [{name = 'n'}]\n", "row 1: give exactly one"),
    ("spec.toml", "presets = ['x']\nrows = [1, 'a']\n", "row 1: must be a table"),
    ("spec.toml", "presets = ['myspace']\nseeds = [1]\n", "row 1: 'presets': unknown platform 'myspace'"),
    ("spec.toml", "seeds = [1]\n", "row 1: 'presets': none given"),
    (
        "spec.toml",
        "presets = ['x']\nrows = [{seed = 1, name = 'a'}, {seed = 2, name = 'A'}]\n",
        "row 2: writes to folder 'A' like row 1",
    ),
    ("spec.toml", "presets = ['x']\nrows = [{seed = 'a b'}, {seed = 'a-b'}]\n", "row 2: writes to folder"),
    (
        "spec.toml",
        "presets = ['x']\nrows = [{seed = 1, name = \"a\\u202eb\"}]\n",
        "row 1: 'name' holds control or bidi",
    ),
    ("spec.toml", "a" + ".a" * 30000 + " = 1\n", "dotted key"),
    ("spec.toml", "x = " + "[" * 5000 + "]" * 5000 + "\n", "nests deeper"),
    ("spec.toml", "persona = [\n", "not valid TOML"),
    ("spec.toml", "bogus = 1\nseeds = [1]\npresets=['x']\n", "unknown key 'bogus'"),
    ("spec.toml", b"\xff\xfe\x00", "not UTF-8"),
    ("spec.json", '"just a string"', "must be a table (or a list of rows), not str"),
    ("spec.json", "5", "not int"),
    ("spec.json", "[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ("spec.json", '{"rows": [{"seed": NaN}], "presets": ["x"]}', "not valid JSON"),
    ("spec.json", '{"rows": [{"seed": 1e400}], "presets": ["x"]}', "row 1: 'seed' must be text"),
    ("spec.json", '{"rows": {"seed": 1}}', "'rows' must be a list"),
    ("spec.json", '[{"seed": "1", "presets": {"x": 1}}]', "row 1: 'presets' must be a list"),
    ("spec.json", "{not json", "not valid JSON"),
    ("spec.csv", "name,seed,presets\na,1,x\nb,,x\n", "row 2: give exactly one"),
    ("spec.csv", "seed,presets\n1,x,extra\n", "row 1: has more cells"),
    ("spec.csv", "seed,presets,colour\n1,x,red\n", "row 1: unknown field 'colour'"),
    ("spec.yaml", "seeds: 1", "must be a .toml, .json or .csv"),
]


@pytest.mark.parametrize("name, text, words", BAD_SPECS, ids=[f"{i}-{b[0]}" for i, b in enumerate(BAD_SPECS)])
def test_bad_spec_exits_2_naming_file_row_and_field(tmp_path, capsys, name, text, words):
    assert batch(tmp_path, name, text) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert name in err and words in err, err
    assert not (tmp_path / "out").exists(), "nothing may be done for a bad spec"


def test_every_shape_error_is_listed_at_once(tmp_path, capsys):
    rows = ", ".join(f"{{seed = {i}, colour = 'x'}}" for i in range(30))
    assert batch(tmp_path, "spec.toml", f"presets = ['x']\nrows = [{rows}]\n") == 2
    lines = [line for line in capsys.readouterr().err.splitlines() if line]
    assert lines[0].startswith("error: spec.toml: row 1: unknown field 'colour'")
    assert lines[-1] == "... and 11 more problems" and len(lines) == 20


def test_csv_with_bom_is_read(tmp_path):
    text = "\ufeffname,seed,presets\nalpha,1,x\n"
    assert batch(tmp_path, "spec.csv", text.encode("utf-8")) == 0
    assert (tmp_path / "out" / "alpha" / "x-avatar.png").exists()


def test_toml_and_json_with_bom_are_read(tmp_path):
    assert batch(tmp_path, "a.toml", "\ufeffseeds = [1]\npresets = ['x']\n".encode()) == 0
    assert batch(tmp_path, "b.json", '\ufeff[{"seed": 2, "presets": ["x"]}]'.encode()) == 0


def _with_watchdog(fn, seconds=60):
    box = {}
    thread = threading.Thread(target=lambda: box.setdefault("rc", fn()), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "hang"
    return box["rc"]


def test_fifo_spec_and_fifo_design_are_refused(tmp_path, capsys):
    os.mkfifo(tmp_path / "spec.toml")
    rc = _with_watchdog(
        lambda: main(
            ["batch", str(tmp_path / "spec.toml"), "-o", str(tmp_path / "out"), "--pack", str(MINI_PACK)]
        )
    )
    assert rc == 2 and "not a regular file" in capsys.readouterr().err
    os.mkfifo(tmp_path / "d.avatar.json")
    (tmp_path / "ok.csv").write_text("design,presets\nd.avatar.json,x\n")
    rc = _with_watchdog(
        lambda: main(
            ["batch", str(tmp_path / "ok.csv"), "-o", str(tmp_path / "o2"), "--pack", str(MINI_PACK)]
        )
    )
    err = capsys.readouterr().err
    assert rc == 2 and "row 1: design d.avatar.json" in err and "not a regular file" in err


def test_device_as_design_is_refused(tmp_path, capsys):
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero on this OS")
    (tmp_path / "spec.csv").write_text("design,presets\n/dev/zero,x\n")
    rc = _with_watchdog(
        lambda: main(
            ["batch", str(tmp_path / "spec.csv"), "-o", str(tmp_path / "o"), "--pack", str(MINI_PACK)]
        )
    )
    assert rc == 2 and "not a regular file" in capsys.readouterr().err


def test_report_is_true_to_the_files_on_disk(tmp_path):
    from avatarstudio.core import design as design_io
    from avatarstudio.core.generate import generate
    from avatarstudio.core.pack import load_pack

    design_io.save(generate(load_pack(MINI_PACK), "g"), tmp_path / "g.avatar.json")
    (tmp_path / "bad.avatar.json").write_text("{ not json")
    spec = "name,seed,design,presets\nalpha,1,,x;line\nbeta,,g.avatar.json,x\ngamma,,bad.avatar.json,x\n"
    assert batch(tmp_path, "spec.csv", spec) == 1
    out = tmp_path / "out"
    report = json.loads((out / "report.json").read_text())
    listed = {f["path"]: f["bytes"] for r in report["results"] for f in r["files"]}
    on_disk = {
        str(p.relative_to(out)): p.stat().st_size
        for p in out.rglob("*")
        if p.is_file() and p.name != "report.json"
    }
    assert listed == on_disk
    assert report["files"] == len(on_disk) == 3
    assert report["failed"] == 1 and "gamma" not in {r["name"] for r in report["results"]}


def test_read_spec_caps_rows(tmp_path):
    spec = tmp_path / "s.csv"
    spec.write_text("seed\n" + "".join(f"{i}\n" for i in range(MAX_ROWS + 1)))
    with pytest.raises(SpecError, match="rows"):
        read_spec(spec, ("x",))


# --- no input gives a traceback ----------------------------------------------------------------------

_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=12),
    st.sampled_from(["x", "line", "svg", "any", "feminine", "neutral", "wink", "", "../x", "a.avatar.json"]),
)
_keys = st.sampled_from(
    [
        "seed",
        "design",
        "name",
        "presets",
        "expression",
        "presentation",
        "rows",
        "persona",
        "seeds",
        "from",
        "count",
        "zzz",
    ]
)
_values = st.recursive(
    _scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(_keys, inner, max_size=5)),
    max_leaves=20,
)


def _toml(value) -> str:
    if value is None:
        return '""'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return "{" + ", ".join(f"{json.dumps(str(k))} = {_toml(v)}" for k, v in value.items()) + "}"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    doc=st.one_of(_values, st.dictionaries(_keys, _values, max_size=5)),
    kind=st.sampled_from(["json", "toml", "csv"]),
)
def test_random_shapes_never_give_a_traceback(tmp_path, doc, kind):
    spec = tmp_path / f"spec.{kind}"
    if kind == "json":
        spec.write_text(json.dumps(doc))
    elif kind == "toml":
        top = doc if isinstance(doc, dict) else {"rows": doc}
        spec.write_text("".join(f"{json.dumps(str(k))} = {_toml(v)}\n" for k, v in top.items()))
    else:
        rows = doc if isinstance(doc, list) else [doc]
        keys = sorted({str(k) for r in rows if isinstance(r, dict) for k in r}) or ["seed"]
        lines = [",".join(keys)] + [
            ",".join(
                str(r.get(k, "")).replace(",", ";").replace("\n", " ") if isinstance(r, dict) else str(r)
                for k in keys
            )
            for r in rows
        ]
        spec.write_text("\n".join(lines) + "\n")
    try:
        rows, problems = read_spec(spec, ())
    except AvatarStudioError:
        return
    assert all(isinstance(p, str) for p in problems)
