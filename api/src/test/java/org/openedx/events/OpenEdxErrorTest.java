package org.openedx.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IllegalFormatException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The message catalog: stable, unique codes, and templates that format with their documented arguments. */
class OpenEdxErrorTest {

    private static final Pattern CONVERSION = Pattern.compile("%([sd%])");

    @Test
    void codesAreUniqueAndWellFormed() {
        assertThat(Arrays.stream(OpenEdxError.values()).map(OpenEdxError::code))
                .doesNotHaveDuplicates()
                .allMatch(code -> code.matches("OXE[1-7][0-9]{3}"));
    }

    @ParameterizedTest
    @EnumSource(OpenEdxError.class)
    void everyTemplateFormatsWithItsArgumentsAndTheCodeLeads(OpenEdxError error) {
        Object[] args = argumentsFor(error.template(), "value");
        assertThat(error.format(args)).startsWith(error.code() + ": ").doesNotContain("%s", "%d");
    }

    @Test
    void aMissingOrWrongArgumentIsAFormatError() {
        assertThatThrownBy(() -> OpenEdxError.SETTING_INVALID.text("only one"))
                .isInstanceOf(IllegalFormatException.class);
        assertThatThrownBy(() -> OpenEdxError.SIGNAL_BAD_MINOR_VERSION.text("not a number"))
                .isInstanceOf(IllegalFormatException.class);
    }

    /** One argument per conversion: a long for {@code %d}, the given value for {@code %s}. */
    private static Object[] argumentsFor(String template, Object text) {
        List<Object> args = new ArrayList<>();
        Matcher matcher = CONVERSION.matcher(template);
        while (matcher.find()) {
            if (matcher.group(1).equals("d")) {
                args.add(-42L);
            } else if (matcher.group(1).equals("s")) {
                args.add(text);
            }
        }
        return args.toArray();
    }
}
