"""HTML: one self-contained page for reviewing a comparison in a browser.

The aligned paragraphs of A and B side by side, the differing words highlighted inside
them, each paragraph's footnotes beside it; a findings panel filterable by category and
severity, each finding linked to its place; ``j``/``n`` and ``k``/``p`` move from finding to
finding. Inline CSS and script only, and a Content-Security-Policy that forbids every
network request: the file can be mailed or archived and opened offline. Every piece of
document text is escaped, so no markup from a document reaches the page. Prints readably
(no controls, changes marked by strike-through and underline as well as colour).

``render`` needs the full :class:`~versiecheck.model.Report` (the documents' text);
``render_batch`` is an overview of a batch: its pairs and their findings, with links
(``pair_links``: pair name → URL of that pair's own page, when there is one).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from html import escape
from typing import Any

from .. import __version__
from ..model import (
    AlignedGroup,
    AlignKind,
    Document,
    Finding,
    FootnoteMarker,
    Location,
    Report,
    note_series,
)
from . import results
from .html_assets import CSP, CSS, SCRIPT

_CATEGORY_ORDER = ("footnote", "signatory", "date", "number", "reference", "text", "structure")
_CHANGE_CLASS = {"words": "chg", "punctuation": "chg-punct", "case": "chg-case"}


def esc(text: object) -> str:
    return escape(str(text), quote=True)


def render(report: Report, *, color: bool = False, width: int | None = None, **opts: Any) -> str:
    del color, width, opts
    rows, targets, spots = _rows(report)
    findings = _finding_items(report.findings, targets, spots)
    title = f"versiecheck: {report.a.source.path} ↔ {report.b.source.path}"
    header = _header(
        title,
        results.counts_text(report.summary()),
        [
            ("A", report.a.source.path, _doc_note(report.a)),
            ("B", report.b.source.path, _doc_note(report.b)),
        ],
    )
    body = (
        f'<main id="doc" aria-label="Aligned text">'
        f'<div class="colhead"><span>A · {esc(report.a.source.path)}</span>'
        f"<span>B · {esc(report.b.source.path)}</span></div>{''.join(rows)}</main>"
    )
    return _page(title, header, _panel(findings, report_findings=report.findings), body)


def render_batch(batch: dict[str, Any], *, pair_links: Mapping[str, str] | None = None,
                 **opts: Any) -> str:  # fmt: skip
    del opts
    links = pair_links or {}
    all_pairs = results.pairs(batch)
    title = f"versiecheck: {len(all_pairs)} pairs"
    header = _header(title, results.counts_text(results.totals(batch)), [])
    rows = []
    sections = []
    items: list[tuple[str, str, str]] = []
    for k, pair in enumerate(all_pairs):
        pid = f"pair{k}"
        name = str(pair.get("name", ""))
        found = results.findings(pair)
        counts = dict.fromkeys(results.SEVERITIES, 0)
        for f in found:
            counts[str(f.get("severity"))] = counts.get(str(f.get("severity")), 0) + 1
        status = (
            "error"
            if pair.get("status") == "error"
            else ("failed" if pair.get("exit_code") else "passed")
        )
        link = links.get(name)
        name_html = f'<a href="{esc(link)}">{esc(name)}</a>' if link else esc(name)
        rows.append(
            f'<tr id="{pid}"><td>{name_html}</td><td><code>{esc(pair.get("a") or "—")}</code></td>'
            f"<td><code>{esc(pair.get('b') or '—')}</code></td>"
            f'<td class="st-{status}">{status}</td><td>{counts["error"]}</td>'
            f"<td>{counts['warning']}</td><td>{counts['info']}</td></tr>"
        )
        if pair.get("status") == "error":
            sections.append(
                f'<p class="pair-error"><b>{esc(name)}</b>: could not be compared: '
                f"{esc(pair.get('error') or '')}</p>"
            )
        for j, f in enumerate(found):
            fid = f"f{k}-{j}"
            items.append((fid, _item(fid, f"#{pid}", f, pair_name=name), str(f.get("category"))))
    table = (
        '<table class="pairs"><thead><tr><th>pair</th><th>A</th><th>B</th><th>status</th>'
        "<th>errors</th><th>warnings</th><th>info</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )
    body = f'<main id="doc" aria-label="Pairs">{table}{"".join(sections)}</main>'
    found_all = [f for _, f in results.pair_findings(batch)]
    return _page(title, header, _panel_html(items, found_all, rows=False), body)


# --- the aligned text -------------------------------------------------------------------


def _rows(report: Report) -> tuple[list[str], dict[tuple[str, int], str], set[str]]:
    """The side-by-side rows; for each side and line the id of the element showing it; and
    the ids of the spots marking where in the text each finding is (``f3-a``, ``f3-b``)."""
    rows: list[str] = []
    points = _points(report)
    spots: set[str] = set()
    spans: dict[str, list[tuple[int, int, str]]] = {"a": [], "b": []}
    referenced: dict[str, set[Note]] = {"a": set(), "b": set()}
    keys = {"a": _note_keys(report.a), "b": _note_keys(report.b)}
    # Each block's markers (in document order, with their note keys): found once, not
    # by a pass over every marker for every block.
    by_block: dict[str, dict[int, list[tuple[int, FootnoteMarker, Note]]]] = {}
    for side, doc in (("a", report.a), ("b", report.b)):
        by_block[side] = {}
        for k, (m, key) in enumerate(zip(doc.markers, keys[side][0], strict=True)):
            by_block[side].setdefault(m.block, []).append((k, m, key))
    for k, group in enumerate(report.alignment):
        rid = f"g{k}"
        cells = []
        highlights = _highlights(report, group)
        for side, doc, blocks in (("a", report.a, group.a), ("b", report.b, group.b)):
            for i in blocks:
                first, last = _block_lines(doc, i)
                spans[side].append((first, last, rid))
            held = sorted(x for i in blocks for x in by_block[side].get(i, ()))
            numbers = [key for _, _, key in held]
            referenced[side].update(numbers)
            cells.append(
                _cell(side, doc, blocks, highlights[side], held, points[side], spots, keys[side])
            )
        rows.append(
            f'<section class="row k-{esc(group.kind.value)}" id="{rid}" tabindex="-1" '
            f'data-kind="{esc(group.kind.value)}">'
            f'<div class="kind">{esc(_kind_label(group))}</div>{"".join(cells)}</section>'
        )
    loose = []
    for side, doc in (("a", report.a), ("b", report.b)):
        body_keys = keys[side][1]
        notes = [body_keys[k] for k in range(len(doc.footnotes))]
        notes = [key for key in notes if key not in referenced[side]]
        for key in notes:
            fn = doc.footnotes[body_keys.index(key)]
            first, last = _lines(doc, fn.source_offset, fn.origin.source_offset(len(fn.text)))
            spans[side].append((first, last, f"{side}-{_note_id(key)}"))
        loose.append((side, doc, notes))
    if any(notes for _, _, notes in loose):
        cells = [
            f'<div class="side side-{side}"><aside class="notes">'
            + "".join(_note(side, doc, key, keys[side]) for key in notes)
            + "</aside></div>"
            for side, doc, notes in loose
        ]
        rows.append(
            '<section class="row k-notes" id="notes" tabindex="-1">'
            f'<div class="kind">footnotes not referenced in the text</div>{"".join(cells)}'
            "</section>"
        )
    targets: dict[tuple[str, int], str] = {}
    for side, found in spans.items():
        # Footnotes were added last: they win over the paragraph whose lines hold them.
        for first, last, anchor in found:
            for line in range(first, last + 1):
                targets[(side, line)] = anchor
    return rows, targets, spots


def _points(report: Report) -> dict[str, tuple[list[int], list[str]]]:
    """Each finding's place on each side as a source offset, with the id its spot gets:
    offsets ascending (findings in order where they share one), ids alike."""
    found: dict[str, list[tuple[int, int, str]]] = {"a": [], "b": []}
    for j, f in enumerate(report.findings):
        for side, doc, loc in (("a", report.a, f.a), ("b", report.b, f.b)):
            starts = doc.source.line_starts
            if loc is not None and 1 <= loc.line <= len(starts):
                found[side].append((starts[loc.line - 1] + loc.column - 1, j, f"f{j}-{side}"))
    out = {}
    for side, places in found.items():
        places.sort()
        out[side] = ([offset for offset, _, _ in places], [spot for _, _, spot in places])
    return out


def _cell(side: str, doc: Document, blocks: Sequence[int], marks: list[tuple[int, int, str]],
          held: list[tuple[int, FootnoteMarker, Note]], points: tuple[list[int], list[str]],
          spots: set[str], keys: tuple[list[Note], list[Note]]) -> str:  # fmt: skip
    if not blocks:
        absent = f'<p class="absent">not in {side.upper()}</p>'
        return f'<div class="side side-{side} empty">{absent}</div>'
    first = _block_lines(doc, blocks[0])[0]
    last = _block_lines(doc, blocks[-1])[1]
    lines = f"{first}" if first == last else f"{first}–{last}"
    events: list[tuple[int, int, str]] = [(s, e, cls) for s, e, cls in marks]
    offset = 0
    offsets, ids = points
    for i in blocks:
        block = doc.blocks[i]
        for _, m, key in held:
            if m.block == i:
                events.append((offset + m.offset, offset + m.offset, f"fn:{_note_id(key)}"))
        if block.text:
            start, end = block.source_offset, block.origin.source_offset(len(block.text) - 1)
            for p in range(bisect_left(offsets, start), bisect_right(offsets, end)):
                source_offset, spot = offsets[p], ids[p]
                if spot not in spots:
                    # The first character of the block at or after the finding's place.
                    at = bisect_left(
                        range(len(block.text)), source_offset, key=block.origin.source_offset
                    )
                    events.append((offset + at, offset + at, f"spot:{spot}"))
                    spots.add(spot)
        offset += len(block.text) + 2
    text = "\n\n".join(doc.blocks[i].text for i in blocks)
    kinds = " ".join(sorted({doc.blocks[i].kind.value for i in blocks}))
    notes = "".join(_note(side, doc, n, keys) for _, _, n in held)
    return (
        f'<div class="side side-{side}" data-lines="{first}-{last}">'
        f'<div class="meta">{side.upper()} {lines} · {esc(kinds)}</div>'
        f'<div class="text">{_marked(text, events, side)}</div>'
        + (f'<aside class="notes">{notes}</aside>' if notes else "")
        + "</div>"
    )


def _marked(text: str, events: list[tuple[int, int, str]], side: str) -> str:
    """Escaped text with highlight ranges and footnote references inserted."""
    out: list[str] = []
    pos = 0
    tag = "del" if side == "a" else "ins"
    for start, end, cls in sorted(events, key=lambda e: (e[0], e[1])):
        start = max(start, pos)
        out.append(esc(text[pos:start]))
        if cls.startswith("spot:"):
            out.append(f'<span class="spot" id="{esc(cls[5:])}"></span>')
            pos = start
            continue
        if cls.startswith("fn:"):
            anchor = cls[3:]
            n = anchor[2:].split("-")[0]
            out.append(f'<sup class="fnref"><a href="#{side}-{anchor}">{esc(n)}</a></sup>')
            pos = start
            continue
        end = max(end, start)
        out.append(f'<{tag} class="{cls}">{esc(text[start:end])}</{tag}>')
        pos = end
    out.append(esc(text[pos:]))
    return "".join(out)


#: A footnote: (series, number); numbering that starts again at 1 is a new series.
Note = tuple[int, int]


def _note_keys(doc: Document) -> tuple[list[Note], list[Note]]:
    """The (series, number) of each marker and of each body, in order."""
    markers = [m.number for m in doc.markers]
    bodies = [fn.number for fn in doc.footnotes]
    return (
        list(zip(note_series(markers), markers, strict=True)),
        list(zip(note_series(bodies), bodies, strict=True)),
    )


def _note_id(key: Note) -> str:
    """``fn3`` for note 3, ``fn3-s2`` for note 3 of the second series."""
    series, number = key
    return f"fn{number}" if series == 0 else f"fn{number}-s{series + 1}"


def _note(side: str, doc: Document, key: Note, keys: tuple[list[Note], list[Note]]) -> str:
    number, anchor = key[1], f"{side}-{_note_id(key)}"
    body = doc.footnotes[keys[1].index(key)] if key in keys[1] else None
    if body is None:
        return (
            f'<p class="fn missing" id="{anchor}"><span class="fnnum">{number}</span>'
            "no footnote text in this rendering</p>"
        )
    line = doc.source.line_column(body.source_offset)[0]
    return (
        f'<p class="fn" id="{anchor}"><span class="fnnum">{number}</span>'
        f'{esc(body.text)} <span class="ln">{side.upper()} {line}</span></p>'
    )


def _highlights(report: Report, group: AlignedGroup) -> dict[str, list[tuple[int, int, str]]]:
    out: dict[str, list[tuple[int, int, str]]] = {"a": [], "b": []}
    if group.kind not in (AlignKind.CHANGE, AlignKind.MERGE, AlignKind.MOVE):
        return out
    if not group.a or not group.b:
        return out
    from ..diff import word_changes

    a_text = "\n\n".join(report.a.blocks[i].text for i in group.a)
    b_text = "\n\n".join(report.b.blocks[j].text for j in group.b)
    for c in word_changes(a_text, b_text):
        cls = _CHANGE_CLASS.get(c.kind.value, "chg")
        if c.a_end > c.a_start:
            out["a"].append((c.a_start, c.a_end, cls))
        if c.b_end > c.b_start:
            out["b"].append((c.b_start, c.b_end, cls))
    return out


def _block_lines(doc: Document, index: int) -> tuple[int, int]:
    return doc.block_lines()[index]


def _lines(doc: Document, start: int, end: int) -> tuple[int, int]:
    return doc.source.line_column(start)[0], doc.source.line_column(end)[0]


def _kind_label(group: AlignedGroup) -> str:
    if group.kind in (AlignKind.CHANGE, AlignKind.MERGE, AlignKind.MOVE):
        return f"{group.kind.value} · {round(group.similarity * 100)}% alike"
    return group.kind.value


def _doc_note(doc: Document) -> str:
    s = doc.source
    n = len(doc.footnotes)
    warn = "".join(f" · warning: {w}" for w in s.warnings)
    return f"{s.format}, {len(doc.blocks)} blocks, {n} footnote{'s' if n != 1 else ''}{warn}"


# --- findings ---------------------------------------------------------------------------


def _finding_items(
    findings: Iterable[Finding], targets: Mapping[tuple[str, int], str], spots: set[str]
) -> list[tuple[str, str, str]]:
    items = []
    for j, f in enumerate(findings):
        fid = f"f{j}"
        # The exact place in the text when it is shown, else the row (or footnote) holding it.
        target = next((s for s in (f"{fid}-a", f"{fid}-b") if s in spots), None)
        href = f"#{target or _target(f, targets)}"
        items.append((fid, _item(fid, href, f.to_json()), f.category.value))
    return items


def _target(f: Finding, targets: Mapping[tuple[str, int], str]) -> str:
    for side, loc in (("a", f.a), ("b", f.b)):
        if loc is not None:
            found = _nearest(side, loc, targets)
            if found:
                return found
    return "doc"


def _nearest(side: str, loc: Location, targets: Mapping[tuple[str, int], str]) -> str | None:
    for line in range(loc.line, 0, -1):  # a line between blocks belongs to the one above
        anchor = targets.get((side, line))
        if anchor:
            return anchor
    return None


def _item(fid: str, href: str, f: Mapping[str, Any], pair_name: str | None = None) -> str:
    sev, cat = str(f.get("severity")), str(f.get("category"))
    places = []
    for label in ("a", "b"):
        loc = f.get(label)
        if loc:
            places.append(
                f'<span class="place"><b>{label.upper()} {esc(results.place(loc))}</b> '
                f"<q>{esc(loc.get('excerpt', ''))}</q></span>"
            )
        else:
            places.append(f'<span class="place"><b>{label.upper()}</b> —</span>')
    pair = f'<span class="pairname">{esc(pair_name)}</span>' if pair_name else ""
    return (
        f'<li class="finding sev-{esc(sev)}" data-severity="{esc(sev)}" data-category="{esc(cat)}">'
        f'<a id="{fid}" href="{esc(href)}" class="flink">'
        f'<span class="badge sev-{esc(sev)}">{esc(sev)}</span> <code>{esc(f.get("rule"))}</code>'
        f' <span class="cat">{esc(cat)}</span>{pair}'
        f'<span class="msg">{esc(f.get("message", ""))}</span>{"".join(places)}</a></li>'
    )


def _panel(items: list[tuple[str, str, str]], report_findings: Sequence[Finding]) -> str:
    return _panel_html(items, [f.to_json() for f in report_findings])


def _panel_html(
    items: list[tuple[str, str, str]], found: Sequence[Mapping[str, Any]], *, rows: bool = True
) -> str:
    sev_counts = {s: sum(1 for f in found if f.get("severity") == s) for s in results.SEVERITIES}
    cats = sorted(
        {str(f.get("category")) for f in found},
        key=lambda c: (_CATEGORY_ORDER.index(c) if c in _CATEGORY_ORDER else 99, c),
    )
    buttons = "".join(
        f'<button type="button" class="filter sev-{s}" data-filter="severity" data-value="{s}" '
        f'aria-pressed="true">{s} <span class="n">{sev_counts[s]}</span></button>'
        for s in results.SEVERITIES
    )
    cat_buttons = "".join(
        f'<button type="button" class="filter" data-filter="category" data-value="{esc(c)}" '
        f'aria-pressed="true">{esc(c)} '
        f'<span class="n">{sum(1 for f in found if f.get("category") == c)}</span></button>'
        for c in cats
    )
    listing = "".join(html for _, html, _ in items) or '<li class="none">No differences found.</li>'
    return (
        '<nav id="findings" aria-label="Findings">'
        '<div class="filters" role="group" aria-label="Filter findings">'
        f'<div class="frow"><span class="flabel">severity</span>{buttons}</div>'
        f'<div class="frow"><span class="flabel">category</span>{cat_buttons}</div>'
        + (
            '<div class="frow"><button type="button" id="only-diff" aria-pressed="false">'
            "hide equal paragraphs</button></div>"
            if rows
            else ""
        )
        + f'<p class="shown" aria-live="polite">{len(items)} of {len(items)} findings shown</p>'
        '<p class="keys">Keys: <kbd>j</kbd>/<kbd>n</kbd> next, <kbd>k</kbd>/<kbd>p</kbd> '
        "previous finding</p></div>"
        f'<ol id="finding-list">{listing}</ol></nav>'
    )


# --- the page ---------------------------------------------------------------------------


def _header(title: str, counts: str, sources: list[tuple[str, str, str]]) -> str:
    lines = "".join(
        f'<li><b>{esc(label)}</b> <code>{esc(path)}</code> <span class="dim">({esc(note)})</span>'
        "</li>"
        for label, path, note in sources
    )
    return (
        f"<header><h1>{esc(title)}</h1>"
        f'<p class="counts">{esc(counts)}</p>'
        + (f'<ul class="sources">{lines}</ul>' if lines else "")
        + f'<p class="dim">versiecheck {esc(__version__)}</p></header>'
    )


def _page(title: str, header: str, panel: str, body: str) -> str:
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="referrer" content="no-referrer">'
        f"<title>{esc(title)}</title><style>{CSS}</style></head>\n"
        f'<body>{header}<div class="layout">{panel}{body}</div>'
        f"<script>{SCRIPT}</script></body></html>\n"
    )
