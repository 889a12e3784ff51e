package cmsstats.workbench.store;

/** What records that a store's password was changed, called once the store is open under the new password. */
@FunctionalInterface
public interface PasswordChangeAudit {
    /** Records nothing. */
    PasswordChangeAudit NONE = store -> { };

    void passwordChanged(Store store);
}
