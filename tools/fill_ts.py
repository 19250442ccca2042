"""Fill unfinished entries of avatarstudio/gui/i18n/avatarstudio_ja.ts from a TOML table of
source = "translation" pairs (``python tools/fill_ts.py table.toml``), then compile the .qm.
Text edits only, so the file keeps pyside6-lupdate's layout."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path
from xml.sax.saxutils import escape, unescape

TS = Path(__file__).resolve().parents[1] / "avatarstudio" / "gui" / "i18n" / "avatarstudio_ja.ts"
UNFINISHED = re.compile(
    r'(<source>([^<]*)</source>\s*)<translation type="unfinished"\s*(?:/>|></translation>)', re.S
)


def fill(table: dict[str, str]) -> list[str]:
    missing: list[str] = []

    def one(match: re.Match) -> str:
        source = unescape(match.group(2), {"&quot;": '"', "&apos;": "'"})
        if source not in table:
            missing.append(source)
            return match.group(0)
        return f"{match.group(1)}<translation>{escape(table[source])}</translation>"

    TS.write_text(UNFINISHED.sub(one, TS.read_text(encoding="utf-8")), encoding="utf-8")
    return missing


if __name__ == "__main__":
    with open(sys.argv[1], "rb") as f:
        missing = fill(tomllib.load(f))
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True)
    if missing:
        sys.exit("still unfinished:\n  " + "\n  ".join(missing))
