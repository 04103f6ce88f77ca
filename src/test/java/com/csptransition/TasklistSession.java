package com.csptransition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A browser session of Camunda's webapps, as the Tasklist keeps one: its cookies and its XSRF token. */
public final class TasklistSession {

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

    private TasklistSession(int port) {
        this.port = port;
    }

    /** Signs in as the Tasklist does: the XSRF cookie from the app page, the login form, the app page again. */
    public static TasklistSession signIn(int port, String user, String password) throws IOException, InterruptedException {
        TasklistSession session = new TasklistSession(port);
        session.get("/camunda/app/tasklist/default/");
        HttpResponse<String> login = session.send(HttpRequest.newBuilder(
                        session.uri("/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8))));
        assertThat(login.statusCode()).isEqualTo(200);
        // the login starts a new session: the Tasklist's next page load hands out its XSRF token
        session.get("/camunda/app/tasklist/default/");
        return session;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** Every request carries the XSRF token the webapps' CSRF filter handed out last. */
    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
        return http.send(request.header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }
}
