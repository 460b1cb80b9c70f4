import pytest

from detente.clean import LineCleaner
from detente.config import CleanConfig

# Lines copied from the user's two seed articles (shared/seeds), with their junk reasons.
SEED_001 = """Vladimir Putin and Kim Jong Un are getting closer — and China has reason to be worried

Vladimir Putin and Kim Jong Un are getting closer — and China has reason to be worried
Pls share this post

Listen to this article
Putin, Kim
Russian President Vladimir Putin and North Korean leader Kim Jong Un in Pyongyang, North Korea, on June 19, 2024.

  • Russia entered into a new security pact with rogue state North Korea. 
Russia’s President Vladimir Putin and North Korean leader Kim Jong Un recently signed a defense pact to protect against what they characterized as the malign forces of US imperialism.

A muted response

China’s response to the pact, which saw Putin and Kim pledge to defend each other’s countries if attacked, was revealingly muted.

READ ALSO  Iran's strike on Israel shows how the Biden administration has lost control of the conflict, foreign policy expert says

An important ally

Kim and Xi
Xi Jinping and Kim Jong Un watch a large group callisthenics and art performance at the May Day Stadium in Pyongyang, DPRK, June 20, 2019.

Russia is leaning on North Korea for supplies of badly-needed artillery for its forces in Ukraine.
An emboldened Kim Jong Un
Read the original article on Business Insider


Pls share this post
Previous articleEscalating global cyber threats require robust layered security measures
Next articlePrincess Anne is in the hospital after suffering a head injury, Buckingham Palace says"""

SEED_000 = """Kim Jong Un's visit to Russia could throw regional stability off course, especially if the visit ends in an arms deal or military cooperation
It's unclear. As significant as North Korea's military support may be for Russia, anything that could prolong the war in Ukraine or complicate the path to resolution is problematic for Beijing.
Best quotes from Kim Jong Un and Putin
Russia's war in Ukraine has been a headache for Beijing from day one.< /p>
Kim Jong Un meets with Vladimir Putin at a space base in the Russian Far East on Wednesday Photo: Sputnik/Reuters
But it wasn't smooth sailing for Beijing as it came at a time of geopolitical tension due to harsher China.
Свежие комментарии"""


def junk_by_line(result):
    return {(j.line, j.reason) for j in result.junk}


def test_seed_001_junk_reasons_and_article_kept():
    result = LineCleaner(CleanConfig()).clean(SEED_001)
    junk = junk_by_line(result)
    assert ("Pls share this post", "share-prompt") in junk
    assert ("Listen to this article", "share-prompt") in junk
    assert ("Putin, Kim", "caption-label") in junk
    assert ("Kim and Xi", "caption-label") in junk
    assert any(r == "related-link" and line.startswith("READ ALSO  Iran's strike") for line, r in junk)
    assert ("Read the original article on Business Insider", "original-link") in junk
    assert sum(r == "navigation" for _, r in junk) == 2
    lines = result.text.split("\n")
    # the headline once, its repeat is junk
    assert lines[0] == "Vladimir Putin and Kim Jong Un are getting closer — and China has reason to be worried"
    assert lines.count(lines[0]) == 1
    assert any(r == "repeated-line" for _, r in junk)
    for kept in ("• Russia entered into a new security pact with rogue state North Korea.",
                 "A muted response", "An important ally", "An emboldened Kim Jong Un",
                 "Russia is leaning on North Korea for supplies of badly-needed artillery for its forces in Ukraine."):
        assert kept in lines
    # the captions' descriptions are the article's own: kept (their place and date count)
    assert any(line.startswith("Russian President Vladimir Putin and North Korean leader") for line in lines)
    assert any(line.startswith("Xi Jinping and Kim Jong Un watch") for line in lines)
    assert "" not in lines
    assert len(lines) == 10


def test_seed_000_markup_caption_related_and_foreign_widget():
    result = LineCleaner().clean(SEED_000)
    lines = result.text.split("\n")
    assert "Russia's war in Ukraine has been a headache for Beijing from day one." in lines
    junk = junk_by_line(result)
    assert ("< /p>", "markup") in junk
    assert ("Best quotes from Kim Jong Un and Putin", "related-link") in junk
    assert ("Photo: Sputnik/Reuters", "photo-credit") in junk
    assert "Kim Jong Un meets with Vladimir Putin at a space base in the Russian Far East on Wednesday" in lines
    assert ("Свежие комментарии", "foreign-script") in junk
    assert len(lines) == 5
    assert lines[0].startswith("Kim Jong Un's visit to Russia")


def test_foreign_script_prefix_split_keeps_english_title():
    text = ("Свежие комментарииVladimir Putin and Kim Jong Un are getting closer — and China has reason to be worried\n"
            "Russia and North Korea signed a defense pact on Wednesday.")
    result = LineCleaner().clean(text)
    assert result.text.split("\n")[0].startswith("Vladimir Putin and Kim Jong Un are getting closer")
    assert result.junk[0].line == "Свежие комментарии"
    assert result.junk[0].reason == "foreign-script"
    assert result.junk[0].index == 0


def test_junk_indices_point_at_raw_lines():
    result = LineCleaner().clean("Headline of the story here\n\nPls share this post\nBody sentence one is here.")
    assert [(j.index, j.reason) for j in result.junk] == [(2, "share-prompt")]
    assert result.lines == [0, 3]


def test_related_list_after_heading_and_title_case_link_list():
    text = ("Officials met in Geneva on Monday to discuss the ceasefire.\n"
            "You may also like...\n"
            "Who will make the Rock Hall in 2020?\n"
            "Dave Matthews Band takes over Rock Hall Fan Vote\n"
            "The talks will resume next week, a spokesman said.\n"
            "- Moon Rush: Private Lunar Lander Plans\n"
            "- Here's Where Commercial Landers Will Land on the Moon for NASA\n")
    result = LineCleaner().clean(text)
    assert result.text.split("\n") == [
        "Officials met in Geneva on Monday to discuss the ceasefire.",
        "The talks will resume next week, a spokesman said.",
    ]
    assert {j.reason for j in result.junk} == {"related-link"}


def test_article_bullets_and_headings_survive():
    text = ("A muted response\n"
            "- Denmark (Group D): Ninth appearance\n"
            "- Portugal (Group B): Eighth appearance\n"
            "- Remove from canner and allow to cool. Jam will set within 24-48 hours.\n"
            "HOW TO USE A WATER BATH CANNER\n")
    result = LineCleaner().clean(text)
    assert result.junk == []
    assert len(result.text.split("\n")) == 5


def test_site_boilerplate_learned_in_one_streaming_pass():
    cleaner = LineCleaner()
    about = "Acme is a global provider of widgets and employs 1,300 people worldwide."
    first = cleaner.clean(f"Acme wins a contract in Spain.\nThe deal is worth $5 million.\n{about}", site="acme.com")
    assert about in first.text                       # nothing known yet about the site
    second = cleaner.clean(f"Acme opens an office in Peru.\nIt will hire 40 people.\n{about}", site="acme.com")
    assert about not in second.text
    assert [j.reason for j in second.junk] == ["boilerplate"]
    other = cleaner.clean(f"Another site quotes it.\n{about}", site="other.org")
    assert about in other.text                       # memory is per site


def test_copy_of_earlier_document_is_not_boilerplate():
    cleaner = LineCleaner()
    story = "Putin and Kim signed a pact.\nChina reacted cautiously.\nAnalysts expect more talks."
    cleaner.clean(story, site="news.example")
    again = cleaner.clean(story, site="news.example")
    assert again.text == story
    assert again.junk == []


def test_reasons_for_common_web_junk():
    cases = {
        "Related: The 15 Weirdest Galaxies in Our Universe": "related-link",
        "SEE MORE: Hong Kong protests: 800 students under siege in university": "related-link",
        "Subscribe to the Morning Review newsletter": "subscribe-prompt",
        "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.": "share-prompt",
        "(Reporting by Greg Roumeliotis; editing by Martin Howell.)": "credit",
        "Copyright ©2019 Dow Jones & Company, Inc. All Rights Reserved": "copyright",
        "Filed under: Khawarij |": "tags",
        "Comments": "comments",
        "https://www.barrons.com/articles/home-depot-stock-earnings-report-51574168486": "url",
        "Updated at 1:23 p.m.": "dateline",
        "Photo: Reuters": "photo-credit",
    }
    cleaner = LineCleaner()
    for line, reason in cases.items():
        result = cleaner.clean("Leaders met in Brussels on Monday to discuss trade.\n" + line)
        assert [(j.line, j.reason) for j in result.junk] == [(line, reason)], line


def test_photo_credit_is_cut_and_the_caption_kept():
    result = LineCleaner().clean("Leaders met in Brussels on Monday to discuss trade.\n"
                                 "The core stage of the first SLS after the installation. (credit: NASA/Jude Guidry) |")
    assert result.text.split("\n")[1] == "The core stage of the first SLS after the installation."
    assert [(j.line, j.reason) for j in result.junk] == [("(credit: NASA/Jude Guidry) |", "photo-credit")]


def test_custom_patterns_file(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text("rules:\n  - reason: advert\n    line:\n      - '^sponsored\\b'\n", encoding="utf-8")
    result = LineCleaner(CleanConfig(patterns_file=str(path))).clean("Sponsored content here\nReal news line.")
    assert [(j.line, j.reason) for j in result.junk] == [("Sponsored content here", "advert")]


def test_foreign_script_glued_after_a_headline_is_cut_off():
    from detente.clean import LineCleaner
    text = ("Putin and Kim sign mutual defence treaty as Seoul and Tokyo voice alarm Последние новости\n"
            "Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a treaty on Wednesday.\n")
    result = LineCleaner().clean(text)
    assert result.text.split("\n")[0] == "Putin and Kim sign mutual defence treaty as Seoul and Tokyo voice alarm"
    assert [(j.line, j.reason) for j in result.junk] == [("Последние новости", "foreign-script")]


def test_widget_labels_prompts_and_company_profile():
    cases = {
        "NewsSiteEurope": "widget",
        "world briefing,world briefing XYZ": "widget",
        "We'd like to hear what you think about this or any of our articles.": "subscribe-prompt",
        "Get the week's top stories and analysis in one email.": "subscribe-prompt",
        "Acme is headquartered in Lyon (France), has subsidiaries in 12 countries and employs 900 people.":
            "boilerplate",
    }
    cleaner = LineCleaner()
    for line, reason in cases.items():
        result = cleaner.clean("Leaders met in Brussels on Monday to discuss trade.\n" + line)
        assert [(j.line, j.reason) for j in result.junk] == [(line, reason)], line


def test_pipe_prefixed_link_run_tolerates_spelling_variants():
    text = ("Ministers met in Rome on Tuesday to agree the budget.\n"
            "Rome Summit 2024 | leaders pose for the photo\n"
            "Roma Summit 2024 | the final communique\n"
            "Rome Summit 2024 | what comes next\n")
    result = LineCleaner().clean(text)
    assert result.lines == [0]
    assert {j.reason for j in result.junk} == {"related-link"}


def test_copyright_photo_credit_is_cut_and_caption_kept():
    result = LineCleaner().clean("Leaders met in Brussels on Monday to discuss trade.\n"
                                 "Jewels after Jewels, installation views, photos © Inexhibit, 2018")
    assert result.text.split("\n")[1] == "Jewels after Jewels, installation views"
    assert [j.reason for j in result.junk] == ["photo-credit"]


def test_credit_and_promo_lines():
    cases = {
        "Main image credit: Getty": "photo-credit",
        "[사진=JTBC, 이매진아시아]": "photo-credit",
        "Contributing: Kristine Phillips": "credit",
        "Caroline Hawley, BBC diplomatic correspondent": "credit",
        "칼럼니스트 박생강 pillgoo9@gmail.com": "credit",
        "(Graphic: Global assets in 2019 - here)": "widget",
        "This article was reprinted on Wired.com.": "original-link",
        "- Visit Business Insider's homepage for more stories.": "related-link",
        "Be sure to visit Arrowhead on Facebook, Twitter, and Instagram.": "share-prompt",
        "All...": "widget",
    }
    cleaner = LineCleaner()
    for line, reason in cases.items():
        result = cleaner.clean("Leaders met in Brussels on Monday to discuss trade.\n" + line)
        assert [j.reason for j in result.junk] == [reason], line


def test_cut_off_teaser_of_an_earlier_line_and_body_copy():
    body = ["Ministers met in Rome on Tuesday to agree the budget for next year.",
            "The opposition walked out of the chamber before the final vote was held.",
            "Protesters gathered outside parliament as the debate went on into the night."]
    text = "\n".join(body + ["Ministers met in Rome on Tuesday to..."] + body)
    result = LineCleaner().clean(text)
    assert result.lines == [0, 1, 2]
    assert {j.reason for j in result.junk} == {"repeated-line"}


def test_a_repeated_chorus_of_short_lines_is_no_body_copy():
    chorus = ["You know that you are the only one that I want",
              "The one that I want, one that I want, oh yes",
              "You know that you are the only one that I need"]
    verse = ["I walked along the river when the night came down on the town"]
    text = "\n".join(["Only One, the new single"] + chorus + verse + chorus + verse + chorus)
    assert LineCleaner().clean(text).text == text


def test_capitalised_label_before_a_link_is_a_teaser():
    lines = ["Liberian officials said on Thursday they would prosecute the patient.",
             "IN TEXAS: Family of Ebola patient quarantined",
             "UPDATE: The patient was said to be in a serious condition on Friday."]
    links = [[], [(10, len(lines[1]))], []]       # the headline after the label is a link
    result = LineCleaner().clean("\n".join(lines), links=links)
    assert [(j.line, j.reason) for j in result.junk] == [(lines[1], "related-link")]
    assert LineCleaner().clean("\n".join(lines)).text.split("\n") == lines


def test_wordless_lines_of_a_code_listing_or_table_are_kept():
    code = ["The payload nests lists inside lists:", "rekt: {", "list: [", "]", "...", "}",
            "The server then runs out of memory."]
    assert LineCleaner().clean("\n".join(code)).text.split("\n") == code
    table = ["| Parser | Speed |", "|---|---|", "| simdjson | 2.5 GB/s |"]
    assert LineCleaner().clean("\n".join(table)).text.split("\n") == table
    prose = ["Ministers met in Rome on Tuesday.", "...", "___", "The vote was held at night."]
    result = LineCleaner().clean("\n".join(prose))
    assert [j.reason for j in result.junk] == ["markup", "markup"]


def test_a_word_broken_out_of_a_sentence_is_kept_a_lone_tag_is_not():
    broken = ["Headers can be filled by passing an object", "literal", "to the constructor.",
              "The guard is set when the object is", "created", "by a request."]
    assert LineCleaner().clean("\n".join(broken)).text.split("\n") == broken
    tagged = ["The minister resigned on Friday.", "politics", "Share this article on Facebook"]
    result = LineCleaner().clean("\n".join(tagged))
    assert [(j.line, j.reason) for j in result.junk][0] == ("politics", "tags")


def test_other_columns_heading_heads_a_teaser_list():
    lines = ["The laws will come into force next month, the minister said.",
             "Other Opinion Columns",
             "Editorial Fraser's lasting legacy"]
    result = LineCleaner().clean("\n".join(lines))
    assert result.text == lines[0]


def test_title_case_list_after_an_introducing_sentence_is_kept():
    text = ("NASA picked five more companies for lunar deliveries.\n"
            "The newly selected five are:\n"
            "- Blue Origin, Kent, Washington\n"
            "- Ceres Robotics, Palo Alto, California\n"
            "- Sierra Nevada Corporation, Louisville, Colorado\n")
    assert LineCleaner().clean(text).lines == [0, 1, 2, 3, 4]


def test_about_box_is_optional():
    text = ("Acme named a new chief strategy officer on Monday.\n"
            "About Acme\n"
            "Acme offers an advertising platform for publishers.\n")
    assert LineCleaner().clean(text).lines == [0, 1, 2]
    assert LineCleaner(CleanConfig(about_box=True)).clean(text).lines == [0]


def test_short_foreign_word_in_latin_document():
    result = LineCleaner().clean("Rasulullah SAW bersabda tentang cinta dan benci.\nﺎَﻣ")
    assert [j.reason for j in result.junk] == ["foreign-script"]


def test_wire_dateline_is_cut_off_and_the_sentence_kept():
    text = ("Leaders met in Brussels on Monday to discuss trade.\n"
            "LUSAKA, Mar 3 (Wire) - Zambia and Malawi signed a border agreement on Friday.\n"
            "KYIV, May 9, 2025 (Agency) -\n"
            "Moscow, which has long backed Damascus, said on Monday it would send aid.")
    result = LineCleaner().clean(text)
    lines = result.text.split("\n")
    assert lines[1] == "Zambia and Malawi signed a border agreement on Friday."
    assert lines[2].startswith("Moscow, which has long backed Damascus")
    assert [(j.line, j.reason) for j in result.junk] == [("LUSAKA, Mar 3 (Wire) -", "dateline"),
                                                          ("KYIV, May 9, 2025 (Agency) -", "dateline")]


def test_a_dateline_with_the_agency_and_no_date_is_cut_off_too():
    text = ("GAZA CITY (Wire) \u2014 Aircraft struck two high-rises on Sunday.\n"
            "JUBA, South Sudan (Agency) - South Sudan barred a UN team on Friday.\n"
            "The mission (its second) - and its staff - left on Friday.")
    result = LineCleaner().clean(text)
    assert result.text.split("\n") == ["Aircraft struck two high-rises on Sunday.",
                                        "South Sudan barred a UN team on Friday.",
                                        "The mission (its second) - and its staff - left on Friday."]
    assert [j.line for j in result.junk] == ["GAZA CITY (Wire) \u2014", "JUBA, South Sudan (Agency) -"]


def _full(lines):
    return [[(0, len(x))] if x else [] for x in lines]


def test_run_of_link_lines_is_a_teaser_list():
    body = ["Leaders met in Brussels on Monday to discuss trade, officials said.",
            "The talks will continue next week in Geneva, according to diplomats."]
    teasers = ["Pochettino fired by Tottenham",
               "Who will replace Pochettino at Spurs",
               "Sargent and Morris lead USA past Cuba"]
    lines = body + teasers
    links = [[(4, 12)], []] + _full(teasers)        # an inline link in the body is no list
    result = LineCleaner().clean("\n".join(lines), links=links)
    assert result.text.split("\n") == body
    assert {(j.line, j.reason) for j in result.junk} == {(t, "related-link") for t in teasers}
    # without the link signal (plain text input) the same lines are kept
    assert LineCleaner().clean("\n".join(lines)).text.split("\n") == lines
    # two link lines are not a list; links that do not match the lines are ignored
    assert LineCleaner().clean("\n".join(lines[:4]), links=links[:4]).text.split("\n") == lines[:4]
    assert LineCleaner().clean("\n".join(lines), links=links[:3]).text.split("\n") == lines


def test_headline_links_with_blurbs_are_a_teaser_list():
    body = "Leaders met in Brussels on Monday to discuss trade, officials said."
    items = [("- Gronk, Serena perform with Laker Girls", " Gronk may have found his true calling"),
             ("- Pats place Olszewski on IR", " New England's roster is re-shuffling"),
             ("- Rams top Bears as offenses struggle", " Neither the Rams nor Bears could get much going")]
    lines = [body] + [a + b for a, b in items]
    links = [[]] + [[(2, len(a))] for a, _ in items]
    result = LineCleaner().clean("\n".join(lines), links=links)
    assert result.text == body
    # sentences that open with a link are article text, not blurbs
    story = [f"{a[2:]} said on Monday that{b}." for a, b in items]
    links = [[]] + [[(0, len(a) - 2)] for a, _ in items]
    assert LineCleaner().clean("\n".join([body] + story), links=links).text.split("\n") == [body] + story


def test_custom_patterns_file_without_link_lists(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text("rules:\n  - reason: advert\n    line:\n      - '^sponsored\\b'\n", encoding="utf-8")
    lines = ["Real news line.", "One link", "Two link", "Three link"]
    result = LineCleaner(CleanConfig(patterns_file=str(path))).clean("\n".join(lines), links=_full(lines))
    assert result.text.split("\n") == lines


def test_calls_to_action_are_junk():
    cleaner = LineCleaner()
    for line in ("SHOP NOW", "BUY IT NOW!", "Download the app free today!", "Start your free trial",
                 "Use promo code NEWS20 at checkout"):
        result = cleaner.clean("Leaders met in Brussels on Monday to discuss trade.\n" + line)
        assert [(j.line, j.reason) for j in result.junk] == [(line, "subscribe-prompt")], line
    kept = "Russia will start deliveries of grain to the region now, the ministry said."
    assert cleaner.clean(kept).text == kept


def test_capitalised_link_line_inside_the_body_is_a_promo():
    lines = ["Van Der Beek was eliminated on Monday after two dances, the show said.",
             "SEAN SPICER ELIMINATED FROM 'DANCING WITH THE STARS'",
             "The news came a month after he announced that his wife was expecting.",
             "EXTRA POINTS"]                          # a heading in capitals that is no link is kept
    links = [[], [(0, len(lines[1]))], [], []]
    result = LineCleaner().clean("\n".join(lines), links=links)
    assert [(j.line, j.reason) for j in result.junk] == [(lines[1], "related-link")]
    assert LineCleaner().clean("\n".join(lines)).text.split("\n") == lines


def test_link_lines_continue_a_list_under_its_heading():
    lines = ["Leaders met in Brussels on Monday to discuss trade, officials said.",
             "More stories",
             "Seoul summons the Russian ambassador over the pact.",
             "Japan voices alarm at the Pyongyang deal."]
    links = [[], [], [(0, len(lines[2]))], [(0, len(lines[3]))]]
    result = LineCleaner().clean("\n".join(lines), links=links)
    assert result.text == lines[0]
    # sentences with a final stop under the heading stay without the link signal
    assert LineCleaner().clean("\n".join(lines)).text.split("\n") == [lines[0]] + lines[2:]


# Web boilerplate that the pattern data names (written for these tests from common news and
# blog page furniture, not copied from the evaluation pages): each line alone is junk with
# its reason.
BOILERPLATE = {
    'advertisement': [
        'Sponsored Ads',
        'ADVERTISEMENT',
        '- Advertisement -',
        'Anzeige',
        'Sponsored Content',
        'Sponsored by Acme Bank',
        'Story continues below advertisement',
        'Continue reading the main story',
        'SCROLL TO CONTINUE WITH CONTENT',
        'Skip Ad',
        'AdChoices',
        'Promoted Links by Taboola',
        'The ad will close in 5 seconds',
        'Supported by',
        'Advertisement - Scroll to continue',
        'Advertiser Disclosure',
        'This post is sponsored by Acme, but all opinions are my own.',
        'This post contains affiliate links.',
        'We may earn a commission when you buy through links on our site.',
        "We've noticed you're using an ad blocker.",
        'Please disable your ad blocker to keep reading.',
    ],
    'consent': [
        'We use cookies to improve your experience on our site and to show you relevant advertising.',
        'This website uses cookies. By continuing to browse the site you are agreeing to our use of cookies.',
        'If you continue to use this site we will assume that you are happy with it.',
        "We'll assume you're ok with this, but you can opt-out if you wish.",
        'We value your privacy',
        'We and our partners store and/or access information on a device, such as cookies.',
        'This content is not available due to your privacy preferences.',
        'Please read our Privacy Policy and Terms of Use.',
        'Accept all cookies',
        'Reject All',
        'Manage preferences',
        'OK, got it',
        'Cookie Settings',
        'Our website uses cookies to give you the best experience on our website.',
    ],
    'related-link': [
        'WATCH: Biden arrives in Kyiv for a surprise visit',
        'Tap here to read the full report',
        'More on this story:',
        "Editors' Recommendations:",
        'Read the full statement here.',
        'Saiba mais: Presidente anuncia novo ministério',
        'Читайте также',
        'What to read next',
        'Latest News',
        'Around the web',
        'More articles by Jane Doe',
        "Follow AP's coverage of the war at https://apnews.com/hub/russia-ukraine",
        'Read this next',
    ],
    'share-prompt': [
        'Get reporter alerts',
        'Sign up for email alerts',
        'Share via Telegram',
        'Click to share on Twitter (Opens in new window)',
        'Like us on Facebook',
        'Stay connected',
        'Forward this story to a colleague',
        'Did you enjoy this article?',
        'Rate this article',
        '1.2K shares',
        'Shares 245',
        'Download the BBC News app for iOS and Android',
        'Download our app',
        'Turn on notifications',
        'You can find him on Instagram too.',
        'Open in app',
        'Add us as a preferred source on Google',
        'Follow the author',
        'Share or comment on this article:',
        'Share this:',
        'Email this',
        'Copy link',
        'Facebook Twitter WhatsApp Email',
        'Share this: Twitter Facebook',
        'Gift Article',
        'Reuse this content',
        'Like this:',
        'Compartilhe',
        'Like Loading...',
    ],
    'subscribe-prompt': [
        'Enter your email address',
        'Email address *',
        'Please enter a valid email address.',
        'By signing up, you agree to our Terms of Use and Privacy Policy.',
        'You can unsubscribe at any time.',
        'This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.',
        'We will never share your email address with third parties.',
        'No spam, ever.',
        'Subscribe',
        'Want more stories like this? Sign up to our daily briefing.',
        'Please check your email to confirm your subscription.',
        'Thank you for your feedback!',
        "You're all set!",
        'Our morning briefing is delivered every weekday at 6 a.m.',
        'One email every morning with the news you need. Sign up now.',
    ],
    'paywall': [
        'Already a subscriber? Log in',
        'Log in to continue reading.',
        'To continue reading this article, please log in.',
        'This article is only available to subscribers.',
        'You have reached your limit of free articles this month.',
        '2 free articles remaining',
        'Unlock unlimited access',
        'Join today for just $1 a week',
        'Become a member',
        'Please support independent journalism.',
        'If you value our reporting, please consider supporting us with a donation today.',
        'Please consider making a one-time donation.',
        'Support us',
        'We are a reader-funded newsroom and rely on donations from people like you.',
        'Subscribers only',
        'This is premium content',
        'Already have an account?',
        'Create a free account to continue reading.',
        'Want to bookmark your favourite articles and stories to read or reference later?',
    ],
    'navigation': [
        'Main Content',
        'Skip to main content',
        'Menu',
        'Toggle navigation',
        'Search',
        'Search for:',
        'Home',
        'Log In',
        'Login / Register',
        'Forgot your password?',
        'Page 2 of 3',
        'Older stories',
        '« Previous',
        'Continue reading »',
        'Load more stories',
        'Return to homepage',
        'Jump to comments',
        'Home › World › Asia',
        'World > Europe > Germany',
        'Proudly powered by WordPress',
        'Theme by Acme Themes',
        'Privacy Policy',
        'About Us | Contact | Advertise | Privacy Policy | Terms of Use',
        '1 2 3 … 12 Next »',
        'Close',
    ],
    'original-link': [
        'This article first appeared on The Conversation.',
        'A version of this article appeared in print on Nov. 19, 2019.',
        "This piece is excerpted from the author's new book.",
        'Reprinted with permission of the author.',
        'This article is republished under a Creative Commons license.',
        'First published on Monday, June 3',
    ],
    'markup': [
        '(END)',
        '[end]',
    ],
    'source-note': [
        'Via: The Verge',
        'H/T Mediaite',
        '(via Example Daily)',
    ],
    'correction': [
        'Report an error',
        'Spotted a typo? Let us know.',
        'Read our corrections policy.',
    ],
    'photo-credit': [
        'Image source, Getty Images',
        'Getty Images',
        'AFP via Getty Images',
        '(AP Photo/Evan Vucci)',
        'Evan Vucci/AP',
        'Getty Images/iStockphoto',
        'File photo',
        'Reuters',
    ],
    'credit': [
        'The author would like to thank Jane Roe for her help with the specification.',
        'Jane Roe can be reached at jroe@example.com.',
        '"Questions? Comments? Email us at',
        'Example News Executive News Editor',
        'Translated by Jane Doe',
        'She can be reached at jdoe@example.com.',
        'Send us your tips at example.com/tips',
        'Have a confidential tip for our reporters?',
        'About the author',
        'Jane Doe covers energy for The Example Times. Reach her at (555) 010-0199.',
        '— With assistance by John Roe',
        'Email the author',
        'By Jane Doe',
        'By JANE DOE and JOHN ROE, Reuters',
        'By The Associated Press',
        'Written by Jane Doe',
        'Author: Jane Doe',
    ],
    'copyright': [
        'This material may not be published, broadcast, rewritten or redistributed.',
        'No part of this article may be used without the prior written permission of the publisher.',
        'All content © 2024 Example Media',
        'Reproduction in whole or in part without permission is prohibited.',
        'Our Standards: The Thomson Reuters Trust Principles.',
        "The views expressed in this article are the author's own and do not necessarily reflect our editorial stance.",
        'Opinions expressed by Forbes Contributors are their own.',
    ],
    'tags': [
        'Tagged: Russia, Ukraine, NATO',
        'Explore more on these topics',
        '#WorldNews',
        '#Ukraine #NATO',
    ],
    'comments': [
        'Leave a Reply',
        'View all 12 comments',
        'Be the first to comment',
        'Comments are closed.',
        'Cancel reply',
        'You must be logged in to post a comment.',
        'Your email address will not be published. Required fields are marked *',
        'Notify me of follow-up comments by email.',
        'Save my name, email, and website in this browser for the next time I comment.',
        'Sign in to comment',
        'Sort by: Newest',
        'Oldest first',
        'Community Guidelines',
        'Let us know what you think in the comments below!',
        '3 thoughts on “Putin and Kim sign a pact”',
        '12 Comments | Share',
        'Comments: 12',
        'This site uses Akismet to reduce spam. Learn how your comment data is processed.',
        'Fill in your details below or click an icon to log in:',
        'You are commenting using your WordPress.com account.',
        'Name *',
        'Join our commenting forum',
        'Kommentare (3)',
        'Deixe seu comentário',
        'Comments 123',
        'Comments:',
    ],
    'dateline': [
        'Updated',
        '04/19/13',
        '3 hours ago',
        'Last modified on Tue 19 Nov 2019 10.30 GMT',
        '4 min listen',
        'Estimated reading time: 5 minutes',
        'March 4, 2021',
        'Tuesday, 3 June 2019',
        'Update March 4th, 9:10AM ET: Added a statement from the ministry.',
    ],
    'widget': [
        'Copy link to Tweet',
        'Embed this Video',
        'Add this Tweet to your website by copying the code below. Learn more',
        'The URL of this tweet is below. Copy it to easily share with friends.',
        'Hmm, there was a problem reaching the server. Try again?',
        'Loading',
        'Loading comments…',
        'Play Video',
        'Photo 3 of 12',
        '3 of 10',
        'View gallery',
        'See all 24 photos',
        'Enlarge this image',
        'Toggle caption',
        'Click to enlarge',
        'Next slide',
        'Swipe left for more',
        'Was this article helpful?',
        'Font size',
        'Close this banner',
        'Please try again later.',
        'Oops, something went wrong. Please try again.',
        'View this post on Instagram',
        'A post shared by Example (@example)',
        'Watch this video on YouTube',
        'Please enable JavaScript to view the comments.',
        'JavaScript is disabled in your browser.',
        'Your browser does not support the video tag.',
        'Please upgrade to a modern browser.',
        'This video is no longer available.',
        'To view this video please enable JavaScript, and consider upgrading to a web browser that supports HTML5 video',
        'Media playback is unsupported on your device',
        'Slideshow (3 Images)',
        '| BUY NOW: Example Wireless Headphones, US$49 |',
        'Listen now',
        'Watch the video below:',
        'VIDEO 2:34 02:34 Why markets are falling',
        'Post was not sent - check your email addresses!',
        'Sorry, your blog cannot share posts by email.',
    ],
}


@pytest.mark.parametrize("line,reason", [(line, reason) for reason, lines in BOILERPLATE.items() for line in lines])
def test_web_boilerplate_line_is_junk(line, reason):
    result = LineCleaner().clean(line)
    assert result.text == ""
    assert [(j.line, j.reason) for j in result.junk] == [(line, reason)]


# Credits and caption labels cut off a caption: the description is kept.
CAPTION_CUTS = [
    ('Image caption, Kim Jong Un arrives at the station in Vladivostok',
     'Kim Jong Un arrives at the station in Vladivostok'),
    ('Protesters gather in Hong Kong on Monday. (AP Photo/Kin Cheung)',
     'Protesters gather in Hong Kong on Monday.'),
    ('Protesters gather in Hong Kong on Monday. (Photo by Anthony Kwan/Getty Images)',
     'Protesters gather in Hong Kong on Monday.'),
    ('Protesters gather in Hong Kong on Monday. Photo courtesy of the Hong Kong police',
     'Protesters gather in Hong Kong on Monday.'),
    ('Protesters gather in Hong Kong on Monday.Credit...Lam Yik Fei for The New York Times',
     'Protesters gather in Hong Kong on Monday.'),
    ('A drawing of the new satellite. Illustration: Jane Doe/The Guardian',
     'A drawing of the new satellite.'),
]


@pytest.mark.parametrize("line,kept", CAPTION_CUTS)
def test_caption_credit_cut_off_description_kept(line, kept):
    result = LineCleaner().clean(line)
    assert result.text == kept
    assert result.junk and all(j.reason == "photo-credit" for j in result.junk)


# Article sentences that begin like boilerplate ("By ...", "Share ...", "Search ...") are kept.
ARTICLE_LOOKALIKES = [
    'Updated rules will apply from June, the ministry said.',
    'The editor of the paper was detained in Minsk, and a reporter was freed.',
    'Officials said the envoy can be reached through the embassy.',
    'Published by Penguin in 2019, the memoir sold a million copies.',
    'Posted in Kyiv since 2021, the envoy speaks fluent Ukrainian.',
    'Recommended dose is 10 mg, the ministry said.',
    'By contrast, Moscow said the talks would continue.',
    'By Tuesday the troops had withdrawn from the border.',
    'By The Numbers',
    'Reporter: What will you do about Iran?',
    'Back to the top of the table went Arsenal after a 2-0 win.',
    'Search and rescue teams reached the village on Friday.',
    'Home secretary Priti Patel said the plan would go ahead.',
    'Subscribers to the service will pay $10 a month, the company said.',
    'The magazine published the letter without permission from the author.',
    'Users will be able to reject all cookies with a single click under the new rules.',
    'Google said it would stop using third-party cookies in Chrome.',
    'Sponsored by Democrats, the bill passed the House on Tuesday.',
    'Comments by the minister drew sharp criticism from Beijing.',
    'Next year the summit will be held in Brazil.',
    'Share prices fell sharply in Tokyo.',
    'Reuters could not independently verify the report.',
    'Getty Images photographers were among those detained.',
    'The video was unavailable in Russia after the ban.',
    'The story continues to unfold as rescuers search the rubble.',
    'Support for the ruling party fell to 30%.',
    'Latest figures show inflation at 3.2%.',
    'Close allies of the president were arrested.',
    'Accept the deal or face sanctions, Washington told Tehran.',
    'Jane Doe is a reporter for The Example Times who was detained in Moscow in March.',
    'Evan Gershkovich covers Russia for The Wall Street Journal. He was arrested in March.',
    'Written by a former spy, the novel caused a stir',
    '3 of the 10 victims were children.',
    'Five minutes later the police arrived.',
    'UPDATE 2-Russia and Ukraine agree to new talks',
    'January 22, 2014 was the coldest day on record.',
    'The End of an Era',
    '#MeToo began as a hashtag and became a movement.',
]


@pytest.mark.parametrize("line", ARTICLE_LOOKALIKES)
def test_article_sentence_like_boilerplate_is_kept(line):
    result = LineCleaner().clean(line)
    assert result.text == line
    assert result.junk == []


def test_page_furniture_around_an_article():
    text = ("Skip to main content\n"
            "We use cookies to give you the best experience on our website. By continuing to browse "
            "the site you agree to our use of cookies.\n"
            "Accept all cookies\n"
            "Home › World › Europe\n"
            "Russia and Belarus hold joint military drills near the Polish border\n"
            "By Jane Doe and John Roe, Reuters\n"
            "Updated 3 hours ago\n"
            "Russian and Belarusian troops began joint exercises on Monday, the defence ministry in Minsk said.\n"
            "Image caption, Belarusian soldiers at a training ground near Brest\n"
            "ADVERTISEMENT\n"
            "Poland said it would send more troops to the border in response.\n"
            "Story continues below advertisement\n"
            "Sign in to comment\n"
            "Related Topics\n"
            "Belarus\n"
            "Poland\n"
            "Most read\n"
            "This material may not be published, broadcast, rewritten or redistributed.\n")
    result = LineCleaner().clean(text)
    assert result.text.split("\n") == [
        "Russia and Belarus hold joint military drills near the Polish border",
        "Russian and Belarusian troops began joint exercises on Monday, the defence ministry in Minsk said.",
        "Belarusian soldiers at a training ground near Brest",
        "Poland said it would send more troops to the border in response.",
    ]
    reasons = {j.reason for j in result.junk}
    assert {"navigation", "consent", "credit", "advertisement", "comments", "related-link", "copyright",
            "photo-credit"} <= reasons


def test_an_author_bio_is_junk_only_at_the_end_of_the_page():
    """"Jane Doe is an award-winning journalist ..." closing a page is the author's bio; inside the story the
    same kind of line is news."""
    bio = "Jane Doe is an award-winning journalist and the author of two books on the Middle East."
    story = ["Police in Tehran arrested a reporter on Monday.",
             "Reza Karimi is a freelance reporter for several Iranian newspapers.",
             "His family said he was taken from his home.",
             "Rights groups called for his release.",
             "The ministry did not comment."]
    result = LineCleaner().clean("\n".join(story + [bio]))
    assert [(j.line, j.reason) for j in result.junk] == [(bio, "credit")]
    assert result.text.split("\n") == story
    # the rule file says how near the end
    assert any(r.tail == 3 for r in LineCleaner().rules)
