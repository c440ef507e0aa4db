"""What the blind held-out sets' tools share (heldout-2026-12c, -12d …).

Input: a set's directory (``articles/`` and ``<prefix>NN.json``) and its annotator's span
lists. Output: the corpus-format wrapper of an article (``IMG``, ``TAIL``), gold entities
with one record per occurrence (``entities``, ``expand_must_not``), gold JSON files
(``write_gold``) and the loader check (``check_set``).
It does not: extract anything or run kg eval; annotators write their span lists by reading
each body.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

from kg.eval.gold import find_occurrence, load_gold_file
from kg.ingest import read_article
from kg.model import IMAGE_CAPTION

REF = Path(__file__).resolve().parents[3] / "data" / "reference"
#: a body piece: a paragraph, or (h, heading) / (img, caption)
Block = str | tuple[str, str]


# E(text, label, ref, optional, occurrences)
def E(text, label, ref=None, opt=False, occ=None):  # noqa: N802 - a table row
    return {"text": text, "label": label, "ref": ref, "optional": opt, "occ": occ}


def R(s, p, o):  # noqa: N802
    return {"subject": s, "predicate": p, "object": o}


def O(about, measure, stat, value, unit, period=None, partner=None, industry=None, target=False):  # noqa: N802,E501,E743
    rec = {
        "about": about,
        "measure": "kgo:" + measure,
        "statistic": "kgo:" + stat,
        "value": value,
        "unit": unit,
    }
    if period:
        rec["period"] = period
    if partner:
        rec["partner"] = partner
    if industry:
        rec["industry"] = industry
    rec["target"] = target
    return rec


def NA(text, why, labels=None):  # noqa: N802
    """A must-not on every occurrence of ``text`` no gold entity covers."""
    return {"text": text, "occurrence": "uncovered", "why": why, "labels": labels}


def N(text, occurrence, why, labels=None):  # noqa: N802
    rec = {"text": text, "occurrence": occurrence, "why": why}
    if labels:
        rec["labels"] = labels
    return rec


IMG = "https://n.sinaimg.cn/finance/cece9e13/20200514/343233024.png"

TAIL = """<!-- news_keyword_pub,stock, -->







<!-- 正文下iframe -->


<!-- 正文下iframe -->

<!-- 总声明-->











<!-- 总声明-->

<!-- 文末二维码 start -->


            <!-- 文末二维码 start -->
            <style>
            .appendQr_wrap&#123;border:1px solid #E6E6E6;padding:8px;&#125;
            .appendQr_normal&#123;float:left;&#125;
            .appendQr_normal img&#123;width:74px;&#125;
            .appendQr_normal_txt&#123;float:left;font-size:20px;line-height:74px;padding-left:20px;color:#333;&#125;
            </style>
            <div class="clearfix appendQr_wrap">
                <div class="appendQr_normal"><img src="{img}" referrerpolicy="no-referrer"></div>
                <div class="appendQr_normal_txt">海量资讯、精准解读，尽在新浪财经APP</div>
            </div>
            <!-- 文末二维码 start -->

            <!-- 文末二维码 start -->

<!-- 编辑姓名及工作代码 -->

<p class="article-editor">责任编辑：{editor} </p>
<!-- 编辑姓名及工作代码-->

{ws}
</div>
            """


def occurrences(body: str, text: str) -> list[int]:
    """Start offsets of every (overlapping) occurrence of ``text``."""
    out, start = [], body.find(text)
    while start != -1:
        out.append(start)
        start = body.find(text, start + 1)
    return out


def entities(body: str, specs: list[dict], in_titles=all) -> list[dict]:
    """One gold entity per occurrence, nested occurrences dropped or made optional."""
    spans = []  # (start, end, spec, n)
    for spec in specs:
        found = occurrences(body, spec["text"])
        if not found:
            raise SystemExit(f"span not in body: {spec['text']}")
        for n, start in enumerate(found, 1):
            if spec["occ"] is None or n in spec["occ"]:
                spans.append((start, start + len(spec["text"]), spec, n))
    out = []
    for start, end, spec, n in spans:
        hosts = [
            h for h in spans if h[0] <= start and end <= h[1] and (h[1] - h[0]) > (end - start)
        ]
        # kept (optional) inside a title: 12c when every host is a title (all), 12d when any is
        if hosts and not in_titles(h[2]["label"] == "Legislation" for h in hosts):
            continue
        optional = spec["optional"] or bool(hosts)
        rec = {"text": spec["text"], "occurrence": n, "label": spec["label"]}
        if spec["ref"]:
            rec["ref"] = spec["ref"]
        if optional:
            rec["optional"] = True
        out.append((start, rec))
    return [rec for _, rec in sorted(out, key=lambda item: (item[0], -len(item[1]["text"])))]


def expand_must_not(body: str, ents: list[dict], specs: list[dict]) -> list[dict]:
    """Resolve NA rows to the occurrences no entity span covers."""
    covered = set()
    for rec in ents:
        start = occurrences(body, rec["text"])[rec["occurrence"] - 1]
        covered.update(range(start, start + len(rec["text"])))
    out = []
    for spec in specs:
        if spec["occurrence"] != "uncovered":
            out.append(spec)
            continue
        for n, start in enumerate(occurrences(body, spec["text"]), 1):
            if not covered.intersection(range(start, start + len(spec["text"]))):
                rec = {"text": spec["text"], "occurrence": n, "why": spec["why"]}
                if spec["labels"]:
                    rec["labels"] = spec["labels"]
                out.append(rec)
    return out


def read_body(path: Path, captions: bool = False) -> str:
    """The text a set was annotated on: the body, with the picture captions the reader
    appends after it only when the annotator read them (``"captions": true``)."""
    article = read_article(path)
    cut = next((p.start for p in article.paragraphs if p.kind == IMAGE_CAPTION), None)
    if captions or cut is None:
        return article.body
    return article.body[: max(0, cut - 1)]


def write_gold(here: Path, specs: dict, relation, in_titles=all, captions: bool = False) -> None:
    """Write ``<stem>.json`` for every article of ``specs`` (format 2, tests/gold/SCOPE.md);
    spans are found in the body alone unless ``captions`` (SCOPE.md: picture captions)."""
    for stem, spec in specs.items():
        body = read_body(here / "articles" / f"{stem}.md", captions)
        ents = entities(body, spec["entities"], in_titles)
        gold = {
            "file": f"{stem}.md",
            "entities": ents,
            "must_not": expand_must_not(body, ents, spec["must_not"]),
            "relations": spec["relations"]
            + [relation("@article", "schema:editor", f"person:{spec['editor']}@editor")],
            "observations": spec["observations"],
            "optional_observations": spec["optional_observations"],
            "claims": spec["claims"],
        }
        (here / f"{stem}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )


def names() -> dict[str, str]:
    out: dict[str, str] = {}
    with open(REF / "places.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            for n in [row["name_zh"], *row["aliases_zh"].split("|")]:
                if len(n) >= 2:
                    out[n] = row["code"]
    with open(REF / "countries.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            for n in [row["name_zh"], row["full_zh"], *row["aliases_zh"].split("|")]:
                if len(n) >= 2:
                    out[n] = row["alpha3"]
    return out


def check_set(here: Path, prefix: str) -> int:
    """Load every gold file of a set and list the uncovered place names; 1 on a load error."""
    table = names()
    bad = 0
    for path in sorted(here.glob(f"{prefix}*.json")):
        try:
            load_gold_file(path, articles_dir=here / "articles")
        except Exception as exc:  # noqa: BLE001 - report every file
            print(f"{path.name}: {exc}")
            bad += 1
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        body = read_body(here / "articles" / gold["file"], bool(gold.get("captions")))
        covered = set()
        for rec in gold["entities"] + gold["must_not"]:
            start = find_occurrence(body, rec["text"], rec["occurrence"])
            covered.update(range(start, start + len(rec["text"])))
        for name, code in table.items():
            start = body.find(name)
            while start != -1:
                if not covered.intersection(range(start, start + len(name))):
                    print(
                        f"{path.name}: uncovered {name} ({code}) at {start}: …{body[max(0, start - 6) : start + len(name) + 6]}…"
                    )
                start = body.find(name, start + 1)
        n = {k: len(gold[k]) for k in ("entities", "relations", "observations", "claims")}
        print(f"{path.name}: ok {n}")
    return 1 if bad else 0


_STOCK = re.compile(r"\[\[(\w+)\|([^\]]+)\]\]")


def _stock_links(text: str) -> tuple[str, list[str]]:
    """Turn ``[[code|text]]`` into Sina stock-link markup; return the codes seen."""
    codes: list[str] = []

    def link(match: re.Match[str]) -> str:
        code, shown = match.group(1), match.group(2)
        codes.append(code)
        return (
            f'<span id="stock_{code}"><a href="https://finance.sina.com.cn/realstock/company/'
            f'{code}/nc.shtml" class="keyword" target="_blank" '
            f'data-sudaclick="content_marketkeywords_p">{shown}</a></span>'
            f'<span id="quote_{code}"></span>'
        )

    return _STOCK.sub(link, text), codes


def _block(block: Block, n: int, prefix: str) -> str:
    if isinstance(block, tuple):
        kind, text = block
        if kind == "h":
            return f"<p>　　<strong>{text}</strong></p>"
        src = f"https://n.sinaimg.cn/finance/crawl/{n:03d}/w640h427/20200101/{prefix}{n:03d}.jpg"
        return (
            f'<div class="img_wrapper"><img id="{n}" style="max-width: 640px;" src="{src}" '
            f'alt="{text}" referrerpolicy="no-referrer"><span class="img_descr">{text}'
            "</span></div>"
        )
    return f'<p cms-style="font-L">　　{block}</p>'


def render(title: str, date: str, editor: str, blocks: list[Block], prefix: str = "he") -> str:
    """One article in the corpus format: plain paragraphs, (h, text) headings, (img, caption)
    pictures, ``[[code|text]]`` stock links; picture names start with ``prefix``."""
    head = (
        f"\n---\ntitle: '{title}'\ncategories: \n - 金融\n - 新浪财经\n - 新浪财经－国內\n"
        f"headimg: '{IMG}'\nauthor: 新浪财经\ncomments: false\ndate: {date}\n"
        f"thumbnail: '{IMG}'\n---\n\n<div>   \n"
    )
    codes: list[str] = []
    parts = []
    for n, block in enumerate(blocks):
        html = _block(block, n, prefix)
        html, seen = _stock_links(html)
        codes += seen
        parts.append(html)
    tail = TAIL.replace("{img}", IMG).replace("{editor}", editor).replace("{ws}", "  ")
    tail = tail.replace("stock, -->", f"stock,{'&'.join(codes)} -->", 1)
    return head + "\n".join(parts) + tail


def write_articles(here: Path, articles: dict, prefix: str) -> None:
    """Write ``articles/<stem>.md`` for every (title, date, editor, blocks) of ``articles``."""
    out = here / "articles"
    out.mkdir(exist_ok=True)
    for stem, (title, date, editor, blocks) in articles.items():
        text = render(title, date, editor, blocks, prefix)
        (out / f"{stem}.md").write_text(text, encoding="utf-8")
