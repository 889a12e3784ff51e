package cmsstats.workbench.publish.release;

import cmsstats.workbench.publish.release.WorkbookView.Breaches;
import cmsstats.workbench.publish.release.WorkbookView.CellView;
import cmsstats.workbench.publish.release.WorkbookView.SheetView;
import cmsstats.workbench.publish.release.WorkbookView.TableRange;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lints an XLSX or ODS workbook against the Analysis Function's "Releasing statistics in spreadsheets" as the
 * release applies it, and lists each breach with its sheet and cell: sheet order (Cover, Contents, Notes), names,
 * a title in A1 and text only in column A above exactly one table per sheet, table names, nothing merged, hidden or
 * blank inside a table, no formulas, numbers stored as numbers, only the guidance's shorthand in number columns
 * and each symbol explained above its table, notes numbered in order of first reference and matching the Notes
 * sheet, working links on Contents, document properties, and opening on the Cover.
 */
public final class ReleaseChecker {
    private static final Pattern NOTE = Pattern.compile("\\[note (\\d+)]");
    private static final Pattern NUMBER_AS_TEXT = Pattern.compile("-?[\\d,]+(\\.\\d+)?%?");
    /** Old shorthand the guidance replaces, never right in a table cell. */
    private static final Set<String> FORBIDDEN = Set.of("..", ":", "-", "*", "n/a");
    /** Shorthand written without its brackets, wrong in a column of numbers. */
    private static final Set<String> UNBRACKETED = Set.of("x", "z", "c", "u", "e", "p", "r", "b", "na");
    private static final Pattern DEFAULT_TABLE_NAME = Pattern.compile("(?i)(table|database)\\d*");
    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private ReleaseChecker() {
    }

    /** Checks a workbook file (XLSX or ODS, by content). */
    public static List<WorkbookView.Breach> check(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        WorkbookView view = name.endsWith(".ods") ? OdsView.read(file) : XlsxView.read(file);
        return check(view);
    }

    public static List<WorkbookView.Breach> check(WorkbookView book) {
        Breaches breaches = new Breaches();
        breaches.list.addAll(book.formatBreaches());
        properties(book, breaches);
        List<SheetView> sheets = book.sheets();
        List<String> expected = List.of("Cover", "Contents", "Notes");
        for (int i = 0; i < expected.size(); i++) {
            if (sheets.size() <= i || !sheets.get(i).name().equals(expected.get(i))) {
                breaches.add(sheets.size() <= i ? null : sheets.get(i).name(), null, "sheet " + (i + 1) + " is "
                        + (sheets.size() <= i ? "missing" : "'" + sheets.get(i).name() + "'") + " (expected "
                        + expected.get(i) + ": the order is Cover, Contents, Notes, then the tables)");
            }
        }
        if (book.activeSheet() != 0) {
            breaches.add(null, null, "the workbook opens on sheet " + (book.activeSheet() + 1)
                    + " (expected the Cover)");
        }
        Set<String> names = new HashSet<>();
        Set<String> tableNames = new HashSet<>();
        for (SheetView sheet : sheets) {
            sheetRules(sheet, names, tableNames, breaches);
        }
        notes(sheets, breaches);
        contents(sheets, breaches);
        return breaches.list;
    }

    private static void properties(WorkbookView book, Breaches breaches) {
        for (String[] property : new String[][] {{"title", book.title()}, {"subject", book.subject()},
            {"keywords", book.keywords()}, {"creator", book.creator()}}) {
            if (property[1] == null || property[1].isBlank()) {
                breaches.add(null, null, "no document " + property[0] + " (expected one)");
            }
        }
        if (!ReleaseWorkbook.LANGUAGE.equalsIgnoreCase(book.language() == null ? "" : book.language())) {
            breaches.add(null, null, "document language " + book.language() + " (expected en-GB)");
        }
    }

    private static void sheetRules(SheetView sheet, Set<String> names, Set<String> tableNames, Breaches breaches) {
        String name = sheet.name();
        if (!names.add(name.toLowerCase(Locale.ROOT))) {
            breaches.add(name, null, "a second sheet of this name (expected unique names)");
        }
        if (name.length() > 31 || name.isEmpty() || Character.isDigit(name.charAt(0))) {
            breaches.add(name, null, "sheet name '" + name
                    + "' (expected 1 to 31 characters, not starting with a digit)");
        }
        if (sheet.hidden()) {
            breaches.add(name, null, "a hidden sheet (expected nothing hidden)");
        }
        CellView a1 = sheet.cell(0, 0);
        if (a1.kind() != CellView.Kind.TEXT || a1.text().isBlank()) {
            breaches.add(name, "A1", "no title in A1 (expected the sheet's title: what, where, when)");
        }
        for (int r = 0; r < sheet.rows().size(); r++) {
            for (int c = 0; c < sheet.rows().get(r).size(); c++) {
                if (sheet.cell(r, c).kind() == CellView.Kind.FORMULA) {
                    breaches.add(name, WorkbookView.reference(r, c), "a formula (expected values only)");
                }
            }
        }
        boolean cover = name.equals("Cover");
        if (cover) {
            if (!sheet.tables().isEmpty()) {
                breaches.add(name, null, "a table on the Cover (expected text only)");
            }
            return;
        }
        if (sheet.tables().size() != 1) {
            breaches.add(name, null, sheet.tables().size() + " tables (expected exactly one table object)");
            return;
        }
        TableRange table = sheet.tables().get(0);
        if (!TABLE_NAME.matcher(table.name()).matches() || DEFAULT_TABLE_NAME.matcher(table.name()).matches()) {
            breaches.add(name, null, "table name '" + table.name() + "' (expected a meaningful name of letters, "
                    + "digits and underscores)");
        }
        if (!tableNames.add(table.name().toLowerCase(Locale.ROOT))) {
            breaches.add(name, null, "table name '" + table.name() + "' is used twice (expected unique names)");
        }
        for (int r = 0; r < table.firstRow(); r++) {
            for (int c = 1; c < sheet.rows().get(r).size(); c++) {
                if (sheet.cell(r, c).kind() != CellView.Kind.BLANK) {
                    breaches.add(name, WorkbookView.reference(r, c), "text outside column A above the table "
                            + "(expected notes and units in column A only)");
                }
            }
        }
        tableCells(sheet, table, breaches);
    }

    private static void tableCells(SheetView sheet, TableRange table, Breaches breaches) {
        String name = sheet.name();
        String above = aboveTable(sheet, table);
        for (int c = table.firstColumn(); c <= table.lastColumn(); c++) {
            CellView header = sheet.cell(table.firstRow(), c);
            if (header.kind() != CellView.Kind.TEXT || header.text().isBlank()) {
                breaches.add(name, WorkbookView.reference(table.firstRow(), c), "an empty header (expected a column "
                        + "title with its unit)");
            }
            boolean numeric = false;
            boolean blankColumn = true;
            for (int r = table.firstRow() + 1; r <= table.lastRow(); r++) {
                CellView cell = sheet.cell(r, c);
                numeric |= cell.kind() == CellView.Kind.NUMBER;
                blankColumn &= cell.kind() == CellView.Kind.BLANK;
            }
            if (blankColumn && table.lastRow() > table.firstRow()) {
                breaches.add(name, OdsReleaseWriter.columnName(c), "a blank column inside the table (expected none)");
            }
            for (int r = table.firstRow() + 1; r <= table.lastRow(); r++) {
                CellView cell = sheet.cell(r, c);
                if (cell.kind() != CellView.Kind.TEXT) {
                    continue;
                }
                String ref = WorkbookView.reference(r, c);
                String text = cell.text().strip();
                String lower = text.toLowerCase(Locale.ROOT);
                if (FORBIDDEN.contains(lower) || numeric && UNBRACKETED.contains(lower)) {
                    breaches.add(name, ref, "'" + text + "' (expected the guidance's shorthand: [x], [z], [c], [u], "
                            + "[e], [p], [r] or [b])");
                } else if (NUMBER_AS_TEXT.matcher(text).matches()) {
                    breaches.add(name, ref, "the number " + text + " stored as text (expected a number)");
                } else if (numeric && Shorthand.of(text).isEmpty()) {
                    breaches.add(name, ref, "text '" + text + "' in a column of numbers (expected a number or the "
                            + "guidance's shorthand)");
                }
                Shorthand.of(text).ifPresent(symbol -> {
                    if (!above.contains(symbol.symbol())) {
                        breaches.add(name, ref, symbol.symbol() + " is not explained above the table (expected a line "
                                + "saying what " + symbol.symbol() + " means)");
                    }
                });
            }
        }
        for (int r = table.firstRow() + 1; r <= table.lastRow(); r++) {
            boolean blank = true;
            for (int c = table.firstColumn(); c <= table.lastColumn(); c++) {
                blank &= sheet.cell(r, c).kind() == CellView.Kind.BLANK;
            }
            if (blank) {
                breaches.add(name, String.valueOf(r + 1), "a blank row inside the table (expected none)");
            }
        }
    }

    private static String aboveTable(SheetView sheet, TableRange table) {
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < table.firstRow(); r++) {
            text.append(sheet.cell(r, 0).text()).append('\n');
        }
        return text.toString();
    }

    /** Notes numbered in order of first reference; the referenced set equals the Notes sheet's. */
    private static void notes(List<SheetView> sheets, Breaches breaches) {
        LinkedHashSet<Integer> referenced = new LinkedHashSet<>();
        Set<Integer> listed = new TreeSet<>();
        for (SheetView sheet : sheets) {
            boolean notesSheet = sheet.name().equals("Notes");
            for (int r = 0; r < sheet.rows().size(); r++) {
                for (int c = 0; c < sheet.rows().get(r).size(); c++) {
                    Matcher m = NOTE.matcher(sheet.cell(r, c).text());
                    while (m.find()) {
                        int number = Integer.parseInt(m.group(1));
                        if (notesSheet && c == 0 && sheet.cell(r, c).text().strip().equals(m.group())) {
                            listed.add(number);
                        } else if (!notesSheet && referenced.add(number) && number != referenced.size()) {
                            breaches.add(sheet.name(), WorkbookView.reference(r, c), "[note " + number + "] is the "
                                    + ordinal(referenced.size()) + " note referred to (expected notes numbered in the "
                                    + "order they are first referred to)");
                        }
                    }
                }
            }
        }
        Set<Integer> missing = new TreeSet<>(referenced);
        missing.removeAll(listed);
        Set<Integer> unused = new TreeSet<>(listed);
        unused.removeAll(referenced);
        if (!missing.isEmpty()) {
            breaches.add("Notes", null, "notes " + missing + " are referred to but not on the Notes sheet");
        }
        if (!unused.isEmpty()) {
            breaches.add("Notes", null, "notes " + unused + " are on the Notes sheet but never referred to");
        }
    }

    private static String ordinal(int n) {
        return n + (n % 10 == 1 && n % 100 != 11 ? "st" : n % 10 == 2 && n % 100 != 12 ? "nd"
                : n % 10 == 3 && n % 100 != 13 ? "rd" : "th");
    }

    /** Every table sheet has a working, descriptive link on the Contents sheet. */
    private static void contents(List<SheetView> sheets, Breaches breaches) {
        SheetView contents = sheets.stream().filter(s -> s.name().equals("Contents")).findFirst().orElse(null);
        if (contents == null) {
            return;
        }
        Set<String> linked = new HashSet<>();
        Set<String> existing = new HashSet<>();
        sheets.forEach(s -> existing.add(s.name()));
        for (int r = 0; r < contents.rows().size(); r++) {
            for (int c = 0; c < contents.rows().get(r).size(); c++) {
                CellView cell = contents.cell(r, c);
                if (cell.linkSheet() == null) {
                    continue;
                }
                String target = cell.linkSheet().replace("'", "").replaceFirst("[!.]\\$?A\\$?1$", "");
                if (!existing.contains(target)) {
                    breaches.add("Contents", WorkbookView.reference(r, c), "a link to '" + target + "', which is not a "
                            + "sheet (expected a working link)");
                }
                if (cell.text().isBlank() || cell.text().equalsIgnoreCase("link")
                        || cell.text().equalsIgnoreCase("click here")) {
                    breaches.add("Contents", WorkbookView.reference(r, c), "link text '" + cell.text() + "' (expected "
                            + "text that says where it goes)");
                }
                linked.add(target);
            }
        }
        List<String> unlinked = new ArrayList<>();
        for (SheetView sheet : sheets.subList(Math.min(3, sheets.size()), sheets.size())) {
            if (!linked.contains(sheet.name())) {
                unlinked.add(sheet.name());
            }
        }
        if (!unlinked.isEmpty()) {
            breaches.add("Contents", null, "no link to " + unlinked + " (expected one row per table, linked)");
        }
    }
}
