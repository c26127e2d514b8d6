namespace Hatchery.Perf.Profiling;

/// <summary>
/// The script embedded in every flame graph: hover details, click to zoom, search. Frames are <c>g.f</c> elements
/// carrying their unzoomed position (<c>data-x</c>, <c>data-w</c>), depth (<c>data-d</c>) and samples (<c>data-n</c>).
/// </summary>
internal static class FlameGraphScript
{
    /// <summary>The script; <c>{{WIDTH}}</c>, <c>{{MARGIN}}</c> and <c>{{CHAR}}</c> are filled in by the writer.</summary>
    public const string Text = """
        var WIDTH = {{WIDTH}}, MARGIN = {{MARGIN}}, CHAR = {{CHAR}};
        var frames, details, matched, resetButton, zoomed = null, pattern = null;
        function init(evt) {
          frames = Array.prototype.slice.call(document.querySelectorAll("g.f"));
          details = document.getElementById("details");
          matched = document.getElementById("matched");
          resetButton = document.getElementById("reset");
          var box = document.getElementById("term");
          if (box) box.addEventListener("keyup", function (e) { if (e.key === "Enter") search(box.value); });
          frames.forEach(function (g) {
            g.addEventListener("mouseover", function () { details.textContent = g.querySelector("title").textContent; });
            g.addEventListener("mouseout", function () { details.textContent = " "; });
            g.addEventListener("click", function () { zoom(g); });
          });
        }
        function num(g, name) { return parseFloat(g.getAttribute("data-" + name)); }
        function nameOf(g) { var t = g.querySelector("title").textContent; return t.substring(0, t.lastIndexOf(" (")); }
        function place(g, x, w) {
          var rect = g.querySelector("rect"), text = g.querySelector("text"), name = nameOf(g);
          rect.setAttribute("x", x); rect.setAttribute("width", w);
          text.setAttribute("x", x + 3);
          var fits = Math.floor((w - 6) / CHAR);
          text.textContent = fits >= name.length ? name : fits < 3 ? "" : name.substring(0, fits - 2) + "..";
        }
        function zoom(target) {
          var zx = num(target, "x"), zw = num(target, "w"), zd = num(target, "d");
          if (num(target, "d") === 0) { resetZoom(); return; }
          zoomed = target;
          resetButton.classList.remove("hidden");
          var scale = WIDTH / zw;
          frames.forEach(function (g) {
            var x = num(g, "x"), w = num(g, "w"), d = num(g, "d");
            g.classList.remove("hidden"); g.classList.remove("dim");
            if (d < zd && x <= zx + 0.0001 && x + w >= zx + zw - 0.0001) {
              g.classList.add("dim"); place(g, MARGIN, WIDTH);          // a caller: full width, dimmed
            } else if (d >= zd && x >= zx - 0.0001 && x + w <= zx + zw + 0.0001) {
              place(g, MARGIN + (x - zx) * scale, w * scale);         // the frame and its callees
            } else {
              g.classList.add("hidden");
            }
          });
        }
        function resetZoom() {
          zoomed = null;
          resetButton.classList.add("hidden");
          frames.forEach(function (g) {
            g.classList.remove("hidden"); g.classList.remove("dim");
            place(g, num(g, "x"), num(g, "w"));
          });
        }
        function search(term) {
          if (term === undefined) {
            var box = document.getElementById("term");
            term = box ? box.value : prompt("Search frames (regular expression); empty to clear", pattern ? pattern.source : "");
          }
          if (term === null) return;
          pattern = term === "" ? null : new RegExp(term);
          var total = 0, counted = [];
          frames.forEach(function (g) {
            var rect = g.querySelector("rect");
            if (!rect.hasAttribute("data-fill")) rect.setAttribute("data-fill", rect.getAttribute("fill"));
            var hit = pattern !== null && pattern.test(nameOf(g));
            rect.setAttribute("fill", hit ? "rgb(230,0,230)" : rect.getAttribute("data-fill"));
            // A match inside another match is already counted.
            if (hit && !counted.some(function (c) { return num(g, "x") >= num(c, "x") && num(g, "x") + num(g, "w") <= num(c, "x") + num(c, "w") + 0.0001 && num(g, "d") > num(c, "d"); })) {
              counted.push(g); total += num(g, "n");
            }
          });
          var all = frames.length ? num(frames[0], "n") : 0;
          matched.textContent = pattern === null ? "" : "Matched: " + (all ? (100 * total / all).toFixed(2) : "0") + "%";
        }
        """;
}
