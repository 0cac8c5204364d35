package org.hedgetop.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar as a script would use it: {@code java -jar target/hedgetop.jar report
 * portfolios/<worked example>.yaml --format json} reproduces DOMAIN.md section 3.
 */
class WorkedExamplesJarIT {
    private record Run(int code, String out, String err) {
    }

    private static Run jar(String... args) throws Exception {
        String jar = System.getProperty("hedgetop.jar", "target/hedgetop.jar");
        assertThat(Path.of(jar)).exists();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar));
        command.addAll(List.of(args));
        Path err = Files.createTempFile("hedgetop-it", ".err");
        Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.getInputStream().transferTo(out);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("report finished").isTrue();
        String errText = Files.readString(err);
        Files.delete(err);
        return new Run(p.exitValue(), out.toString(StandardCharsets.UTF_8), errText);
    }

    private static JsonNode json(String book) throws Exception {
        Run r = jar("report", book, "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void everyWorkedExampleComesOutOfTheJar() throws Exception {
        assertThat(json("portfolios/example-1-direct.yaml").get("hedges").get(0).get("contracts_needed").asLong())
                .isEqualTo(200);

        JsonNode sol = json("portfolios/example-2-sol.yaml");
        assertThat(sol.get("hedges").get(0).get("contracts_needed").asLong()).isEqualTo(20_000);
        assertThat(sol.get("scenario").get("uniform").get("spot_pnl").asDouble()).isEqualTo(-3_000_000);
        assertThat(sol.get("scenario").get("uniform").get("hedge_pnl").asDouble()).isEqualTo(3_000_000);
        assertThat(sol.get("scenario").get("uniform").get("net_pnl").asDouble()).isZero();

        JsonNode staked = json("portfolios/example-3-staked.yaml").get("hedges").get(0);
        assertThat(staked.get("contracts_needed").asLong()).isEqualTo(110);
        assertThat(staked.get("order").asLong()).isEqualTo(10);
        assertThat(staked.get("coverage_pct").asDouble()).isBetween(45.45, 45.46);
        assertThat(staked.get("drift").asBoolean()).isFalse();

        JsonNode proxy = json("portfolios/example-4-proxy.yaml").get("hedges");
        assertThat(proxy.get(0).get("contracts_needed").asLong()).isEqualTo(100);
        assertThat(proxy.get(1).get("contracts_needed").asLong()).isEqualTo(140);
        assertThat(proxy.get(2).get("contracts_needed").asLong()).isEqualTo(80);
    }

    @Test
    void checkAndUsageErrorsGiveTheDocumentedExitCodes() throws Exception {
        Run ok = jar("check", "portfolios/demo.yaml");
        assertThat(ok.code()).isZero();
        assertThat(ok.out()).startsWith("ok: 10 holdings, 6 hedges");
        assertThat(jar("--bogus").code()).isEqualTo(2);
        assertThat(jar("report", "portfolios/does-not-exist.yaml").code()).isEqualTo(2);
        Run version = jar("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("hedgetop 0.1.0");
    }
}
