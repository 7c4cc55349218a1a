package org.channelcenter.it.pages;

import org.channelcenter.it.support.PortalPage;
import org.openqa.selenium.JavascriptExecutor;

/** Staff › Provider directory: the listings resellers find on Find a provider. */
public final class ProviderListingsPage extends Page {

    public static final String PATH = "staff/provider-listings.xhtml";
    private static final String F = "listingForm:";
    private static final String TABLE = "listingsForm:listings";

    private ProviderListingsPage(PortalPage portal) {
        super(portal);
    }

    public static ProviderListingsPage fromMenu(PortalPage portal) {
        Page.fromMenu(portal, "menuForm:menuProviderDirectory", PATH);
        return new ProviderListingsPage(portal);
    }

    /** New listing: waits for the dialog. */
    public ProviderListingsPage newListing() {
        press("listingsForm:newListing");
        visible(F + "displayName");
        return this;
    }

    public ProviderListingsPage provider(long organizationId) {
        choose("listingProvider", Long.toString(organizationId));
        return this;
    }

    public ProviderListingsPage displayName(String name) {
        type(F + "displayName", name);
        return this;
    }

    public ProviderListingsPage countries(String... countryCodes) {
        for (String code : countryCodes) {
            ((JavascriptExecutor) driver).executeScript("PF('listingCountries').selectValue(arguments[0]);", code);
        }
        return this;
    }

    /** Ticks a service by its value ({@code FINANCING_AND_CREDIT}, ...). */
    public ProviderListingsPage service(String service) {
        pickOption(F + "services", service);
        return this;
    }

    public ProviderListingsPage website(String website) {
        type(F + "website", website);
        return this;
    }

    public ProviderListingsPage contactEmail(String email) {
        type(F + "contactEmail", email);
        return this;
    }

    public void save() {
        press(F + "saveListing");
    }

    public void awaitDialogClosed() {
        awaitInvisible("listingDialog");
    }

    /** The field's message, once it shows one. */
    public String fieldMessage(String field) {
        return awaitAnyText(F + field + "Message");
    }

    public void search(String text) {
        typeMore(TABLE + ":globalFilter", text);
    }

    public String awaitListings(String expected) {
        awaitText(TABLE, expected);
        return textNow(TABLE);
    }
}
