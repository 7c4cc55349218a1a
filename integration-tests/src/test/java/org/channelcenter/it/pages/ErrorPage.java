package org.channelcenter.it.pages;

import java.util.List;
import org.channelcenter.it.support.PortalPage;

/** The error pages the server shows for a refusal, an unknown page, a failure or an expired view. */
public final class ErrorPage extends Page {

    public static final String BAD_REQUEST_PATH = "error/400.xhtml";
    public static final String UNSUPPORTED_UPLOAD_PATH = "error/415.xhtml";
    public static final String ACCESS_DENIED_PATH = "error/403.xhtml";
    public static final String NOT_FOUND_PATH = "error/404.xhtml";
    public static final String FAILURE_PATH = "error/500.xhtml";
    public static final String EXPIRED_PATH = "error/expired.xhtml";
    public static final List<String> PATHS = List.of(
            BAD_REQUEST_PATH, UNSUPPORTED_UPLOAD_PATH, ACCESS_DENIED_PATH, NOT_FOUND_PATH, FAILURE_PATH, EXPIRED_PATH);
    /** A page that does not exist, to be answered with the 404 page. */
    public static final String UNKNOWN_PATH = "no-such-page.xhtml";

    public ErrorPage(PortalPage portal) {
        super(portal);
    }

    public String title() {
        return text("errorTitle");
    }
}
