/* govgraph map page, presenting: story steps (caption, focus or selection, filters, year) with
   previous/next, full screen, a "save PNG" button, and the print layout's redraw.
   Runs after map_app.js and drives the map only through window.govgraph. */
(function () {
  "use strict";
  var api = window.govgraph;
  var network = api.network;
  var data = api.data;
  var FIELDS = ["kind", "level", "binding", "direction", "region", "type"];

  // Story: each step is self-contained (filters not named are reset, no year means the page's own date),
  // so going back shows exactly what going forward showed.
  var story = data.story || null;
  var panel = document.getElementById("gg-story");
  var caption = document.getElementById("gg-story-caption");
  var counter = document.getElementById("gg-story-count");
  var prev = document.getElementById("gg-story-prev");
  var next = document.getElementById("gg-story-next");
  var current = -1;
  function placeNodes(step) {
    var present = api.nodesView.getIds();
    var ids = (step.selection || (step.focus ? [step.focus] : [])).filter(function (id) {
      return present.indexOf(id) >= 0;
    });
    document.getElementById("gg-search-status").textContent = "";
    if (step.focus && ids.length) {
      api.select(step.focus);
      return;
    }
    document.getElementById("gg-details").hidden = true;
    if (ids.length) {  // the selection with its neighbours in view, for context
      network.selectNodes(ids);
      var around = {};
      ids.forEach(function (id) {
        around[id] = true;
        network.getConnectedNodes(id).forEach(function (n) { if (present.indexOf(n) >= 0) { around[n] = true; } });
      });
      network.fit({ nodes: Object.keys(around), animation: false });
      if (network.getScale() > 1.2) { network.moveTo({ scale: 1.2, animation: false }); }
    } else {
      network.unselectAll();
      api.fitView();
    }
    clearCaption();
  }
  // Keep what was fitted clear of the caption box at the bottom and the year bar at the top.
  function clearCaption() {
    var stage = document.getElementById("gg-map").clientHeight;
    var below = panel.offsetHeight + 16;
    var above = 50;
    if (stage <= below + above + 100) { return; }
    var scale = network.getScale() * (stage - below - above) / stage;
    var at = network.getViewPosition();
    network.moveTo({ position: { x: at.x, y: at.y + (below - above) / 2 / scale }, scale: scale, animation: false });
  }
  function showStep(i) {
    var steps = story.steps;
    current = Math.max(0, Math.min(steps.length - 1, i));
    var step = steps[current];
    var filters = step.filters || {};
    FIELDS.forEach(function (f) { api.setFilter(f, filters[f] || null); });
    api.refresh();
    if (step.year !== undefined && step.year !== null) { api.setYear(step.year); } else { api.setDate(data.as_of); }
    placeNodes(step);
    caption.textContent = step.caption;
    counter.textContent = "Step " + (current + 1) + " of " + steps.length;
    prev.disabled = current === 0;
    next.disabled = current === steps.length - 1;
    panel.setAttribute("data-step", String(current + 1));
  }
  if (story && story.steps && story.steps.length) {
    panel.hidden = false;
    if (story.title) { panel.setAttribute("aria-label", "Story: " + story.title); }
    prev.addEventListener("click", function () { showStep(current - 1); });
    next.addEventListener("click", function () { showStep(current + 1); });
    // Presentation remotes send PageDown and PageUp; the arrow keys stay for panning.
    document.addEventListener("keydown", function (ev) {
      if (ev.key === "PageDown") { showStep(current + 1); ev.preventDefault(); }
      if (ev.key === "PageUp") { showStep(current - 1); ev.preventDefault(); }
    });
    showStep(0);
  }
  api.story = { show: showStep, current: function () { return current; } };

  // Full screen: the whole page (map, story caption, controls); Esc leaves it.
  function toggleFullScreen() {
    var done = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen();
    if (done && done.catch) { done.catch(function () { /* refused (no user gesture): nothing to do */ }); }
  }
  document.addEventListener("fullscreenchange", function () { setTimeout(api.fitView, 50); });

  // Save PNG: the canvas as drawn now, on white, with the title and date on top; downloaded offline
  // through an <a download> with a data: URL.
  // The story caption, if a step is showing, wrapped to the image width (at most three lines).
  function captionLines(ctx, width) {
    if (current < 0) { return []; }
    var lines = [""];
    story.steps[current].caption.split(/\s+/).forEach(function (word) {
      var last = lines[lines.length - 1];
      var tried = last ? last + " " + word : word;
      if (ctx.measureText(tried).width > width && last) { lines.push(word); } else { lines[lines.length - 1] = tried; }
    });
    return lines.slice(0, 3);
  }
  function pngDataUrl() {
    var source = document.querySelector("#gg-map canvas");
    var ratio = source.width / Math.max(1, source.clientWidth);
    var out = document.createElement("canvas");
    var ctx = out.getContext("2d");
    var captionFont = Math.round(14 * ratio) + "px system-ui, sans-serif";
    ctx.font = captionFont;
    var lines = captionLines(ctx, source.width - 20 * ratio);
    var line = Math.round(20 * ratio);
    var band = Math.round(34 * ratio) + lines.length * line;
    out.width = source.width;
    out.height = source.height + band;
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, out.width, out.height);
    ctx.drawImage(source, 0, band);
    ctx.fillStyle = "#222222";
    ctx.textBaseline = "middle";
    ctx.font = "600 " + Math.round(16 * ratio) + "px system-ui, sans-serif";
    var heading = data.title + (api.asOf() ? " \u2013 as of " + api.asOf() : "");
    ctx.fillText(heading, 10 * ratio, 17 * ratio);
    ctx.font = captionFont;
    lines.forEach(function (text, i) { ctx.fillText(text, 10 * ratio, 34 * ratio + (i + 0.5) * line); });
    return out.toDataURL("image/png");
  }
  function fileName() {
    var base = String(data.title).replace(/[^A-Za-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60) || "map";
    return base + (api.asOf() ? "-" + api.asOf() : "") + ".png";
  }
  function savePng() {
    var a = document.createElement("a");
    a.href = pngDataUrl();
    a.download = fileName();
    document.body.appendChild(a);
    a.click();
    a.remove();
  }
  api.pngDataUrl = pngDataUrl;
  api.actions.fullscreen = toggleFullScreen;
  api.actions.png = savePng;

  // Printing: the map takes the page width (see @media print in map_app.css); redraw it at that size.
  window.addEventListener("beforeprint", function () { network.redraw(); api.fitView(); });
  window.addEventListener("afterprint", function () { network.redraw(); api.fitView(); });
}());
