import pytest

from converter import convert, to_jsonld, to_tei
from converter.validation import parse_xml, validate_jsonld, validate_tei

FR = """Le gouvernement annonce un plan pour le logement

Le gouvernement a présenté jeudi un plan de deux milliards d'euros pour construire cent mille logements sociaux.

« Nous devons agir vite et construire partout », a déclaré la ministre du Logement, Sophie Marchand, lors d'une \
conférence de presse.

Les associations ont salué l'annonce mais jugent le montant insuffisant pour les familles modestes.

« C'est un premier pas, mais il en faudra beaucoup d'autres », a estimé Paul Lenoir, président d'une fédération.

« Les loyers ont doublé en dix ans dans les grandes villes », a-t-il ajouté.

Sophie Marchand a déclaré : « Nous suivrons les chantiers de près, ville par ville. »
"""

DE = """Regierung stellt Wohnungsplan vor

Die Bundesregierung hat am Donnerstag einen Plan über zwei Milliarden Euro für neue Sozialwohnungen vorgestellt.

„Wir müssen jetzt schnell handeln“, sagte Bauministerin Sophie Marchand am Donnerstag in Berlin.

Die Verbände begrüßten die Ankündigung, halten die Summe aber für viel zu gering.

„Wir werden die Baustellen genau verfolgen“, erklärte Marchand.

„Das ist ein Anfang, mehr nicht“, sagte ein Sprecher des Mieterbunds.
"""


def _said(text):
    return [(q.text.split()[0], q.speaker_name) for q in convert(text).quotations]


def test_french_speakers_right_beside_the_reporting_verb():
    assert _said(FR) == [("Nous", "Sophie Marchand"), ("C'est", "Paul Lenoir"), ("Les", "Paul Lenoir"),
                         ("Nous", "Sophie Marchand")]


def test_german_title_before_the_name_a_surname_alone_and_an_unnamed_speaker():
    assert _said(DE) == [("Wir", "Sophie Marchand"), ("Wir", "Sophie Marchand"), ("Das", None)]


def test_foreign_speakers_are_listed_once_with_their_mentions_and_the_outputs_stay_valid():
    art = convert(DE)
    assert [(p.name, p.mentions) for p in art.people] == [("Sophie Marchand", ["Sophie Marchand", "Marchand"])]
    assert not [f for f in validate_jsonld(to_jsonld(art)) if f.level == "error"]
    tree, found = parse_xml(to_tei(art), "t")
    assert tree is not None and not found and not validate_tei(tree)
    assert b'who="#sophie-marchand"' in to_tei(art)


@pytest.mark.parametrize("line", ["« Nous devons agir vite », a déclaré le ministère de la Santé.",
                                  "« Nous devons agir vite », a déclaré le ministre devant les députés."])
def test_no_name_beside_the_verb_no_speaker(line):
    parts = FR.split("\n\n")
    assert _said("\n\n".join([parts[0], parts[1], line, parts[3]]) + "\n") == [("Nous", None)]


def test_the_role_written_between_the_verb_and_the_name_is_the_persons_role():
    assert [(p.name, p.role) for p in convert(FR).people] == [("Sophie Marchand", "ministre du Logement"),
                                                                ("Paul Lenoir", None)]
    assert [(p.name, p.role) for p in convert(DE).people] == [("Sophie Marchand", "Bauministerin")]


def test_what_follows_the_name_is_a_description_unless_it_says_where():
    people = {p.name: p.descriptions for p in convert(FR).people}
    assert people == {"Sophie Marchand": [], "Paul Lenoir": ["président d'une fédération"]}  # (not "lors d'une …")


def test_a_role_without_an_article_keeps_its_first_letters():
    text = FR.replace("a déclaré la ministre du Logement, Sophie Marchand,", "a déclaré alcaldesa Sophie Marchand")
    assert [(p.name, p.role) for p in convert(text).people][0] == ("Sophie Marchand", "alcaldesa")


@pytest.mark.parametrize("text,speakers", [
    # a partial quotation in the clause a named subject's verb opens ("defendió que", "a estimé que", "betonte, dass")
    ("La alcaldesa, Marta Gil, defendió que la obra \"cambiará la vida de miles de vecinos\" del barrio.",
     ["Marta Gil"]),
    ("La maire, Sophie Marchand, a estimé que le projet allait « changer la vie des habitants » du quartier.",
     ["Sophie Marchand"]),
    ("Der Bürgermeister Thomas Hahn betonte, dass die Stadt „sicherer für alle Menschen“ werde.", ["Thomas Hahn"]),
    # a surname alone after the verb finds the person the article named in full, quoted or not
    ("La alcaldesa Marta Gil visitó las obras el lunes por la mañana.\n\n"
     "\"Es el proyecto más importante de esta legislatura\", afirmó Gil durante la sesión.", ["Marta Gil"]),
])
def test_a_speaker_named_before_a_reported_clause_or_earlier_in_full(text, speakers):
    a = convert("Titular de la noticia\n\n" + text + "\n")
    assert [q.speaker_name for q in a.quotations if q.direct] == speakers


def test_a_role_set_off_before_the_name_at_the_sentences_start_is_the_role():
    a = convert("Titular de la noticia\n\nLa alcaldesa, Marta Gil, defendió que la obra \"cambiará la vida de miles "
                "de vecinos\" del barrio.\n")
    assert [(p.name, p.role) for p in a.people] == [("Marta Gil", "alcaldesa")]
