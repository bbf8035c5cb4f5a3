"""The crisis classifier is kept between processes in var/, named by a hash of its training data and
code: a server's cold start reads it, and any change to the data retrains it."""

import pytest

from bot.safety import model

LINES = [
    ("이제 다 내려놓고 영영 잠들고 싶어요", 1),
    ("아무도 모르게 조용히 사라지고 싶어", 1),
    ("애들한테 짐만 되니 내가 없어지는 게 낫지", 1),
    ("통장이랑 보험 증서 정리해서 딸한테 맡겼어요 이제 됐어요", 1),
    ("오늘 밤이 마지막이면 좋겠어요 영영", 1),
    ("실업급여 신청하려면 뭐가 필요해요", 0),
    ("이사 가서 전입신고 하려고요 언제까지 해요", 0),
    ("다음 주 화요일 오전으로 상담 예약해 주세요", 0),
    ("기초연금 신청하려면 통장 사본이 필요한가요", 0),
    ("허리가 아파서 물리치료 받을 데 찾고 있어요", 0),
]


def _write(path, lines):
    path.write_text("text\tlabel\n" + "".join(f"{text}\t{label}\n" for text, label in lines), encoding="utf-8")


@pytest.fixture
def small_model(tmp_path, monkeypatch):
    """The classifier on a small data file, no NLU examples or read sets, its cache in a temporary folder; counts trainings."""
    data = tmp_path / "data"
    data.mkdir()
    _write(data / "train.tsv", LINES)
    monkeypatch.setattr(model, "DATA_DIR", data)
    monkeypatch.setattr(model, "READ_SETS_FILE", data / "read_sets.tsv")
    monkeypatch.setattr(model, "NLU_DIR", tmp_path / "no-nlu")
    monkeypatch.setattr(model, "EVAL_ROOT", tmp_path / "no-sets")
    monkeypatch.setattr(model, "CACHE_DIR", tmp_path / "var")
    monkeypatch.setattr(model, "_model", None)
    trainings = []
    real = model._build
    monkeypatch.setattr(model, "_build", lambda: trainings.append(1) or real())
    return data / "train.tsv", tmp_path / "var", trainings


def _fresh_process_get(monkeypatch):
    monkeypatch.setattr(model, "_model", None)  # what a new process starts with
    return model.get()


def test_second_start_reads_the_model_instead_of_training(small_model, monkeypatch):
    _, var, trainings = small_model
    text = "요즘은 그냥 영영 잠들고 싶어요"
    first = model.get().predict_proba([model._features(text)])[0][1]
    assert len(trainings) == 1
    assert [p.name for p in var.glob("crisis-model-*.pkl")] == [f"crisis-model-{model.cache_key()}.pkl"]
    assert not list(var.glob(".crisis-model-*"))  # no temporary file left behind
    again = _fresh_process_get(monkeypatch).predict_proba([model._features(text)])[0][1]
    assert len(trainings) == 1  # read back, not trained
    assert again == first


def test_a_changed_data_file_retrains(small_model, monkeypatch):
    tsv, var, trainings = small_model
    model.get()
    old_key = model.cache_key()
    _write(tsv, LINES + [("밤마다 다리 위에 서 있어요 오늘은 넘어가려고요", 1)])
    assert model.cache_key() != old_key
    _fresh_process_get(monkeypatch)
    assert len(trainings) == 2  # the old file no longer matches: trained again
    assert [p.name for p in var.glob("crisis-model-*.pkl")] == [f"crisis-model-{model.cache_key()}.pkl"]
    _fresh_process_get(monkeypatch)
    assert len(trainings) == 2


def test_a_damaged_cache_file_is_retrained_and_replaced(small_model, monkeypatch):
    _, var, trainings = small_model
    model.get()
    path = var / f"crisis-model-{model.cache_key()}.pkl"
    path.write_bytes(b"not a pickle")
    m = _fresh_process_get(monkeypatch)
    assert len(trainings) == 2
    assert 0.0 <= m.predict_proba([model._features("실업급여 신청")])[0][1] <= 1.0
    _fresh_process_get(monkeypatch)
    assert len(trainings) == 2  # the rewritten file is good again


def test_grouped_cross_validation_holds_out_each_file_whole(small_model):
    """The honest estimate for a new hand: every file is predicted by a model fitted without any of its lines."""
    tsv, _, _ = small_model
    second = [
        ("밤마다 다리 위에 서 있어요 이제 영영 잠들고 싶어요", 1),
        ("아무도 모르게 사라지고 싶어요 이제 다 내려놓고", 1),
        ("실업급여 신청 서류가 뭐 필요해요", 0),
        ("다음 주 오전으로 상담 예약해 주세요", 0),
    ]
    _write(tsv.parent / "train2.tsv", second)
    r = model.grouped_cross_validate(thresholds=(0.5,), sentence_thresholds=(0.9,))[(0.5, 0.9)]
    assert set(r["by_file"]) == {"train", "train2"}
    assert r["by_file"]["train2"][1] == 2 and r["by_file"]["train2"][3] == 2
    assert r["recall"][1] == 7 and r["false_alarms"][1] == 7
    # held out with their file, the ordinary lines are not raised by the model fitted on the first file
    assert r["by_file"]["train2"][2] == 0


def _write_set(path, lines):
    path.mkdir(parents=True, exist_ok=True)
    body = "".join(f"{text}\t{label}\tnone\town\n" for text, label in lines)
    (path / "set.tsv").write_text("text\tlabel\tlevel\tsource\n" + body, encoding="utf-8")


def test_a_read_set_trains_the_model_through_its_export_keys_the_cache_and_is_held_out_by_author(
    small_model, monkeypatch, tmp_path
):
    _, _, trainings = small_model
    sets = tmp_path / "sets"
    monkeypatch.setattr(model, "EVAL_ROOT", sets)
    monkeypatch.setattr(model, "READ_EVAL_SETS", {"authorx": ("setx",)})
    key = model.cache_key()
    lines = [("요즘은 매일 밤 이대로 눈 안 떴으면 해요", "indirect"), ("주민센터 가는 버스 몇 번이에요", "negative")]
    _write_set(sets / "setx", lines)
    # training never reads the tests/ tree: a set counts once exported to bot/safety/data/read_sets.tsv
    assert model.cache_key() == key and model.training_data() == model.training_data(with_read_sets=False)
    assert model.export_read_sets() == 2
    assert model.cache_key() != key  # the exported read set is part of what decides the model
    texts, labels = model.training_data()
    assert texts[-2:] == [t for t, _ in lines] and labels[-2:] == [1, 0]
    assert model.training_data(with_read_sets=False)[0] == texts[:-2]
    monkeypatch.setattr(model, "EVAL_ROOT", tmp_path / "gone")  # a deployment without tests/
    assert model.training_data()[0] == texts
    monkeypatch.setattr(model, "EVAL_ROOT", sets)
    _write_set(sets / "setx", lines[:1])
    model.export_read_sets()
    assert model.cache_key() != key
    more = [
        ("이제 다 내려놓고 영영 잠들고 싶어요 정말", "indirect"),
        ("요즘은 이대로 영영 잠들고 싶어요", "indirect"),
        ("다음 주 화요일 오전으로 상담 예약해 주세요 꼭", "negative"),
        ("주민센터 상담 예약 다음 주 화요일에 돼요", "negative"),
    ]
    _write_set(sets / "setx", lines + more)
    model.export_read_sets()
    r = model.grouped_cross_validate(thresholds=(0.5,), sentence_thresholds=(0.9,))[(0.5, 0.9)]
    assert set(r["by_file"]) == {"train", "read:authorx"} and r["by_file"]["read:authorx"][1::2] == (3, 3)
    assert r["recall"][1] == 8 and r["false_alarms"][1] == 8
