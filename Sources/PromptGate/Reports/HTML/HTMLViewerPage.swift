/// The viewer's fixed page: styles and script inline, no external resource. The script builds
/// every element from the embedded data with `textContent`, never with HTML strings, so the
/// data cannot inject markup.
enum HTMLViewerPage {
    /// The page with its three slots filled (each already escaped by the caller). The slots are
    /// joined, not searched for, so data can never be mistaken for a slot.
    static func page(title: String, head: String, data: String) -> String {
        beforeTitle + title + beforeHead + head + beforeData + data + afterData
    }

    static let beforeTitle = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
        <title>
        """

    static let beforeHead = """
        </title>
        <style>
        body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5em; color: #1b1f24; }
        h1 { font-size: 1.4em; margin: 0 0 .3em; }
        .verdict { display: inline-block; font-weight: 700; padding: .2em .7em; border-radius: 4px; background: #eee; }
        .verdict.pass { background: #d7f5dd; } .verdict.fail { background: #ffd8d3; } .verdict.warn, .verdict.inconclusive { background: #fff0c2; }
        .rules { margin: .5em 0; padding-left: 1.2em; } .rules .fail { color: #b42318; } .rules .warn { color: #8a6100; }
        table { border-collapse: collapse; } td, th { padding: .25em .6em; text-align: left; vertical-align: top; }
        .summary { margin: .8em 0; } .summary th { font-weight: 500; color: #555; } .summary td { font-variant-numeric: tabular-nums; }
        svg.trend { display: block; margin: .5em 0 1em; } svg.trend .grid { stroke: #ddd; } svg.trend .line { fill: none; stroke: #2f6feb; stroke-width: 2; }
        svg.trend circle { fill: #2f6feb; } svg.trend text { font-size: 11px; fill: #555; }
        #controls { display: flex; flex-wrap: wrap; gap: .6em; align-items: center; margin: 1em 0 .5em; }
        #cases { width: 100%; border-top: 1px solid #ddd; } #cases tr.row { cursor: pointer; border-bottom: 1px solid #eee; } #cases tr.row:hover { background: #f6f8fa; }
        .regression { color: #b42318; font-weight: 600; } .fix { color: #067647; font-weight: 600; } .flaky, .error { color: #8a6100; }
        .state-fail { color: #b42318; } .state-pass { color: #067647; }
        .tag { display: inline-block; background: #eef; border-radius: 3px; padding: 0 .35em; margin-right: .25em; font-size: .85em; }
        .detail td { background: #fafbfc; } .panes { display: grid; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); gap: .8em; }
        .pane h3 { font-size: .95em; margin: .4em 0; } pre { white-space: pre-wrap; word-break: break-word; background: #fff; border: 1px solid #e3e6ea; padding: .5em; margin: 0; max-height: 28em; overflow: auto; }
        ins { background: #ccf2d4; text-decoration: none; } del { background: #ffd8d3; text-decoration: none; }
        .findings { margin: .3em 0; padding-left: 1.2em; } #more { margin: .6em 0; }
        </style></head><body>

        """

    static let beforeData = """

        <div id="controls">
          <label>show <select id="show"><option value="all">all cases</option><option value="regression">regressions</option><option value="fix">fixes</option><option value="failing">failing</option><option value="flaky">flaky</option><option value="error">provider errors</option></select></label>
          <label>tag <select id="tag"><option value="">any</option></select></label>
          <label>field <select id="field"><option value="">any</option></select></label>
          <label>scorer <select id="scorer"><option value="">any</option></select></label>
          <label>search <input id="search" type="search" placeholder="id, input or reply"></label>
          <span id="count" data-shown="0"></span>
        </div>
        <table id="cases"><thead><tr id="header"></tr></thead><tbody id="rows"></tbody></table>
        <button id="more" hidden>show more</button>
        <script id="data" type="application/json">
        """

    static let afterData = #"""
        </script>
        <script>
        "use strict";
        (function () {
          const started = performance.now();
          const data = JSON.parse(document.getElementById("data").textContent);
          const diff = data.kind === "diff";
          const pageSize = 200;
          const $ = (id) => document.getElementById(id);
          function el(tag, text, cls) { const e = document.createElement(tag); if (text !== undefined && text !== null) e.textContent = String(text); if (cls) e.className = cls; return e; }
          function fill(select, values) { for (const v of values) { const o = el("option", v); o.value = v; select.appendChild(o); } }
          fill($("tag"), data.tags); fill($("field"), data.fields); fill($("scorer"), data.scorers);
          if (!diff) { for (const o of Array.from($("show").options)) if (o.value === "regression" || o.value === "fix") o.remove(); }
          for (const h of diff ? ["case", "change", "tags", "baseline", "candidate", "latency"] : ["case", "state", "tags", "score", "attempts", "latency"]) $("header").appendChild(el("th", h));
          const cases = data.cases;
          const haystacks = cases.map((c) => {
            const parts = [c.id];
            if (c.vars) for (const k in c.vars) parts.push(typeof c.vars[k] === "string" ? c.vars[k] : JSON.stringify(c.vars[k]));
            for (const side of [c.base, c.cand]) if (side) for (const r of side.repeats) parts.push(r.output);
            return parts.join("\n").toLowerCase();
          });
          const state = (c) => (c.cand ? c.cand.state : "removed");
          function matches(c, i, f) {
            if (f.show === "regression" || f.show === "fix") { if (c.transition !== f.show) return false; }
            else if (f.show === "failing") { if (state(c) !== "fail" && state(c) !== "error") return false; }
            else if (f.show === "flaky") { if (state(c) !== "flaky") return false; }
            else if (f.show === "error") { if (state(c) !== "error") return false; }
            if (f.tag && !c.tags.includes(f.tag)) return false;
            if (f.field && !c.failedFields.includes(f.field)) return false;
            if (f.scorer && !c.failedScorers.includes(f.scorer)) return false;
            if (f.search && !haystacks[i].includes(f.search)) return false;
            return true;
          }
          function filters() { return { show: $("show").value, tag: $("tag").value, field: $("field").value, scorer: $("scorer").value, search: $("search").value.trim().toLowerCase() }; }
          let shown = [], rendered = 0;
          function latency(side) { return side ? Math.round(side.repeats.reduce((a, r) => a + r.latency_ms, 0) / side.repeats.length) + " ms" : ""; }
          function sideText(side) { return side ? side.state + " " + side.score.toFixed(2) : "—"; }
          function rowFor(c) {
            const tr = el("tr", undefined, "row"); tr.dataset.id = c.id;
            tr.appendChild(el("td", c.id));
            tr.appendChild(diff ? el("td", c.transition, c.transition) : el("td", state(c), "state-" + state(c)));
            const tags = el("td"); for (const t of c.tags) tags.appendChild(el("span", t, "tag")); tr.appendChild(tags);
            if (diff) { tr.appendChild(el("td", sideText(c.base), c.base ? "state-" + c.base.state : "")); tr.appendChild(el("td", sideText(c.cand), c.cand ? "state-" + c.cand.state : "")); }
            else { tr.appendChild(el("td", c.cand ? c.cand.score.toFixed(2) : "")); tr.appendChild(el("td", c.cand ? c.cand.repeats.map((r) => r.attempts).join(", ") : "")); }
            tr.appendChild(el("td", latency(c.cand)));
            tr.addEventListener("click", () => toggle(tr, c));
            return tr;
          }
          function renderMore() {
            const body = $("rows"), end = Math.min(shown.length, rendered + pageSize), frag = document.createDocumentFragment();
            for (let k = rendered; k < end; k++) frag.appendChild(rowFor(cases[shown[k]]));
            body.appendChild(frag); rendered = end;
            $("more").hidden = rendered >= shown.length;
            $("more").textContent = "show more (" + (shown.length - rendered) + " left)";
          }
          function apply() {
            const t0 = performance.now(), f = filters();
            shown = []; for (let i = 0; i < cases.length; i++) if (matches(cases[i], i, f)) shown.push(i);
            $("rows").replaceChildren(); rendered = 0; renderMore();
            $("count").textContent = shown.length + " of " + cases.length + " cases";
            $("count").dataset.shown = String(shown.length);
            $("count").dataset.applyMs = String(Math.round(performance.now() - t0));
            const params = new URLSearchParams(); for (const k in f) if (f[k] && !(k === "show" && f[k] === "all")) params.set(k, f[k]);
            const hash = params.toString(); if (location.hash.slice(1) !== hash) history.replaceState(null, "", hash ? "#" + hash : location.pathname + location.search);
          }
          function lineDiff(a, b) {
            const x = a.split("\n"), y = b.split("\n");
            if (x.length * y.length > 250000) return null;
            const n = x.length, m = y.length, t = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
            for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) t[i][j] = x[i] === y[j] ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
            const out = []; let i = 0, j = 0;
            while (i < n || j < m) {
              if (i < n && j < m && x[i] === y[j]) { out.push(["", x[i]]); i++; j++; }
              else if (j < m && (i >= n || t[i][j + 1] >= t[i + 1][j])) { out.push(["ins", y[j]]); j++; }
              else { out.push(["del", x[i]]); i++; }
            }
            return out;
          }
          function outputPane(title, side, other, isBaseline) {
            const pane = el("div", undefined, "pane"); pane.appendChild(el("h3", title));
            if (!side) { pane.appendChild(el("p", "not run")); return pane; }
            side.repeats.forEach((r, k) => {
              pane.appendChild(el("p", (side.repeats.length > 1 ? "repeat " + k + ": " : "") + r.verdict + " · score " + r.score.toFixed(2) + " · " + r.attempts + " attempt" + (r.attempts === 1 ? "" : "s") + " · " + Math.round(r.latency_ms) + " ms" + (r.first_token_ms == null ? "" : " · first token " + Math.round(r.first_token_ms) + " ms")));
              const otherText = other ? other.repeats[Math.min(k, other.repeats.length - 1)].output : null;
              const ops = otherText === null ? null : isBaseline ? lineDiff(r.output, otherText) : lineDiff(otherText, r.output);
              const pre = el("pre"), hidden = isBaseline ? "ins" : "del";
              if (ops) { for (const [op, line] of ops) { if (op === hidden) continue; pre.appendChild(op ? el(op, line + "\n") : document.createTextNode(line + "\n")); } }
              else pre.textContent = r.output;
              pane.appendChild(pre);
              const findings = el("ul", undefined, "findings");
              for (const s of r.scores) if (s.status === "fail") findings.appendChild(el("li", s.scorer + ": " + s.reasons.join("; ")));
              if (findings.children.length) pane.appendChild(findings);
            });
            return pane;
          }
          function toggle(tr, c) {
            const next = tr.nextSibling;
            if (next && next.classList && next.classList.contains("detail")) { next.remove(); return; }
            const detail = el("tr", undefined, "detail"), td = el("td"); td.colSpan = 6;
            const panes = el("div", undefined, "panes");
            const inputs = el("div", undefined, "pane"); inputs.appendChild(el("h3", "inputs"));
            const varsText = c.vars ? Object.keys(c.vars).sort().map((k) => k + ":\n" + (typeof c.vars[k] === "string" ? c.vars[k] : JSON.stringify(c.vars[k], null, 2))).join("\n\n") : "(the case is no longer in the test set)";
            inputs.appendChild(el("pre", varsText));
            inputs.appendChild(el("h3", "expected")); inputs.appendChild(el("pre", c.expected === null ? "—" : c.expected));
            panes.appendChild(inputs);
            if (diff) panes.appendChild(outputPane("baseline (lines the candidate dropped in red)", c.base, c.cand, true));
            panes.appendChild(outputPane(diff ? "candidate (lines new since the baseline in green)" : "reply", c.cand, diff ? c.base : null, false));
            td.appendChild(panes); detail.appendChild(td); tr.after(detail);
          }
          function fromHash() {
            const p = new URLSearchParams(location.hash.slice(1));
            $("show").value = p.get("show") || "all"; $("tag").value = p.get("tag") || ""; $("field").value = p.get("field") || "";
            $("scorer").value = p.get("scorer") || ""; $("search").value = p.get("search") || "";
          }
          for (const id of ["show", "tag", "field", "scorer"]) $(id).addEventListener("change", apply);
          $("search").addEventListener("input", apply);
          $("more").addEventListener("click", renderMore);
          window.addEventListener("hashchange", () => { fromHash(); apply(); });
          const opened = new URLSearchParams(location.hash.slice(1)).get("open");
          fromHash(); apply();
          if (opened) { const tr = Array.from($("rows").children).find((r) => r.dataset.id === opened); if (tr) tr.click(); }
          // Time to interactive from navigation start (parsing the page and its data included), and
          // the script's own share: the browser test reports both.
          document.body.dataset.scriptMs = String(Math.round(performance.now() - started));
          document.body.dataset.readyMs = String(Math.round(performance.now()));
        })();
        </script>
        </body></html>

        """#
}
