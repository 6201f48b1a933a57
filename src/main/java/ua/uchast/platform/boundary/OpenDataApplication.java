package ua.uchast.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Public, read-only open data under /api (described at /openapi). */
@ApplicationPath("api")
public class OpenDataApplication extends Application {
}
