package vn.giamngheo.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The JSON API, for the same accounts as the pages (HTTP Basic, user {@code unitCode/username}).
 */
@ApplicationPath("/api/v1")
public class RestApplication extends Application {}
