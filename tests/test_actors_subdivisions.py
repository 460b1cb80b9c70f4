"""Every country's first-level subdivisions (ISO 3166-2 through pycountry) place events and roles."""
from __future__ import annotations

from conftest import actor_codes as codes

from detente.actors import ActorResolver
from detente.config import ActorConfig


def test_subdivisions_are_regions_of_their_country(resolver):
    assert resolver.country_of_region("Jharkhand") == "IND"        # "Jhārkhand" in ISO 3166-2, in plain letters
    assert resolver.country_of_region("Khyber Pakhtunkhwa") == "PAK"
    assert resolver.country_of_region("Zamfara") == "NGA"
    assert resolver.country_of_region("Chiapas") == "MEX"           # the bundled list's entry is kept


def test_names_that_stand_for_something_else_are_left_out(resolver):
    assert resolver.country_of_region("Punjab") is None             # in India and in Pakistan
    assert resolver.country_of_region("Georgia") is None            # a country (and a US state)
    assert resolver.country_of_region("Red Sea") is None            # a sea (and a Sudanese state)
    assert resolver.country_of_region("Rivers") is None             # an English word (and a Nigerian state)


def test_a_subdivision_places_a_role_and_matches_only_as_written(resolver, nlp):
    assert ("rebels", "INDREB") in codes(resolver, nlp, "Maoist rebels shot dead a village chief in Jharkhand on Sunday.")
    assert ("Police", "PAKCOP") in codes(resolver, nlp, "Police fired tear gas at protesters in Sindh province.")
    assert not any(t == "Police" for t, _ in codes(resolver, nlp, "Police fired tear gas at protesters in sindh."))


def test_subdivisions_can_be_turned_off(nlp):
    off = ActorResolver.from_config(ActorConfig(subdivisions=False))
    assert off.country_of_region("Jharkhand") is None
    assert not any(t == "rebels" for t, _ in codes(off, nlp, "Maoist rebels shot dead a village chief in Jharkhand."))


def test_a_region_name_inside_a_town_place_name_is_no_region(resolver, nlp):
    """"the Upper East Side" of Manhattan is not Ghana's Upper East region; a cartel named after Jalisco still names it."""
    doc = nlp("He spent his nights on the Upper East Side with his mistress. A jury convicted him.")
    assert not any(r.country == "GHA" for r in resolver.find(doc))
    doc = nlp("Police in Upper East region arrested him.")
    assert [r.country for r in resolver.find(doc)] == ["GHA"]


def test_provinces_below_the_first_level_where_news_names_them(resolver, nlp):
    assert resolver.country_of_region("Bulacan") == "PHL" and resolver.country_of_region("Soum") == "BFA"
    assert resolver.country_of_region("Antique") is None            # an English word, a Philippine province too
    assert ("Police", "PHLCOP") in codes(resolver, nlp, "Police raided homes in Bulacan on Monday.")
