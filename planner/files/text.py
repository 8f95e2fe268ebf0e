"""Text from files shown safely: in messages, on a terminal, on paper."""

import re

# Control characters (C0, DEL, C1), the line and paragraph separators, the marks that reorder
# text (left-to-right and right-to-left marks, embeddings, overrides, isolates) and lone
# surrogates.
INVISIBLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def visible(text, limit: int | None = 60) -> str:
    """`text` with every control character, text-direction mark and lone surrogate shown as a
    visible escape (\\x1b, \\u202e), so that it cannot move a terminal's cursor, change its
    colours or reverse the text around it; shortened to `limit` characters."""

    def escape(match: re.Match) -> str:
        code = ord(match.group())
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    text = INVISIBLE.sub(escape, str(text))
    if limit is not None and len(text) > limit:
        return text[: limit - 1] + "…"
    return text


def has_invisible(text: str) -> bool:
    return bool(INVISIBLE.search(text))


# The invisible characters a planner may have typed or pasted, in words.
_NAMED = {
    "\t": "a tab",
    "\n": "a line break",
    "\u2028": "a line break",
    "\u2029": "a paragraph break",
    "\r": "a carriage return",
    "\x00": "a null character",
    "\u200e": "a left-to-right mark",
    "\u200f": "a right-to-left mark",
}


def describe_invisible(text: str) -> str:
    """The first invisible character of `text` in words, with its code and place:
    'a line break (U+000A) after "Home care"'."""
    found = INVISIBLE.search(text)
    if found is None:
        return "no invisible character"
    char = found.group()
    code = ord(char)
    if char in _NAMED:
        what = _NAMED[char]
    elif 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069:
        what = "a mark that changes the direction of the text"
    elif 0xD800 <= code <= 0xDFFF:
        what = "half of a character (a lone surrogate)"
    else:
        what = "a control character"
    before = text[: found.start()].strip()
    where = f' after "{visible(before[-20:], None)}"' if before else " at its start"
    return f"{what} (U+{code:04X}){where}"
