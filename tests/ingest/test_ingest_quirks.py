"""Every format quirk of corpus/NOTES.md: text that must survive, text that must not appear."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest import read_article
from kg.model import Article

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "data" / "articles"
QUIRKS = ROOT / "tests" / "data" / "quirks"
SEED = "2022-02-10-jinhua-zhoushan.md"

# (file, substring that must be in Article.body, substring that must not be, or None)
BODY_QUIRKS = [
    pytest.param(
        ARTICLES / "005.md", "外贸规模的47.2%，占比接近一半", None, id="number-across-font"
    ),
    pytest.param(
        ARTICLES / "016.md", "今年1月全国实际使用外资再次迎来开门红", "今年 1", id="nested-font"
    ),
    pytest.param(
        ARTICLES / "016.md", "2017年1月我国实际使用外资金额801亿元", None, id="font-per-number"
    ),
    pytest.param(
        ARTICLES / "016.md", "◎2022年1月，全国实际使用外资金额1022.8亿元", None, id="blockquote"
    ),
    pytest.param(
        ARTICLES / "007.md",
        "《关于高质量实施<区域全面经济伙伴关系协定>（RCEP）的指导意见》",
        None,
        id="pseudo-tag-in-title",
    ),
    pytest.param(
        ARTICLES / "008.md",
        "《全面与进步跨太平洋伙伴关系协定》（CPTPP）",
        None,
        id="stock-span-splits-word",
    ),
    pytest.param(ARTICLES / SEED, "同意在鄂尔多斯等27个城市", None, id="stock-span-city"),
    pytest.param(
        ARTICLES / "026.md",
        "宁夏金晶科技有限公司太阳能光伏轻质面板项目",
        None,
        id="two-stock-spans-one-name",
    ),
    pytest.param(
        ARTICLES / "025.md", "深圳市凯中精密技术股份有限公司", None, id="stock-span-company"
    ),
    pytest.param(ARTICLES / "014.md", "太阳能电池", None, id="stock-span-noun"),
    pytest.param(ARTICLES / "020.md", "共计1021家企业上榜", "font-M", id="malformed-adlist-020"),
    pytest.param(
        QUIRKS / "malformed-adlist.md",
        "今年前5个月，我国对东盟进出口增长8.1%。",
        "来源：中国新闻网",
        id="malformed-adlist-keeps-next-paragraph",
    ),
    pytest.param(
        QUIRKS / "malformed-adlist.md",
        "东盟继续保持我国第一大贸易伙伴地位。",
        "薛涛",
        id="adlist-after-malformed-still-dropped",
    ),
    pytest.param(QUIRKS / "malformed-adlist.md", "光大银行金融市场部", None, id="stock-span-bank"),
    pytest.param(ARTICLES / "046.md", "（记者赵文君）", "薛涛", id="adlist-editor-dropped"),
    pytest.param(ARTICLES / "023.md", "基本实现“住有所居”现代化", "开户", id="kaihu-promo-dropped"),
    pytest.param(
        ARTICLES / "023.md", "2021年9月10日--2021年9月21日", "炒股", id="kaihu-promo-text"
    ),
    pytest.param(ARTICLES / "023.md", "杭州市区、宁波市区", "小米造车", id="adlist-promo-dropped"),
    pytest.param(ARTICLES / "041.md", "李女士表示。", "ocr-text", id="adlist-ocr-dropped"),
    pytest.param(
        ARTICLES / "041.md", "近日，“大连日本风情街”的话题", "环球时报", id="adlist-qr-dropped"
    ),
    pytest.param(
        ARTICLES / "038.md", "国有企业营业\n总收入414373.7亿元", None, id="infographic-order"
    ),
    pytest.param(
        ARTICLES / "010.md", "原标题：成都海关签发四川首份RCEP原产地证书", "<font", id="empty-fonts"
    ),
    pytest.param(ARTICLES / "001.md", "一位网名叫 @Ayush Pai 的小哥", None, id="ascii-spaces-kept"),
    pytest.param(
        QUIRKS / "caption-table.md",
        "1—11月份，全国规模以上工业企业实现利润总额79750.1亿元",
        None,
        id="nested-empty-font",
    ),
    pytest.param(
        QUIRKS / "caption-table.md",
        "各地要用好<RCEP>规则，<PMI>保持在荣枯线以上。",
        None,
        id="ascii-pseudo-tags",
    ),
    pytest.param(
        QUIRKS / "caption-table.md", "\n采矿业\n8043.8\n131.3\n", "\u3000采矿业", id="table-cells"
    ),
    pytest.param(
        QUIRKS / "caption-table.md", "数据来源：国家统计局\n北京报道", None, id="br-splits"
    ),
    pytest.param(
        QUIRKS / "truncated-with-text.md", "以“倍增计划”企业为代表的龙头企", None, id="truncated"
    ),
]


@pytest.mark.parametrize(("path", "present", "absent"), BODY_QUIRKS)
def test_read_article_body_quirk(path: Path, present: str, absent: str | None) -> None:
    body = read_article(path).body
    assert present in body
    if absent is not None:
        assert absent not in body


@pytest.mark.parametrize(
    ("name", "editor", "code"),
    [
        pytest.param("046.md", "张亚楠", None, id="adlist-editor-not-taken"),
        pytest.param("002.md", "刘万里", "SF014", id="code-SF014"),
        pytest.param("017.md", "吴剑", "SF031", id="code-SF031"),
        pytest.param("031.md", "梁斌", "SF055", id="code-SF055"),
        pytest.param("020.md", "何中夫", None, id="trailing-space"),
    ],
)
def test_read_article_editor(
    bundled_articles: dict[str, Article], name: str, editor: str, code: str | None
) -> None:
    article = bundled_articles[name]
    assert (article.editor, article.editor_code) == (editor, code)


def test_read_article_editor_code_in_quirk_file() -> None:
    article = read_article(QUIRKS / "malformed-adlist.md")
    assert (article.editor, article.editor_code, article.stock_codes) == (
        "梁斌",
        "SF055",
        ("sh601818",),
    )


def test_read_article_two_ori_titlesource_lines(bundled_articles: dict[str, Article]) -> None:
    article = bundled_articles["050.md"]
    sources = [p.text for p in article.paragraphs if p.kind == "source"]
    assert sources == ["原标题：100多篇论文被知网擅自收录 九旬教授维权获赔70多万", "来源：武汉晚报"]
    assert article.original_title == "100多篇论文被知网擅自收录 九旬教授维权获赔70多万"
    assert "来源：武汉晚报" in article.source_lines


def test_read_article_original_title_differs_from_title(
    bundled_articles: dict[str, Article],
) -> None:
    article = bundled_articles["032.md"]
    assert article.title.startswith("1-4月份")
    assert article.original_title is not None
    assert article.original_title.startswith("1—4月份 全国居民消费价格")


def test_read_article_late_gmt_date_stays_utc(bundled_articles: dict[str, Article]) -> None:
    published = bundled_articles["025.md"].published
    assert published.utcoffset() is not None and published.utcoffset().total_seconds() == 0
    assert (published.date().isoformat(), published.hour, published.minute) == (
        "2021-08-17",
        23,
        39,
    )


def test_read_article_categories_not_normalised(bundled_articles: dict[str, Article]) -> None:
    assert bundled_articles[SEED].categories == ("金融", "新浪财经", "新浪财经\uff0d国\u5167")


@pytest.mark.parametrize(
    ("name", "title"),
    [
        pytest.param("023.md", '"房住不炒"浙江方案出炉！', id="leading-double-quote"),
        pytest.param("020.md", "1021家企业入列东莞新一轮_倍增计划_名单", id="underscore-quotes"),
        pytest.param("031.md", "0！", id="very-short"),
    ],
)
def test_read_article_title_quirks(
    bundled_articles: dict[str, Article], name: str, title: str
) -> None:
    assert bundled_articles[name].title.startswith(title)


@pytest.mark.parametrize(
    ("name", "reporters"),
    [
        pytest.param("002.md", ("龙敏",), id="paren-spaced"),
        pytest.param(
            "2022-04-21-mofcom-132-zones.md",
            ("刘颖", "张道峰", "朱继华", "李超", "王佳林"),
            id="cctv-five-names",
        ),
        pytest.param("004.md", ("张歆", "关红妍"), id="cctv-two-names"),
        pytest.param("046.md", ("赵文君",), id="paren-unspaced"),
        pytest.param("016.md", ("张怀水",), id="meijing-lead"),
        pytest.param("014.md", ("王海平",), id="lead-with-place-report"),
        pytest.param("040.md", ("赵觉珵", "胡雨薇"), id="bracketed-lead"),
        pytest.param("041.md", (), id="photo-credit-not-reporter"),
        pytest.param("005.md", (), id="said-to-reporter-not-byline"),
    ],
)
def test_read_article_reporters(
    bundled_articles: dict[str, Article], name: str, reporters: tuple[str, ...]
) -> None:
    assert bundled_articles[name].reporters == reporters


@pytest.mark.parametrize(
    ("name", "lines"),
    [
        pytest.param(SEED, ("材料综合自中国政府网、浙江省商务厅",), id="material-from"),
        pytest.param("025.md", ("【深圳商报讯】",), id="bracketed-agency"),
        pytest.param("026.md", ("来源：宁夏日报",), id="plain-source"),
        pytest.param("010.md", (), id="adlist-source-ignored"),
    ],
)
def test_read_article_source_lines(
    bundled_articles: dict[str, Article], name: str, lines: tuple[str, ...]
) -> None:
    assert bundled_articles[name].source_lines == lines


@pytest.mark.parametrize(
    ("name", "codes"),
    [
        pytest.param(SEED, ("sh600295",), id="one"),
        pytest.param("014.md", ("sz000061", "sz000591"), id="ampersand"),
        pytest.param("001.md", (), id="empty"),
    ],
)
def test_read_article_stock_codes(
    bundled_articles: dict[str, Article], name: str, codes: tuple[str, ...]
) -> None:
    assert bundled_articles[name].stock_codes == codes


def test_read_article_captions_follow_the_body(bundled_articles: dict[str, Article]) -> None:
    article = bundled_articles["050.md"]
    caption = "中南财经政法大学退休教授赵德馨在家中书房办公，清理案头书籍和资料。记者高勇 摄"
    assert article.captions == (caption,)
    # GOLD-GUIDELINES counts what captions name: the caption is read, as the last paragraph,
    # so every offset of the body text before it stays where it was
    last = article.paragraphs[-1]
    assert (last.text, last.kind) == (caption, "image-caption")
    assert article.body.endswith("\n" + caption)
    assert [p.kind for p in article.paragraphs].count("image-caption") == 1
    assert bundled_articles["016.md"].captions == ("图片来源：新华社",)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        pytest.param(QUIRKS / "caption-table.md", "12月1日，工人在车间生产。 新华社", id="centred"),
        pytest.param(
            ARTICLES / "010.md", "成都海关签发四川首份RCEP原产地证书。 成都海关供图", id="credit"
        ),
        pytest.param(
            ARTICLES / "041.md", "大连小京都商业街（极目新闻见习记者丁伟摄）", id="photographer"
        ),
    ],
)
def test_read_article_caption_paragraph_after_image(path: Path, text: str) -> None:
    kinds = {p.text: p.kind for p in read_article(path).paragraphs}
    assert kinds[text] == "caption"


def test_read_article_short_paragraph_after_image_is_body(
    bundled_articles: dict[str, Article],
) -> None:
    kinds = {p.text: p.kind for p in bundled_articles["038.md"].paragraphs}
    assert kinds["财政部8月26日发布2021年1-7月"] == "body"


def test_a_role_label_inside_a_byline_is_no_reporter_and_the_editor_none_either() -> None:
    from kg.ingest.reader import _reporters
    from kg.model import Paragraph

    line = "每经记者 张钟尹 每经编辑 陈星"
    assert _reporters([Paragraph(line, 0, len(line))]) == ("张钟尹",)
