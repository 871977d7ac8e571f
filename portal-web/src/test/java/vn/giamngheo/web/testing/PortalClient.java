package vn.giamngheo.web.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Calls the portal over HTTP as a given account, the way an API client would. */
public final class PortalClient {
  private final HttpClient http = HttpClient.newHttpClient();
  private final URI base;

  public PortalClient(URL base) {
    this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
  }

  public HttpResponse<String> get(String path, String caller) {
    return send(request(path, caller).GET());
  }

  public byte[] getBytes(String path, String caller) {
    try {
      HttpResponse<byte[]> response =
          http.send(request(path, caller).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(path + " answered " + response.statusCode());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<String> post(String path, String caller, String contentType, String body) {
    return send(
        request(path, caller)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  public HttpResponse<String> put(String path, String caller, String jsonBody) {
    return send(
        request(path, caller)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8)));
  }

  public static JsonObject json(HttpResponse<String> response) {
    return (JsonObject) parse(response.body());
  }

  public static JsonStructure parse(String body) {
    return Json.createReader(new StringReader(body)).read();
  }

  private HttpRequest.Builder request(String path, String caller) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path));
    if (caller != null) {
      String credentials = caller + ":" + PortalDeployment.PASSWORD;
      builder.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    return builder;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
