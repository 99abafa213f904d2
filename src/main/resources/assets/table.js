/* Sifara: answer tables sort by a column when its name is clicked (numbers and dates by value,
   text in the page's language order). Served as a file: the Content-Security-Policy allows no
   inline script. */
(function () {
  'use strict';

  function cellKey(row, index) {
    var cell = row.cells[index];
    if (!cell) {
      return '';
    }
    return cell.hasAttribute('data-sort') ? cell.getAttribute('data-sort') : cell.textContent.trim();
  }

  function numeric(values) {
    return values.every(function (v) { return v === '' || !isNaN(Number(v)); });
  }

  function sortBy(table, index, header) {
    var body = table.tBodies[0];
    if (!body) {
      return;
    }
    var rows = Array.prototype.slice.call(body.rows);
    var ascending = header.getAttribute('aria-sort') !== 'ascending';
    var keys = rows.map(function (r) { return cellKey(r, index); });
    var asNumbers = numeric(keys);
    var lang = document.documentElement.lang || 'en';
    var collator = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });
    var order = rows.map(function (r, i) { return { row: r, key: keys[i], at: i }; });
    order.sort(function (a, b) {
      var c = asNumbers ? (Number(a.key || 0) - Number(b.key || 0)) : collator.compare(a.key, b.key);
      if (c === 0) {
        c = a.at - b.at;
      }
      return ascending ? c : -c;
    });
    order.forEach(function (o) { body.appendChild(o.row); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) { th.removeAttribute('aria-sort'); });
    header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
  }

  function sortable(root) {
    Array.prototype.forEach.call((root || document).querySelectorAll('table.sortable'), function (table) {
      if (!table.tHead || table.getAttribute('data-sortable') === 'yes') {
        return;
      }
      table.setAttribute('data-sortable', 'yes');
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
        var button = document.createElement('button');
        button.type = 'button';
        button.textContent = th.textContent;
        th.textContent = '';
        th.appendChild(button);
        button.addEventListener('click', function () { sortBy(table, index, th); });
      });
    });
  }

  window.sifaraSortable = sortable;
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { sortable(document); });
  } else {
    sortable(document);
  }
}());
