/* The page frame's browser side (issue 16, fit).
   - On narrow screens the Dashboard menu is folded away and the header's menu button opens and closes it; Esc
     closes it and gives the focus back to the button.
   - PrimeFaces renders the Dashboard menu as an application menu (role menu/menuitem, one link in the Tab order)
     and the wizard's steps as tabs around links. Both are in fact lists of links: the roles are taken off, so that
     screen readers announce them as such and every link is reached with Tab (WCAG 2.1: 1.3.1, 4.1.2, 2.1.1).
   - A simple file upload's input is hidden from screen readers although it takes the keyboard focus: it is
     made visible to them again (WCAG 4.1.2). Messages lists whose items are alerts are no lists.
   A file, not an inline handler, because the pages' Content-Security-Policy runs no inline script. */
(function () {
    function toggle() { return document.getElementById('menuToggle'); }
    function setOpen(open) {
        document.body.classList.toggle('cc-nav-open', open);
        toggle().setAttribute('aria-expanded', open ? 'true' : 'false');
    }
    function plainLinks() {
        document.querySelectorAll('.cc-menu, .cc-menu [role], .ui-steps [role]').forEach(function (element) {
            element.removeAttribute('role');
        });
        document.querySelectorAll('.cc-menu a.ui-menuitem-link, .ui-steps a.ui-menuitem-link').forEach(function (link) {
            if (!link.closest('.ui-state-disabled')) { link.removeAttribute('tabindex'); }
        });
        document.querySelectorAll('.cc-menu[tabindex]').forEach(function (menu) { menu.removeAttribute('tabindex'); });
        // a messages list whose items are alerts is no list any more for assistive technology (axe: list)
        document.querySelectorAll('.ui-messages ul').forEach(function (list) {
            if (list.querySelector(':scope > li[role]')) { list.setAttribute('role', 'presentation'); }
        });
        document.querySelectorAll('input[type=file][aria-hidden="true"]').forEach(function (input) {
            input.removeAttribute('aria-hidden');
        });
    }
    document.addEventListener('DOMContentLoaded', function () {
        var button = toggle();
        if (button) {
            button.addEventListener('click', function () {
                setOpen(!document.body.classList.contains('cc-nav-open'));
            });
            document.addEventListener('keydown', function (event) {
                if (event.key === 'Escape' && document.body.classList.contains('cc-nav-open')) {
                    setOpen(false);
                    button.focus();
                }
            });
        }
    });
    // after the widgets' own set-up (which runs on DOM ready and sets the roles and tab stops), and again after
    // every ajax update that re-renders a part of the page
    window.addEventListener('load', function () {
        plainLinks();
        if (window.jQuery) { window.jQuery(document).on('pfAjaxComplete', plainLinks); }
    });
}());
