package dev.abmbridge.core.playbook;

import dev.abmbridge.core.condition.Condition;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The canonical text of a playbook's meaning, and its SHA-256. Comments, layout, quoting and number
 * spelling ({@code 1e3} vs {@code 1000}) do not change it; anything that can change a result does.
 */
public final class PlaybookCanonicalForm {
    private PlaybookCanonicalForm() {
    }

    public static String hash(Playbook playbook) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(of(playbook).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    public static String of(Playbook p) {
        IcpDefinition icp = p.icp();
        return "{version:" + p.version()
                + ",icp:{minScore:" + icp.minScore()
                + ",tierOverrideField:" + str(icp.tierOverrideField())
                + ",criteria:" + list(icp.criteria().stream().map(c -> "{id:" + str(c.id()) + ",label:" + str(c.label())
                        + ",weight:" + c.weight() + ",when:" + condition(c.when()) + "}").toList())
                + ",disqualifiers:" + list(icp.disqualifiers().stream().map(d -> "{id:" + str(d.id())
                        + ",label:" + str(d.label()) + ",when:" + condition(d.when()) + "}").toList())
                + ",tiers:" + list(icp.tiers().stream().map(t -> "{name:" + str(t.name()) + ",minScore:"
                        + t.minScore() + "}").toList())
                + "},buyingRoles:{trustSourceFields:" + p.buyingRoles().trustSourceFields()
                + ",rules:" + list(p.buyingRoles().rules().stream().map(r -> "{role:" + str(r.role())
                        + ",when:" + (r.when() == null ? "null" : condition(r.when())) + "}").toList())
                + ",committee:" + list(p.buyingRoles().committee().stream().map(PlaybookCanonicalForm::str).toList())
                + "},audiences:" + list(p.audiences().stream().map(a -> "{id:" + str(a.id()) + ",name:" + str(a.name())
                        + ",accounts:" + condition(a.accounts())
                        + ",contacts:" + (a.contacts() == null ? "null" : condition(a.contacts()))
                        + ",destinations:" + list(a.destinations().stream().map(PlaybookCanonicalForm::str).toList())
                        + "}").toList())
                + "}";
    }

    private static String condition(Condition c) {
        if (c instanceof Condition.Field f) {
            return "{field:" + str(f.field()) + "," + f.operator().key() + ":" + value(f.operand()) + "}";
        }
        if (c instanceof Condition.AllOf a) {
            return "{allOf:" + list(a.parts().stream().map(PlaybookCanonicalForm::condition).toList()) + "}";
        }
        if (c instanceof Condition.AnyOf a) {
            return "{anyOf:" + list(a.parts().stream().map(PlaybookCanonicalForm::condition).toList()) + "}";
        }
        if (c instanceof Condition.Not n) {
            return "{not:" + condition(n.part()) + "}";
        }
        return "{cel:" + str(((Condition.Cel) c).expression()) + "}";
    }

    private static String value(Object v) {
        if (v instanceof List<?> l) {
            return list(l.stream().map(PlaybookCanonicalForm::value).toList());
        }
        if (v instanceof String s) {
            return str(s);
        }
        if (v instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return String.valueOf(v);
    }

    private static String list(List<String> items) {
        return items.stream().collect(Collectors.joining(",", "[", "]"));
    }

    private static String str(String s) {
        return s == null ? "null" : '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
