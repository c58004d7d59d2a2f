package org.openedx.events.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CDI SE application for a child JVM that a test starts (a {@code ConsumeEvents} command, say): a bean archive
 * holding one bean class and {@code beans.xml}, and a class path of the test's dependencies without its own test
 * classes, whose other beans must not run in the child.
 */
public final class ChildApplication {

    private ChildApplication() {}

    /**
     * Writes the bean archive once, in {@code <directory>/application}.
     *
     * @param directory the test's working directory
     * @param bean the one bean class of the archive (a test class)
     * @return the archive's root
     * @throws IOException when it cannot be written
     */
    public static Path beanArchive(Path directory, Class<?> bean) throws IOException {
        Path root = directory.resolve("application");
        if (Files.isDirectory(root)) {
            return root;
        }
        String classFile = bean.getName().replace('.', '/') + ".class";
        Path target = root.resolve(classFile);
        Files.createDirectories(target.getParent());
        try (InputStream in = bean.getClassLoader().getResourceAsStream(classFile)) {
            if (in == null) {
                throw new IllegalStateException("no class file for " + bean.getName());
            }
            Files.copy(in, target);
        }
        Files.createDirectories(root.resolve("META-INF"));
        Files.writeString(
                root.resolve("META-INF/beans.xml"),
                "<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\""
                        + " version=\"4.0\" bean-discovery-mode=\"annotated\"/>\n");
        return root;
    }

    /**
     * The child's class path: the bean archive first, then this JVM's test class path without the folder of the
     * given test class.
     *
     * @param archive the bean archive, from {@link #beanArchive}
     * @param bean a class of the test classes to leave out
     * @return the class path
     */
    public static String classPath(Path archive, Class<?> bean) {
        String testClasses;
        try {
            testClasses = new File(bean.getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .getAbsolutePath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<String> entries = new ArrayList<>(List.of(archive.toString()));
        String full = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (String entry : full.split(File.pathSeparator)) {
            if (!entry.isBlank() && !new File(entry).getAbsolutePath().equals(testClasses)) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
