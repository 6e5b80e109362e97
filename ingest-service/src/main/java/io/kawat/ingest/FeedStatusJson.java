package io.kawat.ingest;

import io.kawat.schemas.avro.FeedStatus;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON view of a feed's health, as {@code GET /feeds} answers it. */
final class FeedStatusJson {
    private FeedStatusJson() {}

    static Map<String, Object> of(FeedStatus s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("feedId", s.getFeedId());
        json.put("sourceName", s.getSourceName());
        json.put("state", s.getState().name());
        json.put("lastPoll", s.getLastPoll() == null ? null : s.getLastPoll().toString());
        json.put(
                "lastNewItem",
                s.getLastNewItem() == null ? null : s.getLastNewItem().toString());
        json.put("lastPush", s.getLastPush() == null ? null : s.getLastPush().toString());
        json.put("itemsLast24h", s.getItemsLast24h());
        json.put("httpStatus", s.getHttpStatus());
        json.put("errorCode", s.getErrorCode());
        json.put("errorMessage", s.getErrorMessage());
        json.put("consecutiveFailures", s.getConsecutiveFailures());
        return json;
    }
}
