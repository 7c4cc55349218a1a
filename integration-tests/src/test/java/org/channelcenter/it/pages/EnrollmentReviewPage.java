package org.channelcenter.it.pages;

import org.channelcenter.it.support.PortalPage;

/** Staff › Enrollments › an application: the checks, a note, and the decisions. */
public final class EnrollmentReviewPage extends Page {

    public static final String PATH = "staff/enrollment.xhtml";
    private static final String F = "reviewForm:";

    private EnrollmentReviewPage(PortalPage portal) {
        super(portal);
    }

    static EnrollmentReviewPage awaitShown(PortalPage portal) {
        EnrollmentReviewPage page = new EnrollmentReviewPage(portal);
        page.awaitPresent(F + "reject");
        portal.waitForScripts();
        return page;
    }

    public static String of(String id) {
        return PATH + "?id=" + id;
    }

    /** Opens the same application again (as shown now by the server). */
    public EnrollmentReviewPage reopen() {
        openAt(portal, of(driver.getCurrentUrl().replaceAll(".*id=", "")));
        return this;
    }

    /** Whether that check passed ({@code "true"} or {@code "false"}). */
    public String check(String check) {
        return data("check-" + check, "passed");
    }

    public EnrollmentReviewPage note(String note) {
        type(F + "decisionNote", note);
        return this;
    }

    public void approve() {
        portal.click(F + "approve", F + "messages");
    }

    public void requestInformation() {
        portal.click(F + "requestInfo", F + "messages");
    }

    public void reject() {
        portal.click(F + "reject", F + "messages");
    }

    /** Reject without a reason: waits for the note's message and answers it. */
    public String rejectWithoutNote() {
        portal.click(F + "reject", F + "decisionNoteMessage");
        // the empty message element is visible before the answer replaces it: wait for the answer's text
        return awaitAnyText(F + "decisionNoteMessage");
    }

    public void awaitMessage(String text) {
        awaitText(F + "messages", text);
    }

    public String status() {
        return data("applicationStatus", "status");
    }

    public void awaitStatus(String status) {
        awaitData("applicationStatus", "status", status);
    }
}
