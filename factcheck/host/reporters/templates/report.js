// factcheck HTML report: highlight on click, filters, keyboard navigation, checklist.
// Reads only the page's own data-* attributes; never builds HTML from strings.
(function () {
  "use strict";
  var RANK = { info: 1, warning: 2, error: 3 };
  var items = Array.prototype.slice.call(document.querySelectorAll("li.finding"));
  var byId = {};
  items.forEach(function (li) { byId[li.dataset.id] = li; });
  var segments = Array.prototype.slice.call(document.querySelectorAll(".seg[data-f]"));
  var current = null;

  function segmentsOf(attr, id) {
    return document.querySelectorAll(".seg[" + attr + "~='" + CSS.escape(id) + "']");
  }

  function clear(cls) {
    document.querySelectorAll("." + cls).forEach(function (el) { el.classList.remove(cls); });
  }

  function activate(id, fromArticle) {
    var li = byId[id];
    if (!li) { return; }
    clear("active");
    clear("ev-active");
    if (current) { current.classList.remove("current"); current.removeAttribute("aria-current"); }
    current = li;
    li.classList.add("current");
    li.setAttribute("aria-current", "true");
    var spans = segmentsOf("data-f", id);
    spans.forEach(function (el) { el.classList.add("active"); });
    var button = li.querySelector("button.go");
    if (button) { button.focus({ preventScroll: true }); }
    li.scrollIntoView({ block: "nearest" });
    if (spans.length && !fromArticle) { spans[0].scrollIntoView({ block: "center" }); }
  }

  function showEvidence(id) {
    clear("ev-active");
    var spans = segmentsOf("data-e", id);
    spans.forEach(function (el) { el.classList.add("ev-active"); });
    if (spans.length) { spans[0].scrollIntoView({ block: "center" }); }
  }

  function visible(li) { return !li.hidden; }

  function applyFilters() {
    var on = {};
    document.querySelectorAll(".filters input").forEach(function (box) {
      on[box.name + ":" + box.value] = box.checked;
    });
    items.forEach(function (li) {
      var show = on["severity:" + li.dataset.severity] !== false &&
        on["category:" + li.dataset.category] !== false;
      li.hidden = !show;
    });
    segments.forEach(function (seg) {
      var worst = "";
      seg.dataset.f.split(" ").forEach(function (id) {
        var li = byId[id];
        if (li && visible(li) && (!worst || RANK[li.dataset.severity] > RANK[worst])) {
          worst = li.dataset.severity;
        }
      });
      seg.classList.remove("hl", "sev-error", "sev-warning", "sev-info");
      if (worst) { seg.classList.add("hl", "sev-" + worst); }
      if (!worst) { seg.classList.remove("active"); }
    });
  }

  function step(delta) {
    var shown = items.filter(visible);
    if (!shown.length) { return; }
    var at = current ? shown.indexOf(current) : -1;
    var next = at < 0 ? (delta > 0 ? 0 : shown.length - 1)
      : Math.min(shown.length - 1, Math.max(0, at + delta));
    activate(shown[next].dataset.id, false);
  }

  document.addEventListener("click", function (event) {
    var target = event.target;
    if (!(target instanceof Element)) { return; }
    var go = target.closest("button[data-target]");
    if (go) { activate(go.dataset.target, false); return; }
    var ev = target.closest("button[data-evidence]");
    if (ev) { showEvidence(ev.dataset.evidence); return; }
    var seg = target.closest(".seg.hl[data-f]");
    if (seg) {
      var ids = seg.dataset.f.split(" ").filter(function (id) { return byId[id] && visible(byId[id]); });
      if (ids.length) { activate(ids[ids.length - 1], true); }
    }
  });

  document.addEventListener("keydown", function (event) {
    var el = event.target;
    if (event.altKey || event.ctrlKey || event.metaKey) { return; }
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) { return; }
    // j/k anywhere; the arrow keys only in the list, so they still scroll the page elsewhere.
    var inList = el instanceof Element && el.closest(".findings") !== null;
    if (event.key === "j" || (inList && event.key === "ArrowDown")) { step(1); event.preventDefault(); }
    else if (event.key === "k" || (inList && event.key === "ArrowUp")) { step(-1); event.preventDefault(); }
  });

  document.querySelectorAll(".filters input").forEach(function (box) {
    box.addEventListener("change", applyFilters);
  });

  function store() {
    try { return window.localStorage; } catch (e) { return null; }
  }

  function progress() {
    document.querySelectorAll(".checklist").forEach(function (section) {
      var boxes = section.querySelectorAll("input.verify");
      var done = section.querySelectorAll("input.verify:checked").length;
      var label = section.querySelector(".progress");
      if (label) { label.textContent = done + " of " + boxes.length + " checked"; }
    });
  }

  document.querySelectorAll("input.verify").forEach(function (box) {
    var saved = store();
    if (saved && saved.getItem("factcheck:" + box.dataset.key) === "1") { box.checked = true; }
    box.addEventListener("change", function () {
      var s = store();
      if (s) {
        try { s.setItem("factcheck:" + box.dataset.key, box.checked ? "1" : "0"); } catch (e) { /* full */ }
      }
      progress();
    });
  });
  progress();
})();
