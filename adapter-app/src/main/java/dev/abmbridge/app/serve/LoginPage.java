package dev.abmbridge.app.serve;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** The form that trades the token for a session cookie (the browser's way in when a token is required). */
@RestController
@ConditionalOnWebApplication
class LoginPage {

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    String login(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String message = request.getParameter("failed") != null ? "<p class=\"error\">That token is not right.</p>"
                : request.getParameter("signedOut") != null ? "<p>Signed out.</p>" : "";
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>ABM Bridge: sign in</title>
                <style>body{font-family:system-ui,sans-serif;max-width:26rem;margin:4rem auto;color:#1f2933}
                input{font-size:1rem;padding:.4rem;width:100%%;box-sizing:border-box;margin:.5rem 0}
                button{font-size:1rem;padding:.4rem 1rem}.error{color:#b42318}</style></head>
                <body><h1>ABM Bridge</h1>%s
                <form method="post" action="/login">
                <input type="hidden" name="username" value="admin">
                <label for="password">Access token</label>
                <input id="password" name="password" type="password" autocomplete="current-password" autofocus>
                %s<button type="submit">Sign in</button></form></body></html>
                """.formatted(message, csrf == null ? "" : "<input type=\"hidden\" name=\""
                + HtmlUtils.htmlEscape(csrf.getParameterName()) + "\" value=\"" + HtmlUtils.htmlEscape(csrf.getToken())
                + "\">");
    }
}
