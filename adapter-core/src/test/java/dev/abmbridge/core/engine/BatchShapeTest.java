package dev.abmbridge.core.engine;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BatchShapeTest {

    @Test
    void withoutBulkEveryHandOverIsOneCall() {
        BatchShape shape = BatchShape.calls(200);

        assertThat(shape.minCalls(0)).isZero();
        assertThat(shape.minCalls(200)).isEqualTo(1);
        assertThat(shape.minCalls(201)).isEqualTo(2);
        assertThat(shape.bulk(1_000_000)).isFalse();
    }

    @Test
    void handOversAboveTheThresholdAreOneBulkWriteAndTheRestGoesInCalls() {
        BatchShape shape = new BatchShape(200, 10_000, 2_000, 1);

        assertThat(shape.minCalls(2_000)).as("at the threshold: calls").isEqualTo(10);
        assertThat(shape.minCalls(2_001)).isEqualTo(1);
        assertThat(shape.minCalls(10_000)).isEqualTo(1);
        assertThat(shape.minCalls(10_201)).as("a full hand-over, then 201 in two calls").isEqualTo(1 + 2);
        assertThat(shape.minCalls(32_500)).as("three full hand-overs, then 2,500 in bulk").isEqualTo(4);
    }

    @Test
    void aBulkWriteCountsTheCallsItCostsAtTheLeast() {
        BatchShape shape = new BatchShape(200, 10_000, 2_000, 5); // Salesforce: a Bulk job of one batch

        assertThat(shape.minCalls(2_001)).isEqualTo(5);
        assertThat(shape.minCalls(10_201)).as("a bulk job, then 201 in two calls").isEqualTo(5 + 2);
        assertThat(shape.minCalls(32_500)).as("four bulk jobs").isEqualTo(4 * 5);
        assertThatThrownBy(() -> new BatchShape(200, 10_000, 2_000, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aHandOverHoldsAtLeastOneBatch() {
        assertThatThrownBy(() -> new BatchShape(200, 100, 50, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
