package dev.abmbridge.app.lookup;

import dev.abmbridge.core.lookup.AccountDirectory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The account look-up API of {@code serve} (issue 9): the directory every sync keeps current, the keys, the per-key
 * rate limit and the browsers' CORS origins.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LookupProperties.class)
@Import(AccountLookupController.class)
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
    WebMvcConfigurer lookupCors(LookupProperties properties) {
        return new WebMvcConfigurer() {
            @Override
            public void addCorsMappings(CorsRegistry registry) {
                if (!properties.corsOrigins().isEmpty()) {
                    registry.addMapping("/api/v1/accounts/**")
                            .allowedOrigins(properties.corsOrigins().toArray(String[]::new))
                            .allowedMethods("GET")
                            .allowedHeaders(AccountLookupController.KEY_HEADER)
                            .maxAge(3600);
                }
            }
        };
    }
}
