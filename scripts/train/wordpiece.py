"""BERT uncased WordPiece tokenisation and the event model's input encoding.

Mirrors src/Annalist/Coding/Typing/WordPieceTokenizer.cs and PairEncoder.cs piece for piece: the C#
parity test (tests/Annalist.Tests/Coding/Typing) checks both against the same expected ids.
"""
import unicodedata

SOURCE_MARK = "@"   # around the candidate actor:     @ Iran @
TARGET_MARK = "#"   # around the candidate recipient: # the United States #
MAX_PIECES = 64     # [CLS] + window + [SEP]


def read_vocab(path):
    with open(path, encoding="utf-8") as f:
        pieces = [line.rstrip("\r\n") for line in f]
    return {p: i for i, p in enumerate(pieces)}


def _is_punct(ch):
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def _is_cjk(cp):
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF
            or 0x2A700 <= cp <= 0x2B73F or 0x2B740 <= cp <= 0x2B81F or 0x2B820 <= cp <= 0x2CEAF
            or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F)


def basic_words(text):
    """BERT's BasicTokenizer (uncased): clean, split CJK, lower-case, strip accents, split punctuation."""
    out = []
    word = []

    def flush():
        if word:
            out.append("".join(word))
            word.clear()

    for ch in text:
        cp = ord(ch)
        cat = unicodedata.category(ch)
        if cp == 0 or cp == 0xFFFD or (cat.startswith("C") and ch not in "\t\n\r"):
            continue
        if ch in " \t\n\r" or cat == "Zs":
            flush()
            continue
        if _is_cjk(cp) or _is_punct(ch):
            flush()
            out.append(ch.lower())
            continue
        for c in unicodedata.normalize("NFD", ch.lower()):
            if unicodedata.category(c) != "Mn":
                word.append(c)
    flush()
    # a word may become a lone accent-less punctuation after NFD; BERT splits punctuation after stripping
    final = []
    for w in out:
        buf = []
        for c in w:
            if _is_punct(c):
                if buf:
                    final.append("".join(buf))
                    buf = []
                final.append(c)
            else:
                buf.append(c)
        if buf:
            final.append("".join(buf))
    return final


def wordpiece(word, vocab, unk=100):
    if len(word) > 100:
        return [unk]
    ids = []
    start = 0
    while start < len(word):
        end = len(word)
        found = None
        while start < end:
            sub = word[start:end] if start == 0 else "##" + word[start:end]
            if sub in vocab:
                found = vocab[sub]
                break
            end -= 1
        if found is None:
            return [unk]
        ids.append(found)
        start = end
    return ids


def encode_pair(text, source, target, vocab):
    """Pieces of text with the source span wrapped in @ and the target span in #, cut to a window
    around the marks. source and target are (start, end) character offsets. Returns (ids, marks)
    where marks are the positions (target may be None) of the opening source and target marks."""
    cuts = [(source[0], 0, SOURCE_MARK), (source[1], 1, SOURCE_MARK)]
    if target is not None:   # a one-sided event has no recipient: its mark position is then [CLS]
        cuts += [(target[0], 0, TARGET_MARK), (target[1], 1, TARGET_MARK)]
    cuts.sort(key=lambda c: (c[0], -c[1]))
    ids = []
    marks = {}
    pos = 0
    for offset, closing, mark in cuts:
        for w in basic_words(text[pos:offset]):
            ids.extend(wordpiece(w, vocab))
        if not closing and mark not in marks:
            marks[mark] = len(ids)
        ids.append(vocab[mark])
        pos = offset
    for w in basic_words(text[pos:]):
        ids.extend(wordpiece(w, vocab))
    budget = MAX_PIECES - 2
    first, last = min(marks.values()), max(marks.values())
    if len(ids) > budget:
        # keep the stretch between the marks and as much context on each side as fits, centred
        span = last - first + 1
        start = first - max(0, (budget - span) // 2)
        start = max(0, min(start, len(ids) - budget))
        if start > first:
            start = first
        ids = ids[start:start + budget]
        marks = {k: v - start for k, v in marks.items()}
    ids = [vocab["[CLS]"]] + ids + [vocab["[SEP]"]]
    s = marks[SOURCE_MARK] + 1
    t = marks[TARGET_MARK] + 1 if TARGET_MARK in marks else 0
    s, t = min(s, len(ids) - 2), min(t, len(ids) - 2)
    return ids, (s, t)
