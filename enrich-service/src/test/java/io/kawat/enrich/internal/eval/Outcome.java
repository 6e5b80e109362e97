package io.kawat.enrich.internal.eval;

import io.kawat.enrich.internal.Analysis;
import io.kawat.enrich.internal.Match;

/** What the analyzer and matcher made of one labelled story. */
record Outcome(EvalStory labelled, Analysis analysis, Match match, String finalCluster) {}
