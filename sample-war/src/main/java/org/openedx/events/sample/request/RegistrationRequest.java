package org.openedx.events.sample.request;

import java.util.Objects;
import java.util.Set;

import org.openedx.events.learning.data.UserData;

/**
 * The body of {@code POST /sample/api/registrations}:
 * {@code {"user": {"id": 42, "username": "edx_learner", "email": "learner@example.com", "name": "Learner"}}}.
 *
 * @param user the newly registered user
 */
public record RegistrationRequest(UserData user) {

    private static final Set<String> FIELDS = Set.of("user");

    /**
     * Checks the component.
     *
     * @param user the newly registered user
     * @throws NullPointerException if the user is null
     */
    public RegistrationRequest {
        Objects.requireNonNull(user, "user");
    }

    /**
     * Reads and checks a request body.
     *
     * @param body the JSON text
     * @return the request
     * @throws InvalidRequestException naming every missing, mistyped, unknown or invalid field
     */
    public static RegistrationRequest parse(String body) {
        JsonFields fields = JsonFields.parse(body);
        fields.rejectUnknown(FIELDS);
        UserData user = Users.read(fields.object("user"));
        fields.throwIfInvalid();
        return new RegistrationRequest(user);
    }
}
