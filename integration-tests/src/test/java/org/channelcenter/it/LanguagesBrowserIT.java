package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.channelcenter.it.pages.DashboardPage;
import org.channelcenter.it.pages.LoginPage;
import org.channelcenter.it.pages.Shell;
import org.channelcenter.it.support.Browsers;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.PortalPage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/** The browser's language first, the switcher, the glossary's labels, and the choice kept on the user. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LanguagesBrowserIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private WebDriver driver;

    @Test
    void theBrowsersLanguageIsUsedBeforeSignIn() {
        driver = browsers.open("pt-BR");
        LoginPage login = LoginPage.open(new PortalPage(driver));

        assertEquals("Entrar no Channel Center", login.heading());
        assertEquals("Entrar", login.signInLabel());
    }

    @Test
    void switchingToPortugueseAndRussianShowsTheGlossaryLabelsAndIsKeptOnTheUser() {
        Fixtures.Created reseller = Fixtures.organization("RESELLER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        driver = browsers.open("en");
        PortalPage portal = new PortalPage(driver);
        portal.signIn(reseller.login(), Fixtures.PASSWORD);
        DashboardPage dashboard = DashboardPage.shown(portal);
        Shell shell = dashboard.shell();
        assertEquals("Dashboard", dashboard.title());

        portal.chooseLanguage("Português (Brasil)", "pt-BR");
        assertEquals("Painel", dashboard.title());
        assertTrue(shell.dashboardMenu().contains("Painel"));
        assertTrue(dashboard.tile("users").contains("Usuários ativos na sua organização"));
        assertEquals("Sair", shell.signOutLabel());

        portal.chooseLanguage("Русский", "ru");
        assertEquals("Панель мониторинга", dashboard.title());
        assertTrue(dashboard.tile("users").contains("Активные пользователи вашей организации"));
        assertEquals("Выйти", shell.signOutLabel());
        portal.signOut();

        driver = browsers.open("en"); // a new browser, English, with no session: the choice comes from the profile
        PortalPage again = new PortalPage(driver);
        again.signIn(reseller.login(), Fixtures.PASSWORD);
        assertEquals(
                "Панель мониторинга", DashboardPage.shown(again).title(), "the choice is kept on the user's profile");
    }
}
