"""kg stats on a real build of data/articles: the done-when figures (slow: builds the corpus)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kg.build import build_corpus

    out = tmp_path_factory.mktemp("built")
    build_corpus(ROOT / "data" / "articles", out, jobs=1)
    return out


def test_stats_built_ranks_state_council_and_mofcom_first(built: Path) -> None:
    result = CliRunner().invoke(main, ["stats", "--data", str(built), "--format", "json"])
    assert result.exit_code == 0, result.output
    stats = json.loads(result.output)
    assert [r["label"] for r in stats["bodies"][:2]] == ["国务院", "商务部"]
    assert stats["degree"][0]["label"] == "国务院"
    # the corpus is about trade with RCEP partners, much of it from MOFCOM releases (商务部网站
    # 消息): China leads, 商务部 and RCEP follow
    top = [r["label"] for r in stats["most_mentioned"][:6]]
    assert top[0] == "中国", top
    assert "商务部" in top[:3] and ({"RCEP", "区域全面经济伙伴关系协定"} & set(top[:3])), top
    assert {"province": "浙江省", "zones": 12} in stats["zones_per_province"]
    assert stats["zones_per_batch"][-1]["cumulative"] == 178


def test_viz_built_overview_draws_every_zone_and_no_article(built: Path, tmp_path: Path) -> None:
    import re

    out = tmp_path / "kg.html"
    result = CliRunner().invoke(main, ["viz", "--data", str(built), "-o", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    data = json.loads(re.search(r'id="kg-data">(.*?)</script>', html, re.DOTALL).group(1))
    stats = json.loads(
        CliRunner().invoke(main, ["stats", "--data", str(built), "--format", "json"]).output
    )
    kinds = {r["kind"]: r["nodes"] for r in stats["kinds"]}
    drawn = [n for n in data["nodes"].values() if "s" not in n]
    assert sum(1 for n in drawn if n["k"] == "zone") == kinds["zone"]
    assert sum(1 for n in drawn if n["k"] == "province") == kinds["province"]
    assert not any(
        n["k"] in ("article", "observation", "claim", "person") for n in data["nodes"].values()
    )
    # in force today: 165 of batches 1-7 + 16 of batch 8 - 3 revoked by it
    assert {"type": "CrossBorderEcommerceZone", "zones": 178} in stats["zones_by_type"]
