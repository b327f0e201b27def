/* newsreport data tables: sortable, searchable, paged tables drawn from JSON embedded in the page.
   Hand-written, no library, nothing fetched: the HTML report works offline. Each div.datatable
   holds a JSON script element {"columns": [{"name", "numeric"}], "rows": [[...], ...]}; this
   script draws a filter box, the table and a pager into it.
   Clicking a column heading sorts by it (again: the other way); typing in the box keeps the rows
   that contain every word typed. */
(function () {
  "use strict";
  var collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });
  var LONG = 160;  /* characters: longer cells are clamped to a few lines until clicked */

  function show(value, numeric) {
    if (value === null || value === undefined) return "";
    if (numeric && typeof value === "number") {
      return value.toLocaleString("en", { maximumFractionDigits: Number.isInteger(value) ? 0 : 3 });
    }
    return String(value);
  }

  function empty(value) { return value === null || value === undefined || value === ""; }

  function compare(a, b, numeric) {
    return numeric ? a - b : collator.compare(String(a), String(b));
  }

  function make(tag, attrs, text) {
    var el = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { el.setAttribute(k, attrs[k]); });
    if (text !== undefined) el.textContent = text;
    return el;
  }

  function init(box) {
    var spec = JSON.parse(box.querySelector("script[type='application/json']").textContent);
    var columns = spec.columns, rows = spec.rows, pageSize = Number(box.getAttribute("data-page-size")) || 25;
    var text = rows.map(function (row) { return row.map(function (v, i) { return show(v, columns[i].numeric); })
      .join("\u0001").toLowerCase(); });
    var order = rows.map(function (_, i) { return i; }), matching = order, page = 0, sortColumn = -1, direction = 1;

    var controls = make("div", { "class": "dt-controls" });
    var filter = make("input", { type: "search", "class": "dt-filter", placeholder: "Filter rows (every word must match)",
      "aria-label": "Filter the rows of this table" });
    var status = make("span", { "class": "dt-status", "aria-live": "polite" });
    controls.appendChild(filter);
    controls.appendChild(status);
    var table = make("table", { "class": "exhibit dt-table" });
    var head = make("tr");
    columns.forEach(function (column, i) {
      var th = make("th", { "class": column.numeric ? "num" : "", "aria-sort": "none", scope: "col" });
      var button = make("button", { type: "button", "class": "dt-sort", title: "Sort by " + column.name }, column.name);
      button.addEventListener("click", function () { sortBy(i); });
      th.appendChild(button);
      head.appendChild(th);
    });
    table.appendChild(make("thead")).appendChild(head);
    var body = table.appendChild(make("tbody"));
    var pager = make("div", { "class": "dt-pager" });
    var previous = make("button", { type: "button", "class": "dt-previous" }, "‹ Previous");
    var next = make("button", { type: "button", "class": "dt-next" }, "Next ›");
    pager.appendChild(previous);
    pager.appendChild(next);
    previous.addEventListener("click", function () { page = Math.max(0, page - 1); draw(); });
    next.addEventListener("click", function () { page += 1; draw(); });
    filter.addEventListener("input", function () { apply(); });
    var scroller = make("div", { "class": "dt-scroll" });
    scroller.appendChild(table);
    box.appendChild(controls);
    box.appendChild(scroller);
    box.appendChild(pager);

    function apply() {
      var words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
      matching = order.filter(function (i) { return words.every(function (w) { return text[i].indexOf(w) >= 0; }); });
      page = 0;
      draw();
    }

    function sortBy(i) {
      direction = sortColumn === i ? -direction : 1;
      sortColumn = i;
      var numeric = columns[i].numeric;
      order = rows.map(function (_, k) { return k; }).sort(function (a, b) {
        var x = rows[a][i], y = rows[b][i];
        if (empty(x) || empty(y)) return (empty(x) - empty(y)) || a - b;  /* empty cells last, either way */
        return direction * compare(x, y, numeric) || a - b;  /* ties keep the table's own order */
      });
      Array.prototype.forEach.call(head.children, function (th, k) {
        th.setAttribute("aria-sort", k === i ? (direction > 0 ? "ascending" : "descending") : "none");
      });
      apply();
    }

    function draw() {
      var pages = Math.max(1, Math.ceil(matching.length / pageSize));
      page = Math.min(page, pages - 1);
      var first = page * pageSize, shown = matching.slice(first, first + pageSize);
      body.textContent = "";
      shown.forEach(function (r) {
        var tr = make("tr");
        rows[r].forEach(function (v, i) {
          var cell = show(v, columns[i].numeric);
          var td = make("td", { "class": columns[i].numeric ? "num" : "" });
          if (cell.length > LONG) {  /* a long cell shows a few lines; a click shows it all */
            var clamp = td.appendChild(make("div", { "class": "dt-clamp", title: "Click to show all" }, cell));
            clamp.addEventListener("click", function () { clamp.classList.toggle("dt-open"); });
          } else {
            td.textContent = cell;
          }
          tr.appendChild(td);
        });
        body.appendChild(tr);
      });
      status.textContent = matching.length ? "Rows " + (first + 1).toLocaleString("en") + "–" +
        (first + shown.length).toLocaleString("en") + " of " + matching.length.toLocaleString("en") +
        (matching.length < rows.length ? " matching (" + rows.length.toLocaleString("en") + " in all)" : "")
        : "No row matches (" + rows.length.toLocaleString("en") + " in all)";
      previous.disabled = page === 0;
      next.disabled = page >= pages - 1;
    }
    draw();
  }

  Array.prototype.forEach.call(document.querySelectorAll(".datatable"), init);
})();
