"""English commitment cues (wire English, government readouts, VNA/TASS/Kyodo styles)."""

from __future__ import annotations

from summitry.extract.commitments.cues import CommitmentCues, StatusCue

S = StatusCue

HEADS: tuple[tuple[str, str], ...] = (
    ("comprehensive plan of action", "plan_of_action"), ("plan of action", "plan_of_action"),
    ("plans? of action", "plan_of_action"), ("action plans?", "plan_of_action"),
    ("cooperation plans?", "plan_of_action"), ("work plans?", "plan_of_action"),
    ("master plan", "plan_of_action"), ("road ?map", "plan_of_action"),
    ("programmes?", "plan_of_action"), ("programs?", "plan_of_action"),
    ("memorand(?:um|ums|a) of understanding", "mou"), ("mous?", "mou"),
    ("joint statements?", "joint_statement"), ("joint communiq[ué]e?s?", "joint_statement"),
    ("communiq[ué]e?s?", "joint_statement"), ("joint press statement", "joint_statement"),
    ("declarations?", "declaration"), ("vision statement", "declaration"),
    ("free trade agreements?", "agreement"), ("free trade areas?", "agreement"),
    ("agreements?", "agreement"),
    ("accords?", "agreement"), ("protocols?", "agreement"), ("deals?", "agreement"),
    ("ftas?", "agreement"),
    ("treat(?:y|ies)", "treaty"), ("conventions?", "treaty"), ("charter", "treaty"),
    ("dialogues?", "mechanism"), ("mechanisms?", "mechanism"), ("committees?", "mechanism"),
    ("commissions?", "mechanism"), ("working groups?", "mechanism"), ("task force", "mechanism"),
    ("hotline", "mechanism"),
    ("funds?", "fund"), ("facility", "fund"),
    ("frameworks?", "framework"), ("goals", "framework"), ("architecture", "framework"),
    ("initiatives?", "initiative"), ("agenda", "initiative"),
    ("resolutions?", "other"), ("documents", "other"), ("consensus", "other"),
    ("code of conduct", "other"),
    ("partnership", "other"), ("outlook", "other"), ("decisions", "other"),
    ("outcomes?", "other"), ("vision", "other"), ("strategic concept", "other"),
)

BEFORE = (
    S(r"\bpart(?:y|ies) to\b|\bratified\b|\bin force\b", "in_force", "other"),
    S(r"\b(?:sign(?:ed|ing|s)?|ink(?:ed|ing)?|seal(?:ed|ing)?|exchang(?:ed|ing))\b",
      "signed", "sign"),
    S(r"\b(?:adopt(?:ed|ing|s)?|issu(?:ed|ing|e)|releas(?:ed|ing|e)|endors(?:ed|ing|e)|"
      r"approv(?:ed|ing|e)|pass(?:ed|ing)?|unveil(?:ed|ing)?)\b", "adopted", "adopt"),
    S(r"\b(?:review(?:ed|ing)?|assess(?:ed|ing)?|took stock of|evaluat(?:ed|ing|e)|"
      r"touch upon|progress (?:of|in))(?: the (?:implementation|progress|results?) (?:of|in))?"
      r"\b", "reviewed", "review"),
    S(r"\b(?:draft(?:ed|ing)?|negotiat(?:e|ed|ing|ions?)|finali[sz](?:e|ed|ing|ation)|"
      r"work(?:ing)? (?:on|towards?)|prepar(?:e|ed|ing)|conclusion of|completion of|"
      r"reaching consensus on|vote on)\b", "drafting", "agree"),
    S(r"\b(?:launch(?:ed|ing)?|establish(?:ed|ing|ment of)?|set(?:ting)? up|creat(?:ed|ing|e)|"
      r"inaugurat(?:ed|ing|e)|form(?:ed|ing)?|opened)\b", "launched", "launch"),
    S(r"\b(?:implement(?:ed|ing|ation of)?|carry(?:ing)? out|carried out|through|"
      r"progresses|comply|fulfil+)\b", "implemented", "agree"),
    S(r"\b(?:consider(?:ed|ing)?|explor(?:e|ed|ing)|study(?:ing)?|look(?:ing)? into|"
      r"discuss(?:ed|ing)?)\b", "considered", "agree"),
    S(r"\b(?:propos(?:ed|ing|e|al for)|suggest(?:ed|ing)?|call(?:ed|s)? (?:up)?on|"
      r"call(?:ed|s)? for|urg(?:ed|ing|e))\b", "proposed", "propose"),
    S(r"\b(?:agree(?:d|s)? (?:on|to)|agreed|consented|reached|decided|pledged to|pledged|"
      r"committed to)\b", "agreed", "agree"),
)

AFTER = (
    S(r"^[^,.;]{0,40}\b(?:was|were|has been|have been) (?:introduced|presented|proposed|"
      r"tabled|put forward)\b", "proposed", "propose"),
    S(r"^,? (?:which )?(?:was|were|has been|had been) (?:signed|inked)", "signed", "sign"),
    S(r"^,? (?:which )?(?:was|were|has been) (?:adopted|issued|approved)", "adopted", "adopt"),
    S(r"^,? (?:which )?(?:was|were|has been) (?:launched|established|set up)", "launched",
      "launch"),
    S(r"^ (?:entered|enters|came|comes) into force|^ in force", "in_force", "other"),
    S(r"^ (?:had|has)? ?(?:not )?made progress|^ negotiations?|^ talks", "drafting", "agree"),
    S(r"^ (?:expired|ended|concluded)", "expired", "other"),
)

MODALS = (
    S(r"\b(?:consider(?:ed|ing)?|study(?:ing)?|explor(?:e|ed|ing)|look(?:ing)? into)\b",
      "considered", "agree"),
    S(r"\b(?:propos(?:ed|ing|e)|suggest(?:ed|ing)?|call(?:s|ed)? (?:up)?on|urg(?:e|es|ed))\b",
      "proposed", "propose"),
    S(r"\b(?:agree(?:d|s)?|decided|consented)\b", "agreed", "agree"),
)

STANCES = (
    S(r"\bwelcom(?:ed|es|ing)\b", "", "welcome"), S(r"\bsupport(?:ed|s|ing)?\b", "", "support"),
    S(r"\boppos(?:ed|es|ing)\b", "", "oppose"), S(r"\b(?:prais(?:ed|es)|lauded|hailed)\b", "",
                                                  "praise"),
    S(r"\b(?:concern(?:ed|s)?|worr(?:y|ied))\b", "", "concern"),
    S(r"\b(?:call(?:ed|s)? (?:for|on)|urg(?:ed|es))\b", "", "call_for"),
    S(r"\b(?:pledg(?:ed|es)|vow(?:ed|s)|commit(?:ted|s) to)\b", "", "pledge"),
)

EN = CommitmentCues(
    lang="en",
    heads=HEADS,
    bare_heads=frozenset({"joint statement", "joint communique", "joint communiqué",
                          "joint press statement", "declaration"}),
    needs_verb=frozenset({"dialogue", "dialogues", "mechanism", "mechanisms", "committee",
                          "committees", "commission", "council", "partnership", "framework",
                          "frameworks", "agenda", "outcomes", "outcome", "decisions", "vision",
                          "programme", "programmes", "program", "programs", "consensus",
                          "deal", "deals", "agreement", "agreements", "fund", "funds",
                          "facility", "initiative", "initiatives", "architecture", "goals",
                          "resolution", "resolutions", "working group", "convention",
                          "documents"}),
    before=BEFORE,
    after=AFTER,
    modals=MODALS,
    future=r"\b(?:will|would|to be|expected to|set to|plan(?:s|ned)? to|aim(?:s|ed)? to|"
           r"going to|shall|is to|are to|likely)\b",
    stances=STANCES,
    both_sides=r"\b(?:both sides|the two sides|the two countries|the two leaders|"
               r"both leaders|the leaders|the ministers|the parties|member states|participants|"
               r"the two nations)\b",
    generic=r"^(?:the|a|an|this|that|these|their|its|our|such|new|further|existing|important|"
            r"bilateral|multilateral|cooperation|relevant|related|various|several|some|many|"
            r"all|other|its|his|her|two|three|four|five|six|seven|eight|nine|ten|\d+|"
            r"comprehensive|strategic|practical|broad|close|closer|good|joint|concrete|common|"
            r"shared|mutual|future|transparent|open|\s)*$",
    relations=frozenset({"partnership"}),
    principles=r"\b(?:in (?:accordance|line|keeping) with|pursuant to|based on|consistent with|"
               r"under|abide by|respect for|principles of) (?:the )?(?:[\w-]+ ){0,3}$",
    bundle=r"^(?:some |about |around |nearly |more than |over )?(?:\d+|two|three|four|five|six|"
           r"seven|eight|nine|ten|dozens of|several)"
           r"(?:\s+(?:cooperation|additional|new|bilateral|other|important))*\s*$",
    meeting_before=r"\b(?:meetings?|sessions?|rounds?) of (?:the )?$",
    meeting_ordinal=r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                    r"next|\d+(?:st|nd|rd|th))\b",
    meeting_after=r"^\s*(?:meeting|session|talks)\b",
    listing=r"(?:including|namely|such as)[:,]?\s*$",
    coordination=r",?\s+(?:and|as well as)\s+(?:the\s+)?|,\s+(?:the\s+)?",
    recalled=r"^,? (?:since|for the past)\b|^'s \d+\w* anniversary",
    drafts=r"^,? (?:a )?drafts?\b|^ text\b",
    left_stops=frozenset(
        "of on in for with through among amongst between about over under via across at by "
        "from into to reach reached reaches produce produces rebuild carry out make makes build "
        "boost promote enhance deepen strengthen support supports welcome welcomed sign signed "
        "adopt adopted implement implemented pass passed issue issued discuss discussed "
        "said says say agree agreed including include includes".split()),
    participles=(S(r"\s+(?:reached|agreed)\b", "agreed", "agree"),
                 S(r"\s+(?:signed|concluded)\b", "signed", "sign"),
                 S(r"\s+adopted\b", "adopted", "adopt")),
    # "in the framework of X" names the setting, not a framework agreed.
    idioms=r"\b(?:in|within|under) (?:the )?framework$",
    not_names=r"\b(?:forum|summit|meeting|un charter|charter of the united nations|"
              r"united nations charter|"
              r"convention on the law of the sea|unclos)$",
)
