package ua.uchast.devenv;

import java.util.Map;

/** Where the application's database is; the same names as the environment variables Payara's pool reads. */
public record DatabaseSettings(String host, int port, String name, String user, String password) {

    public Map<String, String> asEnvironment() {
        return Map.of("UCHAST_DB_HOST", host, "UCHAST_DB_PORT", Integer.toString(port), "UCHAST_DB_NAME", name,
                "UCHAST_DB_USER", user, "UCHAST_DB_PASSWORD", password, "UCHAST_DB_SSL_MODE", "DISABLED");
    }

    public String jdbcUrl() {
        return "jdbc:mysql://" + host + ":" + port + "/" + name + "?sslMode=DISABLED&connectionTimeZone=UTC&characterEncoding=UTF-8";
    }
}
