"""Tests for kg.eval: the gold loader, the scorer on hand-counted cases, the CLI, end to end."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import iris
from kg.errors import ConfigError
from kg.eval import (
    GoldArticle,
    GoldEntity,
    GoldMustNot,
    GoldRelation,
    evaluate,
    find_occurrence,
    load_gold,
    load_gold_file,
    score_article,
)
from kg.model import (
    IMAGE_CAPTION,
    Article,
    Evidence,
    Extraction,
    Literal,
    Mention,
    Paragraph,
    Relation,
)

GOLD_DIR = Path(__file__).resolve().parents[1] / "gold" / "dev"
KGR = "https://w3id.org/pilot-zone-kg/id/"
JINHUA, ZHOUSHAN, ZJ = KGR + "place/330700", KGR + "place/330900", KGR + "place/330000"
SC, DOC = KGR + "org/state-council", KGR + "doc/guohan-2022-8"

BODY = "国务院批复金华市、舟山市。\n浙江共有12个综试区，金华市有两个。"


def _article(body: str = BODY, name: str = "x.md") -> Article:
    paragraphs, start = [], 0
    for text in body.split("\n"):
        paragraphs.append(Paragraph(text, start, start + len(text)))
        start += len(text) + 1
    return Article(
        id="0123456789abcdef",
        title="t",
        published=datetime(2022, 2, 10, tzinfo=UTC),
        paragraphs=tuple(paragraphs),
        source=Path(name),
    )


def _fake_reader(path: Path) -> Article:
    return _article(name=path.name)


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "x.md").write_text("unused: the fake reader supplies the body", encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    return gold


def _write(gold: Path, entities: list[dict[str, object]]) -> Path:
    path = gold / "x.json"
    path.write_text(
        json.dumps(
            {
                "file": "x.md",
                "entities": entities,
                "relations": [
                    {
                        "subject": "@article",
                        "predicate": "schema:editor",
                        "object": KGR + "person/e",
                    }
                ],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    return path


def test_find_occurrence_counts_overlapping_matches() -> None:
    assert find_occurrence("金华市有金华", "金华", 2) == 4
    with pytest.raises(ValueError, match="occurs 2 time"):
        find_occurrence("金华市有金华", "金华", 3)


def test_load_gold_resolves_offsets_and_article_self(gold_dir: Path) -> None:
    _write(gold_dir, [{"text": "金华市", "occurrence": 2, "label": "Prefecture", "iri": JINHUA}])
    [item] = load_gold(gold_dir, articles_dir=gold_dir.parent / "articles", read=_fake_reader)
    [entity] = item.entities
    assert BODY[entity.start : entity.end] == "金华市"
    assert entity.start == BODY.rindex("金华市")
    assert item.relations[0].subject == KGR + "article/0123456789abcdef"


def test_load_gold_missing_text_fails_with_clear_message(gold_dir: Path) -> None:
    path = _write(gold_dir, [{"text": "义乌", "occurrence": 1, "label": "County", "iri": "x"}])
    with pytest.raises(ConfigError) as info:
        load_gold_file(path, articles_dir=gold_dir.parent / "articles", read=_fake_reader)
    message = str(info.value)
    assert str(path) in message and "'义乌' occurrence 1" in message
    assert "occurs 0 time(s)" in message and "fix the gold file" in message


def test_load_gold_rejects_unknown_label(gold_dir: Path) -> None:
    path = _write(gold_dir, [{"text": "浙江", "label": "City", "iri": ZJ}])
    with pytest.raises(ConfigError, match="label 'City' is not one of"):
        load_gold_file(path, articles_dir=gold_dir.parent / "articles", read=_fake_reader)


def _span(text: str, occurrence: int = 1) -> tuple[int, int]:
    start = find_occurrence(BODY, text, occurrence)
    return start, start + len(text)


def _ev() -> Evidence:
    return Evidence(0, 3, "国务院", "国务院批复金华市、舟山市。", "test")


def _gold() -> GoldArticle:
    entities = [
        GoldEntity(*_span("国务院"), "国务院", "Organization", SC),
        GoldEntity(*_span("金华市"), "金华市", "Prefecture", JINHUA),
        GoldEntity(*_span("舟山市"), "舟山市", "Prefecture", ZHOUSHAN),
        GoldEntity(*_span("浙江"), "浙江", "Province", ZJ),
    ]
    relations = [
        GoldRelation(DOC, "kgo:establishes", KGR + "zone/cbec-330700"),
        GoldRelation(DOC, "kgo:establishes", KGR + "zone/cbec-330900"),
        GoldRelation(DOC, "schema:legislationPassedBy", SC),
    ]
    return GoldArticle("x.md", _article(), tuple(entities), tuple(relations), (), ())


def _extraction() -> Extraction:
    mentions = (
        Mention(*_span("国务院"), "国务院", "Organization", "t", SC),  # tp
        Mention(*_span("金华市"), "金华市", "Prefecture", "t", JINHUA),  # tp
        Mention(*_span("舟山市"), "舟山市", "Prefecture", "t", JINHUA),  # fp (wrong iri) + fn
        Mention(*_span("金华市", 2), "金华市", "Prefecture", "t", JINHUA),  # fp (not in gold)
        Mention(*_span("12个"), "12个", "Amount", "t", None),  # ignored: out of scope
        Mention(*_span("浙江"), "浙江", "Province", "t", None),  # ignored: unlinked
    )
    relations = (
        Relation(DOC, "kgo:establishes", KGR + "zone/cbec-330700", _ev()),  # tp
        Relation(DOC, "schema:legislationPassedBy", SC, _ev()),  # tp
        Relation(DOC, "kgo:establishes", KGR + "zone/cbec-330100", _ev()),  # fp
        Relation(DOC, "schema:name", Literal("批复"), _ev()),  # fp
    )
    return Extraction(article=_article(), mentions=mentions, relations=relations)


def test_score_article_counts_hand_computed_precision_recall() -> None:
    report = evaluate([_gold()], extract=lambda article: _extraction())
    entity = report.get("entity")
    # gold 4, predicted 4 in scope and linked; 2 match -> P 2/4, R 2/4
    assert (entity.tp, entity.fp, entity.fn) == (2, 2, 2)
    assert entity.precision == 0.5 and entity.recall == 0.5 and entity.f1 == 0.5
    prefecture = report.get("entity", "Prefecture")
    # gold 金华市 tp, 舟山市 fn; predicted wrong-iri 舟山市 fp, second 金华市 fp
    assert (prefecture.tp, prefecture.fp, prefecture.fn) == (1, 2, 1)
    assert report.get("entity", "Province").recall == 0.0
    lenient = report.get("entity-lenient")
    # gold IRIs {SC, JINHUA, ZHOUSHAN, ZJ}; predicted {SC, JINHUA} -> P 1, R 0.5
    assert (lenient.precision, lenient.recall) == (1.0, 0.5)
    relation = report.get("relation")
    assert (relation.tp, relation.fp, relation.fn) == (2, 2, 1)
    assert relation.precision == 0.5 and relation.recall == pytest.approx(2 / 3)
    establishes = report.get("relation", "kgo:establishes")
    assert (establishes.tp, establishes.fp, establishes.fn) == (1, 1, 1)


def test_score_trims_brackets_so_title_spans_match() -> None:
    body = "根据《批复》，设立。"
    article = _article(body)
    gold = GoldArticle(
        "x.md", article, (GoldEntity(2, 6, "《批复》", "Legislation", DOC),), (), (), ()
    )
    counts: Counter[tuple[str, str, str]] = Counter()
    score_article(
        gold,
        Extraction(article=article, mentions=(Mention(3, 5, "批复", "DocumentNumber", "t", DOC),)),
        counts,
    )
    assert counts[("entity", "Legislation", "tp")] == 1
    assert counts[("entity", "Legislation", "fp")] == 0


def test_score_trims_quotes_so_quoted_names_match() -> None:
    body = "“一带一路”沿线国家。"
    article = _article(body)
    gold = GoldArticle(
        "x.md", article, (GoldEntity(1, 5, "一带一路", "Legislation", DOC),), (), (), ()
    )
    counts: Counter[tuple[str, str, str]] = Counter()
    predicted = Mention(0, 6, "“一带一路”", "Legislation", "t", DOC)
    score_article(gold, Extraction(article=article, mentions=(predicted,)), counts)
    assert (counts[("entity", "Legislation", "tp")], counts[("entity", "Legislation", "fp")]) == (
        1,
        0,
    )


def test_score_empty_prediction_has_precision_one_recall_zero() -> None:
    report = evaluate([_gold()], extract=lambda article: Extraction(article=article))
    entity = report.get("entity")
    assert (entity.precision, entity.recall, entity.f1) == (1.0, 0.0, 0.0)
    assert report.get("observation").recall == 1.0  # nothing to find


def test_gold_files_all_load_with_the_real_reader() -> None:
    gold = load_gold(GOLD_DIR)
    assert len(gold) >= 20
    for item in gold:
        body = item.article.body
        for entity in item.entities:
            assert body[entity.start : entity.end] == entity.text, (item.file, entity)
    files = {g.file for g in gold}
    assert {"2022-02-10-jinhua-zhoushan.md", "2022-04-21-mofcom-132-zones.md"} <= files
    assert all(isinstance(o.value, Decimal) for g in gold for o in g.observations)


def test_cli_eval_exits_nonzero_below_threshold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kg.eval.score as score_module
    from kg.cli import main

    runner = CliRunner()
    gold = tmp_path / "gold"
    gold.mkdir()
    for name in ("035.json", "046.json"):
        (gold / name).write_text((GOLD_DIR / name).read_text(encoding="utf-8"), encoding="utf-8")
    must_find = sum(1 for item in load_gold(gold) for e in item.entities if not e.optional)
    monkeypatch.setattr(
        score_module, "_default_extractor", lambda: lambda article: Extraction(article=article)
    )
    ok = runner.invoke(main, ["eval", "--gold", str(gold), "--format", "json"])
    low = runner.invoke(main, ["eval", "--gold", str(gold), "--min-entity-recall", "0.9"])
    assert ok.exit_code == 0, ok.output
    rows = {(r["group"], r["key"]): r for r in json.loads(ok.output)}
    assert must_find >= 2 and rows[("entity", "total")]["fn"] == must_find
    assert low.exit_code == 1
    assert "entity recall 0.000 < 0.900" in low.output


_OPTIONAL_BODY = "国务院批复金华市、舟山市。"


def _optional_jinhua_gold(
    relations: tuple[GoldRelation, ...] = (), must_not: tuple[GoldMustNot, ...] = ()
) -> GoldArticle:
    """国务院 must-find, 金华市 optional, in ``_OPTIONAL_BODY``."""
    return GoldArticle(
        "x.md",
        _article(_OPTIONAL_BODY),
        (
            GoldEntity(0, 3, "国务院", "Organization", SC),
            GoldEntity(5, 8, "金华市", "Prefecture", JINHUA, optional=True),
        ),
        relations,
        (),
        (),
        must_not=must_not,
    )


def test_optional_spans_count_neither_way_and_must_not_traps_are_hits() -> None:
    gold = _optional_jinhua_gold(
        must_not=(GoldMustNot(9, 12, "舟山市", frozenset({"Prefecture"}), "trap"),)
    )
    article = gold.article
    extraction = Extraction(
        article=article,
        mentions=(
            Mention(0, 3, "国务院", "Organization", "t", SC),
            Mention(5, 8, "金华市", "Prefecture", "t", JINHUA),  # optional: ignored
            Mention(9, 12, "舟山市", "Prefecture", "t", ZHOUSHAN),  # a trap: fp + must-not hit
        ),
    )
    report = evaluate([gold], extract=lambda a: extraction)
    entity = report.get("entity")
    assert (entity.tp, entity.fp, entity.fn) == (1, 1, 0)
    assert report.get("must-not").fp == 1


def test_a_wanted_entity_over_a_trap_is_no_must_not_hit() -> None:
    """浙江西部: the trap is 江西; 浙江, which overlaps it, is the gold's own entity."""
    body = "与浙江西部接壤的上饶市。"
    zhejiang = iris.place_iri("330000")
    gold = GoldArticle(
        "x.md",
        _article(body),
        (GoldEntity(1, 3, "浙江", "Province", zhejiang),),
        (),
        (),
        (),
        must_not=(GoldMustNot(2, 4, "江西", frozenset({"Province"}), "浙江 + 西部"),),
    )
    found = Mention(1, 3, "浙江", "Province", "t", zhejiang)
    report = evaluate([gold], extract=lambda a: Extraction(article=a, mentions=(found,)))
    assert report.get("must-not").fp == 0
    wrong = Mention(2, 4, "江西", "Province", "t", iris.place_iri("360000"))
    report = evaluate([gold], extract=lambda a: Extraction(article=a, mentions=(wrong,)))
    assert report.get("must-not").fp == 1


def test_relations_of_an_optional_only_entity_count_neither_way() -> None:
    gold = _optional_jinhua_gold(relations=(GoldRelation(SC, "schema:areaServed", ZJ),))
    article = gold.article
    extraction = Extraction(
        article=article,
        relations=(
            Relation(SC, "schema:areaServed", ZJ, _ev()),  # tp
            Relation(JINHUA, "schema:containedInPlace", ZJ, _ev()),  # optional subject: ignored
            Relation(SC, "schema:areaServed", JINHUA, _ev()),  # fp: its subject is must-find
        ),
    )
    relation = evaluate([gold], extract=lambda a: extraction).get("relation")
    assert (relation.tp, relation.fp, relation.fn) == (1, 1, 0)


def test_reporters_the_gold_does_not_list_count_neither_way() -> None:
    reporter, other = (
        "https://w3id.org/pilot-zone-kg/id/person/aaaaaaaaaaaa",
        ("https://w3id.org/pilot-zone-kg/id/person/bbbbbbbbbbbb"),
    )
    doc = "https://w3id.org/pilot-zone-kg/id/article/0000000000000000"
    gold = _optional_jinhua_gold(relations=(GoldRelation(doc, "schema:contributor", reporter),))
    extraction = Extraction(
        article=gold.article,
        relations=(
            Relation(doc, "schema:contributor", reporter, _ev()),  # listed: tp
            Relation(doc, "schema:contributor", other, _ev()),  # optional scope: ignored
            Relation(doc, "schema:editor", other, _ev()),  # editors are scored: fp
        ),
    )
    relation = evaluate([gold], extract=lambda a: extraction).get("relation")
    assert (relation.tp, relation.fp, relation.fn) == (1, 1, 0)


def test_observation_with_the_wrong_period_is_wrong() -> None:
    from datetime import date

    from kg.eval import GoldObservation
    from kg.model import Observation

    article = _article()
    ev = Evidence(0, 3, "国务院", "国务院批复金华市、舟山市。", "t")
    gold_obs = GoldObservation(
        ZJ,
        "kgo:exportValue",
        "kgo:Level",
        Decimal("100"),
        "CNY",
        date(2022, 1, 1),
        date(2022, 3, 31),
    )
    gold = GoldArticle("x.md", article, (), (), (gold_obs,), ())

    def predicted(end: date) -> Extraction:
        obs = Observation(
            "o",
            ZJ,
            "kgo:exportValue",
            "kgo:Level",
            Decimal("100"),
            "CNY",
            "亿元",
            ev,
            period_start=date(2022, 1, 1),
            period_end=end,
        )
        return Extraction(article=article, observations=(obs,))

    assert (
        evaluate([gold], extract=lambda a: predicted(date(2022, 3, 31))).get("observation").tp == 1
    )
    wrong = evaluate([gold], extract=lambda a: predicted(date(2022, 12, 31))).get("observation")
    assert (wrong.tp, wrong.fp, wrong.fn) == (0, 1, 1)


@pytest.mark.slow
def test_extractor_holds_its_measured_floor_on_the_dev_gold() -> None:
    """A regression floor on the tuning set (README "Extraction quality" gives the
    figures); the targets of issue 13 are judged on held-out articles, not here."""
    report = evaluate(load_gold(GOLD_DIR))
    entity, relation = report.get("entity"), report.get("relation")
    assert entity.precision >= DEV_FLOOR["entity P"], report.rows()
    assert entity.recall >= DEV_FLOOR["entity R"], report.rows()
    assert relation.precision >= DEV_FLOOR["relation P"], report.rows()
    assert relation.recall >= DEV_FLOOR["relation R"], report.rows()
    assert report.get("must-not").fp <= DEV_FLOOR["must-not hits"], report.rows()


#: measured on tests/gold/dev (README), less a small margin for deliberate trade-offs.
DEV_FLOOR = {
    "entity P": 0.90,
    "entity R": 0.60,
    "relation P": 0.85,
    "relation R": 0.60,
    "must-not hits": 2,
}


def _captioned() -> Article:
    article = _article()
    caption = "金华市一处物流园区。（资料图）"
    start = article.paragraphs[-1].end + 1
    extra = Paragraph(caption, start, start + len(caption), IMAGE_CAPTION)
    return replace(article, paragraphs=(*article.paragraphs, extra))


def test_caption_finds_count_only_for_gold_that_read_the_captions() -> None:
    article = _captioned()
    in_caption = article.body.rindex("金华市")
    mentions = (
        Mention(*_span("国务院"), "国务院", "Organization", "t", SC),
        Mention(in_caption, in_caption + 3, "金华市", "Prefecture", "t", JINHUA),
    )
    gold = replace(_gold(), article=article, relations=())
    body_gold = evaluate([gold], extract=lambda a: Extraction(article=a, mentions=mentions))
    # the annotator read the body only: the caption's 金华市 is not scored
    assert (body_gold.get("entity").tp, body_gold.get("entity").fp) == (1, 0)
    entity = GoldEntity(in_caption, in_caption + 3, "金华市", "Prefecture", JINHUA)
    read_captions = replace(gold, captions=True, entities=(*gold.entities, entity))
    both = evaluate([read_captions], extract=lambda a: Extraction(article=a, mentions=mentions))
    assert (both.get("entity").tp, both.get("entity").fp) == (2, 0)


def test_a_title_ref_the_reference_knows_by_that_name_is_its_document() -> None:
    from kg.eval.refs import resolve_ref
    from kg.refdata import load_reference

    reference = load_reference()
    assert resolve_ref("title:中欧投资协定", reference) == KGR + "doc/cai"
    assert resolve_ref("title:《区域全面经济伙伴关系协定》", reference) == KGR + "doc/rcep"
    assert resolve_ref("title:某市外贸发展规划", reference).startswith(KGR + "doc/t-")
