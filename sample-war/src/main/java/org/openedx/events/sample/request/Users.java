package org.openedx.events.sample.request;

import java.util.Set;

import org.openedx.events.learning.data.UserData;
import org.openedx.events.learning.data.UserPersonalData;

/**
 * The {@code user} object shared by the requests: {@code {"id": 42, "username": "...", "email": "...",
 * "name": "...", "is_active": true}}; {@code name} and {@code is_active} are optional. The texts are limited as Open
 * edX limits them: user name 150 characters, e-mail address 254, full name 255.
 */
final class Users {

    static final Set<String> FIELDS = Set.of("id", "username", "email", "name", "is_active");

    /** Longest user name: Django's {@code User.username} (Open edX's user names), 150 characters. */
    static final int MAX_USERNAME_LENGTH = 150;

    /** Longest e-mail address: Django's {@code User.email} ({@code EmailField}), 254 characters. */
    static final int MAX_EMAIL_LENGTH = 254;

    /** Longest full name: Open edX's {@code UserProfile.name}, 255 characters. */
    static final int MAX_NAME_LENGTH = 255;

    private Users() {}

    /**
     * Reads the user; reasons never repeat the personal values.
     *
     * @param user the reader of the user object, or null when it was missing
     * @return the user, or null after recording a problem
     */
    static UserData read(JsonFields user) {
        if (user == null) {
            return null;
        }
        user.rejectUnknown(FIELDS);
        Long id = user.positiveLong("id");
        String username = user.requiredText("username", MAX_USERNAME_LENGTH);
        String email = user.requiredText("email", MAX_EMAIL_LENGTH);
        if (email != null && !looksLikeEmail(email)) {
            user.problem("email", "must be an e-mail address such as name@example.com");
            email = null;
        }
        String name = user.optionalText("name", "", MAX_NAME_LENGTH);
        Boolean active = user.optionalBoolean("is_active", true);
        if (id == null || username == null || email == null || name == null || active == null) {
            return null;
        }
        return new UserData(id, active, new UserPersonalData(username, email, name));
    }

    private static boolean looksLikeEmail(String text) {
        int at = text.indexOf('@');
        return at > 0
                && at == text.lastIndexOf('@')
                && at < text.length() - 1
                && text.strip().equals(text)
                && text.chars().noneMatch(Character::isWhitespace);
    }
}
