package org.channelcenter.it.pages;

import org.channelcenter.it.support.PortalPage;

/** An applicant's enrollment status: the state, staff's note, resubmission, and the way to the dashboard. */
public final class EnrollmentStatusPage extends Page {

    public static final String PATH = "enrollment/status.xhtml";

    private EnrollmentStatusPage(PortalPage portal) {
        super(portal);
    }

    public static EnrollmentStatusPage open(PortalPage portal) {
        portal.open(PATH);
        return new EnrollmentStatusPage(portal);
    }

    /** The page as sign-in led to it. */
    public static EnrollmentStatusPage shown(PortalPage portal) {
        return new EnrollmentStatusPage(portal);
    }

    public static boolean isShown(PortalPage portal) {
        return portal.driver().getCurrentUrl().endsWith("/" + PATH);
    }

    /** The application's state ({@code IN_REVIEW}, {@code APPROVED}, ...). */
    public String status() {
        return data("applicationStatus", "status");
    }

    public void awaitStatus(String status) {
        awaitData("applicationStatus", "status", status);
    }

    public String decisionNote() {
        return text("decisionNote");
    }

    public EnrollmentStatusPage addressLine2(String text) {
        type("statusForm:addressLine2", text);
        return this;
    }

    public void resubmit() {
        portal.click("statusForm:resubmit", "statusForm:messages");
    }

    public DashboardPage toDashboard() {
        portal.click("statusForm:toDashboard", Shell.PAGE_TITLE);
        return DashboardPage.shown(portal);
    }
}
