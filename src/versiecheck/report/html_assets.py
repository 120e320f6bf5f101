"""The style sheet, script and content policy inlined into every HTML report.

Kept apart from :mod:`.html` so the page builder reads as Python. Nothing here may load
anything: no fonts, images, or scripts from elsewhere (the policy forbids it anyway).
"""

from __future__ import annotations

#: Everything inline, nothing fetched: no request can leave the page.
CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
    "img-src data:; base-uri 'none'; form-action 'none'"
)

CSS = """
:root{--fg:#1b1f24;--dim:#59636e;--line:#d1d9e0;--bg:#fff;--soft:#f6f8fa;
--err:#b3261e;--warn:#8a5a00;--info:#0b5cad;--del:#ffd7d5;--ins:#c9f2d0;--cur:#fff3bf}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);
background:var(--bg)}
header{padding:.8rem 1.2rem;border-bottom:1px solid var(--line);background:var(--soft)}
h1{font-size:1.15rem;margin:0 0 .2rem;overflow-wrap:anywhere}
.counts{font-weight:600;margin:.1rem 0}.dim{color:var(--dim)}
.sources{list-style:none;margin:.2rem 0;padding:0}
code{font:13px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;overflow-wrap:anywhere}
.layout{display:grid;grid-template-columns:minmax(18rem,25rem) 1fr;align-items:start}
nav#findings{position:sticky;top:0;max-height:100vh;overflow:auto;
border-right:1px solid var(--line);padding:.6rem .8rem}
.filters{border-bottom:1px solid var(--line);padding-bottom:.4rem;margin-bottom:.4rem}
.frow{display:flex;flex-wrap:wrap;gap:.3rem;align-items:center;margin:.25rem 0}
.flabel{color:var(--dim);font-size:.8rem;width:4.6rem}
button{font:inherit;font-size:.8rem;border:1px solid var(--line);border-radius:1rem;
padding:.1rem .6rem;background:var(--bg);cursor:pointer}
button[aria-pressed=true]{background:#dbe9ff;border-color:#7aa7e6}
button[aria-pressed=false]{text-decoration:line-through;color:var(--dim)}
#only-diff[aria-pressed=false]{text-decoration:none}
button:focus-visible,a:focus-visible{outline:3px solid #1f6feb;outline-offset:1px}
.n{font-weight:600}.shown,.keys{font-size:.8rem;color:var(--dim);margin:.2rem 0}
kbd{border:1px solid var(--line);border-radius:3px;padding:0 .25rem;font-size:.75rem}
#finding-list{list-style:none;margin:0;padding:0}
li.finding{border-bottom:1px solid var(--line)}
li.finding.current{background:var(--cur)}
a.flink{display:block;padding:.4rem .3rem;color:inherit;text-decoration:none}
a.flink:hover{background:var(--soft)}
.badge{display:inline-block;font-size:.7rem;font-weight:700;text-transform:uppercase;color:#fff;
border-radius:3px;padding:0 .35rem}
.badge.sev-error{background:var(--err)}.badge.sev-warning{background:var(--warn)}
.badge.sev-info{background:var(--info)}
.cat{font-size:.75rem;color:var(--dim)}
.pairname{display:block;font-size:.75rem;color:var(--dim)}
.msg{display:block;margin:.15rem 0}
.place{display:block;font-size:.8rem;color:var(--dim);overflow-wrap:anywhere}
.place q{color:var(--fg)}
main{padding:.6rem 1rem;min-width:0}
.colhead{display:grid;grid-template-columns:1fr 1fr;gap:1rem;font-weight:600;position:sticky;top:0;
background:var(--bg);border-bottom:2px solid var(--line);padding:.3rem 0;z-index:1}
.colhead span{overflow-wrap:anywhere}
.row{display:grid;grid-template-columns:1fr 1fr;column-gap:1rem;border-bottom:1px solid var(--line);
padding:.4rem 0;scroll-margin-top:3rem}
.row .kind{grid-column:1/-1;font-size:.7rem;color:var(--dim);text-transform:uppercase;
letter-spacing:.04em}
.row.current,.row:target,.fn:target{background:var(--cur)}
.k-only-a .side-a,.k-only-b .side-b{background:#fff8f0}
.k-change .kind,.k-merge .kind{color:#8a5a00}
.side{min-width:0}
.side .meta{font-size:.75rem;color:var(--dim)}
.text{white-space:pre-wrap;overflow-wrap:anywhere}
.absent{color:var(--dim);font-style:italic;margin:0}
del,ins{text-decoration:none;border-radius:2px}
del{background:var(--del)}ins{background:var(--ins)}
del.chg-punct,ins.chg-punct,del.chg-case,ins.chg-case{background:none;outline:1px dashed #b58900}
sup.fnref a{font-weight:700;color:var(--info)}
.spot{scroll-margin:4rem}
.spot.current::before,.spot:target::before{content:"";display:inline-block;width:3px;
height:1.2em;margin:0 1px;background:var(--err);vertical-align:text-bottom}
.notes{font-size:.85rem;border-left:3px solid var(--line);padding-left:.5rem;margin-top:.3rem}
.fn{margin:.2rem 0}.fn.missing{color:var(--err);font-style:italic}
.fnnum{font-weight:700;margin-right:.35rem}.ln{color:var(--dim);font-size:.75rem}
body.only-diff .row.k-match{display:none}
table.pairs{border-collapse:collapse;width:100%}
table.pairs th,table.pairs td{border-bottom:1px solid var(--line);text-align:left;
padding:.25rem .4rem}
.st-failed,.st-error,.pair-error{color:var(--err)}.st-passed{color:#116329}
@media (min-width:1500px){.side{display:grid;grid-template-columns:1fr 13rem;column-gap:.6rem;
align-content:start}.side .meta{grid-column:1/-1}.side .notes{margin-top:0}}
@media (max-width:900px){.layout{display:block}nav#findings{position:static;max-height:none;
border-right:none}}
@media print{
body{font-size:10pt}header{background:none}
.filters,.keys,.colhead{position:static}
.filters{display:none}
.layout{display:flex;flex-direction:column}
main{order:1;padding:0}nav#findings{order:2;position:static;max-height:none;overflow:visible;
border:none;break-before:page}
.row{break-inside:avoid}.k-only-a .side-a,.k-only-b .side-b{background:none}
del{background:none;text-decoration:line-through}ins{background:none;text-decoration:underline}
.badge{color:#000;border:1px solid #000;background:none!important}
a{color:inherit;text-decoration:none}li.finding.current,.row.current{background:none}
}
"""

SCRIPT = """
(function () {
  "use strict";
  var items = Array.prototype.slice.call(document.querySelectorAll("#finding-list li.finding"));
  var shown = document.querySelector("#findings .shown");
  var buttons = document.querySelectorAll("button.filter");
  var current = null;
  function apply() {
    var off = {severity: {}, category: {}};
    buttons.forEach(function (b) {
      if (b.getAttribute("aria-pressed") === "false") {
        off[b.dataset.filter][b.dataset.value] = 1;
      }
    });
    var n = 0;
    items.forEach(function (li) {
      var hide = !!(off.severity[li.dataset.severity] || off.category[li.dataset.category]);
      li.hidden = hide;
      if (!hide) { n += 1; }
    });
    if (shown) { shown.textContent = n + " of " + items.length + " findings shown"; }
  }
  buttons.forEach(function (b) {
    b.addEventListener("click", function () {
      b.setAttribute("aria-pressed", b.getAttribute("aria-pressed") === "true" ? "false" : "true");
      apply();
    });
  });
  var only = document.getElementById("only-diff");
  if (only) {
    only.addEventListener("click", function () {
      var on = only.getAttribute("aria-pressed") !== "true";
      only.setAttribute("aria-pressed", on ? "true" : "false");
      document.body.classList.toggle("only-diff", on);
    });
  }
  function select(li) {
    document.querySelectorAll(".current").forEach(function (e) { e.classList.remove("current"); });
    current = li;
    li.classList.add("current");
    var a = li.querySelector("a");
    var id = decodeURIComponent((a.getAttribute("href") || "").slice(1));
    var target = id ? document.getElementById(id) : null;
    if (target) {
      target.classList.add("current");
      var row = target.closest ? target.closest(".row") : null;
      if (row && row !== target) { row.classList.add("current"); }
      target.scrollIntoView({block: "center"});
    }
    a.focus({preventScroll: false});
  }
  function go(step) {
    var visible = items.filter(function (li) { return !li.hidden; });
    if (!visible.length) { return; }
    var active = document.activeElement && document.activeElement.closest
      ? document.activeElement.closest("li.finding") : null;
    var at = visible.indexOf(active || current);
    var next = at < 0 ? (step > 0 ? 0 : visible.length - 1)
      : Math.max(0, Math.min(visible.length - 1, at + step));
    select(visible[next]);
  }
  items.forEach(function (li) {
    li.querySelector("a").addEventListener("click", function () { select(li); });
  });
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) { return; }
    var tag = e.target && e.target.tagName;
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT") { return; }
    if (e.key === "j" || e.key === "n") { go(1); e.preventDefault(); }
    else if (e.key === "k" || e.key === "p") { go(-1); e.preventDefault(); }
  });
  apply();
})();
"""
