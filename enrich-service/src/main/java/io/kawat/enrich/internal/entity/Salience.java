package io.kawat.enrich.internal.entity;

/**
 * Salience of an entity, 0..1: 0.35 for appearing in the headline, up to 0.35 for appearing early (linear in the
 * first position), up to 0.3 for frequency (saturating at four mentions). Rounded to three decimals.
 */
final class Salience {

    private Salience() {}

    static double of(int firstOffset, int mentions, int textLength, int headlineEnd) {
        double headline = firstOffset < headlineEnd ? 0.35 : 0.0;
        double early = 0.35 * (1.0 - (double) firstOffset / Math.max(1, textLength));
        double frequent = 0.3 * Math.min(1.0, mentions / 4.0);
        return Math.round((headline + early + frequent) * 1000) / 1000.0;
    }
}
