"""Who is quoted, with which verb, and relayed through whom.

``extract_attributions`` reads every body sentence for attribution patterns:

* a verb after a quote or clause: ``"...," kata Kirby`` (``kata``, ``ujar``, ``ucap``,
  ``imbuh``, ``tutur``);
* a speaker before a reporting verb: ``Gedung Putih pada Jumat (13/10/2023) mengatakan``,
  ``Korea Utara sebelumnya membantah``, ``Baik pejabat Rusia maupun Korea Utara membantah``;
* ``menurut X``; a speaker and a colon before a quote (``Kirby: "..."``);
* relay cues (``seperti dilansir AP``, ``mengutip Yonhap``, ``seperti dikutip dari X``,
  ``melansir (dari) X``, and a ``Sumber : X`` line in the body or the boilerplate column);
* a quote-only paragraph right after a direct quote continues the same speaker.

Speakers are normalised through data/lexicons/actors.csv (``newsframe.actors``); unknown
capitalised speakers are kept with ``source_type`` ``unknown``. Verb classes come from
data/lexicons/attribution_verbs.csv, the accused side of the story from
data/lexicons/story_sides.csv.

>>> import pandas as pd
>>> arts = pd.DataFrame({"article_id": ["a"], "outlet": ["X"], "body": [
...     '"Kami mengutuk," kata Kirby, seperti dilansir AP. Korea Utara membantah.']})
>>> columns = ["source", "verb_class", "quote_type", "relayed_by"]
>>> extract_attributions(arts)[columns].values.tolist()  # doctest: +NORMALIZE_WHITESPACE
[['John Kirby', 'neutral', 'direct', 'Associated Press'],
 ['North Korea government', 'denial', 'indirect', '']]
"""

import functools
import re

import pandas as pd

from . import actors, lexicons, text

COLUMNS = ["article_id", "outlet", "source", "source_type", "country", "role", "verb",
           "verb_class", "quote_type", "anonymous", "relayed_by", "sentence", "start", "end"]
CHAIN_COLUMNS = ["article_id", "outlet", "source", "source_type", "relayed_by", "chain",
                 "depth", "n_statements", "sentence", "start", "end"]
BALANCE_COLUMNS = ["article_id", "outlet", "n_statements", "n_sources", "n_named_sources",
                   "n_anonymous_sources", "named_share", "source_type_shares",
                   "accused_heard", "accused_denial", "denial_sources", "denial_sentence",
                   "max_relay_depth"]
VERB_CLASSES = ("neutral", "booster", "distancing", "denial")
QUOTE_TYPES = ("direct", "indirect", "mixed")

_OPEN_QUOTES = "“«"
_CLOSE_QUOTES = "”»"
_QUOTE_CHAR = re.compile("[\"" + _OPEN_QUOTES + _CLOSE_QUOTES + "]")
_POST_VERBS = ("kata", "ujar", "ucap", "imbuh", "tutur")
_POST_VERB = re.compile(r"[,\"'”’]\s*(" + "|".join(_POST_VERBS) + r")\s+")
_RELAY_VERBS = ("dilansir", "melansir", "mengutip", "dikutip")
_RELAY = re.compile(r"(?i)\b(?:seperti\s+)?(" + "|".join(_RELAY_VERBS) + r")(?:\s+dari)?\s+")
_PRONOUNS = {"dia", "ia", "beliau"}
_NEGATIONS = r"(?:tidak|tak|belum|enggan|bukan)"
_LEADING_FUNCTION_WORDS = {"namun", "tetapi", "tapi", "sementara", "kemudian", "lalu", "baik",
                           "dan", "sedangkan", "bahkan", "adapun", "pada", "di", "dalam"}
# Words that may stand between a speaker and its verb: "Korea Utara sebelumnya membantah".
_ADVERBS = ("telah", "sudah", "juga", "pun", "sebelumnya", "kemudian", "pernah", "yang", "lalu",
            "kembali", "bahkan", "secara resmi", "bersama-sama")
_WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
_ADVERBIAL = re.compile(
    r"(?:\s+(?:" + "|".join(a.replace(" ", r"\s+") for a in _ADVERBS) + ")"
    r"|\s*,?\s*(?:pada\s+)?(?:hari\s+)?(?:" + "|".join(_WEEKDAYS) + ")"
    r"(?:\s*\([\d/]+\))?\s*,?"
    r"|\s*,?\s*pada\s+(?:bulan\s+)?\w+(?:\s+\d{4})?\s*,?"
    r"|\s*,?\s*(?:pekan|bulan|tahun)\s+lalu\s*,?)$"
)
# the words an _ADVERBIAL match can end with (before a last comma): checked before the regex
_ADVERBIAL_ENDS = tuple(a.split()[-1] for a in _ADVERBS) + _WEEKDAYS + (")",)


def _may_end_in_adverbial(head: str) -> bool:
    """Quick check before _ADVERBIAL: False only where it cannot match ``head``."""
    core = head.rstrip()
    core = core[:-1].rstrip() if core.endswith(",") else core
    words = core.split()
    return bool(words) and (words[-1].endswith(_ADVERBIAL_ENDS)
                            or any(word.endswith("pada") for word in words[-4:]))
_CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w.'’-]*$")


_MENURUT = re.compile(r"(?i)(?<!\w)(menurut)\s+")
_COLON_QUOTE = re.compile(r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,5})\s*:\s*[\"“]")


@functools.cache
def _verb_patterns(mtime: float) -> tuple[dict[str, str], re.Pattern]:
    table = lexicons.load("attribution_verbs")
    verbs = dict(zip(table["verb"].str.lower().tolist(), table["verb_class"].tolist(),
                     strict=True))
    speech = [v for v in verbs if v not in _RELAY_VERBS and v != "menurut"]
    # matched in lower-cased text (faster than IGNORECASE), see _article_rows
    pre_verb = re.compile(r"(?<![\w-])(" + lexicons.trie_regex(speech) + r")(?![\w-])")
    return verbs, pre_verb


def _verbs() -> dict[str, str]:
    return _verb_patterns(lexicons.mtime("attribution_verbs"))[0]


def _accused_types() -> set[str]:
    table = lexicons.load("story_sides")
    return set(table.loc[table["side"] == "accused", "source_type"])


def quote_spans(body: str) -> list[tuple[int, int]]:
    """Spans of quoted text (quote marks included), paired within each paragraph.

    Straight ``"`` toggles, curly ``“`` opens and ``”`` closes; an unclosed quote runs to the
    end of its paragraph.

    >>> quote_spans('A "satu" b “dua” c "tiga”.')
    [(2, 8), (11, 16), (19, 25)]
    """
    spans = []
    for para_start, para_end in text.split_paragraphs(body):
        opened = None
        for match in _QUOTE_CHAR.finditer(body, para_start, para_end):
            char, index = match.group(0), match.start()
            if opened is None and (char in _OPEN_QUOTES or char == '"'):
                opened = index
            elif opened is not None and (char in _CLOSE_QUOTES or char == '"'):
                spans.append((opened, index + 1))
                opened = None
        if opened is not None:
            spans.append((opened, para_end))
    return spans


def _inside(spans, offset: int) -> bool:
    return any(start < offset < end for start, end in spans)


def _speaker_row(name: str) -> dict:
    """Lexicon fields for a speaker name; unknown names are kept as type ``unknown``."""
    row = actors.normalise_actor(name)
    if row is None:
        return {"source": " ".join(name.split()), "source_type": "unknown", "country": "",
                "role": "", "kind": "unknown"}
    return {"source": row["canonical"], "source_type": row["type"], "country": row["country"],
            "role": row["role"], "kind": row["kind"]}


def _best_actor(matches):
    persons = [m for m in matches if m.kind == "person"]
    return (persons or matches)[0]


def _forward_speaker(body: str, pos: int, limit: int, quotes,
                     first: bool = False) -> tuple[str, int] | None:
    """The speaker phrase that starts at ``pos`` (after ``kata``/``menurut``/relay verbs).

    A person wins inside a role phrase (``kata juru bicara Gedung Putih Adrienne Watson``);
    with ``first`` the earliest actor wins (``melansir dari Al Arabiya mobil itu ...``).
    """
    window = body[pos:limit]
    stop = re.search(r",|;|\.(?:\s|$)|\s(?:seperti|dalam|saat|ketika|yang|bahwa|kepada|"
                     r"dilansir|mengutip|melansir)\s|\(|[\"“”]", window)
    end = pos + (stop.start() if stop else len(window))
    found = [m for m in actors.find_actors(body, pos, end) if not _inside(quotes, m.start)]
    if found:
        best = found[0] if first else _best_actor(found)
        return best.text, best.end
    run = re.match(r"\s*((?:[a-z]+\s+){0,3}?)((?:[A-Z][\w.'’-]*\s*){1,6})", body[pos:end])
    if run and run.group(2).strip():
        name = run.group(2).strip()
        return name, pos + run.start(2) + len(name)
    word = re.match(r"\s*(\w+)", body[pos:end])
    if word and word.group(1).lower() in _PRONOUNS:
        return word.group(1), pos + word.end(1)
    return None


def _after_verb(body: str, floor: int, start: int) -> bool:
    """True when the phrase at ``start`` follows a verb or preposition (an object)."""
    return bool(re.search(
        r"(?:^|\s)(?:me\w+|ber\w+|ke|dari|di|untuk|kepada|dengan|atas|terhadap)\s+$",
        body[max(floor, start - 30):start]))


def _backward_speakers(body: str, verb_start: int, floor: int) -> list[tuple[str, int]]:
    """Speakers whose phrase ends right before a reporting verb (coordination allowed)."""
    head = body[floor:verb_start]
    while True:  # peel adverbials and dates between speaker and verb
        head = head.rstrip()
        stripped = _ADVERBIAL.sub("", head) if _may_end_in_adverbial(head) else head
        if stripped == head:
            break
        head = stripped
    head = head.rstrip(" ,")
    if re.search(r"\b" + _NEGATIONS + r"$", head):
        return []
    head_end = floor + len(head)
    found = actors.find_actors(body, floor, head_end)
    speakers = []
    cursor = head_end
    in_list = False
    while True:
        # an actor ending at the cursor, or "Amerika Serikat (AS)"
        ending = [m for m in found if m.end == cursor]
        if not ending and body[floor:cursor].endswith(")"):
            inner = body[floor:cursor].rfind("(")
            ending = [m for m in found if m.end <= floor + inner and
                      not body[m.end:floor + inner].strip()]
        # an actor right after a verb or preposition is an object: "mengunjungi Rusia"
        ending = [m for m in ending if not _after_verb(body, floor, m.start)]
        if ending:
            best = max(ending, key=lambda m: (m.kind == "person", m.end - m.start))
            speakers.append((best.text, best.start))
            start = best.start
        else:
            prefix = body[floor:cursor]
            run = _CAPITALISED_RUN.search(prefix)
            if run is None or speakers:
                words = prefix.split()
                if not speakers and words and words[-1].lower() in _PRONOUNS:
                    speakers.append((words[-1], cursor - len(words[-1])))
                break
            words = run.group(0).split()
            while words and words[0].lower() in _LEADING_FUNCTION_WORDS:
                words = words[1:]
            if not words:
                break
            name = " ".join(words)
            name_start = cursor - len(run.group(0).rstrip()) + run.group(0).find(words[0])
            if _after_verb(body, floor, name_start):
                break
            speakers.append((name, cursor - len(run.group(0).rstrip()) +
                             run.group(0).find(words[0])))
            break
        # "Baik pejabat Rusia maupun Korea Utara": look for a coordinated speaker
        before = body[floor:start]
        conjunction = r"(?:\s+(?:dan|maupun|serta)|,)" if in_list else r"\s+(?:dan|maupun|serta)"
        coordinated = re.search(r",?" + conjunction + r"\s*$", before)
        if not coordinated:
            break
        in_list = True
        cursor = floor + coordinated.start()
    return speakers


def _relays(body: str, sentence: tuple[int, int], quotes, lowered: str) -> list[dict]:
    """Relay cues in one sentence: the medium relayed and the span of the cue (``lowered``
    is ``body`` through text.lower_keeping_offsets)."""
    start, end = sentence
    relays = []
    # the regex only where a relay verb occurs (a quick check first)
    if all(lowered.find(verb, start, end) == -1 for verb in _RELAY_VERBS):
        return relays
    for match in _RELAY.finditer(body, start, end):
        if _inside(quotes, match.start()):
            continue
        speaker = _forward_speaker(body, match.end(), end, quotes, first=True)
        if speaker is None:
            continue
        name, name_end = speaker
        row = _speaker_row(name)
        if row["source_type"] not in ("wire", "media", "unknown"):
            name, name_end = _forward_speaker(body, match.end(), end, quotes)
            row = _speaker_row(name)
        verb = match.group(1).lower()
        if verb == "mengutip" and row["kind"] in ("person", "group"):
            # "Kantor berita Rusia mengutip juru bicara Kremlin Dmitry Peskov yang mengatakan":
            # the subject is the relay, the quoted person is a speaker found by other patterns
            subject = _backward_speakers(body, match.start(), start)
            if subject:
                relays.append({"verb": verb, "start": subject[0][1], "end": match.end(1),
                               "cue_start": subject[0][1], "quoted": row["source"],
                               **_speaker_row(subject[0][0])})
            continue
        relays.append({"verb": verb, "start": match.start(), "end": name_end,
                       "cue_start": match.start(1), **row})
    return relays


def _article_relay(body: str, boilerplate: str) -> str:
    for chunk in (boilerplate, body):
        # the loader tags boilerplate lines ("source_line: Sumber : The Associated Press")
        match = re.search(r"(?im)^\s*(?:\w+:\s*)?Sumber\s*:\s*(.+?)\s*$", chunk or "")
        if match:
            return _speaker_row(match.group(1))["source"]
    return ""


def _quote_type(body: str, quotes, sent: tuple[int, int], start: int, end: int, post: bool):
    in_sentence = [(s, e) for s, e in quotes if s < sent[1] and e > sent[0]]
    if not in_sentence:
        return "indirect"
    if post:
        return "direct"
    # a speaker introducing a quote with a colon: Kirby: "..."
    if any(0 <= s - end <= 3 for s, _ in in_sentence):
        return "direct"
    return "mixed"


def _statement(body, name, span_start, span_end, verb, post, relay_spans) -> dict | None:
    """A found statement, or None inside a relay cue or for an unresolvable pronoun.

    ``dia``/``ia``/``beliau`` resolve to the last person mentioned before them.
    """
    if any(r_start <= span_start < r_end for r_start, r_end in relay_spans):
        return None
    row = _speaker_row(name)
    if row["source"].lower() in _PRONOUNS:
        persons = [m for m in actors.find_actors(body, 0, span_start) if m.kind == "person"]
        if not persons:
            return None
        row = _speaker_row(persons[-1].text)
    return {**row, "verb": verb.lower(), "start": span_start, "end": span_end, "post": post}


def _article_rows(article_id: str, outlet: str, body: str, boilerplate: str) -> list[dict]:
    verbs, pre_verb = _verb_patterns(lexicons.mtime("attribution_verbs"))
    quotes = quote_spans(body)
    sentences = text.split_sentences(body)
    article_relay = _article_relay(body, boilerplate)
    post_verb, menurut, colon_quote = _POST_VERB, _MENURUT, _COLON_QUOTE
    lowered = text.lower_keeping_offsets(body)
    rows: list[dict] = []
    for index, sent in enumerate(sentences):
        s_start, s_end = sent
        # the speaker of a quote may continue into the next paragraph when the line was cut
        limit = s_end
        if body[s_end - 1 : s_end] not in ".!?\"”" and s_end < len(body):
            limit = sentences[index + 1][1] if index + 1 < len(sentences) else s_end
        relays = _relays(body, sent, quotes, lowered)
        relay_spans = [(r["start"], r["end"]) for r in relays]
        found: list[dict] = []

        def add(name, span_start, span_end, verb, post=False, found=found,
                relay_spans=relay_spans):
            item = _statement(body, name, span_start, span_end, verb, post, relay_spans)
            if item is not None:
                found.append(item)

        for match in post_verb.finditer(body, s_start, s_end):
            speaker = _forward_speaker(body, match.end(), limit, quotes)
            if speaker:
                add(speaker[0], match.start(1), speaker[1], match.group(1), post=True)
        # each pattern only where its fixed part occurs (a quick check before the regex)
        for match in (menurut.finditer(body, s_start, s_end)
                      if lowered.find("menurut", s_start, s_end) != -1 else ()):
            if _inside(quotes, match.start()):
                continue
            speaker = _forward_speaker(body, match.end(), s_end, quotes)
            if speaker:
                add(speaker[0], match.start(1), speaker[1], "menurut")
        for match in pre_verb.finditer(lowered, s_start, s_end):
            if _inside(quotes, match.start()) or match.group(1).lower() in _POST_VERBS:
                continue
            floor = s_start
            for _, q_end in quotes:  # never read a speaker out of a quote
                if q_end <= match.start() and q_end > floor:
                    floor = q_end
            bounds = list(re.finditer(r"\b(?:bahwa|karena|sehingga)\b|;",
                                      body[floor:match.start()]))
            if bounds:
                floor += bounds[-1].end()
            for name, name_start in _backward_speakers(body, match.start(), floor):
                add(name, name_start, match.end(1), match.group(1))
        for match in (colon_quote.finditer(body, s_start, s_end)
                      if body.find(":", s_start, s_end) != -1 else ()):
            if _inside(quotes, match.start()):
                continue
            add(match.group(1), match.start(1), match.end(1), "")
        # a relay with no other speaker in the sentence: the relayed medium is the source
        if not found:
            for relay in relays:
                if relay["verb"] == "mengutip" and relay["kind"] == "person":
                    continue
                found.append({**{k: relay[k] for k in ("source", "source_type", "country",
                                                       "role", "kind")},
                              "verb": relay["verb"], "start": relay["cue_start"],
                              "end": relay["end"], "post": False, "is_relay": True})
        seen = set()
        for item in sorted(found, key=lambda r: r["start"]):
            key = (item["source"], item["start"])
            if key in seen or any(item["source"] == o["source"] and item is not o and
                                  o["start"] <= item["start"] < o["end"] for o in found):
                continue
            seen.add(key)
            sentence_relays = [r["source"] for r in relays
                               if not item.get("is_relay") and r["source"] != item["source"]]
            chain = [article_relay] if article_relay else []
            chain += [r for r in sentence_relays if r not in chain]
            if item.get("is_relay"):
                chain = [r for r in chain if r != item["source"]]
            if item["verb"] in _RELAY_VERBS:
                verb_class = verbs.get(item["verb"], "neutral")
            else:
                verb_class = verbs.get(item["verb"], "neutral") if item["verb"] else "neutral"
            rows.append({
                "article_id": article_id, "outlet": outlet, "source": item["source"],
                "source_type": item["source_type"], "country": item["country"],
                "role": item["role"], "verb": item["verb"], "verb_class": verb_class,
                "quote_type": _quote_type(body, quotes, sent, item["start"], item["end"],
                                          item["post"]),
                "anonymous": item["kind"] == "group", "relayed_by": " > ".join(chain),
                "sentence": body[s_start:s_end], "start": item["start"], "end": item["end"],
                "_post": item["post"], "_sentence_start": s_start,
            })
    return _continued_quotes(rows, body, quotes, sentences)


def _continued_quotes(rows: list[dict], body: str, quotes, sentences) -> list[dict]:
    """A paragraph that is only a quote, right after a direct quote, continues its speaker."""
    paragraphs = text.split_paragraphs(body)
    attributed = {r["_sentence_start"] for r in rows}
    extra = []
    for index, (p_start, p_end) in enumerate(paragraphs):
        if index == 0 or body[p_start] not in "\"“":
            continue
        quote = next(((s, e) for s, e in quotes if s == p_start), None)
        if quote is None or body[quote[1]:p_end].strip(" .,") or any(
                p_start <= s < p_end for s in attributed):
            continue
        previous = [r for r in rows + extra if r["start"] < p_start and r["quote_type"] == "direct"
                    and r["_sentence_start"] >= paragraphs[index - 1][0]
                    or r["start"] < p_start and r["quote_type"] == "direct"
                    and index >= 2 and r["_sentence_start"] >= paragraphs[index - 2][0]
                    and r["end"] > paragraphs[index - 1][0]]
        if not previous:
            continue
        base = previous[-1]
        sent = text.enclosing_span(sentences, p_start) or (p_start, p_end)
        extra.append({**base, "quote_type": "direct", "sentence": body[sent[0]:sent[1]],
                      "start": quote[0], "end": quote[1], "_sentence_start": sent[0]})
    merged = sorted(rows + extra, key=lambda r: (r["start"], r["end"]))
    for row in merged:
        row.pop("_post", None)
        row.pop("_sentence_start", None)
    return merged


def _empty(columns) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="int64" if c in ("start", "end", "depth",
                                                               "n_statements") else
                                      "bool" if c == "anonymous" else "str")
                         for c in columns})


def extract_attributions(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per attributed statement in the articles' bodies.

    Columns: article_id, outlet, source, source_type, country, role, verb, verb_class,
    quote_type (direct|indirect|mixed), anonymous (bool), relayed_by (``" > "``-joined relay
    chain, outlet side first; "" when the outlet quotes first hand), sentence, start, end
    (``body[start:end]`` is the attribution expression: speaker plus verb, or the quote of
    a continued quote paragraph).

    >>> arts = pd.DataFrame({"article_id": ["a"], "body": ["Menurut para analis, AS mengklaim."]})
    >>> extract_attributions(arts)[["source", "verb", "anonymous"]].values.tolist()
    [['analysts', 'menurut', True], ['US government', 'mengklaim', False]]
    """
    rows = []
    for record in text.records(articles, ["article_id", "outlet", "body", "boilerplate"]):
        body = record.get("body") or ""
        if not isinstance(body, str) or not body.strip():
            continue
        rows += _article_rows(str(record["article_id"]), str(record.get("outlet") or ""), body,
                              str(record.get("boilerplate") or ""))
    if not rows:
        return _empty(COLUMNS)
    table = pd.DataFrame(rows, columns=COLUMNS)
    return table.astype({"start": "int64", "end": "int64", "anonymous": "bool"})


def relay_chains(articles: pd.DataFrame, attributions: pd.DataFrame) -> pd.DataFrame:
    """One row per article, relay and original source: ``outlet → relay(s) → source``.

    ``depth`` counts the hops from the outlet to the original claimant (1 = quoted first
    hand, 2 = through one wire or outlet, ...). The evidence columns point at the first
    statement of the chain.

    >>> arts = pd.DataFrame({"article_id": ["a"], "outlet": ["Liputan6"],
    ...                      "body": ['"Kami menilai," kata Kirby, seperti dilansir AP.']})
    >>> relay_chains(arts, extract_attributions(arts))[["chain", "depth"]].values.tolist()
    [['Liputan6 → Associated Press → John Kirby', 2]]
    """
    if attributions.empty:
        return _empty(CHAIN_COLUMNS)
    outlets = dict(zip(articles["article_id"].astype(str).tolist(),
                       articles.get("outlet", pd.Series([""] * len(articles))).astype(str).tolist(),
                       strict=True))
    groups: dict[tuple, list[dict]] = {}  # plain dicts: thousands of articles stay fast
    for row in attributions.to_dict("records"):
        key = (row["article_id"], row["source"], row["source_type"], row["relayed_by"])
        groups.setdefault(key, []).append(row)
    rows = []
    for (article_id, source, source_type, relayed_by), group in groups.items():
        outlet = outlets.get(article_id) or group[0]["outlet"] or article_id
        hops = [h for h in relayed_by.split(" > ") if h]
        first = min(group, key=lambda r: r["start"])
        rows.append({"article_id": article_id, "outlet": outlet, "source": source,
                     "source_type": source_type, "relayed_by": relayed_by,
                     "chain": " → ".join([outlet, *hops, source]), "depth": len(hops) + 1,
                     "n_statements": len(group), "sentence": first["sentence"],
                     "start": int(first["start"]), "end": int(first["end"])})
    return pd.DataFrame(rows, columns=CHAIN_COLUMNS).astype(
        {"depth": "int64", "n_statements": "int64", "start": "int64", "end": "int64"})


def source_balance(articles: pd.DataFrame, attributions: pd.DataFrame) -> pd.DataFrame:
    """Per article: how many sources, how named, whether the accused side is heard.

    ``accused_heard``/``accused_denial``: a statement (a denial) by a source type marked
    ``accused`` in data/lexicons/story_sides.csv. Articles with no attribution get zeros.

    >>> arts = pd.DataFrame({"article_id": ["a"], "outlet": ["X"],
    ...                      "body": ["AS menuding. Korea Utara membantah. Kata para ahli."]})
    >>> row = source_balance(arts, extract_attributions(arts)).iloc[0]
    >>> int(row.n_sources), bool(row.accused_denial)
    (2, True)
    """
    accused = _accused_types()
    by_article: dict[str, list[dict]] = {}
    for row in attributions.to_dict("records"):
        by_article.setdefault(row["article_id"], []).append(row)
    rows = []
    for record in articles.to_dict("records"):
        article_id = str(record["article_id"])
        group = by_article.get(article_id, [])
        first_by_source = {}
        for row in group:
            first_by_source.setdefault(row["source"], row)
        n_sources = len(first_by_source)
        named = sum(1 for row in first_by_source.values() if not row["anonymous"])
        type_counts: dict[str, int] = {}
        for row in group:
            type_counts[row["source_type"]] = type_counts.get(row["source_type"], 0) + 1
        shares = sorted(type_counts.items(), key=lambda item: -item[1])  # stable: ties keep order
        denials = [row for row in group
                   if row["verb_class"] == "denial" and row["source_type"] in accused]
        depths = [len([h for h in row["relayed_by"].split(" > ") if h]) + 1 for row in group]
        rows.append({
            "article_id": article_id, "outlet": str(record.get("outlet") or ""),
            "n_statements": len(group), "n_sources": n_sources, "n_named_sources": named,
            "n_anonymous_sources": n_sources - named,
            "named_share": round(named / n_sources, 3) if n_sources else 0.0,
            "source_type_shares": "; ".join(f"{k}:{round(v / len(group), 3):g}"
                                            for k, v in shares),
            "accused_heard": any(row["source_type"] in accused for row in group),
            "accused_denial": bool(denials),
            "denial_sources": "; ".join(dict.fromkeys(row["source"] for row in denials)),
            "denial_sentence": denials[0]["sentence"] if denials else "",
            "max_relay_depth": max(depths, default=0),
        })
    table = pd.DataFrame(rows, columns=BALANCE_COLUMNS)
    return table.astype({"n_statements": "int64", "n_sources": "int64",
                         "n_named_sources": "int64", "n_anonymous_sources": "int64",
                         "named_share": "float64", "accused_heard": "bool",
                         "accused_denial": "bool", "max_relay_depth": "int64"})
