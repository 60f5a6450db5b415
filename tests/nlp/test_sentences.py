"""Sentence and clause cutting keeps original offsets."""

from summitry.nlp.sentences import Sentence, clause_start, clauses, split_sentences


def test_chinese_sentences_end_at_full_stops_and_line_breaks():
    text = "越通社河内——5月3日，两国外长举行会谈。双方同意加强合作！\n会谈后举行记者会"
    cut = split_sentences(text, 0, len(text), "zh", 0)
    assert [s.of(text) for s in cut] == ["越通社河内——5月3日，两国外长举行会谈。", "双方同意加强合作！",
                                         "会谈后举行记者会"]


def test_english_abbreviations_do_not_end_a_sentence():
    text = "Mr. Son met Dr. Lee in Seoul on Jan. 5. They agreed to meet again. The end"
    cut = split_sentences(text, 0, len(text), "en", 0)
    assert [s.of(text) for s in cut] == ["Mr. Son met Dr. Lee in Seoul on Jan. 5.",
                                         "They agreed to meet again.", "The end"]


def test_clauses_cut_at_semicolons_and_commas():
    text = "访问期间，甲同乙举行会谈；会见了丙。"
    sent = Sentence(0, len(text), 0)
    assert [text[a:b] for a, b in clauses(text, sent, "zh")] == ["访问期间", "甲同乙举行会谈", "会见了丙。"]
    assert clause_start(text, sent, text.index("会见"), "zh", strong=True) == text.index("会见")


def test_a_text_split_again_gives_the_same_sentences_in_a_list_of_its_own():
    text = "The ministers met on Monday. They agreed to meet again. 双方举行会谈。同意加强合作。"
    first = split_sentences(text, 0, len(text), "en", 0)
    first.append(first[0])  # a caller's list is its own
    again = split_sentences(text, 0, len(text), "en", 0)
    assert again == first[:-1] and again is not first
    assert split_sentences(text, 0, len(text), "zh", 0) != again  # the language is in the key
    other = "Talks were held in Jakarta. Both sides spoke of trade."
    assert [s.of(other) for s in split_sentences(other, 0, len(other), "en", 0)] == [
        "Talks were held in Jakarta.", "Both sides spoke of trade."]
    assert split_sentences(text, 0, len(text), "en", 0) == again  # back to the first text
