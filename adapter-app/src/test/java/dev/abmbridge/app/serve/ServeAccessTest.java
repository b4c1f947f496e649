package dev.abmbridge.app.serve;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServeAccessTest {

    @Test
    void loopbackWithoutATokenAsksForNothing() {
        assertThat(ServeAccess.of("127.0.0.1", Optional.empty()).tokenRequired()).isFalse();
        assertThat(ServeAccess.of("::1", Optional.empty()).tokenRequired()).isFalse();
        assertThat(ServeAccess.of("localhost", Optional.empty()).tokenRequired()).isFalse();
    }

    @Test
    void anyOtherAddressWithoutATokenRefusesToStart() {
        assertThatThrownBy(() -> ServeAccess.of("0.0.0.0", Optional.empty()))
                .hasMessageContaining("ABM_SERVE_TOKEN").hasMessageContaining("0.0.0.0");
        assertThatThrownBy(() -> ServeAccess.of(null, Optional.empty()))
                .hasMessageContaining("every network interface");
    }

    @Test
    void aConfiguredTokenIsAlwaysRequiredAndNeverShown() {
        ServeAccess access = ServeAccess.of("127.0.0.1", Optional.of("tok-123"));
        assertThat(access.tokenRequired()).isTrue();
        assertThat(access.accepts("tok-123")).isTrue();
        assertThat(access.accepts("tok-12")).isFalse();
        assertThat(access.accepts(null)).isFalse();
        assertThat(access.toString()).doesNotContain("tok-123");
        assertThat(new ServeProperties("tok-123", null, 20, null).toString()).doesNotContain("tok-123");
    }
}
