package cmsstats.workbench.publish;

/** The one reminder every export of case-level rows carries (sample lists, worksheets, drill-through records). */
public final class PersonalData {
    /** Said before a case-level file is written, and written into a workbook's about sheet. */
    public static final String WARNING = "These are case-level records of real families (personal data): keep the "
            + "file on an approved, encrypted drive, share it only with those who need it, and delete it when done.";

    private PersonalData() {
    }
}
