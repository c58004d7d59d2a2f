package org.openedx.events.bus.redis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A throw-away certificate authority with a server certificate for 127.0.0.1/localhost and a client certificate,
 * all PEM, made with the {@code openssl} command (keys unencrypted PKCS#8, as Netty reads them).
 *
 * @param caCertificate the CA certificate
 * @param serverCertificate the server certificate, signed by the CA
 * @param serverKey the server's private key
 * @param clientCertificate the client certificate, signed by the CA
 * @param clientKey the client's private key
 * @param otherCaCertificate the certificate of an unrelated CA, which trusts neither
 */
record TestCertificates(
        Path caCertificate,
        Path serverCertificate,
        Path serverKey,
        Path clientCertificate,
        Path clientKey,
        Path otherCaCertificate) {

    static TestCertificates create(Path directory) throws IOException, InterruptedException {
        Files.createDirectories(directory);
        Path ca = directory.resolve("ca.crt");
        Path caKey = directory.resolve("ca.key");
        selfSigned(directory, "openedx-events-test-ca", caKey, ca);
        Path other = directory.resolve("other-ca.crt");
        selfSigned(directory, "another-ca", directory.resolve("other-ca.key"), other);
        Path server = directory.resolve("server.crt");
        Path serverKey = directory.resolve("server.key");
        signed(directory, "localhost", "subjectAltName=IP:127.0.0.1,DNS:localhost", ca, caKey, serverKey, server);
        Path client = directory.resolve("client.crt");
        Path clientKey = directory.resolve("client.key");
        signed(directory, "openedx-events-client", "extendedKeyUsage=clientAuth", ca, caKey, clientKey, client);
        return new TestCertificates(ca, server, serverKey, client, clientKey, other);
    }

    private static void selfSigned(Path directory, String name, Path key, Path certificate)
            throws IOException, InterruptedException {
        openssl(
                directory,
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "2",
                "-subj",
                "/CN=" + name,
                "-keyout",
                key.toString(),
                "-out",
                certificate.toString());
    }

    private static void signed(
            Path directory, String name, String extension, Path ca, Path caKey, Path key, Path certificate)
            throws IOException, InterruptedException {
        Path request = directory.resolve(name + ".csr");
        Path extensions = directory.resolve(name + ".ext");
        Files.writeString(extensions, extension + "\n");
        openssl(
                directory,
                "req",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-subj",
                "/CN=" + name,
                "-keyout",
                key.toString(),
                "-out",
                request.toString());
        openssl(
                directory,
                "x509",
                "-req",
                "-in",
                request.toString(),
                "-CA",
                ca.toString(),
                "-CAkey",
                caKey.toString(),
                "-CAcreateserial",
                "-days",
                "2",
                "-extfile",
                extensions.toString(),
                "-out",
                certificate.toString());
    }

    private static void openssl(Path directory, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(arguments));
        Path log = directory.resolve("openssl.log");
        Process process = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("openssl did not finish within 60 s: " + command);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(
                    "openssl failed (" + process.exitValue() + "): " + command + "\n" + Files.readString(log));
        }
    }
}
