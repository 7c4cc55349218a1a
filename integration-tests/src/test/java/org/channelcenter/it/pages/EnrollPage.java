package org.channelcenter.it.pages;

import org.channelcenter.it.support.PortalPage;

/** The enrollment wizard: welcome, directory (new tenant or sign-in), membership, business profile, done. */
public final class EnrollPage extends Page {

    public static final String PATH = "public/enroll.xhtml";
    static final String WELCOME_NEXT = "enrollForm:welcomeNext";
    private static final String F = "enrollForm:";

    EnrollPage(PortalPage portal) {
        super(portal);
    }

    public static EnrollPage open(PortalPage portal) {
        portal.open(PATH);
        return new EnrollPage(portal);
    }

    /** From the welcome step to the directory step's new-tenant form. */
    public EnrollPage toNewDirectory() {
        portal.click(WELCOME_NEXT, F + "domainPrefix");
        return this;
    }

    /** From the welcome step to the directory step's sign-in to an existing directory. */
    public EnrollPage toExistingDirectory() {
        portal.click(WELCOME_NEXT, F + "directorySignInName");
        return this;
    }

    public EnrollPage newTenant(
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

    /** Creates the tenant and waits for the membership step. */
    public EnrollPage createTenant() {
        portal.click(F + "createTenant", F + "membershipStart");
        return this;
    }

    public String chosenDirectory() {
        return text("chosenDirectory");
    }

    public EnrollPage membershipSignIn(String userName, String password) {
        portal.click(F + "membershipStart", F + "membershipUserName");
        type(F + "membershipUserName", userName);
        portal.click(F + "membershipNext", F + "membershipPassword");
        type(F + "membershipPassword", password);
        portal.click(F + "membershipSignIn", F + "profileChoice");
        return this;
    }

    public String profileChoice() {
        return text(F + "profileChoice");
    }

    /** Continues with the chosen profile to the business profile. */
    public EnrollPage continueWithProfile() {
        portal.click(F + "profileContinue", F + "addressLine1");
        return this;
    }

    public EnrollPage businessProfile(
            String addressLine1,
            String city,
            String postalCode,
            String contactFirstName,
            String contactLastName,
            String contactEmail,
            String supportEmail) {
        type(F + "addressLine1", addressLine1);
        type(F + "city", city);
        type(F + "postalCode", postalCode);
        type(F + "contactFirstName", contactFirstName);
        type(F + "contactLastName", contactLastName);
        type(F + "contactEmail", contactEmail);
        type(F + "supportEmail", supportEmail);
        return this;
    }

    /** Back from the business profile to the profile choice. */
    public EnrollPage backToProfileChoice() {
        portal.click(F + "profileBack", F + "profileContinue");
        return this;
    }

    public String addressLine1() {
        return value(F + "addressLine1");
    }

    public EnrollPage enrollNow() {
        portal.click(F + "enrollNow", "doneTitle");
        return this;
    }

    public String doneTitle() {
        return text("doneTitle");
    }

    public String doneText() {
        return text("doneText");
    }

    /** Signs in to an existing directory and waits for the partner's support details. */
    public EnrollPage signInToDirectory(String signInName, String password) {
        type(F + "directorySignInName", signInName);
        type(F + "directoryPassword", password);
        portal.click(F + "signInToDirectory", F + "partner:supportEmail");
        return this;
    }

    public EnrollPage supportEmail(String email) {
        type(F + "partner:supportEmail", email);
        return this;
    }

    public EnrollPage supportWebsite(String website) {
        type(F + "partner:supportWebsite", website);
        return this;
    }

    /** Enrolls with the support details only, and waits for the done step. */
    public EnrollPage supportEnrollNow() {
        portal.click(F + "supportEnrollNow", "doneTitle");
        return this;
    }

    /** Enrolls with the support details only, and waits for the form's messages (a refusal). */
    public EnrollPage supportEnrollNowRefused() {
        portal.click(F + "supportEnrollNow", F + "messages");
        return this;
    }

    public void awaitMessage(String text) {
        awaitText(F + "messages", text);
    }
}
