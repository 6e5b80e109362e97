package io.kawat.translate.internal;

import io.kawat.translate.TranslationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a batch into plain texts and HTML fragments (engines take one format per request), sends each group,
 * and puts the answers back in the caller's order. Blank texts are returned as they are, never sent.
 */
final class FormatGroups {

    /** Translates texts that all have the same format. */
    @FunctionalInterface
    interface GroupTranslator {
        List<String> translate(List<String> texts, boolean html) throws TranslationException;
    }

    private FormatGroups() {}

    static List<String> translate(String engine, List<String> texts, GroupTranslator translator)
            throws TranslationException {
        String[] result = new String[texts.size()];
        List<Integer> plain = new ArrayList<>();
        List<Integer> html = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            if (text.isBlank()) {
                result[i] = text;
            } else {
                (Markup.isHtml(text) ? html : plain).add(i);
            }
        }
        send(engine, texts, plain, false, translator, result);
        send(engine, texts, html, true, translator, result);
        return Arrays.asList(result);
    }

    private static void send(
            String engine,
            List<String> texts,
            List<Integer> indices,
            boolean html,
            GroupTranslator translator,
            String[] result)
            throws TranslationException {
        if (indices.isEmpty()) {
            return;
        }
        List<String> group = indices.stream().map(texts::get).toList();
        List<String> translated = translator.translate(group, html);
        if (translated.size() != group.size()) {
            throw new TranslationException(
                    engine + " returned " + translated.size() + " translations for " + group.size() + " texts", false);
        }
        for (int j = 0; j < indices.size(); j++) {
            if (translated.get(j) == null) {
                throw new TranslationException(engine + " returned no translation for text " + j, false);
            }
            result[indices.get(j)] = translated.get(j);
        }
    }
}
