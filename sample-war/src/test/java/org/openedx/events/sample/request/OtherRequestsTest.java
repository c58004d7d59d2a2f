package org.openedx.events.sample.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

import org.openedx.events.contentauthoring.data.XBlockData;

class OtherRequestsTest {

    @Test
    void aRegistrationCarriesTheUser() {
        RegistrationRequest request = RegistrationRequest.parse(
                "{\"user\": {\"id\": 5, \"username\": \"new\", \"email\": \"new@example.com\"}}");

        assertThat(request.user().id()).isEqualTo(5);
        assertThat(request.user().pii().username()).isEqualTo("new");
    }

    @Test
    void aRegistrationWithoutAUserIsRefused() {
        InvalidRequestException e =
                catchThrowableOfType(InvalidRequestException.class, () -> RegistrationRequest.parse("{\"id\": 5}"));

        assertThat(e.problems())
                .containsExactly(
                        new FieldProblem("id", "is not a known field; allowed: [user]"),
                        new FieldProblem("user", "is required: a JSON object"));
    }

    @Test
    void aPublishedBlockTakesItsTypeFromTheUsageKey() {
        XBlockData block = XBlockPublishedRequest.parse(
                        "{\"usage_key\": \"block-v1:edX+DemoX+Demo_Course+type@vertical+block@intro\"}")
                .toXBlock();

        assertThat(block.usageKey()).hasToString("block-v1:edX+DemoX+Demo_Course+type@vertical+block@intro");
        assertThat(block.blockType()).isEqualTo("vertical");
        assertThat(block.version()).isNull();
    }

    @Test
    void aBlockTypeThatContradictsTheUsageKeyIsRefused() {
        InvalidRequestException e = catchThrowableOfType(
                InvalidRequestException.class,
                () -> XBlockPublishedRequest.parse(
                        "{\"usage_key\": "
                                + "\"block-v1:edX+DemoX+Demo_Course+type@vertical+block@intro\", \"block_type\": \"problem\"}"));

        assertThat(e.problems())
                .containsExactly(
                        new FieldProblem("block_type", "is 'problem', but the usage key is a 'vertical' block"));
    }

    @Test
    void anInvalidUsageKeyIsNamed() {
        InvalidRequestException e = catchThrowableOfType(
                InvalidRequestException.class,
                () -> XBlockPublishedRequest.parse("{\"usage_key\": \"course-v1:edX+DemoX+Demo_Course\"}"));

        assertThat(e.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("usage_key"))
                .satisfies(p -> assertThat(p.reason()).startsWith("OXE3001: Invalid UsageKey"));
    }

    @Test
    void aTooLongUsageKeyOrBlockTypeIsRefusedWithItsLimit() {
        String key = "block-v1:edX+DemoX+Demo_Course+type@vertical+block@" + "b".repeat(205);

        InvalidRequestException e = catchThrowableOfType(
                InvalidRequestException.class,
                () -> XBlockPublishedRequest.parse(
                        "{\"usage_key\": \"" + key + "\", \"block_type\": \"" + "v".repeat(256) + "\"}"));

        assertThat(e.problems())
                .containsExactly(
                        new FieldProblem("usage_key", "must be at most 255 characters, was 256"),
                        new FieldProblem("block_type", "must be at most 255 characters, was 256"));
    }
}
