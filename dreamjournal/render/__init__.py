"""Rendering: guided-visualization clips from a prompt and a script (procedural or remote).

Light to import: the renderers (numpy, Pillow, httpx) load when a renderer is asked for.
Entry points: `clips.render_clip` (render + encrypt + store), `base.get_renderer`, and the
CLI commands in `commands`.
"""
