package dev.abmbridge.core.playbook;

import dev.abmbridge.core.condition.Condition;
import dev.abmbridge.core.condition.Operator;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ExamplePlaybookTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "playbook.yml");

    @Test
    void theShippedExampleIsValidAndUsesEveryFeature() {
        Playbook p = new PlaybookLoader().load(EXAMPLE);

        Set<Operator> operators = EnumSet.noneOf(Operator.class);
        Set<Class<?>> kinds = new HashSet<>();
        Stream.of(
                p.icp().criteria().stream().map(Criterion::when),
                p.icp().disqualifiers().stream().map(Disqualifier::when),
                p.buyingRoles().rules().stream().map(RoleRule::when).filter(w -> w != null),
                p.audiences().stream().map(Audience::accounts),
                p.audiences().stream().map(Audience::contacts).filter(w -> w != null)
        ).flatMap(s -> s).forEach(c -> collect(c, operators, kinds));

        assertThat(operators).containsExactlyInAnyOrder(Operator.values());
        assertThat(kinds).contains(Condition.AllOf.class, Condition.AnyOf.class, Condition.Not.class,
                Condition.Cel.class, Condition.Field.class);
        assertThat(p.icp().criteria()).anyMatch(c -> c.weight() < 0);
        assertThat(p.icp().tierOverrideField()).isNotNull();
        assertThat(p.icp().tiers()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(p.buyingRoles().rules()).anyMatch(RoleRule::isDefault);
        assertThat(p.buyingRoles().committee()).isNotEmpty();
        assertThat(p.audiences()).anyMatch(Audience::hasContacts);
    }

    @Test
    void theHashIgnoresCommentsAndLayoutButNotMeaning() throws Exception {
        String text = java.nio.file.Files.readString(EXAMPLE);
        PlaybookLoader loader = new PlaybookLoader();
        String hash = loader.parse("a.yml", text).hash();
        assertThat(loader.parse("b.yml", "# a new comment\n" + text.replace("\n", "\n\n"))
                .hash()).isEqualTo(hash);
        assertThat(loader.parse("c.yml", text.replaceFirst("minScore: 60", "minScore: 61")).hash())
                .isNotEqualTo(hash);
        assertThat(hash).hasSize(64).matches("[0-9a-f]+");
    }

    private static void collect(Condition c, Set<Operator> operators, Set<Class<?>> kinds) {
        kinds.add(c.getClass());
        if (c instanceof Condition.Field f) {
            operators.add(f.operator());
        } else if (c instanceof Condition.AllOf a) {
            a.parts().forEach(p -> collect(p, operators, kinds));
        } else if (c instanceof Condition.AnyOf a) {
            a.parts().forEach(p -> collect(p, operators, kinds));
        } else if (c instanceof Condition.Not n) {
            collect(n.part(), operators, kinds);
        }
    }
}
