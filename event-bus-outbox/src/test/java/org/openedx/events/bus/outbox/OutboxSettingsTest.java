package org.openedx.events.bus.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.openedx.events.OpenEdxEventException;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.learning.data.UserPersonalData;

/** The outbox's settings and how a row's ordering key is taken from its payload. */
class OutboxSettingsTest {

    @Test
    void defaultsAreWhatTheReadmeSays() {
        OutboxSettings settings = OutboxSettings.from(key -> null);

        assertThat(settings.dataSource()).isEqualTo("java:comp/DefaultDataSource");
        assertThat(settings.table()).isEqualTo("openedx_events_outbox");
        assertThat(settings.createTable()).isFalse();
        assertThat(settings.relayDelay()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.pollInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(settings.claimTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.maxAttempts()).isEqualTo(10);
        assertThat(settings.backoff()).isEqualTo(Duration.ofSeconds(1));
        assertThat(settings.maxBackoff()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.retention()).isEqualTo(Duration.ofDays(7));
        assertThat(settings.batchSize()).isEqualTo(100);
        assertThat(settings.publishTimeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void theBackoffDoublesUpToItsCap() {
        OutboxSettings settings =
                OutboxSettings.from(Map.of(OutboxSettings.BACKOFF, "0.5", OutboxSettings.MAX_BACKOFF, "3")::get);

        assertThat(settings.backoffAfter(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(settings.backoffAfter(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(settings.backoffAfter(3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.backoffAfter(4)).isEqualTo(Duration.ofSeconds(3));
        assertThat(settings.backoffAfter(1000)).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void aTableNameThatIsNotAPlainIdentifierIsRefusedBeforeAnySql() {
        assertThatThrownBy(() -> OutboxSettings.defaults("outbox; DROP TABLE users"))
                .isInstanceOf(OpenEdxEventException.class)
                .hasMessageStartingWith("OXE5001")
                .hasMessageContaining(OutboxSettings.TABLE)
                .hasMessageContaining("letters, digits and '_'");
        assertThat(OutboxSettings.defaults("events.outbox").table()).isEqualTo("events.outbox");
    }

    @Test
    void anUnreadableSettingNamesItself() {
        assertThatThrownBy(() -> OutboxSettings.from(Map.of(OutboxSettings.MAX_ATTEMPTS, "0")::get))
                .hasMessageContaining(OutboxSettings.MAX_ATTEMPTS)
                .hasMessageContaining("at least 1");
        assertThatThrownBy(() -> OutboxSettings.from(Map.of(OutboxSettings.POLL_INTERVAL, "0")::get))
                .hasMessageContaining(OutboxSettings.POLL_INTERVAL)
                .hasMessageContaining("above 0");
        assertThatThrownBy(() -> OutboxSettings.from(Map.of(OutboxSettings.CREATE_TABLE, "yes")::get))
                .hasMessageContaining("true, false");
    }

    @Test
    void theOrderingKeyIsTheTextOfTheKeyField() {
        UserData user = new UserData(42, true, new UserPersonalData("learner", "l@example.com", "L"));

        assertThat(OutboxEvents.orderingKey(LearningSignals.SESSION_LOGIN_COMPLETED, "user.id", user))
                .isEqualTo("42");
        assertThat(OutboxEvents.orderingKey(LearningSignals.SESSION_LOGIN_COMPLETED, "user.pii.username", user))
                .isEqualTo("learner");
        assertThat(OutboxEvents.orderingKey(LearningSignals.SESSION_LOGIN_COMPLETED, "user.nope", user))
                .as("a path that names no field: one queue per topic")
                .isEmpty();
        assertThat(OutboxEvents.orderingKey(LearningSignals.SESSION_LOGIN_COMPLETED, null, user))
                .isEmpty();
        UserData anonymous = new UserData(7, true, null);
        assertThat(OutboxEvents.orderingKey(LearningSignals.SESSION_LOGIN_COMPLETED, "user.pii.username", anonymous))
                .isEmpty();
    }
}
