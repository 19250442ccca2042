"""The engine: pure Python, no Qt. Packs, designs, seeding, composition to SVG, personas."""
