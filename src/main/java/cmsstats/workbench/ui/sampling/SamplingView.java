package cmsstats.workbench.ui.sampling;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** The Sampling section: one tab for the children-benefiting estimate, one for accuracy checks. */
public final class SamplingView extends TabPane {
    private final ChildrenSamplingViewModel children;
    private final AccuracyViewModel accuracy;

    public SamplingView(ChildrenSamplingViewModel children, AccuracyViewModel accuracy) {
        this.children = children;
        this.accuracy = accuracy;
        setId("samplingView");
        Tab childrenTab = new Tab("Children benefiting", new ChildrenSamplingView(children));
        childrenTab.setId("childrenTab");
        Tab accuracyTab = new Tab("Accuracy checks", new AccuracyView(accuracy));
        accuracyTab.setId("accuracyTab");
        getTabs().addAll(childrenTab, accuracyTab);
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
    }

    /** Re-reads the store (after imports, or when the section is shown). */
    public void refresh() {
        children.refresh();
        accuracy.refresh();
    }
}
