package dev.tandem.plugin.api;

/**
 * An assessment module: one clinical worksheet that Tandem can show, score and report on.
 *
 * <p>Modules are found with {@link java.util.ServiceLoader}: list the implementing class in
 * {@code META-INF/services/dev.tandem.plugin.api.AssessmentModule}. This first version of the
 * contract carries only the module's identity; items, scoring and reports follow in later versions.
 */
public interface AssessmentModule {

    /** The version of this contract. A module built against another version is refused at load. */
    int API_VERSION = 1;

    /** Who this module is: Tandem records it with every result the module produces. */
    ModuleDescriptor descriptor();
}
