package ua.uchast.platform.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Names the instance that answered in every response ({@value #HEADER}), so that operators can follow a visitor's
 * requests through the load balancer to one instance's log (whose lines carry the same name). The name is
 * UCHAST_INSTANCE_NAME — the cluster command gives each instance its Payara {@code --name} — else the host's name.
 */
@WebFilter("/*")
public class InstanceNameFilter extends HttpFilter {

    public static final String HEADER = "X-Uchast-Instance";
    private static final long serialVersionUID = 1L;

    @Inject
    @ConfigProperty(name = "uchast.instance-name")
    Optional<String> configuredName;

    private String name;

    @Override
    public void init() {
        name = configuredName.filter(value -> !value.isBlank()).orElseGet(InstanceNameFilter::hostName);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(HEADER, name);
        chain.doFilter(request, response);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
