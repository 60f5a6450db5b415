"""What counts as a commitment: a candidate name and the status finding for it in, yes or
no out. The cascade, in order:

1. a programme named by its construction (``共建“…”``) counts;
2. a mechanism named as the body a meeting belongs to, a head inside a set phrase
   (``in the framework of``), a treaty or declaration cited as a principle (``根据《…宪章》``,
   "in line with the … Treaty"), an actor the knowledge base knows whose name no verb
   governs (or that is a body already), do not;
3. a counted bundle of documents that a verb signs or adopts counts (one commitment);
4. a document head standing alone (``联合声明``) counts when a verb governs it;
5. heads that need a verb (mechanisms, plans, frameworks...) need one in their own clause,
   unless the name is a title in 《》;
6. a relationship counts only when directly established, agreed, proposed or being
   finalised, and not when recalled (``…10周年``); nor is a mechanism recalled so;
7. mechanisms given as examples (``…等机制``) do not;
8. a name must be more than its head and words that name nothing (``重要共识``, "joint
   goals"); with no verb, only titles count.
"""

from __future__ import annotations

import re

from summitry.extract.commitments.cues import CommitmentCues
from summitry.extract.commitments.names import Candidate
from summitry.extract.commitments.parties import EntityIndex
from summitry.extract.commitments.status import StatusFinding

#: Kinds a text cites as principles (the UN Charter, UNCLOS, a founding declaration).
CITED = frozenset({"treaty", "declaration"})
#: Kinds whose counted plurals are a bundle of documents (``12项协议``, "some 70 agreements").
BUNDLED = frozenset({"agreement", "mou", "treaty", "declaration", "joint_statement", "other"})
#: A relationship counts only when its verb governs it directly (``建立全面战略伙伴关系``,
#: "agreed to strengthen their health partnership"), not across a clause.
RELATION_REACH = {"zh": 1, "en": 40}


class Admission:
    def __init__(self, cues: CommitmentCues, text: str, index: EntityIndex):
        self.cues = cues
        self.lang = cues.lang
        self.text = text
        self.index = index

    def admit(self, cand: Candidate, finding: StatusFinding | None) -> bool:
        name = self.text[cand.start:cand.end]
        modifier = cand.modifier.strip()
        bare = not modifier and (self.lang == "zh" or name.lower() == cand.head)
        if cand.preset is not None:
            return True
        if cand.kind == "mechanism" and self.names_a_meeting(cand):
            return False
        head_end = cand.start + len(cand.modifier) + len(cand.head)
        if self.cues.rx("idioms").search(self.text[max(0, cand.start - 12):head_end]):
            return False
        if cand.kind in CITED and self.cues.rx("principles").search(
                self.text[max(0, cand.start - 30):cand.start]):
            return False  # cited as a principle, not made or kept here
        actor = self.index.covers(cand.start, cand.end)
        known = self.index.known_undertaking(cand.start, cand.end) is not None
        if actor and not known and (finding is None or cand.kind == "mechanism"):
            return False
        if (finding is not None and cand.kind in BUNDLED
                and self.cues.rx("bundle").fullmatch(modifier)):
            # A bundle (``签署了12项合作文件``, "signed 10 resolutions"), unless it counts
            # the titles just listed (``《A》和《B》两份成果文件``).
            return self.text[max(0, cand.start - 1):cand.start] not in ("》", "”")
        if cand.head in self.cues.bare_heads and finding is not None and (
                not modifier or self.lang == "en"):
            return True
        # A title in 《》 is delimited by the text itself; quotes or English capitals are not
        # as sure a sign.
        marked = cand.titled and self.text[cand.start - 1:cand.start] == "《"
        if cand.head in self.cues.needs_verb and not marked and (
                finding is None or ".sentence" in finding.rule):
            return False
        if cand.head in self.cues.relations and not cand.titled and not known and (
                finding is None
                or finding.status not in ("launched", "agreed", "proposed", "drafting")
                or cand.start - finding.span[1] > RELATION_REACH[self.lang]
                or self.cues.rx("recalled").search(self.text[cand.end:cand.end + 12])):
            return False
        if cand.kind == "mechanism" and not cand.titled and re.search(
                self.cues.recalled, self.text[cand.end:cand.end + 12]):
            return False  # a body recalled on its anniversary (``…机制建立20周年``)
        if cand.kind == "mechanism" and self.cues.rx("examples").search(modifier):
            # Mechanisms given as examples (``“东盟10+3”等机制``) are a kind, not one body;
            # documents given so (``…等决议``) are one bundle.
            return False
        named = cand.titled or not self.cues.rx("generic").fullmatch(
            modifier.strip("“”\"'")) or (
            self.lang == "en" and len(name) > len(modifier) + len(cand.head) + 2)
        if bare or not named:
            return False
        if finding is None:
            return marked or (cand.titled and cand.head not in self.cues.needs_verb)
        return True

    def names_a_meeting(self, cand: Candidate) -> bool:
        """A mechanism named as the body a meeting belongs to (``the 24th meeting of the …
        Committee``, ``third … Strategic Dialogue``, ``…委员会第三次会议``)."""
        rx = self.cues.rx
        return bool(rx("meeting_before").search(self.text[max(0, cand.start - 40):cand.start])
                    or rx("meeting_ordinal").search(cand.modifier)
                    or rx("meeting_after").match(self.text[cand.end:cand.end + 12]))
