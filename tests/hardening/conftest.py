import sys
from pathlib import Path

# the hardening tests reuse fixture builders of their neighbours (test_pack_reader, tests/core/test_packimport)
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
