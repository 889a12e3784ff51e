package cmsstats.workbench.ui;

import cmsstats.workbench.store.Store;
import cmsstats.workbench.task.TaskExecutor;
import cmsstats.workbench.ui.data.DataView;
import cmsstats.workbench.ui.data.DataViewModel;
import cmsstats.workbench.ui.explore.ExploreView;
import cmsstats.workbench.ui.explore.ExploreViewModel;
import cmsstats.workbench.ui.publish.PublishView;
import cmsstats.workbench.ui.publish.PublishViewModel;
import cmsstats.workbench.ui.sampling.AccuracyViewModel;
import cmsstats.workbench.ui.sampling.ChildrenSamplingViewModel;
import cmsstats.workbench.ui.sampling.SamplingView;
import cmsstats.workbench.ui.trends.TrendsView;
import cmsstats.workbench.ui.trends.TrendsViewModel;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Node;

/**
 * Everything the window shows of one open store: the view model and view of each section, made together when
 * the store opens and dropped together when it changes, so that no section can go on using a closed store.
 */
final class StoreSession {
    private final Store store;
    private final DataViewModel data;
    private final Map<Section, Node> views = new EnumMap<>(Section.class);
    private final Map<Section, Runnable> refreshes = new EnumMap<>(Section.class);

    StoreSession(Store store, TaskExecutor executor, DialogService dialogs, Runnable chooseFiles) {
        this.store = store;
        data = new DataViewModel(store, executor, dialogs);
        views.put(Section.DATA, new DataView(data, chooseFiles));
        refreshes.put(Section.DATA, data::refresh);
        SamplingView sampling = new SamplingView(new ChildrenSamplingViewModel(store, executor, dialogs),
                new AccuracyViewModel(store, executor, dialogs));
        views.put(Section.SAMPLING, sampling);
        refreshes.put(Section.SAMPLING, sampling::refresh);
        TrendsViewModel trends = new TrendsViewModel(store, executor, dialogs);
        views.put(Section.TRENDS, new TrendsView(trends));
        refreshes.put(Section.TRENDS, trends::refresh);
        ExploreViewModel explore = new ExploreViewModel(store, executor, dialogs);
        views.put(Section.EXPLORE, new ExploreView(explore));
        refreshes.put(Section.EXPLORE, explore::refresh);
        PublishViewModel publish = new PublishViewModel(store, executor, dialogs);
        views.put(Section.PUBLISH, new PublishView(publish));
        refreshes.put(Section.PUBLISH, publish::refresh);
        // once the measures are ready (after a rebuild of the analytic copy, or an import), every section re-reads
        data.onMeasuresReady(() -> refreshes.forEach((section, refresh) -> {
            if (section != Section.DATA) {
                refresh.run();
            }
        }));
    }

    Store store() {
        return store;
    }

    DataViewModel data() {
        return data;
    }

    /** The section's view. */
    Node view(Section section) {
        return views.get(section);
    }

    /** Re-reads what the section shows from this session's store. */
    void refresh(Section section) {
        refreshes.get(section).run();
    }

    /** Puts every section's view in the window; the Data view first, the others refreshed each time shown. */
    void install(MainWindow window) {
        window.setDataView(views.get(Section.DATA));
        for (Section section : Section.values()) {
            if (section != Section.DATA) {
                window.setView(section, views.get(section), refreshes.get(section));
            }
        }
    }
}
