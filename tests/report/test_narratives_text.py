"""The narratives section's sentences and charts on corpora other than the seeds: each test builds them
from a corpus where an earlier wording or chart was false or empty."""

import re

import pytest

from newsreport.corpus.loader import documents_table

from report_text_fixtures import narratives_report, vinted_corpus  # noqa: F401


def test_one_sentence_carries_a_frame_in_one_document(tmp_path, vinted_corpus):
    # the section read "1 sentence of 3 (33%) carry this frame, in 1 of 1 documents"
    from newsreport.report.sections.narratives import section

    html = section(narratives_report(tmp_path / "out", vinted_corpus))
    assert "1 sentence of 3 (33%) carries this frame, in 1 of 1 document." in html


def test_a_frame_the_final_flag_drops_says_which_method_marked_what(tmp_path, vinted_corpus):
    # with `final_method: both`, the classifier marks the Vinted sentence and the dictionary does not: the
    # section said "no sentence reaches the frame's threshold, and the classifier marks none either"
    from newsreport.narratives.config import load_frames
    from newsreport.paths import CONFIG_DIR
    from newsreport.report.sections.narratives import section

    config = tmp_path / "frames.yaml"
    config.write_text((CONFIG_DIR / "frames.yaml").read_text(encoding="utf-8")
                      .replace("final_method: classifier", "final_method: both"), encoding="utf-8")
    frames = load_frames(config)
    assert frames.final_method == "both"
    html = section(narratives_report(tmp_path / "out", vinted_corpus, frames))
    ecommerce = html[html.index("<h3>E-commerce angle</h3>"):]
    assert "the classifier marks none either" not in ecommerce
    assert "the classifier marks 1 sentence; the final flag (<code>final_method: both</code>) keeps none" in ecommerce
    # a frame neither method marks still says so
    assert "none of its cues occurs in this corpus, and the classifier marks none either" in html


def test_places_among_the_most_mentioned_names_are_not_called_organizations(other_corpus):
    # Brazil and Latin America are among the other-story corpus's most mentioned names: the paragraph said
    # "The organizations and platforms mentioned most" (on devcorpus partB: "United States", "China")
    from newsreport.narratives.entities import entity_cooccurrence, entity_counts, entity_mentions
    from newsreport.report.sections.narratives import entities_paragraph

    mentions = entity_mentions(other_corpus)
    counts = entity_counts(mentions)
    text = entities_paragraph(counts, entity_cooccurrence(mentions))
    assert "Brazil (" in text and set(counts.loc[counts["entity"] == "Brazil", "type"]) == {"place"}
    assert text.startswith("<p>The names mentioned most (organizations and platforms; places; people), with aliases merged: ")


@pytest.fixture()
def drawn_figures(monkeypatch):
    """The matplotlib figures the chart functions save, in order (the PNGs are still written)."""
    import newsreport.corpus.charts as corpus_charts
    import newsreport.narratives.charts as narrative_charts

    drawn = []
    for module in (corpus_charts, narrative_charts):
        save = module.save_chart

        def keep(fig, *args, _save=save, **kwargs):
            drawn.append(fig)
            return _save(fig, *args, **kwargs)

        monkeypatch.setattr(module, "save_chart", keep)
    return drawn


def panel_texts(ax) -> list[str]:
    return [text.get_text() for text in ax.texts]


def test_a_frame_without_cues_gets_a_panel_that_says_so(tmp_path, other_corpus, drawn_figures):
    # no refugee cue occurs in the other-story corpus: its panel of the top-cues chart was an empty axis
    # with ticks from -0.05 to 0.05
    from newsreport.narratives.charts import top_cues_chart
    from newsreport.narratives.methods import cue_hits, top_cues

    top = top_cues(cue_hits(other_corpus), n=8)
    assert "refugee" not in set(top["frame"]) and "ecommerce" in set(top["frame"])
    top_cues_chart(top, tmp_path, ["refugee", "regulatory", "ecommerce"])
    refugee, regulatory, ecommerce = drawn_figures[-1].axes
    assert panel_texts(refugee) == ["no cue matched"] and not len(refugee.get_xticks())
    assert not panel_texts(ecommerce) and len(ecommerce.patches) == int((top["frame"] == "ecommerce").sum())


def test_a_corpus_without_page_chrome_gets_no_empty_chrome_axis(tmp_path, other_corpus, seed_corpus, drawn_figures):
    from newsreport.corpus.charts import corpus_sizes_chart

    corpus_sizes_chart(documents_table(other_corpus), tmp_path)
    assert panel_texts(drawn_figures[-1].axes[1]) == ["none set aside"]
    corpus_sizes_chart(documents_table(seed_corpus), tmp_path)
    chrome = drawn_figures[-1].axes[1]
    assert not panel_texts(chrome) and any(bar.get_width() > 0 for bar in chrome.patches)


def test_a_frame_added_to_the_config_is_not_said_to_be_scored_by_the_classifier(tmp_path, other_corpus):
    # with a fourth frame in the config (no training data), the section said every frame was scored "with
    # a cue dictionary and a classifier trained on hand-coded sentences"
    from narratives_fixtures import write_config_with_extra_frame
    from newsreport.narratives.config import load_frames
    from newsreport.report.sections.narratives import section

    frames = load_frames(write_config_with_extra_frame(tmp_path))
    html = section(narratives_report(tmp_path / "out", other_corpus, frames))
    intro = html[:html.index("<h3>")]
    assert "Consumer protection is decided by the dictionary alone" in intro
    assert section(narratives_report(tmp_path / "default", other_corpus)).count("decided by the dictionary alone") == 0


def test_a_negative_tone_is_printed_with_a_minus_sign(tmp_path):
    # the tone paragraph printed a negative mean with a hyphen ("-0.45"), which a reader (and a PDF's
    # line breaking) takes for a dash; typeset text uses the minus sign
    import pandas as pd

    from newsreport.narratives.tone import text_tone
    from newsreport.report.document import Report
    from newsreport.report.sections.narratives import tone_paragraph

    sentences = ["Flooding destroyed hundreds of homes and killed four people overnight.",
                 "Regulators condemned the fraud, which cost savers their pensions.",
                 "Fans celebrated a wonderful, joyful victory in the final."]
    tone = pd.DataFrame([{**text_tone(s), "refugee": int(i < 2)} for i, s in enumerate(sentences)])
    negative = tone[tone["refugee"] == 1]["compound"].mean()
    assert negative < 0
    text = tone_paragraph(Report(tmp_path), tone, ["refugee"], {"refugee": "Refugee"})
    assert f"Refugee −{abs(negative):.2f} (2 sentences)" in text
    assert not re.search(r"(?<![\w(])-\d", text)


def test_a_name_mentioned_once_is_said_to_have_one_mention():
    # the paragraph read "Sensor Tower (1 mentions in 1 document)" on a corpus of our own stories
    import pandas as pd

    from newsreport.report.sections.narratives import entities_paragraph

    counts = pd.DataFrame({"doc": ["a", "b", "b"], "entity": ["Kelp", "Kelp", "Sensor Tower"], "mentions": [3, 2, 1]})
    text = entities_paragraph(counts, pd.DataFrame(columns=["entity_a", "entity_b", "sentences"]))
    assert "Sensor Tower (1 mention in 1 document)" in text and "Kelp (5 mentions in 2 documents)" in text
