package io.kawat.console.internal;

/** The pieces of a running console, for its HTTP routes. */
record ConsoleParts(
        FeedBoard feeds,
        FeedCommands feedCommands,
        ArticleStream articles,
        PipelineMonitor pipeline,
        DeadLetterBoard deadLetters,
        DeadLetterReplayer replayer,
        Jobs jobs,
        AuditLog audit,
        Sessions sessions,
        PublishClient publish,
        Broadcaster broadcaster) {}
