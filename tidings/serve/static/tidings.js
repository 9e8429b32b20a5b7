// tidings dashboard: small progressive enhancements; every page works without this file.
(function () {
  "use strict";

  // Article view: the layer checkboxes switch entity / quote / event highlighting.
  function setupLayers() {
    var body = document.getElementById("body");
    var layers = document.getElementById("layers");
    if (!body || !layers) return;
    layers.addEventListener("change", function (e) {
      var box = e.target;
      if (!box.dataset || !box.dataset.layer) return;
      body.classList.toggle("show-" + box.dataset.layer, box.checked);
    });
  }

  // Article view: clicking an event in the list lights up its sentence without reloading.
  function focusEvent(id) {
    var pieces = document.querySelectorAll(".body .ev-focus, .body .ev-sel, .body .role-src, .body .role-tgt");
    pieces.forEach(function (el) { el.classList.remove("ev-focus", "ev-sel", "role-src", "role-tgt"); });
    document.querySelectorAll(".body .src-" + id).forEach(function (el) { el.classList.add("role-src"); });
    document.querySelectorAll(".body .tgt-" + id).forEach(function (el) { el.classList.add("role-tgt"); });
    document.querySelectorAll("li.event.selected").forEach(function (el) { el.classList.remove("selected"); });
    var parts = document.querySelectorAll(".body .ev-" + id);
    parts.forEach(function (el) { el.classList.add("ev-focus"); });
    var item = document.querySelector('li.event[data-event="' + id + '"]');
    if (item) item.classList.add("selected");
    var anchor = document.getElementById("ev-" + id);
    if (anchor) anchor.scrollIntoView({ block: "center", behavior: "smooth" });
    return parts.length;
  }

  function setupEvents() {
    var list = document.querySelector("ol.events");
    if (!list || !document.getElementById("body")) return;
    list.addEventListener("click", function (e) {
      var link = e.target.closest("a.event-link");
      if (!link) return;
      var id = link.dataset.event;
      if (!/^\d+$/.test(id)) return;
      if (focusEvent(id)) {
        e.preventDefault();
        history.replaceState(null, "", link.getAttribute("href"));
      }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    setupLayers();
    setupEvents();
  });
})();
