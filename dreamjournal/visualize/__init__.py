"""Dream -> VisualizationPrompt + GuidedScript, through pluggable writers (offline by default)."""
