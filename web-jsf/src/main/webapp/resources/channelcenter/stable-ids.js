/* Stable ids where PrimeFaces renders none or a generated one (issue 16), so that a QA team's tests find what they
   touch by meaning, never by text, position or j_id: a table row gets its record's id (data-record-id, and the id
   <table>:record-<id>) from the row key or the marker its first cell carries (data-record-id); a row's expand arrow
   the id <table>:expand-<id>; a rows-per-page menu the id <table>_rppDD; a select menu's options the value they
   stand for (data-value). Run on load and after every ajax update. */
(function () {
    'use strict';
    function rows() {
        document.querySelectorAll('tr[data-ri]').forEach(function (row) {
            var table = row.closest('.ui-datatable');
            var marker = row.querySelector('[data-record-id]');
            var key = (marker && marker.getAttribute('data-record-id')) || row.getAttribute('data-rk');
            if (!table || !table.id || !key) {
                return;
            }
            row.setAttribute('data-record-id', key);
            row.id = table.id + ':record-' + key;
            var toggler = row.querySelector('.ui-row-toggler');
            if (toggler) {
                toggler.id = table.id + ':expand-' + key;
                toggler.setAttribute('data-record-id', key);
            }
        });
    }
    function rowsPerPage() {
        document.querySelectorAll('select.ui-paginator-rpp-options').forEach(function (select) {
            if (!select.name || select.id === select.name) {
                return;
            }
            var label = document.getElementById(select.id + '_rppLabel');
            select.id = select.name;
            if (label) {
                label.id = select.name + '_rppLabel';
                label.htmlFor = select.name;
                select.setAttribute('aria-labelledby', label.id);
            }
        });
    }
    function options() {
        document.querySelectorAll('.ui-selectonemenu').forEach(function (menu) {
            var select = menu.querySelector('select');
            var panel = menu.id && document.getElementById(menu.id + '_panel');
            if (!select || !panel) {
                return;
            }
            var items = panel.querySelectorAll('.ui-selectonemenu-item');
            items.forEach(function (item, index) {
                var option = select.options[index];
                if (option) {
                    item.setAttribute('data-value', option.value);
                }
            });
        });
    }
    function all() {
        rows();
        rowsPerPage();
        options();
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', all);
    } else {
        all();
    }
    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', function () {
            // after PrimeFaces has replaced the updated parts
            window.setTimeout(all, 0);
        });
    }
})();
