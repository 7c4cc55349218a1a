package org.channelcenter.it.pages;

import org.channelcenter.it.support.JsonAnswers;
import org.channelcenter.it.support.PortalPage;
import org.channelcenter.it.support.ProbeAnswer;

/** The layout around every signed-in page: title, global messages, the signed-in user, sign-out and the menu. */
public final class Shell extends Page {

    static final String MESSAGES = "messages";
    static final String PAGE_TITLE = "pageTitle";

    public Shell(PortalPage portal) {
        super(portal);
    }

    public String pageTitle() {
        return text(PAGE_TITLE);
    }

    public String messages() {
        return text(MESSAGES);
    }

    /** Waits until the page's global messages say that. */
    public void awaitMessage(String text) {
        awaitText(MESSAGES, text);
    }

    /** Empties the global messages, so that a wait sees the next answer and not the previous one. */
    public void clearMessages() {
        portal.waiting().until(d -> {
            ((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript("document.getElementById(arguments[0]).innerHTML = '';", MESSAGES);
            return true;
        });
    }

    public String signedInUser() {
        return text("shellForm:signedInUser");
    }

    public String signOutLabel() {
        return text("shellForm:signOut");
    }

    /** The menu's Dashboard entry (its label). */
    public String dashboardMenu() {
        return text("menuForm:dashboardMenu");
    }

    /** Whether there is a menu at all (an applicant in review has none). */
    public boolean hasMenu() {
        return present("menuForm:dashboardMenu");
    }

    /** The main part of the page as text (without header and menu). */
    public String main() {
        return driver.findElement(org.openqa.selenium.By.tagName("main")).getText();
    }

    /** Waits until the main part of the page shows that text. */
    public void awaitMain(String text) {
        portal.waiting().until(d -> d.findElement(org.openqa.selenium.By.tagName("main"))
                .getText()
                .contains(text));
    }

    /** The whole body as text (for pages without a layout, such as the test probes). */
    public String body() {
        return driver.findElement(org.openqa.selenium.By.tagName("body")).getText();
    }

    /** A probe's JSON answer as the browser shows it (the raw text in the page's {@code <pre>}). */
    public ProbeAnswer probeAnswer() {
        return JsonAnswers.read(
                driver.findElement(org.openqa.selenium.By.tagName("pre")).getText(), ProbeAnswer.class);
    }

    /** The {@code <html lang>} of the page shown. */
    public String language() {
        return driver.findElement(org.openqa.selenium.By.tagName("html")).getAttribute("lang");
    }
}
