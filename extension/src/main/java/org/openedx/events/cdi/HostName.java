package org.openedx.events.cdi;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine's host name, as Python's {@code socket.gethostname()} gives it: the kernel's node name, without a
 * DNS lookup where the platform allows.
 */
final class HostName {

    private static final String NAME = resolve();

    private HostName() {}

    static String get() {
        return NAME;
    }

    private static String resolve() {
        Path kernel = Path.of("/proc/sys/kernel/hostname");
        try {
            if (Files.isReadable(kernel)) {
                String name =
                        Files.readString(kernel, StandardCharsets.US_ASCII).trim();
                if (!name.isEmpty()) {
                    return name;
                }
            }
        } catch (IOException | SecurityException e) {
            // fall through to the portable way
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException | SecurityException e) {
            return "localhost";
        }
    }
}
