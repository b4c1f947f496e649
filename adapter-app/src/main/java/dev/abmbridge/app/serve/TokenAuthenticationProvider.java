package dev.abmbridge.app.serve;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

/** The login form: its password field is the token (there are no users); a session cookie follows. */
final class TokenAuthenticationProvider implements AuthenticationProvider {

    static final String USER = "admin";

    private final ServeAccess access;

    TokenAuthenticationProvider(ServeAccess access) {
        this.access = access;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        Object given = authentication.getCredentials();
        if (!access.accepts(given == null ? null : given.toString())) {
            throw new BadCredentialsException("wrong token");
        }
        return UsernamePasswordAuthenticationToken.authenticated(USER, null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN"));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
