package dev.abmbridge.app.lookup;

import dev.abmbridge.core.lookup.AccountDirectory;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.cors.CorsConfiguration;

/**
 * The account look-up API of {@code serve} (issue 9): the directory every sync keeps current, the keys, the per-key
 * rate limit, the browsers' CORS origins and the filter that answers ahead of the rest of the server. Only in the
 * serve context, like the rest of it: the one-shot commands' context has no web server and no meter registry.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(LookupProperties.class)
public class LookupConfiguration {

    @Bean
    AccountDirectory accountDirectory() {
        return new AccountDirectory();
    }

    @Bean
    ApiKeys lookupApiKeys(LookupProperties properties) {
        return new ApiKeys(properties.keys());
    }

    @Bean
    KeyRateLimits lookupRateLimits(LookupProperties properties) {
        return new KeyRateLimits(properties.requestsPerSecond());
    }

    @Bean
    AccountLookup accountLookup(AccountDirectory directory, ApiKeys keys, KeyRateLimits limits) {
        return new AccountLookup(directory, keys, limits);
    }

    /** First of all filters, and on its path only (see {@link AccountLookupFilter} for why). */
    @Bean
    FilterRegistrationBean<AccountLookupFilter> accountLookupFilter(AccountLookup lookup, MeterRegistry registry,
                                                                    LookupProperties properties) {
        FilterRegistrationBean<AccountLookupFilter> registration = new FilterRegistrationBean<>(
                new AccountLookupFilter(lookup, new LookupMetrics(registry), cors(properties.corsOrigins())));
        registration.addUrlPatterns(AccountLookupFilter.PATH);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** The origins' pages may send GET with the key header; browsers may cache the preflight for an hour. */
    static CorsConfiguration cors(List<String> origins) {
        if (origins.isEmpty()) {
            return null;
        }
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(origins);
        cors.setAllowedMethods(List.of("GET"));
        cors.setAllowedHeaders(List.of(AccountLookup.KEY_HEADER));
        cors.setMaxAge(3600L);
        return cors;
    }
}
