package dev.abmbridge.linkedin;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LinkedInEmailHashTest {

    private static final String TEST_AT_EXAMPLE = "973dfe463ec85785f5f95af5ba3906eedb2d931c24e69824a89ea65dba4e813b";

    @Test
    void trimsLowerCasesAndHashesWithSha256Hex() {
        assertThat(LinkedInEmailHash.of("test@example.com")).isEqualTo(TEST_AT_EXAMPLE);
        assertThat(LinkedInEmailHash.of("  Test@EXAMPLE.com\t")).isEqualTo(TEST_AT_EXAMPLE);
        assertThat(LinkedInEmailHash.of("İ@example.com")).isEqualTo(LinkedInEmailHash.of("i̇@example.com"));
    }

    @Test
    void aHashIsNotHashedTwiceAndBlankIsMissing() {
        assertThat(LinkedInEmailHash.of(TEST_AT_EXAMPLE.toUpperCase())).isEqualTo(TEST_AT_EXAMPLE);
        assertThat(LinkedInEmailHash.of("  ")).isNull();
        assertThat(LinkedInEmailHash.of(null)).isNull();
    }

    @Test
    void theKeyIsTheSameTheEngineUses() {
        assertThat(LinkedInEmailHash.of(" CEO@Acme.com ")).isEqualTo(dev.abmbridge.core.state.SnapshotCodec.sha256("ceo@acme.com"));
    }

    @Test
    void aUserCannotBeBuiltFromAnEmail() {
        assertThatThrownBy(() -> new LinkedInUser("jane@acme.com", null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void matchingFieldsAreCutToLinkedInsLimits() {
        var element = LinkedInSegmentElements.user(true, new LinkedInUser(TEST_AT_EXAMPLE, "A".repeat(40), "B", "T".repeat(60),
                "C".repeat(51), "Germany"));
        assertThat(element.get("firstName").asString()).hasSize(35);
        assertThat(element.get("title").asString()).hasSize(50);
        assertThat(element.get("company").asString()).hasSize(50);
        assertThat(element.has("country")).isFalse();
        assertThat(LinkedInSegmentElements.cut("ab😀cd", 3)).isEqualTo("ab😀");
    }
}
