"""Non-state groups (dated codes), role nouns placed by context, historical names and persons."""
from __future__ import annotations

from datetime import date

import pytest
import yaml
from conftest import actor_codes as codes

from detente.actors import ActorResolver
from detente.actors.dictionary import ACTORS_DIR
from detente.config import ActorConfig

PLOVER_SECTORS = set("COP GOV JUD LEG MIL PRM PTY REB SPY UAF UNK AGR BUS CRM CVL EDU ELI JRN LAB MED REF OPP PRE "
                     "REL SOC".split())


def test_groups_file_schema(resolver):
    data = yaml.safe_load((ACTORS_DIR / "groups.yaml").read_text(encoding="utf-8"))
    countries = set(resolver.dictionary.countries) | {"IMG"}
    names = set()
    for g in data["groups"]:
        assert g["name"].lower() not in names, g["name"]
        names.add(g["name"].lower())
        assert g.get("source"), g["name"]
        dated = g.get("codes") or [{"code": g["code"], "start": None, "end": None}]
        for c in dated:
            assert c["code"][:3] in countries and c["code"][3:] in PLOVER_SECTORS, (g["name"], c)
        ends = [c["end"] for c in dated[:-1]]
        starts = [c["start"] for c in dated[1:]]
        assert ends == starts, f"{g['name']}: dated codes must follow each other"
    for r in data["regions"]:
        assert r["country"] in countries, r


def test_hamas_hezbollah_houthis(resolver, nlp):
    assert codes(resolver, nlp, "Hamas threatened Israel.", date(2023, 11, 25)) == [("Hamas", "PSEREB"), ("Israel", "ISR")]
    assert ("Hezbollah", "LBNREB") in codes(resolver, nlp, "Hezbollah vowed to punish Israel.", date(2024, 9, 18))
    assert codes(resolver, nlp, "Houthi rebels targeted a tanker.", date(2024, 1, 13)) == [("Houthi rebels", "YEMREB")]
    assert codes(resolver, nlp, "Rwanda denied supporting M23.", date(2025, 1, 28)) == [("Rwanda", "RWA"), ("M23", "CODREB")]


def test_tigrayan_forces_are_an_armed_group(resolver, nlp):
    assert ("Tigrayan forces", "ETHREB") in codes(resolver, nlp, "Tigrayan forces handed over heavy weapons.",
                                                  date(2023, 1, 11))


def test_taliban_is_dated(resolver, nlp):
    assert codes(resolver, nlp, "The Taliban attacked a checkpoint.", date(2019, 6, 1)) == [("Taliban", "AFGREB")]
    assert codes(resolver, nlp, "The Taliban attacked a checkpoint.", date(2022, 6, 1)) == [("Taliban", "AFGGOV")]
    assert codes(resolver, nlp, "The Taliban attacked a checkpoint.", date(1998, 6, 1)) == [("Taliban", "AFGGOV")]
    assert codes(resolver, nlp, "The Pakistani Taliban claimed the attack.", date(2022, 6, 1)) == [("Pakistani Taliban", "PAKREB")]


def test_rsf_paramilitary_then_rebels(resolver, nlp):
    assert codes(resolver, nlp, "The RSF attacked the town.", date(2020, 1, 1)) == [("RSF", "SDNPRM")]
    assert codes(resolver, nlp, "The RSF attacked the town.", date(2024, 11, 20)) == [("RSF", "SDNREB")]


def test_group_with_role_keeps_group_code(resolver, nlp):
    found = codes(resolver, nlp, "Hezbollah leader Hassan Nasrallah was killed.", date(2024, 9, 27))
    assert [c for _, c in found] == ["LBNREB"]
    assert codes(resolver, nlp, "Hamas militants crossed the border.", date(2023, 10, 7)) == [("Hamas militants", "PSEREB")]


def test_groups_can_be_left_out(nlp):
    off = ActorResolver.from_config(ActorConfig(groups=False))
    assert codes(off, nlp, "Hamas threatened Israel.", date(2023, 1, 1)) == [("Israel", "ISR")]


def test_role_in_place(resolver, nlp):
    assert codes(resolver, nlp, "Police in Belgrade arrested 20 people.")[0] == ("Police in Belgrade", "SRBCOP")
    assert codes(resolver, nlp, "Rebels in Darfur attacked a convoy.") == [("Rebels in Darfur", "SDNREB")]
    # troops in a country are not that country's: no owner from the place
    assert ("troops", "UKRMIL") not in codes(resolver, nlp, "Troops in Ukraine fired at Russian positions.")


def test_bare_roles_take_the_sentence_place(resolver, nlp):
    assert codes(resolver, nlp, "Protesters gathered in Tbilisi on Monday.")[0] == ("Protesters", "GEOCVL")
    found = codes(resolver, nlp, "Egyptian police opened fire to disperse demonstrators.")
    assert found == [("Egyptian police", "EGYCOP"), ("demonstrators", "EGYCVL")]
    # two countries and no place: no guess
    assert codes(resolver, nlp, "Students protested against the United States and China.") == [
        ("United States", "USA"), ("China", "CHN")]


def test_role_context_levels(nlp):
    off = ActorResolver.from_config(ActorConfig(role_context="off"))
    assert codes(off, nlp, "Police in Belgrade arrested protesters.") == []  # "in Belgrade" is a place
    phrase = ActorResolver.from_config(ActorConfig(role_context="phrase"))
    assert codes(phrase, nlp, "Police in Belgrade arrested protesters.") == [("Police in Belgrade", "SRBCOP")]
    doc = ActorResolver.from_config(ActorConfig(role_context="document"))
    text = "Serbia's president spoke. Serbia's army was on alert. Students blocked a road."
    assert codes(doc, nlp, text)[-1] == ("Students", "SRBEDU")
    with pytest.raises(ValueError):
        ActorResolver.from_config(ActorConfig(role_context="everywhere"))


def test_ethnic_minority_takes_the_country_it_lives_in(resolver, nlp):
    found = codes(resolver, nlp, "Ethnic Armenian forces in Nagorno-Karabakh agreed to disband.", date(2023, 9, 20))
    assert found[0] == ("Armenian forces", "AZEREB")
    found = codes(resolver, nlp, "Serb forces killed three ethnic Albanians in southeastern Serbia.")
    assert ("Albanians", "SRB") in found


def test_led_compound_names_the_leader(resolver, nlp):
    assert codes(resolver, nlp, "Vietnamese-led forces attacked the camp.") == [("Vietnamese", "VNM")]
    assert codes(resolver, nlp, "A Chinese-made drone crashed.") == []
    # led by no state: the rebels are still rebels, and forces led by a people are no state's army
    assert codes(resolver, nlp, "Tuareg-led rebels attacked an army base in Mali.")[0] == ("rebels", "MLIREB")
    assert codes(resolver, nlp, "Kurdish-led forces attacked an army base in Syria.")[0] == ("forces", "SYRREB")


def test_historical_country_names(resolver, nlp):
    found = codes(resolver, nlp, "Zaire, Burma, the Soviet Union, Yugoslavia, Kampuchea and Bosnia met.")
    assert [c for _, c in found] == ["COD", "MMR", "RUS", "SRB", "KHM", "BIH"]
    assert codes(resolver, nlp, "Bosnian Serbs demanded a truce.") == [("Bosnian Serbs", "BIH")]
    assert codes(resolver, nlp, "the Former Yugoslav Republic of Macedonia")[0][1] == "MKD"


def test_successions_recode_before_independence(resolver, nlp):
    assert codes(resolver, nlp, "Rebels shelled Juba.", date(1995, 3, 1))[-1] == ("Juba", "SDNGOV")
    assert codes(resolver, nlp, "Rebels shelled Juba.", date(2015, 3, 1))[-1] == ("Juba", "SSDGOV")


def test_historical_persons(resolver, nlp):
    found = codes(resolver, nlp, "President Abdelaziz Bouteflika spoke.", date(2000, 1, 1))
    assert found[0][1] == "DZAGOV"
    assert codes(resolver, nlp, "Kofi Annan spoke.", date(2000, 1, 1)) == [("Kofi Annan", "UNO")]
    assert codes(resolver, nlp, "Mobutu Sese Seko spoke.", date(1990, 1, 1)) == [("Mobutu Sese Seko", "CODGOV")]


def test_movements_and_parties_of_each_region_are_dated(resolver, nlp):
    """The ANC was banned and armed until 1990, opposition until 1994, then a party in government; a party
    named by its full name takes its country with no country in the sentence."""
    text = "The African National Congress pulled out of talks."
    assert codes(resolver, nlp, text, date(1985, 6, 1)) == [("African National Congress", "ZAFREB")]
    assert codes(resolver, nlp, text, date(1992, 6, 23)) == [("African National Congress", "ZAFOPP")]
    assert codes(resolver, nlp, text, date(2010, 6, 1)) == [("African National Congress", "ZAFPTY")]
    assert codes(resolver, nlp, "Renamo fighters attacked a convoy.", date(2016, 5, 1))[0][1] == "MOZREB"
    assert codes(resolver, nlp, "The Awami League called a general strike.", date(2013, 3, 1)) == [
        ("Awami League", "BGDPTY")]


def test_bosnian_serb_army_is_dated_and_sinn_fein_opposition(resolver, nlp):
    """The Bosnian Serb army fought the Bosnian government until Dayton (BIHREB), and merged into the state's armed
    forces in 2006; Sinn Fein is an opposition party in the United Kingdom."""
    text = "Bosnian Serb forces shelled Sarajevo."
    assert ("Bosnian Serb forces", "BIHREB") in codes(resolver, nlp, text, date(1995, 6, 14))
    assert ("Bosnian Serb forces", "BIHREB") not in codes(resolver, nlp, text, date(2010, 6, 14))
    assert ("Sinn Fein leader Gerry Adams", "GBROPP") in codes(resolver, nlp, "Sinn Fein leader Gerry Adams met Tony Blair.",
                                                           date(1997, 12, 11))
