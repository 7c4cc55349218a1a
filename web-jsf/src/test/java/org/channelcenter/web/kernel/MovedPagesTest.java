package org.channelcenter.web.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class MovedPagesTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");

    private final Map<String, Object> answer = new HashMap<>();
    private final AtomicBoolean passedOn = new AtomicBoolean();

    @Test
    void everyMovedPageLeadsToAPageThatExistsAndTheOldOneIsGone() {
        MovedPages.MOVED.forEach((old, moved) -> {
            assertTrue(Files.isRegularFile(WEBAPP.resolve(moved.substring(1))), moved);
            assertFalse(Files.exists(WEBAPP.resolve(old.substring(1))), old);
        });
    }

    @Test
    void anOldAddressIsRedirectedPermanentlyWithItsQuery() throws Exception {
        new MovedPages().doFilter(request("/partners/authorize-provider.xhtml", "token=abc"), response(), chain());

        assertEquals(HttpServletResponse.SC_MOVED_PERMANENTLY, answer.get("status"));
        assertEquals("/partnership/authorize-provider.xhtml?token=abc", answer.get("Location"));
        assertFalse(passedOn.get());
    }

    @Test
    void anyOtherAddressIsServedAsIs() throws Exception {
        new MovedPages().doFilter(request("/partnership/resellers.xhtml", null), response(), chain());

        assertTrue(passedOn.get());
        assertNull(answer.get("status"));
    }

    private static HttpServletRequest request(String servletPath, String query) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                MovedPagesTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getServletPath" -> servletPath;
                    case "getQueryString" -> query;
                    case "getContextPath" -> "";
                    default -> null;
                });
    }

    private HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(
                MovedPagesTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "setStatus" -> answer.put("status", args[0]);
                        case "setHeader" -> answer.put((String) args[0], args[1]);
                        default -> {}
                    }
                    return null;
                });
    }

    private FilterChain chain() {
        return (request, response) -> passedOn.set(true);
    }
}
