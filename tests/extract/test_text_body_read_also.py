"""Text dumps: 'read also' boxes between paragraphs, in the words of several languages
(invented dumps)."""
from __future__ import annotations

from tidings.extract.text import extract_text_dump

ES = [
    "El ayuntamiento aprobó el martes un nuevo plan de transporte que amplía las líneas de autobús "
    "nocturno y reduce el precio del abono mensual para los estudiantes de la ciudad.",
    "Según la concejala de movilidad, el plan costará unos doce millones de euros al año y se "
    "financiará en parte con los ingresos del aparcamiento regulado en el centro histórico.",
    "Los vecinos de los barrios del norte, que llevaban años pidiendo más frecuencias, celebraron "
    "la decisión, aunque algunos comerciantes temen que los cambios reduzcan las plazas de carga.",
    "La primera fase del plan entrará en vigor en septiembre, cuando se incorporen treinta "
    "autobuses eléctricos nuevos a la flota municipal que hoy recorre la ciudad entera.",
]


def _dump(box: list[str]) -> str:
    parts = ["Diario Local", "Inicio\nCiudad\nDeportes", "Nuevo plan de transporte", ES[0], ES[1], *box,
             ES[2], ES[3], "Compartir\nFacebook\nTwitter"]
    return "\n\n".join(parts) + "\n"


def test_label_and_headline_on_one_line_are_a_link():
    line = "Lea también: El alcalde inaugura el nuevo puente sobre el río"
    art = extract_text_dump(_dump([line]), "a.txt")
    assert line not in art.text
    assert ES[1] in art.text and ES[2] in art.text


def test_a_name_with_a_colon_before_a_sentence_stays_text():
    line = "Lea: Yo siempre he cogido el autobús de noche y nunca he tenido problemas."
    art = extract_text_dump(_dump([line]), "b.txt")
    assert line in art.text


def test_label_on_its_own_line_and_the_headline_under_it_are_a_link():
    box = ["Mirá también", "El alcalde inaugura el nuevo puente sobre el río: “Es un día histórico”"]
    art = extract_text_dump(_dump(box), "c.txt")
    assert not any(b in art.text for b in box)
    assert ES[3] in art.text


def test_most_read_header_naming_its_site_ends_the_article():
    other = ("La liga regional suspendió el domingo todos los partidos por la tormenta y anunció que "
             "los encuentros se jugarán el próximo miércoles por la tarde en los mismos estadios.")
    parts = ["Diario Local", "Inicio\nCiudad\nDeportes", "Nuevo plan de transporte", *ES,
             "Die meistgelesenen Artikel bei Diario.example", "Tormenta en la liga", other]
    art = extract_text_dump("\n\n".join(parts) + "\n", "d.txt")
    assert ES[3] in art.text
    assert other not in art.text


def test_links_to_the_neighbouring_posts_are_no_text():
    prev = "← El alcalde inaugura el nuevo puente sobre el río y promete otros dos antes de que termine el año."
    nxt = ("Article suivant Après deux semaines de tempête, la ligue régionale a suspendu toute la journée "
           "de dimanche dans les stades de la ville.")
    parts = ["Diario Local", "Inicio\nCiudad\nDeportes", "Nuevo plan de transporte", *ES, prev, nxt,
             "Compartir\nFacebook\nTwitter"]
    art = extract_text_dump("\n\n".join(parts) + "\n", "e.txt")
    assert ES[3] in art.text
    assert prev not in art.text and nxt not in art.text


def test_zulu_read_another_story_label_and_headline_on_one_line_are_a_link():
    line = "FUNDA OLUNYE UDABA LAPHA | Umkhandlu uvula ibhuloho elisha emfuleni"
    art = extract_text_dump(_dump([line]), "z.txt")
    assert line not in art.text
    assert ES[1] in art.text and ES[2] in art.text
