"""verbs.verb_candidate: the lexicon's verb trigger and the named rules that drop, replace or retype it."""
import pytest

from detente.events.lexicon import Lexicon
from detente.events.verbs import verb_candidate


@pytest.fixture(scope="module")
def lex():
    return Lexicon.load()


def _at(nlp, lex, text, word):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    cand = verb_candidate(tok, lex)
    return None if cand is None else (cand.event_type, cand.mode)


@pytest.mark.parametrize("text, word, expected", [
    ("Putin flew to Hanoi on Wednesday.", "flew", ("CONSULT", "visit")),             # a flight is a visit
    ("The president flew out by military helicopter.", "flew", None),                # leaving is none
    ("Thousands gathered in central Tbilisi on Sunday.", "gathered", ("PROTEST", "demo")),  # crowd subject
    ("Iran is regularly struck by earthquakes.", "struck", None),                    # a hazard did it
    ("Cambodia and Laos share a long border.", "share", None),                       # a fact, no cooperation
    ("Police destroyed 1,200 hectares of marijuana plantations.", "destroyed", None),  # no attack
    ("Bolivia handed over Klaus Barbie to France.", "handed", ("COOPERATE", None)),  # an extradition
    ("Rwanda sent troops into Congo.", "sent", ("MOBILIZE", "troops")),              # entering: a deployment
    ("Senegal sent troops to Gambia to put down a coup.", "sent", ("AID", "military")),   # troops sent to help
    ("Moi ruled out a return to multi-party politics.", "ruled", ("REJECT", None)),
    ("The ministry will release its report next month.", "release", None),          # published: no one freed
    ("The US military released a video of the strike.", "released", None),          # published
    ("Israel released 90 Palestinian prisoners.", "released", ("RETREAT", "release")),
    ("Kyrgyzstan was evacuating thousands of residents from the border.", "evacuating", None),  # people moved out
    ("Russian troops evacuated Kherson.", "evacuated", ("RETREAT", "withdraw")),
    ("A Russian bus crashed in Turkey on Monday, killing 20 people.", "killing", None),  # an accident
    ("A fired employee crashed the office party in Vancouver, killing two people.", "killing", ("ASSAULT", None)),
    ("An airliner of the Russian carrier Azimuth landed in Tbilisi.", "landed", None),  # a civil craft, an airline
    ("Russian paratroopers landed near Kyiv.", "landed", ("MOBILIZE", "troops")),
    ("Carlos Mesa offered his resignation to Congress on Monday.", "offered", ("CONCEDE", None)),  # an offer
    ("Al-Shabaab militants flogged three young men in Kismayo.", "flogged", ("ASSAULT", "beat")),
    ("Trump raised tariffs on $200 billion of Chinese goods.", "raised", ("SANCTION", "discontinue")),
    ("Ukraine barred Russian airlines from its airspace.", "barred", ("SANCTION", "discontinue")),
    ("The Commerce Department added Huawei to a trade blacklist.", "added", ("SANCTION", "discontinue")),
    ("The Security Council ended a 12-year arms embargo on Ivory Coast.", "ended", ("RETREAT", None)),
    ("Nigerian university lecturers began an indefinite strike on Monday.", "began", ("PROTEST", "strike")),
    ("The European Parliament gave its assent to the agreement.", "gave", ("SUPPORT", "sign")),
    ("Denmark summoned the top US diplomat in Copenhagen on Wednesday.", "summoned", ("ACCUSE", "disapprove")),
    ("Russia formally handed Tarabarov Island to China on Tuesday.", "handed", ("RETREAT", "withdraw")),
    ("A Jordanian mercy flight landed in Benghazi.", "landed", ("AID", "humanitarian")),  # lexicon relief_marks
    ("A food convoy reached Madaya on Monday.", "reached", ("AID", "humanitarian")),
    ("Uzbekistan's justice ministry registered the opposition Erk party.", "registered", ("CONCEDE", None)),
    ("Chavez issued a fierce denunciation of the air strikes on Libya.", "issued", ("ACCUSE", "disapprove")),
    ("Carlos Mesa tendered his resignation on Monday.", "tendered", ("RETREAT", "resign")),
    ("Israeli jets struck Gaza, killing 20.", "killing", ("ASSAULT", None)),
    ("Washington has not ruled out resuming aid to Niger.", "ruled", None),          # a possibility left open
    ("De la Rua declared a state of siege on Wednesday.", "declared", ("COERCE", "martial-law")),
    ("Greek youths who have protested daily vowed to stay.", "protested", ("PROTEST", "demo")),  # crowd via "who"
    ("Palestinians sheltering in a UN school were killed.", "sheltering", None),     # no one sheltered
    ("Turkey sheltered Syrian refugees.", "sheltered", ("AID", "asylum")),
    ("Obama signed an executive order on Friday.", "signed", None),                  # no agreement signed
    ("Putin and Kim signed a treaty.", "signed", ("SUPPORT", "sign")),
    ("Police said he pulled out a revolver.", "pulled", None),
    ("Authorities released the name of the woman.", "released", None),               # a publication
    ("Aid groups spoke to aid workers at the camp.", "aid", None),                   # sm: "aid" a verb
    ("A UN team was sent after two quakes, measuring 7.6 and 7.4, struck west of Manokwari.", "struck", None),
    ("The quake struck inland, the USGS said. It destroyed houses in the district.", "destroyed", None),
    ("Chad accused Sudan of backing rebels who attacked Adre.", "backing", ("AID", "military")),  # material
    ("Brazil backed Argentina's claim to the Falklands.", "backed", ("SUPPORT", None)),             # political
    ("The air force deployed a helicopter as part of the rescue efforts.", "deployed", ("AID", "humanitarian")),
    ("Australia deployed troops to help restore calm in Honiara.", "deployed", ("AID", None)),
    ("Russia deployed troops to the border as part of drills.", "deployed", ("MOBILIZE", "troops")),
    ("Rwanda deployed thousands of troops in eastern Congo to support M23 rebels.", "deployed", ("AID", None)),
    ("The navies of Iran, Russia and China began exercises in the Gulf of Oman.", "began", ("COOPERATE", None)),
    ("Russia began joint exercises on Tuesday.", "began", ("COOPERATE", None)),      # "joint": with a partner
    ("North Korea let IAEA inspectors begin checking its sites.", "let", ("RETREAT", "access")),  # whom it lets
    ("Britain gave 20 million pounds to Ukraine.", "gave", ("AID", "economic")),
    ("Civilians were hit while sheltering themselves from the violence.", "sheltering", None),  # reflexive
    ("Our reporter says he arrived at the camp at about noon.", "arrived", None),      # the press visits no one
    ("President Kiir talked of Sudan's pending invasion.", "talked", None),            # no one to talk with
    ("Putin talked with Xi about trade.", "talked", ("CONSULT", None)),
    ("Hackers working for North Korea stole 81 million dollars from the bank.", "stole", ("COERCE", "cyber")),
    ("Hackers broke into the email accounts of its executives.", "broke", ("COERCE", "cyber")),
    ("Thieves broke into the museum.", "broke", None),                                 # no hackers, no event            # money handed over, any currency
    ("China began military exercises near Taiwan.", "began", ("MOBILIZE", "troops")),
    ("Russia deployed troops to the border to defend its territory.", "deployed", ("MOBILIZE", "troops")),  # its own
    ("Kenyatta and Magufuli spoke by telephone on Sunday.", "spoke", ("CONSULT", "phone")),
    ("Obama spoke by telephone with Rouhani on Friday.", "spoke", ("CONSULT", "phone")),
    ("There will be no change, the group's director said by telephone.", "said", None),  # no one on the line
    ("The administration revoked an eleventh-hour rule.", "revoked", None),          # housekeeping, no sanction
    ("The president revoked some of his decrees.", "revoked", ("CONCEDE", None)),   # "some of": look through
    ("The group agreed with Salazar's decision.", "agreed", ("SUPPORT", None)),     # approval, no promise
    ("Troops moved into the city, supported by artillery strikes.", "supported", None),  # fire support
    ("Greek students occupied university campuses.", "occupied", ("PROTEST", "obstruct")),
    ("Poland sent extra troops to its border with Belarus.", "sent", ("MOBILIZE", "troops")),   # massed at a border
    ("Seoul flew more drones over the North Korean capital.", "flew", ("MOBILIZE", "weapons")),
    ("The United States flew diplomats out of its embassy in Kabul.", "flew", None),  # no forces flown
    ("South Africa flew fresh supplies of arms to UNITA rebels.", "flew", ("AID", "military")),  # "supplies of"
    ("Iran reopened its embassy in Riyadh on Tuesday.", "reopened", ("SUPPORT", None)),
    ("Israel and Hezbollah have accepted a US-brokered ceasefire.", "accepted", ("AGREE", None)),
    ("Sanctions followed atrocities committed by Russian forces in Bucha.", "committed", None),
    ("Germany demolished hosts Brazil 7-1 to reach the World Cup final.", "demolished", None),  # a game
    ("Al Ahly crushed Wydad, storming into the African Champions League final.", "storming", None),
    ("North Korea fired a ballistic missile over Japan on Monday.", "fired", ("MOBILIZE", "weapons")),
    ("Chinese forces fired missiles into waters off the island.", "fired", ("MOBILIZE", "weapons")),
    ("Hamas fired rockets into Israel.", "fired", ("ASSAULT", "heavy-weapons")),
    ("US Marines began escorting food convoys to Baidoa.", "escorting", ("AID", "humanitarian")),
    ("Mexico flew rescue teams to El Salvador.", "flew", ("AID", "humanitarian")),
    ("China slapped retaliatory duties on US soybeans.", "slapped", ("SANCTION", None)),
    ("Indian and Pakistani troops traded artillery fire.", "traded", ("ASSAULT", "firearms")),
    ("Washington will suspend its joint military exercises with Seoul.", "suspend", ("CONCEDE", None)),  # a gesture
    ("The US halted war games with South Korea.", "halted", ("CONCEDE", None)),
    ("Washington will suspend military aid to Cairo.", "suspend", ("SANCTION", "discontinue")),
    ("Yemeni troops drove al Qaeda fighters out of Mukalla.", "drove", ("ASSAULT", None)),  # someone driven out
    ("The last Russian troops drove out of Kherson.", "drove", ("RETREAT", "withdraw")),     # troops leaving
    ("Houthi fighters pressed their offensive on Marib.", "pressed", ("ASSAULT", None)),
    ("The US pressed China to release the activists.", "pressed", ("REQUEST", None)),
    ("Congo flew Katanga to The Hague and surrendered him to the International Criminal Court.", "surrendered",
     ("COOPERATE", None)),                                                            # a person handed to a court
    ("Duque withdrew a proposed tax reform on Sunday.", "withdrew", ("CONCEDE", None)),
    ("North Korea detonated its first hydrogen bomb.", "detonated", ("MOBILIZE", "weapons")),  # a test
    ("Ukraine's Supreme Court annulled the disputed presidential runoff.", "annulled", ("SANCTION", None)),
    ("Pakistan's Supreme Court disqualified Prime Minister Nawaz Sharif.", "disqualified", ("SANCTION", None)),
    ("Norway declared 15 Russian embassy officials persona non grata.", "declared", ("SANCTION", "expel")),
    ("The US halted arms sales to Uzbekistan.", "halted", ("SANCTION", "discontinue")),
    ("Parliament voted him out on Tuesday.", "voted", ("SANCTION", None)),
    ("Pakistan shot down two Indian jets and captured a pilot.", "captured", ("COERCE", "seize")),  # people captured
    ("Separatist forces captured the Black Sea city of Sukhumi.", "captured", ("ASSAULT", None)),   # a place taken
    ("Venezuela agreed on Tuesday to a US request for talks.", "agreed", ("CONCEDE", None)),      # giving in to an ask
    ("Tehran promised brutal retribution.", "promised", ("THREATEN", "violence")),
])
def test_verb_candidate_rules(nlp, lex, text, word, expected):
    assert _at(nlp, lex, text, word) == expected
