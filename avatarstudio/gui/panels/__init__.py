"""The editing panels, one module each. Each listens to Document.changed and pushes undo commands;
none holds design state."""

from .adjust import AdjustPanel
from .colours import ColourPanel, ColourRow
from .common import NONE_PART, Debounce, Panel, lock_icon, region_view, scrolled, still_icon, swatch_icon
from .expressions import ExpressionStrip
from .generate import GeneratePanel
from .layers import LayerPanel
from .persona import PersonaPanel
from .platform import MaskedTile, PlatformPanel

__all__ = [
    "AdjustPanel",
    "ColourPanel",
    "ColourRow",
    "Debounce",
    "ExpressionStrip",
    "GeneratePanel",
    "LayerPanel",
    "MaskedTile",
    "NONE_PART",
    "Panel",
    "PersonaPanel",
    "PlatformPanel",
    "lock_icon",
    "region_view",
    "scrolled",
    "still_icon",
    "swatch_icon",
]
