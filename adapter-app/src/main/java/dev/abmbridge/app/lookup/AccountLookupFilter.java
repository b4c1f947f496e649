package dev.abmbridge.app.lookup;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsProcessor;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.cors.DefaultCorsProcessor;

/**
 * {@code GET /api/v1/accounts/lookup?domain=…} or {@code ?email=…} with the key in {@code X-Api-Key}: what a website
 * or chat tool may know about a visitor's company ({@link AccountLookup}).
 *
 * <p>A servlet filter mapped to that one path and ordered first, so a look-up skips what the rest of the server
 * needs and this stateless, key-checked GET does not: the Spring Security chain (sessions, CSRF, request cache,
 * an observation around each of its filters), Boot's request observation, MVC dispatch and per-request JSON. Under
 * load those took several times the look-up itself (docs/BENCHMARKS.md). It keeps what the API promised: browsers
 * of the configured origins only (Spring's own CORS processor), the same security headers, JSON errors; its own
 * metrics ({@link LookupMetrics}). Other methods than GET, HEAD and OPTIONS go on to the server's usual chain.
 */
public final class AccountLookupFilter extends HttpFilter {

    static final String PATH = "/api/v1/accounts/lookup";
    private static final String JSON = "application/json";

    private final AccountLookup lookup;
    private final LookupMetrics metrics;
    /** Null when no origin is configured: then no browser on another origin may call the API. */
    private final CorsConfiguration cors;
    private final CorsProcessor corsProcessor = new DefaultCorsProcessor();

    AccountLookupFilter(AccountLookup lookup, LookupMetrics metrics, CorsConfiguration cors) {
        this.lookup = lookup;
        this.metrics = metrics;
        this.cors = cors;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method)) {
            lookUp(request, response);
        } else if ("OPTIONS".equals(method)) {
            options(request, response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private void lookUp(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long start = System.nanoTime();
        securityHeaders(response);
        // As Spring's CorsFilter did: only with origins configured; a refused origin gets 403 before the key check.
        if (cors != null && !corsProcessor.processRequest(cors, request, response)) {
            metrics.record(null, AccountLookup.Outcome.CORS_REFUSED, System.nanoTime() - start);
            return;
        }
        AccountLookup.Answer answer = lookup.answer(request.getHeader(AccountLookup.KEY_HEADER),
                request.getParameter("domain"), request.getParameter("email"));
        response.setStatus(answer.outcome().status);
        if (answer.outcome() == AccountLookup.Outcome.RATE_LIMITED) {
            response.setHeader("Retry-After", "1");
        }
        // Counted before the body is written: a client may have read the whole answer before write() returns.
        metrics.record(answer.holder(), answer.outcome(), System.nanoTime() - start);
        write(response, answer.body());
    }

    /** A CORS preflight is answered by Spring's processor (403 without origins configured); others get Allow. */
    private void options(HttpServletRequest request, HttpServletResponse response) throws IOException {
        securityHeaders(response);
        if (CorsUtils.isPreFlightRequest(request)) {
            corsProcessor.processRequest(cors, request, response);
            return;
        }
        response.setHeader("Allow", "GET,HEAD,OPTIONS");
        response.setContentLength(0);
    }

    private static void write(HttpServletResponse response, ByteBuffer body) throws IOException {
        response.setContentType(JSON);
        response.setContentLength(body.remaining());
        response.getOutputStream().write(body);
    }

    /** The headers Spring Security's defaults put on every answer before, kept for the browsers that rely on them. */
    private static void securityHeaders(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-XSS-Protection", "0");
        response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
        response.setHeader("Pragma", "no-cache");
        response.setHeader("Expires", "0");
        response.setHeader("X-Frame-Options", "DENY");
    }
}
