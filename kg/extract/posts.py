"""Posts people hold: 商务部新闻发言人高峰, 海关总署统计分析司司长李魁文, 常务副省长郭宁宁.

Input: the linked mentions of one article (people carry rule
``pattern:person-spokesperson`` or ``pattern:person-official``) and the reference data.
Output: ``org:holds`` relations person → ``post/<body>-<role>`` and one ``org:Post``
entity per post (labelled body name + title, ``org:postIn`` the body).
It does not: find names or titles (``kg.nlp.patterns``) or decide whom a person
speaks for (``kg.link.mentions.person_post``, which the person's IRI used too).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from kg import iris
from kg.extract.bodies import display_name
from kg.extract.relations import evidence, sentence_at
from kg.link.bodies import BodyName, mentioned_place
from kg.link.mentions import government_name, government_slug, person_post
from kg.model import Annotated, Entity, Literal, Mention, Relation
from kg.nlp.lexicon import government_heads
from kg.refdata.records import Place, Reference

__all__ = ["post_facts"]

_SPOKESPERSON = "新闻发言人"
_RULES = {"pattern:person-spokesperson", "pattern:person-official"}


def _body_name(slug: str, reference: Reference, names: dict[str, str]) -> str:
    org = reference.orgs.get(slug)
    return org.name_zh if org is not None else names.get(iris.org_iri(slug), slug)


def post_facts(
    annotated: Annotated,
    mentions: Sequence[Mention],
    reference: Reference,
    bodies: Mapping[str, BodyName],
) -> tuple[list[Relation], list[Entity]]:
    """``org:holds`` relations and ``org:Post`` entities of one article.

    Args:
        annotated: the article.
        mentions: its linked mentions, in text order.
        reference: the reference data.
        bodies: ``kg.link.bodies.body_records`` of those mentions (names of new bodies).

    Returns:
        ``(relations, entities)``: one relation per (person, post) at its first
        evidence, one entity per post.
    """
    names = {iri: display_name(body.canonical) for iri, body in bodies.items()}
    relations: list[Relation] = []
    posts: dict[str, Entity] = {}
    governments = _governments(mentions, reference)
    seen: set[tuple[str, str]] = set()
    for mention in mentions:
        if mention.rule not in _RULES or mention.iri is None:
            continue
        post_of = person_post(annotated, mentions, mention, reference)
        if post_of is None:
            continue
        context, role = post_of
        if context == "reporter" or role is None:
            continue
        # 副部长兼国际贸易谈判副代表: two posts in the same body
        roles = [
            *filter(None, role.split("兼")),
            *_second_role(annotated.article.body, mention, role),
        ]
        for each in roles:
            post = iris.post_iri(context, iris.role_slug(each))
            if (mention.iri, post) in seen:
                continue
            seen.add((mention.iri, post))
            rule = "relation:spokesperson" if each == _SPOKESPERSON else "relation:official-post"
            relations.append(
                Relation(
                    mention.iri,
                    "org:holds",
                    post,
                    evidence(annotated, mention.start, mention.end, rule),
                )
            )
            place = governments.get(context) if iris.org_iri(context) not in names else None
            if place is not None:  # 杭州市常务副市长: the city's government, named by the title
                name = government_name(place, reference)
                names[iris.org_iri(context)] = name
                posts.setdefault(iris.org_iri(context), _government(context, name))
                relations.append(
                    Relation(
                        iris.org_iri(context),
                        "schema:areaServed",
                        iris.place_iri(place.code),
                        evidence(
                            annotated, mention.start, mention.end, "relation:government-of-title"
                        ),
                    )
                )
            if each in _HEADS_OF_GOVERNMENT:
                relations += _work_reports(annotated, mentions, mention, iris.org_iri(context))
            label = f"{_body_name(context, reference, names)}{each}"
            posts.setdefault(
                post,
                Entity(
                    post,
                    ("org:Post",),
                    ((label, "zh"),),
                    in_reference=False,
                    facts=(("org:postIn", iris.org_iri(context)),),
                ),
            )
    return relations, [posts[iri] for iri in sorted(posts)]  # posts and governments


#: titles of the head of a people's government, who gives its work report
_HEADS_OF_GOVERNMENT = frozenset(
    word for title, _ in government_heads() for word in (title, "代" + title)
)


def _work_reports(
    annotated: Annotated, mentions: Sequence[Mention], head: Mention, government: str
) -> list[Relation]:
    """宁波市市长汤飞帆1月10日…作政府工作报告: the report the head of a government gives in
    the same sentence is that government's."""
    span = sentence_at(annotated, head.start)
    return [
        Relation(
            doc.iri or "",
            "schema:legislationPassedBy",
            government,
            evidence(annotated, head.start, doc.end, "relation:report-by-head-of-government"),
        )
        for doc in mentions
        if doc.label == "Legislation"
        and doc.iri
        and head.end <= doc.start < span[1]
        and doc.text.endswith("政府工作报告")
    ]


def _governments(mentions: Sequence[Mention], reference: Reference) -> dict[str, Place]:
    """``government_slug`` → place, for the places the article names, alone or opening a
    body's name (a title's government is always one of them)."""
    places = (mentioned_place(m, reference) for m in mentions)
    return {government_slug(p, reference): p for p in places if p is not None}


def _government(slug: str, name: str) -> Entity:
    """The entity of a people's government the table does not list (杭州市人民政府)."""
    return Entity(
        iris.org_iri(slug),
        ("schema:GovernmentOrganization", "org:Organization"),
        ((name, "zh"),),
        in_reference=False,
        facts=(("schema:name", Literal(name, lang="zh")),),
    )


# 海关总署新闻发言人、统计分析司司长吕大良: the spokesperson also heads a department
_SECOND_ROLE = re.compile(r"新闻发言人、(?P<role>[\u4e00-\u9fff]{2,10}?司副?司长)$")
# 国家外汇管理局副局长、新闻发言人王春英: a post of the body written before 、新闻发言人
_FIRST_ROLE = re.compile(r"(?P<role>副?(?:部长|局长|署长|主任|司长|厅长|关长|秘书长))、新闻发言人$")


def _second_role(body: str, mention: Mention, role: str) -> list[str]:
    """The other post a spokesperson holds, written with 、 beside 新闻发言人."""
    if role != _SPOKESPERSON:
        return []
    window = (body, max(0, mention.start - 24), mention.start)
    found = _SECOND_ROLE.search(*window) or _FIRST_ROLE.search(*window)
    return [found.group("role")] if found else []
