"""Text dumps: Korean and Japanese photo captions signed with their source, on invented dumps."""
from __future__ import annotations

from tidings.extract.text import extract_text_dump

KO_PARAS = [
    "시의회는 화요일 강변도로를 따라 4킬로미터 길이의 자전거 전용도로를 만들기로 의결했다. "
    "이 계획을 둘러싼 논쟁은 2년 넘게 이어져 왔으며 주민들의 의견도 크게 엇갈렸다.",
    "의원들은 31대 12로 계획을 통과시켰고 강변 상인들은 주차 공간이 줄어들면 손님이 줄 것이라고 "
    "우려했다. 교통위원회는 내년 여름이 끝나기 전에 공사를 마치겠다고 밝혔다.",
    "상인회는 시장 앞 하역 구역을 남겨 달라고 시의회에 요청할 계획이라고 말했다. 시는 다음 달 "
    "주민 설명회를 열어 세부 설계를 공개할 예정이다.",
]


def _korean(captions: list[str]):
    lines = ["강변도로에 자전거 전용도로 생긴다", ""]
    for para, cap in zip(KO_PARAS, captions + [""] * len(KO_PARAS)):
        lines += [para, ""]
        if cap:
            lines += [cap, ""]
    return extract_text_dump("\n".join(lines), "ko.txt")


def test_korean_caption_closing_with_an_agency_or_a_bracketed_photo_source():
    a = "시의원들이 10일 시청 본회의장에서 자전거 도로 계획안을 표결하고 있다."
    b = "강변도로 상인들이 11일 시청 앞에서 주차 공간 유지를 요구하며 서명을 받고 있다."
    art = _korean([a + " 연합뉴스", b + " [사진 = 김민지 기자]"])
    assert a in art.captions and b in art.captions
    assert "표결하고 있다" not in art.text and "서명을 받고" not in art.text
    assert "교통위원회는" in art.text


def test_korean_paragraph_ending_on_its_verb_stays_in_the_text():
    art = _korean([])
    assert not art.captions
    assert "교통위원회는" in art.text


def _japanese(caption_line: str):
    """The ferry story in Japanese with ``caption_line`` between its first two paragraphs."""
    lines = [
        "港町に新フェリーターミナル完成", "",
        "港町の旧港で10日、新しいフェリーターミナルが開業した。工事は3年前に始まり、当初の予定より"
        "1年半遅れての完成となった。市長は2隻のフェリーが同時に接岸できると説明した。", "",
        caption_line, "",
        "運航会社は来年の夏には島への便が2割ほど増えると見込んでいる。平日の早朝便も新たに加わる"
        "予定で、住民の通勤にも使えるようになるという。", "",
        "市場の周辺の住民は、ターミナルに向かうトラックが土曜日の朝に市場広場を通らないよう市に"
        "求めている。市は来月、説明会を開く予定だ。", "",
    ]
    return extract_text_dump("\n".join(lines), "ja.txt")


def test_japanese_caption_signed_by_its_photographer():
    cap = "新しいフェリーターミナルに到着した最初の乗客たち＝10日、港町で"
    art = _japanese(cap + "（山田太郎撮影）")
    assert cap in art.captions


def test_japanese_caption_closing_with_a_copyright_mark_and_agency():
    cap = "新しいフェリーターミナルに到着した最初の乗客たち、港町の旧港で"
    art = _japanese(cap + "（Ｃ）港町通信")
    assert cap in art.captions
    assert "最初の乗客たち" not in art.text
