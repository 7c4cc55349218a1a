package org.channelcenter.it.pages;

import org.channelcenter.it.support.PortalPage;
import org.openqa.selenium.By;

/** Staff › Enrollments: the review queue. */
public final class EnrollmentsPage extends Page {

    public static final String PATH = "staff/enrollments.xhtml";

    private EnrollmentsPage(PortalPage portal) {
        super(portal);
    }

    public static EnrollmentsPage open(PortalPage portal) {
        openAt(portal, PATH);
        return new EnrollmentsPage(portal);
    }

    /** Opens the page without waiting for its scripts (a refusal has none of them). */
    public static EnrollmentsPage openNow(PortalPage portal) {
        portal.open(PATH);
        return new EnrollmentsPage(portal);
    }

    /** Searches the queue and opens the application of that organization for review. */
    public EnrollmentReviewPage review(String search, String organizationName) {
        typeMore("queueForm:applications:globalFilter", search);
        // the table refreshes once per typed key: click the row's link once it has settled
        portal.waiting().until(d -> {
            d.findElement(By.linkText(organizationName)).click();
            return true;
        });
        return EnrollmentReviewPage.awaitShown(portal);
    }
}
