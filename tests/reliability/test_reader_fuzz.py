"""Hypothesis-generated bad input: whatever the bytes, the reader gives an Article or one line.

Properties (each checked on a few hundred generated files, derandomised so CI is stable):
* arbitrary bytes and mutated real articles never raise anything but ``InputError``,
  and the message is ``<path>: <problem>`` on one line;
* any title YAML can hold comes back exactly (after ``strip``) or is refused as empty;
* dates: RFC 1123 strings made from real datetimes round-trip; other text is refused;
* script/style content put anywhere in random HTML never reaches paragraph text.
"""

from __future__ import annotations

import re
import tempfile
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import FrontMatterError, InputError
from kg.ingest import read_article
from kg.model import Article
from tests.conftest import SEED_JINHUA
from tests.reliability.articles import GOOD_TEXT, body, make_article, yaml_scalar

FUZZ = settings(
    max_examples=80, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
EVIL = "EVIL"


def _read(data: bytes | str, name: str = "fuzz.md") -> Article | InputError:
    """Write ``data`` to a fresh file and read it; return the article or the InputError."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        try:
            return read_article(path)
        except InputError as exc:
            message = str(exc)
            assert message.startswith(f"{path}: ") and exc.problem, message
            assert "\n" not in message and "\r" not in message, message
            return exc


@FUZZ
@given(st.binary(max_size=3000))
def test_read_article_any_bytes_give_article_or_one_line(data: bytes) -> None:
    _read(data)


@FUZZ
@given(st.binary(min_size=1, max_size=400))
def test_read_article_bytes_after_a_good_front_matter(tail: bytes) -> None:
    _read(make_article(html="").encode() + tail)


_SEED = SEED_JINHUA.read_bytes()
_SEED_TITLE = "国务院批复同意金华、舟山设立跨境电商综试区，浙江率先实现省域全覆盖！"


@FUZZ
@given(st.binary(min_size=1, max_size=200), st.booleans())
def test_read_article_stray_bytes_in_utf8_keep_the_text(junk: bytes, at_end: bool) -> None:
    """A real UTF-8 article with stray bytes is not re-read as GB18030 (which garbles it)."""
    cut = _SEED.index(b"</p>")
    data = _SEED + junk if at_end else _SEED[:cut] + junk + _SEED[cut:]
    result = _read(data)
    if isinstance(result, Article):
        assert result.title == _SEED_TITLE
        assert not any("gb18030" in w for w in result.warnings), result.warnings


@st.composite
def _mutations(draw: st.DrawFn) -> bytes:
    """A real article with a few bytes deleted, replaced or inserted anywhere."""
    data = bytearray(_SEED)
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, len(data) - 1))
        kind = draw(st.sampled_from(["delete", "replace", "insert", "truncate"]))
        chunk = draw(st.binary(min_size=1, max_size=16))
        if kind == "delete":
            del data[at : at + len(chunk)]
        elif kind == "replace":
            data[at : at + len(chunk)] = chunk
        elif kind == "insert":
            data[at:at] = chunk
        else:
            del data[at:]
        if not data:
            break
    return bytes(data)


@FUZZ
@given(_mutations())
def test_read_article_mutated_real_article_gives_article_or_one_line(data: bytes) -> None:
    result = _read(data)
    if isinstance(result, Article):
        assert result.paragraphs and all(p.text for p in result.paragraphs)


@FUZZ
@given(st.text(max_size=120))
def test_read_article_any_title_round_trips_or_is_empty(title: str) -> None:
    result = _read(make_article(title=title))
    if not title.strip():
        assert isinstance(result, FrontMatterError)
        assert result.problem == "front matter 'title' is empty: give the headline"
    else:
        assert isinstance(result, Article), result
        assert result.title == title.strip()
        assert result.paragraphs[0].text == GOOD_TEXT


@FUZZ
@given(st.datetimes(min_value=datetime(1000, 1, 1), max_value=datetime(9999, 12, 31)))
def test_read_article_rfc1123_dates_round_trip(when: datetime) -> None:
    when = when.replace(microsecond=0, tzinfo=UTC)
    result = _read(make_article(date=format_datetime(when, usegmt=True)))
    assert isinstance(result, Article), result
    assert result.published == when


_RFC1123 = re.compile(
    r"\s*(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep"
    r"|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d GMT\s*"
)


@FUZZ
@given(
    st.one_of(
        st.text(max_size=40),
        st.from_regex(r"\A(Mon|Thu|Xyz), \d{1,3} (Feb|Fev) \d{2,5} \d{1,2}:\d\d:\d\d (GMT|UTC)\Z"),
    )
)
def test_read_article_other_date_text_is_refused(date: str) -> None:
    result = _read(make_article(date=yaml_scalar(date)))
    if _RFC1123.fullmatch(date):
        return  # shaped like RFC 1123: accepted when the calendar allows it
    assert isinstance(result, FrontMatterError), result
    assert result.problem.startswith("front matter ")


_TEXT = st.text(alphabet="商务部表示同意设立综试区abc <>&\"'=/!-", min_size=0, max_size=12)
_PIECES = st.one_of(
    _TEXT,
    st.sampled_from(
        [
            "<p>",
            "</p>",
            "<div>",
            "</div>",
            "<span>",
            "</span>",
            "<font>",
            "<br>",
            "<!--",
            "-->",
            "<b>",
            '<p class="',
            '">',
            "<td>",
            "<table>",
            "<!DOCTYPE html>",
            "<?xml ?>",
        ]
    ),
    st.sampled_from(
        [
            f"<script>{EVIL}</script>",
            f"<SCRIPT>{EVIL}()</SCRIPT>",
            f"<Script>{EVIL}",
            f"<style>.{EVIL}{{}}</style>",
            f"<style>{EVIL}",
            f"<noscript>{EVIL}</noscript>",
            f'<p onclick="{EVIL}">x</p>',
            f'<img onerror="{EVIL}" src=x>',
        ]
    ),
)


@FUZZ
@given(st.lists(_PIECES, max_size=30))
def test_read_article_script_text_never_reaches_paragraphs_in_random_html(
    pieces: list[str],
) -> None:
    html = body(GOOD_TEXT, raw="".join(pieces))
    result = _read(make_article(html=html))
    if isinstance(result, Article):
        texts = [p.text for p in result.paragraphs] + list(result.captions)
        assert not any(EVIL in t for t in texts), texts
