/* The draft-email panel's browser side: keeps the personalized link in view, builds the mailto: address
   from what is typed now, and copies the text. The server checks the link again before it sends. */
window.ChannelCenter = window.ChannelCenter || {};
ChannelCenter.draftEmail = (function () {
    function panel(id) { return document.getElementById(id); }
    function field(id, name) { return document.getElementById(id + ':' + name); }
    function text(id) {
        return { subject: field(id, 'subject').value, body: field(id, 'body').value };
    }
    function status(id, message) { field(id, 'status').textContent = message || ''; }
    /** True when the link is still in the body; otherwise says so next to it. */
    function linkKept(id) {
        var root = panel(id), kept = text(id).body.indexOf(root.dataset.link) >= 0;
        field(id, 'linkWarning').textContent = kept ? '' : root.dataset.linkMissing;
        return kept;
    }
    function mailto(id) {
        var root = panel(id), draft = text(id);
        return 'mailto:' + encodeURIComponent(field(id, 'recipient').textContent.trim())
            + '?subject=' + encodeURIComponent(draft.subject) + '&body=' + encodeURIComponent(draft.body);
    }
    function fallbackCopy(value) {
        var area = document.createElement('textarea');
        area.value = value;
        area.setAttribute('readonly', '');
        area.style.position = 'fixed';
        area.style.opacity = '0';
        document.body.appendChild(area);
        area.select();
        var done = false;
        try { done = document.execCommand('copy'); } catch (e) { done = false; }
        document.body.removeChild(area);
        return done;
    }
    return {
        changed: function (id) {
            if (linkKept(id)) {
                // the link is back: the server's earlier "link removed" refusal no longer holds (issue 16, defect 8)
                var refusal = field(id, 'bodyMessage');
                if (refusal) { refusal.textContent = ''; refusal.className = ''; }
            }
            status(id, '');
            field(id, 'openInMailClient').setAttribute('href', mailto(id));
        },
        openInMailClient: function (id, anchor) {
            if (!linkKept(id)) { return false; }
            anchor.setAttribute('href', mailto(id));
            window.location.href = anchor.getAttribute('href');
            return false;
        },
        copy: function (id) {
            if (!linkKept(id)) { return; }
            var root = panel(id), draft = text(id), value = draft.subject + '\n\n' + draft.body;
            var report = function (ok) { status(id, ok ? root.dataset.copied : root.dataset.copyFailed); };
            if (navigator.clipboard && window.isSecureContext) {
                navigator.clipboard.writeText(value).then(function () { report(true); },
                    function () { report(fallbackCopy(value)); });
            } else {
                report(fallbackCopy(value));
            }
        },
        /** Sets the link's address and its click handler (the page's Content-Security-Policy refuses inline ones). */
        init: function (id) {
            if (!panel(id)) { return; }
            var anchor = field(id, 'openInMailClient');
            anchor.setAttribute('href', mailto(id));
            // a property, not addEventListener: an init run again on the same link replaces it
            anchor.onclick = function () { return ChannelCenter.draftEmail.openInMailClient(id, anchor); };
        }
    };
})();
