#include "tariffs/reports/html/stylesheet.hpp"

namespace tariffs::html {

const char* const stylesheet = R"css(
:root { --ink:#1f2933; --muted:#5f6b7a; --line:#dde3ea; --soft:#f3f5f8; --head:#e9eef4; --accent:#2f4b7c;
  --staff:#4e79a7; --client:#59a14f; --overhead:#f28e2b; --risk:#b07aa1; --tariff:#2f4b7c; --over:#c62828; }
* { box-sizing: border-box; }
html { background: var(--soft); }
body { margin: 0; color: var(--ink); font: 15px/1.5 "Segoe UI", system-ui, -apple-system, "DejaVu Sans", Arial, sans-serif; }
main { max-width: 1100px; margin: 0 auto; padding: 24px 28px 56px; background: #fff; min-height: 100vh;
  box-shadow: 0 0 0 1px var(--line); }
h1 { font-size: 26px; line-height: 1.25; margin: 0 0 4px; color: var(--accent); }
h2 { font-size: 20px; margin: 32px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--accent); color: var(--accent); }
h3 { font-size: 17px; margin: 0 0 2px; }
h4 { font-size: 14px; margin: 14px 0 6px; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
p { margin: 6px 0 10px; }
a { color: var(--accent); }
code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: .88em; }
.meta { color: var(--muted); margin: 0 0 12px; }
.meta span + span::before { content: " · "; }
.lead { max-width: 860px; }
.note { color: var(--muted); font-size: 13px; }
.scenario { border-left: 4px solid var(--accent); padding: 4px 14px; margin: 8px 0 12px; background: var(--soft); }
.scenario ul { margin: 4px 0 6px; padding-left: 20px; }
.warnings { border-left: 4px solid #b45309; padding: 4px 14px; margin: 8px 0 12px; background: #fff7ed; }
.warnings ul { margin: 4px 0 6px; padding-left: 20px; }
nav.toc { margin: 10px 0 0; padding: 10px 14px; background: var(--soft); border-radius: 6px; font-size: 14px; }
nav.toc a { margin-right: 14px; white-space: nowrap; }
table { border-collapse: collapse; width: 100%; font-size: 13.5px; margin: 6px 0 8px; }
th, td { padding: 4px 8px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
thead th { background: var(--head); font-weight: 600; vertical-align: bottom; }
th.num, td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tbody tr:nth-child(even) td { background: #fafbfc; }
tr.over td, td.over, .over { color: var(--over); }
tr.over td { font-weight: 600; }
tfoot td { border-top: 2px solid var(--ink); border-bottom: none; }
td.code { white-space: nowrap; font-weight: 600; }
table.assumptions td.code, table.assumptions code { white-space: normal; overflow-wrap: anywhere; }
.sub { display: block; color: var(--muted); font-size: 12px; }
.sheet { font-size: 13px; }
.sheet th, .sheet td { padding: 4px 5px; }
.sheet td { white-space: nowrap; }
.sheet th, .sheet th.num { white-space: normal; hyphens: auto; }
.sheet td.name { white-space: normal; min-width: 150px; }
div.chart { margin-top: 30px; }
div.chart h3 { margin-bottom: 6px; }
section.product { margin: 26px 0 0; padding: 18px 0 0; border-top: 1px solid var(--line); break-inside: avoid; }
h2 + section.product { border-top: none; margin-top: 0; padding-top: 4px; }
.product .headline { display: flex; justify-content: space-between; align-items: baseline; gap: 16px; flex-wrap: wrap; }
.product .price { font-size: 22px; font-weight: 700; color: var(--tariff); white-space: nowrap; }
.product .price small { font-size: 14px; font-weight: 400; color: var(--muted); }
.buildup { display: flex; gap: 28px; align-items: flex-start; flex-wrap: wrap; margin-top: 8px; }
.buildup svg { flex: 0 0 auto; }
.buildup table { flex: 1 1 320px; width: auto; min-width: 320px; }
.buildup td .key { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 6px; }
.buildup tr.total td { font-weight: 700; border-top: 2px solid var(--ink); }
svg { max-width: 100%; height: auto; overflow: visible; }
svg text { font-family: inherit; font-size: 12px; fill: var(--ink); }
svg .axis text { fill: var(--muted); font-size: 11px; }
svg .grid { stroke: #e6eaef; stroke-width: 1; }
svg .base { stroke: #9aa5b1; stroke-width: 1; }
svg .link { stroke: #9aa5b1; stroke-width: 1; stroke-dasharray: 3 3; }
svg .frame { fill: none; stroke: var(--ink); stroke-width: 2; }
svg text.over, svg text.over tspan { fill: var(--over); font-weight: 700; }
svg rect.over { stroke: var(--over); stroke-width: 2; }
svg text.value { font-weight: 600; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 16px; font-size: 13px; margin: 4px 0 2px; }
.legend span::before { content: ""; display: inline-block; width: 11px; height: 11px; border-radius: 2px;
  margin-right: 6px; vertical-align: -1px; background: var(--c); }
.legend span.line::before { height: 3px; vertical-align: 3px; border-radius: 0; }
details.derivation { margin: 12px 0 0; border: 1px solid var(--line); border-radius: 6px; background: #fcfcfd; }
details.derivation > summary { padding: 7px 12px; cursor: pointer; font-weight: 600; color: var(--accent); }
details.derivation[open] > summary { border-bottom: 1px solid var(--line); }
.elements { padding: 6px 12px 10px; }
.element { margin: 8px 0 0; }
.element > summary, .element > .title { font-weight: 600; cursor: pointer; }
.tree { font-size: 13px; line-height: 1.45; }
.tree details, .tree .leaf { margin-left: 18px; }
.tree > details, .tree > .leaf { margin-left: 0; }
.tree summary { cursor: pointer; }
.tree .leaf { padding-left: 14px; }
.dn { font-weight: 600; }
.dv { font-variant-numeric: tabular-nums; }
.df { color: #334e68; }
.dw { color: var(--muted); font-size: 12px; }
.dw::before { content: "["; } .dw::after { content: "]"; }
.ref { color: var(--muted); font-style: italic; }
ul.ptree, ul.ptree ul { list-style: none; margin: 0; padding-left: 14px; }
ul.ptree { padding-left: 0; }
.print-only { display: none; }
footer { margin-top: 40px; padding-top: 10px; border-top: 1px solid var(--line); color: var(--muted); font-size: 13px; }
@media print {
  @page { size: A4; margin: 16mm 14mm 18mm; }
  html, body, main { background: #fff; }
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; box-shadow: none; min-height: 0; }
  h1 { font-size: 18pt; } h2 { font-size: 14pt; break-after: avoid; } h3 { font-size: 12pt; }
  table { font-size: 8.5pt; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  nav.toc, .screen-only, details.derivation { display: none; }
  .print-only { display: block; }
  section.product { break-before: page; border-top: none; padding-top: 0; }
  section#price-sheet { break-before: page; break-after: page; }
  table.assumptions { font-size: 7.5pt; }
  .product .headline, .buildup, .chart, .element-print { break-inside: avoid; }
  .buildup { display: block; }
  .buildup svg { display: block; width: 560px; margin: 0 auto 6px; }
  .buildup table { width: 100%; min-width: 0; }
  .sheet { font-size: 7.5pt; }
  .sheet th, .sheet td { padding: 2px 3px; }
  .sheet td.name { min-width: 0; }
  div.chart svg { width: 100%; }
  .tree, ul.ptree { font-size: 7.5pt; }
  .dw { font-size: inherit; }
  .element-print { margin: 6px 0 0; }
  a { color: inherit; text-decoration: none; }
  tbody tr:nth-child(even) td { background: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)css";

}  // namespace tariffs::html
