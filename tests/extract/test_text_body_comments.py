"""Text dumps: a thread of reader comments with no header over it (invented dump)."""
from __future__ import annotations

import pytest

from tidings.extract.text import extract_text_dump

STORY = [
    "The harbour board voted on Tuesday to close the old ferry terminal after years of losses, "
    "and the city will now look for a buyer for the site on the western pier.",
    "Commuters who used the ferry every morning said they were disappointed by the decision, "
    "which leaves them with a longer bus ride around the bay during the winter months.",
]
COMMENT = ("I have taken that ferry every day for twenty years and I still cannot believe that the "
           "board would rather sell the pier than fix it. The bus takes an hour longer in the winter, "
           "and nobody on the board has ever asked the people who ride it what they think of the plan.")


def _dump(reply: str) -> str:
    parts = ["Ferry terminal to close", *STORY]
    for k, name in enumerate(["Jane Doe", "Tom Weller", "Anna Berg", "Mark Stone"], 1):
        parts += [f"{name}\n{k + 10}. März 2025 um 18:0{k} Uhr", COMMENT, reply]
    return "\n\n".join(parts) + "\n"


def test_thread_of_dated_comments_with_reply_buttons_is_not_the_story():
    art = extract_text_dump(_dump("Antworten"), "c.txt")
    assert STORY[0] in art.text and STORY[1] in art.text
    assert "twenty years" not in art.text


def test_dated_paragraphs_without_a_thread_s_furniture_stay_text():
    # the same dated paragraphs without reply buttons or "says" headers: a diary, a ticker
    art = extract_text_dump(_dump("Weiter"), "d.txt")
    assert "twenty years" in art.text


# A short post under its header, then a long thread of comments whose stamps name no
# clock time (so no comment-stamp rule applies), then the sidebar.
POST = ("Finally fixed the slow export on my old desktop: the culprit was a colour profile that the "
        "program recomputed for every single photo. Switching it off in the settings cut an export of "
        "three hundred pictures from forty minutes to six. Thanks to everyone who sent in ideas!")
REPLIES = [
    "Glad it works now. I had exactly the same trouble last spring with the same program, and it took me "
    "weeks to find the setting because the manual does not mention it anywhere at all. In the end a friend "
    "from the camera club showed me where it hides, two menus deep under a name nobody would guess.",
    "Another trick that helped me was to move the catalogue to the faster disk, which made browsing the "
    "library much smoother even before I changed anything in the export settings. It is worth a try if "
    "your machine has a second drive, and it takes only a few minutes to copy the files across.",
    "Did you also try the newer version of the program? They say that it handles large batches much better, "
    "but I have not dared to update yet because of the plugins I rely on every day. If you do update, "
    "please write another post about it, because many of us are waiting to hear how it goes.",
    "Thanks for sharing this, I will try it tonight on my laptop, which has been crawling for months now "
    "whenever I export more than a handful of pictures for the weekly club meeting. I had almost given up "
    "and was about to buy a new computer, so this may well have saved me a lot of money.",
]


def _thread_dump(header: str) -> str:
    parts = ["Photo Notes", "Home\nGear\nAbout", "Slow export solved", "Sam · May 3, 2021", POST,
             "Share\nFacebook\nTwitter", header]
    for name, reply in zip(["Tina", "Olaf", "Ben", "Mira"], REPLIES):
        parts += [f"{name} · June 2, 2021", reply]
    parts += ["Leave a comment!", "Archive\nMay 2021\nJune 2021"]
    return "\n\n".join(parts) + "\n"


def test_comments_under_their_header_do_not_outweigh_a_short_post():
    art = extract_text_dump(_thread_dump("4 Comments:"), "t.txt")
    assert POST in art.text
    assert not any(r in art.text for r in REPLIES)


def test_comments_link_in_a_menu_does_not_discount_the_story():
    parts = ["Menu", POST, "Home\nComments\nAbout", "Big story", "Posted May 3, 2021", *REPLIES]
    dump = "\n\n".join(parts).replace("Home\nComments", "Comments\nHome") + "\n"
    art = extract_text_dump(dump, "m.txt")
    assert all(r in art.text for r in REPLIES)


def test_thread_found_without_a_header_discounts_the_comments_after_it():
    parts = ["Photo Notes", "Home\nGear\nAbout", "Slow export solved", POST, "Share\nFacebook\nTwitter"]
    for k, (name, reply) in enumerate(zip(["Tina", "Olaf", "Ben"], REPLIES), 1):
        parts += [f"{name} sagt:\n{k + 10}. März 2025 um 18:0{k} Uhr", reply, "Antworten"]
    # later comments whose stamps the dump lost: long, and not found as a thread themselves
    long_reply = " ".join(REPLIES)
    parts += ["Mira", long_reply, "Antworten", "Jonas", long_reply.replace("Glad", "Happy"), "Antworten"]
    art = extract_text_dump("\n\n".join(parts) + "\n", "u.txt")
    assert POST in art.text
    assert REPLIES[0] not in art.text


# A blog's short post, its comment form under a header, then the sidebar: an about box and
# a book promo that together hold more text than the post.
SHORT_POST = ("Heute früh die neue Fähre am Steg gesehen: leiser als die alte und mit Platz für zwölf "
              "Räder, was im Sommer viel Ärger erspart. Der Fahrplan bleibt, nur die letzte Fahrt am Abend "
              "fällt im Winter weg.")
SIDEBAR = [
    "Dieses Blog schreibe ich seit vielen Jahren über das Leben am See, über die Boote und über die "
    "Menschen, die hier wohnen, arbeiten und im Winter die Stege reparieren.",
    "Mein Buch über die Geschichte der Fähren am See ist im Frühjahr erschienen und erzählt von den "
    "Kapitänen, den Werften und den Unglücken der letzten hundert Jahre.",
    "Wer mir schreiben möchte, findet die Adresse im Impressum; ich antworte auf jede Nachricht, auch "
    "wenn es manchmal eine Woche dauert, weil ich viel unterwegs bin.",
]


@pytest.mark.parametrize("header", ["Kommentar verfassen", "Hinterlasse jetzt einen Kommentar",
                                    "Schreibe einen Kommentar", "Laisser un commentaire"])
def test_a_comment_form_header_discounts_the_sidebar_under_it(header):
    parts = ["Seeblog", "Start\nÜber mich\nKontakt", "Die neue Fähre", "12. Mai 2021 ~ Jana", SHORT_POST,
             "Teilen mit:\nFacebook\nE-Mail", header, "Name *\nE-Mail *\nWebsite", "Über mich", *SIDEBAR]
    art = extract_text_dump("\n\n".join(parts) + "\n", "f.txt")
    assert SHORT_POST in art.text
    assert SIDEBAR[0] not in art.text


# the story with one more paragraph, then a spelt-out count over a one-comment thread
STORY3 = STORY + ["The board said that the terminal had lost money in each of the last nine years and that "
                  "repairs to the pier alone would cost more than the city could afford to spend this year."]


@pytest.mark.parametrize("head", ["One Comment", "Ein Kommentar", "Deux réponses"])
def test_spelt_out_comment_count_heads_the_thread(head):
    text = "\n\n".join(["Ferry terminal to close", *STORY3, head, "Tom Weller 11. März 2025", COMMENT]) + "\n"
    art = extract_text_dump(text, "s.txt")
    assert STORY3[2] in art.text and "twenty years" not in art.text


def test_opinion_label_with_a_name_is_no_comment_count():
    text = "\n\n".join(["Ferry terminal to close", STORY3[0], "Ein Kommentar von Jane Doe", *STORY3[1:],
                        COMMENT]) + "\n"
    art = extract_text_dump(text, "o.txt")
    assert "twenty years" in art.text


# a prompt of paragraph length: a short one is furniture by its word "comment" already
@pytest.mark.parametrize("prompt", [
    "To comment, you must be a registered reader and sign in with the address you gave us when you joined.",
    "In order to comment, please register first and confirm the address you gave us when you joined the club."])
def test_prompt_of_the_comment_form_is_no_paragraph(prompt):
    # the sidebar under the form opens with a teaser that reads like a sentence
    text = "\n\n".join(["Ferry terminal to close", *STORY3, prompt, "Elsewhere today",
                        "How did the harbour board spend the money it saved on the ferries last year?",
                        "Name", "Website", "Log in"]) + "\n"
    art = extract_text_dump(text, "p.txt")
    assert STORY3[2] in art.text and prompt not in art.text
