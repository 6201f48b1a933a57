package ua.uchast.results.web;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * Chart.js configurations for PrimeFaces' {@code p:chart} (its {@code value} is the configuration as JSON). Every chart
 * on a page has its table next to it, so what the chart shows is there in words for screen readers and print.
 */
final class Charts {

    static final String WON = "#2e7d32";
    static final String LOST = "#9e9e9e";
    static final String FIRST = "#1565c0";
    static final String SECOND = "#90caf9";

    /** One series of bars: its name, values (null leaves a gap) and a colour per bar (or one for all). */
    record Series(String label, List<? extends Number> values, List<String> colours) {
    }

    private Charts() {
    }

    static String bars(List<String> labels, boolean horizontal, boolean stacked, Series... series) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Series one : series) {
            JsonArrayBuilder values = Json.createArrayBuilder();
            one.values().forEach(value -> {
                if (value == null) {
                    values.addNull();
                } else {
                    values.add(value.longValue());
                }
            });
            JsonObjectBuilder dataset = Json.createObjectBuilder().add("label", one.label()).add("data", values);
            dataset.add("backgroundColor", one.colours().size() == 1 ? Json.createValue(one.colours().get(0))
                    : Json.createArrayBuilder(one.colours()).build());
            datasets.add(dataset);
        }
        JsonObject scale = Json.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true).build();
        JsonObject options = Json.createObjectBuilder().add("indexAxis", horizontal ? "y" : "x").add("responsive", true)
                .add("maintainAspectRatio", false).add("animation", false)
                .add("scales", Json.createObjectBuilder().add("x", scale).add("y", scale))
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", series.length > 1)))
                .build();
        return script(Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", Json.createArrayBuilder(labels)).add("datasets", datasets))
                .add("options", options).build());
    }

    /** A height for a horizontal bar chart of {@code bars} bars, in CSS pixels. */
    static int heightFor(int bars) {
        return 60 + 34 * Math.max(1, bars);
    }

    /**
     * The configuration as it may stand inside a script element: {@code <}, {@code >} and {@code &} (in project titles)
     * written as JSON escapes, so no text can end the script.
     */
    static String script(JsonObject configuration) {
        return configuration.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
