(function () {
  "use strict";
  function setup(root) {
    root.setAttribute("data-ready", "1");
    var panel = root.querySelector(".tlv-details");
    var hint = panel ? panel.innerHTML : "";
    var items = root.querySelectorAll(".tlv-item");
    var pinned = null;
    function show(item) {
      if (!panel) { return; }
      if (!item) { panel.innerHTML = hint; return; }
      var info = item.querySelector(".tlv-info");
      if (!info) { return; }
      var copy = info.cloneNode(true);
      copy.removeAttribute("hidden");
      copy.style.setProperty("--tlv-c", getComputedStyle(item).getPropertyValue("--tlv-c"));
      panel.replaceChildren(copy);
    }
    function pin(item) {
      if (pinned) { pinned.classList.remove("tlv-selected"); }
      pinned = pinned === item ? null : item;
      if (pinned) { pinned.classList.add("tlv-selected"); }
      show(pinned);
    }
    items.forEach(function (item) {
      item.removeAttribute("title");
      item.addEventListener("mouseenter", function () { show(item); });
      item.addEventListener("mouseleave", function () { show(pinned); });
      item.addEventListener("focus", function () { show(item); });
      item.addEventListener("click", function () { pin(item); });
      item.addEventListener("keydown", function (ev) {
        if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); pin(item); }
      });
    });
    // A link to "page.html#tlv-event=e3" opens with that event selected.
    var wanted = /[#&]tlv-event=([^&]+)/.exec(window.location.hash || "");
    if (wanted) {
      var id = decodeURIComponent(wanted[1]);
      items.forEach(function (item) { if (item.getAttribute("data-event-id") === id && !pinned) { pin(item); } });
    }
    // Record where each label and anchor was drawn (page pixels): read back by the browser tests.
    var r = function (v) { return Math.round(v * 10) / 10; };
    var canvas = root.querySelector(".tlv-canvas");
    if (canvas) {
      var c = canvas.getBoundingClientRect();
      canvas.setAttribute("data-rect", [r(c.left), r(c.top), r(c.right), r(c.bottom)].join(","));
    }
    items.forEach(function (item) {
      var label = item.querySelector(".tlv-label");
      var anchor = item.querySelector(".tlv-anchor");
      if (label) {
        var b = label.getBoundingClientRect();
        var box = item.classList.contains("tlv-point") ? item.getBoundingClientRect() : b;
        item.setAttribute("data-rect", [r(box.left), r(box.top), r(box.right), r(box.bottom)].join(","));
      }
      if (anchor) {
        var a = anchor.getBoundingClientRect();
        item.setAttribute("data-x", String(r(item.classList.contains("tlv-point") ? a.left + a.width / 2 : a.left)));
      }
    });
  }
  var roots = document.querySelectorAll(".tlv[data-timeline-view]:not([data-ready])");
  roots.forEach(setup);
})();
