from summitry.nlp.normalize import analysis_text, fold_width


def test_full_width_ascii_is_folded_without_changing_length():
    assert fold_width("２０２１年１月２６日　ＡＳＥＡＮ") == "2021年1月26日 ASEAN"


def test_traditional_text_is_converted_and_marked_hant():
    text, script = analysis_text("越南總理會見寮國國會主席，雙方同意加強關係。")
    assert script == "Hant"
    assert text == "越南总理会见寮国国会主席,双方同意加强关系。"  # full-width comma folded


def test_simplified_text_is_unchanged_and_marked_hans():
    original = "越南政府总理会见老挝国会主席。"
    assert analysis_text(original) == (original, "Hans")


def test_latin_text_has_no_script():
    assert analysis_text("Hanoi (VNA) – talks")[1] is None


def test_cjk_count_counts_the_unified_block_only():
    from summitry.nlp.normalize import cjk_count

    assert cjk_count("越南 Vietnam 㐀 ア 한 一鿿") == 4
    assert cjk_count("") == 0
