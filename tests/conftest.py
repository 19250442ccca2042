import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from support import MINI_PACK


@pytest.fixture
def mini_pack():
    from avatarstudio.core.pack import load_pack

    return load_pack(MINI_PACK)


@pytest.fixture(scope="session")
def builtin_pack():
    from avatarstudio.core.pack import load_builtin

    return load_builtin()
