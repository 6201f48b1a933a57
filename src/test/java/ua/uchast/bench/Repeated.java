package ua.uchast.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The values of one figure over its repetitions: median, min and max. */
final class Repeated {

    private final List<Double> values = new ArrayList<>();

    void add(double value) {
        values.add(value);
    }

    List<Double> values() {
        return List.copyOf(values);
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    int count() {
        return values.size();
    }

    double median() {
        return median(values);
    }

    double min() {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    double max() {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    /** "412 (398–431)", with the given number of decimals. */
    String text(int decimals) {
        if (values.isEmpty()) {
            return "—";
        }
        return number(median(), decimals) + " (" + number(min(), decimals) + "–" + number(max(), decimals) + ")";
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value).replace(',', ' ');
    }
}
