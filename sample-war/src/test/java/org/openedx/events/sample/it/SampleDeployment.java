package org.openedx.events.sample.it;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archive under test: the WAR the build produced, unchanged, deployed as {@code sample.war}. */
final class SampleDeployment {

    private SampleDeployment() {
    }

    static WebArchive war() {
        String path = System.getProperty("sample.war");
        if (path == null) {
            throw new IllegalStateException("System property sample.war is not set; run the ITs with -Pwildfly");
        }
        File war = new File(path);
        if (!war.isFile()) {
            throw new IllegalStateException("No WAR at " + war + "; the package phase must run before the ITs");
        }
        return ShrinkWrap.create(ZipImporter.class, "sample.war").importFrom(war).as(WebArchive.class);
    }
}
