"""The REST API's response and request bodies, as pydantic models.

They exist for the OpenAPI schema (``/api/openapi.json``) and for validating what comes in;
the values come from the store's typed records (:mod:`summitry.store.results`). Meetings
carry the contract's fields (``../shared/CONTRACT.md``) with actors as objects and every
source in full, so a client never needs a second call to cite an article.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, Field


class ErrorDetail(BaseModel):
    status: int = Field(description="the HTTP status, repeated for clients that lose it")
    code: str = Field(description="a stable machine-readable code: not_found, bad_request, "
                                  "invalid_request, unauthorized, forbidden, "
                                  "method_not_allowed, payload_too_large, internal_error")
    message: str
    details: list[dict[str, Any]] | None = Field(
        default=None, description="for invalid_request: each invalid parameter or field")


class ErrorBody(BaseModel):
    """Every error the API returns has this one shape."""

    error: ErrorDetail


class Actor(BaseModel):
    id: str = Field(description="store-wide id: state:RUS, org:ASEAN, person:…, local:…")
    type: str
    code: str | None
    name: str


class ActorHit(Actor):
    origin: str = Field(description="kb (from the knowledge base) or local (seen in articles)")
    meetings: int


class Evidence(BaseModel):
    doc: str
    start: int = Field(description="offset into the document's original text (end exclusive)")
    end: int
    text: str


class Source(BaseModel):
    """One article's account of a meeting."""

    id: int = Field(description="the account id (for summitry unlink)")
    doc: str
    reported: bool = Field(description="true: the article reports the meeting as news; "
                                       "false: it recalls or announces it")
    title: str | None = None
    published: str | None = None
    name: str | None = Field(default=None, description="the meeting's name in this article")
    date: str | None = Field(default=None, description="the date this article gives")
    score: float | None = Field(default=None, description="link score; null when this account "
                                                          "started the meeting")
    reason: str | None = None


class DateRange(BaseModel):
    start: str | None = Field(description="ISO 8601, as precise as the text allows "
                                          "(2021-01-26, 2020-11, --06-17)")
    end: str | None


class Meeting(BaseModel):
    id: int
    name: str | None
    kind: str
    format: str | None
    level: str | None
    ordinal: int | None
    series: str | None
    date: DateRange
    location: str | None
    chairs: list[Actor]
    participants: list[Actor]
    reported: bool
    evidence: list[Evidence]
    sources: list[Source]


class LinkEvent(BaseModel):
    action: str = Field(description="new, merge, unlink, drop")
    doc_id: str
    local_id: str
    score: float | None
    reason: str | None
    run_id: int | None


class MeetingDetail(Meeting):
    history: list[LinkEvent] = Field(description="every linking decision, oldest first")


T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """One page of a longer list: ask again with ``offset=next_offset`` for the next."""

    total: int = Field(description="how many items match, over all pages")
    limit: int
    offset: int
    next_offset: int | None = Field(description="the offset of the next page; null on the "
                                                "last")
    total_is_lower_bound: bool = Field(
        default=False, description="true when counting stopped early (a search counts its "
                                   "matches only to the end of the page asked for and one "
                                   "past it): there are at least total items, and a next "
                                   "page")
    items: list[T]


class Office(BaseModel):
    title: str
    of: str | None
    start: str | None
    end: str | None


class TitleSeen(BaseModel):
    title: str
    documents: int


class Counterpart(Actor):
    meetings: int


class ActorProfile(BaseModel):
    actor: Actor
    origin: str
    names: dict[str, str]
    wikidata: str | None
    offices: list[Office] = Field(description="offices the knowledge base gives, dated")
    titles_seen: list[TitleSeen] = Field(description="titles articles give the actor")
    meetings: int
    chaired: int
    per_year: dict[str, int]
    per_month: dict[str, int]
    counterparts: list[Counterpart]
    recent: list[Meeting]


class SearchHit(BaseModel):
    doc: str
    title: str | None
    published: str | None
    lang: str | None
    snippet: str = Field(description="whole words around the first match, each match in "
                                     "[brackets]; for an actor hit, its names")
    meetings: list[int]


class DocumentHit(BaseModel):
    doc: str
    title: str | None
    published: str | None
    lang: str | None
    meetings: list[int]


class Mention(BaseModel):
    start: int
    end: int
    text: str


class Entity(BaseModel):
    id: str = Field(description="the document-local id (e1, e2…) meetings refer to")
    type: str
    code: str | None
    name: str
    names: dict[str, str] = {}
    mentions: list[Mention]
    roles: list[dict[str, Any]] = []


class DocumentMeeting(BaseModel):
    """A meeting as this document states it (the contract's meeting object), with the
    store meeting it was linked to."""

    id: str
    name: str | None
    kind: str
    format: str | None
    level: str | None
    ordinal: int | None
    date: DateRange
    location: str | None
    chairs: list[str]
    participants: list[str]
    reported: bool
    evidence: list[Mention]
    linked_meeting: int | None


class Document(BaseModel):
    id: str
    title: str | None
    published: str | None
    lang: str | None
    script: str | None
    url: str | None
    source: str | None
    raw_format: str = Field(description="text or html (for html, text is the page's main text)")
    encoding: str | None
    text: str = Field(description="the original text: every offset indexes it")
    body: str = Field(description="the cleaned body (no captions, teasers, navigation)")
    dateline: dict[str, Any] | None
    published_source: str | None
    entities: list[Entity]
    times: list[dict[str, Any]]
    meetings: list[DocumentMeeting]


class Dyad(BaseModel):
    """Every meeting in which both actors took part, in date order."""

    a: Actor
    b: Actor
    per_year: dict[str, int]
    meetings: Page[Meeting]


class DocumentIn(BaseModel):
    """One article, as a line of the JSON Lines input of ``summitry ingest``."""

    id: str = Field(min_length=1, max_length=500)
    text: str | None = None
    html: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    lang: str | None = None


class Skip(BaseModel):
    source: str | None
    line: int | None
    kind: str
    message: str


class IngestResult(BaseModel):
    run_id: int
    read: int
    new: int
    changed: int
    unchanged: int
    skipped: int
    meetings_new: int
    meetings_merged: int
    meetings_dropped: int
    skips: list[Skip]
    #: What was repaired or dropped in documents that were kept (a bad "published").
    warnings: list[str] = []
