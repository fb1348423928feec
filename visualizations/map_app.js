/* govgraph map page. Reads the JSON data block, builds tooltips as DOM (text only, via textContent;
   links only for http/https URLs), draws the network with physics off (positions come from Python),
   and wires search, filters, legend and the details panel. Exposes window.govgraph for tests. */
(function () {
  "use strict";
  var started = performance.now();
  var data = JSON.parse(document.getElementById("gg-data").textContent);
  var timings = { parsed: performance.now() - started };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function safeUrl(value) {
    if (typeof value !== "string") { return null; }
    try {
      var url = new URL(value);
      return (url.protocol === "http:" || url.protocol === "https:") ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  function words(value) { return String(value).replace(/_/g, " "); }

  function sourcesList(refs) {
    var sources = (refs || []).map(function (i) { return data.sources[i]; });
    var list = el("ul");
    (sources || []).slice(0, 6).forEach(function (s) {
      var item = el("li");
      var href = safeUrl(s.url);
      var label = s.title || s.url || s.publication || "source";
      if (href) {
        var a = el("a", null, label);
        a.href = href;
        a.target = "_blank";
        a.rel = "noopener noreferrer";
        item.appendChild(a);
      } else {
        item.appendChild(el("span", null, label));
        if (s.publication && s.publication !== label) { item.appendChild(el("span", null, " (" + s.publication + ")")); }
      }
      var extra = [];
      if (s.as_of) { extra.push("as of " + s.as_of); }
      if (s.checked === false) { extra.push("unchecked"); }
      if (extra.length) { item.appendChild(el("span", null, " [" + extra.join(", ") + "]")); }
      list.appendChild(item);
    });
    if ((sources || []).length > 6) { list.appendChild(el("li", null, "and " + (sources.length - 6) + " more")); }
    return list;
  }

  function nodeInfo(id, m) {
    var box = el("div", "gg-info");
    box.appendChild(el("div", "gg-name", m.name + (m.acronym && m.acronym !== m.name ? " (" + m.acronym + ")" : "")));
    var kind = m.entity === "instrument" ? words(m.kind) + " (" + (m.binding ? "binding" : "non-binding") + ")" : words(m.kind);
    box.appendChild(el("div", "gg-line", kind + " · " + m.level + " level · id " + id));
    var place = [];
    if (m.country) { place.push("country " + m.country); }
    if (m.region) { place.push(m.region); }
    if (m.sector) { place.push("sector " + words(m.sector)); }
    if (place.length) { box.appendChild(el("div", "gg-line", place.join(" · "))); }
    var dates = Object.keys(m.dates || {}).map(function (k) { return words(k) + " " + m.dates[k]; });
    if (dates.length) { box.appendChild(el("div", "gg-line", dates.join(" · "))); }
    box.appendChild(el("div", "gg-line", words(data.size_by) + ": " + (Math.round(m.metric * 1000) / 1000)));
    var folded = Object.keys(m.folded || {});
    if (folded.length) {
      box.appendChild(el("div", "gg-line", "Folded into this node: " + folded.map(function (k) {
        return m.folded[k] + " " + words(k);
      }).join(", ")));
    }
    if ((m.sources || []).length) {
      box.appendChild(el("div", "gg-line", "Sources:"));
      box.appendChild(sourcesList(m.sources));
    }
    return box;
  }

  var nodeName = {};
  data.nodes.forEach(function (n) { nodeName[n.id] = n.gg.name; });

  function edgeInfo(e, m) {
    var box = el("div", "gg-info");
    var ends = (nodeName[e.from] || e.from) + " → " + (nodeName[e.to] || e.to);
    if (m.gap) {
      box.appendChild(el("div", "gg-name", "Missing tie (" + m.gap.rule + "): " + ends));
      box.appendChild(el("div", "gg-reason", m.gap.reason));
      box.appendChild(el("div", "gg-line", "score " + m.gap.score));
      if (m.gap.nearest_channel) { box.appendChild(el("div", "gg-line", "Nearest channel: " + m.gap.nearest_channel)); }
      if ((m.gap.expected_because || []).length) {
        box.appendChild(el("div", "gg-line", "Expected because:"));
        var list = el("ul");
        m.gap.expected_because.forEach(function (s) { list.appendChild(el("li", null, s)); });
        box.appendChild(list);
      }
      return box;
    }
    box.appendChild(el("div", "gg-name", words(m.type) + (m.role ? " (" + m.role + ")" : "")));
    box.appendChild(el("div", "gg-line", ends));
    box.appendChild(el("div", "gg-line", (m.binding ? "binding" : "non-binding") + " · " + m.direction));
    var dates = [];
    if (m.since) { dates.push("since " + m.since); }
    if (m.until) { dates.push("until " + m.until); }
    if (dates.length) { box.appendChild(el("div", "gg-line", dates.join(" · "))); }
    if (m.count > 1) { box.appendChild(el("div", "gg-line", m.count + " ties merged by folding")); }
    if (m.note) { box.appendChild(el("div", "gg-line", m.note)); }
    if ((m.sources || []).length) {
      box.appendChild(el("div", "gg-line", "Sources:"));
      box.appendChild(sourcesList(m.sources));
    }
    return box;
  }

  // vis-network items: the data as pyvis built it; metadata kept aside by id. Tooltips are DOM
  // elements built on first hover (see below), so a large map draws without building thousands.
  var nodeMeta = {};
  var edgeMeta = {};
  var nodeItems = data.nodes.map(function (n) {
    nodeMeta[n.id] = n.gg;
    delete n.gg;
    return n;
  });
  var edgeItems = data.edges.map(function (e) {
    edgeMeta[e.id] = e.gg;
    delete e.gg;
    return e;
  });

  function nodeValue(id, field) {
    var m = nodeMeta[id];
    if (field === "kind") { return m.entity === "instrument" ? "instrument: " + m.kind : m.kind; }
    if (field === "region") { return m.region || "(no region)"; }
    return m[field];
  }
  function edgeValue(id) { return edgeMeta[id].gap ? "missing (gap)" : edgeMeta[id].type; }

  var hidden = { kind: {}, level: {}, region: {}, type: {} };
  var visibleNodes = {};
  function nodeVisible(item) {
    return !hidden.kind[nodeValue(item.id, "kind")] && !hidden.level[nodeValue(item.id, "level")] &&
      !hidden.region[nodeValue(item.id, "region")];
  }
  timings.items = performance.now() - started;
  var nodes = new vis.DataSet(nodeItems);
  var edges = new vis.DataSet(edgeItems);
  function recompute() {
    visibleNodes = {};
    nodes.forEach(function (item) { if (nodeVisible(item) || nodeMeta[item.id].focus) { visibleNodes[item.id] = true; } });
  }
  recompute();
  var nodesView = new vis.DataView(nodes, { filter: function (item) { return visibleNodes[item.id] === true; } });
  var edgesView = new vis.DataView(edges, {
    filter: function (item) {
      return !hidden.type[edgeValue(item.id)] && visibleNodes[item.from] === true && visibleNodes[item.to] === true;
    }
  });

  var container = document.getElementById("gg-map");
  timings.datasets = performance.now() - started;
  var network = new vis.Network(container, { nodes: nodesView, edges: edgesView }, data.options);
  timings.network = performance.now() - started;
  window.govgraph = {
    network: network, nodes: nodes, edges: edges, nodesView: nodesView, edgesView: edgesView,
    data: data, firstDraw: null, started: started, timings: timings
  };
  var titled = {};
  network.on("hoverNode", function (params) {
    if (!titled["n" + params.node]) {
      titled["n" + params.node] = true;
      nodes.update({ id: params.node, title: nodeInfo(params.node, nodeMeta[params.node]) });
    }
  });
  network.on("hoverEdge", function (params) {
    if (!titled["e" + params.edge]) {
      titled["e" + params.edge] = true;
      var e = edges.get(params.edge);
      edges.update({ id: params.edge, title: edgeInfo(e, edgeMeta[params.edge]) });
    }
  });
  network.once("afterDrawing", function () {
    window.govgraph.firstDraw = performance.now();
    timings.firstDraw = window.govgraph.firstDraw - started;
  });

  // Legend: swatches drawn as SVG, labels as text.
  var SVG = "http://www.w3.org/2000/svg";
  function svg(tag, attrs) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }
  function shapeSwatch(shape, colour) {
    var box = svg("svg", { width: 22, height: 22, viewBox: "0 0 22 22" });
    var common = { fill: colour, stroke: "#333", "stroke-width": 1 };
    var s;
    if (shape === "square") { s = svg("rect", Object.assign({ x: 4, y: 4, width: 14, height: 14 }, common)); }
    else if (shape === "diamond") { s = svg("polygon", Object.assign({ points: "11,2 20,11 11,20 2,11" }, common)); }
    else if (shape === "triangle") { s = svg("polygon", Object.assign({ points: "11,2 20,19 2,19" }, common)); }
    else if (shape === "triangleDown") { s = svg("polygon", Object.assign({ points: "2,3 20,3 11,20" }, common)); }
    else if (shape === "hexagon") { s = svg("polygon", Object.assign({ points: "6,3 16,3 21,11 16,19 6,19 1,11" }, common)); }
    else if (shape === "star") { s = svg("polygon", Object.assign({ points: "11,1 13.6,8 21,8 15,12.6 17.3,20 11,15.5 4.7,20 7,12.6 1,8 8.4,8" }, common)); }
    else { s = svg("circle", Object.assign({ cx: 11, cy: 11, r: 8 }, common)); }
    box.appendChild(s);
    return box;
  }
  function lineSwatch(colour, dashes, width) {
    var box = svg("svg", { width: 40, height: 14, viewBox: "0 0 40 14" });
    var attrs = { x1: 2, y1: 7, x2: 38, y2: 7, stroke: colour, "stroke-width": width };
    if (dashes) { attrs["stroke-dasharray"] = dashes.join(" "); }
    box.appendChild(svg("line", attrs));
    return box;
  }
  var legendNodes = document.getElementById("gg-legend-nodes");
  (data.legend.nodes || []).forEach(function (item) {
    var row = el("div", "gg-legend-row");
    row.setAttribute("data-legend", item.key);
    row.appendChild(shapeSwatch(item.shape, item.colour));
    row.appendChild(el("span", null, item.label));
    legendNodes.appendChild(row);
  });
  var legendEdges = document.getElementById("gg-legend-edges");
  (data.legend.edges || []).forEach(function (item) {
    var row = el("div", "gg-legend-row");
    row.appendChild(lineSwatch(item.colour, item.dashes, item.width));
    row.appendChild(el("span", null, item.label));
    legendEdges.appendChild(row);
  });
  var legendNotes = document.getElementById("gg-legend-notes");
  (data.legend.notes || []).forEach(function (text) { legendNotes.appendChild(el("p", null, text)); });

  // Notes: what was filtered, folded, and gaps with no drawable counterpart.
  var notesList = document.getElementById("gg-notes-list");
  (data.notes || []).forEach(function (text) { notesList.appendChild(el("li", null, text)); });
  (data.unplaced_gaps || []).forEach(function (g) {
    notesList.appendChild(el("li", null, "Gap (" + g.rule + ") not drawn, no counterpart in the map: " + g.reason));
  });
  if (!data.nodes.length) { notesList.appendChild(el("li", null, "Nothing matches the chosen filters on this date.")); }

  // Filters: one checkbox per value present, with counts.
  function counts(values) {
    var c = {};
    values.forEach(function (v) { c[v] = (c[v] || 0) + 1; });
    return c;
  }
  var filterValues = {
    kind: counts(nodes.getIds().map(function (id) { return nodeValue(id, "kind"); })),
    level: counts(nodes.getIds().map(function (id) { return nodeValue(id, "level"); })),
    region: counts(nodes.getIds().map(function (id) { return nodeValue(id, "region"); })),
    type: counts(edges.getIds().map(edgeValue))
  };
  function refresh() {
    recompute();
    nodesView.refresh();
    edgesView.refresh();
  }
  Array.prototype.forEach.call(document.querySelectorAll(".gg-filter"), function (box) {
    var field = box.getAttribute("data-field");
    var values = Object.keys(filterValues[field]).sort();
    var boxes = [];
    ["all", "none"].forEach(function (which) {
      var b = el("button", "gg-all", which);
      b.type = "button";
      b.addEventListener("click", function () {
        boxes.forEach(function (cb) { cb.checked = which === "all"; hidden[field][cb.value] = which !== "all"; });
        refresh();
      });
      box.appendChild(b);
    });
    values.forEach(function (v) {
      var label = el("label");
      var cb = el("input");
      cb.type = "checkbox";
      cb.checked = true;
      cb.value = v;
      cb.addEventListener("change", function () { hidden[field][v] = !cb.checked; refresh(); });
      boxes.push(cb);
      label.appendChild(cb);
      label.appendChild(el("span", null, words(v)));
      label.appendChild(el("span", "gg-count", filterValues[field][v]));
      box.appendChild(label);
    });
  });

  // Details panel: the same information as the tooltip, where links can be clicked.
  var details = document.getElementById("gg-details");
  var detailsBody = document.getElementById("gg-details-body");
  function showDetails(box) {
    detailsBody.textContent = "";
    if (box) { detailsBody.appendChild(box); details.hidden = false; } else { details.hidden = true; }
  }
  network.on("click", function (params) {
    if (params.nodes.length) {
      showDetails(nodeInfo(params.nodes[0], nodeMeta[params.nodes[0]]));
    } else if (params.edges.length) {
      var e = edges.get(params.edges[0]);
      showDetails(edgeInfo(e, edgeMeta[e.id]));
    } else {
      showDetails(null);
    }
  });

  // Search by name, acronym, alias-free id; results are buttons that select and centre the node.
  var search = document.getElementById("gg-search");
  var results = document.getElementById("gg-search-results");
  var index = data.nodes.map(function (n) {
    return { id: n.id, text: [nodeMeta[n.id].name, nodeMeta[n.id].acronym || "", n.id].join(" ").toLowerCase() };
  });
  function select(id) {
    if (!visibleNodes[id]) { return; }
    network.selectNodes([id]);
    network.focus(id, { scale: 1.1, animation: false });
    showDetails(nodeInfo(id, nodeMeta[id]));
  }
  search.addEventListener("input", function () {
    var q = search.value.trim().toLowerCase();
    results.textContent = "";
    if (!q) { return; }
    var hits = index.filter(function (r) { return r.text.indexOf(q) >= 0; }).slice(0, 20);
    hits.forEach(function (r) {
      var li = el("li");
      var b = el("button", null, nodeMeta[r.id].name + " [" + r.id + "]");
      b.type = "button";
      b.addEventListener("click", function () { select(r.id); });
      li.appendChild(b);
      results.appendChild(li);
    });
    if (!hits.length) { results.appendChild(el("li", null, "no match")); }
  });
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      var first = results.querySelector("button");
      if (first) { first.click(); }
    }
  });
}());
