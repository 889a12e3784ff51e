package cmsstats.workbench.store;

import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Explore queries saved by name, each as its query file's JSON; saving under a name in use replaces it. */
public final class SavedQueryRepository {
    /** The longest name a query can be saved under. */
    public static final int NAME_LENGTH = 80;

    private final Store store;

    SavedQueryRepository(Store store) {
        this.store = store;
    }

    /** A saved query: its name, its JSON and when it was saved. */
    public record SavedQuery(String name, String json, OffsetDateTime savedAt) {
    }

    public void save(String name, String json) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > NAME_LENGTH) {
            throw new IllegalArgumentException("a query's name has 1 to " + NAME_LENGTH + " characters, not "
                    + trimmed.length());
        }
        Sql.transaction(store, "save the query " + trimmed, connection -> {
            try (PreparedStatement merge = connection.prepareStatement("MERGE INTO SAVED_QUERY (NAME, QUERY_JSON, "
                    + "SAVED_AT) KEY (NAME) VALUES (?, ?, ?)")) {
                merge.setString(1, trimmed);
                merge.setString(2, json);
                merge.setObject(3, OffsetDateTime.now());
                return merge.executeUpdate();
            }
        });
    }

    /** Every saved query, by name. */
    public List<SavedQuery> list() {
        return Sql.list(store, "read the saved queries", "SELECT NAME, QUERY_JSON, SAVED_AT FROM SAVED_QUERY ORDER BY "
                + "NAME", row -> new SavedQuery(row.getString(1), row.getString(2),
                row.getObject(3, OffsetDateTime.class)));
    }

    public Optional<SavedQuery> find(String name) {
        return list().stream().filter(q -> q.name().equals(name == null ? null : name.strip())).findFirst();
    }

    /** Removes a saved query; whether there was one. */
    public boolean delete(String name) {
        return Sql.transaction(store, "delete the query " + name, connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM SAVED_QUERY WHERE NAME = ?")) {
                delete.setString(1, name);
                return delete.executeUpdate() > 0;
            }
        });
    }
}
