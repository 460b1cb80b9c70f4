from datetime import date

from detente.metadata import text_metadata


def test_title_after_junk_and_date_line():
    text = ("Pls share this post\n"
            "Putin and Kim sign a defense pact in Pyongyang\n"
            "Updated: June 20, 2024\n"
            "Russia and North Korea signed a pact on June 19, 2024, in Pyongyang.")
    meta = text_metadata(text)
    assert meta.title == "Putin and Kim sign a defense pact in Pyongyang"
    assert meta.published == date(2024, 6, 20)


def test_date_inside_a_sentence_is_not_the_publication_date():
    text = ("Vladimir Putin and Kim Jong Un are getting closer — and China has reason to be worried\n"
            "Russian President Vladimir Putin and North Korean leader Kim Jong Un met in Pyongyang, North Korea, on June 19, 2024, for talks.")
    meta = text_metadata(text)
    assert meta.title.startswith("Vladimir Putin and Kim Jong Un")
    assert meta.published is None


def test_no_title_when_first_line_is_a_paragraph():
    text = "Russia's war in Ukraine has been a headache for Beijing from day one. Officials say so."
    assert text_metadata(text).title is None


def test_iso_date_line():
    assert text_metadata("Headline about the summit talks\n2019-11-19\nBody.").published == date(2019, 11, 19)
