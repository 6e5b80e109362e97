package io.kawat.publish.internal.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookSignerTest {

    @Test
    void shouldMatchTheRfc4231TestVectorWhenComputingTheHmac() {
        // RFC 4231, test case 2
        assertThat(WebhookSigner.hmacSha256Hex("Jefe", "what do ya want for nothing?"))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void shouldSignTimestampDotBodyWhenSigningADelivery() {
        // expected value from: printf '%s' '1616529600.{...}' | openssl dgst -sha256 -hmac 'whsec-test-1'
        String body = "{\"uri\":\"kawat:article:cl-1:en\",\"version\":\"2\"}";

        assertThat(WebhookSigner.signature("whsec-test-1", "1616529600", body))
                .isEqualTo("sha256=9c89a066d454625bb624541235dd30ba56b0f685aeb3cafbd0e49b602875a50c");
    }

    @Test
    void shouldGiveAnotherSignatureWhenTheTimestampOrTheSecretDiffers() {
        String body = "{\"uri\":\"kawat:article:cl-1:en\",\"version\":\"2\"}";
        String signed = WebhookSigner.signature("whsec-test-1", "1616529600", body);

        assertThat(WebhookSigner.signature("whsec-test-1", "1616529601", body)).isNotEqualTo(signed);
        assertThat(WebhookSigner.signature("whsec-test-2", "1616529600", body)).isNotEqualTo(signed);
    }
}
