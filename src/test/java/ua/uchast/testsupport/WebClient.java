package ua.uchast.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client that behaves like a browser without JavaScript: it keeps cookies (also Secure ones, on
 * localhost), follows redirects, and submits Faces forms with every field the page rendered.
 */
public final class WebClient {

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>");
    private static final Pattern SELECT = Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern SELECTED = Pattern.compile("<option\\b[^>]*value=\"([^\"]*)\"[^>]*selected");
    private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL);

    public record Page(int status, URI uri, String body, HttpResponse<String> response) {

        public boolean contains(String text) {
            return body.contains(text);
        }

        /** All fields of the form with this id, as the page rendered them (buttons excluded). */
        public Map<String, String> form(String formId) {
            Matcher form = FORM.matcher(body);
            while (form.find()) {
                if (attribute(form.group(1), "id").filter(formId::equals).isPresent()) {
                    return fields(form.group(2));
                }
            }
            throw new AssertionError("No form " + formId + " on " + uri + ":\n" + body);
        }

        public String formAction(String formId) {
            Matcher form = FORM.matcher(body);
            while (form.find()) {
                if (attribute(form.group(1), "id").filter(formId::equals).isPresent()) {
                    return attribute(form.group(1), "action").orElseThrow().replace("&amp;", "&");
                }
            }
            throw new AssertionError("No form " + formId + " on " + uri);
        }
    }

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String acceptLanguage;
    private Duration timeout = Duration.ofSeconds(30);

    public WebClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Another client in the same session (the same cookies from now on apart), e.g. a second tab sending at once. */
    public WebClient sameSession() {
        WebClient tab = new WebClient(baseUrl);
        tab.cookies.putAll(cookies);
        tab.acceptLanguage = acceptLanguage;
        return tab;
    }

    /** Sends the browser's preferred languages, e.g. "en-US,en;q=0.9", as most browsers outside Ukraine do. */
    public WebClient acceptingLanguages(String languages) {
        this.acceptLanguage = languages;
        return this;
    }

    /** Waits this long for each answer instead of 30 seconds (a count of a million ballots, a cold server). */
    public WebClient waitingUpTo(Duration answerTimeout) {
        this.timeout = answerTimeout;
        return this;
    }

    public Page get(String path) {
        return follow(HttpRequest.newBuilder(resolve(path)).GET());
    }

    /** Sends one request and does not follow a redirect (to look at the redirect itself). */
    public HttpResponse<String> getWithoutFollowing(String path) {
        return send(HttpRequest.newBuilder(resolve(path)).GET());
    }

    /** Submits the form as rendered on the page, with some fields changed and the given button pressed. */
    public Page submit(Page page, String formId, String buttonId, Map<String, String> changes) {
        return submitTo(page, formId, page.formAction(formId), buttonId, changes);
    }

    /** The same, but posted to another address (to tamper with view parameters, as an attacker could). */
    public Page submitTo(Page page, String formId, String action, String buttonId, Map<String, String> changes) {
        Map<String, String> fields = new LinkedHashMap<>(page.form(formId));
        fields.putAll(changes);
        fields.put(formId + ":" + buttonId, "");
        String body = fields.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return follow(HttpRequest.newBuilder(page.uri().resolve(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Submits a multipart form (one file field) as rendered on the page, with the given button pressed. */
    public Page submitWithFile(Page page, String formId, String buttonId, String fileField, String fileName, byte[] content) {
        return submitWithFile(page, formId, buttonId, Map.of(), fileField, fileName, content);
    }

    /** Submits a multipart form as rendered, with some fields changed, a file in {@code fileField} and the button pressed. */
    public Page submitWithFile(Page page, String formId, String buttonId, Map<String, String> changes, String fileField,
            String fileName, byte[] content) {
        Map<String, String> fields = new LinkedHashMap<>(page.form(formId));
        fields.putAll(changes);
        fields.put(formId + ":" + buttonId, "");
        String boundary = "uchast-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return follow(HttpRequest.newBuilder(page.uri().resolve(page.formAction(formId)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Posts a form (as a page without a Faces form would, e.g. another site's) to an absolute address. */
    public Page post(URI uri, Map<String, String> form) {
        String body = form.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return follow(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Page signIn(String username, String password) {
        Page login = get("login");
        return submit(login, "loginForm", "signIn", Map.of("loginForm:username", username, "loginForm:password", password));
    }

    public Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    /**
     * The Cookie header this client sends, for a request made by other means in the same session (the session is more
     * than JSESSIONID: a distributable web app also versions it in a cookie of its own).
     */
    public String cookieHeader() {
        return cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; "));
    }

    /** Sends this cookie from now on (as if the server had set it). */
    public void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    private Page follow(HttpRequest.Builder request) {
        HttpResponse<String> response = send(request);
        for (int hops = 0; hops < 5 && response.statusCode() / 100 == 3; hops++) {
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            response = send(HttpRequest.newBuilder(next).GET());
        }
        return new Page(response.statusCode(), response.uri(), response.body(), response);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookieHeader());
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(timeout).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            List<String> setCookies = response.headers().allValues("Set-Cookie");
            for (String setCookie : setCookies) {
                String pair = setCookie.split(";", 2)[0];
                int equals = pair.indexOf('=');
                cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI resolve(String path) {
        return URI.create(baseUrl).resolve(path);
    }

    private static Map<String, String> fields(String formBody) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(formBody);
        while (input.find()) {
            String attributes = input.group(1);
            String type = attribute(attributes, "type").orElse("text");
            if (type.equals("submit") || type.equals("button") || type.equals("file")
                    || (type.equals("checkbox") || type.equals("radio")) && !attributes.contains("checked")) {
                continue;
            }
            attribute(attributes, "name").ifPresent(name -> fields.put(name, attribute(attributes, "value").orElse("")));
        }
        Matcher select = SELECT.matcher(formBody);
        while (select.find()) {
            Matcher selected = SELECTED.matcher(select.group(2));
            String value = selected.find() ? selected.group(1) : "";
            attribute(select.group(1), "name").ifPresent(name -> fields.put(name, value));
        }
        Matcher textarea = TEXTAREA.matcher(formBody);
        while (textarea.find()) {
            String value = textarea.group(2);
            attribute(textarea.group(1), "name").ifPresent(name -> fields.put(name, value));
        }
        return fields;
    }

    private static Optional<String> attribute(String attributes, String name) {
        Matcher matcher = Pattern.compile("(?:^|\\s)" + name + "=\"([^\"]*)\"").matcher(attributes);
        return matcher.find() ? Optional.of(matcher.group(1).replace("&amp;", "&").replace("&quot;", "\"")) : Optional.empty();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
