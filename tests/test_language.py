from converter.language import detect_language, stopword_density, tokens


def test_detects_the_languages_we_ship_stop_words_for():
    assert detect_language("The council said that it would vote on the budget and the plan next week.") == "en"
    assert detect_language("Le conseil a dit que le vote sur le budget aura lieu la semaine prochaine et que les élus sont prêts.") == "fr"
    assert detect_language("El consejo dijo que la votación del presupuesto será la próxima semana y que los concejales están listos.") == "es"
    assert detect_language("12 34 56") is None


def test_stopword_density():
    toks = tokens("the cat and the dog")
    assert stopword_density(toks, "en") == 0.6 and stopword_density(toks, None) == 0.0
