package io.kawat.ingest.internal.fetch;

/** Decompresses successful answers by their Content-Encoding, within the decompressed-size cap. */
final class DecodeStep implements FetchStep {
    private final long maxDecompressedBytes;

    DecodeStep(long maxDecompressedBytes) {
        this.maxDecompressedBytes = maxDecompressedBytes;
    }

    @Override
    public HopResponse intercept(Chain chain) throws FetchException {
        HopResponse response = chain.proceed(chain.request());
        if (!response.isSuccess()) {
            return response;
        }
        String encoding = response.header("Content-Encoding").orElse("");
        return response.withBody(ContentDecoder.decode(response.body(), encoding, maxDecompressedBytes));
    }
}
