/* govgraph map page. Reads the JSON data block, builds tooltips as DOM (text only, via textContent;
   links only for http/https URLs), draws the network with physics off (positions come from Python),
   and wires search, filters, legend, level guides, keyboard zoom/pan and the details panel.
   Exposes window.govgraph for tests. */
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

  // Text from the data goes into <bdi>, so a right-to-left override in a name cannot reorder the words after it.
  function isolated(text) { return el("bdi", null, text); }
  function line(tag, className, parts) {
    var node = el(tag, className);
    parts.forEach(function (p) { node.appendChild(typeof p === "string" ? document.createTextNode(p) : p); });
    return node;
  }

  function sourcesList(refs) {
    var sources = (refs || []).map(function (i) { return data.sources[i]; });
    var list = el("ul");
    (sources || []).slice(0, 6).forEach(function (s) {
      var item = el("li");
      var href = safeUrl(s.url);
      var label = s.title || s.url || s.publication || "source";
      if (href) {
        var a = line("a", null, [isolated(label)]);
        a.href = href;
        a.target = "_blank";
        a.rel = "noopener noreferrer";
        item.appendChild(a);
      } else {
        item.appendChild(isolated(label));
        if (s.publication && s.publication !== label) { item.appendChild(line("span", null, [" (", isolated(s.publication), ")"])); }
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
    var title = [isolated(m.name)];
    if (m.acronym && m.acronym !== m.name) { title.push(" (", isolated(m.acronym), ")"); }
    box.appendChild(line("div", "gg-name", title));
    var kind = m.entity === "instrument" ? words(m.kind) + " (" + (m.binding ? "binding" : "non-binding") + ")" : words(m.kind);
    box.appendChild(line("div", "gg-line", [kind + " · " + m.level + " level · id ", isolated(id)]));
    var place = [];
    if (m.country) { place.push(" · country ", isolated(m.country)); }
    [].concat(m.region || []).forEach(function (r) { place.push(" · ", isolated(r)); });
    if (m.sector) { place.push(" · sector ", isolated(words(m.sector))); }
    if (place.length) { box.appendChild(line("div", "gg-line", place.slice(1))); }
    var DATE_WORDS = { start: "from", end: "until" };
    var dates = Object.keys(m.dates || {}).map(function (k) { return (DATE_WORDS[k] || words(k)) + " " + m.dates[k]; });
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
    function ends() { return [isolated(nodeName[e.from] || e.from), " → ", isolated(nodeName[e.to] || e.to)]; }
    if (m.gap) {
      box.appendChild(line("div", "gg-name", ["Missing tie (", isolated(m.gap.rule), "): "].concat(ends())));
      box.appendChild(el("div", "gg-reason", m.gap.reason));
      box.appendChild(el("div", "gg-line", "score " + m.gap.score));
      if (m.gap.nearest_channel) {
        box.appendChild(line("div", "gg-line", ["Nearest channel: ", isolated(m.gap.nearest_channel)]));
      }
      if ((m.gap.expected_because || []).length) {
        box.appendChild(el("div", "gg-line", "Expected because:"));
        var list = el("ul");
        m.gap.expected_because.forEach(function (s) { list.appendChild(el("li", null, s)); });
        box.appendChild(list);
      }
      return box;
    }
    box.appendChild(line("div", "gg-name", [words(m.type)].concat(m.role ? [" (", isolated(m.role), ")"] : [])));
    box.appendChild(line("div", "gg-line", ends()));
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
  // Direction has a non-colour cue too (data.direction_cue, from style.py): merged into the tie's arrows.
  var directionCue = data.direction_cue || {};
  var edgeItems = data.edges.map(function (e) {
    edgeMeta[e.id] = e.gg;
    var cue = directionCue[e.gg.direction];
    if (cue && Object.keys(cue).length) { e.arrows = Object.assign({}, e.arrows || {}, cue); }
    delete e.gg;
    return e;
  });

  // A node's values for a filter field: a list, because a body belongs to every region of its members.
  function nodeValues(id, field) {
    var m = nodeMeta[id];
    if (field === "kind") { return [m.entity === "instrument" ? "instrument: " + m.kind : m.kind]; }
    if (field === "region") {
      var regions = Array.isArray(m.region) ? m.region : (m.region ? [m.region] : []);
      return regions.length ? regions : ["(no region)"];
    }
    return [m[field]];
  }
  function edgeValue(id) { return edgeMeta[id].gap ? "missing (gap)" : edgeMeta[id].type; }
  function edgeBinding(id) { return edgeMeta[id].binding ? "binding" : "non-binding"; }
  function edgeDirection(id) { return edgeMeta[id].direction; }
  // A missing tie (gap) has no binding quality: only "Relation type: missing (gap)" and direction hide it.
  function edgeShown(id) {
    var m = edgeMeta[id];
    return !hidden.type[edgeValue(id)] && (m.gap ? true : !hidden.binding[edgeBinding(id)]) &&
      !hidden.direction[edgeDirection(id)];
  }

  var NODE_FIELDS = ["kind", "level", "region"];
  var hidden = { kind: {}, level: {}, region: {}, type: {}, binding: {}, direction: {} };
  var visibleNodes = {};
  var pinned = {};  // nodes a search revealed although a filter hides them
  // A filter hides a node when every one of its values for that field is unchecked.
  function hiddenBy(id) {
    return NODE_FIELDS.filter(function (f) {
      return nodeValues(id, f).every(function (v) { return hidden[f][v]; });
    }).map(function (f) { return f + " " + nodeValues(id, f).map(words).join(", "); });
  }
  function nodeVisible(item) { return hiddenBy(item.id).length === 0; }

  // Time: the page shows the graph as of one day (asOf, ISO text), as govgraph.temporal.as_of does:
  // a node is present when start <= day < end, a tie when one of its spans covers the day and both ends
  // are present. Dates are compared as ISO text, as in Python (dates.is_active).
  var asOf = data.as_of || null;
  function covers(start, end, day) { return (!start || start <= day) && (!end || end > day); }
  function nodeSpan(id) {
    var d = nodeMeta[id].dates || {};
    return [d.start || d.founded || d.adopted || null, d.end || d.dissolved || d.ended || null];
  }
  function nodePresent(id) {
    if (asOf === null) { return true; }
    var span = nodeSpan(id);
    return covers(span[0], span[1], asOf);
  }
  function edgePresent(id) {
    if (asOf === null) { return true; }
    var m = edgeMeta[id];
    var spans = m.spans || [[m.since || null, m.until || null]];
    return spans.some(function (s) { return covers(s[0], s[1], asOf); });
  }
  function absentWhy(id) {
    var span = nodeSpan(id);
    if (span[0] && span[0] > asOf) { return "it starts on " + span[0] + ", after " + asOf; }
    return "it ended on " + span[1] + ", before " + asOf;
  }
  timings.items = performance.now() - started;
  var nodes = new vis.DataSet(nodeItems);
  var edges = new vis.DataSet(edgeItems);
  function recompute() {
    visibleNodes = {};
    nodes.forEach(function (item) {
      if (!nodePresent(item.id)) { return; }
      if (nodeVisible(item) || nodeMeta[item.id].focus || pinned[item.id]) { visibleNodes[item.id] = true; }
    });
  }
  recompute();
  var nodesView = new vis.DataView(nodes, { filter: function (item) { return visibleNodes[item.id] === true; } });
  var edgesView = new vis.DataView(edges, {
    filter: function (item) {
      return edgeShown(item.id) && edgePresent(item.id) && visibleNodes[item.from] === true &&
        visibleNodes[item.to] === true;
    }
  });

  var container = document.getElementById("gg-map");
  timings.datasets = performance.now() - started;
  var network = new vis.Network(container, { nodes: nodesView, edges: edgesView }, data.options);
  timings.network = performance.now() - started;
  window.govgraph = {
    network: network, nodes: nodes, edges: edges, nodesView: nodesView, edgesView: edgesView,
    data: data, firstDraw: null, started: started, timings: timings, guideLabels: []
  };
  var api = window.govgraph;
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

  // Level guides: bands (hierarchical) or rings (radial) drawn behind the network in map coordinates,
  // their labels on top in screen pixels, so "Global", "Regional"... stay readable at any zoom.
  // The labels drawn in the last frame are kept in data-guide-labels (and window.govgraph.guideLabels).
  var guides = data.guides || [];
  var guideColours = data.guide_colours || { band: "#eef1f5", ring: "#b8c0ca" };
  // Band labels sit in a left gutter: fitting leaves that strip free of nodes.
  var GUTTER_PX = guides.length && guides[0].kind === "band" ? 100 : 0;
  function fitView() {
    network.fit({ animation: false });
    var width = container.clientWidth;
    if (!GUTTER_PX || width <= 2 * GUTTER_PX) { return; }
    var scale = network.getScale() * (width - GUTTER_PX) / width;
    var at = network.getViewPosition();
    network.moveTo({ position: { x: at.x - GUTTER_PX / 2 / scale, y: at.y }, scale: scale });
  }
  fitView();
  network.on("beforeDrawing", function (ctx) {
    var scale = network.getScale();
    ctx.save();
    guides.forEach(function (g) {
      if (g.kind === "band") {
        ctx.fillStyle = guideColours.band;
        ctx.fillRect(-1e6, g.y0, 2e6, g.y1 - g.y0);
      } else if (g.r > 0) {
        ctx.beginPath();
        ctx.arc(0, 0, g.r, 0, 2 * Math.PI);
        ctx.strokeStyle = guideColours.ring;
        ctx.lineWidth = 1.5 / scale;
        ctx.setLineDash([6 / scale, 5 / scale]);
        ctx.stroke();
      }
    });
    ctx.restore();
  });
  // Ring labels try these angles (top first) until one does not overlap a label already drawn.
  var RING_ANGLES = [-90, -65, -115, -40, -140, -15, -165, 15, 165].map(function (d) { return d * Math.PI / 180; });
  function overlaps(box, boxes) {
    return boxes.some(function (b) {
      return box.x < b.x + b.w && b.x < box.x + box.w && box.y < b.y + b.h && b.y < box.y + box.h;
    });
  }
  function labelBox(ctx, g, w, h, boxes) {
    var width = ctx.measureText(g.label).width + 10;
    if (g.kind === "band") {
      var mid = network.canvasToDOM({ x: 0, y: (g.y0 + g.y1) / 2 });
      return { x: 5, y: mid.y - 10, w: width, h: 20 };
    }
    for (var i = 0; i < RING_ANGLES.length; i++) {
      var at = network.canvasToDOM({ x: g.r * Math.cos(RING_ANGLES[i]), y: g.r * Math.sin(RING_ANGLES[i]) });
      var box = { x: at.x - width / 2, y: at.y - 24, w: width, h: 20 };
      if (!overlaps(box, boxes)) { return box; }
    }
    return null;
  }
  function guideLabel(ctx, text, box) {
    ctx.fillStyle = "rgba(255, 255, 255, 0.88)";
    ctx.fillRect(box.x, box.y, box.w, box.h);
    ctx.fillStyle = "#2b3440";
    ctx.fillText(text, box.x + 5, box.y + box.h / 2);
  }
  network.on("afterDrawing", function (ctx) {
    if (!guides.length) { return; }
    var canvas = ctx.canvas;
    var w = canvas.clientWidth;
    var h = canvas.clientHeight;
    var drawn = [];
    ctx.save();
    ctx.setTransform(canvas.width / w, 0, 0, canvas.height / h, 0, 0);
    ctx.font = "600 14px system-ui, sans-serif";
    ctx.textBaseline = "middle";
    var boxes = [];
    guides.forEach(function (g) {
      if (g.kind !== "band" && !(g.r > 0)) { return; }
      var box = labelBox(ctx, g, w, h, boxes);
      if (!box || box.y < 0 || box.y + box.h > h || box.x + box.w < 0 || box.x > w) { return; }
      guideLabel(ctx, g.label, box);
      boxes.push(box);
      drawn.push(g.label);
    });
    ctx.restore();
    var text = drawn.join("|");
    window.govgraph.guideLabels = drawn;
    if (container.getAttribute("data-guide-labels") !== text) { container.setAttribute("data-guide-labels", text); }
  });

  // Legend: swatches drawn as SVG, labels as text.
  var SVG = "http://www.w3.org/2000/svg";
  function svg(tag, attrs) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }
  function shapeSwatch(item) {
    var shape = item.shape;
    var box = svg("svg", { width: 22, height: 22, viewBox: "0 0 22 22" });
    var common = { fill: item.colour, stroke: "#333", "stroke-width": item.border || 1 };
    if (item.borderDashes) { common["stroke-dasharray"] = item.borderDashes.join(" "); }
    var s;
    if (shape === "ring") { s = svg("circle", { cx: 11, cy: 11, r: 8, fill: "none", stroke: item.colour, "stroke-width": 2, "stroke-dasharray": "3 2" }); }
    else if (shape === "band") { s = svg("rect", { x: 0, y: 5, width: 22, height: 12, fill: item.colour, stroke: "#c8ced6" }); }
    else if (shape === "square") { s = svg("rect", Object.assign({ x: 4, y: 4, width: 14, height: 14 }, common)); }
    else if (shape === "diamond") { s = svg("polygon", Object.assign({ points: "11,2 20,11 11,20 2,11" }, common)); }
    else if (shape === "triangle") { s = svg("polygon", Object.assign({ points: "11,2 20,19 2,19" }, common)); }
    else if (shape === "triangleDown") { s = svg("polygon", Object.assign({ points: "2,3 20,3 11,20" }, common)); }
    else if (shape === "hexagon") { s = svg("polygon", Object.assign({ points: "6,3 16,3 21,11 16,19 6,19 1,11" }, common)); }
    else if (shape === "star") { s = svg("polygon", Object.assign({ points: "11,1 13.6,8 21,8 15,12.6 17.3,20 11,15.5 4.7,20 7,12.6 1,8 8.4,8" }, common)); }
    else { s = svg("circle", Object.assign({ cx: 11, cy: 11, r: 8 }, common)); }
    box.appendChild(s);
    return box;
  }
  function lineSwatch(item) {
    var box = svg("svg", { width: 40, height: 14, viewBox: "0 0 40 14" });
    var attrs = { stroke: item.colour, "stroke-width": item.width, fill: "none" };
    if (item.dashes) { attrs["stroke-dasharray"] = item.dashes.join(" "); }
    if (item.curved) {
      box.appendChild(svg("path", Object.assign({ d: "M2 10 Q20 0 38 10" }, attrs)));
      box.appendChild(svg("line", Object.assign({ x1: 2, y1: 10, x2: 38, y2: 10 }, attrs)));
    } else {
      box.appendChild(svg("line", Object.assign({ x1: 2, y1: 7, x2: 38, y2: 7 }, attrs)));
    }
    if (item.startDot) { box.appendChild(svg("circle", { cx: 5, cy: 7, r: 3.5, fill: item.colour })); }
    if (item.arrow) { box.appendChild(svg("polygon", { points: "38,7 30,2.5 30,11.5", fill: item.colour })); }
    return box;
  }
  var legendNodes = document.getElementById("gg-legend-nodes");
  (data.legend.nodes || []).forEach(function (item) {
    var row = el("div", "gg-legend-row");
    row.setAttribute("data-legend", item.key);
    row.appendChild(shapeSwatch(item));
    row.appendChild(el("span", null, item.label));
    legendNodes.appendChild(row);
  });
  var legendEdges = document.getElementById("gg-legend-edges");
  (data.legend.edges || []).forEach(function (item) {
    var row = el("div", "gg-legend-row");
    row.setAttribute("data-legend", item.key);
    row.appendChild(lineSwatch(item));
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
  function allValues(field) {
    return [].concat.apply([], nodes.getIds().map(function (id) { return nodeValues(id, field); }));
  }
  function counts(values) {
    var c = {};
    values.forEach(function (v) { c[v] = (c[v] || 0) + 1; });
    return c;
  }
  var filterValues = {
    kind: counts(allValues("kind")),
    level: counts(allValues("level")),
    region: counts(allValues("region")),
    type: counts(edges.getIds().map(edgeValue)),
    binding: counts(edges.getIds().filter(function (id) { return !edgeMeta[id].gap; }).map(edgeBinding)),
    direction: counts(edges.getIds().map(edgeDirection))
  };
  var subtitle = document.getElementById("gg-subtitle");
  // With physics off, vis-network redraws the whole canvas at once on every data event; a refresh sends up
  // to four (nodes and ties removed and added), so redraws are held back until both views are updated.
  // (_blockRedraw and _allowRedraw are vis-network's own events, used by its setData.)
  function refresh() {
    recompute();
    network.body.emitter.emit("_blockRedraw");
    try {
      nodesView.refresh();
      edgesView.refresh();
    } finally {
      network.body.emitter.emit("_allowRedraw");
    }
    network.body.emitter.emit("_requestRedraw");  // one redraw, on the next frame
    showCounts();
  }
  function showCounts() {
    subtitle.textContent = "showing " + nodesView.length + " of " + nodes.length + " nodes, " + edgesView.length +
      " of " + edges.length + " ties";
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
        pinned = {};
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
      cb.addEventListener("change", function () { hidden[field][v] = !cb.checked; pinned = {}; refresh(); });
      boxes.push(cb);
      label.appendChild(cb);
      label.appendChild(line("span", null, [isolated(words(v))]));
      label.appendChild(el("span", "gg-count", filterValues[field][v]));
      box.appendChild(label);
    });
  });

  // Year slider and play button: the map as of 1 January of the chosen year (the page starts on data.as_of).
  var asOfLabel = document.getElementById("gg-asof");
  var slider = document.getElementById("gg-year");
  var sliderValue = document.getElementById("gg-year-value");
  var playButton = document.getElementById("gg-play");
  function yearOf(date) { return date ? parseInt(String(date).slice(0, 4), 10) : NaN; }
  var years = [];
  nodes.getIds().forEach(function (id) { years.push(yearOf(nodeSpan(id)[0]), yearOf(nodeSpan(id)[1])); });
  edges.getIds().forEach(function (id) {
    var m = edgeMeta[id];
    (m.spans || [[m.since, m.until]]).forEach(function (s) { years.push(yearOf(s[0]), yearOf(s[1])); });
  });
  // a loop, not Math.min.apply: a large map has more dates than a call can take arguments
  var lastYear = asOf ? yearOf(asOf) : new Date().getFullYear();
  var firstYear = lastYear;
  years.forEach(function (y) {
    if (isNaN(y)) { return; }
    if (y < firstYear) { firstYear = y; }
    if (!asOf && y > lastYear) { lastYear = y; }
  });
  function showAsOf() {
    asOfLabel.textContent = asOf ? "as of " + asOf : "all dates";
    sliderValue.textContent = asOf ? asOf : "all dates";
  }
  function setYear(year) {
    var y = Math.max(firstYear, Math.min(lastYear, Math.round(Number(year))));
    asOf = y + "-01-01";
    slider.value = String(y);
    showAsOf();
    refresh();
  }
  function setDate(day) {  // back to a day that is not a 1 January, e.g. the page's own date
    asOf = day || null;
    slider.value = String(asOf ? yearOf(asOf) : lastYear);
    showAsOf();
    refresh();
  }
  // Play: one year per step, the next step timed from the end of the last (a large map redraws slowly).
  var playing = null;
  function stopPlaying() {
    if (playing !== null) { clearTimeout(playing); }
    playing = null;
    playButton.textContent = "Play";
    playButton.setAttribute("aria-pressed", "false");
  }
  function playStep() {
    if (Number(slider.value) >= lastYear) { stopPlaying(); return; }
    setYear(Number(slider.value) + 1);
    playing = setTimeout(playStep, 800);
  }
  function play() {
    if (playing !== null) { stopPlaying(); return; }
    if (Number(slider.value) >= lastYear) { setYear(firstYear); }
    playButton.textContent = "Pause";
    playButton.setAttribute("aria-pressed", "true");
    playing = setTimeout(playStep, 800);
  }
  slider.min = String(firstYear);
  slider.max = String(lastYear);
  slider.value = String(lastYear);
  // While the slider is dragged ("input"), the date label follows at once and the map once the hand
  // rests for 150 ms; letting go ("change", also sent by the keyboard) draws the year at once.
  var pending = null;
  slider.addEventListener("input", function () {
    stopPlaying();
    sliderValue.textContent = slider.value + "-01-01";
    if (pending !== null) { clearTimeout(pending); }
    pending = setTimeout(function () { pending = null; setYear(slider.value); }, 150);
  });
  slider.addEventListener("change", function () {
    if (pending !== null) { clearTimeout(pending); pending = null; }
    if (asOf !== slider.value + "-01-01") { setYear(slider.value); }
  });
  playButton.addEventListener("click", play);
  document.getElementById("gg-timebar").hidden = firstYear >= lastYear;
  showAsOf();
  showCounts();  // the views were filtered for data.as_of when they were made

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

  // Gaps of a gap map as a list of buttons (reachable by Tab, opened by Enter): each selects its missing
  // tie, centres on the counterpart and puts the reason and evidence in the details panel.
  var gapIds = edges.getIds().filter(function (id) { return edgeMeta[id].gap; });
  var gapsList = document.getElementById("gg-gaps-list");
  gapIds.forEach(function (id) {
    var e = edges.get(id);
    var m = edgeMeta[id];
    var b = line("button", "gg-gap", [isolated(nodeName[e.to] || e.to), " \u2013 ", isolated(m.gap.reason)]);
    b.type = "button";
    b.setAttribute("data-edge", id);
    b.addEventListener("click", function () {
      if (visibleNodes[e.to]) {
        network.selectEdges([id]);
        network.focus(e.to, { scale: Math.max(network.getScale(), 0.8), animation: false });
      }
      showDetails(edgeInfo(e, m));
    });
    var li = el("li");
    li.appendChild(b);
    gapsList.appendChild(li);
  });
  document.getElementById("gg-gaps").hidden = gapIds.length === 0;

  // Search over name, acronym, aliases and id; results are buttons that select and centre the node.
  // A node hidden by a filter is revealed (pinned) when picked, and the status line says which filter hid it.
  var search = document.getElementById("gg-search");
  var results = document.getElementById("gg-search-results");
  var searchStatus = document.getElementById("gg-search-status");
  var index = data.nodes.map(function (n) {
    var m = nodeMeta[n.id];
    var names = [m.name, n.id].concat(m.acronym ? [m.acronym] : [], m.aliases || []);
    return { id: n.id, names: names, lower: names.map(function (t) { return String(t).toLowerCase(); }) };
  });
  function match(r, q) {
    var best = null;
    r.lower.forEach(function (t, i) {
      var pos = t.indexOf(q);
      if (pos < 0) { return; }
      var rank = t === q ? 0 : (pos === 0 ? 1 : 2);
      if (best === null || rank < best.rank) { best = { rank: rank, field: i }; }
    });
    return best;
  }
  function select(id) {
    var why = hiddenBy(id);
    if (!nodePresent(id)) {  // a filter can be overridden, a date cannot: say why, and when it would show
      searchStatus.textContent = "";
      searchStatus.appendChild(isolated(nodeMeta[id].name));
      searchStatus.appendChild(document.createTextNode(" is not on the map as of " + asOf + ": " + absentWhy(id) +
        ". Move the year slider to a year when it existed."));
      showDetails(nodeInfo(id, nodeMeta[id]));
      return;
    }
    if (!visibleNodes[id]) {
      pinned[id] = true;
      refresh();
      searchStatus.textContent = "";
      searchStatus.appendChild(isolated(nodeMeta[id].name));
      searchStatus.appendChild(document.createTextNode(" is hidden by the filters (" + why.join(", ") +
        "); it is shown anyway, with its ties to the nodes in view, until a filter changes."));
    } else {
      searchStatus.textContent = "";
    }
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.1), animation: false });
    showDetails(nodeInfo(id, nodeMeta[id]));
  }
  search.addEventListener("input", function () {
    var q = search.value.trim().toLowerCase();
    results.textContent = "";
    searchStatus.textContent = "";
    if (!q) { return; }
    var hits = [];
    index.forEach(function (r) {
      var found = match(r, q);
      if (found) { hits.push({ r: r, rank: found.rank, field: found.field }); }
    });
    hits.sort(function (a, b) { return a.rank - b.rank; });
    hits.slice(0, 20).forEach(function (hit) {
      var r = hit.r;
      var li = el("li");
      var b = line("button", null, [isolated(nodeMeta[r.id].name), " [", isolated(r.id), "]"]);
      b.type = "button";
      if (hit.field > 1) { b.appendChild(line("span", "gg-search-why", [" – ", isolated(r.names[hit.field])])); }
      if (!nodePresent(r.id)) {
        b.appendChild(el("span", "gg-search-why", " (not on the map as of " + asOf + ")"));
      } else if (!visibleNodes[r.id]) {
        b.appendChild(el("span", "gg-search-why", " (hidden by filters)"));
      }
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

  // Keyboard zoom and pan on the map (and on the page when nothing else has the focus), plus buttons.
  var PAN_PX = 80;
  function zoomBy(factor) {
    network.moveTo({ position: network.getViewPosition(), scale: network.getScale() * factor });
  }
  function panBy(dx, dy) {
    var scale = network.getScale();
    var at = network.getViewPosition();
    network.moveTo({ position: { x: at.x + dx / scale, y: at.y + dy / scale }, scale: scale });
  }
  var KEYS = {
    "+": function () { zoomBy(1.25); }, "=": function () { zoomBy(1.25); },
    "-": function () { zoomBy(0.8); }, "_": function () { zoomBy(0.8); },
    ArrowLeft: function () { panBy(-PAN_PX, 0); }, ArrowRight: function () { panBy(PAN_PX, 0); },
    ArrowUp: function () { panBy(0, -PAN_PX); }, ArrowDown: function () { panBy(0, PAN_PX); },
    "0": fitView
  };
  function onKey(ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey || !KEYS[ev.key]) { return; }
    KEYS[ev.key]();
    ev.preventDefault();
  }
  container.addEventListener("keydown", onKey);
  document.addEventListener("keydown", function (ev) { if (ev.target === document.body) { onKey(ev); } });
  var ACTIONS = { "zoom-in": KEYS["+"], "zoom-out": KEYS["-"], fit: KEYS["0"] };

  // What the presentation script (map_present.js) and the tests drive.
  api.meta = function (id) { return nodeMeta[id]; };
  api.setYear = setYear;
  api.setDate = setDate;
  api.asOf = function () { return asOf; };
  api.years = [firstYear, lastYear];
  api.fitView = fitView;
  api.select = select;
  api.actions = ACTIONS;
  api.setFilter = function (field, shown) {  // shown: the values to keep checked (null: all)
    Array.prototype.forEach.call(document.querySelectorAll(".gg-filter[data-field=" + field + "] input"),
      function (cb) {
        cb.checked = shown === null || shown.indexOf(cb.value) >= 0;
        hidden[field][cb.value] = !cb.checked;
      });
  };
  api.refresh = function () { pinned = {}; refresh(); };
  Array.prototype.forEach.call(document.querySelectorAll("#gg-toolbar button"), function (b) {
    b.addEventListener("click", function () { ACTIONS[b.getAttribute("data-action")](); });
  });
}());
