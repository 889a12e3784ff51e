package cmsstats.workbench.publish.release;

import java.time.LocalDate;
import java.util.List;

/**
 * The release as a workbook, independent of format: document properties and the sheets in order (Cover, Contents,
 * Notes, then one per table).
 *
 * @param title    document title
 * @param subject  document subject
 * @param keywords document keywords
 * @param creator  the organisation (never a person)
 * @param created  the document date: the release date, so that the same release gives the same file
 * @param sheets   the sheets in order
 */
public record ReleaseWorkbook(String title, String subject, String keywords, String creator, LocalDate created,
                              List<Sheet> sheets) {
    public static final String LANGUAGE = "en-GB";
    public static final String FONT = "Arial";

    public ReleaseWorkbook {
        sheets = List.copyOf(sheets);
    }
}
