package cmsstats.workbench.task;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A failure is logged by its types and place, never by its message (which may quote an extract's values). */
class FailuresTest {
    @Test
    void aFailureIsDescribedWithoutItsMessage() {
        IllegalStateException cause = new IllegalStateException("duplicate key 'C123' for case of Jane Doe");
        RuntimeException error = new RuntimeException("cannot store row C123", cause);
        String described = Failures.describe(error);
        assertThat(described).startsWith("java.lang.RuntimeException at cmsstats.workbench.task.FailuresTest.")
                .contains(" caused by java.lang.IllegalStateException at ")
                .doesNotContain("C123").doesNotContain("Jane");
    }
}
