package org.openedx.events.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.openedx.events.OpenEdxEventException;

class SettingsTest {

    // upstream: test_data.py::TestEventsMetadata::test_events_metadata_source (4 ddt cases)
    @ParameterizedTest
    @CsvSource(
            nullValues = "None",
            value = {
                "settings_variant, None,       openedx/settings_variant/web",
                "None,             my_service, openedx/my_service/web",
                "None,             None,       openedx/SERVICE_NAME_UNSET/web",
                "settings_variant, my_service, openedx/my_service/web"
            })
    void sourcePrefersTheServiceNameThenTheVariant(String variant, String serviceName, String source) {
        Map<String, String> values = new HashMap<>();
        values.put(Settings.SERVICE_VARIANT, variant);
        values.put(Settings.EVENTS_SERVICE_NAME, serviceName);

        assertThat(Settings.of(values).source()).isEqualTo(source);
    }

    @Test
    void defaultsAreRobustWithBeanValidationAndTheMachineHostName() {
        Settings settings = Settings.of(Map.of());

        assertThat(settings.debug()).isFalse();
        assertThat(settings.beanValidation()).isTrue();
        assertThat(settings.sourceHost()).isNotBlank();
    }

    @Test
    void booleansAcceptOnlyTrueOrFalse() {
        assertThat(Settings.of(Map.of(Settings.DEBUG, "TRUE")).debug()).isTrue();
        assertThatThrownBy(() -> Settings.of(Map.of(Settings.BEAN_VALIDATION, "yes")))
                .isInstanceOf(OpenEdxEventException.class)
                .hasMessage("OXE5001: Setting 'openedx.events.bean-validation' has the invalid value 'yes'; "
                        + "allowed: true, false");
    }

    @Test
    void environmentNamesFollowTheMicroProfileMapping() {
        assertThat(SettingSources.environmentName("openedx.events.bean-validation"))
                .isEqualTo("OPENEDX_EVENTS_BEAN_VALIDATION");
    }
}
