package cmsstats.workbench.ui.data;

import cmsstats.workbench.model.AuditEvent;
import cmsstats.workbench.store.Store;
import cmsstats.workbench.task.BackgroundTask;
import cmsstats.workbench.task.TaskExecutor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the Data view's History tab: the store's audit trail (ADR 0017), newest first, read on a background
 * task whenever it is asked for. Read-only to the view: it shows the events and asks for them again.
 */
public final class HistoryViewModel {
    private final Store store;
    private final TaskExecutor executor;
    private final ObservableList<AuditEvent> events = FXCollections.observableArrayList();
    private final ObservableList<AuditEvent> shown = FXCollections.unmodifiableObservableList(events);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private long request;

    HistoryViewModel(Store store, TaskExecutor executor) {
        this.store = store;
        this.executor = executor;
    }

    /** Reads the audit trail again; a late answer to an older request is dropped. */
    public void load() {
        long asked = ++request;
        loading.set(true);
        executor.execute(BackgroundTask.of("Reading the audit trail", context -> store.audit().list())
                .onSuccess(list -> {
                    if (asked == request) {
                        List<AuditEvent> newestFirst = new ArrayList<>(list);
                        Collections.reverse(newestFirst);
                        events.setAll(newestFirst);
                        summary.set(describe(list));
                    }
                })
                .onFailure(error -> {
                    if (asked == request) {
                        summary.set("The audit trail could not be read: " + error.getMessage());
                    }
                })
                .onFinished(() -> {
                    if (asked == request) {
                        loading.set(false);
                    }
                }));
    }

    private static String describe(List<AuditEvent> list) {
        if (list.isEmpty()) {
            return "Nothing recorded yet: imports, samples, checks, releases and password changes appear here.";
        }
        return list.size() + (list.size() == 1 ? " event" : " events") + ", newest first. Each import, sample, "
                + "check, release and password change is recorded here and can never be changed or removed.";
    }

    /** The audit events, newest first. */
    public ObservableList<AuditEvent> events() {
        return shown;
    }

    /** True while the trail is being read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** How many events there are, or why there are none. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
