"""The ethics of a press release (or any news text): what an editor sends back under the Kode Etik Jurnalistik.

``periksa_etika(teks, nama_diri=())`` returns one ``TemuanEtika`` per problem, each with the kind
(``jenis``), the rule it rests on (``pasal``), the words found (``kata``) and an Indonesian message
(``pesan``: what, why, how to fix). Four kinds, with short lexicons and patterns, precision first:

* ``belum_teruji``: hearsay presented as fact ("kabarnya", "konon", "katanya" opening a sentence,
  "menurut informasi yang beredar", "isu yang beredar", "yang belum dikonfirmasi", ...): Kode Etik
  Jurnalistik Pasal 1 (accurate) and Pasal 3 (test information). Not in a paragraph that refutes or answers
  the claim (a hoax clarification: "hoaks", "tidak benar", "menanggapi", ...), nor "konon" in a legend, nor
  "…," katanya (a quote's attribution);
* ``identitas``: the identity of a child (under 18) who is a victim, perpetrator or witness, in a paragraph that
  says so (korban, pelaku, saksi, tersangka, ...): a name with an age under 18 ("Putri Ayu Lestari (10)"),
  a name in apposition to a child ("seorang siswi kelas 4, Putri Ayu,", "bocah bernama Andi"), the child's
  school ("siswi SD Negeri 3 Sukamaju") or address ("Jalan Mawar", "RT 02/RW 05") when one child is meant
  ("seorang", an age, initials), or a parent's name ("anak dari pasangan Suparman dan Wati"): Kode Etik
  Jurnalistik Pasal 5 and the Pedoman Pemberitaan Ramah Anak (Dewan Pers, 2019). The name of a victim of a
  sexual crime ("korban pencabulan, Siti Aminah,") is Pasal 5 too. Initials are fine: "AR (12)",
  "anak berinisial AR";
* ``diskriminatif``: wording that demeans the weak, poor, sick or disabled, or names the ethnicity, religion
  or skin colour of a suspect (Pasal 8): "orang cacat" (write "penyandang disabilitas", UU No. 8 Tahun 2016),
  "orang gila" ("orang dengan gangguan jiwa", UU No. 17 Tahun 2023 Pasal 75), "si buta", "warga miskin yang malas",
  "tersangka yang beragama …";
* ``tuduhan``: a named person or office said to have committed a crime ("Joko Susilo menganiaya …",
  "dikorupsi oleh Kepala Desa Sukamaju", "pelakunya adalah …") in a sentence without "diduga", "tersangka",
  a court's verdict or an official source ("menurut Polres …"): Pasal 3 (presumption of innocence). A crime
  named in a negation or an appeal ("agar ASN tidak korupsi") is no accusation, nor is an unnamed subject
  ("seorang warga mencuri").

``nama_diri``: names the caller knows (a fact sheet's); a single capitalised word that opens a sentence
is taken for a name only when it is one of them or the text writes it capitalised elsewhere.
``laporan(teks, nama_diri)`` is the press-release checker's ``etika`` result: ``(ok, pesan)``. A paragraph
without any of a kind's clue words (``CLUES``) skips that kind's patterns: about 0.6 ms for a 400-word release.

Sources: Dewan Pers (2006), *Kode Etik Jurnalistik*, Peraturan Dewan Pers No. 6/Peraturan-DP/V/2008;
Dewan Pers (2019), *Pedoman Pemberitaan Ramah Anak*; the terms of UU No. 8 Tahun 2016 tentang Penyandang
Disabilitas and UU No. 17 Tahun 2023 tentang Kesehatan (Pasal 75; it replaced UU No. 18 Tahun 2014 tentang
Kesehatan Jiwa, which introduced the term).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from course.engines import ethics_words as lex
from course.engines.release_parts import split_sentences
from course.errors import expect_text

KEJ = "Kode Etik Jurnalistik"
PASAL = {
    "belum_teruji": f"{KEJ} Pasal 1 dan Pasal 3",
    "identitas": f"{KEJ} Pasal 5; Pedoman Pemberitaan Ramah Anak",
    "korban_susila": f"{KEJ} Pasal 5",
    "diskriminatif": f"{KEJ} Pasal 8",
    "tuduhan": f"{KEJ} Pasal 3",
}
NAMA_JENIS = {
    "belum_teruji": "klaim yang belum teruji",
    "identitas": "identitas anak atau korban",
    "diskriminatif": "kata yang merendahkan atau diskriminatif",
    "tuduhan": "tuduhan tanpa praduga tak bersalah",
}
JENIS = tuple(NAMA_JENIS)


@dataclass(frozen=True)
class TemuanEtika:
    """One problem: its kind (``jenis``), the rule (``pasal``), the words found (``kata``), the message."""

    jenis: str
    pasal: str
    kata: str
    pesan: str

    def __str__(self) -> str:
        return self.pesan


def _person(run: str) -> str | None:
    """``run`` when every word of it can be part of a person's name (not "Bupati Sukamaju", "Desa Mekar")."""
    return None if any(w.lower() in lex.NOT_A_NAME for w in run.split()) else run


def _named(run: str) -> str | None:
    """A name in a run of capitalised words once its leading non-name words ("Sementara", "Korban") are dropped."""
    words = run.split()
    while words and words[0].lower() in lex.NOT_A_NAME:
        words = words[1:]
    return _person(" ".join(words)) if words else None


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(i.strip() for i in items if i and i.strip()))


def _child_identity(sentence: str) -> list[str]:
    """What identifies a child in ``sentence``: a name with an age under 18 or beside a child, the school,
    the address, a parent's name."""
    found = []
    for pattern in (lex.NAME_AGE, lex.NAME_AGED):
        for m in pattern.finditer(sentence):
            name = _named(m.group("nama"))
            if name and int(m.group("umur")) < lex.DEWASA:
                found.append(f"{name} ({m.group('umur')})")
    for m in lex.CHILD_THEN_NAME.finditer(sentence):
        found += [n for n in (m.group("nama"), m.group("disebut")) if n and _person(n)]
    found += [m.group("nama") for m in lex.NAME_THEN_CHILD.finditer(sentence) if _person(m.group("nama"))]
    found += [m.group(0) for m in lex.PARENT.finditer(sentence) if _person(m.group("nama"))]
    child = lex.CHILD_WORD.search(sentence) or any(int(a) < lex.DEWASA for a in lex.CHILD_AGE.findall(sentence))
    if child and lex.ONE_CHILD.search(sentence):
        found += [m.group("nama") for m in lex.CHILD_SCHOOL.finditer(sentence)]
        found += [re.sub(r"\s+No\.?$", "", m.group(0)) for m in lex.ADDRESS.finditer(sentence)]
    # "Putri Ayu Lestari (10)" and "Putri Ayu Lestari" are one identity.
    return [f for f in _unique(found) if not any(o != f and o.startswith(f + " (") for o in found)]


def _subject(prefix: str, names: frozenset[str]) -> str | None:
    """The named person or office the text before a crime verb makes its subject, else None."""
    text = lex.TRAILING.sub("", prefix).rstrip()
    relative = len(text) < len(prefix.rstrip()) and re.search(r"\byang\s*$", prefix, re.IGNORECASE)
    for _ in range(2):
        m = lex.RUN_AT_END.search(text)
        if m:
            before = text[: m.start()].split()
            previous = before[-1].lower() if before else ","
            # "petugas PLN", "mengatasnamakan Bupati Sukamaju": the name is a modifier or an object, not the
            # subject, unless a relative clause makes it the doer ("menangkap Joko Susilo yang mencuri").
            if previous[-1] not in ',;:("“' and previous not in lex.CONNECTORS:
                if not (relative and lex.VERB_BEFORE.match(previous)):
                    return None
            return _accused(m.group("run"), not text[: m.start()].strip(" \"“'(–-"), names)
        apposition = lex.APPOSITION.search(text)
        if not apposition:
            return None
        text = lex.TRAILING.sub("", text[: apposition.start()]).rstrip()
    return None


def _accused(run: str, at_start: bool, names: frozenset[str]) -> str | None:
    """``run`` when it names a person or an office ("Joko Susilo", "Kepala Desa Mekarsari"), else None."""
    words = run.rstrip(",").split()
    if at_start and words and words[0].lower() in lex.NOT_A_NAME - lex.JABATAN - lex.AKTOR:
        words = words[1:]  # "Warga Desa Sukamaju": the sentence's first word is not a name
    if not words or words[0].lower() in lex.PLACE:
        return None
    if at_start and len(words) == 1 and words[0] not in names:
        return None  # "Pelaku mencuri": one capitalised word opening a sentence is not a name by itself
    return " ".join(words)


def _accusations(sentence: str, names: frozenset[str]) -> list[str]:
    if lex.PRESUMED.search(sentence) or lex.SOURCED.search(sentence):
        return []
    found = []
    for m in lex.CRIME.finditer(sentence):
        prefix = sentence[: m.start()]
        who = None if lex.NOT_DONE.search(prefix) else _subject(prefix, names)
        if who:  # the words as written, from the name to the verb ("Joko Susilo yang mencuri")
            start = sentence.rfind(who, 0, m.start())
            found.append(sentence[start : m.end()] if start >= 0 else f"{who} {m.group(0)}")
    for pattern in (lex.CRIME_BY, lex.CULPRIT_IS):
        found += [
            m.group(0).rstrip(".,") for m in pattern.finditer(sentence) if _accused(m.group("nama"), False, names)
        ]
    return _unique(found)


def _demeaning(sentence: str) -> list[TemuanEtika]:
    found = []
    for pattern, term, source in lex.DEMEANING:
        for m in pattern.finditer(sentence):
            found.append(
                TemuanEtika(
                    "diskriminatif",
                    PASAL["diskriminatif"],
                    m.group(0),
                    f"Kata yang merendahkan: {_q(m.group(0))}. {PASAL['diskriminatif']}: pers tidak merendahkan "
                    f"orang lemah, miskin, sakit, atau penyandang disabilitas. Tulis {_q(term)} ({source}).",
                )
            )
    for m in lex.SUSPECT_IDENTITY.finditer(sentence):
        found.append(
            TemuanEtika(
                "diskriminatif",
                PASAL["diskriminatif"],
                m.group(0),
                f"Suku, agama, ras, atau warna kulit tersangka disebut: {_q(m.group(0))}. Keterangan itu tidak "
                f"berkaitan dengan perbuatannya dan menyuburkan prasangka ({PASAL['diskriminatif']}: tanpa "
                "prasangka dan diskriminasi). Hapus keterangan suku, agama, ras, atau warna kulitnya.",
            )
        )
    return found


def _q(text: str) -> str:
    return '"' + " ".join(text.split()) + '"'


def _hearsay(sentence: str, refuted: bool) -> list[TemuanEtika]:
    if refuted:  # a clarification quotes the rumour to correct it
        return []
    words = [
        m.group(0)
        for m in lex.HEARSAY.finditer(sentence)
        if not (m.group(0).lower().startswith("konon") and lex.LEGEND.search(sentence))
    ]
    words += [m.group(0).strip(" \"“'(") for m in lex.HEARSAY_KATANYA.finditer(sentence)]
    return [
        TemuanEtika(
            "belum_teruji",
            PASAL["belum_teruji"],
            w,
            f"Klaim yang belum teruji: {_q(w)} menyajikan kabar yang belum diperiksa seolah-olah fakta. Siaran pers "
            f"hanya memuat informasi yang sudah diuji ({PASAL['belum_teruji']}: akurat dan selalu menguji "
            "informasi). Pastikan dulu faktanya dan sebut sumber resminya, atau hapus kalimat itu.",
        )
        for w in _unique(words)
    ]


def _identity(sentence: str, legal: bool, sexual: bool) -> list[TemuanEtika]:
    found = []
    child = _child_identity(sentence) if legal else []
    if child:
        found.append(
            TemuanEtika(
                "identitas",
                PASAL["identitas"],
                "; ".join(child),
                f"Identitas anak yang menjadi korban, pelaku, atau saksi: {', '.join(map(_q, child))}. Identitas "
                "anak di bawah 18 tahun (nama, foto, sekolah, alamat, nama keluarga) dirahasiakan "
                f'({PASAL["identitas"]}, Dewan Pers 2019). Tulis inisial dan usianya saja, misalnya "AR (12)", '
                "dan hapus nama sekolah, alamat, atau nama orang tuanya.",
            )
        )
    victims = (
        [m.group("nama") for m in lex.VICTIM_NAME.finditer(sentence) if _person(m.group("nama"))] if sexual else []
    )
    victims = [v for v in _unique(victims) if not any(v in c for c in child)]
    if victims:
        found.append(
            TemuanEtika(
                "identitas",
                PASAL["korban_susila"],
                "; ".join(victims),
                f"Identitas korban kejahatan susila: {', '.join(map(_q, victims))}. Nama korban kejahatan susila "
                f'tidak disebut ({PASAL["korban_susila"]}). Tulis "korban" atau inisialnya saja.',
            )
        )
    return found


def _paragraphs(text: str) -> list[str]:
    blocks = re.split(r"\n\s*\n", text.replace("\r\n", "\n"))
    return [" ".join(line.strip() for line in b.splitlines() if line.strip()) for b in blocks if b.strip()]


def _names_of(text: str, nama_diri: Iterable[str]) -> frozenset[str]:
    """Words the text (or the caller) shows to be names: capitalised inside a sentence, or given."""
    inside = {w for s in re.split(r"[.!?\n]\s+", text) for w in re.findall(r"(?<=\s)[A-Z][a-z'’-]+", s)}
    return frozenset(inside | {w for n in nama_diri for w in str(n).split() if w[:1].isupper()})


def _tuduhan(words: str) -> TemuanEtika:
    return TemuanEtika(
        "tuduhan",
        PASAL["tuduhan"],
        words,
        f"Tuduhan tanpa praduga tak bersalah: {_q(words)} menyatakan kejahatan sebagai fakta tanpa "
        'sumber resmi. Tulis "diduga" dan sebut sumbernya (misalnya "menurut Polres …"), atau '
        f"tunggu putusan pengadilan ({PASAL['tuduhan']}: praduga tak bersalah, menguji informasi).",
    )


def _paragraph(paragraph: str, names: frozenset[str]) -> list[TemuanEtika]:
    low = paragraph.lower()
    kinds = {kind for kind, clues in lex.CLUES.items() if any(c in low for c in clues)}
    if not kinds:
        return []
    legal = "identitas" in kinds and bool(lex.LEGAL.search(paragraph))
    sexual = legal and bool(lex.SEXUAL.search(paragraph))
    refuted = "belum_teruji" in kinds and bool(lex.REFUTED.search(paragraph))
    found: list[TemuanEtika] = []
    for sentence in split_sentences(paragraph):
        if "belum_teruji" in kinds:
            found += _hearsay(sentence, refuted)
        if legal:
            found += _identity(sentence, legal, sexual)
        if "diskriminatif" in kinds:
            found += _demeaning(sentence)
        if "tuduhan" in kinds:
            found += [_tuduhan(words) for words in _accusations(sentence, names)]
    return found


def periksa_etika(teks: object, nama_diri: Iterable[str] = ()) -> tuple[TemuanEtika, ...]:
    """The ethics problems of ``teks`` (a release, a paragraph or a post), in reading order."""
    text = expect_text(teks, "teks")
    names = _names_of(text, nama_diri)
    return tuple(finding for paragraph in _paragraphs(text) for finding in _paragraph(paragraph, names))


def laporan(teks: str, nama_diri: Iterable[str] = ()) -> tuple[bool, str]:
    """The press-release checker's ``etika`` result: ok, and its message (each finding with its article)."""
    findings = periksa_etika(teks, nama_diri)
    if not findings:
        return True, (
            "Tidak ada masalah etika yang dikenali (klaim belum teruji, identitas anak atau korban, kata yang "
            "merendahkan, tuduhan tanpa sumber; Kode Etik Jurnalistik)."
        )
    listed = " ".join(f"({n}) {f.pesan}" for n, f in enumerate(findings, start=1))
    return False, f"{len(findings)} masalah etika: {listed}"
