"""Parse repairs: pipeline components that fix what the small English model gets wrong in news text, each
after the pipe whose output it mends (see `parse.load_nlp`)."""
from __future__ import annotations

from importlib import resources

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .syntax import GERUND_PREPS, TEST_PREFIX, TESTED_STEMS, acronym, to_infinitive

# prefixes the tokenizer splits off with their hyphen ("re", "-", "open"), after which sm parses the
# prefix as the verb ("will co-operate": ROOT "co") or the three pieces as three objects
PREFIXES = frozenset({"re", "co", "counter"})


def _tested(head: str, tail: str) -> bool:
    """"test" + "fired": a tested act, which keeps its stem's lemma."""
    return head.lower() == TEST_PREFIX and tail.lower().startswith(TESTED_STEMS)


# hyphenated nouns the tokenizer splits, after which sm parses "sit" "-" "in" as a noun and a particle
HYPHENED = frozenset({("sit", "in"), ("sit", "ins")})


def _prefixed(a: Token, b: Token) -> bool:
    return a.lower_ in PREFIXES or _tested(a.text, b.text) or (a.lower_, b.lower_) in HYPHENED


@Language.component("prefix_words")
def prefix_words(doc):
    """Merge "re" "-" "open" (and "test" "-" "fired", "sit" "-" "in") back into one word before tagging and parsing."""
    spans, i = [], 0
    while i < len(doc) - 2:
        a, hyphen, b = doc[i], doc[i + 1], doc[i + 2]
        if _prefixed(a, b) and hyphen.text == "-" and not a.whitespace_ and not hyphen.whitespace_ and b.is_alpha \
                and (i == 0 or doc[i - 1].whitespace_ or not doc[i - 1].is_alpha):
            spans.append(doc[i:i + 3])
            i += 3
        else:
            i += 1
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)
    return doc


@Language.factory("prefix_lemmas")
def make_prefix_lemmas(nlp: Language, name: str):
    """The lemma of a merged prefix word is the prefix and its stem's lemma: "re-opened" -> "reopen",
    "co-operation" -> "cooperation" (the rule lemmatizer alone gives "re-opene"); a tested act's is its stem's:
    "test-fired" -> "fire"."""
    lemmatizer = nlp.get_pipe("lemmatizer")

    def prefix_lemmas(doc):
        for t in doc:
            head, sep, tail = t.text.partition("-")
            tested = _tested(head, tail)
            if sep and (head.lower() in PREFIXES or tested) and tail.isalpha():
                stem = Doc(doc.vocab, words=[tail.lower()], pos=[t.pos_ or "X"])[0]
                lemma = lemmatizer.rule_lemmatize(stem)[0] if t.pos_ in ("VERB", "NOUN", "ADJ", "AUX") else tail.lower()
                t.lemma_ = lemma if tested else head.lower() + lemma
        return doc
    return prefix_lemmas


@Language.factory("verb_roots")
def make_verb_roots(nlp: Language, name: str):
    """A sentence root with a subject and a direct object is a verb, whatever the tagger said: sm tags
    "retook" in "The Sudanese army retook Khartoum" as a noun, "open" in "Kenyan police open fire" as an adjective. So is a word after "to" with a direct object,
    which complements the verb it hangs on ("voted by 367 to 137 to impeach President Rousseff": sm tags
    "impeach" a noun, attached by "dep"). Its lemma comes from the rule lemmatizer."""
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None

    def verb_roots(doc):
        for t in doc:
            if t.pos_ not in ("NOUN", "ADJ", "ADV") or not t.is_lower or not any(c.dep_ == "dobj" for c in t.children):
                continue
            if t.dep_ == "ROOT" and t.pos_ != "ADV" and any(c.dep_ == "nsubj" for c in t.children):
                t.pos_, t.tag_ = "VERB", "VBZ" if t.lower_.endswith("s") else "VBD"
            elif t.dep_ in ("dep", "advcl") and t.head.pos_ == "VERB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in t.children):
                # ("voted to authorise a US-led force": sm tags the British spelling an adverb)
                t.pos_, t.tag_, t.dep_ = "VERB", "VB", "xcomp" if t.dep_ == "dep" else "advcl"
            else:
                continue
            if lemmatizer is not None:
                t.lemma_ = lemmatizer.rule_lemmatize(Doc(doc.vocab, words=[t.lower_], pos=["VERB"])[0])[0]
        return doc
    return verb_roots


@Language.component("gerund_objects")
def gerund_objects(doc):
    """"accused its troops of burning villages": sm reads an -ing word right after "of" as an adjective of
    the noun that follows ("burning villages", villages that burn). Where the preposition hangs on a verb
    or on a verb's direct object, the -ing word is the verb of a gerund clause and the noun its object."""
    for t in doc:
        if t.tag_ != "VBG" or t.dep_ != "amod" or t.i == 0:
            continue
        noun, prep = t.head, doc[t.i - 1]
        if noun.dep_ != "pobj" or noun.head != prep or prep.lower_ not in GERUND_PREPS or noun.i <= t.i:
            continue
        gov = prep.head
        if gov.pos_ != "VERB" and not (gov.dep_ in ("dobj", "obj") and gov.head.pos_ == "VERB"):
            continue
        t.head, t.dep_, t.pos_ = prep, "pcomp", "VERB"
        noun.head, noun.dep_ = t, "dobj"
    return doc


_ENDS = frozenset({".", "!", "?"})
_RELATIVIZERS = frozenset({"who", "which", "that", "whom", "whose"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
_PHRASE_DEPS = frozenset({"amod", "compound", "nmod", "nummod"})
_VERB_SIDE = frozenset({"prep", "punct", "advcl", "advmod", "npadvmod", "acl"})  # an object's dependents the verb takes
_BEFORE_ADJECTIVE = frozenset({"DT", "PDT", "PRP$", "JJ", "JJR", "JJS", "CD", "HYPH", "IN", "TO"})  # "the alleged", "for ignored calls"
_CALENDAR = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                       "yesterday", "overnight", "tonight"})


def _sentence_like(sent: Span) -> bool:
    """A full sentence, not a headline: it ends with a stop ("Activist sentenced to prison" is a headline)."""
    last = [t for t in sent if not t.is_space and t.text not in ('"', "'", "”", "’")]
    return len(last) >= 6 and last[-1].text in _ENDS


def _adjective_slot(before: Token) -> bool:
    """The word before is one an adjective follows ("the", "other", "for", "-"); a capitalised "adjective" is
    a name sm mis-tagged ("the state of Punjab blocked")."""
    return before.text == "-" or (before.tag_ in _BEFORE_ADJECTIVE
                                  and not (before.tag_.startswith("JJ") and before.text[:1].isupper()))


def _lost_verb(sent: Span, root: Token) -> Token | None:
    """The finite verb sm read as a modifier in a clause it left with a noun for its head (the sentence's root, or
    a reported clause: "A court ... sentenced activist X ..., lawyers said"): the first past-tense word after the
    subject that governs what only a finite verb does (a past participle passes where it has an object, an object
    noun after it, a past-tense conjunct with an object, or an infinitive or particle on the clause head), unless a
    relative clause or a finite verb comes before it."""
    if root.pos_ not in _NOMINAL:
        return None
    # "Britain, stung by criticism that its response had been slow, promised ...": an aside between commas
    aside = {w.i for c in root.children if c.dep_ == "acl" and c.i > root.i and c.nbor(-1).text == ","
             and any(a.dep_ == "agent" for a in c.children) for w in c.subtree}
    for t in root.subtree:
        if t.i in aside:
            continue
        if t.lower_ in _RELATIVIZERS or t.tag_ in ("VBZ", "VBP", "MD") or (t.tag_ == "VBD" and t.dep_ == "relcl"):
            return None
        if t.tag_ not in ("VBD", "VBN") or not t.is_lower or not t.is_alpha or t.dep_ not in ("amod", "acl"):
            continue
        if any(c.dep_ in ("aux", "auxpass", "agent") for c in t.children) or t.i == sent.start \
                or (_adjective_slot(t.nbor(-1)) and not any(c.dep_ == "nsubj" for c in t.children)):
            return None   # "the alleged conduct", "ARM-based servers": an adjective after all
        if t.tag_ == "VBN" and not _sentence_like(sent):
            return None   # "Activist sentenced to 11 years": a headline's passive
        subject = any(c.dep_ == "nsubj" for c in t.children) or root.i < t.i
        governs = t.tag_ == "VBD" or (t.dep_ == "amod" and t.head.i > t.i and t.head.pos_ in ("NOUN", "PROPN")) \
            or any(c.dep_ == "dobj" for c in t.children) \
            or any(c.dep_ == "conj" and c.tag_ == "VBD" and any(d.dep_ == "dobj" for d in c.children)
                   for c in t.children) \
            or (t.head == root or any(c.dep_ == "prt" for c in t.children)) \
            and any(c.dep_ in ("xcomp", "prt") for c in t.children) \
            or t.head == root and _time_phrase_child(t) \
            and any(c.dep_ == "acl" and c.i > t.i and to_infinitive(c) for c in root.children)
        if subject and governs:
            return t
    return None   # (a participle that governs nothing is a reduced relative: "members armed with rifles killed")


def _reported_subjects(sent: Span) -> list[Token]:
    """"Haiti's military rulers consented on Sunday to step down ..., Carter said": sm makes the reported clause's
    noun a second subject of the closing "said", its verb a modifier; that noun heads the lost clause."""
    root = sent.root
    if root.pos_ != "VERB":
        return []
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    if len(subjects) < 2 or subjects[0].pos_ not in _NOMINAL:
        return []
    comma = any(t.text == "," and subjects[0].i < t.i < subjects[1].i for t in sent)
    return [subjects[0]] if comma and subjects[1].i < root.i else []


def _time_phrase_child(tok: Token) -> bool:
    """"consented on Sunday (to step down)": a time phrase right after `tok` dates it as a finite verb."""
    return any(c.dep_ == "prep" and c.i == tok.i + 1 and _time_phrase(c) for c in tok.children)


def _time_phrase(tok: Token) -> bool:
    """"on Monday", "overnight": a phrase that dates what the verb tells."""
    words = [tok] if tok.dep_ != "prep" else [c for c in tok.children if c.dep_ == "pobj"]
    return any(w.lower_ in _CALENDAR or w.ent_type_ in ("DATE", "TIME") for w in words)


@Language.component("finite_roots")
def finite_roots(doc):
    """"A court in Minsk on Monday sentenced activist Maria Kolesnikova to 11 years", "Farmers in Punjab blocked
    railway lines": sm leaves such a sentence (or a reported clause) with no verb, the verb read as an adjective
    ("sentenced activist") or a reduced relative clause. The verb takes the clause head's place: the noun head
    before it becomes its subject, the noun phrase it modified its object, and what follows it (and a time
    phrase before it) its own."""
    for sent in list(doc.sents):
        heads = [sent.root] + [t for t in sent if t.dep_ in ("ccomp", "parataxis") and t.pos_ in _NOMINAL]
        heads += _reported_subjects(sent)
        for root in heads:
            verb = _lost_verb(sent, root)
            if verb is not None:
                _restore(verb, root, sent)
    return doc


def _restore(verb: Token, root: Token, sent: Span) -> None:
    """Make `verb` the head of the clause `root` heads (see finite_roots)."""
    obj = None
    if verb.dep_ == "amod":
        obj = verb.head
        while obj.dep_ in _PHRASE_DEPS and obj.head != obj and obj.head.pos_ in ("NOUN", "PROPN") \
                and obj.head.i > obj.i:
            obj = obj.head
    top = root.head == root
    verb.head = verb if top else root.head
    verb.dep_, verb.pos_, verb.tag_ = "ROOT" if top else root.dep_, "VERB", "VBD"
    if root.dep_ == "nsubj":
        verb.dep_ = "ccomp"   # the reported clause of "..., Carter said" (see _reported_subjects)
    movable = {root}
    if obj is not None:
        movable.add(obj)
        for c in list(obj.children):
            if c.i < verb.i:   # "of Punjab blocked railway lines": Punjab stays where the object was
                c.head, c.dep_ = obj.head, obj.dep_
        obj.head, obj.dep_ = verb, "dobj"
    if root != obj and root.i < verb.i and not any(c.dep_ == "nsubj" for c in verb.children):
        root.head, root.dep_ = verb, "nsubj"
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    for t in list(sent):
        if t == verb or t.head == t or t.dep_ == "dobj":
            continue
        if (t.head in movable and t.i > verb.i and (t.dep_ != "prep" or t.lower_ != "of")
                and (t.head != obj or t.i > obj.i and t.dep_ in _VERB_SIDE)) \
                or (t.head == subject and subject.i < t.i < verb.i and _time_phrase(t)):
            t.head = verb
            if t.dep_ == "acl" and to_infinitive(t):
                t.dep_ = "xcomp"   # "consented on Sunday to step down": the verb's complement


_DURATIONS = frozenset({"year", "month", "week", "day", "decade", "hour"})


@Language.component("duration_infinitives")
def duration_infinitives(doc):
    """"refused for years to hand over the town": sm hangs the infinitive on the duration as a relative clause;
    it is the verb's complement ("for years to come" stays)."""
    for t in doc:
        if t.dep_ not in ("relcl", "acl") or t.pos_ != "VERB" or t.lemma_.lower() == "come" \
                or not to_infinitive(t):
            continue
        noun = t.head
        prep = noun.head
        if noun.dep_ == "pobj" and noun.lemma_.lower() in _DURATIONS and prep.dep_ == "prep" and prep.lower_ == "for" \
                and prep.head.pos_ == "VERB" and prep.head != prep:
            t.head, t.dep_ = prep.head, "xcomp"
    return doc


@Language.component("infinitive_conjuncts")
def infinitive_conjuncts(doc):
    """"agreed to bar banks from raising money and to ban arms sales": sm joins the second infinitive to the gerund
    inside the first one's phrase; it is a conjunct of the first infinitive, and shares its subject."""
    for t in doc:
        if t.dep_ != "conj" or t.tag_ != "VB" or not to_infinitive(t) or t.head.tag_ != "VBG":
            continue
        first = next((a for a in t.head.ancestors if a.tag_ == "VB" and to_infinitive(a)), None)
        if first is not None:
            t.head = first
    return doc


@Language.component("gerund_subjects")
def gerund_subjects(doc):
    """"Fighting between the army and the RSF broke out", "since fighting between X and Y began": sm tags a subject's
    (or a preposition's) -ing word with "between" after it a verb; with no subject or object of its own it is a noun
    (its lemma the word itself). Opening a sentence whose verb has no subject, sm may hang it on the verb as a
    clause: it is the subject."""
    for t in doc:
        opening = t.dep_ == "advcl" and t.i == t.sent.start and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in t.head.children)
        if t.tag_ != "VBG" or (t.dep_ not in ("nsubj", "nsubjpass", "pcomp") and not opening) \
                or any(c.dep_ in ("nsubj", "dobj", "aux", "ccomp", "xcomp") for c in t.children) \
                or not any(c.dep_ == "prep" and c.lower_ == "between" for c in t.children):
            continue
        t.tag_, t.pos_, t.lemma_ = "NN", "NOUN", t.lower_
        if opening:
            t.dep_ = "nsubj"
        elif t.dep_ == "pcomp":
            t.dep_ = "pobj"   # "since fighting between the SAF and the SPLA-N began"
    return doc


@Language.factory("lemma_fixes")
def make_lemma_fixes(nlp: Language, name: str):
    """Lemmas the rule lemmatizer gets wrong, by word form (data/lemma_fixes.yaml): sm lemmatizes "hopes",
    "hoped" and "hoping" as "hop", and "staged" as "stag"."""
    fixes = {str(k).lower(): str(v) for k, v in (srsly.read_yaml(
        resources.files("detente") / "data" / "lemma_fixes.yaml") or {}).items()}

    def lemma_fixes(doc):
        for t in doc:
            fixed = fixes.get(t.lower_)
            if fixed is not None and t.pos_ in ("VERB", "AUX", "ADJ", "NOUN"):
                t.lemma_ = fixed
        return doc
    return lemma_fixes


_NAMING_LEMMAS = frozenset({"call", "describe", "term", "label", "dub", "characterise", "characterize"})


@Language.component("what_it_called")
def what_it_called(doc):
    """"fired what it called an intercontinental ballistic missile into the sea", "launched what Kyiv described as a
    massive strike": sm makes the naming clause the verb's complement, with "what" its object. The named thing is
    the verb's object; the naming clause describes it; what follows the name is the verb's."""
    for clause in doc:
        if clause.dep_ != "ccomp" or clause.lemma_.lower() not in _NAMING_LEMMAS or clause.head.pos_ != "VERB":
            continue
        verb = clause.head
        what = next((c for c in clause.children if c.dep_ == "dobj" and c.lower_ == "what" and c.i < clause.i), None)
        if what is None or any(c.dep_ in ("dobj", "obj") and c.i < clause.i for c in verb.children):
            continue
        named = next((c for c in clause.children if c.dep_ == "oprd"), None)
        if named is None:
            named = next((p for c in clause.children if c.dep_ == "prep" and c.lower_ == "as"
                          for p in c.children if p.dep_ == "pobj"), None)
        if named is None:
            continue
        for c in list(clause.children):
            if c.i > named.i and c.dep_ in ("prep", "npadvmod", "advmod", "advcl", "punct"):
                c.head = verb
        named.head, named.dep_ = verb, "dobj"
        clause.head, clause.dep_ = named, "relcl"
    return doc


_NAMED = frozenset({"GPE", "ORG", "NORP", "PERSON", "LOC"})  # (not "on Sunday," before the subject)


@Language.component("name_not_aux")
def name_not_aux(doc):
    """"Prime Minister Theresa May raised ...": sm tags "May" a proper noun but parses it as a modal auxiliary, leaving
    the verb without a subject. A proper noun is never an auxiliary: it is the verb's subject, with its own lemma.
    So is a named acronym opening the sentence that sm read as an adverb ("USAID halted all food aid")."""
    for t in doc:
        if t.head.pos_ != "VERB" or t.i >= t.head.i or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.head.children):
            continue
        if t.dep_ == "aux" and t.tag_ == "NNP" \
                or t.dep_ == "advmod" and t.is_sent_start and acronym(t) and t.ent_type_ in _NAMED:
            t.dep_, t.pos_, t.tag_, t.lemma_ = "nsubj", "PROPN", "NNP", t.text
    return doc


@Language.component("semicolon_clauses")
def semicolon_clauses(doc):
    """"May expelled 23 diplomats ...; the Kremlin denied any involvement": sm makes the clause before a semicolon
    the complement of the verb after it, as if the Kremlin denied the expulsion. The clause before is the sentence's
    head; the one after stands beside it (parataxis)."""
    for sent in doc.sents:
        root = sent.root
        semi = next((c for c in root.children if c.dep_ == "punct" and c.text == ";" and c.i < root.i), None)
        if semi is None:
            continue
        first = next((c for c in root.children if c.dep_ == "ccomp" and c.i < semi.i and c.pos_ in ("VERB", "AUX")), None)
        if first is None:
            continue
        first.head, first.dep_ = first, "ROOT"
        root.head, root.dep_ = first, "parataxis"
        semi.head = first
    return doc


@Language.component("comma_subjects")
def comma_subjects(doc):
    """"Saudi Arabia, Iran agree to restore ties": in a headline's list of subjects joined by a comma, sm makes each a
    subject of the verb, and a verb has one subject. The later ones are conjuncts of the first."""
    for t in doc:
        if t.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((c for c in reversed(list(t.children)) if c.dep_ == "nsubj" and c.i < t.i), None)
        if subj is None or subj.left_edge.i < 2 or doc[subj.left_edge.i - 1].text != ",":
            continue
        # a name just before the comma, hung on the verb ("Israel, Hamas agree": sm makes "Israel" an adverb)
        first = next((c for c in t.children if c.i < subj.i and c.dep_ in ("nsubj", "npadvmod", "dep")
                      and c.pos_ == "PROPN" and c.ent_type_ in _NAMED
                      and all(x == c or x.dep_ in ("compound", "punct") for x in c.subtree)  # a bare name
                      and subj.left_edge.i - 2 <= c.right_edge.i < subj.left_edge.i), None)
        if first is not None:
            first.dep_ = "nsubj"
            subj.dep_, subj.head = "conj", first
    return doc


# verbs of saying whose "that" clause is what is said
_SAYING = frozenset({"say", "tell", "announce", "state", "declare", "insist", "warn", "add", "claim", "confirm",
                     "report", "write", "argue", "note", "assert", "stress"})


@Language.component("that_clauses")
def that_clauses(doc):
    """"Trump said on Tuesday, after meeting Kim in Singapore, that Washington would suspend ...": with a phrase between
    them, sm may hang the "that" clause on the verb of saying as an adverbial clause, which reads like a condition.
    A clause marked by a bare "that" after a verb of saying is its complement ("so that", "now that" stay adverbial)."""
    for t in doc:
        if t.dep_ != "advcl" or t.head.lemma_.lower() not in _SAYING or t.i < t.head.i:
            continue
        mark = next((c for c in t.children if c.dep_ == "mark"), None)
        if mark is not None and mark.lower_ == "that" and mark.i > 0 and doc[mark.i - 1].lower_ not in ("so", "now", "such", "given"):
            t.dep_ = "ccomp"
            for c in list(t.children):  # what stands between the verb of saying and "that" is the saying's
                if c.i < mark.i and c.dep_ in ("prep", "advcl", "npadvmod", "advmod", "punct"):
                    c.head = t.head
    return doc


# a reaction to a proposal ("rejected an African Union offer to mediate", "rejected UN and EU calls for an inquiry"):
# sm reads the proposal noun as a verb whose subject or the reaction's object is its maker
_REACTIONS = frozenset({"reject", "dismiss", "spurn", "rebuff", "accept", "welcome", "refuse", "ignore", "defy"})
_PROPOSALS = frozenset({"offer", "call", "demand", "appeal", "request", "plea", "bid"})   # and their plurals


def _proposal(word: str) -> str | None:
    """The proposal noun a word is, singular ("calls" -> "call"), or None."""
    one = word[:-1] if word.endswith("s") else word
    return one if one in _PROPOSALS else None


@Language.component("proposal_objects")
def proposal_objects(doc):
    """"rejected an African Union offer to mediate": sm makes "offer" a verb (the reaction's complement) with "African
    Union" the reaction's object, or "calls" a verb with "UN and EU" its subject. The proposal is the reaction's
    object, its maker a compound of it, and its infinitive its modifier."""
    for t in doc:
        noun = _proposal(t.lower_)
        if t.dep_ != "ccomp" or t.pos_ != "VERB" or noun is None or t.i == 0 \
                or t.head.lemma_.lower() not in _REACTIONS or any(c.dep_ in ("aux", "auxpass", "dobj") for c in t.children):
            continue
        verb, before = t.head, doc[t.i - 1]
        maker = next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i), None)
        if maker is None and before.dep_ in ("dobj", "obj") and before.head == verb and before.pos_ == "PROPN":
            maker = before
        if maker is None or maker.pos_ != "PROPN":
            continue
        t.head, t.dep_, t.pos_, t.tag_, t.lemma_ = verb, "dobj", "NOUN", "NNS" if t.lower_ != noun else "NN", noun
        maker.head, maker.dep_ = t, "compound"
        for c in t.children:
            if c.dep_ == "xcomp" and to_infinitive(c):
                c.dep_ = "acl"
    return doc


# what "a move the agency condemned" restates: an act the clause before told
_RESTATING = frozenset({"move", "step", "decision", "act", "action", "measure", "ruling", "verdict", "announcement"})


@Language.component("restating_relatives")
def restating_relatives(doc):
    """"deported 100 Uighurs to China, a move the UN refugee agency condemned as a violation": sm reads the relative
    clause's subject as an apposition of "move" and its verb as a participle of that subject ("the agency condemned
    as ..."). The verb is a relative clause of "move", the noun its subject."""
    for t in doc:
        noun = t.head
        if t.dep_ != "acl" or t.tag_ not in ("VBD", "VBN") or noun.dep_ != "appos" or noun.i > t.i \
                or noun.head.lemma_.lower() not in _RESTATING or noun.head.i > noun.i \
                or any(c.dep_ in ("agent", "auxpass", "aux", "dobj") for c in t.children):
            continue
        restated = noun.head
        t.head, t.dep_, t.tag_, t.pos_ = restated, "relcl", "VBD", "VERB"
        noun.head, noun.dep_ = t, "nsubj"
    return doc
