// pilot-zone-kg page script: legend + type/province/batch filters, search, side panel.
// Runs after pyvis's drawGraph() has set the globals `network`, `nodes`, `edges`.
// Untrusted text only ever goes through textContent / attributes, never innerHTML.
(function () {
  "use strict";
  var status = document.getElementById("kg-status");
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  var info = DATA.nodes;
  var ids = Object.keys(info).sort();
  var panel = document.getElementById("kg-panel");
  var state = { kinds: {}, province: "", batch: "" };
  var hidden = {};

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }
  function labelOf(id) { return info[id] ? (info[id].l || id) : id.replace(/\/$/, "").split("/").pop(); }

  // tooltips: plain strings (vis renders them with innerText)
  nodes.update(ids.map(function (id) { return { id: id, title: info[id].tip }; }));

  // adjacency from the drawn edges
  var out = {}, inc = {};
  edges.get().forEach(function (e) {
    (out[e.from] = out[e.from] || []).push(e);
    (inc[e.to] = inc[e.to] || []).push(e);
  });

  // ---- filters
  function neighbours(id) {
    var found = [];
    (out[id] || []).forEach(function (e) { found.push(e.to); });
    (inc[id] || []).forEach(function (e) { found.push(e.from); });
    return found;
  }
  function visibleSet() {
    var scope = null;
    if (state.province || state.batch) {
      scope = {};
      ids.forEach(function (id) {
        var n = info[id];
        if ((!state.province || n.p === state.province) && (!state.batch || n.b === state.batch)) {
          scope[id] = true;
          neighbours(id).forEach(function (m) { scope[m] = true; });
        }
      });
    }
    var vis = {};
    ids.forEach(function (id) {
      if (state.kinds[info[id].k] !== false && (scope === null || scope[id])) { vis[id] = true; }
    });
    return vis;
  }
  function applyFilters() {
    var vis = visibleSet(), changes = [], shown = 0;
    ids.forEach(function (id) {
      var hide = !vis[id];
      if (!hide) { shown += 1; }
      if (!!hidden[id] !== hide) { hidden[id] = hide; changes.push({ id: id, hidden: hide }); }
    });
    if (changes.length) { nodes.update(changes); }
    document.getElementById("kg-count").textContent = shown + " / " + ids.length + " 节点 nodes";
  }

  function fillSelect(select, pairs) {
    pairs.forEach(function (pair) {
      var o = el("option", pair[1]);
      o.value = pair[0];
      select.appendChild(o);
    });
    select.addEventListener("change", function () {
      state[select.id === "kg-province" ? "province" : "batch"] = select.value;
      applyFilters();
    });
  }
  fillSelect(document.getElementById("kg-province"), DATA.provinces);
  fillSelect(document.getElementById("kg-batch"), DATA.batches);

  var legend = document.getElementById("kg-legend");
  DATA.kinds.forEach(function (k) {
    var lab = el("label"), box = el("input"), glyph = el("span", k.glyph, "kg-glyph");
    box.type = "checkbox"; box.checked = true; box.value = k.name;
    box.addEventListener("change", function () { state.kinds[k.name] = box.checked; applyFilters(); });
    glyph.style.color = k.color;
    lab.title = k.en;
    lab.appendChild(box); lab.appendChild(glyph);
    lab.appendChild(document.createTextNode(" " + k.zh + " " + k.count));
    legend.appendChild(lab);
  });
  document.getElementById("kg-title").textContent = DATA.title;
  // the legend may wrap: move the graph and panel below the real bar height
  document.documentElement.style.setProperty("--bar", document.getElementById("kg-bar").offsetHeight + "px");

  document.getElementById("kg-reset").addEventListener("click", function () {
    state = { kinds: {}, province: "", batch: "" };
    legend.querySelectorAll("input").forEach(function (b) { b.checked = true; });
    document.getElementById("kg-province").value = "";
    document.getElementById("kg-batch").value = "";
    applyFilters();
    network.unselectAll();
    network.fit({ animation: false });
  });

  // ---- search
  var search = document.getElementById("kg-search"), results = document.getElementById("kg-results");
  function matches(q) {
    q = q.trim().toLowerCase();
    if (!q) { return []; }
    return ids.filter(function (id) {
      var n = info[id];
      return [n.l, n.zh, n.en].concat(n.alt).some(function (s) { return s && s.toLowerCase().indexOf(q) >= 0; });
    }).slice(0, 20);
  }
  search.addEventListener("input", function () {
    results.replaceChildren();
    matches(search.value).forEach(function (id) {
      var li = el("li", labelOf(id) + (info[id].en ? "  ·  " + info[id].en : ""));
      li.addEventListener("click", function () { results.hidden = true; selectNode(id); });
      results.appendChild(li);
    });
    results.hidden = !results.childNodes.length;
  });
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      var found = matches(search.value);
      if (found.length) { results.hidden = true; selectNode(found[0]); }
    } else if (ev.key === "Escape") { results.hidden = true; }
  });

  // ---- panel
  function nodeLink(id) {
    if (!info[id]) { return el("span", labelOf(id)); }
    var b = el("button", labelOf(id), "kg-link");
    b.type = "button";
    b.addEventListener("click", function () { selectNode(id); });
    return b;
  }
  function articleLink(iri) {
    var a = DATA.articles[iri], span = el("span");
    if (!a) { span.appendChild(nodeLink(iri)); return span; }
    if (a.u) {
      var link = el("a", a.h || a.f);
      link.setAttribute("href", a.u);
      link.setAttribute("target", "_blank");
      link.setAttribute("rel", "noopener");
      span.appendChild(link);
    } else if (info[iri]) {
      var b = el("button", a.h || a.f, "kg-link");
      b.type = "button";
      b.addEventListener("click", function () { selectNode(iri); });
      span.appendChild(b);
    } else {
      span.appendChild(el("span", a.h || a.f));
    }
    span.appendChild(el("span", "  " + (a.d || "").slice(0, 10) + (a.f ? "  " + a.f : ""), "kg-meta"));
    return span;
  }
  function showPanel(id) {
    var n = info[id];
    panel.replaceChildren();
    if (!n) { return; }
    panel.appendChild(el("h2", n.zh || n.l));
    if (n.en) { panel.appendChild(el("div", n.en, "kg-en")); }
    var kind = DATA.kinds.filter(function (k) { return k.name === n.k; })[0];
    panel.appendChild(el("div", kind ? kind.zh + " / " + kind.en : n.k, "kg-meta"));
    panel.appendChild(el("code", id));
    if (n.alt.length) { panel.appendChild(el("div", "别名 aliases: " + n.alt.join("、"), "kg-meta")); }
    if (n.f.length) {
      panel.appendChild(el("h3", "事实 Facts"));
      var table = el("table");
      n.f.forEach(function (pair) {
        var tr = el("tr");
        tr.appendChild(el("td", pair[0])); tr.appendChild(el("td", pair[1]));
        table.appendChild(tr);
      });
      panel.appendChild(table);
    }
    var rels = (out[id] || []).map(function (e) { return [e.label + " →", e.to]; })
      .concat((inc[id] || []).map(function (e) { return ["← " + e.label, e.from]; }));
    if (rels.length) {
      panel.appendChild(el("h3", "关系 Relations (" + rels.length + ")"));
      var list = el("ul");
      rels.slice(0, 60).forEach(function (r) {
        var li = el("li", r[0] + " ");
        li.appendChild(nodeLink(r[1]));
        list.appendChild(li);
      });
      panel.appendChild(list);
    }
    if (n.ev.length) {
      panel.appendChild(el("h3", "证据 Evidence (" + n.ev.length + ")"));
      n.ev.forEach(function (ev) {
        panel.appendChild(el("blockquote", ev.s));
        var meta = el("div", "", "kg-meta");
        if (ev.p) {
          meta.appendChild(document.createTextNode(labelOf(ev.b) + " " + (DATA.relations[ev.p] || ev.p) + " " + labelOf(ev.o) + " · "));
        }
        meta.appendChild(document.createTextNode(ev.r + " · "));
        if (ev.a) { meta.appendChild(articleLink(ev.a)); }
        panel.appendChild(meta);
      });
    }
    if (DATA.articles[id]) {
      panel.appendChild(el("h3", "来源 Source"));
      panel.appendChild(articleLink(id));
    }
    status.dataset.selected = id;
  }
  function selectNode(id, keepView) {
    if (hidden[id]) { hidden[id] = false; nodes.update([{ id: id, hidden: false }]); }
    network.selectNodes([id]);
    if (!keepView) { network.focus(id, { scale: Math.max(network.getScale(), 0.8), animation: false }); }
    showPanel(id);
  }
  network.on("click", function (params) { if (params.nodes.length) { showPanel(params.nodes[0]); } });

  // ---- status for tests and deep links (#node=<IRI>)
  applyFilters();
  status.dataset.state = "created";
  status.dataset.nodes = String(nodes.length);
  status.dataset.edges = String(edges.length);
  var hash = decodeURIComponent(location.hash.slice(1));
  if (hash.indexOf("node=") === 0 && info[hash.slice(5)]) { selectNode(hash.slice(5), true); }
  network.once("afterDrawing", function () {
    status.dataset.tti = String(Math.round(performance.now()));
    status.dataset.state = "ready";
  });
  window.addEventListener("load", function () {
    setTimeout(function () {
      var external = performance.getEntriesByType("resource").map(function (r) { return r.name; })
        .filter(function (u) { return !/^(data|blob|about):/.test(u); });
      status.dataset.resources = JSON.stringify(external);
      status.dataset.errors = JSON.stringify(window.__kgErrors || []);
      status.dataset.alerts = JSON.stringify(window.__kgAlerts || []);
      status.dataset.done = "1";
    }, 0);
  });
})();
