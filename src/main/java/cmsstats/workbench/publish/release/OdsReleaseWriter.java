package cmsstats.workbench.publish.release;

import cmsstats.workbench.model.WorkbenchVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the release as OpenDocument Spreadsheet (ODF 1.3) directly, with the JDK's StAX writer: the same sheets,
 * text and numbers as the XLSX, each table marked as a named database range (the ODS counterpart of a table
 * object), Arial 12 by default, en-GB, opening on the Cover. See ADR 0012 for why no ODF library.
 */
public final class OdsReleaseWriter {
    static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
    static final String NUMBER = "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0";
    static final String XLINK = "http://www.w3.org/1999/xlink";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
    static final String CONFIG = "urn:oasis:names:tc:opendocument:xmlns:config:1.0";
    static final String MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";
    static final String SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
    private static final String MIME = "application/vnd.oasis.opendocument.spreadsheet";

    private OdsReleaseWriter() {
    }

    public static byte[] write(ReleaseWorkbook release) throws IOException {
        FixedZip zip = new FixedZip();
        zip.put("mimetype", MIME.getBytes(StandardCharsets.US_ASCII), true);
        zip.put("META-INF/manifest.xml", xml(w -> manifest(w)), false);
        zip.put("meta.xml", xml(w -> meta(w, release)), false);
        zip.put("settings.xml", xml(w -> settings(w, release)), false);
        zip.put("styles.xml", xml(OdsReleaseWriter::styles), false);
        zip.put("content.xml", xml(w -> content(w, release)), false);
        return zip.finish();
    }

    @FunctionalInterface
    private interface Document {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static byte[] xml(Document document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            document.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the ODS: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static void root(XMLStreamWriter w, String ns, String name) throws XMLStreamException {
        w.writeStartElement("office", name, OFFICE);
        w.writeNamespace("office", OFFICE);
        for (String[] prefix : new String[][] {{"style", STYLE}, {"text", TEXT}, {"table", TABLE}, {"fo", FO},
            {"number", NUMBER}, {"xlink", XLINK}, {"dc", DC}, {"meta", META}, {"config", CONFIG}, {"svg", SVG}}) {
            w.writeNamespace(prefix[0], prefix[1]);
        }
        w.writeAttribute("office", OFFICE, "version", "1.3");
    }

    private static void manifest(XMLStreamWriter w) throws XMLStreamException {
        w.writeStartElement("manifest", "manifest", MANIFEST);
        w.writeNamespace("manifest", MANIFEST);
        w.writeAttribute("manifest", MANIFEST, "version", "1.3");
        entry(w, "/", MIME);
        for (String file : List.of("content.xml", "styles.xml", "meta.xml", "settings.xml")) {
            entry(w, file, "text/xml");
        }
        w.writeEndElement();
    }

    private static void entry(XMLStreamWriter w, String path, String type) throws XMLStreamException {
        w.writeEmptyElement("manifest", "file-entry", MANIFEST);
        w.writeAttribute("manifest", MANIFEST, "full-path", path);
        w.writeAttribute("manifest", MANIFEST, "media-type", type);
        if (path.equals("/")) {
            w.writeAttribute("manifest", MANIFEST, "version", "1.3");
        }
    }

    private static void meta(XMLStreamWriter w, ReleaseWorkbook release) throws XMLStreamException {
        root(w, OFFICE, "document-meta");
        w.writeStartElement("office", "meta", OFFICE);
        element(w, "meta", META, "generator", "CMS Statistics Workbench " + WorkbenchVersion.get());
        element(w, "dc", DC, "title", release.title());
        element(w, "dc", DC, "subject", release.subject());
        for (String keyword : release.keywords().split(",\\s*")) {
            element(w, "meta", META, "keyword", keyword);
        }
        element(w, "meta", META, "initial-creator", release.creator());
        element(w, "dc", DC, "creator", release.creator());
        element(w, "meta", META, "creation-date", release.created() + "T00:00:00");
        element(w, "dc", DC, "date", release.created() + "T00:00:00");
        element(w, "dc", DC, "language", ReleaseWorkbook.LANGUAGE);
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void settings(XMLStreamWriter w, ReleaseWorkbook release) throws XMLStreamException {
        root(w, OFFICE, "document-settings");
        w.writeStartElement("office", "settings", OFFICE);
        w.writeStartElement("config", "config-item-set", CONFIG);
        w.writeAttribute("config", CONFIG, "name", "ooo:view-settings");
        w.writeStartElement("config", "config-item-map-indexed", CONFIG);
        w.writeAttribute("config", CONFIG, "name", "Views");
        w.writeStartElement("config", "config-item-map-entry", CONFIG);
        configItem(w, "ViewId", "view1");
        configItem(w, "ActiveTable", release.sheets().get(0).name());
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void configItem(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement("config", "config-item", CONFIG);
        w.writeAttribute("config", CONFIG, "name", name);
        w.writeAttribute("config", CONFIG, "type", "string");
        w.writeCharacters(value);
        w.writeEndElement();
    }

    private static void styles(XMLStreamWriter w) throws XMLStreamException {
        root(w, OFFICE, "document-styles");
        fontFaces(w);
        w.writeStartElement("office", "styles", OFFICE);
        w.writeStartElement("style", "default-style", STYLE);
        w.writeAttribute("style", STYLE, "family", "table-cell");
        textProperties(w, false, 12);
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void fontFaces(XMLStreamWriter w) throws XMLStreamException {
        w.writeStartElement("office", "font-face-decls", OFFICE);
        w.writeEmptyElement("style", "font-face", STYLE);
        w.writeAttribute("style", STYLE, "name", ReleaseWorkbook.FONT);
        w.writeAttribute("svg", SVG, "font-family", ReleaseWorkbook.FONT);
        w.writeAttribute("style", STYLE, "font-family-generic", "swiss");
        w.writeEndElement();
    }

    private static void textProperties(XMLStreamWriter w, boolean bold, int points) throws XMLStreamException {
        w.writeEmptyElement("style", "text-properties", STYLE);
        w.writeAttribute("style", STYLE, "font-name", ReleaseWorkbook.FONT);
        w.writeAttribute("fo", FO, "font-size", points + "pt");
        w.writeAttribute("fo", FO, "font-weight", bold ? "bold" : "normal");
        w.writeAttribute("fo", FO, "language", "en");
        w.writeAttribute("fo", FO, "country", "GB");
    }

    private static void content(XMLStreamWriter w, ReleaseWorkbook release) throws XMLStreamException {
        root(w, OFFICE, "document-content");
        fontFaces(w);
        TreeSet<Integer> decimals = new TreeSet<>();
        release.sheets().stream().filter(s -> s.table() != null).flatMap(s -> s.table().rows().stream())
                .flatMap(List::stream).filter(c -> c.kind() == Cell.Kind.NUMBER)
                        .forEach(c -> decimals.add(c.decimals()));
        automaticStyles(w, decimals);
        w.writeStartElement("office", "body", OFFICE);
        w.writeStartElement("office", "spreadsheet", OFFICE);
        for (Sheet sheet : release.sheets()) {
            table(w, sheet);
        }
        w.writeStartElement("table", "database-ranges", TABLE);
        for (Sheet sheet : release.sheets()) {
            if (sheet.table() != null) {
                w.writeEmptyElement("table", "database-range", TABLE);
                w.writeAttribute("table", TABLE, "name", sheet.table().name());
                w.writeAttribute("table", TABLE, "target-range-address", rangeAddress(sheet));
                w.writeAttribute("table", TABLE, "contains-header", "true");
            }
        }
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }

    /** 'Sheet'.A5:'Sheet'.D40: the table's header and rows. */
    static String rangeAddress(Sheet sheet) {
        int first = sheet.headerRow() + 1;
        int last = first + sheet.table().rows().size();
        String columnName = columnName(sheet.table().columns().size() - 1);
        String name = "'" + sheet.name().replace("'", "''") + "'";
        return name + ".A" + first + ":" + name + "." + columnName + last;
    }

    static String columnName(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            name.insert(0, (char) ('A' + i % 26));
        }
        return name.toString();
    }

    private static void automaticStyles(XMLStreamWriter w, TreeSet<Integer> decimals) throws XMLStreamException {
        w.writeStartElement("office", "automatic-styles", OFFICE);
        for (int d : decimals) {
            w.writeStartElement("number", "number-style", NUMBER);
            w.writeAttribute("style", STYLE, "name", "N" + d);
            w.writeEmptyElement("number", "number", NUMBER);
            w.writeAttribute("number", NUMBER, "decimal-places", String.valueOf(d));
            w.writeAttribute("number", NUMBER, "min-decimal-places", String.valueOf(d));
            w.writeAttribute("number", NUMBER, "min-integer-digits", "1");
            w.writeAttribute("number", NUMBER, "grouping", "true");
            w.writeEndElement();
        }
        cellStyle(w, "ceTitle", true, 16, "start", null);
        cellStyle(w, "ceText", false, 12, "start", null);
        cellStyle(w, "ceRight", false, 12, "end", null);
        cellStyle(w, "ceHeader", true, 12, "start", null);
        cellStyle(w, "ceHeaderRight", true, 12, "end", null);
        for (int d : decimals) {
            cellStyle(w, "ceN" + d, false, 12, "end", "N" + d);
        }
        for (String[] column : new String[][] {{"coWide", "17cm"}, {"coFirst", "6cm"}, {"coNumber", "5cm"}}) {
            w.writeStartElement("style", "style", STYLE);
            w.writeAttribute("style", STYLE, "name", column[0]);
            w.writeAttribute("style", STYLE, "family", "table-column");
            w.writeEmptyElement("style", "table-column-properties", STYLE);
            w.writeAttribute("style", STYLE, "column-width", column[1]);
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private static void cellStyle(XMLStreamWriter w, String name, boolean bold, int points, String align,
                                  String dataStyle) throws XMLStreamException {
        w.writeStartElement("style", "style", STYLE);
        w.writeAttribute("style", STYLE, "name", name);
        w.writeAttribute("style", STYLE, "family", "table-cell");
        if (dataStyle != null) {
            w.writeAttribute("style", STYLE, "data-style-name", dataStyle);
        }
        w.writeEmptyElement("style", "paragraph-properties", STYLE);
        w.writeAttribute("fo", FO, "text-align", align);
        textProperties(w, bold, points);
        w.writeEndElement();
    }

    private static void table(XMLStreamWriter w, Sheet sheet) throws XMLStreamException {
        w.writeStartElement("table", "table", TABLE);
        w.writeAttribute("table", TABLE, "name", sheet.name());
        column(w, sheet.table() == null ? "coWide" : "coFirst", 1);
        if (sheet.table() != null && sheet.table().columns().size() > 1) {
            column(w, "coNumber", sheet.table().columns().size() - 1);
        }
        w.writeStartElement("table", "table-row", TABLE);
        textCell(w, sheet.title(), "ceTitle");
        w.writeEndElement();
        for (String line : sheet.lines()) {
            w.writeStartElement("table", "table-row", TABLE);
            textCell(w, line, "ceText");
            w.writeEndElement();
        }
        if (sheet.table() != null) {
            w.writeStartElement("table", "table-row", TABLE);
            for (Column column : sheet.table().columns()) {
                textCell(w, column.header(), column.kind() == Column.Kind.TEXT ? "ceHeader" : "ceHeaderRight");
            }
            w.writeEndElement();
            for (List<Cell> row : sheet.table().rows()) {
                w.writeStartElement("table", "table-row", TABLE);
                for (Cell cell : row) {
                    cell(w, cell);
                }
                w.writeEndElement();
            }
        }
        w.writeEndElement();
    }

    private static void column(XMLStreamWriter w, String style, int repeated) throws XMLStreamException {
        w.writeEmptyElement("table", "table-column", TABLE);
        w.writeAttribute("table", TABLE, "style-name", style);
        if (repeated > 1) {
            w.writeAttribute("table", TABLE, "number-columns-repeated", String.valueOf(repeated));
        }
    }

    private static void cell(XMLStreamWriter w, Cell cell) throws XMLStreamException {
        switch (cell.kind()) {
            case NUMBER -> {
                w.writeStartElement("table", "table-cell", TABLE);
                w.writeAttribute("office", OFFICE, "value-type", "float");
                w.writeAttribute("office", OFFICE, "value", cell.number().toPlainString());
                w.writeAttribute("table", TABLE, "style-name", "ceN" + cell.decimals());
                element(w, "text", TEXT, "p", cell.number().toPlainString());
                w.writeEndElement();
            }
            case SYMBOL -> textCell(w, cell.text(), "ceRight");
            case LINK -> {
                w.writeStartElement("table", "table-cell", TABLE);
                w.writeAttribute("office", OFFICE, "value-type", "string");
                w.writeAttribute("table", TABLE, "style-name", "ceText");
                w.writeStartElement("text", "p", TEXT);
                w.writeStartElement("text", "a", TEXT);
                w.writeAttribute("xlink", XLINK, "type", "simple");
                w.writeAttribute("xlink", XLINK, "href", "#" + cell.linkSheet() + ".A1");
                w.writeCharacters(cell.text());
                w.writeEndElement();
                w.writeEndElement();
                w.writeEndElement();
            }
            case EMPTY -> w.writeEmptyElement("table", "table-cell", TABLE);
            default -> textCell(w, cell.text(), "ceText");
        }
    }

    private static void textCell(XMLStreamWriter w, String text, String style) throws XMLStreamException {
        w.writeStartElement("table", "table-cell", TABLE);
        w.writeAttribute("office", OFFICE, "value-type", "string");
        w.writeAttribute("table", TABLE, "style-name", style);
        element(w, "text", TEXT, "p", text);
        w.writeEndElement();
    }

    private static void element(XMLStreamWriter w, String prefix, String ns, String name, String text)
            throws XMLStreamException {
        w.writeStartElement(prefix, name, ns);
        w.writeCharacters(text);
        w.writeEndElement();
    }
}
