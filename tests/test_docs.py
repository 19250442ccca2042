"""The repository cites only documents it ships: no private notes, and every docs/*.md it names exists."""

import re
import subprocess

from support import ROOT

PRIVATE = re.compile(
    r"shared/reference|/work/shared|\.\./shared|platform-specs\.md|anime-style\.md|art-review\.md"
)
CITED = re.compile(r"docs/([a-z-]+\.md)")


def _tracked_text_files():
    names = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    for name in names:
        path = ROOT / name
        if path.suffix in {".png", ".qm", ".ttc", ".zip"} or not path.is_file():
            continue
        try:
            yield name, path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue


def test_no_file_cites_the_private_notes():
    hits = [f"{name}: {m.group(0)}" for name, text in _tracked_text_files() for m in PRIVATE.finditer(text)]
    hits = [h for h in hits if not h.startswith("tests/test_docs.py")]
    assert not hits, "cite docs/ instead:\n" + "\n".join(hits[:20])


def test_every_cited_doc_exists():
    cited = {m.group(1) for _, text in _tracked_text_files() for m in CITED.finditer(text)}
    assert {"platforms.md", "security.md", "art.md"} <= cited
    missing = sorted(name for name in cited if not (ROOT / "docs" / name).is_file())
    assert not missing, missing
