package org.channelcenter.it.support;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The fixtures' and probes' wire format: each answer is one record, written as JSON by the servlet (JSON-B of the
 * test server) and read back into the same record type by the test (Yasson on the test class path), so neither side
 * parses text by hand.
 */
public final class JsonAnswers {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private JsonAnswers() {}

    public static void write(HttpServletResponse response, Object answer) throws IOException {
        response.setStatus(200);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSONB.toJson(answer));
    }

    public static <T> T read(String json, Class<T> type) {
        return JSONB.fromJson(json, type);
    }
}
