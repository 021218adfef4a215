"""What a reader of the timeline sees of each event, on short hand-written news sentences: factuality
(a wrong one hides a real event or shows one that did not happen), tense and aspect, polarity,
modality, and who did it to whom."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from timeline.model import Event

Detect = Callable[[str], dict[str, Event]]

pytestmark = pytest.mark.slow


H, N, R, A = "hypothetical", "negated", "reported", "actual"

#: (sentence, trigger, factuality) — what the timeline shows as having happened, and what it leaves out.
FACTUALITY = [
    # modals and conditionals
    ("The central bank would cut rates if inflation fell.", "cut", H),
    ("The central bank would cut rates if inflation fell.", "fell", H),
    ("The minister could resign next week.", "resign", H),
    ("Investors might sell their shares.", "sell", H),
    ("If the talks fail, the army would attack the city.", "fail", H),
    ("The minister will visit Paris.", "visit", A),  # the future tense: placed after the writing
    # governors of intention, expectation and threat
    ("The company plans to close two factories.", "close", H),
    ("The president is expected to sign the bill on Friday.", "sign", H),
    ("The union threatened to strike over pay.", "strike", H),
    ("The mayor wants to build a new stadium.", "build", H),
    ("The coach hopes to win the title.", "win", H),  # "hopes" is lemmatized "hop"
    ("She hoped to win the race.", "win", H),
    ("The train was supposed to arrive at noon.", "arrive", H),
    ("The ship is due to arrive on Monday.", "arrive", H),
    ("The team is set to sign the striker.", "sign", H),
    ("The government is about to announce new rules.", "announce", H),
    ("The law was to be passed last year.", "passed", H),
    ("Smith agreed to pay the fine.", "pay", H),
    ("The rebels appear to have withdrawn.", "withdrawn", H),  # only how it looks
    ("The economy seems to be recovering.", "recovering", H),
    # not done
    ("The senator refused to answer questions.", "answer", N),
    ("The rocket failed to reach orbit.", "reach", N),
    ("The minister denied that he took bribes.", "took", N),
    ("No one was hurt in the blast.", "hurt", N),
    ("Nobody was injured in the crash.", "injured", N),
    ("Nothing happened during the night.", "happened", N),
    ("Officials said no one was killed.", "killed", N),
    ("The prime minister did not attend the summit.", "attend", N),
    ("The two leaders have never met.", "met", N),
    ("The troops opened fire without warning.", "warning", N),
    ("The troops opened fire without warning.", "opened", A),  # the warning is negated, the act is not
    ("He left without saying goodbye.", "saying", N),
    ("The company no longer makes cars.", "makes", N),
    ("The council has yet to approve the plan.", "approve", N),
    ("Organizers called off the march.", "march", N),
    ("Organizers called off the march.", "called", A),
    ("The government canceled the concert.", "concert", N),
    ("The government canceled the concert.", "canceled", A),
    ("Engineers averted a disaster.", "disaster", N),
    ("The minister ruled out a strike.", "strike", N),
    ("The canceled concert cost the city millions.", "concert", N),
    ("The strike was averted at the last minute.", "strike", N),
    ("The visit, which had been planned for months, was canceled.", "visit", N),
    ("The visit, which had been planned for months, was canceled.", "planned", A),
    ("His refusal to pay angered the court.", "pay", N),
    # only reported
    ("The man allegedly stole three cars.", "stole", R),
    ("The rebels reportedly seized the airport.", "seized", R),
    ("The group claimed that it carried out the attack.", "carried", R),
    ("He said the deal was signed.", "signed", R),
    ("The gunman, police said, fled on foot.", "fled", R),  # a reporting verb set in the clause
    ("The gunman, police said, fled on foot.", "said", A),
    ("There were rumors that the chief executive resigned.", "resigned", R),
    ("Residents heard reports of shelling near the border.", "shelling", R),
    # nouns
    ("Shareholders approved the proposed merger.", "merger", H),
    ("Workers warned of a possible strike.", "strike", H),
    ("The planned visit was postponed.", "visit", H),
    ("The army crushed the failed coup.", "coup", A),  # it happened, and failed
    ("The government announced a plan to close the plant.", "close", H),
    ("Investors fear the threat of a strike.", "strike", H),
    # what someone opposes or warns against is a possibility, not a fact
    ("He underscored the administration's opposition to a major operation in Rafah.", "operation", H),
    ("Washington opposes a major operation in Rafah.", "operation", H),
    ("The minister cautioned against a strike.", "strike", H),
    ("Several members objected to the merger.", "merger", H),
    # an attempt's goal is not asserted (TimeML: the argument of "attempt" is no fact); only an event is attempted
    ("The guard was charged with the attempted murder of a prisoner.", "murder", H),
    ("Police arrested two men after an attempted robbery.", "robbery", H),
    # a denied noun of evidence neither asserts nor denies its content
    ("There is no evidence that the pilot fled.", "fled", H),
    ("Investigators found no sign that the driver braked.", "braked", H),
    ("Rescuers saw no sign of fighting in the village.", "fighting", H),
    ("Inspectors did not find evidence that the reactor had leaked.", "leaked", H),
    ("There is evidence that the pilot fled.", "fled", A),  # asserted through the evidence
    # mood
    ("Will the Fed cut rates this month?", "cut", H),
    ("Did the army attack the town?", "attack", H),
    ("Why did the army attack the town?", "attack", A),  # a wh-question takes the attack as given
    ('"Leave the building now," the officer shouted.', "Leave", H),
    ('"Leave the building now," the officer shouted.', "shouted", A),
    ("The storm not only flooded the streets but also cut power.", "flooded", A),  # no negation
    ("The guards stopped the man before he could escape.", "escape", H),
    ("The town used to host a festival.", "host", A),
    # a condition that was not met
    ("If they had cut rates in July, we would not be here.", "cut", N),
    ("If talks fail, the army will attack.", "fail", H),
    # the same with no "if", the auxiliary before the subject; not a past perfect told as fact
    ("Had he been appointed in 2022, the bank would have survived.", "appointed", N),
    ("Had the talks failed on Monday, the army would have attacked.", "failed", N),
    ("Should the talks fail, the army will attack.", "fail", H),
    ("He had been appointed in 2022, and the bank survived.", "appointed", A),
    ("Officials said the talks had failed on Monday.", "failed", R),
    # a saying after the quote that holds a condition is no consequent of it
    ('"If Lumora had come two weeks ago, this deal would not have gotten done," said one banker.', "said", A),
    # a clause the parse hangs before a verb that takes no complement put first is a clause of its own
    (
        "Most of the victims were trapped in a mezzanine area where, investigators later found, "
        "two emergency exits had been blocked by pallets.",
        "trapped",
        A,
    ),
    ("OPEC+ decided on Sunday to keep its policy of reducing output, a cut agreed in October.", "decided", A),
    ("The talks failed, officials said.", "failed", R),
    # a past told in an adverbial clause is asserted whatever its head is
    (
        "More than 8,000 people were ordered to evacuate overnight as a fast-moving wildfire jumped Interstate 5 "
        "and pushed toward the outskirts of Redding.",
        "jumped",
        A,
    ),
    ("He plans to leave when the talks end.", "end", H),
    ("The deal will collapse, analysts fear.", "collapse", H),
    # two verbs of a headline joined by a comma: neither is the other's complement
    ("Lumen recalls 1.2 million thermostats over fire risk, delays new model", "recalls", A),
    ("The panel advised against starting aspirin.", "starting", H),
    # "almost", "nearly" on the verb: it did not quite happen (not on a figure: "rose nearly 5 percent")
    ("I almost gave up twice.", "gave", N),
    ("The bank nearly collapsed in 2008.", "collapsed", N),
    ("Prices rose nearly 5 percent.", "rose", A),
    ("Profits nearly doubled last year.", "doubled", A),
]


@pytest.mark.parametrize(("sentence", "trigger", "factuality"), FACTUALITY)
def test_factuality_of_news_events(detect: Detect, sentence: str, trigger: str, factuality: str) -> None:
    assert detect(sentence)[trigger].factuality == factuality


#: (sentence, trigger, expected attributes) — TimeML tense, aspect, polarity and modality.
ATTRIBUTES: list[tuple[str, str, dict[str, Any]]] = [
    ("The bridge has been closed since May.", "closed", {"tense": "PRESENT", "aspect": "PERFECTIVE"}),
    ("The rebels had been fighting for years.", "fighting", {"tense": "PAST", "aspect": "PERFECTIVE_PROGRESSIVE"}),
    ("By June, the company will have hired 500 workers.", "hired", {"tense": "FUTURE", "aspect": "PERFECTIVE"}),
    ("The minister will visit Paris.", "visit", {"tense": "FUTURE", "modality": None}),  # "will" is tense, no modal
    ("Officials must evacuate the area.", "evacuate", {"modality": "must", "tense": "NONE"}),
    ("Drivers should avoid the highway.", "avoid", {"modality": "should"}),
    ("Prices may rise again.", "rise", {"modality": "may"}),
    ("Citizens can vote online.", "vote", {"modality": "can"}),
    ("The minister could resign next week.", "resign", {"modality": "could"}),
    # an event noun someone opposes or warns against: the word as its modality, like the subject of "would"
    ("A major ground operation would mean more deaths.", "operation", {"modality": "would"}),
    ("He underscored the administration's opposition to a major operation.", "operation", {"modality": "opposition"}),
    ("The White House voiced opposition to a ground invasion.", "invasion", {"modality": "opposition"}),
    ("Washington opposes a major operation in Rafah.", "operation", {"modality": "opposes"}),
    ("The minister cautioned against a strike.", "strike", {"modality": "cautioned"}),
    ("The minister announced a strike.", "strike", {"modality": None}),
    # so does one a noun or a modifier makes a possibility (TimeML writes "likelihood", "possible", "potential")
    ("Investors fear the threat of a strike.", "strike", {"modality": "threat"}),
    ("Officials discussed the risk of a wider war.", "war", {"modality": "risk"}),
    ("Workers warned of a possible strike.", "strike", {"modality": "possible"}),
    ("Officials discussed a potential incursion into Rafah.", "incursion", {"modality": "potential"}),
    ("The planned visit was postponed.", "visit", {"modality": None}),  # a plan: placed in the future
    ("Extremists opposed to the IRA's truce attacked the town.", "truce", {"modality": None}),  # someone's, under way
    ("Inspectors arrived for a tour likely to last a week.", "tour", {"modality": None}),  # likely to last
    # a gerund in a noun's place, as the noun would be
    ("Officials warned against attacking the city.", "attacking", {"modality": "warned", "tense": "PRESPART"}),
    ("Biden opposed sending troops to the region.", "sending", {"modality": "opposed"}),
    ("Investors feared the risk of losing money.", "losing", {"modality": "risk"}),
    ("The police began investigating the shooting.", "investigating", {"modality": None}),
    ("No one was hurt in the blast.", "hurt", {"polarity": "NEG", "tense": "PAST"}),
    ("The company no longer makes cars.", "makes", {"polarity": "NEG", "tense": "PRESENT"}),
    ("The storm not only flooded the streets but also cut power.", "flooded", {"polarity": "POS"}),
    ("The company has not yet decided.", "decided", {"polarity": "NEG", "aspect": "PERFECTIVE"}),
]


@pytest.mark.parametrize(("sentence", "trigger", "expected"), ATTRIBUTES)
def test_timeml_attributes_of_news_events(
    detect: Detect, sentence: str, trigger: str, expected: dict[str, Any]
) -> None:
    event = detect(sentence)[trigger]
    found = {
        "tense": event.tense.value,
        "aspect": event.aspect.value,
        "polarity": event.polarity.value,
        "modality": event.modality,
    }
    assert {k: found[k] for k in expected} == expected


#: (sentence, trigger, participants as (role, words)) — who did it, to whom.
PARTICIPANTS = [
    ("The suspect was arrested by police.", "arrested", [("patient", "The suspect"), ("agent", "police")]),
    ("The suspect was arrested on Tuesday.", "arrested", [("patient", "The suspect")]),
    ("Biden and Xi met in California.", "met", [("agent", "Biden"), ("agent", "Xi")]),
    ("The man who shot the officer fled.", "shot", [("agent", "The man"), ("patient", "the officer")]),
    ("Smith agreed to pay the fine.", "pay", [("agent", "Smith"), ("patient", "the fine")]),
    ("The president is expected to sign the bill.", "sign", [("agent", "The president"), ("patient", "the bill")]),
    ("Police urged residents to leave.", "leave", [("agent", "residents")]),
    (
        "The police arrested two men and charged them with theft.",
        "charged",
        [("agent", "The police"), ("patient", "them")],
    ),
    ("The suspect was arrested and charged with theft.", "charged", [("patient", "The suspect")]),
    ("A man wearing a mask robbed the bank.", "robbed", [("agent", "A man"), ("patient", "the bank")]),
    ("A man wearing a mask robbed the bank.", "wearing", [("agent", "A man"), ("patient", "a mask")]),
    ("Two soldiers killed in the attack were buried.", "killed", [("patient", "Two soldiers")]),
    ("The bank cut rates, hoping to boost growth.", "hoping", [("agent", "The bank")]),
    ("Asked about the plan, the minister declined to comment.", "Asked", [("patient", "the minister")]),
    ("Russia's invasion of Ukraine began in 2022.", "invasion", [("agent", "Russia"), ("patient", "Ukraine")]),
    ("Last week's attack killed two people.", "attack", []),  # a time does not attack
    ("The attack on the embassy killed two guards.", "attack", [("patient", "the embassy")]),
    ("The attack on Tuesday killed two guards.", "attack", []),
    ("Israel's strikes on Gaza continued.", "strikes", [("agent", "Israel"), ("patient", "Gaza")]),
    ("The war against the rebels dragged on.", "war", [("patient", "the rebels")]),
    ("The talks on trade resumed on Monday.", "talks", []),  # a topic, not a target
    ("He said the deal was signed.", "said", [("agent", "He")]),  # a pronoun stays as written
]


@pytest.mark.parametrize(("sentence", "trigger", "participants"), PARTICIPANTS)
def test_participants_of_news_events(
    detect: Detect, sentence: str, trigger: str, participants: list[tuple[str, str]]
) -> None:
    assert [(p.role, p.text) for p in detect(sentence)[trigger].participants] == participants


def test_a_reporting_verb_set_in_the_clause_is_its_source(detect: Detect) -> None:
    events = detect("The gunman, police said, fled on foot.")
    assert events["fled"].reported_by == events["said"].id
