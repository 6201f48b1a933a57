package ua.uchast.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import ua.uchast.testsupport.WebClient.Page;

/**
 * A visitor coming from an address of its own on loopback (127.0.0.2, 127.0.0.3, …), as many machines on the
 * internet would: per-address limits then count each visitor apart. Plain HTTP/1.0 over a socket bound to that
 * address (the JDK's HttpClient cannot choose its local address), keeping cookies and following redirects.
 */
public final class LoopbackVisitor {

    private static final int TIMEOUT_MILLIS = 60_000;

    private final URI base;
    private final InetAddress from;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public LoopbackVisitor(String baseUrl, int addressNumber) {
        this.base = URI.create(baseUrl);
        try {
            this.from = InetAddress.getByName("127.0." + (addressNumber / 250) + "." + (2 + addressNumber % 250));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An answer with its headers (names in lower case), for what the tests look at besides the page. */
    public record Answer(int status, Map<String, String> headers, String body) {

        public Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
        }
    }

    public Page get(String path) {
        return follow(exchange("GET", base.resolve(path), null));
    }

    /** One request with any body (an API call), not following redirects. */
    public Answer send(String method, String path, String contentType, byte[] body) {
        return request(method, base.resolve(path), contentType, body);
    }

    /** Submits a form of the page as rendered, with some fields changed and the given button pressed. */
    public Page submit(Page page, String formId, String buttonId, Map<String, String> changes) {
        return follow(exchange("POST", page.uri().resolve(page.formAction(formId)), formBody(page, formId, buttonId, changes)));
    }

    /** The same, one request, not following a redirect: the answer with its headers. */
    public Answer submitOnce(Page page, String formId, String buttonId, Map<String, String> changes) {
        return request("POST", page.uri().resolve(page.formAction(formId)), "application/x-www-form-urlencoded",
                formBody(page, formId, buttonId, changes).getBytes(StandardCharsets.UTF_8));
    }

    private static String formBody(Page page, String formId, String buttonId, Map<String, String> changes) {
        Map<String, String> fields = new LinkedHashMap<>(page.form(formId));
        fields.putAll(changes);
        fields.put(formId + ":" + buttonId, "");
        return fields.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    public Page signIn(String username, String password) {
        return submit(get("login"), "loginForm", "signIn", Map.of("loginForm:username", username, "loginForm:password",
                password));
    }

    private Page follow(Page response) {
        Page current = response;
        for (int hops = 0; hops < 5 && current.status() / 100 == 3; hops++) {
            current = exchange("GET", current.uri().resolve(current.body()), null);
        }
        return current;
    }

    /** One request; a redirect comes back as a page whose body is the Location header. */
    private Page exchange(String method, URI uri, String form) {
        Answer answer = request(method, uri, form == null ? null : "application/x-www-form-urlencoded",
                form == null ? null : form.getBytes(StandardCharsets.UTF_8));
        String location = answer.headers().get("location");
        return new Page(answer.status(), uri, answer.status() / 100 == 3 && location != null ? location : answer.body(), null);
    }

    private Answer request(String method, URI uri, String contentType, byte[] body) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", base.getPort()), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            StringBuilder request = new StringBuilder(method).append(' ').append(uri.getRawPath())
                    .append(uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()).append(" HTTP/1.0\r\n")
                    .append("Host: localhost:").append(base.getPort()).append("\r\n");
            if (!cookies.isEmpty()) {
                request.append("Cookie: ").append(cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                        .collect(Collectors.joining("; "))).append("\r\n");
            }
            if (body != null) {
                request.append("Content-Type: ").append(contentType).append("\r\nContent-Length: ").append(body.length)
                        .append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + uri + " from " + from, e);
        }
    }

    private Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        int headerEnd = text.indexOf("\r\n\r\n");
        String[] head = text.substring(0, headerEnd < 0 ? text.length() : headerEnd).split("\r\n");
        int status = Integer.parseInt(head[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < head.length; i++) {
            int colon = head[i].indexOf(':');
            String name = head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = head[i].substring(colon + 1).trim();
            if (name.equals("set-cookie")) {
                String pair = value.split(";", 2)[0];
                int equals = pair.indexOf('=');
                cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
            }
            headers.put(name, value);
        }
        return new Answer(status, headers, headerEnd < 0 ? "" : text.substring(headerEnd + 4));
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toByteArray();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
