package org.channelcenter.it.pages;

import org.channelcenter.it.support.PortalPage;

/** Indirect providers, a reseller's partnerships with providers. */
public final class ProvidersPage extends Page {

    public static final String PATH = "partnership/providers.xhtml";

    ProvidersPage(PortalPage portal) {
        super(portal);
    }

    public static ProvidersPage fromMenu(PortalPage portal) {
        Page.fromMenu(portal, "menuForm:menuIndirectProviders", PATH);
        return new ProvidersPage(portal);
    }

    public Partnerships partnerships() {
        return new Partnerships(portal);
    }
}
