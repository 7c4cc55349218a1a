// Tells the server the browser's time zone (issue 16, point 7): dates are shown in it until the user chooses
// another in the profile. A cookie rather than a request parameter, so every later page has it, links included.
(function () {
    var zone;
    try {
        zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    } catch (e) {
        return;
    }
    if (!zone) {
        return;
    }
    var cookie = "cc-tz=" + encodeURIComponent(zone);
    if (document.cookie.split("; ").indexOf(cookie) < 0) {
        document.cookie = cookie + "; path=/; max-age=31536000; SameSite=Lax"
            + (location.protocol === "https:" ? "; Secure" : "");
    }
})();
