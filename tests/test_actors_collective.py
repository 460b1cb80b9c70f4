"""A government named by its leader's surname: "the Bush administration", "the Assad regime"."""
from __future__ import annotations

from datetime import date

from conftest import actor_codes as codes

from detente.actors import ActorResolver
from detente.config import ActorConfig


def test_surname_administration_without_a_full_mention(resolver, nlp):
    # two Bushes (George W. and George H. W.), both US presidents: the surname is no alias of either
    for when in (None, date(2003, 3, 20), date(1991, 1, 17), date(2024, 1, 1)):
        assert codes(resolver, nlp, "The Bush administration declared war on Iraq.", when) == [
            ("Bush administration", "USAGOV"), ("Iraq", "IRQ")]


def test_each_collective_noun(resolver, nlp):
    text = ("Aides of the Reagan administration, the Clinton government, the Attlee cabinet, "
            "the Bush White House and the Assad regime met.")
    found = codes(resolver, nlp, text, date(2015, 1, 1))
    assert ("Reagan administration", "USAGOV") in found
    assert ("Clinton government", "USAGOV") in found
    assert ("Bush White House", "USAGOV") in found
    assert ("Assad regime", "SYRGOV") in found
    assert not any(t.startswith("Attlee") for t, _ in found)   # no such person in the files


def test_accents_and_name_suffixes(resolver, nlp):
    found = codes(resolver, nlp, "The Erdogan government and the Aquino administration talked.")
    assert found == [("Erdogan government", "TURGOV"), ("Aquino administration", "PHLGOV")]


def test_surname_of_leaders_of_several_countries_needs_a_date(resolver, nlp):
    text = "The Kim regime fired a missile."     # Kims led both Koreas
    assert codes(resolver, nlp, text) == []
    assert codes(resolver, nlp, text, date(2020, 1, 1)) == [("Kim regime", "PRKGOV")]
    assert codes(resolver, nlp, text, date(2000, 6, 13)) == []   # Kim Jong Il and Kim Dae-jung then


def test_only_a_capitalised_surname_before_the_collective_noun(resolver, nlp):
    when = date(2018, 1, 1)          # Theresa May in office
    assert codes(resolver, nlp, "The May government fell.", when) == [("May government", "GBRGOV")]
    assert codes(resolver, nlp, "In May government officials said so.", when) == []
    assert codes(resolver, nlp, "It may government the country.", when) == []
    assert codes(resolver, nlp, "Major government reforms were announced.", date(1994, 1, 1)) == []
    assert codes(resolver, nlp, "The bush administration cleared the trail.") == []
    assert codes(resolver, nlp, "Bush said the administration would act.") == []
    assert codes(resolver, nlp, "Bush's administration acted.") == []


def test_obama_white_house_is_one_mention(resolver, nlp):
    assert codes(resolver, nlp, "The Obama White House said no.") == [("Obama White House", "USAGOV")]


def _people(tmp_path, extra: str = ""):
    path = tmp_path / "people.yaml"
    path.write_text(
        "- name: Ann Zorblat\n  roles:\n"
        "    - {country: NZL, sector: GOV, title: Prime Minister, start: 2001-01-01, end: 2005-01-01}\n"
        "- name: Bob Zorblat\n  roles:\n"
        "    - {country: AUS, sector: GOV, title: Prime Minister, start: 2010-01-01, end: 2014-01-01}\n"
        "- name: Carl Quonset\n  roles:\n"
        "    - {country: FJI, sector: GOV, title: Foreign Minister, start: 2010-01-01, end: null}\n" + extra,
        encoding="utf-8")
    return path


def test_same_surname_in_two_countries_takes_the_one_in_office(tmp_path, nlp):
    resolver = ActorResolver.from_config(ActorConfig(extra_dictionaries=[str(_people(tmp_path))]))
    text = "The Zorblat government resigned."
    assert codes(resolver, nlp, text) == []
    assert codes(resolver, nlp, text, date(2003, 1, 1)) == [("Zorblat government", "NZLGOV")]
    assert codes(resolver, nlp, text, date(2012, 1, 1)) == [("Zorblat government", "AUSGOV")]
    assert codes(resolver, nlp, text, date(2008, 1, 1)) == []     # neither in office: they disagree
    # a minister leads no government
    assert codes(resolver, nlp, "The Quonset government resigned.", date(2012, 1, 1)) == []


def test_collective_nouns_are_data(tmp_path, nlp):
    nouns = tmp_path / "nouns.yaml"
    nouns.write_text("leader_collectives: [junta]\n", encoding="utf-8")
    people = _people(tmp_path)
    resolver = ActorResolver.from_config(ActorConfig(extra_dictionaries=[str(people)]))
    assert "Zorblat junta" not in [t for t, _ in codes(resolver, nlp, "The Zorblat junta ruled.", date(2003, 1, 1))]
    resolver.load(nouns)
    assert codes(resolver, nlp, "The Zorblat junta ruled.", date(2003, 1, 1)) == [("Zorblat junta", "NZLGOV")]
