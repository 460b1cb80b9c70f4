from detente.language import detect, line_languages


def test_detect_english_and_russian():
    assert detect("Russia and North Korea signed a defense pact on Wednesday, officials said.")[0] == "en"
    assert detect("Россия и Северная Корея подписали договор о взаимной обороне.")[0] == "ru"
    lang, prob = detect("China has long been North Korea's most important international ally.")
    assert 0.0 < prob <= 1.0


def test_detect_without_letters():
    assert detect("12345 --- !!!") == ("und", 0.0)


def test_line_languages_only_long_clearly_different_lines():
    lines = [
        "China's response to the pact was revealingly muted, analysts said on Thursday.",
        "Die Digitalisierung als Wachstums- und Entwicklungstreiber zieht sich durch alle Branchen.",
        "Kim and Xi",                                    # too short to judge
        "Свежие комментарии и новости дня о политике России и Северной Кореи",
    ]
    assert line_languages(lines, "en") == {1: "de", 3: "ru"}
