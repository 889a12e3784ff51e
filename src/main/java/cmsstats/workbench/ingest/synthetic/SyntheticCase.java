package cmsstats.workbench.ingest.synthetic;

import java.time.LocalDate;

/** One generated case, as the simulation needs it. */
final class SyntheticCase {
    int id;
    int group;
    LocalDate applied;
    int monthApplied;
    boolean arrearsOnly;
    int children;
    String fee;
    String country;
    boolean priorCsa;
    LocalDate closed;
    /** Month index of closure; 37 or more when open at the extract date. */
    int closedMonth;
    boolean liable;
    long weeklyPence;
    long arrearsPence;
    int startMonth;
    int service;
    int payer;

    String caseId() {
        return "C" + id;
    }
}
