package io.kawat.ingest.internal.parse;

/** XML namespaces the parsers look for. */
final class Namespaces {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String RSS1 = "http://purl.org/rss/1.0/";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    static final String MEDIA = "http://search.yahoo.com/mrss/";
    static final String WENN_CM = "http://feed.wenn.com/xmlns/2010/03/wenn_cm";

    private Namespaces() {}

    /** Media RSS is published both with and without the trailing slash. */
    static boolean isMedia(String ns) {
        return ns.equals(MEDIA) || ns.equals("http://search.yahoo.com/mrss");
    }
}
