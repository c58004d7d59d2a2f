package org.openedx.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.openedx.events.learning.LearningSignals;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.spi.SignalCatalog;

/** The rules for valid signal definitions, through {@link SignalRegistry#build} and {@link OpenEdxPublicSignal#of}. */
class SignalRegistryTest {

    private static final String CUSTOM_TYPE = "com.example.accounts.user.merged.v1";

    private static final OpenEdxPublicSignal<UserData> CUSTOM =
            OpenEdxPublicSignal.of(CUSTOM_TYPE, "user", UserData.class);

    /** A catalog returning fixed signals; a named class, so that messages name it. */
    static class FixedCatalog implements SignalCatalog {

        private final List<OpenEdxPublicSignal<?>> signals;

        FixedCatalog(List<OpenEdxPublicSignal<?>> signals) {
            this.signals = signals;
        }

        @Override
        public List<OpenEdxPublicSignal<?>> signals() {
            return signals;
        }
    }

    static class OtherCatalog extends FixedCatalog {

        OtherCatalog(List<OpenEdxPublicSignal<?>> signals) {
            super(signals);
        }
    }

    @Test
    void builtInsComeFirstThenCatalogsInOrder() {
        OpenEdxPublicSignal<UserData> second =
                OpenEdxPublicSignal.of("com.example.accounts.user.split.v1", "user", UserData.class);

        SignalRegistry registry = SignalRegistry.build(
                BuiltInCatalog.signals(),
                List.of(new FixedCatalog(List.of(CUSTOM)), new OtherCatalog(List.of(second))));

        assertThat(registry.all()).hasSize(77).endsWith(CUSTOM, second);
        assertThat(registry.all().subList(0, 75)).isEqualTo(BuiltInCatalog.signals());
        assertThat(registry.byType(CUSTOM_TYPE)).isSameAs(CUSTOM);
        assertThat(registry.all()).isUnmodifiable();
    }

    @Test
    void builtInsAreTrustedAsUpstreamDefinesThem() {
        // the two authz types have no version suffix upstream; they are kept, not rejected
        SignalRegistry registry = SignalRegistry.build(BuiltInCatalog.signals(), List.of());

        assertThat(registry.byType("org.openedx.authz.role_assignment.created")).isNotNull();
        assertThat(SignalRegistry.EVENT_TYPE_CONVENTION
                        .matcher("org.openedx.authz.role_assignment.created")
                        .matches())
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "payment.refunded",
                "com.example.payment.refunded",
                "com.example.commerce.payment.refunded",
                "com.example.commerce.payment.refunded.v0",
                "com.example.commerce.payment.refunded.V1",
                "Com.Example.commerce.payment.refunded.v1",
                "com.example..payment.refunded.v1"
            })
    void catalogTypesMustFollowTheNamingConvention(String type) {
        OpenEdxPublicSignal<UserData> bad = OpenEdxPublicSignal.of(type, "user", UserData.class);

        assertThatThrownBy(() -> SignalRegistry.build(List.of(), List.of(new FixedCatalog(List.of(bad)))))
                .isInstanceOfSatisfying(SignalDefinitionException.class, e -> {
                    assertThat(e.code()).isEqualTo("OXE1003");
                    assertThat(e.eventType()).isEqualTo(type);
                    assertThat(e.getMessage())
                            .startsWith("InstantiationError " + type + ": ")
                            .contains("naming convention", "org.openedx.learning.course.enrollment.created.v1");
                });
    }

    @Test
    void aCatalogMayNotRedefineABuiltInType() {
        OpenEdxPublicSignal<UserData> copy = OpenEdxPublicSignal.of(
                LearningSignals.STUDENT_REGISTRATION_COMPLETED.eventType(), "user", UserData.class);

        assertThatThrownBy(
                        () -> SignalRegistry.build(BuiltInCatalog.signals(), List.of(new FixedCatalog(List.of(copy)))))
                .isInstanceOfSatisfying(SignalDefinitionException.class, e -> {
                    assertThat(e.code()).isEqualTo("OXE1004");
                    assertThat(e.getMessage())
                            .contains(copy.eventType(), "the built-in Open edX catalog", FixedCatalog.class.getName());
                });
    }

    @Test
    void twoCatalogsMayNotDefineTheSameType() {
        assertThatThrownBy(() -> SignalRegistry.build(
                        List.of(), List.of(new FixedCatalog(List.of(CUSTOM)), new OtherCatalog(List.of(CUSTOM)))))
                .isInstanceOfSatisfying(SignalDefinitionException.class, e -> {
                    assertThat(e.code()).isEqualTo("OXE1004");
                    assertThat(e.getMessage())
                            .contains(CUSTOM_TYPE, FixedCatalog.class.getName(), OtherCatalog.class.getName());
                });
    }

    @Test
    void aCatalogMayNotRepeatItsOwnType() {
        assertThatThrownBy(() -> SignalRegistry.build(List.of(), List.of(new FixedCatalog(List.of(CUSTOM, CUSTOM)))))
                .isInstanceOf(SignalDefinitionException.class)
                .hasMessageContaining("defined twice");
    }

    @Test
    void aCatalogMustReturnSignals() {
        assertThatThrownBy(() -> SignalRegistry.build(List.of(), List.of(new FixedCatalog(null))))
                .isInstanceOfSatisfying(SignalDefinitionException.class, e -> {
                    assertThat(e.code()).isEqualTo("OXE1007");
                    assertThat(e.getMessage()).contains(FixedCatalog.class.getName(), "returned null");
                });
        assertThatThrownBy(() -> SignalRegistry.build(
                        List.of(), List.of(new FixedCatalog(java.util.Arrays.asList(CUSTOM, null)))))
                .isInstanceOfSatisfying(SignalDefinitionException.class, e -> {
                    assertThat(e.code()).isEqualTo("OXE1007");
                    assertThat(e.getMessage()).contains("contains null");
                });
    }

    @Test
    void aDefinitionNeedsAnEventType() {
        for (String type : new String[] {null, "", "  "}) {
            assertThatThrownBy(() -> OpenEdxPublicSignal.of(type, "user", UserData.class))
                    .isInstanceOfSatisfying(SignalDefinitionException.class, e -> {
                        assertThat(e.code()).isEqualTo("OXE1002");
                        assertThat(e.getMessage())
                                .isEqualTo("InstantiationError : Missing required argument " + "'event_type'");
                    });
        }
    }

    @Test
    void aDefinitionNeedsADataKey() {
        for (String key : new String[] {null, ""}) {
            assertThatThrownBy(() -> OpenEdxPublicSignal.of(CUSTOM_TYPE, key, UserData.class))
                    .isInstanceOfSatisfying(SignalDefinitionException.class, e -> {
                        assertThat(e.code()).isEqualTo("OXE1002");
                        assertThat(e.getMessage())
                                .isEqualTo("InstantiationError " + CUSTOM_TYPE + ": Missing required argument 'data'");
                    });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"User", "user-data", "1user", "user data", "_user"})
    void aDataKeyMustBeALowerCaseIdentifier(String key) {
        assertThatThrownBy(() -> OpenEdxPublicSignal.of(CUSTOM_TYPE, key, UserData.class))
                .isInstanceOfSatisfying(SignalDefinitionException.class, e -> {
                    assertThat(e.code()).isEqualTo("OXE1005");
                    assertThat(e.getMessage()).contains("'" + key + "'", "lower-case identifier");
                });
    }

    @Test
    void aDefinitionNeedsADataType() {
        assertThatThrownBy(() -> OpenEdxPublicSignal.of(CUSTOM_TYPE, "user", null))
                .isInstanceOfSatisfying(SignalDefinitionException.class, e -> {
                    assertThat(e.code()).isEqualTo("OXE1002");
                    assertThat(e.getMessage())
                            .isEqualTo("InstantiationError " + CUSTOM_TYPE + ": Missing required argument 'data type'");
                });
    }

    @Test
    void aMinorVersionCannotBeNegative() {
        assertThatThrownBy(() -> CUSTOM.withMinorVersion(-1))
                .isInstanceOfSatisfying(
                        SignalDefinitionException.class,
                        e -> assertThat(e.code()).isEqualTo("OXE1006"));
        assertThat(CUSTOM.withMinorVersion(2).minorVersion()).isEqualTo(2);
    }
}
