package ua.uchast.results.web;

import java.util.List;

import static ua.uchast.platform.entity.JsonBuilding.JSON;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.omnifaces.util.Faces;

/**
 * Chart.js configurations for PrimeFaces' {@code p:chart} (its {@code value} is the configuration as JSON). Every chart
 * on a page has its table next to it, so what the chart shows is there in words for screen readers and print. Axis
 * numbers are written in the page's language ("2 000 000", not the browser's "2,000,000").
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
        JsonArrayBuilder datasets = JSON.createArrayBuilder();
        for (Series one : series) {
            JsonArrayBuilder values = JSON.createArrayBuilder();
            one.values().forEach(value -> {
                if (value == null) {
                    values.addNull();
                } else {
                    values.add(value.longValue());
                }
            });
            JsonObjectBuilder dataset = JSON.createObjectBuilder().add("label", one.label()).add("data", values);
            dataset.add("backgroundColor", one.colours().size() == 1 ? JSON.createValue(one.colours().get(0))
                    : JSON.createArrayBuilder(one.colours()).build());
            datasets.add(dataset);
        }
        JsonObject scale = JSON.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true).build();
        JsonObject options = JSON.createObjectBuilder().add("indexAxis", horizontal ? "y" : "x")
                .add("locale", Faces.getLocale().toLanguageTag()).add("responsive", true)
                .add("maintainAspectRatio", false).add("animation", false)
                .add("scales", JSON.createObjectBuilder().add("x", scale).add("y", scale))
                .add("plugins", JSON.createObjectBuilder().add("legend", JSON.createObjectBuilder().add("display", series.length > 1)))
                .build();
        return script(JSON.createObjectBuilder().add("type", "bar")
                .add("data", JSON.createObjectBuilder().add("labels", JSON.createArrayBuilder(labels)).add("datasets", datasets))
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
