"""Actor resolver: mentions -> codes, offsets, dates, plug-in dictionaries."""
from __future__ import annotations

from datetime import date

import pytest
from conftest import actor_codes as codes

from detente.actors import ActorResolver
from detente.config import ActorConfig


def test_countries_short_names_and_possessives(resolver, nlp):
    found = codes(resolver, nlp, "North Korea, the DPRK, the US, the U.S. and Britain met. Russia's war goes on.")
    assert found == [("North Korea", "PRK"), ("DPRK", "PRK"), ("US", "USA"), ("U.S.", "USA"),
                     ("Britain", "GBR"), ("Russia", "RUS")]


def test_pronoun_us_is_not_the_united_states(resolver, nlp):
    assert codes(resolver, nlp, "They told us to leave.") == []


def test_demonyms_with_role_nouns(resolver, nlp):
    text = ("A Chinese foreign ministry spokesman said Russian troops and Ukrainian forces clashed, "
            "and Chinese leverage fell.")
    assert codes(resolver, nlp, text) == [
        ("Chinese foreign ministry spokesman", "CHNGOV"), ("Russian troops", "RUSMIL"),
        ("Ukrainian forces", "UKRMIL"), ("Chinese", "CHN")]


def test_capitals_and_metonyms(resolver, nlp):
    text = "Beijing, Pyongyang, Moscow, Washington and Kyiv replied; the Kremlin, the White House, Downing Street and the Pentagon did not."
    found = dict(codes(resolver, nlp, text))
    assert found["Beijing"] == "CHNGOV" and found["Pyongyang"] == "PRKGOV"
    assert found["Kyiv"] == "UKRGOV" and found["Washington"] == "USAGOV"
    assert found["Kremlin"] == "RUSGOV" and found["White House"] == "USAGOV"
    assert found["Downing Street"] == "GBRGOV" and found["Pentagon"] == "USAMIL"


def test_a_capital_left_or_fled_is_a_place(resolver, nlp):
    found = dict(codes(resolver, nlp, "Serbia told the envoys to leave Belgrade, and Moscow protested."))
    assert "Belgrade" not in found and found["Moscow"] == "RUSGOV"   # (a place, not the government)


def test_a_capital_inside_a_longer_name_is_no_government(resolver, nlp):
    text = "The Washington Nationals beat Moscow Dynamo, and Real Madrid flew to Baghdad International Airport."
    assert codes(resolver, nlp, text) == []
    assert [c for _, c in codes(resolver, nlp, "Washington and Moscow on Monday warned Tehran.")] == \
        ["USAGOV", "RUSGOV", "IRNGOV"]


def test_igos(resolver, nlp):
    found = codes(resolver, nlp, "The United Nations, NATO, the European Union and the EU met the IAEA.")
    assert [c for _, c in found] == ["UNO", "NATO", "EUR", "EUR", "IAEA"]
    # a regional body's members meeting as such: "Southeast Asian foreign ministers", "African heads of state"
    found = codes(resolver, nlp, "Southeast Asian foreign ministers and African heads of state urged Myanmar to talk.")
    assert [c for _, c in found][:2] == ["ASEAN", "AFU"]


def test_person_with_title_is_one_mention(resolver, nlp):
    text = "Russia's President Vladimir Putin and North Korean leader Kim Jong Un signed a pact."
    doc = nlp(text)
    refs = resolver.find(doc, date(2024, 6, 19))
    assert [(r.text, r.code, r.kind, r.name) for r in refs] == [
        ("Russia's President Vladimir Putin", "RUSGOV", "person", "Vladimir Putin"),
        ("North Korean leader Kim Jong Un", "PRKGOV", "person", "Kim Jong Un")]
    assert (refs[0].start, refs[0].end) == (0, 33)
    assert text[refs[1].start:refs[1].end] == "North Korean leader Kim Jong Un"


def test_surname_after_full_mention(resolver, nlp):
    text = "Kim met Putin. Kim Jong Un and Xi Jinping talked. Later Kim and Xi left."
    found = codes(resolver, nlp, text, date(2024, 1, 1))
    assert found == [("Putin", "RUSGOV"), ("Kim Jong Un", "PRKGOV"), ("Xi Jinping", "CHNGOV"),
                     ("Kim", "PRKGOV"), ("Xi", "CHNGOV")]


def test_us_president_depends_on_date(resolver, nlp):
    doc = nlp("The US president spoke.")
    names = [resolver.find(doc, date(y, 6, 1))[0].name for y in (2019, 2022, 2025)]
    assert names == ["Donald Trump", "Joe Biden", "Donald Trump"]
    assert {r.code for y in (2019, 2022) for r in resolver.find(doc, date(y, 6, 1))} == {"USAGOV"}


def test_person_outside_tenure_keeps_country_only(resolver, nlp):
    doc = nlp("Joe Biden spoke.")
    assert resolver.find(doc, date(2022, 3, 1))[0].code == "USAGOV"
    assert resolver.find(doc, date(2019, 3, 1))[0].code == "USA"
    former = resolver.find(nlp("Former President Donald Trump spoke."), date(2022, 3, 1))[0]
    assert (former.code, former.name) == ("USAELI", "Donald Trump")


def test_not_states(resolver, nlp):
    text = ("Danny Russel told the AP. Yun Sun, director at the Washington-based Stimson Center "
            "think tank, spoke about the Korean Peninsula.")
    assert codes(resolver, nlp, text) == []
    assert resolver.resolve("Danny Russel") is None


def test_resolve_phrases(resolver):
    assert resolver.resolve("a Chinese foreign ministry spokesman").code == "CHNGOV"
    assert resolver.resolve("officials in Seoul").code == "KORGOV"
    assert resolver.resolve("the Russian foreign minister", date(2024, 1, 1)).name == "Sergei Lavrov"
    assert resolver.resolve("Danny Russel, who was the top US diplomat for Asia") is None


def test_country_lookups(resolver):
    prk = resolver.country("PRK")
    assert (prk.name, prk.capital, prk.adjective) == ("North Korea", "Pyongyang", "North Korean")
    assert resolver.country("Britain").iso3 == "GBR"
    assert resolver.country("KR").iso3 == "KOR"
    assert resolver.country_of_place("Pyongyang") == "PRK"
    assert resolver.country_of_place("Kiev") == "UKR"
    assert resolver.country_of_place("the United States") == "USA"
    assert resolver.country_of_place("Atlantis") is None


def test_user_yaml_plugin(tmp_path, nlp):
    user = tmp_path / "mine.yaml"
    user.write_text(
        "- name: Jane Roe\n  aliases: [Roe]\n  roles:\n"
        "    - {country: FRA, sector: MIL, title: General, start: 2020-01-01, end: null}\n"
        "  source: test\n", encoding="utf-8")
    orgs = tmp_path / "orgs.yaml"
    orgs.write_text("- {name: Acme Corp, code: USABUS}\n", encoding="utf-8")
    resolver = ActorResolver.from_config(ActorConfig(extra_dictionaries=[str(user)]))
    resolver.load(orgs)
    found = codes(resolver, nlp, "Jane Roe warned Acme Corp on Monday.", date(2021, 1, 1))
    assert found == [("Jane Roe", "FRAMIL"), ("Acme Corp", "USABUS")]


PETRARCH_SAMPLE = """<!-- a test dictionary -->
ARNOR_  [ARN]
GONDOR [GON]
+MINAS_TIRITH
GOLLUM  # comment
+SMEAGOL
\t[HOB < 950601]
\t[HOBGOV 19950601 - 19990815]
\t[HOBREB > 990816]
BOROMIR  [---]
MINISTER [~GOV]
"""


def test_petrarch_actors(nlp):
    resolver = ActorResolver.from_config()
    resolver.load_petrarch_actors(PETRARCH_SAMPLE)
    text = "Arnor's minister met Minas Tirith envoys and Smeagol, but not Boromir."
    found = codes(resolver, nlp, text, date(1997, 1, 1))
    assert found == [("Arnor's minister", "ARNGOV"), ("Minas Tirith envoys", "GONGOV"), ("Smeagol", "HOBGOV")]
    assert resolver.find(nlp("Smeagol"), date(2000, 1, 1))[0].code == "HOBREB"


def test_person_led_government_and_sentence_spans(resolver, nlp):
    doc = nlp("It was a long day. Russel served in the Obama administration.")
    sent = list(doc.sents)[1]
    refs = resolver.find(sent, date(2024, 1, 1))
    assert [(r.text, r.code) for r in refs] == [("Obama administration", "USAGOV")]
    assert doc.text[refs[0].start:refs[0].end] == "Obama administration"


def test_metonym_sector_wins_over_generic_roles(resolver):
    assert resolver.resolve("Pentagon officials").code == "USAMIL"
    assert resolver.resolve("a Kremlin spokesman").code == "RUSGOV"


def test_shared_alias_goes_to_the_office_holder(tmp_path, nlp):
    people = tmp_path / "people.yaml"
    people.write_text(
        "- name: Ann Smith\n  aliases: [Smith]\n  roles:\n"
        "    - {country: NZL, sector: GOV, title: Prime Minister, start: 2001-01-01, end: 2005-01-01}\n"
        "- name: Bob Smith\n  aliases: [Smith]\n  roles:\n"
        "    - {country: AUS, sector: GOV, title: Prime Minister, start: 2010-01-01, end: null}\n",
        encoding="utf-8")
    resolver = ActorResolver.from_config(ActorConfig(extra_dictionaries=[str(people)]))
    doc = nlp("Smith spoke.")
    assert resolver.find(doc, date(2003, 1, 1))[0].code == "NZLGOV"
    assert resolver.find(doc, date(2012, 1, 1))[0].code == "AUSGOV"
    assert resolver.find(doc, date(2007, 1, 1)) == []


def test_owned_missions_named_judges_and_regions(resolver, nlp):
    assert codes(resolver, nlp, "Houthis attacked a Greek-owned tanker.")[-1] == ("Greek-owned", "GRCBUS")
    # a ship named by its flag is a business of the flag's state (the flag was dropped, leaving no one)
    assert codes(resolver, nlp, "Iran seized a British-flagged oil tanker.")[-1] == ("British-flagged", "GBRBUS")
    assert ("embassies in Kinshasa", "CODGOV") not in codes(resolver, nlp, "Protesters attacked embassies in Kinshasa.")
    found = codes(resolver, nlp, "Judge Alejandro Rivera charged 28 Chilean officials.")
    assert ("Judge Alejandro Rivera", "CHLJUD") in found
    assert codes(resolver, nlp, "President Omar El Bashir spoke.", ) == [("President Omar El Bashir", "SDNGOV")]
    assert resolver.country_of_region("the West Bank") == "PSE" and resolver.country_of_region("Narnia") is None



def test_a_regions_adjective_names_its_country(resolver, nlp):
    # "Chechen rebels", "Moro rebels": the region's people (groups.yaml regions), not a town of that name abroad
    assert codes(resolver, nlp, "Chechen rebels attacked a convoy.")[0][1] == "RUSREB"
    assert codes(resolver, nlp, "Moro rebels attacked a convoy.")[0][1] == "PHLREB"
    assert codes(resolver, nlp, "Tibetan protesters marched.")[0][1].startswith("CHN")


def test_a_descriptions_role_after_its_possessive(resolver, nlp):
    # "the North African country's president": the description's country, the role's sector
    found = codes(resolver, nlp, "The North African country's president sacked the prime minister in Tunis.")
    assert found[0] == ("North African country's president", "TUNGOV")


def test_a_state_named_after_its_own_big_city(resolver, nlp):
    # "Oaxaca" alone is the city; "Oaxaca state", "Lagos State" the subdivision: either way in Mexico, Nigeria
    assert codes(resolver, nlp, "Police fired on teachers in Nochixtlan in Oaxaca state on Sunday.")[0] == ("Police", "MEXCOP")
    assert codes(resolver, nlp, "Lagos State authorities imposed a curfew.")[0][1] == "NGAGOV"


def test_a_people_named_by_where_it_lives(resolver, nlp):
    found = codes(resolver, nlp, "The Albanians of southern Serbia demanded autonomy from Serbian authorities.")
    assert found[0] == ("Albanians", "SRB")
    assert codes(resolver, nlp, "Albanians protested in Tirana.")[0] == ("Albanians", "ALB")



def test_serbian_interior_minister_chinese_spokesman_and_korean_unions(resolver, nlp):
    assert ("Interior Minister Ivica Dacic", "SRBGOV") in codes(resolver, nlp, "Interior Minister Ivica Dacic spoke.")
    assert codes(resolver, nlp, "The Korean Confederation of Trade Unions called a strike.") == [
        ("Korean Confederation of Trade Unions", "KORLAB")]



def test_a_persons_initialism_counts_only_while_in_office(resolver, nlp):
    from datetime import date as _d
    doc = nlp("Montenegro Municipality Association (AKK) officials met.")
    assert not [r for r in resolver.find(doc, when=_d(2000, 1, 1)) if r.text == "AKK"]


def test_a_bare_congo_is_dr_congo(resolver, nlp):
    refs = resolver.find(nlp("Congo cut ties with Rwanda, and the Congo Republic recalled its envoy."))
    assert [r.code for r in refs if "Congo" in r.text] == ["COD", "COG"]


@pytest.mark.parametrize("word,code", [("Uzbek", "UZB"), ("Ecuadorian", "ECU"), ("Nepali", "NPL")])
def test_more_demonyms(resolver, word, code):
    assert resolver.resolve(word).code == code


def test_democratic_republic_of_congo_without_the_is_dr_congo(resolver, nlp):
    # "Republic of Congo" inside it is Brazzaville's name: the longer name must win
    refs = resolver.find(nlp("Rwanda sent troops into the Democratic Republic of Congo."))
    assert [(r.text, r.code) for r in refs if "Congo" in r.text] == [("Democratic Republic of Congo", "COD")]


def test_royal_air_force_is_british_military(resolver, nlp):
    refs = resolver.find(nlp("Royal Air Force planes flew grain to Ethiopia, and RAF crews unloaded it."))
    assert [r.code for r in refs if r.country == "GBR"] == ["GBRMIL", "GBRMIL"]


def test_aid_workers_are_civil_society_not_labour(resolver, nlp):
    refs = resolver.find(nlp("Somali aid workers said the camp was full, and Somali workers went on strike."))
    assert [(r.text, r.code) for r in refs] == [("Somali aid workers", "SOMSOC"), ("Somali workers", "SOMLAB")]


def test_a_capital_with_a_common_name_is_its_government_only_beside_its_country(resolver, nlp):
    """Lima and Santiago (countries.csv ambiguous_capital) are metonyms only where the sentence names Peru or
    Chile, and not after "in" ("in central Lima" too) or inside a longer name."""
    def codes(text):
        return [(r.text, r.code) for r in resolver.find(nlp(text))]
    assert ("Lima", "PERGOV") in codes("Peru's foreign minister said Lima did not rule out breaking off ties.")
    assert ("Santiago", "CHLGOV") in codes("Chile said Santiago would respond.")
    assert not [c for c in codes("Lima broke off relations with Mexico.") if c[0] == "Lima"]
    assert not [c for c in codes("Peru hosted talks in Lima.") if c[0] == "Lima"]
    assert not [c for c in codes("Peru's police fired tear gas at protesters in central Lima.") if c[0] == "Lima"]
    assert not [c for c in codes("Chile's team played at the Santiago Bernabeu.") if c[0] == "Santiago"]


def test_a_leaders_surname_in_someone_elses_name_is_not_the_leader(resolver, nlp):
    when = date(2025, 7, 9)
    found = codes(resolver, nlp, "The United States imposed sanctions on Francesca Albanese, the UN rapporteur.", when)
    assert "AUSGOV" not in [c for _, c in found]
    found = codes(resolver, nlp, "London mayor Sadiq Khan criticised the plan.", date(2020, 1, 1))
    assert "PAKGOV" not in [c for _, c in found]
    # the leader alone, or after a rank, still is
    assert ("Albanese", "AUSGOV") in codes(resolver, nlp, "Albanese met Modi on Monday.", when)
    assert ("Haftar", "LBYMIL") in codes(resolver, nlp, "Field Marshal Haftar met Putin.", when)


def test_a_country_name_that_begins_a_persons_name_is_no_country(resolver, nlp):
    from conftest import actor_codes
    assert actor_codes(resolver, nlp, "Deputies tackled the suspect, identified as 27-year-old Jordan Tate.") == []
    assert actor_codes(resolver, nlp, "Kenya Moore said.") == []
    assert actor_codes(resolver, nlp, "Jordan King Abdullah met Biden.")[0][1] == "JORGOV"


def test_north_and_south_share_a_name(resolver, nlp):
    refs = resolver.find(nlp("The prime ministers of North and South Korea met in Seoul."))
    assert [(r.text, r.country) for r in refs][:2] == [("North", "PRK"), ("South Korea", "KOR")]


def test_a_leaders_title_and_family_name_name_the_country_they_led(resolver, nlp):
    text = ("President Bush suspended all US arms sales and military contacts with China on Monday, "
            "condemning the army's killing of unarmed demonstrators in Beijing.")
    found = dict(codes(resolver, nlp, text, when=date(1989, 6, 6)))
    assert found["President Bush"] == "USAGOV"      # not China's, which the sentence is about
    found = dict(codes(resolver, nlp, "Prime Minister Zapatero met President Bush in Madrid.", when=date(2008, 6, 1)))
    assert found == {"Prime Minister Zapatero": "ESPGOV", "President Bush": "USAGOV"}


def test_leaders_added_this_pass_hold_their_dated_roles(resolver, nlp):
    assert codes(resolver, nlp, "Juan Manuel Santos spoke.", date(2015, 9, 22)) == [("Juan Manuel Santos", "COLGOV")]
    assert codes(resolver, nlp, "Nancy Pelosi spoke.", date(2022, 8, 2)) == [("Nancy Pelosi", "USALEG")]
    assert codes(resolver, nlp, "Riek Machar spoke.", date(2014, 1, 2)) == [("Riek Machar", "SSDREB")]
    assert codes(resolver, nlp, "Riek Machar spoke.", date(2021, 1, 2)) == [("Riek Machar", "SSDGOV")]
    assert codes(resolver, nlp, "Abd-Rabbu Mansour Hadi spoke.", date(2015, 3, 27)) == [("Abd-Rabbu Mansour Hadi", "YEMGOV")]
    assert codes(resolver, nlp, "Rafael Grossi spoke.", date(2025, 9, 10)) == [("Rafael Grossi", "IAEA")]
    assert codes(resolver, nlp, "Alpha Conde spoke.", date(2015, 1, 1)) == [("Alpha Conde", "GINGOV")]
    assert codes(resolver, nlp, "Zine el-Abidine Ben Ali fled.", date(2011, 1, 15)) == [("Zine el-Abidine Ben Ali", "TUN")]


def test_adjectives_between_a_country_and_its_role_noun(resolver, nlp):
    assert codes(resolver, nlp, "Soldiers killed Burundi's first elected president.", date(1993, 10, 22))[-1] == \
        ("Burundi's first elected president", "BDIGOV")
    assert codes(resolver, nlp, "Syria's embattled president spoke.") == [("Syria's embattled president", "SYRGOV")]


def test_a_province_inside_a_persons_name_is_no_place(resolver, nlp):
    # "Farah" is an Afghan province; inside "Mohamed Farah Aideed" it places no one in Afghanistan
    found = codes(resolver, nlp, "Militiamen loyal to General Mohamed Farah Aideed shelled Mogadishu airport on Sunday.")
    assert not any(code.startswith("AFG") for _, code in found)
    assert ("Militiamen", "SOMREB") in found
    assert ("Police in Farah", "AFGCOP") in codes(resolver, nlp, "Police in Farah province clashed with the Taliban.")
