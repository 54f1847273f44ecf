package dev.mms.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mms.emulator.EmulatorConfig;
import dev.mms.emulator.EmulatorServer;
import dev.mms.render.DisplayWidth;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The multi-job live view in a real pseudo-terminal (tmux): one line per job, aligned in display columns with a CJK
 * name, redrawn in place (never a second copy of the block), following a resize of the window, and the jobs that
 * ended settling above it. Skipped, visibly, where tmux is not installed.
 */
class LiveViewTerminalTest {

    @TempDir
    Path dir;

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(20, TimeUnit.SECONDS);
        return out;
    }

    private List<String> pane(String socket) throws Exception {
        List<String> lines = new ArrayList<>();
        for (String line : run("tmux", "-L", socket, "capture-pane", "-p", "-t", "live").split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.stripTrailing());
            }
        }
        return lines;
    }

    private static long containing(List<String> lines, String text) {
        return lines.stream().filter(l -> l.contains(text)).count();
    }

    @Test
    void threeJobsLiveInATerminalStayOneAlignedBlockThroughAResize() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/tmux")), "tmux is not installed: skipped");
        Path specs = Files.createDirectories(dir.resolve("specs"));
        String[] names = {"销售日报", "orders-daily", "web"};
        for (int i = 0; i < names.length; i++) {
            Files.writeString(specs.resolve("s" + i + ".yaml"), "name: " + names[i] + "\nsourceId: 2000015\n"
                    + "srcDbName: sales\ndstDbName: sales_dw\ntables: [orders]\n", StandardCharsets.UTF_8);
        }
        String socket = "mms-live-" + ProcessHandle.current().pid();
        try (EmulatorServer emulator = EmulatorServer.start(EmulatorConfig.defaults().withPort(0).withSpeed(1.5))) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Path script = dir.resolve("run.sh");
            Files.writeString(script, "export LANG=C.UTF-8 ALIBABA_CLOUD_ACCESS_KEY_ID='"
                    + EmulatorConfig.DEFAULT_ACCESS_KEY_ID + "' ALIBABA_CLOUD_ACCESS_KEY_SECRET='"
                    + EmulatorConfig.DEFAULT_ACCESS_KEY_SECRET + "' HOME='" + dir + "'\n"
                    + "'" + java + "' -cp '" + System.getProperty("java.class.path") + "' dev.mms.cli.Main --endpoint"
                    + " http://" + emulator.endpoint() + " job create -f '" + specs + "' --watch --interval 200ms"
                    + " > '" + dir.resolve("out.txt") + "'\necho EXIT=$?\nsleep 60\n");
            run("tmux", "-L", socket, "-u", "new-session", "-d", "-s", "live", "-x", "110", "-y", "30",
                    "sh " + script);
            try {
                List<String> during = List.of();
                for (int i = 0; i < 100 && containing(during, "tasks") < 3; i++) {
                    Thread.sleep(100);
                    during = pane(socket);
                }
                List<String> block = during.stream().filter(l -> l.contains("tasks")).toList();
                assertEquals(3, block.size(), "one line per job while they run:\n" + String.join("\n", during));
                List<Integer> idColumns = new ArrayList<>();
                for (String line : block) {
                    assertTrue(line.contains("[") && line.contains("]"), "a bar: " + line);
                    idColumns.add(DisplayWidth.of(line.substring(0, line.indexOf("job "))));
                }
                assertEquals(1, idColumns.stream().distinct().count(), "ids aligned in display columns (CJK name):\n"
                        + String.join("\n", block));

                run("tmux", "-L", socket, "resize-window", "-t", "live", "-x", "60");
                Thread.sleep(1500);
                List<String> narrow = pane(socket);
                for (String name : names) {
                    assertTrue(containing(narrow, name) <= 1, name + " once, the old block erased:\n"
                            + String.join("\n", narrow));
                }
                for (String line : narrow) {
                    assertTrue(DisplayWidth.of(line) < 60, "fits the new width: " + line);
                }

                List<String> end = List.of();
                for (int i = 0; i < 300 && containing(end, "EXIT=") == 0; i++) {
                    Thread.sleep(100);
                    end = pane(socket);
                }
                assertTrue(end.contains("EXIT=0"), "ended DONE:\n" + String.join("\n", end));
                for (String name : names) {
                    assertEquals(1, end.stream().filter(l -> l.startsWith(name) && l.contains("DONE")).count(),
                            name + " settled once as DONE:\n" + String.join("\n", end));
                }
                String table = Files.readString(dir.resolve("out.txt"));
                for (String name : names) {
                    assertTrue(table.contains(name), "the outcome table on stdout names " + name + ":\n" + table);
                }
            } finally {
                run("tmux", "-L", socket, "kill-server");
            }
        }
    }
}
