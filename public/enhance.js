// The only script most pages load (docs/decisions/0080-pages-without-framework-javascript.md): it adds
// what needs a browser API to pages that work without it. Buttons it drives are rendered `hidden` and
// shown here, so a reader without JavaScript sees the selectable text instead of a dead button.
(function () {
  "use strict";

  function announce(button, text) {
    var status = document.getElementById(button.getAttribute("data-status") || "");
    if (status) status.textContent = text;
  }

  function copyFrom(button) {
    var target = document.getElementById(button.getAttribute("data-copy-target") || "");
    if (!target) return;
    var text = "value" in target ? target.value : target.textContent || "";
    var label = button.getAttribute("data-label") || button.textContent;
    var done = button.getAttribute("data-done-label") || "Copied";
    var copied = navigator.clipboard ? navigator.clipboard.writeText(text) : Promise.reject(new Error("no clipboard"));
    copied.then(
      function () {
        button.textContent = done;
        announce(button, done);
        setTimeout(function () {
          button.textContent = label;
        }, 2500);
      },
      function () {
        // No clipboard access: select the text so the reader can copy it by hand.
        if (typeof target.select === "function") {
          target.focus();
          target.select();
        }
        announce(button, "Press Ctrl+C or Cmd+C to copy the selected text.");
      },
    );
  }

  function share(button) {
    var url = button.getAttribute("data-share-url") || location.href;
    navigator.share({ url: url, title: button.getAttribute("data-share-title") || document.title }).catch(function () {});
  }

  // Positions charts: arrow keys move focus from mark to mark (components/positions/MarkKeyboard.tsx).
  var MARK_KEYS = ["ArrowRight", "ArrowLeft", "ArrowUp", "ArrowDown", "Home", "End"];

  function centre(el) {
    var box = el.getBoundingClientRect();
    return box.left + box.width / 2;
  }

  function marksOf(row) {
    return Array.prototype.slice.call(row.querySelectorAll("[data-mark]")).sort(function (a, b) {
      return centre(a) - centre(b);
    });
  }

  function nextMark(current, key, rows) {
    var row = current.closest("[data-position-row]");
    if (!row) return undefined;
    var marks = marksOf(row);
    var at = marks.indexOf(current);
    if (key === "ArrowRight") return marks[at + 1];
    if (key === "ArrowLeft") return marks[at - 1];
    if (key === "Home") return marks[0];
    if (key === "End") return marks[marks.length - 1];
    var next = rows[rows.indexOf(row) + (key === "ArrowDown" ? 1 : -1)];
    if (!next) return undefined;
    var x = centre(current);
    return marksOf(next).reduce(function (best, m) {
      return !best || Math.abs(centre(m) - x) < Math.abs(centre(best) - x) ? m : best;
    }, undefined);
  }

  function moveBetweenMarks(root) {
    root.addEventListener("keydown", function (event) {
      var current = event.target && event.target.closest ? event.target.closest("[data-mark]") : null;
      if (!current || MARK_KEYS.indexOf(event.key) === -1) return;
      var rows = Array.prototype.slice.call(root.querySelectorAll("[data-position-row]"));
      var next = nextMark(current, event.key, rows);
      if (!next) return;
      event.preventDefault();
      next.focus();
    });
  }

  function enhance() {
    document.querySelectorAll("[data-mark-keyboard]").forEach(moveBetweenMarks);
    document.querySelectorAll("button[data-copy-target]").forEach(function (button) {
      button.setAttribute("data-label", button.textContent || "");
      button.hidden = false;
      button.addEventListener("click", function () {
        copyFrom(button);
      });
    });
    if (typeof navigator.share === "function") {
      document.querySelectorAll("button[data-share-url]").forEach(function (button) {
        button.hidden = false;
        button.addEventListener("click", function () {
          share(button);
        });
      });
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", enhance);
  else enhance();
})();
