"""Narratives stage: frames per sentence and document (cue dictionary, trained classifier), tone and entities."""

from newsreport.narratives.methods import doc_frames, frames_table, sentence_frames  # noqa: F401
