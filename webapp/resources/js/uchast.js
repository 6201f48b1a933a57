/* What every page shares: on a phone, table rows are stacked with each cell under its column's name; a form's error
   summary takes focus when the page shows it, and its links put the cursor in the field at fault; a button marked
   data-print prints the page (the receipt, the protocol). Without this script
   tables scroll sideways and the summary is still at the top of the page. */
(function () {
    function stack(table) {
        var headers = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) { return th.textContent.trim(); });
        if (!headers.length || table.querySelector('[colspan] ~ td, tbody [colspan]')) { return; }
        table.classList.add('stacked');
        table.setAttribute('role', 'table');
        Array.prototype.forEach.call(table.querySelectorAll('thead, tbody, tfoot'), function (group) { group.setAttribute('role', 'rowgroup'); });
        Array.prototype.forEach.call(table.querySelectorAll('tr'), function (row) {
            row.setAttribute('role', 'row');
            Array.prototype.forEach.call(row.children, function (cell, index) {
                if (cell.tagName === 'TH') {
                    cell.setAttribute('role', cell.getAttribute('scope') === 'row' ? 'rowheader' : 'columnheader');
                } else {
                    cell.setAttribute('role', 'cell');
                    if (headers[index]) { cell.setAttribute('data-label', headers[index]); }
                }
            });
        });
    }
    function focusField(id) {
        var field = document.getElementById(id + '_input') || document.getElementById(id + '_focus') || document.getElementById(id);
        if (field && field.focus) { field.focus(); }
    }
    /* PrimeFaces' calendar buttons read "ui-button" and are labelled "Choose date" apart from their field: give each one
       name, in words, that says which field it fills. */
    function nameCalendarButtons() {
        Array.prototype.forEach.call(document.querySelectorAll('.ui-datepicker-trigger'), function (button) {
            var input = button.parentNode.querySelector('input');
            var label = input && input.id ? document.querySelector('label[for="' + input.id + '"]') : null;
            var name = (button.getAttribute('aria-label') || '') + (label ? ': ' + label.textContent.trim() : '');
            var text = button.querySelector('.ui-button-text');
            if (text) { text.textContent = name; }
            button.removeAttribute('aria-label');
        });
    }
    window.addEventListener('load', nameCalendarButtons);
    document.addEventListener('DOMContentLoaded', function () {
        Array.prototype.forEach.call(document.querySelectorAll('table.plain'), stack);
        Array.prototype.forEach.call(document.querySelectorAll('[data-print]'), function (button) {
            button.addEventListener('click', function () { window.print(); });
        });
        var summary = document.getElementById('errorSummary');
        if (summary) {
            summary.focus();
            Array.prototype.forEach.call(summary.querySelectorAll('a[href^="#"]'), function (link) {
                link.addEventListener('click', function (event) {
                    event.preventDefault();
                    focusField(decodeURIComponent(link.getAttribute('href').substring(1)));
                });
            });
        }
    });
})();
