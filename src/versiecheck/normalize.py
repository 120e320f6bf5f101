"""Text normalisation: what counts as the same text across renderings.

Two levels:

* :func:`clean` makes display text uniform without changing its meaning for a reader:
  typographic quotes and dashes, non-breaking and zero-width spaces, soft hyphens,
  ligatures, runs of whitespace.
* :func:`comparison_key` is what the aligner and the text rule compare: clean text with
  hyphens inside words removed (so a line-end hyphen that one rendering kept and another
  dropped can never become a finding), English ordinals in their older spelling written
  in the current one (``2d`` = ``2nd``, ``103d`` = ``103rd``: the US Government Publishing
  Office's style, which its XML editions do not always keep), and case folded.

Deliberately *not* normalised: digits, words, punctuation other than quotes and dashes.
"""

from __future__ import annotations

import re
import unicodedata

_TRANSLATE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "`": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\t": " ",
        "\u00ad": None,  # soft hyphen
        "\u200b": None,
        "\u200c": None,
        "\u200d": None,
        "\ufeff": None,
        # List bullets: their shape is the typesetter's choice.
        "\u25e6": "\u2022",  # ◦
        "\u25cb": "\u2022",  # ○
        "\u25cf": "\u2022",  # ●
        "\u25aa": "\u2022",  # ▪
        "\u25ab": "\u2022",  # ▫
        "\u25a0": "\u2022",  # ■
        "\u25fe": "\u2022",  # ◾
        "\u25fd": "\u2022",  # ◽
        "\u2023": "\u2022",  # ‣
        "\u2043": "\u2022",  # ⁃
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
    }
)

_SPACES = re.compile(r"\s+")
# (Written to start with a literal character, which the regex engine scans for fast.)
_WORD_HYPHEN = re.compile(r"-(?<=\w-)(?=\w)")
# Punctuation that is layout, not content, when it differs only in spacing. Applied to
# clean text, where every run of whitespace is one space.
_SPACE_BEFORE_PUNCT = re.compile(r" (?:(?=[,.;:!?)\]])|(?<=[(\[] ))")
# An English ordinal of 2 or 3 in its older spelling (``2d``, ``3d``, ``22d``, ``103d``,
# and in capitals ``2D SESSION``; not ``12d``, which was never one). Whole words only. (A
# ``3D`` for three-dimensional reads as ``3rd`` too: the same on both sides, and a case
# variant, ``3D`` against ``3d``, must not become a difference.)
_OLD_ORDINAL = re.compile(r"(?<![\w.,])((?:\d*[02-9])?)([23])([dD])(?!\w)")
_ORDINAL_SUFFIX = {"2d": "nd", "3d": "rd", "2D": "ND", "3D": "RD"}


def _ordinals(text: str) -> str:
    if "2" not in text and "3" not in text:  # (most text: no need to try the pattern)
        return text
    return _OLD_ORDINAL.sub(lambda m: m[1] + m[2] + _ORDINAL_SUFFIX[m[2] + m[3]], text)


# Any character that _TRANSLATE changes: most text has none, and then needs no translating.
_TRANSLATABLE = re.compile("[" + re.escape("".join(chr(c) for c in _TRANSLATE)) + "]")
# (clean() looks for the ASCII ones, a tab and a backtick, itself; a test keeps it so.)
_ASCII_TRANSLATABLE = "\t`"


def clean(text: str) -> str:
    """Uniform display text: typographic variants unified, whitespace collapsed."""
    if text.isascii():  # (checked at C speed; ASCII is NFC, and only two of it translate)
        if "\t" in text or "`" in text:  # (_ASCII_TRANSLATABLE)
            text = text.translate(_TRANSLATE)
        return " ".join(text.split())
    if _TRANSLATABLE.search(text):
        text = text.translate(_TRANSLATE)
    text = unicodedata.normalize("NFC", text)
    return " ".join(text.split())  # the same as collapsing r"\s+" and stripping


def comparison_key(text: str) -> str:
    """The form two renderings are compared in (see the module docstring)."""
    text = _ordinals(_WORD_HYPHEN.sub("", clean(text)))
    text = _SPACE_BEFORE_PUNCT.sub("", text)
    return text.casefold()


def word_key(word: str) -> str:
    """Comparison form of a single token (no case folding: the text rule needs case)."""
    return _ordinals(_WORD_HYPHEN.sub("", word))
