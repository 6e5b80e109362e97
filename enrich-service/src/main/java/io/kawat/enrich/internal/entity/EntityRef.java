package io.kawat.enrich.internal.entity;

import io.kawat.schemas.avro.EntityType;

/**
 * What a mention refers to: kind, canonical id ("geonames:…", "wikidata:…", "kawat:…" or null when unknown) and
 * display name.
 */
public record EntityRef(EntityType type, String canonicalId, String name) {

    /** The key entities are grouped and compared by: the canonical id, else the case-folded name. */
    public String key() {
        return canonicalId != null ? canonicalId : "name:" + Fold.fold(name);
    }
}
