package org.openedx.events.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Upstream's {@code test_configuration_is_validated} cases, and what the validated configuration says. */
class ProducerConfigTest {

    private static final String LOGIN = "org.openedx.learning.auth.session.login.completed.v1";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not a dict              | []                                                            | OXE7001 | ProducerConfigurationError : Setting 'EVENT_BUS_PRODUCER_CONFIG' should be a dictionary with event_type as key and list or tuple of config dictionaries as values
            topics not a dict       | {"org.openedx.learning.auth.session.login.completed.v1": []} | OXE7002 | ProducerConfigurationError org.openedx.learning.auth.session.login.completed.v1: Configuration for event_types should be a dict
            unknown type            | {"org.openedx.nope.v1": {}}                                   | OXE7003 | ProducerConfigurationError : No OpenEdxPublicSignal of type: 'org.openedx.nope.v1'.
            topics checked first    | {"org.openedx.nope.v1": 1}                                    | OXE7002 | ProducerConfigurationError org.openedx.nope.v1: Configuration for event_types should be a dict
            topic not a dict        | {"org.openedx.learning.auth.session.login.completed.v1": {"t": "x"}} | OXE7004 | ProducerConfigurationError org.openedx.learning.auth.session.login.completed.v1: One of the configuration objects is not a dictionary
            missing key field       | {"org.openedx.learning.auth.session.login.completed.v1": {"t": {"enabled": true}}} | OXE7005 | ProducerConfigurationError org.openedx.learning.auth.session.login.completed.v1: One of the configuration object is missing 'event_key_field' key.
            missing enabled         | {"org.openedx.learning.auth.session.login.completed.v1": {"t": {"event_key_field": "user.id"}}} | OXE7005 | ProducerConfigurationError org.openedx.learning.auth.session.login.completed.v1: One of the configuration object is missing 'enabled' key.
            key field not a str     | {"org.openedx.learning.auth.session.login.completed.v1": {"t": {"event_key_field": 1, "enabled": true}}} | OXE7006 | ProducerConfigurationError org.openedx.learning.auth.session.login.completed.v1: Expected type: <class 'str'> for 'event_key_field', found: <class 'int'>
            enabled 1 is not a bool | {"org.openedx.learning.auth.session.login.completed.v1": {"t": {"event_key_field": "user.id", "enabled": 1}}} | OXE7006 | ProducerConfigurationError org.openedx.learning.auth.session.login.completed.v1: Expected type: <class 'bool'> for 'enabled', found: <class 'int'>
            enabled a string        | {"org.openedx.learning.auth.session.login.completed.v1": {"t": {"event_key_field": "user.id", "enabled": "true"}}} | OXE7006 | ProducerConfigurationError org.openedx.learning.auth.session.login.completed.v1: Expected type: <class 'bool'> for 'enabled', found: <class 'str'>
            enabled null            | {"org.openedx.learning.auth.session.login.completed.v1": {"t": {"event_key_field": "user.id", "enabled": null}}} | OXE7006 | ProducerConfigurationError org.openedx.learning.auth.session.login.completed.v1: Expected type: <class 'bool'> for 'enabled', found: <class 'NoneType'>
            not JSON                | {"a":                                                         | OXE7007 | ProducerConfigurationError : Setting 'EVENT_BUS_PRODUCER_CONFIG' is not valid JSON
            """)
    void rejectsWithUpstreamsMessage(String name, String json, String code, String message) {
        assertThatThrownBy(() -> ProducerConfig.fromJson(json))
                .isInstanceOf(ProducerConfigurationException.class)
                .hasMessageStartingWith(message)
                .satisfies(e ->
                        assertThat(((ProducerConfigurationException) e).code()).isEqualTo(code));
    }

    @Test
    void keepsTopicsInOrderAndSelectsTheEnabledOnes() {
        ProducerConfig config = ProducerConfig.fromJson("""
                {"%s": {"b-topic": {"event_key_field": "user.id", "enabled": true, "extra": 1},
                        "off": {"event_key_field": "user.id", "enabled": false},
                        "a-topic": {"event_key_field": "user.pii.username", "enabled": true}},
                 "org.openedx.learning.course.enrollment.created.v1": {}}
                """.formatted(LOGIN));

        assertThat(config.eventTypes()).containsOnlyKeys(LOGIN, "org.openedx.learning.course.enrollment.created.v1");
        assertThat(config.enabledTopics(LOGIN))
                .containsExactly(
                        new TopicConfig("b-topic", "user.id", true),
                        new TopicConfig("a-topic", "user.pii.username", true));
        assertThat(config.enabledTopics("org.openedx.learning.course.enrollment.created.v1"))
                .isEmpty();
        assertThat(config.enabledTopics("org.openedx.other.v1")).isEmpty();
        assertThatThrownBy(() -> config.eventTypes().put("x", List.of()))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void absentSettingIsEmpty() {
        assertThat(ProducerConfig.fromJson(null).eventTypes()).isEmpty();
        assertThat(ProducerConfig.fromJson("  ").eventTypes()).isEmpty();
    }

    @Test
    void topicPrefixJoinsWithAHyphen() {
        assertThat(TopicNames.fullName("dev", "xblock-status")).isEqualTo("dev-xblock-status");
        assertThat(TopicNames.fullName(null, "xblock-status")).isEqualTo("xblock-status");
        assertThat(TopicNames.fullName("", "xblock-status")).isEqualTo("xblock-status");
    }
}
