"""Closed namespace of the pilot-zone-kg TBox: an unknown ``KGO.term`` raises.

GENERATED from ontology/pilot-zone-kg.ttl by ``python -m kg.graph.gen_namespaces``;
do not edit by hand (tests/graph/test_namespaces.py fails on drift).
"""

# ruff: noqa: N815, E501
from __future__ import annotations

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

__all__ = ["KGO", "KGO_TERMS"]


class KGO(DefinedNamespace):
    """The ``kgo:`` terms; ``KGO.Unknown`` raises AttributeError (``_fail = True``)."""

    _NS = Namespace("https://w3id.org/pilot-zone-kg/ont#")
    _fail = True

    ArticleGraph: URIRef  # article graph
    Claim: URIRef  # claim
    ClaimKind: URIRef  # claim kind
    ComprehensiveBondedZone: URIRef  # comprehensive bonded zone
    County: URIRef  # county-level division
    CrossBorderEcommerceZone: URIRef  # cross-border e-commerce comprehensive pilot zone
    FirstZone: URIRef  # first zone
    FreeTradeZone: URIRef  # pilot free trade zone
    InternationalOrganization: URIRef  # international organisation or bloc
    Level: URIRef  # level
    Measure: URIRef  # measure
    MonthOnMonthGrowth: URIRef  # month-on-month growth rate
    Multiple: URIRef  # growth multiple
    PercentagePointChange: URIRef  # change in percentage points
    PilotZone: URIRef  # pilot zone
    PilotZoneBatch: URIRef  # pilot zone batch
    Prefecture: URIRef  # prefecture-level division
    Province: URIRef  # province-level division
    ProvinceCoverage: URIRef  # province-wide coverage
    Share: URIRef  # share
    SpecialArea: URIRef  # special area
    Statistic: URIRef  # statistic
    TwoYearAverageGrowth: URIRef  # two-year average growth rate
    YearOnYearGrowth: URIRef  # year-on-year growth rate
    ZonesInFirstBatches: URIRef  # zones in the first batches
    ZonesInPlace: URIRef  # zones in a place
    ZonesNationwide: URIRef  # zones nationwide
    aboutZoneType: URIRef  # about zone type
    absorbedInto: URIRef  # absorbed into
    activeOnlineShopCount: URIRef  # number of active online shops
    adcode: URIRef  # administrative division code
    approvedBy: URIRef  # approved by
    approximation: URIRef  # approximation
    asOfDate: URIRef  # as-of date
    assertsObject: URIRef  # asserts object
    assertsProperty: URIRef  # asserts property
    batchOrdinal: URIRef  # batch ordinal
    checkStatus: URIRef  # check status
    checkedValue: URIRef  # checked value
    claimAbout: URIRef  # claim about
    claimKind: URIRef  # claim kind
    claimedValue: URIRef  # claimed value
    confidence: URIRef  # confidence
    contentHash: URIRef  # content hash
    crossBorderEcommerceExportValue: URIRef  # cross-border e-commerce export value
    crossBorderEcommerceImportValue: URIRef  # cross-border e-commerce import value
    crossBorderEcommerceTradeValue: URIRef  # cross-border e-commerce import and export value
    cumulativeZoneCount: URIRef  # cumulative zone count
    documentNumber: URIRef  # document number
    effectiveDate: URIRef  # effective date
    endConfidence: URIRef  # end confidence
    endDate: URIRef  # end date
    endedBy: URIRef  # ended by
    establishedBy: URIRef  # established by
    establishes: URIRef  # establishes
    exportValue: URIRef  # export value
    fixedAssetInvestment: URIRef  # fixed-asset investment
    foreignInvestmentValue: URIRef  # foreign investment actually used
    foreignTradeValue: URIRef  # foreign trade value
    gdp: URIRef  # gross domestic product
    growthOf: URIRef  # growth of
    headlineTerm: URIRef  # headline term
    hostProvince: URIRef  # host province
    importValue: URIRef  # import value
    inBatch: URIRef  # in batch
    industrialValueAdded: URIRef  # industrial value added
    industry: URIRef  # industry
    isTarget: URIRef  # is target
    iso3166: URIRef  # ISO 3166-1 code
    mentionIn: URIRef  # mention in
    mentionOf: URIRef  # mention of
    mentionSentence: URIRef  # mention sentence
    mentionedOn: URIRef  # mentioned on
    notInReference: URIRef  # not in reference
    observationKey: URIRef  # observation key
    observationRank: URIRef  # observation rank
    originalTitle: URIRef  # original title
    outwardInvestmentValue: URIRef  # outward direct investment
    overseasWarehouseArea: URIRef  # overseas warehouse floor area
    overseasWarehouseCount: URIRef  # number of overseas warehouses
    periodEnd: URIRef  # period end
    periodLabel: URIRef  # period label
    periodStart: URIRef  # period start
    pilotZoneCount: URIRef  # number of pilot zones
    practiceCount: URIRef  # number of practices
    profitTotal: URIRef  # total profit
    realEstateInvestment: URIRef  # real-estate development investment
    reportedFigure: URIRef  # other reported figure
    retailSalesValue: URIRef  # retail sales of consumer goods
    rule: URIRef  # extraction rule
    sentence: URIRef  # evidence sentence
    serviceTradeValue: URIRef  # trade in services value
    sortKey: URIRef  # sort key
    sourceFile: URIRef  # source file
    standardCount: URIRef  # number of standards
    statistic: URIRef  # statistic
    stockCode: URIRef  # stock code
    tradePartner: URIRef  # trade partner
    uptoBatch: URIRef  # up to batch
    workCode: URIRef  # work code
    zoneCount: URIRef  # zone count
    zoneType: URIRef  # zone type


#: Local names of every term the TBox defines.
KGO_TERMS: frozenset[str] = frozenset({
    "ArticleGraph",
    "Claim",
    "ClaimKind",
    "ComprehensiveBondedZone",
    "County",
    "CrossBorderEcommerceZone",
    "FirstZone",
    "FreeTradeZone",
    "InternationalOrganization",
    "Level",
    "Measure",
    "MonthOnMonthGrowth",
    "Multiple",
    "PercentagePointChange",
    "PilotZone",
    "PilotZoneBatch",
    "Prefecture",
    "Province",
    "ProvinceCoverage",
    "Share",
    "SpecialArea",
    "Statistic",
    "TwoYearAverageGrowth",
    "YearOnYearGrowth",
    "ZonesInFirstBatches",
    "ZonesInPlace",
    "ZonesNationwide",
    "aboutZoneType",
    "absorbedInto",
    "activeOnlineShopCount",
    "adcode",
    "approvedBy",
    "approximation",
    "asOfDate",
    "assertsObject",
    "assertsProperty",
    "batchOrdinal",
    "checkStatus",
    "checkedValue",
    "claimAbout",
    "claimKind",
    "claimedValue",
    "confidence",
    "contentHash",
    "crossBorderEcommerceExportValue",
    "crossBorderEcommerceImportValue",
    "crossBorderEcommerceTradeValue",
    "cumulativeZoneCount",
    "documentNumber",
    "effectiveDate",
    "endConfidence",
    "endDate",
    "endedBy",
    "establishedBy",
    "establishes",
    "exportValue",
    "fixedAssetInvestment",
    "foreignInvestmentValue",
    "foreignTradeValue",
    "gdp",
    "growthOf",
    "headlineTerm",
    "hostProvince",
    "importValue",
    "inBatch",
    "industrialValueAdded",
    "industry",
    "isTarget",
    "iso3166",
    "mentionIn",
    "mentionOf",
    "mentionSentence",
    "mentionedOn",
    "notInReference",
    "observationKey",
    "observationRank",
    "originalTitle",
    "outwardInvestmentValue",
    "overseasWarehouseArea",
    "overseasWarehouseCount",
    "periodEnd",
    "periodLabel",
    "periodStart",
    "pilotZoneCount",
    "practiceCount",
    "profitTotal",
    "realEstateInvestment",
    "reportedFigure",
    "retailSalesValue",
    "rule",
    "sentence",
    "serviceTradeValue",
    "sortKey",
    "sourceFile",
    "standardCount",
    "statistic",
    "stockCode",
    "tradePartner",
    "uptoBatch",
    "workCode",
    "zoneCount",
    "zoneType",
})
