"""Text from files shown safely: in messages, on a terminal, on paper."""

import re

# Control characters (C0, DEL, C1), the marks that reorder text (left-to-right and
# right-to-left marks, embeddings, overrides, isolates) and lone surrogates.
_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def visible(text, limit: int | None = 60) -> str:
    """`text` with every control character, text-direction mark and lone surrogate shown as a
    visible escape (\\x1b, \\u202e), so that it cannot move a terminal's cursor, change its
    colours or reverse the text around it; shortened to `limit` characters."""

    def escape(match: re.Match) -> str:
        code = ord(match.group())
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    text = _INVISIBLE.sub(escape, str(text))
    if limit is not None and len(text) > limit:
        return text[: limit - 1] + "…"
    return text


def has_invisible(text: str) -> bool:
    return bool(_INVISIBLE.search(text))
