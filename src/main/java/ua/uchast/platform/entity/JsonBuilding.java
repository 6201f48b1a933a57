package ua.uchast.platform.entity;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON provider everything builds and reads JSON with. Each {@code jakarta.json.Json.createXxx} call looks the
 * provider up again through the service loader, which in Payara searches the class path's jars every time: on the
 * results page that lookup was half the server's time.
 */
public final class JsonBuilding {

    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonBuilding() {
    }
}
