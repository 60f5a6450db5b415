"""English cues, written from the conventions of English-language wire and agency copy
(VNA, Xinhua, Reuters style): "A held talks with B", "A received B", "held phone talks",
"paid a state visit to", "co-chaired by", "in the form of videoconference".
"""

from __future__ import annotations

import re

from summitry.extract.patterns import Cues, Trigger


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_VIDEO = r"(?:video|virtual|online|videoconference)"
#: An article or possessive, then up to three modifiers before a meeting noun: "a formal",
#: "their first one-on-one", "bilateral", "wide-ranging".
_DET = r"(?:(?:a|an|the|their|his|her)\s+)?"
#: A day written between the verb and "with" (held talks Thursday with, met here with).
_WHEN = (
    r"(?:\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|\s+(?:today|yesterday|here|there|separately|jointly|together|also|briefly|privately))?"
)
_ADJ = r"(?:(?!with\b|phone\b|telephone\b|video\b)[a-z][a-z\-]*\s+){0,3}?"
TRIGGERS = (
    # "A was received by B", "A is being hosted by B": B receives A (listed first, so that
    # the bare "received" below does not read the guest as the host)
    Trigger(
        _re(
            r"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been|being|been)\s+"
            r"(?:(?:\w+ly|also|later|then|first)\s+)?(?:being\s+)?"
            r"(?:received|welcomed|hosted|greeted)\s+by\b"
        ),
        "talks",
        "reception",
        "after",
        passive=True,
    ),
    Trigger(
        _re(
            rf"\b(?:held|holds|hold|had|has|have|holding|conducted)\s+(?:separate\s+)?{_VIDEO}\s+"
            r"(?:talks|calls?|meetings?|conversations?)\s+with\b"
        ),
        "call",
        "call",
        "after",
        split=True,
        format="virtual",
    ),
    Trigger(
        _re(
            r"\b(?:held|holds|hold|had|has|have|holding|made|makes|conducted)\s+(?:a\s+|separate\s+)?"
            r"(?:phone|telephone)\s+(?:talks|calls?|conversations?)\s+with\b"
            r"|\b(?:talked|talks|spoke|speaks)\s+(?:over\s+the\s+|by\s+)?(?:phone|telephone)\s+with\b"
            r"|\b(?:in|during|over)\s+(?:a|an)\s+(?:phone|telephone)\s+(?:call|conversation|talk)\s+with\b"
            r"|\b(?:phoned|called)\b"
        ),
        "call",
        "call",
        "after",
        split=True,
        format="phone",
    ),
    # "During a phone call on Tuesday, A congratulated B": a fronted meeting phrase whose
    # parties are the main clause's subject and object
    Trigger(
        _re(
            r"\b(?:During|In|Over)\s+(?:a|an|their)\s+(?:phone|telephone)\s+"
            r"(?:call|conversation|talks)\b(?!\s+with\b)"
        ),
        "call",
        "call",
        "lead",
        format="phone",
    ),
    Trigger(
        _re(
            r"\b(?:During|In|At)\s+(?:a|an|their)\s+(?:video\s*(?:call|conference)|virtual\s+"
            r"(?:meeting|summit|call))\b(?!\s+with\b)"
        ),
        "call",
        "call",
        "lead",
        format="virtual",
    ),
    Trigger(
        _re(
            rf"\b(?:held|holds|hold|had|has|have|holding)\s+{_DET}{_ADJ}"
            rf"(?:talks|meeting|meetings|discussions|consultations|summit){_WHEN}\s+with\b"
            rf"|\b(?:met|meets|meet|meeting){_WHEN}\s+(?:separately\s+)?with\b|\bmet\b(?!\s+(?:in|at|on|to)\b)"
            # "A sat down with B", "sits down for talks with B": the wire idiom for talks
            r"|\b(?:sat|sits|sit|sitting)\s+down\s+(?:(?:for|to)\s+(?:\w+\s+){0,2}?talks\s+)?with\b"
            r"|[’']s\s+(?:[a-z][\w\-]*\s+){0,2}?(?:meeting|talks)\s+with\b"
            # "Modi's first bilateral meeting, of the five scheduled, was with B"
            r"|[’']s\s+(?:[a-z][\w\-]*\s+){0,2}?(?:meeting|talks)"
            r"(?:\s+(?:of|on|during)\s+(?:the\s+|his\s+|her\s+)?[a-z]+)?(?:,[^,;.]{1,60},)?"
            r"\s+(?:was|were|is)\s+with\b"
            r"|\bmeets\b(?!\s+(?:in|at|on|to)\b)"
        ),
        "talks",
        "talks",
        "after",
    ),
    # "Xi and Obama held talks", "the two leaders held a meeting", "the two met in Delhi":
    # the parties are the coordinated subject
    Trigger(
        _re(
            rf"\b(?:held|holds|hold|had|holding)\s+{_DET}{_ADJ}(?:talks|meeting|meetings|summit)\b"
            r"(?!\s+(?:with|of|on|for|to)\b)|\bmet\b(?=\s+(?:in|at|on|for|during)\b)"
        ),
        "talks",
        "talks",
        "coord",
    ),
    # "A and B spoke by phone", "the two leaders held a telephone conversation": a call
    # whose parties are the coordinated subject (no with-phrase)
    Trigger(
        _re(
            r"\b(?:spoke|speak|talked|talk)\s+(?:by|over\s+the|on\s+the)\s+(?:phone|telephone)\b"
            r"(?!\s+with\b)"
            r"|\b(?:held|hold|had|have)\s+(?:a\s+)?(?:phone|telephone)\s+(?:talks|calls?|conversation)\b"
            r"(?!\s+with\b)"
        ),
        "call",
        "call",
        "coord",
        format="phone",
    ),
    Trigger(
        _re(
            r"\b(?:received|receives|receiving|welcomed|hosted\s+a\s+reception\s+for|hosts\s+a\s+reception\s+for"
            r"|paid\s+a\s+courtesy\s+(?:call|visit)\s+(?:on|to)|pays\s+a\s+courtesy\s+(?:call|visit)\s+(?:on|to))\b"
            r"(?!\s+(?:credentials|letters|the\s+credentials|a\s+delegation))"
        ),
        "talks",
        "reception",
        "after",
        split=True,
    ),
    # "Sunak hosts Ramaphosa at No 10", "Biden hosted Trudeau at the White House": a guest
    # named right after the verb (not "hosted a dinner", "hosted the summit")
    Trigger(
        re.compile(
            r"\b(?:[Hh]osts|[Hh]osted|[Hh]osting)\s+(?=(?:[A-Z][\w.\-’']*\s+){0,5}?[A-Z])"
            r"(?!(?:The|A|An|This|That|Its|His|Her|Their)\s)"
        ),
        "talks",
        "reception",
        "after",
        split=True,
    ),
    Trigger(
        _re(
            r"\b(?:presented|presents|presenting|present)\s+(?:his|her|their|the)?\s*(?:letters\s+of\s+)?"
            r"credentials\s+to\b|\breceives?d?\s+(?:the\s+)?credentials\s+(?:of|from)\b"
        ),
        "talks",
        "credentials",
        "after",
    ),
    Trigger(
        _re(
            r"\b(?:paid|pays|paying|pay|began|begins|concluded|concludes|wrapped\s+up|is\s+on|was\s+on|"
            r"started|starts|making|made|makes)\s+(?:a|an|his|her|their)?\s*(?:\w+[- ]day\s+)?"
            r"(?:state|official|working|friendship|official\s+friendship|official\s+working)?\s*visit\s+to\b"
            r"|\bvisited\b|\bvisits\b(?=\s+[A-Z])|\barrived\s+in\b"
            # "arrived in Tokyo on a state visit to Japan", "X, on an official visit to Y,"
            r"|\bon\s+(?:a|an)\s+(?:\w+[- ]day\s+)?(?:state|official|working|friendship)\s+"
            r"(?:working\s+|friendship\s+)?visit\s+to\b"
            r"|[’']s\s+(?:[a-z][\w\-]*\s+){0,3}?visit\s+to\b"
            r"|\bpart\s+of\s+(?:his|her|their)\s+(?:\w+[- ]day\s+)?(?:state|official|working)\s+"
            r"visit\s+to\b"
        ),
        "visit",
        "visit",
        "after",
    ),
    # "B's first overseas visit since …", "during his three-day visit": a visit whose place
    # the sentence does not name; the host of B's talks before it gives it (frame_visits.py)
    Trigger(
        _re(
            r"[’']s\s+(?:(?:first|maiden|\w+[- ]day|overseas|foreign|official|"
            r"state|working)\s+){1,3}(?:visit|trip)\b(?!\s+(?:to|of|by|in|at)\b)"
        ),
        "visit",
        "visit",
        "after",
    ),
    # "A received visiting Australian Prime Minister B": a visit to A's state, told from the
    # host's side (frame_visits.EN_HOST_SIDE_VISIT); only before a capitalised title or name.
    Trigger(_re(r"\bvisiting(?=\s+(?-i:[A-Z]))"), "visit", "visit", "after"),
)

CUES = Cues(
    lang="en",
    triggers=TRIGGERS,
    meeting_nouns=_re(
        r"\b(?:Summits?|Meetings?|Conferences?|Retreat|Dialogue|Forum|Consultations?|Session|"
        r"Ministerial\s+Council|"
        r"Debate|Talks|Round|Negotiations?)\b"
    ),
    name_stops=_re(
        r"\b(?:attended|attend|attends|held|holds|hosted|chaired|co-chaired|at|in|on|to|during|"
        r"for|by|with|after|before|from|as|while|said|the)$"
    ),
    not_meetings=_re(
        r"(?:meeting\s+room|Party\s+Congress|National\s+Congress|press\s+conference|news\s+conference|"
        r"plenary\s+session\s+of\s+the\s+National\s+Assembly|cabinet\s+meeting|Government\s+meeting|"
        r"National\s+Assembly\s+session)"
    ),
    level_cues=(
        (_re(r"\bSummits?\b|\bLeaders\b|\bHeads\s+of\s+(?:State|Government)\b"), "summit"),
        (_re(r"\bMinisters?\b|\bMinisterial\b|\bAMM\b|\bADMM\b|\bAEM\b|\bFMs?\b"), "ministerial"),
        (
            _re(
                r"\bSenior\s+Officials\b|\bSOM\b|\bADSOM\b|\bDeputy\s+(?:Foreign\s+)?Ministers\b|\bWorking\s+Group\b"
            ),
            "senior_officials",
        ),
    ),
    format_cues=(
        (_re(r"\bhybrid\b|\bin[- ]person\s+and\s+(?:online|virtual)"), "hybrid"),
        (
            _re(
                r"\bvideo\s*conference|\bvideoconference|\bvirtual(?:ly)?\b|\bonline\b|\bvia\s+video\b|"
                r"\bvideo\s+(?:link|call|talks)\b|\bteleconference\b"
            ),
            "virtual",
        ),
        (_re(r"\bphone\b|\btelephone\b"), "phone"),
    ),
    ordinals=(
        _re(r"\b(\d{1,3})(?:st|nd|rd|th)\b"),
        _re(r"\b(?:AMM|SOM|ADMM|AEM|EAS|ARF|APEC|ASEAN)[- ](\d{1,3})\b"),
        _re(r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b"),
    ),
    chair_before=_re(
        r"\b(?:co-?chair(?:ed|ing|s)|chair(?:ed|ing|s)|presid(?:ed|es|ing)\s+over|hosted)\b(?!\s+by)"
    ),
    chair_after=_re(
        r"\b(?:co-?chaired\s+by|chaired\s+by|presided\s+over\s+by|hosted\s+by|under\s+the\s+"
        r"(?:co-?)?chair(?:manship)?\s+of|with\s+.{0,40}\s+as\s+(?:the\s+)?chair)\b"
        # the chair in apposition: "As chair of the X Summit, A opened…", "the host of the
        # summit, A, …"
        r"|\bas\s+(?:the\s+)?(?:co-?)?chair(?:man|woman|person)?\s+of\s+the\s+[^,;.]{1,60},"
        r"|\bthe\s+host\s+of\s+the\s+(?:summit|meeting|talks|conference|event)\s*,"
    ),
    co_chair=_re(r"\bco-?chair"),
    occasion_before=_re(
        r"\b(?:on|at)\s+the\s+(?:sidelines|margins?)\s+of\s+(?:the\s+|this\s+year[’']s\s+)?$"
    ),
    attendee_list=_re(
        r"\b(?:brought\s+together|gathered|drew|draws|brings\s+together)\b[^.;]{0,60}?"
        r"\b(?:leaders|heads\s+of\s+state|ministers|officials|dignitaries)\b[^.;]{0,20}?"
        r"\b(?:including|among\s+them)\b"
    ),
    attend=_re(
        r"\battend(?:ed|s|ing)?\b|\bjoined\b|\bparticipated\b|\btook\s+part\b|\bconvened\b|\bgathered\b"
        # "A arrived in Lima for the Apec leaders' meeting": A attends it
        r"|\barriv(?:ed|es|ing)\b(?=[^.;]{0,60}?\bfor\s+(?:the|an?|this)\b)"
        r"|\bled\s+(?:the|a)\s+"
        r"(?:\w+\s+)?delegation\b|\bdeliver(?:ed|s)?\s+(?:an?\s+)?(?:opening\s+)?(?:speech|remarks)\b"
    ),
    delegation=_re(r"^\s*(?:high-level\s+)?delegations?\b"),
    anaphora=_re(
        r"\b(?:the|this)\s+(?:meeting|event|conference|summit|session|retreat|debate|talks)\b"
    ),
    during=_re(
        r"\bduring\s+(?:the|his|her|their)\s+(?:\w+\s+)?visit\b|\bon\s+the\s+occasion\s+of\s+the\s+visit\b"
    ),
    same_day=_re(
        r"\b(?:the\s+same\s+day|earlier\s+(?:that|the\s+same)\s+day|later\s+(?:that|the\s+same)\s+day|"
        r"earlier\s+in\s+the\s+day)\b"
    ),
    recall=_re(
        r"\b(?:reached|agreed|adopted)\s+at\b|\bprevious\b|\blast\b|\bearlier\b|\bformer\b|\bsince\b|"
        r"\brecalled\b|\bwelcomed\s+the\s+(?:outcome|results?)\b|\bin\s+(?:19|20)\d\d\b"
    ),
    plan_firm=_re(
        r"preparations?\s+for|prepar(?:e|ing)\s+for|agreed\s+to\s+(?:soon\s+)?(?:organi[sz]e|hold|convene)"
        # support for a host: the meeting is still to come
        r"|\bsupport(?:s|ed|ing)?\s+(?:for\s+)?[^,.;]{0,40}?\b(?:hosting|bid\s+to\s+host|candidacy)\b"
    ),
    plan=_re(
        r"\bwill\b|\bto\s+be\s+held\b|\bslated\b|\bscheduled\b|\bupcoming\b|\bplanned\b|"
        r"\bnext\s+(?:week|month|year|meeting|summit|round|session|time)\b|\bthe\s+next\b|"
        r"\bsupport(?:s|ed|ing)?\s+(?:for\s+)?[^,.;]{0,40}?\b(?:hosting|bid\s+to\s+host|candidacy)\b|"
        r"\bpreparations?\s+for\b|\bprepar(?:e|ing)\s+for\b|\bagreed\s+to\s+(?:soon\s+)?(?:organi[sz]e|hold|convene)\b|"
        r"\binvit(?:ed|ation)\b|"
        # arranged or expected, not yet held: is set to attend, is expected to meet, is due to
        r"\b(?:set|expected|due|poised|slated)\s+to\s+(?:attend|visit|meet|hold|host|travel|"
        r"chair|take\s+part|participate|join|be\s+held|take\s+place)\b"
    ),
    # a plan written after the meeting: the summit, which will take place…; to be held
    plan_after=_re(
        r"[^.;]{0,60}?,\s*which\s+(?:will|is\s+(?:due|set|scheduled|expected)\s+to)\b"
        r"|[^.;]{0,40}?\b(?:to\s+be\s+held|due\s+to\s+(?:be\s+held|take\s+place|open))\b"
    ),
    occasion=_re(
        r"\bon\s+the\s+(?:occasion|sidelines?)\s+of\b|\bon\s+the\s+margins?\s+of\b|\bin\s+the\s+framework\s+of\b|"
        r"\bwithin\s+the\s+framework\s+of\b|\bon\s+the\s+first\s+day\b|\bincluding\b"
    ),
    separately=_re(
        r"\bseparate(?:ly)?\b|\brespectively\b"
        r"|\b(?:bilateral|one-on-one|one-to-one)\s+(?:talks|meetings?|summits?)\b"
    ),
    partner=_re(r"\bwith\b"),
    conjunction=_re(r",\s*and\b|\band\b|,"),
    speech=_re(
        r"\bsaid\b|\bsays\b|\bstressed\b|\bunderlined\b|\baffirmed\b|\bnoted\b|\bhighlighted\b|\bproposed\b|"
        r"\bsuggested\b|\burged\b|\bexpressed\b|\bemphasi[sz]ed\b|\bspoke\b|\bthanked\b|\bpledged\b|"
        r"\blauded\b|\bvalued\b|\bwelcomed\b|\bspeaking\b"
    ),
    # first match wins: the deputy titles before the titles they contain
    unnamed_titles=(
        (_re(r"\bdeputy\s+(?:foreign\s+)?ministers?\b|\bsenior\s+officials\b"), "senior_officials"),
        (_re(r"\bambassadors?\b|\bcharg[eé]\s+d'affaires\b|\bconsuls?\s+general\b"), "other"),
        (_re(r"\bdeputy\s+prime\s+ministers?\b"), "ministerial"),
        (
            _re(r"\b(?:prime\s+ministers?|presidents?|PMs?|kings?|general\s+secretar(?:y|ies))\b"),
            "summit",
        ),
        (_re(r"\b(?:foreign\s+)?ministers?\b|\bFMs?\b"), "ministerial"),
    ),
    both_sides=_re(
        r"\bthe\s+two\s+(?:leaders|ministers|prime\s+ministers|PMs|presidents|FMs|sides|officials"
        r"|heads\s+of\s+(?:state|government)|foreign\s+ministers|premiers|counterparts)\b"
    ),
    invitation=_re(r"\bat\s+the\s+invitation\s+of\s+(.{1,120}?)(?:,|\.|$)"),
    teaser=_re(
        r"\s*(?:Related\s+(?:news|articles?|stories)|Read\s+more|See\s+also|Previous|Next)"
        r"\s*[:：]"
    ),
    done=_re(
        r"\b(?:took\s+place|was\s+held|were\s+held|has\s+been\s+held|opened|closed|concluded"
        r"|wrapped\s+up)\b"
    ),
    attended_by=_re(r"\b(?:attended|joined)\s+by\b"),
    list_ahead=_re(
        r"\s*(?:with\s+)?(?:several|a\s+number|a\s+series|a\s+host|a\s+raft|a\s+few|some|many"
        r"|various|numerous|\w+\s+other)\s+(?:of\s+)?(?:(?:his|her|their|the|its)\s+)?"
        r"(?:[a-z\-]+\s+){0,2}?(?:counterparts|leaders|heads\s+of\s+(?:state|government)"
        r"|ministers|dignitaries|officials|presidents|prime\s+ministers)\b"
    ),
    separately_after=_re(r"\bseparately\b|\bone\s+by\s+one\b|\bin\s+turn\b"),
    pairs_and_all=_re(
        r"\bbilateral\s+(?:and|as\s+well\s+as|plus)\s+(?:trilateral|three-way|multilateral)\b"
        r"|\b(?:trilateral|three-way)\s+(?:and|as\s+well\s+as)\s+(?:separate\s+)?bilateral\b"
    ),
    list_lead=_re(
        r"\s*(?:They|These|Those)\s+(?:included|include|were|are)\b"
        r"|\s*Among\s+(?:them|those|these)\s+(?:were|was|are|is)\b"
    ),
    cancel=_re(
        r"\b(?:cancel(?:l?ed|s)?|call(?:ed|s)?\s+off|postpone[ds]?|scrapped|shelved|put\s+off)\b"
    ),
)
