// pilot-zone-kg overview: the map of places and zones, a date control, search, filters, a side panel.
// Needs vis-network (inlined before this script) and the JSON block #kg-data.
// Untrusted text only ever goes through textContent / attributes, never innerHTML.
(function () {
  "use strict";
  var status = document.getElementById("kg-status");
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  var info = DATA.nodes, BASE = DATA.base;
  var ids = Object.keys(info).sort();
  var drawnIds = ids.filter(function (id) { return !info[id].s && info[id].x !== undefined; });
  var panel = document.getElementById("kg-panel");
  var lang = "zh";
  var state = { kinds: {}, province: "", batch: "", date: "" };
  var selected = null;
  var kindInfo = {}, batchInfo = {};
  DATA.kinds.forEach(function (k) { kindInfo[k.name] = k; });
  DATA.batches.forEach(function (b) { batchInfo[b.id] = b; });
  var KIND_RANK = { province: 0, zone: 1, prefecture: 2, county: 3, "special-area": 3, org: 4, batch: 5, document: 6 };
  var KIND_NAMES = { zone: ["综试区", "pilot zone"], batch: ["批次", "batch"], document: ["政策文件", "policy document"],
    org: ["机构", "body"], province: ["省级", "province"], prefecture: ["地级", "prefecture"], county: ["县级", "county"],
    "special-area": ["特殊区域", "special area"], country: ["国家", "country"] };
  var TODAY = new Date().toISOString().slice(0, 10);

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }
  function tr(zh, en) { return lang === "en" && en ? en : zh; }
  function nameOf(id) {
    var n = info[id];
    if (!n) { return id.replace(/\/$/, "").split("/").pop(); }
    return lang === "en" ? (n.en || n.zh || n.l) : (n.zh || n.l || n.en);
  }
  function shortOf(id) {
    var n = info[id];
    return lang === "en" ? (n.le || n.en || n.l) : (n.l || n.zh || n.en);
  }
  function panelShort(id) {  // 杭州综试区, not 杭州 (the city has the same short name)
    var n = info[id];
    if (n && n.k === "zone" && n.l !== n.zh) { return tr(n.l + "综试区", (n.le || n.en) + " zone"); }
    return shortOf(id);
  }
  function kindName(k) { var pair = KIND_NAMES[k] || [k, k]; return tr(pair[0], pair[1]); }

  // ---- vis nodes and edges
  function batchColor(id) { var b = batchInfo[info[id].b]; return b ? b.color : "#e6550d"; }
  function style(id) {
    var n = info[id], k = n.k;
    if (k === "province") { return { shape: "dot", size: 5, color: "#1f77b4", font: { size: 64, color: "#1f4e79", strokeWidth: 6, strokeColor: "#ffffff" } }; }
    if (k === "zone") { return { shape: "star", size: 16, color: batchColor(id), font: { size: 24, color: "#222", strokeWidth: 4, strokeColor: "#ffffff" } }; }
    if (k === "batch") { return { shape: "hexagon", size: 20, color: batchColor(id), font: { size: 30 } }; }
    if (k === "document") { return { shape: "square", size: 10, color: "#8c564b", font: { size: 24 } }; }
    if (k === "org") { return { shape: "diamond", size: 8 + Math.min(14, Math.sqrt(n.n || 0) * 2), color: "#d62728", font: { size: 24 } }; }
    return { shape: "dot", size: 6, color: (kindInfo[k] || {}).color || "#9ecae1", font: { size: 18, color: "#555" } };
  }
  function visNode(id) {
    var n = info[id], s = style(id);
    var label = n.k === "batch" ? batchLabel(id) : shortOf(id);
    return { id: id, x: n.x, y: n.y, label: label, title: tooltip(id), shape: s.shape, size: s.size,
      color: { background: s.color, border: s.color }, font: s.font, baseColor: s.color };
  }
  function batchLabel(id) {
    var b = batchInfo[id];
    if (!b) { return shortOf(id); }
    return tr("第" + b.ord + "批", "Batch " + b.ord) + (b.d ? " " + b.d : "") + " · " + tr("累计 ", "total ") + b.in_force;
  }
  function tooltip(id) {
    var n = info[id];
    var lines = [n.zh || n.l, n.en, kindName(n.k)];
    if (n.d) { lines.push(tr("生效 ", "effective ") + n.d + (n.e ? tr(" 至 ", " until ") + n.e : "")); }
    if (n.n) { lines.push(tr(n.n + " 篇报道提及", "mentioned by " + n.n + " articles")); }
    return lines.filter(Boolean).join("\n");
  }
  var nodes = new vis.DataSet(drawnIds.map(visNode));
  var edgeList = DATA.edges.map(function (e, i) {
    var rel = DATA.relations[e[1]] || [e[1], e[1], "#999"];
    return { id: "e" + i, from: e[0], to: e[2], rel: e[1], color: { color: rel[2], highlight: rel[2], inherit: false },
      arrows: "to", hidden: true, width: 2 };
  });
  var edges = new vis.DataSet(edgeList);
  var out = {}, inc = {};
  DATA.edges.forEach(function (e, i) {
    (out[e[0]] = out[e[0]] || []).push(edgeList[i]);
    (inc[e[2]] = inc[e[2]] || []).push(edgeList[i]);
  });
  document.getElementById("kg-title").textContent = DATA.title;
  fillLegend(); fillSelects();
  function fitBar() {  // the bar wraps on narrow windows and in English: keep the map below it
    document.documentElement.style.setProperty("--bar", document.getElementById("kg-bar").offsetHeight + "px");
    if (window.kgNetwork) { window.kgNetwork.redraw(); }
  }
  fitBar();
  window.addEventListener("resize", fitBar);
  var network = new vis.Network(document.getElementById("kg-canvas"), { nodes: nodes, edges: edges }, {
    physics: { enabled: false },
    layout: { improvedLayout: false, randomSeed: 7 },
    interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: true },
    nodes: { borderWidth: 1, scaling: { label: { enabled: false, drawThreshold: 1, maxVisible: 40 } } },
    edges: { smooth: false, arrows: { to: { scaleFactor: 0.5 } } }
  });
  window.kgNetwork = network;

  function fitAll(only) {
    network.fit(only ? { nodes: only, animation: false } : { animation: false });
    network.moveTo({ scale: network.getScale() * 0.9 });  // labels reach past the node boxes
  }

  // ---- filters and the date control
  function inForce(id, date) {
    var n = info[id];
    if (n.k !== "zone" || !date) { return true; }
    return !!n.d && n.d <= date && !(n.e && n.e <= date);
  }
  function visibleSet() {
    var vis = {};
    drawnIds.forEach(function (id) {
      var n = info[id];
      if (state.kinds[n.k] === false) { return; }
      if (!inForce(id, state.date)) { return; }
      if (state.province && n.p !== state.province && n.k !== "province") { return; }
      if (state.province && n.k === "province" && id !== state.province) { return; }
      if (state.batch && n.k === "zone" && n.b !== state.batch) { return; }
      vis[id] = true;
    });
    return vis;
  }
  var hidden = {};
  function applyFilters(refit) {
    var vis = visibleSet(), changes = [], shown = 0, zones = 0;
    drawnIds.forEach(function (id) {
      var hide = !vis[id];
      if (!hide) { shown += 1; if (info[id].k === "zone") { zones += 1; } }
      if (!!hidden[id] !== hide) { hidden[id] = hide; changes.push({ id: id, hidden: hide }); }
    });
    if (changes.length) { nodes.update(changes); }
    var inForceCount = drawnIds.filter(function (id) { return info[id].k === "zone" && inForce(id, state.date || TODAY) && info[id].d; }).length;
    document.getElementById("kg-count").textContent = shown + " / " + drawnIds.length + tr(" 节点", " nodes");
    document.getElementById("kg-zones").textContent = (state.date || TODAY) + ": " + inForceCount + tr(" 个综试区", " zones in force");
    status.dataset.visible = String(shown);
    status.dataset.zones = String(zones);
    status.dataset.inforce = String(inForceCount);
    status.dataset.date = state.date || "";
    if (refit) {
      var keep = Object.keys(vis);
      if (keep.length) { fitAll(keep); }
    }
  }

  var steps = DATA.batches.filter(function (b) { return b.d; }).map(function (b) { return b.d; });
  steps.push(TODAY);
  var slider = document.getElementById("kg-slider"), dateInput = document.getElementById("kg-date");
  slider.max = String(steps.length - 1);
  slider.value = String(steps.length - 1);
  dateInput.min = steps[0] || "2015-01-01";
  dateInput.max = TODAY;
  dateInput.value = TODAY;
  function setDate(date, fromSlider) {
    state.date = date === TODAY ? "" : date;
    dateInput.value = date;
    if (!fromSlider) {
      var idx = 0;
      steps.forEach(function (d, i) { if (d <= date) { idx = i; } });
      slider.value = String(idx);
    }
    applyFilters(false);
    writeHash();
  }
  slider.addEventListener("input", function () { setDate(steps[Number(slider.value)], true); });
  dateInput.addEventListener("change", function () { if (dateInput.value) { setDate(dateInput.value, false); } });
  document.getElementById("kg-prev").addEventListener("click", function () {
    slider.value = String(Math.max(0, Number(slider.value) - 1)); setDate(steps[Number(slider.value)], true);
  });
  document.getElementById("kg-next").addEventListener("click", function () {
    slider.value = String(Math.min(steps.length - 1, Number(slider.value) + 1)); setDate(steps[Number(slider.value)], true);
  });

  function fillSelects() {
    var provinces = ids.filter(function (id) { return info[id].k === "province" && !info[id].s; })
      .sort(function (a, b) { return nameOf(a) < nameOf(b) ? -1 : 1; });
    var p = document.getElementById("kg-province"), b = document.getElementById("kg-batch");
    [p, b].forEach(function (s) { while (s.options.length > 1) { s.remove(1); } });
    provinces.forEach(function (id) { var o = el("option", nameOf(id)); o.value = id; p.appendChild(o); });
    DATA.batches.forEach(function (x) { var o = el("option", batchLabel(x.id)); o.value = x.id; b.appendChild(o); });
    p.value = state.province; b.value = state.batch;
  }
  document.getElementById("kg-province").addEventListener("change", function (e) { state.province = e.target.value; applyFilters(true); });
  document.getElementById("kg-batch").addEventListener("change", function (e) { state.batch = e.target.value; applyFilters(true); });

  function fillLegend() {
    var legend = document.getElementById("kg-legend");
    legend.replaceChildren();
    DATA.kinds.forEach(function (k) {
      var lab = el("label"), box = el("input"), dot = el("span", "", "kg-dot");
      box.type = "checkbox"; box.checked = state.kinds[k.name] !== false; box.value = k.name;
      box.addEventListener("change", function () { state.kinds[k.name] = box.checked; applyFilters(true); });
      dot.style.background = k.color;
      lab.appendChild(box); lab.appendChild(dot);
      lab.appendChild(document.createTextNode(kindName(k.name)));
      legend.appendChild(lab);
    });
    DATA.batches.forEach(function (b) {
      var span = el("span"), dot = el("span", "", "kg-dot");
      dot.style.background = b.color;
      span.appendChild(dot);
      span.appendChild(document.createTextNode(tr("第" + b.ord + "批", "batch " + b.ord)));
      legend.appendChild(span);
    });
    var edgeLegend = document.getElementById("kg-edge-legend");
    edgeLegend.replaceChildren(el("span", tr("关系（选中节点时显示）：", "Relations (shown for the selected node):")));
    var seen = {};
    Object.keys(DATA.relations).sort().forEach(function (c) {
      var r = DATA.relations[c], key = tr(r[0], r[1]) + r[2];
      if (seen[key]) { seen[key].title += ", " + c; return; }
      var span = el("span"), sw = el("span", "", "kg-swatch");
      sw.style.background = r[2];
      span.appendChild(sw); span.appendChild(document.createTextNode(tr(r[0], r[1])));
      span.title = c;  // the RDF term, for those who want it
      seen[key] = span;
      edgeLegend.appendChild(span);
    });
  }

  // ---- selection: highlight the neighbourhood, dim the rest, zoom, keep it in the URL
  function neighbours(id) {
    var found = {};
    (out[id] || []).forEach(function (e) { found[e.to] = true; });
    (inc[id] || []).forEach(function (e) { found[e.from] = true; });
    return Object.keys(found);
  }
  var dimmed = false;
  function highlight(id) {
    var near = {};
    if (id) { near[id] = true; neighbours(id).forEach(function (m) { near[m] = true; }); }
    var changes = drawnIds.map(function (m) {
      var base = nodes.get(m).baseColor;
      var on = !id || near[m];
      return { id: m, color: on ? { background: base, border: base } : { background: "#e4e4e4", border: "#d0d0d0" },
        font: { color: on ? (info[m].k === "province" ? "#1f4e79" : "#222") : "#c8c8c8" } };
    });
    nodes.update(changes);
    var edgeChanges = edgeList.map(function (e) {
      return { id: e.id, hidden: !(id && (e.from === id || e.to === id)) };
    });
    edges.update(edgeChanges);
    dimmed = !!id;
  }
  function ensureDrawn(id) {
    var n = info[id];
    if (!n || n.x === undefined) { return false; }
    if (!nodes.get(id)) {
      nodes.add(visNode(id));
      drawnIds.push(id);
    }
    if (hidden[id]) { hidden[id] = false; nodes.update([{ id: id, hidden: false }]); }
    return true;
  }
  function selectNode(id, opts) {
    if (!info[id]) { return; }
    selected = id;
    var drawn = ensureDrawn(id);
    if (drawn) {
      network.selectNodes([id]);
      highlight(id);
      var zoom = { province: 0.35, zone: 0.8, prefecture: 0.8, county: 0.8 }[info[id].k] || 0.6;
      network.focus(id, { scale: Math.max(network.getScale(), zoom), animation: false });
    }
    showPanel(id);
    if (!opts || !opts.keepHash) { writeHash(); }
  }
  network.on("click", function (params) {
    if (params.nodes.length) { selectNode(params.nodes[0]); }
    else if (dimmed) { selected = null; highlight(null); network.unselectAll(); writeHash(); }
  });

  function fragmentOf(id) { return id.indexOf(BASE) === 0 ? id.slice(BASE.length) : "node=" + id; }
  function writeHash() {
    var parts = [];
    if (selected) { parts.push(fragmentOf(selected)); }
    if (state.date) { parts.push("date=" + state.date); }
    if (lang === "en") { parts.push("lang=en"); }
    var hash = parts.length ? "#" + parts.join("&") : "";
    if (location.hash !== hash) { history.replaceState(null, "", hash || location.pathname + location.search); }
  }
  function readHash() {
    var raw = decodeURIComponent(location.hash.slice(1)), want = null, date = "";
    raw.split("&").forEach(function (part) {
      if (!part) { return; }
      if (part.indexOf("date=") === 0) { date = part.slice(5); }
      else if (part === "lang=en") { setLang("en"); }
      else if (part.indexOf("node=") === 0) { want = part.slice(5); }
      else if (part.indexOf("q=") === 0) { search.value = part.slice(2); want = matches(part.slice(2))[0] || null; }
      else { want = BASE + part; }
    });
    if (/^\d{4}-\d{2}-\d{2}$/.test(date)) { setDate(date, false); }
    if (want && info[want]) { selectNode(want, { keepHash: true }); }
  }

  // ---- search: places, zones and bodies first
  var search = document.getElementById("kg-search"), results = document.getElementById("kg-results");
  function matches(q) {
    q = q.trim().toLowerCase();
    if (!q) { return []; }
    var found = [];
    ids.forEach(function (id) {
      var n = info[id], best = 9;
      [n.l, n.zh, n.en, n.le].concat(n.alt).forEach(function (s) {
        if (!s) { return; }
        s = s.toLowerCase();
        if (s === q) { best = Math.min(best, 0); }
        else if (s.indexOf(q) === 0) { best = Math.min(best, 1); }
        else if (s.indexOf(q) >= 0) { best = Math.min(best, 2); }
      });
      if (best < 9) { found.push([best, KIND_RANK[n.k] === undefined ? 8 : KIND_RANK[n.k], -(n.n || 0), id]); }
    });
    found.sort(function (a, b) {
      for (var i = 0; i < 3; i += 1) { if (a[i] !== b[i]) { return a[i] - b[i]; } }
      return a[3] < b[3] ? -1 : 1;
    });
    return found.slice(0, 20).map(function (f) { return f[3]; });
  }
  search.addEventListener("input", function () {
    results.replaceChildren();
    matches(search.value).forEach(function (id) {
      var li = el("li", nameOf(id));
      li.appendChild(el("span", kindName(info[id].k), "kg-kind"));
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

  // ---- side panel
  function nodeLink(id, short) {
    if (!info[id]) { return el("span", nameOf(id)); }
    var b = el("button", short ? panelShort(id) : nameOf(id), "kg-link");
    b.type = "button";
    b.title = nameOf(id);
    b.addEventListener("click", function () { selectNode(id); });
    return b;
  }
  function articleLink(iri) {
    var a = DATA.articles[iri], span = el("span");
    if (!a) { span.appendChild(el("span", iri.split("/").pop())); return span; }
    if (a.u) {
      var link = el("a", a.h || a.f);
      link.setAttribute("href", a.u); link.setAttribute("target", "_blank"); link.setAttribute("rel", "noopener");
      span.appendChild(link);
    } else {
      span.appendChild(el("span", a.h || a.f));
    }
    span.appendChild(el("span", "  " + (a.d || ""), "kg-meta"));
    return span;
  }
  function section(title) { panel.appendChild(el("h3", title)); }
  function sentence(subject, rel, object, self) {
    var r = DATA.relations[rel] || [rel, rel, "#999", 0];
    var li = el("li"), first = r[3] ? object : subject, second = r[3] ? subject : object;
    [first, null, second].forEach(function (part) {
      if (part === null) { li.appendChild(document.createTextNode(" " + tr(r[0], r[1]) + " ")); }
      else if (part === self) { li.appendChild(el("strong", panelShort(part))); }
      else { li.appendChild(nodeLink(part, true)); }
    });
    return li;
  }
  function showPanel(id) {
    var n = info[id];
    panel.replaceChildren();
    if (!n) { return; }
    panel.appendChild(el("h2", nameOf(id)));
    var other = lang === "en" ? n.zh : n.en;
    if (other) { panel.appendChild(el("div", other, "kg-sub")); }
    var meta = kindName(n.k);
    if (n.d) { meta += " · " + tr("生效 ", "effective ") + n.d; }
    if (n.e) { meta += tr(" · 终止 ", " · ended ") + n.e; }
    if (n.k === "zone" && n.b && batchInfo[n.b]) { meta += " · " + tr("第" + batchInfo[n.b].ord + "批", "batch " + batchInfo[n.b].ord); }
    panel.appendChild(el("div", meta, "kg-meta"));
    if (n.alt.length) { panel.appendChild(el("div", tr("别名：", "Also: ") + n.alt.join("、"), "kg-meta")); }
    var rels = [];
    (out[id] || []).forEach(function (e) { rels.push([id, e.rel, e.to]); });
    (inc[id] || []).forEach(function (e) { rels.push([e.from, e.rel, id]); });
    if (rels.length) {
      section(tr("关系", "Relations") + " (" + rels.length + ")");
      var list = el("ul");
      rels.slice(0, 80).forEach(function (r) { list.appendChild(sentence(r[0], r[1], r[2], id)); });
      panel.appendChild(list);
    }
    if (n.o && n.o.length) {
      section(tr("数字", "Figures"));
      var table = el("table");
      n.o.forEach(function (f) {  // [period, zh, en, value, date, article]
        var row = el("tr");
        row.appendChild(el("td", (f[0] ? f[0] + " " : "") + tr(f[1], f[2])));
        row.appendChild(el("td", f[3], "kg-num"));
        var src = el("td"); if (f[5]) { src.appendChild(articleLink(f[5])); } row.appendChild(src);
        table.appendChild(row);
      });
      panel.appendChild(table);
    }
    if (n.c && n.c.length) {
      section(tr("陈述", "Claims"));
      var cl = el("ul");
      n.c.forEach(function (c) {  // [zh, en, value, as-of, article]
        var li = el("li", tr(c[0], c[1]) + ": " + c[2] + (c[3] ? " (" + c[3] + ")" : "") + " · ");
        if (c[4]) { li.appendChild(articleLink(c[4])); }
        cl.appendChild(li);
      });
      panel.appendChild(cl);
    }
    if (n.n) {
      section(tr("报道", "Articles") + " (" + n.n + ")");
      var al = el("ul");
      (n.a || []).forEach(function (a) { var li = el("li"); li.appendChild(articleLink(a)); al.appendChild(li); });
      panel.appendChild(al);
      if (n.n > (n.a || []).length) { panel.appendChild(el("div", tr("（显示最新 ", "(latest ") + (n.a || []).length + tr(" 篇）", " shown)"), "kg-meta")); }
    }
    if (n.ev && n.ev.length) {
      section(tr("证据", "Evidence"));
      n.ev.forEach(function (ev) {  // [article, sentence, relation, subject, object]
        panel.appendChild(el("blockquote", ev[1]));
        var m = el("div", "", "kg-meta");
        if (ev[2]) {
          var r = DATA.relations[ev[2]] || [ev[2], ev[2], "#999", 0];
          var ends = r[3] ? [ev[4], ev[3]] : [ev[3], ev[4]];
          m.appendChild(document.createTextNode((ends[0] ? panelShort(ends[0]) : "") + " " + tr(r[0], r[1]) + " " + (ends[1] ? panelShort(ends[1]) : "") + " · "));
        }
        if (ev[0]) { m.appendChild(articleLink(ev[0])); }
        panel.appendChild(m);
      });
    }
    panel.appendChild(el("code", id));
    status.dataset.selected = id;
  }

  // ---- language
  var langButton = document.getElementById("kg-lang");
  function setLang(next) {
    lang = next;
    langButton.textContent = lang === "en" ? "中文" : "EN";
    document.documentElement.lang = lang === "en" ? "en" : "zh";
    document.querySelectorAll("[data-zh]").forEach(function (e) { e.textContent = tr(e.dataset.zh, e.dataset.en); });
    nodes.update(drawnIds.map(function (id) {
      return { id: id, label: info[id].k === "batch" ? batchLabel(id) : shortOf(id), title: tooltip(id) };
    }));
    fillLegend(); fillSelects(); applyFilters(false);
    fitBar();
    if (selected) { showPanel(selected); }
  }
  langButton.addEventListener("click", function () { setLang(lang === "en" ? "zh" : "en"); writeHash(); });

  document.getElementById("kg-reset").addEventListener("click", function () {
    state = { kinds: {}, province: "", batch: "", date: "" };
    selected = null;
    fillLegend(); fillSelects();
    slider.value = String(steps.length - 1); dateInput.value = TODAY;
    highlight(null); network.unselectAll();
    applyFilters(true);
    writeHash();
  });

  // ---- start
  applyFilters(false);
  fitAll();
  status.dataset.state = "created";
  status.dataset.nodes = String(nodes.length);
  status.dataset.edges = String(edges.length);
  readHash();
  window.addEventListener("hashchange", readHash);
  network.once("afterDrawing", function () {
    // the canvas has its final size only now: fit again unless a deep link chose the view
    if (!selected) { fitAll(drawnIds.filter(function (id) { return !hidden[id]; })); }
    status.dataset.tti = String(Math.round(performance.now()));
    status.dataset.state = "ready";
  });
  network.redraw();
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
