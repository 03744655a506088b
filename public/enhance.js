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

  function enhance() {
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
