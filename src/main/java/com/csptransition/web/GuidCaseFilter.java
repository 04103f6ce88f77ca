package com.csptransition.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * GUIDs in the path and the query in lower case, before anything reads them: a tenant id written as Partner Center's
 * documentation writes it (upper case) names the same customer or partner as the stored lower-case one, for the
 * security filters, the controllers and every service behind them alike. JSON bodies are handled by
 * {@link GuidJsonModule}.
 */
class GuidCaseFilter extends OncePerRequestFilter {

    /** A GUID with at least one upper-case letter, as a whole path segment or query value. */
    private static final Pattern UPPER_GUID = Pattern.compile("(?<=^|[/=&])" // starts a segment or a value
            + "(?=[0-9a-fA-F-]{0,35}[A-F])" // has an upper-case letter
            + "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
            + "(?=$|[/&;?#])"); // and ends it

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean upperInPath = UPPER_GUID.matcher(request.getRequestURI()).find();
        boolean upperInQuery = request.getQueryString() != null && UPPER_GUID.matcher(request.getQueryString()).find();
        chain.doFilter(upperInPath || upperInQuery ? new LowerCaseGuids(request) : request, response);
    }

    /** Lower-cases every GUID-shaped segment and query value; the rest of a URL as it came. */
    static String lowerGuids(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = UPPER_GUID.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Guids.canonical(m.group()));
        }
        return m.appendTail(out).toString();
    }

    private static final class LowerCaseGuids extends HttpServletRequestWrapper {

        LowerCaseGuids(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getRequestURI() {
            return lowerGuids(super.getRequestURI());
        }

        @Override
        public StringBuffer getRequestURL() {
            String url = super.getRequestURL().toString();
            String uri = super.getRequestURI();
            // the URL ends with the request URI: scheme://host:port + the path as the client sent it
            return new StringBuffer(url.endsWith(uri) ? url.substring(0, url.length() - uri.length()) + getRequestURI()
                    : lowerGuids(url));
        }

        @Override
        public String getServletPath() {
            return lowerGuids(super.getServletPath());
        }

        @Override
        public String getPathInfo() {
            return lowerGuids(super.getPathInfo());
        }

        @Override
        public String getQueryString() {
            return lowerGuids(super.getQueryString());
        }

        @Override
        public String getParameter(String name) {
            return Guids.canonical(super.getParameter(name));
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = super.getParameterValues(name);
            return values == null ? null : Arrays.stream(values).map(Guids::canonical).toArray(String[]::new);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> lowered = new LinkedHashMap<>();
            super.getParameterMap().forEach((name, values) ->
                    lowered.put(name, Arrays.stream(values).map(Guids::canonical).toArray(String[]::new)));
            return Collections.unmodifiableMap(lowered);
        }
    }
}
