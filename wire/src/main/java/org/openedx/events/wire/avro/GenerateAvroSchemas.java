package org.openedx.events.wire.avro;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.wire.WireError;

/**
 * Writes the Avro schema of events to a folder, as upstream's management command {@code generate_avro_schemas}
 * does:
 *
 * <pre>
 * java -cp ... org.openedx.events.wire.avro.GenerateAvroSchemas &lt;output directory&gt; (--all | &lt;event type&gt;...) [--force]
 * </pre>
 *
 * <p>Each schema goes to {@code <event type with . replaced by +>_schema.avsc} as {@code json.dumps(schema,
 * indent=2)} (no trailing newline), the folder is created when missing, and the events upstream never serializes
 * are skipped with a message. {@code --all} means every known signal (built-in and from
 * {@link org.openedx.events.spi.SignalCatalog} services on the class path).
 *
 * <p>Upstream asks before overwriting an existing file; this command is non-interactive, so it leaves existing
 * files alone ({@code OXE6005}) unless {@code --force} is given.
 *
 * <p>Exit status: 0 when every requested schema was written (or skipped as unserializable), 1 when a file was not
 * overwritten or could not be written, 2 for a usage error (no folder, no event, unknown event type).
 */
public final class GenerateAvroSchemas {

    private GenerateAvroSchemas() {}

    /**
     * Runs the command and exits with its status.
     *
     * @param args the folder, then {@code --all} or event types, and optionally {@code --force}
     */
    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs the command.
     *
     * @param args the folder, then {@code --all} or event types, and optionally {@code --force}
     * @param out where progress goes
     * @param err where problems go
     * @return the exit status: 0 success, 1 a file was not written, 2 usage error
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        boolean all = false;
        boolean force = false;
        String folder = null;
        List<String> types = new ArrayList<>();
        for (String arg : args) {
            switch (arg) {
                case "--all" -> all = true;
                case "--force" -> force = true;
                case "-h", "--help" -> {
                    out.println(WireError.AVRO_SCHEMA_COMMAND_USAGE.text("Writes upstream's Avro schema files"));
                    return 0;
                }
                default -> {
                    if (arg.startsWith("--")) {
                        return usage(err, "Unknown option '" + arg + "'");
                    }
                    if (folder == null) {
                        folder = arg;
                    } else {
                        types.add(arg);
                    }
                }
            }
        }
        if (folder == null) {
            return usage(err, "No output directory given");
        }
        if (all == !types.isEmpty()) {
            return usage(err, all ? "Give either --all or event types, not both" : "No event type given");
        }
        List<OpenEdxPublicSignal<?>> signals = new ArrayList<>();
        if (all) {
            signals.addAll(OpenEdxPublicSignal.allEvents());
        } else {
            for (String type : types) {
                Optional<OpenEdxPublicSignal<?>> signal = OpenEdxPublicSignal.findSignalByType(type);
                if (signal.isEmpty()) {
                    return usage(
                            err,
                            "Unknown event type '" + type + "' (closest known types: "
                                    + OpenEdxPublicSignal.closestEventTypes(type) + ")");
                }
                signals.add(signal.get());
            }
        }
        Path dir = Path.of(folder);
        int status = 0;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            err.println("Cannot create the output directory " + dir + ": " + e);
            return 1;
        }
        for (OpenEdxPublicSignal<?> signal : signals) {
            String type = signal.eventType();
            if (AvroSchemas.KNOWN_UNSERIALIZABLE_EVENT_TYPES.contains(type)) {
                out.println("Skipping " + type + ": upstream lists it in KNOWN_UNSERIALIZABLE_SIGNALS");
                continue;
            }
            Path file = dir.resolve(AvroSchemas.fileName(type));
            if (Files.exists(file) && !force) {
                err.println(WireError.AVRO_SCHEMA_FILE_EXISTS.format(type, file));
                status = 1;
                continue;
            }
            try {
                Files.writeString(file, AvroSchemas.schemaJson(signal), StandardCharsets.UTF_8);
                out.println("Wrote " + file);
            } catch (AvroCodecException e) {
                err.println(e.getMessage());
                status = 1;
            } catch (IOException e) {
                err.println("Cannot write " + file + ": " + e);
                status = 1;
            }
        }
        return status;
    }

    private static int usage(PrintStream err, String problem) {
        err.println(WireError.AVRO_SCHEMA_COMMAND_USAGE.format(problem));
        return 2;
    }
}
