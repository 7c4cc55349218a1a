package org.channelcenter.web.dashboard;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Chart.js configuration of one bar chart, as the JSON {@code p:chart} takes (PrimeFaces 15 bundles Chart.js;
 * nothing comes from a CDN). Written with Jakarta JSON-P, which the server has, rather than a Java model library
 * for a handful of fields. Labels arrive already in the reader's language; {@code options.locale} makes Chart.js
 * write the axis and tooltip numbers the reader's way too.
 */
final class BarChart {

    /** Colours with at least 3:1 contrast on white, told apart by more than hue (sent, waiting, failed...). */
    static final String BLUE = "#1f5fa8";

    static final String TEAL = "#0f7b6c";
    static final String AMBER = "#a36100";
    static final String RED = "#b3261e";

    private record Series(String label, List<? extends Number> values, String colour) {}

    private final List<String> labels;
    private final Locale locale;
    private final List<Series> series = new ArrayList<>();
    private boolean stacked;
    private boolean horizontal;

    BarChart(List<String> labels, Locale locale) {
        this.labels = List.copyOf(labels);
        this.locale = locale;
    }

    BarChart series(String label, List<? extends Number> values, String colour) {
        series.add(new Series(label, List.copyOf(values), colour));
        return this;
    }

    /** The series are stacked into one bar per label (parts of one whole, e.g. the mails of a day). */
    BarChart stacked() {
        stacked = true;
        return this;
    }

    /** Bars along the x axis, for long labels (e.g. the applications' states). */
    BarChart horizontal() {
        horizontal = true;
        return this;
    }

    String json() {
        JsonArrayBuilder labelArray = Json.createArrayBuilder();
        labels.forEach(labelArray::add);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Series each : series) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            each.values().forEach(value -> data.add(new BigDecimal(value.toString())));
            datasets.add(Json.createObjectBuilder()
                    .add("label", each.label())
                    .add("data", data)
                    .add("backgroundColor", each.colour())
                    .add("borderColor", each.colour())
                    .add("borderWidth", 1)
                    // a month or two of bars would otherwise each fill half the chart
                    .add("maxBarThickness", 56));
        }
        JsonObjectBuilder valueAxis = Json.createObjectBuilder()
                .add("beginAtZero", true)
                .add("stacked", stacked)
                .add("ticks", Json.createObjectBuilder().add("precision", 0));
        JsonObjectBuilder labelAxis = Json.createObjectBuilder().add("stacked", stacked);
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("locale", locale.toLanguageTag())
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add(
                        "plugins",
                        Json.createObjectBuilder()
                                .add(
                                        "legend",
                                        Json.createObjectBuilder()
                                                .add("display", series.size() > 1)
                                                .add("position", "bottom")))
                .add(
                        "scales",
                        Json.createObjectBuilder()
                                .add("x", horizontal ? valueAxis : labelAxis)
                                .add("y", horizontal ? labelAxis : valueAxis));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
                .add("options", options)
                .build()
                .toString();
    }
}
