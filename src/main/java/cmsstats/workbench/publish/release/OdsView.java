package cmsstats.workbench.publish.release;

import static cmsstats.workbench.publish.release.OdsReleaseWriter.CONFIG;
import static cmsstats.workbench.publish.release.OdsReleaseWriter.DC;
import static cmsstats.workbench.publish.release.OdsReleaseWriter.META;
import static cmsstats.workbench.publish.release.OdsReleaseWriter.OFFICE;
import static cmsstats.workbench.publish.release.OdsReleaseWriter.TABLE;
import static cmsstats.workbench.publish.release.OdsReleaseWriter.TEXT;
import static cmsstats.workbench.publish.release.OdsReleaseWriter.XLINK;

import cmsstats.workbench.publish.release.WorkbookView.CellView;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Reads an ODS workbook's XML into a {@link WorkbookView}, noting what only ODS can get wrong. */
final class OdsView {
    private static final int MOST_REPEATS = 256;
    private static final Pattern RANGE = Pattern.compile("'?(.+?)'?\\.\\$?([A-Z]+)\\$?(\\d+):'?(?:.+?)'?\\.\\$?([A-Z]+)"
            + "\\$?(\\d+)");

    private OdsView() {
    }

    static WorkbookView read(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Document content = parse(zip, "content.xml");
            Document meta = zip.getEntry("meta.xml") == null ? null : parse(zip, "meta.xml");
            Document settings = zip.getEntry("settings.xml") == null ? null : parse(zip, "settings.xml");
            WorkbookView.Breaches breaches = new WorkbookView.Breaches();
            Map<String, List<WorkbookView.TableRange>> ranges = databaseRanges(content, breaches);
            List<WorkbookView.SheetView> sheets = new ArrayList<>();
            NodeList tables = content.getElementsByTagNameNS(TABLE, "table");
            for (int i = 0; i < tables.getLength(); i++) {
                Element table = (Element) tables.item(i);
                String name = table.getAttributeNS(TABLE, "name");
                sheets.add(new WorkbookView.SheetView(name, false, rows(table, name, breaches),
                        ranges.getOrDefault(name, List.of())));
            }
            String active = settings == null ? null : activeTable(settings);
            int activeIndex = 0;
            for (int i = 0; i < sheets.size(); i++) {
                if (sheets.get(i).name().equals(active)) {
                    activeIndex = i;
                }
            }
            return new WorkbookView(sheets, text(meta, DC, "title"), text(meta, DC, "subject"),
                    keywords(meta), text(meta, DC, "creator"), text(meta, DC, "language"), activeIndex, breaches.list);
        }
    }

    private static Document parse(ZipFile zip, String entry) throws IOException {
        if (zip.getEntry(entry) == null) {
            throw new IOException("not an OpenDocument spreadsheet: no " + entry);
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(zip.getInputStream(zip.getEntry(entry))
                    .readAllBytes()));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(entry + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static Map<String, List<WorkbookView.TableRange>> databaseRanges(Document content,
                                                                             WorkbookView.Breaches breaches) {
        Map<String, List<WorkbookView.TableRange>> ranges = new HashMap<>();
        NodeList list = content.getElementsByTagNameNS(TABLE, "database-range");
        for (int i = 0; i < list.getLength(); i++) {
            Element range = (Element) list.item(i);
            String name = range.getAttributeNS(TABLE, "name");
            Matcher m = RANGE.matcher(range.getAttributeNS(TABLE, "target-range-address"));
            if (!m.matches()) {
                breaches.add(null, null, "database range " + name + " has an address the check cannot read");
                continue;
            }
            ranges.computeIfAbsent(m.group(1).replace("''", "'"), k -> new ArrayList<>()).add(
                    new WorkbookView.TableRange(name, Integer.parseInt(m.group(3)) - 1,
                            Integer.parseInt(m.group(5)) - 1,
                            column(m.group(2)), column(m.group(4))));
        }
        return ranges;
    }

    private static int column(String letters) {
        int index = 0;
        for (char c : letters.toCharArray()) {
            index = index * 26 + (c - 'A' + 1);
        }
        return index - 1;
    }

    private static List<List<CellView>> rows(Element table, String sheet, WorkbookView.Breaches breaches) {
        List<List<CellView>> rows = new ArrayList<>();
        NodeList columns = table.getElementsByTagNameNS(TABLE, "table-column");
        for (int i = 0; i < columns.getLength(); i++) {
            if ("collapse".equals(((Element) columns.item(i)).getAttributeNS(TABLE, "visibility"))) {
                breaches.add(sheet, null, "a hidden column (expected nothing hidden)");
            }
        }
        NodeList rowNodes = table.getElementsByTagNameNS(TABLE, "table-row");
        for (int r = 0; r < rowNodes.getLength(); r++) {
            Element row = (Element) rowNodes.item(r);
            String visibility = row.getAttributeNS(TABLE, "visibility");
            if (!visibility.isEmpty() && !visibility.equals("visible")) {
                breaches.add(sheet, String.valueOf(rows.size() + 1), "a hidden row (expected nothing hidden)");
            }
            List<CellView> cells = new ArrayList<>();
            for (Node n = row.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element cell) || !TABLE.equals(cell.getNamespaceURI())) {
                    continue;
                }
                String ref = WorkbookView.reference(rows.size(), cells.size());
                if (!cell.getAttributeNS(TABLE, "number-columns-spanned").isEmpty()
                        && !cell.getAttributeNS(TABLE, "number-columns-spanned").equals("1")
                        || !cell.getAttributeNS(TABLE, "number-rows-spanned").isEmpty()
                        && !cell.getAttributeNS(TABLE, "number-rows-spanned").equals("1")) {
                    breaches.add(sheet, ref, "merged cells (expected none)");
                }
                if (cell.getElementsByTagNameNS(OFFICE, "annotation").getLength() > 0) {
                    breaches.add(sheet, ref, "a comment (expected none)");
                }
                CellView view = cell(cell);
                String repeat = cell.getAttributeNS(TABLE, "number-columns-repeated");
                int times = repeat.isEmpty() ? 1 : Math.min(MOST_REPEATS, Integer.parseInt(repeat));
                for (int t = 0; t < times; t++) {
                    cells.add(view);
                }
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).kind() == CellView.Kind.BLANK) {
                cells.remove(cells.size() - 1);
            }
            String repeat = row.getAttributeNS(TABLE, "number-rows-repeated");
            int times = repeat.isEmpty() ? 1 : Math.min(MOST_REPEATS, Integer.parseInt(repeat));
            for (int t = 0; t < times; t++) {
                rows.add(cells);
            }
        }
        while (!rows.isEmpty() && rows.get(rows.size() - 1).isEmpty()) {
            rows.remove(rows.size() - 1);
        }
        return rows;
    }

    private static CellView cell(Element cell) {
        if (!cell.getAttributeNS(TABLE, "formula").isEmpty()) {
            return new CellView(CellView.Kind.FORMULA, cell.getAttributeNS(TABLE, "formula"), null);
        }
        String type = cell.getAttributeNS(OFFICE, "value-type");
        if (type.equals("float") || type.equals("percentage") || type.equals("currency")) {
            return new CellView(CellView.Kind.NUMBER, cell.getAttributeNS(OFFICE, "value"), null);
        }
        StringBuilder text = new StringBuilder();
        NodeList paragraphs = cell.getElementsByTagNameNS(TEXT, "p");
        for (int i = 0; i < paragraphs.getLength(); i++) {
            text.append(i == 0 ? "" : "\n").append(paragraphs.item(i).getTextContent());
        }
        if (type.isEmpty() && text.length() == 0) {
            return CellView.BLANK;
        }
        NodeList links = cell.getElementsByTagNameNS(TEXT, "a");
        String target = null;
        if (links.getLength() > 0) {
            String href = ((Element) links.item(0)).getAttributeNS(XLINK, "href");
            target = href.startsWith("#") ? href.substring(1).replaceFirst("\\.A1$", "").replace("'", "") : null;
        }
        return new CellView(CellView.Kind.TEXT, text.toString(), target);
    }

    private static String activeTable(Document settings) {
        NodeList items = settings.getElementsByTagNameNS(CONFIG, "config-item");
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            if ("ActiveTable".equals(item.getAttributeNS(CONFIG, "name"))) {
                return item.getTextContent();
            }
        }
        return null;
    }

    private static String text(Document document, String ns, String name) {
        if (document == null) {
            return null;
        }
        NodeList list = document.getElementsByTagNameNS(ns, name);
        return list.getLength() == 0 ? null : list.item(0).getTextContent();
    }

    private static String keywords(Document meta) {
        if (meta == null) {
            return null;
        }
        NodeList list = meta.getElementsByTagNameNS(META, "keyword");
        List<String> words = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            words.add(list.item(i).getTextContent());
        }
        return String.join(", ", words);
    }
}
