import pytest

from detente.config import ParseConfig
from detente.parse import load_nlp


def test_sentences_never_cross_a_line_break(nlp):
    text = ("Pls share this post\nRussia's President Vladimir Putin and North Korean leader Kim Jong Un "
            "signed a defense pact. China said little\nListen to this article")
    sents = [s.text.strip() for s in nlp(text).sents]
    assert sents[0] == "Pls share this post"
    assert sents[-1] == "Listen to this article"
    assert "China said little" in sents
    for s in nlp(text).sents:
        assert "\n" not in s.text.strip()


def test_model_is_found_by_its_spacy_name_and_missing_models_say_what_to_install():
    assert load_nlp(ParseConfig(model="en_core_web_sm")).meta["name"].startswith("core_web_sm")
    with pytest.raises(RuntimeError, match="xx_no_such_model.*install a PyPI package"):
        load_nlp(ParseConfig(model="xx_no_such_model"))


def test_prefixed_words_stay_one_word_with_the_stems_lemma(nlp):
    doc = nlp("Kenya re-opened its border, pledged closer co-operation and repelled a counter-attack.")
    words = {t.text: (t.lemma_, t.pos_) for t in doc}
    assert words["re-opened"] == ("reopen", "VERB")
    assert words["co-operation"][0] == "cooperation" and words["counter-attack"][0] == "counterattack"
    assert [t.text for t in doc].count("-") == 0
    # offsets are the text's; other hyphenated words are split as before
    assert all(doc.text[t.idx:t.idx + len(t.text)] == t.text for t in doc)
    assert [t.text for t in nlp("a Saudi-led coalition")] == ["a", "Saudi", "-", "led", "coalition"]



def test_a_root_with_subject_and_object_is_a_verb(nlp):
    doc = nlp("The Sudanese army retook Khartoum.")
    verb = next(t for t in doc if t.text == "retook")
    assert (verb.pos_, verb.lemma_) == ("VERB", "retake")
    # a noun root without a subject and an object stays a noun
    assert next(t for t in nlp("The army's retreat from Khartoum.") if t.text == "retreat").pos_ == "NOUN"


def test_a_word_after_to_with_an_object_is_a_verb_complement(nlp):
    """sm tags "impeach" a noun hung on "voted" by "dep": it is the verb's complement."""
    doc = nlp("Brazil's lower house voted by 367 to 137 on Sunday night to impeach President Dilma Rousseff.")
    verb = next(t for t in doc if t.text == "impeach")
    assert (verb.pos_, verb.dep_, verb.lemma_) == ("VERB", "xcomp", "impeach")
    # a noun after "to" with no object of its own stays a noun
    assert next(t for t in nlp("They went to war.") if t.text == "war").pos_ == "NOUN"


def test_an_ing_word_after_of_on_a_verbs_object_is_a_gerund_with_an_object(nlp):
    """sm reads "burning villages" after "of" as villages that burn: under a verb's object it is the verb of a
    gerund clause ("accused its troops of burning villages")."""
    doc = nlp("Human Rights Watch accused Ethiopian troops of burning villages.")
    verb, noun = (next(t for t in doc if t.text == w) for w in ("burning", "villages"))
    assert (verb.dep_, verb.head.text, verb.pos_) == ("pcomp", "of", "VERB")
    assert (noun.dep_, noun.head.text) == ("dobj", "burning")
    # in a noun phrase no verb governs, the -ing word stays an adjective
    doc = nlp("The smell of burning tyres filled the air.")
    assert next(t for t in doc if t.text == "burning").dep_ == "amod"



def test_a_sentence_left_without_a_verb_gets_its_verb_back(nlp):
    """sm reads "sentenced" after "on Wednesday" as an adjective of the dissident and leaves the sentence with a
    noun root: the verb becomes the root, the court its subject, the dissident its object, and the time
    phrase and what follows the object its own."""
    doc = nlp("A Beijing court on Wednesday sentenced veteran dissident Wei Jingsheng to 14 years in prison.")
    tok = {t.text: t for t in doc}
    assert (tok["sentenced"].dep_, tok["sentenced"].pos_) == ("ROOT", "VERB")
    assert (tok["court"].dep_, tok["court"].head.text) == ("nsubj", "sentenced")
    assert (tok["Jingsheng"].dep_, tok["Jingsheng"].head.text) == ("dobj", "sentenced")
    assert tok["on"].head.text == "sentenced" and tok["to"].head.text == "sentenced"
    assert len(list(doc.sents)) == 1
    # a noun modifier before the verb stays with the noun it named ("the state of Punjab", not "Punjab blocked")
    doc = nlp("Farmers in the Indian state of Punjab blocked railway lines on Thursday in protest.")
    tok = {t.text: t for t in doc}
    assert tok["blocked"].dep_ == "ROOT" and (tok["Punjab"].dep_, tok["Punjab"].head.text) == ("pobj", "of")
    assert (tok["lines"].dep_, tok["Farmers"].dep_) == ("dobj", "nsubj")
    # so does a reported clause sm left with a noun head, and the object keeps its conjuncts
    doc = nlp("A court in Abidjan on Friday sentenced opposition leader Laurent Gbagbo and 20 of his supporters to "
              "two years in prison, defence lawyers said.")
    tok = {t.text: t for t in doc}
    assert (tok["sentenced"].dep_, tok["sentenced"].head.text) == ("ccomp", "said")
    assert (tok["Gbagbo"].dep_, tok["20"].head.text, tok["to"].head.text) == ("dobj", "Gbagbo", "sentenced")
    # a participle that governs nothing is a reduced relative; the verb is the next one, which has an object
    doc = nlp("Gang members armed with automatic rifles killed at least 70 people in Pont-Sonde on Thursday.")
    tok = {t.text: t for t in doc}
    assert (tok["killed"].dep_, tok["members"].head.text, tok["armed"].dep_) == ("ROOT", "killed", "acl")
    # a past tense with its subject is a verb in a headline too; a headline's participle is its passive
    assert next(t for t in nlp("A court in Minsk on Monday sentenced activist Maria Kolesnikova to 11 years") if
                t.text == "sentenced").dep_ == "ROOT"
    assert next(t for t in nlp("Opposition activist sentenced to 11 years in prison in Minsk") if
                t.text == "sentenced").dep_ == "acl"
    # a participle coordinated with a past tense that has an object is finite too
    doc = nlp("Doctors from two American aid groups donated and personally delivered $50,000 worth of goods to "
              "Baghdad University Medical School.")
    tok = {t.text: t for t in doc}
    assert (tok["donated"].dep_, tok["Doctors"].head.text, tok["delivered"].head.text) == ("ROOT", "donated", "donated")
    # a participle after "the" is an adjective
    doc = nlp("Olson with concealing the alleged criminal conduct of the former dairy manager, Kyle Beus.")
    assert next(t for t in doc if t.text == "alleged").dep_ == "amod"

def test_an_infinitive_after_a_duration_is_the_verbs_complement(nlp):
    """sm hangs "to hand over" on "years" in "refused for years to hand over the town"; it is the complement of
    "refused". "for years to come" stays with the years."""
    doc = nlp("Ethiopia refused for years to hand over the town of Badme.")
    hand = next(t for t in doc if t.text == "hand")
    assert (hand.dep_, hand.head.text) == ("xcomp", "refused")
    come = next(t for t in nlp("The sanctions will last for years to come.") if t.text == "come")
    assert come.head.text == "years"


def test_lemma_slips_of_the_rule_lemmatizer_are_fixed(nlp):
    """sm lemmatizes "hopes", "hoped", "hoping" as "hop" and "staged" as "stag" (data/lemma_fixes.yaml)."""
    lemmas = {t.text: t.lemma_ for t in nlp("Japan hopes to mend ties, and students staged a protest.")}
    assert lemmas["hopes"] == "hope" and lemmas["staged"] == "stage"
    # the slips the event lexicon used to fix on its own, now fixed here for every stage
    assert {t.text: t.lemma_ for t in nlp("Troops retook the town, and he stages a rally.")}["retook"] == "retake"
    assert {t.text: t.lemma_ for t in nlp("He stages a rally.")}["stages"] == "stage"
    assert {t.text: t.lemma_ for t in nlp("The frog hopped away.")}["hopped"] == "hop"  # a real hop stays one


def test_what_it_called_names_the_object(nlp):
    doc = nlp("North Korea fired what it called an intercontinental ballistic missile into the sea on Tuesday.")
    fired, missile = doc[2], next(t for t in doc if t.text == "missile")
    assert (missile.dep_, missile.head) == ("dobj", fired)
    assert next(t for t in doc if t.text == "into").head == fired
    assert next(t for t in doc if t.text == "called").head == missile
    doc = nlp("Kyiv said Moscow called the talks a failure.")   # a naming clause without "what" stays
    assert next(t for t in doc if t.text == "called").dep_ == "ccomp"


def test_shared_parse_questions(nlp):
    from detente.syntax import says_where, sentence_back, to_infinitive
    doc = nlp("Iran refused to free the sailors. The crew fled to Basra, where police detained them.")
    words = {t.text: t for t in doc}
    assert to_infinitive(words["free"]) and not to_infinitive(words["refused"])
    assert says_where(words["detained"]) and not says_where(words["fled"])
    second = list(doc.sents)[1]
    assert sentence_back(second, 1).text.startswith("Iran refused")
    assert sentence_back(second, 5).start == 0   # the first sentence, where there are fewer


def test_a_participle_dated_before_its_infinitive_is_the_verb(nlp):
    """"Haiti's military rulers consented on Sunday to step down": sm reads "consented" as a reduced relative and
    hangs the infinitive on the noun; the verb is restored with the infinitive its complement."""
    doc = nlp("Haiti's military rulers consented on Sunday to step down by October 15.")
    words = {t.text: t for t in doc}
    assert words["consented"].dep_ == "ROOT" and words["rulers"].dep_ == "nsubj"
    assert (words["step"].head, words["step"].dep_) == (words["consented"], "xcomp")


def test_a_lost_verb_before_a_closing_said_heads_the_reported_clause(nlp):
    """"..., former US President Jimmy Carter said": sm makes "rulers" a second subject of "said"; the restored verb
    is the reported clause, with "rulers" its subject."""
    doc = nlp("Haiti's military rulers consented on Sunday to step down by October 15, former US President "
              "Jimmy Carter said.")
    words = {t.text: t for t in doc}
    assert (words["consented"].dep_, words["consented"].head) == ("ccomp", words["said"])
    assert (words["rulers"].dep_, words["rulers"].head) == ("nsubj", words["consented"])
    assert [c.text for c in words["said"].children if c.dep_ == "nsubj"] == ["Carter"]


def test_the_clause_before_a_semicolon_heads_the_sentence(nlp):
    doc = nlp("May expelled 23 Russian diplomats on Wednesday; the Kremlin denied any involvement.")
    words = {t.text: t for t in doc}
    assert words["expelled"].dep_ == "ROOT" and (words["denied"].dep_, words["denied"].head) == (
        "parataxis", words["expelled"])


def test_a_that_clause_after_a_phrase_is_what_is_said(nlp):
    """sm hangs "that Washington would suspend ..." on "said" as an adverbial clause when a phrase stands between;
    it is the complement, and the phrase between ("after meeting Kim") is the saying's."""
    doc = nlp("US President Donald Trump said on Tuesday, after meeting North Korean leader Kim Jong Un in Singapore, "
              "that Washington would suspend its joint military exercises with South Korea.")
    words = {t.text: t for t in doc}
    assert (words["suspend"].dep_, words["suspend"].head) == ("ccomp", words["said"])
    assert words["after"].head == words["said"]
    doc = nlp("Police warned residents on Monday so that they would leave the valley.")  # a purpose, not what is said
    assert next(t for t in doc if t.text == "leave").dep_ == "advcl"


@pytest.mark.parametrize("text, first, second", [
    ("Saudi Arabia, Iran agree to restore ties after talks in Beijing", "Arabia", "Iran"),
    ("Israel, Hamas agree Egypt-brokered truce in Cairo", "Israel", "Hamas"),
])
def test_a_headlines_comma_joined_subjects_are_conjuncts(nlp, text, first, second):
    words = {t.text: t for t in nlp(text)}
    assert words[first].dep_ == "nsubj" and (words[second].dep_, words[second].head) == ("conj", words[first])


def test_a_phrase_before_a_comma_is_no_subject_of_the_verb_after(nlp):
    doc = nlp("Meeting General Norman Schwarzkopf in a tent at Safwan on Sunday, Iraqi commanders accepted every "
              "allied condition.")
    assert next(t for t in doc if t.text == "commanders").dep_ == "nsubj"  # not joined to a name in a phrase


def test_a_root_adjective_with_subject_and_object_is_a_verb(nlp):
    words = {t.text: t for t in nlp("Kenyan police open fire as protesters storm Nairobi parliament")}
    assert words["open"].pos_ == "VERB" and words["open"].lemma_ == "open"


def test_a_proposal_read_as_a_verb_is_the_reactions_object(nlp):
    """"rejected an African Union offer to mediate": sm parses "offer" as a verb; it is the rejection's object, the
    Union its maker (compound) and "to mediate" its modifier."""
    doc = nlp("Ethiopia on Saturday rejected an African Union offer to mediate between the government and the rebels.")
    words = {t.text: t for t in doc}
    assert (words["offer"].dep_, words["offer"].head, words["offer"].pos_) == ("dobj", words["rejected"], "NOUN")
    assert (words["Union"].dep_, words["Union"].head) == ("compound", words["offer"])
