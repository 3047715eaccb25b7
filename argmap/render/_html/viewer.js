// argmap interactive map viewer: pan, zoom, search, and a panel for the clicked node.
// Self-contained: no network fetches except, in live-preview mode, to the local server
// that served the page. Text from the map is only ever written with textContent.
(function () {
  "use strict";
  var viewport = document.getElementById("am-viewport");
  var canvas = document.getElementById("am-canvas");
  var panel = document.getElementById("am-panel");
  var search = document.getElementById("am-search");
  var count = document.getElementById("am-count");
  var errorBox = document.getElementById("am-error");
  var statusBox = document.getElementById("am-status");
  var data = JSON.parse(document.getElementById("am-data").textContent);
  var view = { x: 0, y: 0, scale: 1 };
  var selected = null;
  var matches = [];
  var matchIndex = -1;

  function apply() {
    canvas.style.transform = "translate(" + view.x + "px," + view.y + "px) scale(" + view.scale + ")";
  }

  function fit() {
    var svg = canvas.querySelector("svg");
    if (!svg) { return; }
    view = { x: 0, y: 0, scale: 1 };
    apply();
    var box = svg.getBoundingClientRect();
    var vw = viewport.clientWidth, vh = viewport.clientHeight;
    if (!box.width || !box.height || !vw || !vh) { return; }
    var s = Math.min(vw / box.width, vh / box.height, 1) * 0.96;
    view.scale = s;
    view.x = (vw - box.width * s) / 2;
    view.y = (vh - box.height * s) / 2;
    apply();
  }

  function zoomAt(px, py, factor) {
    var s = Math.min(Math.max(view.scale * factor, 0.05), 20);
    factor = s / view.scale;
    view.x = px - (px - view.x) * factor;
    view.y = py - (py - view.y) * factor;
    view.scale = s;
    apply();
  }

  function zoomCentre(factor) { zoomAt(viewport.clientWidth / 2, viewport.clientHeight / 2, factor); }

  function centreOn(element) {
    var r = element.getBoundingClientRect(), v = viewport.getBoundingClientRect();
    view.x += v.left + v.width / 2 - (r.left + r.width / 2);
    view.y += v.top + v.height / 2 - (r.top + r.height / 2);
    apply();
  }

  function nodeFor(key) {
    var nodes = canvas.querySelectorAll("g[data-key]");
    for (var i = 0; i < nodes.length; i++) {
      if (nodes[i].getAttribute("data-key") === key) { return nodes[i]; }
    }
    return null;
  }

  function add(parent, tag, text, className) {
    var el = document.createElement(tag);
    if (text !== undefined && text !== null) { el.textContent = text; }
    if (className) { el.className = className; }
    parent.appendChild(el);
    return el;
  }

  function field(list, name, value) {
    if (value === undefined || value === null || value === "") { return null; }
    add(list, "dt", name);
    return add(list, "dd", value);
  }

  function keyLink(parent, key) {
    var link = add(parent, "a", key, "am-key");
    link.setAttribute("role", "button");
    link.setAttribute("tabindex", "0");
    link.addEventListener("click", function () { select(key, true); });
    link.addEventListener("keydown", function (e) { if (e.key === "Enter") { select(key, true); } });
    return link;
  }

  function showPanel(key) {
    var info = data.nodes[key];
    panel.textContent = "";
    if (!info) { add(panel, "p", "Nothing is known about " + key + ".", "am-hint"); return; }
    add(panel, "div", info.kind + (info.implicit ? " (implicit premise)" : ""), "am-kind");
    add(panel, "h2", info.text);
    add(panel, "div", "key: " + key, "am-hint");
    if (info.quote) {
      var q = add(panel, "blockquote", info.quote, "am-quote");
      q.setAttribute("data-role", "quote");
    }
    var list = add(panel, "dl");
    field(list, "Speaker", info.speaker);
    field(list, "Locator", info.locator);
    field(list, "Source", info.citation);
    field(list, "Source URL", info.source_url);
    field(list, "Scheme", info.scheme);
    field(list, "Weight", info.weight);
    field(list, "Note", info.note);
    if (info.questions && info.questions.length) {
      add(list, "dt", "Critical questions");
      info.questions.forEach(function (q) {
        var dd = add(list, "dd", null, "am-question am-question-" + q.status);
        var head = q.key + " " + q.label + " (" + q.kind + "): " + q.status;
        if (q.answer) { head += " " + q.answer; }
        dd.appendChild(document.createTextNode(head));
        if (q.by) {
          dd.appendChild(document.createTextNode(", by "));
          keyLink(dd, q.by);
        }
        if (q.raised_by) {
          dd.appendChild(document.createTextNode(", raised by "));
          q.raised_by.split(", ").forEach(function (k, i) {
            if (i) { dd.appendChild(document.createTextNode(", ")); }
            keyLink(dd, k);
          });
        }
        add(dd, "div", q.text, "am-hint");
        if (q.note) { add(dd, "div", q.note, "am-hint"); }
      });
    }
    field(list, "Status", info.status);
    field(list, "Explanation", info.explanation);
    if (info.relations && info.relations.length) {
      add(list, "dt", "Relations");
      info.relations.forEach(function (rel) {
        var dd = add(list, "dd");
        dd.appendChild(document.createTextNode(rel.label + " "));
        keyLink(dd, rel.key);
      });
    }
  }

  function select(key, centre) {
    if (selected) { selected.classList.remove("am-selected"); }
    selected = nodeFor(key);
    if (selected) {
      selected.classList.add("am-selected");
      if (centre) {
        if (view.scale < 0.8) { zoomCentre(1 / view.scale); }  // jump to a readable size
        centreOn(selected);
      }
    }
    showPanel(key);
  }

  function haystack(key) {
    var info = data.nodes[key] || {};
    return [key, info.text, info.quote, info.speaker, info.citation, info.note, info.scheme]
      .filter(Boolean).join("\n").toLowerCase();
  }

  function runSearch() {
    var query = search.value.trim().toLowerCase();
    matches = [];
    matchIndex = -1;
    var nodes = canvas.querySelectorAll("g.node[data-key]");
    for (var i = 0; i < nodes.length; i++) {
      var hit = query !== "" && haystack(nodes[i].getAttribute("data-key")).indexOf(query) >= 0;
      nodes[i].classList.toggle("am-match", hit);
      if (hit) { matches.push(nodes[i]); }
    }
    canvas.classList.toggle("am-searching", query !== "");
    count.textContent = query === "" ? "" : matches.length + (matches.length === 1 ? " match" : " matches");
  }

  function nextMatch(step) {
    if (!matches.length) { return; }
    matchIndex = (matchIndex + step + matches.length) % matches.length;
    select(matches[matchIndex].getAttribute("data-key"), true);
  }

  function wireNodes() {
    var nodes = canvas.querySelectorAll("g[data-key]");
    for (var i = 0; i < nodes.length; i++) {
      var node = nodes[i];
      var key = node.getAttribute("data-key");
      var info = data.nodes[key];
      node.setAttribute("tabindex", "0");
      node.setAttribute("role", "button");
      node.setAttribute("aria-label", info ? info.kind + ": " + info.text : key);
    }
  }

  function showError(message) {
    errorBox.textContent = message || "";
    document.body.classList.toggle("am-has-error", Boolean(message));
  }

  // --- pan (drag) and zoom (wheel, buttons, keys) -------------------------------------
  var drag = null;
  viewport.addEventListener("pointerdown", function (e) {
    if (e.button !== 0) { return; }
    drag = { x: e.clientX, y: e.clientY, vx: view.x, vy: view.y, moved: false, id: e.pointerId };
  });
  viewport.addEventListener("pointermove", function (e) {
    if (!drag) { return; }
    var dx = e.clientX - drag.x, dy = e.clientY - drag.y;
    if (!drag.moved && Math.abs(dx) + Math.abs(dy) > 4) {
      drag.moved = true;
      viewport.classList.add("am-dragging");
      viewport.setPointerCapture(drag.id);
    }
    if (drag.moved) { view.x = drag.vx + dx; view.y = drag.vy + dy; apply(); }
  });
  function endDrag(e) {
    if (!drag) { return; }
    var moved = drag.moved;
    if (moved && viewport.hasPointerCapture(drag.id)) { viewport.releasePointerCapture(drag.id); }
    drag = null;
    viewport.classList.remove("am-dragging");
    if (!moved && e.type === "pointerup") {
      var target = e.target.closest ? e.target.closest("g[data-key]") : null;
      if (target) { select(target.getAttribute("data-key"), false); }
    }
  }
  viewport.addEventListener("pointerup", endDrag);
  viewport.addEventListener("pointercancel", endDrag);
  viewport.addEventListener("wheel", function (e) {
    e.preventDefault();
    var r = viewport.getBoundingClientRect();
    zoomAt(e.clientX - r.left, e.clientY - r.top, Math.exp(-e.deltaY * 0.0015));
  }, { passive: false });
  canvas.addEventListener("keydown", function (e) {
    var target = e.target.closest ? e.target.closest("g[data-key]") : null;
    if (target && (e.key === "Enter" || e.key === " ")) {
      e.preventDefault();
      select(target.getAttribute("data-key"), false);
    }
  });
  document.getElementById("am-zoom-in").addEventListener("click", function () { zoomCentre(1.25); });
  document.getElementById("am-zoom-out").addEventListener("click", function () { zoomCentre(0.8); });
  document.getElementById("am-fit").addEventListener("click", fit);
  search.addEventListener("input", runSearch);
  search.addEventListener("keydown", function (e) {
    if (e.key === "Enter") { e.preventDefault(); nextMatch(e.shiftKey ? -1 : 1); }
    if (e.key === "Escape") { search.value = ""; runSearch(); }
  });
  document.addEventListener("keydown", function (e) {
    if (e.target === search) { return; }
    if (e.key === "/") { e.preventDefault(); search.focus(); }
    else if (e.key === "+" || e.key === "=") { zoomCentre(1.25); }
    else if (e.key === "-") { zoomCentre(0.8); }
    else if (e.key === "0") { fit(); }
  });
  window.addEventListener("resize", fit);

  // --- live preview: the local `argmap watch` server says when the map changed --------
  function refresh() {
    fetch("content", { cache: "no-store" }).then(function (r) { return r.json(); }).then(function (content) {
      if (content.svg !== null) {
        var keep = selected ? selected.getAttribute("data-key") : null;
        var first = !canvas.querySelector("svg");
        canvas.innerHTML = content.svg;  // the server's own rendering of the map
        data = content.data;
        document.title = data.title;
        document.getElementById("am-title").textContent = data.title;
        selected = null;
        wireNodes();
        runSearch();
        if (first) { fit(); }
        if (keep && data.nodes[keep]) { select(keep, false); }
      }
      showError(content.error);
      statusBox.textContent = "updated " + new Date().toLocaleTimeString();
      statusBox.setAttribute("data-generation", String(content.generation));
    }).catch(function () { statusBox.textContent = "waiting for the server..."; });
  }

  wireNodes();
  showError(data.error);
  fit();
  if (data.live) {
    statusBox.setAttribute("data-generation", String(data.generation));
    var events = new EventSource("events");
    events.addEventListener("update", refresh);
    events.onerror = function () { statusBox.textContent = "disconnected; retrying..."; };
    events.onopen = function () { refresh(); };
  }
}());
