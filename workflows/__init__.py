"""The pipeline: stages, transitions, understanding, drafting and actors."""
