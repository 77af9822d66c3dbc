package dev.tandem.it.support;

import java.net.URI;

/** The Tandem under test: the build starts it on Payara and passes its address. */
public final class Tandem {

    private static final URI BASE = URI.create(System.getProperty("tandem.url", "http://localhost:18080/"));

    private Tandem() {}

    /** The absolute address of a page, e.g. {@code url("clients.xhtml")}. */
    public static String url(String path) {
        return BASE.resolve(path).toString();
    }
}
