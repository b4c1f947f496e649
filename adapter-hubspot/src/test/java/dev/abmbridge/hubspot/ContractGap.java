package dev.abmbridge.hubspot;

import java.util.Map;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips, with the reason shown in the report, the contract tests whose fixture a HubSpot source cannot meet.
 * {@code InsightSinkContract.writesOwnedFieldsAndNothingElse} seeds the domain {@code s1.example.com} and expects it back
 * unchanged, but canonical accounts carry the registrable domain (PLAYBOOK.md), so any normalizing source answers
 * {@code example.com}. {@link HubSpotContractIT.AsSink} runs the same check with a canonical domain instead.
 */
final class ContractGap implements ExecutionCondition {

    private static final Map<String, String> GAPS = Map.of("writesOwnedFieldsAndNothingElse",
            "fixture domain s1.example.com is not canonical (registrable domain is example.com); covered by "
                    + "writesOwnedFieldsAndNothingElseWithACanonicalDomain");

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return context.getTestMethod().map(m -> GAPS.get(m.getName()))
                .map(ConditionEvaluationResult::disabled)
                .orElse(ConditionEvaluationResult.enabled("no known gap"));
    }
}
