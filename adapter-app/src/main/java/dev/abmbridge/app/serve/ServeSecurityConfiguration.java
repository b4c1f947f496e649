package dev.abmbridge.app.serve;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Access to the server (see {@link ServeAccess}): with a token, every page and API needs the token as a bearer
 * header or a session from the login form; APIs answer 401, pages send people to the form. The webhook endpoint
 * is open to HubSpot and checks HubSpot's signature instead; the account look-up API checks its own API keys
 * (its filter answers ahead of this chain).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class ServeSecurityConfiguration {

    static final String WEBHOOKS = "/webhooks/**";
    static final String LOOKUP_API = "/api/v1/accounts/**";
    static final String LOOKUP_SPEC = "/api/v1/openapi.yaml";

    @Bean
    ServeAccess serveAccess(ServeProperties properties, Environment environment) {
        return ServeAccess.of(environment.getProperty("server.address"),
                Secrets.resolve(properties.token(), properties.tokenFile(), "token"));
    }

    /** Also keeps Boot from creating (and logging) a generated password. */
    @Bean
    AuthenticationProvider tokenAuthenticationProvider(ServeAccess access) {
        return new TokenAuthenticationProvider(access);
    }

    @Bean
    SecurityFilterChain serveSecurity(HttpSecurity http, ServeAccess access) throws Exception {
        // The look-up API's GET and CORS are answered before this chain (AccountLookupFilter), with its own keys.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(WEBHOOKS));
        if (!access.tokenRequired()) {
            http.authorizeHttpRequests(a -> a.anyRequest().permitAll());
            return http.build();
        }
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        RequestMatcher apis = new OrRequestMatcher(paths.matcher("/actuator/**"), paths.matcher("/api/**"));
        http.authorizeHttpRequests(a -> a.requestMatchers(WEBHOOKS, "/login", LOOKUP_API, LOOKUP_SPEC).permitAll().anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(access), UsernamePasswordAuthenticationFilter.class)
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).failureUrl("/login?failed"))
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut"))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), apis));
        return http.build();
    }
}
