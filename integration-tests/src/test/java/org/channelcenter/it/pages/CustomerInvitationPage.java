package org.channelcenter.it.pages;

import org.channelcenter.it.support.PortalPage;

/**
 * A customer follows an invitation link: who asks and what it grants, consent, then a new directory or a sign-in
 * to the existing one.
 */
public final class CustomerInvitationPage extends Page {

    public static final String PATH = "public/customer-invitation.xhtml";
    private static final String F = "acceptForm:";

    private CustomerInvitationPage(PortalPage portal) {
        super(portal);
    }

    /** Opens the page by the mailed link and waits for the acceptance form. */
    public static CustomerInvitationPage follow(PortalPage portal, String link) {
        portal.driver().get(link);
        CustomerInvitationPage page = new CustomerInvitationPage(portal);
        page.awaitVisible(F + "consent");
        return page;
    }

    /** The page as it is shown now. */
    public static CustomerInvitationPage shown(PortalPage portal) {
        return new CustomerInvitationPage(portal);
    }

    /** Opens a used or unknown link: no form is awaited. */
    public static CustomerInvitationPage followUsed(PortalPage portal, String link) {
        portal.driver().get(link);
        return new CustomerInvitationPage(portal);
    }

    /** The link's path and query, as the page object opens it. */
    public static String pathOf(String link) {
        return link.substring(link.indexOf(PATH));
    }

    public static String linkPart() {
        return "/" + PATH + "?token=";
    }

    public boolean hasAcceptanceForm() {
        return driver.findElements(org.openqa.selenium.By.id(F + "consent")).size() == 1;
    }

    public String whoAsks() {
        return text("whoAsks");
    }

    /** The reseller's line: name (domain, country). */
    public String resellerDetails() {
        return driver.findElement(org.openqa.selenium.By.xpath("//*[@id='resellerName']/parent::dd"))
                .getText();
    }

    public String grants() {
        return text(F + "grants");
    }

    public boolean namesAProvider() {
        return present("providerName");
    }

    public CustomerInvitationPage consent() {
        tick(F + "consent");
        return this;
    }

    public CustomerInvitationPage newDirectory(
            String prefix,
            String organizationName,
            String country,
            String firstName,
            String lastName,
            String email,
            String password) {
        type(F + "domainPrefix", prefix);
        type(F + "organizationName", organizationName);
        portal.select("countryMenu", country);
        type(F + "adminFirstName", firstName);
        type(F + "adminLastName", lastName);
        type(F + "adminEmail", email);
        type(F + "adminPassword", password);
        return this;
    }

    public CustomerInvitationPage adminPassword(String password) {
        type(F + "adminPassword", password);
        return this;
    }

    public void createAndAuthorize() {
        press(F + "createAndAuthorize");
    }

    /** Waits until the page source holds that text (a validator's message without its own id). */
    public void awaitSourceText(String text) {
        portal.waiting().until(d -> d.getPageSource().contains(text));
    }

    public void awaitConsentMessage(String text) {
        awaitText(F + "consentMessage", text);
    }

    public CustomerInvitationPage signInWith(String signInName, String password) {
        type(F + "signInName", signInName);
        type(F + "password", password);
        return this;
    }

    public CustomerInvitationPage password(String password) {
        type(F + "password", password);
        return this;
    }

    public void signInAndAuthorize() {
        press(F + "signInAndAuthorize");
    }

    public void awaitPasswordMessage(String text) {
        awaitText(F + "passwordMessage", text);
    }

    /** Waits for the acceptance, and answers its text. */
    public String awaitAccepted() {
        awaitVisible("acceptedText");
        return text("acceptedText");
    }

    public String messages() {
        return text(Shell.MESSAGES);
    }

    public String refusal() {
        return text("refusalText");
    }
}
